"""The one atomic writer: old or new file whole, never a half, and a full disk said in words."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from standup_buddy import atomic_file
from standup_buddy.atomic_file import WriteFailed, atomic_write


def test_writes_text_and_bytes_and_creates_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "new" / "folder" / "file.json"
    atomic_write(target, "héllo\n")
    assert target.read_text(encoding="utf-8") == "héllo\n"
    atomic_write(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert [p.name for p in target.parent.iterdir()] == ["file.json"]


def test_a_new_file_is_private_and_an_old_one_keeps_its_mode(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.txt"
    atomic_write(fresh, "x")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    shared = tmp_path / "shared.txt"
    shared.write_text("old", encoding="utf-8")
    shared.chmod(0o644)
    atomic_write(shared, "new")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644


def test_file_and_folder_are_synced_before_and_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "file.txt"
    events: list[str] = []
    real_fsync, real_replace = os.fsync, Path.replace

    def fsync(fd: int) -> None:
        events.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    def replace(self: Path, other: Path) -> Path:
        events.append("rename")
        return real_replace(self, other)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(Path, "replace", replace)
    atomic_write(target, "x")
    assert events == ["file", "rename", "folder"]


def test_a_full_disk_keeps_the_old_file_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    target = folder / "settings.toml"
    target.write_text("old", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "fsync", disk_full)
    with pytest.raises(WriteFailed) as caught:
        atomic_write(target, "new")
    assert caught.value.disk_full
    assert "disk is full" in str(caught.value)
    assert str(target) in str(caught.value)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in folder.iterdir()] == ["settings.toml"]


def refuse_like_a_read_only_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Root ignores folder permissions; make the temporary file fail as it would for a user."""
    if os.geteuid() != 0:
        return

    def mkstemp(**_: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_file.tempfile, "mkstemp", mkstemp)


def test_a_read_only_folder_is_reported_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "rotation.json"
    target.write_text("old", encoding="utf-8")
    folder.chmod(0o500)
    refuse_like_a_read_only_folder(monkeypatch)
    try:
        with pytest.raises(WriteFailed, match="not writable"):
            atomic_write(target, "new")
        assert target.read_text(encoding="utf-8") == "old"
    finally:
        folder.chmod(0o700)


def test_every_writer_in_the_package_is_the_one_atomic_write() -> None:
    # No second writer with weaker guarantees may come back: only atomic_file
    # creates temporary files or renames over a file.
    package = Path(atomic_file.__file__).parent
    offenders = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "atomic_file.py":
            continue
        text = path.read_text(encoding="utf-8")
        for needle in ("mkstemp(", "os.replace(", ".tmp\")", ".tmp'"):
            if needle in text:
                offenders.append(f"{path.relative_to(package)}: {needle}")
    assert offenders == []
