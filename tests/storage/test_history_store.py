"""The history database: schema steps, heartbeats, crash safety, newer files."""

from __future__ import annotations

import datetime as dt
import errno
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from standup_buddy.core.model import (
    ActivityKind,
    BreakRecord,
    GoalMetric,
    GoalSetting,
    Interval,
    Outcome,
)
from standup_buddy.settings import Settings
from standup_buddy.storage.database import (
    MIGRATIONS,
    SCHEMA_VERSION,
    DatabaseError,
    DatabaseTooNew,
    open_database,
)
from standup_buddy.storage.daystats import stats_for_days
from standup_buddy.storage.history import CheckIn, HistoryStore

T0 = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC).timestamp()  # 10:00 in UTC+1


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(open_database(tmp_path / "history.sqlite3"))


def test_new_database_is_at_the_current_schema_in_wal_mode(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "h.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_version_1_database_is_migrated_forward(tmp_path: Path) -> None:
    from standup_buddy.storage import database

    path = tmp_path / "h.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in database.MIGRATIONS[0].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO goals (metric, target, effective_date, set_utc) "
                 "VALUES ('breaks', 4, '2026-01-01', 0)")
    conn.close()
    store = HistoryStore(open_database(path))
    assert store.goals() == [GoalSetting(GoalMetric.BREAKS, 4, dt.date(2026, 1, 1))]
    store.set_checkin(CheckIn(dt.date(2026, 1, 2), T0, 0, 3, "stiff"))
    assert store.checkins()[0].note == "stiff"


def test_newer_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer Standup Buddy") as info:
        open_database(path)
    assert str(path) in str(info.value)
    with pytest.raises(DatabaseTooNew):
        open_database(path, readonly=True)
    assert path.read_bytes() == before


def test_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="cannot be used"):
        open_database(path)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_readonly_open_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "none.sqlite3"
    store = HistoryStore(open_database(path, readonly=True))
    assert store.intervals_between(0, 2e9) == []
    assert not path.exists()


def test_heartbeat_extends_the_open_row_and_splits_at_local_midnight(store: HistoryStore) -> None:
    evening = dt.datetime(2026, 11, 23, 22, 30, tzinfo=dt.UTC).timestamp()  # 23:30 local
    running = store.open_interval(ActivityKind.SITTING, evening, 3600)
    running = store.heartbeat(running, evening + 600)
    assert store.intervals_between(evening - 1, evening + 10_000) == [
        Interval(ActivityKind.SITTING, evening, evening + 600, 3600)
    ]
    running = store.heartbeat(running, evening + 3600)  # past local midnight
    store.close_interval(running, evening + 3660)
    rows = store.intervals_between(evening - 1, evening + 10_000)
    midnight = evening + 1800
    assert rows == [
        Interval(ActivityKind.SITTING, evening, midnight, 3600),
        Interval(ActivityKind.SITTING, midnight, evening + 3660, 3600),
    ]
    assert store.close_dangling() == []


def test_restart_closes_an_interval_left_open_at_its_last_heartbeat(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    first = HistoryStore(open_database(path))
    running = first.open_interval(ActivityKind.STANDING, T0, 3600)
    first.heartbeat(running, T0 + 120)
    first.connection.close()  # the process "dies" here
    second = HistoryStore(open_database(path))
    assert second.close_dangling() == [Interval(ActivityKind.STANDING, T0, T0 + 120, 3600)]
    assert second.close_dangling() == []
    assert second.intervals_between(T0, T0 + 1000)[0].end == T0 + 120


def test_week_query_reads_only_that_weeks_rows(store: HistoryStore) -> None:
    day = 86400.0
    for i in range(60):
        store.add_interval(Interval(ActivityKind.SITTING, T0 + i * day, T0 + i * day + 3600, 0))
    rows = store.intervals_between(T0 + 10 * day, T0 + 17 * day)
    assert len(rows) == 7
    plan = " ".join(
        str(r) for r in store.connection.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM intervals WHERE start_utc >= ? AND start_utc < ? "
            "AND end_utc > ?", (0, 1, 0))
    )
    assert "intervals_by_start" in plan
    plan = " ".join(str(r) for r in store.connection.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM breaks WHERE anchor_utc >= ? AND anchor_utc < ?", (0, 1)))
    assert "breaks_by_anchor" in plan


def test_breaks_goals_and_state_round_trip(store: HistoryStore) -> None:
    record = BreakRecord(due=T0, outcome=Outcome.COMPLETED, utc_offset=3600, prompted=T0 + 5,
                         started=T0 + 30, ended=T0 + 150, snoozes=2,
                         stretch_ids=("glute-bridge", "plank"))
    store.add_break(record)
    assert store.breaks_between(T0, T0 + 100) == [record]
    today = dt.date(2026, 11, 23)
    assert store.set_goal(GoalSetting(GoalMetric.MOVEMENT_MINUTES, 30, today), T0)
    assert not store.set_goal(GoalSetting(GoalMetric.MOVEMENT_MINUTES, 30, today), T0)
    assert store.set_goal(GoalSetting(GoalMetric.BREAKS, 6, today), T0 + 1)
    assert store.goals() == [GoalSetting(GoalMetric.BREAKS, 6, today)]
    store.set_state("rotation", '{"pos": 3}')
    assert store.get_state("rotation") == '{"pos": 3}'


def test_stats_for_days_uses_recorded_goal(store: HistoryStore) -> None:
    today = dt.date(2026, 11, 23)
    store.set_goal(GoalSetting(GoalMetric.BREAKS, 1, today), T0)
    store.add_interval(Interval(ActivityKind.NATURAL_BREAK, T0, T0 + 600, 3600))
    [day] = stats_for_days(store, [today], Settings())
    assert (day.goal_metric, day.goal_value, day.goal_met) == (GoalMetric.BREAKS, 1, True)


def test_full_disk_raises_a_database_error_and_keeps_what_was_saved(
    store: HistoryStore,
) -> None:
    store.add_interval(Interval(ActivityKind.SITTING, T0, T0 + 60, 0))
    page_size = store.connection.execute("PRAGMA page_size").fetchone()[0]
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    # Cap the file at its current size: the next growth fails like a full disk.
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DatabaseError, match="could not save history"):
        for i in range(2000):
            # Apart, so each is a row of its own (touching pieces would join).
            store.add_interval(Interval(ActivityKind.STANDING, T0 + 2 * i, T0 + 2 * i + 1, 0))
    assert page_size > 0
    assert store.intervals_between(T0, T0 + 61)[0] == Interval(
        ActivityKind.SITTING, T0, T0 + 60, 0)


