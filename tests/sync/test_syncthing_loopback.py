"""End to end through a real sync engine: two Syncthing instances on 127.0.0.1.

A break recorded on device A (as the app records it: database plus journal)
must show in device B's ``standup-buddy stats --json`` once Syncthing has
copied the files, within a bounded time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.sync.syncthing_pair import SyncthingPair, syncthing_binary

from standup_buddy.core.model import BreakRecord, Outcome
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore
from standup_buddy.storage.sync_folder import load_sync_config
from standup_buddy.sync_link import SyncLink

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        syncthing_binary() is None,
        reason="syncthing is not installed (Debian package 'syncthing', in .ci/run PACKAGES)",
    ),
]

CONNECT_SECONDS = 60.0
SYNC_SECONDS = 60.0


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STANDUP_BUDDY_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "standup_buddy", *args],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[SyncthingPair]:
    p = SyncthingPair(tmp_path)
    p.start()
    try:
        p.wait_connected(CONNECT_SECONDS)
        yield p
    finally:
        p.stop()


def test_a_break_on_device_a_reaches_device_b_stats(pair: SyncthingPair, tmp_path: Path) -> None:
    a, b = pair.instances
    home_a, home_b = tmp_path / "home-a", tmp_path / "home-b"
    home_a.mkdir()
    home_b.mkdir()
    assert _cli(home_a, "sync", "set", str(a.folder), "--name", "desk").returncode == 0
    assert _cli(home_b, "sync", "set", str(b.folder), "--name", "laptop").returncode == 0

    # Device A records a completed break the way the running app does.
    config = load_sync_config(home_a)
    store = HistoryStore(open_database(home_a / "history.sqlite3"))
    link = SyncLink(config, home_a, start_thread=False)
    now = time.time()
    offset = int(time.localtime(now).tm_gmtoff)
    record = BreakRecord(
        due=now - 300,
        outcome=Outcome.COMPLETED,
        utc_offset=offset,
        prompted=now - 290,
        started=now - 280,
        ended=now - 160,
        stretch_ids=("walk-break",),
    )
    store.add_break(record)
    link.journal_break(record, now)
    assert link.worker.run_once()
    store.close()

    written = time.monotonic()
    deadline = written + SYNC_SECONDS
    seen = None
    while time.monotonic() < deadline:
        result = _cli(home_b, "stats", "--json", "--days", "1")
        assert result.returncode == 0, result.stderr
        [day] = json.loads(result.stdout)["days"]
        if day["breaks_completed"] == 1:
            seen = time.monotonic() - written
            break
        time.sleep(1.0)
    assert seen is not None, "the break did not reach device B:\n" + pair.logs()
    print(f"break visible on device B after {seen:.1f} s")
    # B's own history has no break: the figure comes from A's journal.
    only_b = _cli(home_b, "stats", "--json", "--days", "1", "--device", "this")
    assert json.loads(only_b.stdout)["days"][0]["breaks_completed"] == 0
    only_a = _cli(home_b, "stats", "--json", "--days", "1", "--device", "desk")
    assert json.loads(only_a.stdout)["days"][0]["breaks_completed"] == 1
    shown = _cli(home_b, "sync", "show")
    assert "desk" in shown.stdout and "laptop" in shown.stdout
