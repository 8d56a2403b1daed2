"""A damaged or locked history file costs no history and is never made worse."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from standup_buddy.core.model import ActivityKind, BreakRecord, Interval, Outcome
from standup_buddy.storage.database import DatabaseDamaged, open_database, open_history
from standup_buddy.storage.history import HistoryStore

T0 = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC).timestamp()


def fill(path: Path, intervals: int = 3000) -> None:
    store = HistoryStore(open_database(path))
    for i in range(intervals):
        store.add_interval(Interval(ActivityKind.SITTING, T0 + i * 10, T0 + i * 10 + 5, 3600))
    store.add_break(BreakRecord(T0, Outcome.COMPLETED, 3600, T0, T0, T0 + 60))
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def damage_the_middle(path: Path) -> bytes:
    size = path.stat().st_size
    page = 4096
    with path.open("r+b") as f:
        f.seek((size // page // 2) * page)
        f.write(os.urandom(3 * page))
    return path.read_bytes()


def test_a_file_damaged_in_the_middle_is_kept_aside_and_its_rows_salvaged(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    fill(path)
    damaged = damage_the_middle(path)

    conn, salvage = open_history(path)
    assert salvage is not None and salvage.damaged_copy is not None
    # The damaged file is beside the fresh one, byte for byte as it was.
    assert salvage.damaged_copy.parent == tmp_path
    assert salvage.damaged_copy.name.startswith("history.sqlite3.damaged-")
    assert salvage.damaged_copy.read_bytes() == damaged
    assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    store = HistoryStore(conn)
    kept = store.intervals_between(T0 - 1, T0 + 40_000)
    assert 1000 < len(kept) <= 3000  # most of the history survives three bad pages
    assert "damaged" in salvage.message() and str(salvage.damaged_copy) in salvage.message()
    # The next break is recorded.
    store.add_break(BreakRecord(T0 + 50_000, Outcome.COMPLETED, 3600, T0 + 50_000,
                                T0 + 50_000, T0 + 50_060))
    assert any(b.due == T0 + 50_000 for b in store.breaks_between(T0 + 49_000, T0 + 51_000))
    store.close()
    # Said once: the fresh file opens without any notice.
    conn, again = open_history(path)
    conn.close()
    assert again is None
    assert salvage.damaged_copy.read_bytes() == damaged


def test_the_plain_open_refuses_a_damaged_file_and_leaves_it(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    fill(path, 2000)
    damaged = damage_the_middle(path)
    with pytest.raises(DatabaseDamaged):
        open_database(path)
    assert path.read_bytes() == damaged
    assert not [p for p in tmp_path.iterdir() if "damaged" in p.name]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "standup_buddy", *args], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy(), check=False)


@pytest.mark.parametrize("kind", ["garbage pages", "garbage header", "truncated"])
def test_stats_and_export_never_print_a_traceback(private_home: Path, kind: str) -> None:
    path = private_home / "history.sqlite3"
    fill(path, 2000)
    if kind == "garbage pages":
        damage_the_middle(path)
    elif kind == "garbage header":
        with path.open("r+b") as f:
            f.seek(16)
            f.write(b"\xff" * 40)
    else:
        path.write_bytes(path.read_bytes()[: 4096 * 3 + 100])
    before = path.read_bytes()
    for args in (("stats", "--days", "3"), ("export", "--format", "csv"),
                 ("export", "--format", "json")):
        result = cli(*args)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode in (0, 1)
        if result.returncode == 1:
            assert result.stderr.startswith("standup-buddy: ")
        else:
            assert "damaged" in result.stderr
    assert path.read_bytes() == before  # read commands never write


# --- locks -----------------------------------------------------------------------------

HOLDER = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
print("released", flush=True)
"""


class LockHolder:
    """Another program holding the history file's write lock until told to let go."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "locked"

    def release(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "released"
        self.proc.communicate(timeout=30)  # also closes the pipes


def test_writes_wait_in_memory_while_another_program_holds_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(open_database(path)).close()
    holder = LockHolder(path)
    try:
        conn, _ = open_history(path, timeout=0.05)
        store = HistoryStore(conn)
        started = time.perf_counter()
        running = store.open_interval(ActivityKind.SITTING, T0, 3600)
        # A heartbeat across midnight (two rows) and a break, all while locked.
        running = store.heartbeat(running, T0 + 20 * 3600)
        store.add_break(BreakRecord(T0, Outcome.SKIPPED, 3600, T0))
        store.set_state("session", "kept")
        each = (time.perf_counter() - started) / 4
        assert each < 0.2, f"a locked write held the caller {each:.3f} s"
        assert store.pending_writes == 4
        assert store.get_state("session") == "kept"
    finally:
        holder.release()
    store.close_interval(running, T0 + 21 * 3600)
    assert store.pending_writes == 0
    store.close()
    check = HistoryStore(open_database(path, readonly=True))
    rows = check.intervals_between(T0 - 1, T0 + 22 * 3600)
    assert sum(r.seconds for r in rows) == 21 * 3600 and len(rows) == 2
    assert [b.outcome for b in check.breaks_between(T0 - 1, T0 + 1)] == [Outcome.SKIPPED]
    assert check.get_state("session") == "kept"
    assert check.connection.execute("SELECT count(*) FROM intervals WHERE open = 1"
                                    ).fetchone() == (0,)


def test_closing_while_still_locked_waits_briefly_then_says_what_was_lost(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(open_database(path)).close()
    holder = LockHolder(path)
    try:
        conn, _ = open_history(path, timeout=0.05)
        store = HistoryStore(conn)
        store.set_state("k", "v")
        store.close()
    finally:
        holder.release()
    assert "could not be saved" in caplog.text
    assert sqlite3.connect(path).execute("SELECT count(*) FROM app_state").fetchone() == (0,)
