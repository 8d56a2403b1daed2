"""Micro-pauses in the history file: their own kind, never movement, old files still open."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from pathlib import Path

from standup_buddy.core.model import BreakKind, BreakRecord, Outcome
from standup_buddy.settings import Settings
from standup_buddy.storage.database import MIGRATIONS, SCHEMA_VERSION, open_database
from standup_buddy.storage.daystats import micro_for_days, stats_for_days
from standup_buddy.storage.export import write_export
from standup_buddy.storage.history import HistoryStore

T0 = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC).timestamp()  # 10:00 in UTC+1
TODAY = dt.date(2026, 11, 23)

MOVEMENT = BreakRecord(
    due=T0,
    outcome=Outcome.COMPLETED,
    utc_offset=3600,
    prompted=T0,
    started=T0,
    ended=T0 + 120,
    stretch_ids=("plank",),
)


def micro(at: float, outcome: Outcome = Outcome.COMPLETED) -> BreakRecord:
    return BreakRecord(
        due=at,
        outcome=outcome,
        utc_offset=3600,
        prompted=at,
        started=at,
        ended=at + 20,
        kind=BreakKind.MICRO,
    )


def test_a_version_3_file_opens_and_its_breaks_are_movement_breaks(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:3]:
        for statement in script.split(";"):
            if statement.strip():
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 3")
    conn.execute(
        "INSERT INTO breaks (due_utc, prompted_utc, started_utc, ended_utc, anchor_utc, "
        "utc_offset, outcome, snoozes, stretch_ids) VALUES (?, ?, ?, ?, ?, 3600, 'completed', "
        "0, '[\"plank\"]')",
        (T0, T0, T0, T0 + 120, T0),
    )
    conn.close()
    store = HistoryStore(open_database(path))
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.breaks_between(T0 - 1, T0 + 1) == [MOVEMENT]
    store.add_break(micro(T0 + 600))
    assert store.breaks_between(T0, T0 + 3600, BreakKind.MICRO) == [micro(T0 + 600)]


def test_micro_pauses_are_not_movement_minutes_and_count_on_their_own(tmp_path: Path) -> None:
    store = HistoryStore(open_database(tmp_path / "h.sqlite3"))
    store.add_break(MOVEMENT)
    (before,) = stats_for_days(store, [TODAY], Settings())
    store.add_break(micro(T0 + 1200))
    store.add_break(micro(T0 + 2400))
    store.add_break(micro(T0 + 3600, Outcome.SKIPPED))
    (after,) = stats_for_days(store, [TODAY], Settings())
    assert after == before
    assert after.movement_minutes == 2.0 and after.breaks_completed == 1
    assert store.breaks_between(T0, T0 + 7200) == [MOVEMENT]
    # Taken = shown through; the one waved away is not counted.
    assert micro_for_days(store, [TODAY - dt.timedelta(days=1), TODAY]) == [0, 2]


def test_the_export_names_the_kind(tmp_path: Path) -> None:
    store = HistoryStore(open_database(tmp_path / "h.sqlite3"))
    store.add_break(MOVEMENT)
    store.add_break(micro(T0 + 1200))
    out = io.StringIO()
    write_export(store, "json", out)
    kinds = [b["break_kind"] for b in json.loads(out.getvalue())["breaks"]]
    assert kinds == ["movement", "micro"]
    csv_out = io.StringIO()
    write_export(store, "csv", csv_out)
    records = [line.split(",")[0] for line in csv_out.getvalue().splitlines()[1:]]
    assert records == ["break", "micro_pause"]