def test_unwritable_folder_gives_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                               ) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(DatabaseError, match="cannot open the history file"):
        open_database(tmp_path / "ro" / "h.sqlite3")


def test_killed_writer_never_corrupts_or_loses_a_committed_record(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    writer = Path(__file__).with_name("kill_writer.py")
    rng = random.Random(20261124)
    committed: set[tuple[str, float]] = set()
    heartbeats: dict[int, float] = {}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for round_ in range(25):
        proc = subprocess.Popen(
            [sys.executable, str(writer), str(path), str(T0 + round_ * 100_000)],
            stdout=subprocess.PIPE, text=True, env=env,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(1, 60)):
            line = proc.stdout.readline().split()
            if line[0] == "I":
                committed.add((line[1], float(line[2])))
            elif line[0] == "B":
                committed.add(("B", float(line[1])))
            elif line[0] == "H":
                heartbeats[int(line[1])] = float(line[2])
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        store = HistoryStore(open_database(path))
        assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store.close_dangling()
        stored = {(i.kind.value, i.start) for i in store.all_intervals()}
        stored |= {("B", b.due) for b in store.all_breaks()}
        assert committed <= stored
        # An interval that was still running ends no earlier than its last reported heartbeat.
        ends = dict(store.connection.execute("SELECT id, end_utc FROM intervals").fetchall())
        for row_id, beat in heartbeats.items():
            assert ends[row_id] >= beat
        store.close()
    assert len(committed) > 25


# --- one break, one row -----------------------------------------------------------


def _rows(store: HistoryStore) -> list[tuple[str, float, float]]:
    return [
        (r[0], r[1], r[2])
        for r in store.connection.execute(
            "SELECT kind, start_utc, end_utc FROM intervals ORDER BY start_utc, id"
        )
    ]


def test_touching_natural_break_pieces_are_written_as_one_row(tmp_path: Path) -> None:
    store = HistoryStore(open_database(tmp_path / "h.sqlite3"))
    t0 = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC).timestamp()
    nb = ActivityKind.NATURAL_BREAK
    store.add_interval(Interval(ActivityKind.SITTING, t0, t0 + 600, 3600))
    store.add_interval(Interval(nb, t0 + 600, t0 + 900, 3600))
    store.add_interval(Interval(nb, t0 + 900, t0 + 900, 3600))  # no length: never written
    running = store.open_interval(nb, t0 + 900, 3600)
    store.replace_rows([running.row_id], Interval(nb, t0 + 900, t0 + 1320, 3600))
    assert _rows(store) == [("sitting", t0, t0 + 600), ("natural_break", t0 + 600, t0 + 1320)]
    # A piece closed at quit that touches its predecessor joins it too.
    running = store.open_interval(nb, t0 + 1320, 3600)
    store.close_interval(running, t0 + 1400)
    assert _rows(store)[-1] == ("natural_break", t0 + 600, t0 + 1400)
    # Pieces meeting at local midnight stay apart (every row lies in one local day).
    midnight = dt.datetime(2026, 11, 24, 23, 0, tzinfo=dt.UTC).timestamp()  # 00:00 at +1 h
    store.add_interval(Interval(nb, midnight - 60, midnight, 3600))
    store.add_interval(Interval(nb, midnight, midnight + 60, 3600))
    assert len(_rows(store)) == 4


def test_the_migration_joins_existing_natural_break_pieces(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in MIGRATIONS[0].split(";") + MIGRATIONS[1].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    t0 = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC).timestamp()
    rows = [
        ("sitting", t0, t0 + 600),
        ("natural_break", t0 + 600, t0 + 700),
        ("natural_break", t0 + 700, t0 + 700),
        ("natural_break", t0 + 700, t0 + 1320),
        ("sitting", t0 + 1320, t0 + 1500),
        ("natural_break", t0 + 1500, t0 + 1900),
        ("natural_break", t0 + 1900, t0 + 2000),
        ("sitting", t0 + 2000, t0 + 2000),
    ]
    conn.executemany(
        "INSERT INTO intervals (kind, start_utc, end_utc, utc_offset, open) "
        "VALUES (?, ?, ?, 3600, 0)",
        rows,
    )
    conn.close()
    store = HistoryStore(open_database(path))
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert _rows(store) == [
        ("sitting", t0, t0 + 600),
        ("natural_break", t0 + 600, t0 + 1320),
        ("sitting", t0 + 1320, t0 + 1500),
        ("natural_break", t0 + 1500, t0 + 2000),
    ]
