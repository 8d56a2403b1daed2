"""The sync folder on disk: journals, heartbeats, conflict copies, a folder that fails."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from standup_buddy.core.journal import RecordType
from standup_buddy.core.model import BreakRecord, Outcome
from standup_buddy.storage import sync_folder
from standup_buddy.storage.sync_folder import (
    SUBFOLDER,
    LocalJournal,
    SyncConfig,
    SyncWorker,
    copy_to_folder,
    is_conflict_copy,
    load_sync_config,
    read_folder,
)
from standup_buddy.sync_link import SyncLink

DEV = "0123abcd"
T = 1.8e9


def _journal(tmp_path: Path, n: int = 3, dev: str = DEV) -> LocalJournal:
    journal = LocalJournal(tmp_path / f"local-{dev}.jsonl", dev)
    for i in range(n):
        journal.append(RecordType.DEVICE, T + i, 0, {"name": f"n{i}"})
    return journal


@pytest.mark.parametrize(
    "name",
    [
        f"journal-{DEV}.sync-conflict-20261124-101500-7GMZ5QK.jsonl",  # Syncthing
        f"journal-{DEV} (conflicted copy 2026-11-24 101500).jsonl",  # Nextcloud
        f"journal-{DEV} (Ann's conflicted copy 2026-11-24).jsonl",  # Dropbox
        f"journal-{DEV}-DESKTOP-4F2K.jsonl",  # OneDrive
        f"journal-{DEV} 2.jsonl",  # iCloud Drive
        f"beat-{DEV}.sync-conflict-20261124-101500-7GMZ5QK.json",
    ],
)
def test_every_engines_conflict_copy_is_recognised_and_merged(tmp_path: Path, name: str) -> None:
    assert is_conflict_copy(name)
    journal = _journal(tmp_path)
    folder = tmp_path / "f"
    copy_to_folder(journal, folder, DEV)
    if name.endswith(".jsonl"):
        # The copy holds one record the journal file lost (say, restored from backup).
        base = folder / SUBFOLDER
        lines = (base / f"journal-{DEV}.jsonl").read_text().splitlines(keepends=True)
        (base / name).write_text("".join(lines), encoding="utf-8")
        (base / f"journal-{DEV}.jsonl").write_text("".join(lines[:1]), encoding="utf-8")
        assert len(read_folder(folder).records) == 3  # nothing lost, nothing doubled
    assert not is_conflict_copy(f"journal-{DEV}.jsonl")


def test_own_conflict_copies_are_removed_once_merged_others_are_left(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    mine, theirs = _journal(tmp_path), _journal(tmp_path, dev="ffee")
    copy_to_folder(mine, folder, DEV)
    copy_to_folder(theirs, folder, "ffee")
    base = folder / SUBFOLDER
    own_copy = base / f"journal-{DEV}.sync-conflict-20261124-101500-AAAAAAA.jsonl"
    their_copy = base / "journal-ffee.sync-conflict-20261124-101500-AAAAAAA.jsonl"
    own_copy.write_text((base / f"journal-{DEV}.jsonl").read_text())
    their_copy.write_text((base / "journal-ffee.jsonl").read_text())
    copy_to_folder(mine, folder, DEV)
    assert not own_copy.exists()
    assert their_copy.exists()  # only its owner may decide it is merged
    assert len(read_folder(folder).records) == 6


def test_a_half_line_in_the_folder_copy_is_finished_not_doubled(tmp_path: Path) -> None:
    journal = _journal(tmp_path)
    folder = tmp_path / "f"
    copy_to_folder(journal, folder, DEV)
    target = folder / SUBFOLDER / f"journal-{DEV}.jsonl"
    text = target.read_text()
    target.write_text(text[: len(text) - 20])  # the disk filled up mid-line
    assert copy_to_folder(journal, folder, DEV) == 1
    assert target.read_text() == text
    assert copy_to_folder(journal, folder, DEV) == 0


def test_a_crash_mid_line_in_the_local_journal_is_cut_and_numbering_goes_on(
    tmp_path: Path,
) -> None:
    journal = _journal(tmp_path)
    with journal.path.open("a") as fh:
        fh.write('{"v":1,"dev":"0123ab')
    again = LocalJournal(journal.path, DEV)
    record = again.append(RecordType.DEVICE, T + 9, 0, {"name": "x"})
    assert record.seq == 3
    assert [r.seq for r in again.records()] == [0, 1, 2, 3]


def test_a_hung_folder_never_blocks_the_caller_and_catches_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "slow"
    release = threading.Event()
    real_copy = sync_folder.copy_to_folder

    def hung(*args: object) -> int:
        release.wait(30)  # the folder's disk does not answer
        return real_copy(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(sync_folder, "copy_to_folder", hung)
    link = SyncLink(SyncConfig(folder, DEV, "desk"), tmp_path / "home")
    try:
        started = time.perf_counter()
        for i in range(200):
            link.journal_break(
                BreakRecord(T + i, Outcome.COMPLETED, 0, T + i, T + i, T + i + 1), T + i
            )
            link.beat({"at": T + i})
        spent = time.perf_counter() - started
        assert spent < 2.0, spent  # local appends only, never waiting for the folder
        release.set()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            breaks = [r for r in read_folder(folder).records if r.type is RecordType.BREAK]
            if len(breaks) == 200:
                break
            time.sleep(0.05)
        assert len(breaks) == 200
    finally:
        release.set()
        link.close()


def test_a_folder_that_fails_is_reported_and_retried(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    journal = _journal(tmp_path)
    worker = SyncWorker(journal, blocker, DEV)
    assert not worker.run_once()
    assert worker.error
    blocker.unlink()
    blocker.mkdir()
    worker.kick({"at": T})
    assert worker.run_once()
    assert worker.error is None
    assert len(read_folder(blocker).records) == 3
    assert worker.last_ok == T


def test_the_device_id_is_random_kept_and_not_a_name(tmp_path: Path) -> None:
    first = load_sync_config(tmp_path)
    assert first.folder is None
    assert load_sync_config(tmp_path).device_id == first.device_id
    assert str(tmp_path) not in first.device_id
    assert len(first.device_id) == 16


def test_the_rotation_saved_last_anywhere_is_handed_out_once(tmp_path: Path) -> None:
    from standup_buddy.sync_link import RotationFollower

    folder = tmp_path / "f"
    desk = SyncLink(SyncConfig(folder, "aa", "desk"), tmp_path / "desk", start_thread=False)
    laptop = SyncLink(SyncConfig(folder, "bb", "laptop"), tmp_path / "laptop", start_thread=False)
    at_desk, at_laptop = RotationFollower(desk), RotationFollower(laptop)
    at_desk.saved({"state": {"position": 3}}, T, 0)
    desk.worker.run_once()
    laptop.worker.run_once()
    assert at_laptop.newer() == {"state": {"position": 3}}
    assert at_laptop.newer() is None  # once
    # The laptop saves later: the desk follows; its own older save never comes back.
    at_laptop.saved({"state": {"position": 4}}, T + 60, 0)
    laptop.worker.run_once()
    desk.worker.run_once()
    assert at_desk.newer() == {"state": {"position": 4}}
    at_desk.saved({"state": {"position": 5}}, T + 120, 0)
    desk.worker.run_once()
    assert at_desk.newer() is None
