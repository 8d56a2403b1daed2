"""The figure cache (``day_figures``): a day read from it equals the day computed from rows.

Whatever was written in between: intervals and breaks added, changed and
deleted (rows across midnight, mixed UTC offsets, natural-break pieces that
touch across midnight, skips), a natural-break cap changed, and whichever
connection reads (the app's writable one, or a read-only one as ``stats`` and
the Progress window open).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standup_buddy.core.model import (
    ActivityKind,
    BreakKind,
    BreakRecord,
    GoalMetric,
    GoalSetting,
    Interval,
    Outcome,
)
from standup_buddy.core.stats import DayStats, daily_stats_from_rows, date_range, day_number
from standup_buddy.settings import Settings
from standup_buddy.settings.schema import SCHEMA
from standup_buddy.storage import daystats
from standup_buddy.storage.database import MIGRATIONS, SCHEMA_VERSION, open_database
from standup_buddy.storage.daystats import (
    break_rows,
    default_goal,
    first_record_day,
    interval_rows,
    keep_figures,
    stats_for_days,
    with_marks,
)
from standup_buddy.storage.history import HistoryStore

DAY0 = dt.date(2026, 3, 27)  # the weekend Europe goes to summer time
BASE = day_number(DAY0) * 86400.0
HOUR = 3600.0
# UTC-12 to UTC+14: every real zone's offset, and a trip's jumps between them.
OFFSETS = [-12 * 3600, -8 * 3600, 0, 3600, 7200, 5 * 3600 + 1800, 13 * 3600, 14 * 3600]
KINDS = [k.value for k in ActivityKind]
OUTCOMES = [o.value for o in Outcome]

Row = tuple[str, float, float, int]


def uncached(store: HistoryStore, days: Sequence[dt.date], settings: Settings) -> list[DayStats]:
    """The figures as computed before the cache: every day from its rows."""
    lo = day_number(min(days)) * 86400.0 - daystats._MARGIN
    hi = (day_number(max(days)) + 1) * 86400.0 + daystats._MARGIN
    figures = daily_stats_from_rows(
        days,
        interval_rows(store, lo, hi),
        break_rows(store, lo, hi),
        goals=store.goals(),
        default_goal=default_goal(settings),
        natural_break_cap_minutes=settings.view.goal.natural_break_cap_minutes,
        first_day=first_record_day(store),
    )
    return with_marks(store, figures)


def with_cap(minutes: int) -> Settings:
    return Settings().replace({"goal.natural_break_cap_minutes": minutes})


def cached_days(store: HistoryStore) -> list[int]:
    return [r[0] for r in store.connection.execute("SELECT day FROM day_figures ORDER BY day")]


def add_interval(conn: sqlite3.Connection, row: Row, is_open: bool = False) -> None:
    conn.execute(
        "INSERT INTO intervals (kind, start_utc, end_utc, utc_offset, open) VALUES (?, ?, ?, ?, ?)",
        (*row, int(is_open)),
    )


def add_break(conn: sqlite3.Connection, row: tuple[Any, ...]) -> None:
    """``row``: (anchor, outcome, offset, started, ended, snoozes, kind)."""
    anchor, outcome, offset, started, ended, snoozes, kind = row
    conn.execute(
        "INSERT INTO breaks (due_utc, prompted_utc, started_utc, ended_utc, anchor_utc, "
        "utc_offset, outcome, snoozes, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (anchor, anchor, started, ended, anchor, offset, outcome, snoozes, kind),
    )


# --- what gets written ------------------------------------------------------------

offsets = st.sampled_from(OFFSETS)
lengths = st.one_of(st.floats(0, 2 * HOUR), st.floats(0, 26 * HOUR))


@st.composite
def timeline(draw: st.DrawFn) -> list[Row]:
    """Rows as the tracker writes them: one after another, mostly touching."""
    t = BASE + draw(st.floats(-86400, 86400))
    rows: list[Row] = []
    for _ in range(draw(st.integers(0, 30))):
        length = draw(lengths)
        rows.append((draw(st.sampled_from(KINDS)), t, t + length, draw(offsets)))
        t += length + draw(st.sampled_from([0.0, 0.0, 30.0, 600.0]))
    return rows


@st.composite
def natural_across_midnight(draw: st.DrawFn) -> list[Row]:
    """A natural break stored as two pieces meeting at a local midnight (maybe after travel)."""
    first = draw(offsets)
    midnight = BASE + draw(st.integers(-1, 9)) * 86400.0 - first
    before = draw(st.floats(1, 3 * HOUR))
    after = draw(st.floats(1, 3 * HOUR))
    pieces = [
        ("natural_break", midnight - before, midnight, first),
        ("natural_break", midnight, midnight + after, draw(st.sampled_from([first, *OFFSETS]))),
    ]
    if draw(st.booleans()):  # and a third piece on the next day
        pieces.append(("natural_break", midnight + after, midnight + after + 600.0, first))
    return pieces


@st.composite
def a_break(draw: st.DrawFn) -> tuple[Any, ...]:
    anchor = BASE + draw(st.floats(-86400, 86400 * 10))
    started = draw(st.one_of(st.none(), st.floats(anchor, anchor + 600)))
    ended = draw(st.one_of(st.none(), st.floats(anchor - 60, anchor + 900)))
    kind = draw(st.sampled_from(["movement", "movement", "movement", "micro"]))
    return (anchor, draw(st.sampled_from(OUTCOMES)), draw(offsets), started, ended,
            draw(st.integers(0, 3)), kind)


def an_interval() -> st.SearchStrategy[tuple[Row, bool]]:
    row = st.builds(
        lambda kind, start, length, offset: (kind, BASE + start, BASE + start + length, offset),
        st.sampled_from(KINDS), st.floats(-86400, 86400 * 10), lengths, offsets,
    )
    # Now and then a running (open) row: its day and two before are not kept.
    return st.tuples(row, st.sampled_from([False] * 7 + [True]))


read = st.tuples(st.just("read"), st.integers(-2, 10), st.integers(1, 10),
                 st.sampled_from([0, 10, 10, 120]), st.sampled_from([False, False, True]))
operation = st.one_of(
    read,
    read,
    st.tuples(st.just("add_interval"), an_interval()),
    st.tuples(st.just("add_pieces"), natural_across_midnight()),
    st.tuples(st.just("change_interval"), st.integers(0, 10**6), st.floats(-2 * HOUR, 2 * HOUR),
              lengths, st.sampled_from(KINDS), offsets),
    st.tuples(st.just("drop_interval"), st.integers(0, 10**6)),
    st.tuples(st.just("add_break"), a_break()),
    st.tuples(st.just("change_break"), st.integers(0, 10**6), st.sampled_from(OUTCOMES),
              st.floats(-600, 3600), st.sampled_from(["movement", "micro"])),
    st.tuples(st.just("drop_break"), st.integers(0, 10**6)),
)


def apply(conn: sqlite3.Connection, op: tuple[Any, ...]) -> None:
    name = op[0]
    ids = [r[0] for r in conn.execute("SELECT id FROM intervals ORDER BY id")]
    break_ids = [r[0] for r in conn.execute("SELECT id FROM breaks ORDER BY id")]
    if name == "add_interval":
        (row, is_open) = op[1]
        add_interval(conn, row, is_open)
    elif name == "add_pieces":
        for row in op[1]:
            add_interval(conn, row)
    elif name == "change_interval" and ids:
        _, index, shift, length, kind, offset = op
        conn.execute(
            "UPDATE intervals SET start_utc = start_utc + ?, end_utc = start_utc + ? + ?, "
            "kind = ?, utc_offset = ? WHERE id = ?",
            (shift, shift, length, kind, offset, ids[int(index) % len(ids)]),
        )
    elif name == "drop_interval" and ids:
        conn.execute("DELETE FROM intervals WHERE id = ?", (ids[int(op[1]) % len(ids)],))
    elif name == "add_break":
        add_break(conn, op[1])
    elif name == "change_break" and break_ids:
        _, index, outcome, ended, kind = op
        conn.execute(
            "UPDATE breaks SET outcome = ?, ended_utc = anchor_utc + ?, kind = ? WHERE id = ?",
            (outcome, ended, kind, break_ids[int(index) % len(break_ids)]),
        )
    elif name == "drop_break" and break_ids:
        conn.execute("DELETE FROM breaks WHERE id = ?", (break_ids[int(op[1]) % len(break_ids)],))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    timeline(),
    st.lists(a_break(), max_size=12),
    st.lists(natural_across_midnight(), max_size=2),
    st.lists(operation, min_size=1, max_size=25),
    st.sampled_from(list(GoalMetric)),
)
def test_cached_figures_equal_the_figures_computed_from_rows(
    rows: list[Row],
    breaks: list[tuple[Any, ...]],
    pieces: list[list[Row]],
    ops: list[tuple[Any, ...]],
    metric: GoalMetric,
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "history.sqlite3"
        store = HistoryStore(open_database(path))
        conn = store.connection
        for row in rows + [p for group in pieces for p in group]:
            add_interval(conn, row)
        for b in breaks:
            add_break(conn, b)
        store.set_goal(GoalSetting(metric, 3, DAY0 + dt.timedelta(days=2)), BASE)
        reader = HistoryStore(open_database(path, readonly=True))
        try:
            everything = ("read", -2, 13, 10, False)
            for step in [everything, *ops]:
                if step[0] != "read":
                    apply(conn, step)
                # Each change read back over the whole range at once: every
                # day the change did not clear comes from the cache.
                _, first, count, cap, readonly = step if step[0] == "read" else everything
                days = date_range(DAY0 + dt.timedelta(days=int(first) + int(count) - 1),
                                  int(count))
                wanted = uncached(store, days, with_cap(int(cap)))
                via = reader if readonly else store
                assert stats_for_days(via, days, with_cap(int(cap))) == wanted
                # Read again: now from the cache where the first read kept it.
                assert stats_for_days(via, days, with_cap(int(cap))) == wanted
        finally:
            reader.close()
            store.close()


# --- the cache's own rules -----------------------------------------------------------

NOON = BASE + 12 * HOUR  # 13:00 at UTC+1 on DAY0


def filled_store(tmp_path: Path) -> tuple[HistoryStore, list[dt.date]]:
    """Ten days of an hour's sitting and a break each, the cache filled."""
    store = HistoryStore(open_database(tmp_path / "history.sqlite3"))
    for n in range(10):
        start = NOON + n * 86400.0
        store.add_interval(Interval(ActivityKind.SITTING, start, start + HOUR, 3600))
        store.add_break(BreakRecord(due=start + HOUR, outcome=Outcome.COMPLETED, utc_offset=3600,
                                    prompted=start + HOUR, started=start + HOUR,
                                    ended=start + HOUR + 300))
    days = date_range(DAY0 + dt.timedelta(days=9), 10)
    keep_figures(store, days, Settings())
    return store, days


def test_a_version_5_file_is_migrated_and_its_figures_cached(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:5]:
        for statement in script.split(";"):
            if statement.strip():
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 5")
    add_interval(conn, ("sitting", NOON, NOON + HOUR, 3600))
    add_interval(conn, ("natural_break", NOON + HOUR, NOON + 2 * HOUR, 3600))
    conn.close()

    store = HistoryStore(open_database(path))
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
    (day,) = stats_for_days(store, [DAY0], Settings())
    assert (day.sitting_minutes, day.natural_breaks, day.movement_minutes) == (60.0, 1, 10.0)
    assert cached_days(store) == [day_number(DAY0)]
    # The triggers came with the table: a new record clears the day it lands on.
    store.add_interval(Interval(ActivityKind.SITTING, NOON + 2 * HOUR, NOON + 3 * HOUR, 3600))
    assert cached_days(store) == []
    assert stats_for_days(store, [DAY0], Settings())[0].sitting_minutes == 120.0


def test_a_record_clears_its_days_and_two_either_side(tmp_path: Path) -> None:
    store, days = filled_store(tmp_path)
    numbers = [day_number(d) for d in days]
    assert cached_days(store) == numbers
    fifth = NOON + 5 * 86400.0
    store.add_interval(Interval(ActivityKind.STANDING, fifth + 2 * HOUR, fifth + 3 * HOUR, 3600))
    # Days 3 to 7, and the third day after (a piece can decide whether the
    # natural-break piece after the one it covers begins a run).
    assert cached_days(store) == [n for n in numbers if not 3 <= n - numbers[0] <= 8]
    store.connection.execute("UPDATE breaks SET outcome = 'skipped' WHERE anchor_utc < ?",
                             (NOON + 86400.0,))
    assert cached_days(store) == [n for n in numbers if n - numbers[0] == 9]


def test_a_break_clears_the_days_around_its_end_too(tmp_path: Path) -> None:
    # A skip ends a sitting run where it was answered, even days after the
    # prompt was first due (a skip is a reset at its end).
    store, days = filled_store(tmp_path)
    numbers = [day_number(d) for d in days]
    store.add_break(BreakRecord(due=NOON, outcome=Outcome.SKIPPED, utc_offset=3600,
                                prompted=NOON, ended=NOON + 5 * 86400.0))
    assert cached_days(store) == numbers[8:]


def test_closing_the_running_row_alone_clears_nothing(tmp_path: Path) -> None:
    store, _days = filled_store(tmp_path)
    before = cached_days(store)
    start = NOON + 20 * 86400.0
    running = store.open_interval(ActivityKind.SITTING, start, 3600)
    after_open = cached_days(store)
    store.connection.execute("UPDATE intervals SET open = 0 WHERE id = ?", (running.row_id,))
    assert cached_days(store) == after_open == before


def test_the_running_intervals_day_and_two_before_are_not_kept(tmp_path: Path) -> None:
    store = HistoryStore(open_database(tmp_path / "history.sqlite3"))
    last = NOON + 9 * 86400.0
    running = store.open_interval(ActivityKind.SITTING, last, 3600)
    store.heartbeat(running, last + 600)
    days = date_range(DAY0 + dt.timedelta(days=9), 10)
    figures = stats_for_days(store, days, Settings())
    assert figures[-1].sitting_minutes == 10.0  # counted all the same
    # Its next heartbeat would clear them again: not written.
    assert cached_days(store) == [day_number(d) for d in days[:7]]


def test_a_read_only_reader_reads_the_cache_and_computes_what_is_missing(
    tmp_path: Path,
) -> None:
    store, days = filled_store(tmp_path)
    conn = store.connection
    # Days missing: a record on the first day clears days 0 to 3, and one more.
    conn.execute("INSERT INTO intervals (kind, start_utc, end_utc, utc_offset) "
                 "VALUES ('standing', ?, ?, 3600)", (NOON - 3 * HOUR, NOON - 2 * HOUR))
    conn.execute("DELETE FROM day_figures WHERE day = ?", (day_number(days[6]),))
    # Proof that the cache is read: a day cached with a figure no row gives.
    conn.execute("UPDATE day_figures SET sitting_minutes = 999 WHERE day = ?",
                 (day_number(days[9]),))
    before = cached_days(store)
    assert before == [day_number(d) for d in days[4:6] + days[7:]]

    reader = HistoryStore(open_database(tmp_path / "history.sqlite3", readonly=True))
    figures = stats_for_days(reader, days, Settings())
    assert [f.sitting_minutes for f in figures] == [60.0] * 9 + [999]
    assert figures[0].standing_minutes == 60.0  # computed afresh from its rows
    assert [f.movement_minutes for f in figures] == [5.0] * 10
    assert not reader.keeps_figures  # the first write was refused; none is tried again
    assert stats_for_days(reader, days, Settings()) == figures
    reader.close()
    assert cached_days(store) == before


def test_other_rules_or_another_cap_compute_the_days_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, days = filled_store(tmp_path)
    natural = NOON + 4 * 86400.0 + 2 * HOUR
    store.add_interval(Interval(ActivityKind.NATURAL_BREAK, natural, natural + HOUR, 3600))
    keep_figures(store, days, Settings())
    store.connection.execute("UPDATE day_figures SET sitting_minutes = 999")
    assert {f.sitting_minutes for f in stats_for_days(store, days, Settings())} == {999}

    # Another natural-break cap: the days are computed with it (and kept under it).
    figures = stats_for_days(store, days, with_cap(30))
    assert [f.sitting_minutes for f in figures] == [60.0] * 10
    assert figures[4].movement_minutes == 5.0 + 30.0
    assert figures == uncached(store, days, with_cap(30))

    store.connection.execute("UPDATE day_figures SET sitting_minutes = 999")
    monkeypatch.setattr(daystats, "FIGURE_RULES", daystats.FIGURE_RULES + 1)
    figures = stats_for_days(store, days, with_cap(30))
    assert [f.sitting_minutes for f in figures] == [60.0] * 10


def test_a_goal_change_never_stales_the_cache(tmp_path: Path) -> None:
    store, days = filled_store(tmp_path)
    store.set_goal(GoalSetting(GoalMetric.MOVEMENT_MINUTES, 30, days[0]), NOON)
    store.set_goal(GoalSetting(GoalMetric.BREAKS, 1, days[5]), NOON)
    figures = stats_for_days(store, days, Settings())
    assert [f.goal_met for f in figures] == [False] * 5 + [True] * 5
    assert figures == uncached(store, days, Settings())


def test_sync_merged_figures_never_touch_the_cache(tmp_path: Path) -> None:
    store, days = filled_store(tmp_path)
    store.connection.execute("UPDATE day_figures SET sitting_minutes = 999")

    class NoOtherDevices:
        def combine(self, intervals, breaks, goals, lo, hi):
            return intervals, breaks, goals

    store.connection.execute("DELETE FROM day_figures WHERE day = ?", (day_number(days[3]),))
    before = cached_days(store)
    figures = stats_for_days(store, days, Settings(), NoOtherDevices())
    assert [f.sitting_minutes for f in figures] == [60.0] * 10
    assert cached_days(store) == before


def test_the_cache_window_covers_the_natural_break_cap() -> None:
    # A natural break begun late on the last day asked for counts up to the
    # cap into the next: the rows read reach past the latest local midnight
    # (UTC-12) by more than the largest cap the settings allow.
    (cap,) = [s for s in SCHEMA if s.key == "goal.natural_break_cap_minutes"]
    assert cap.maximum is not None
    assert 12 * HOUR + cap.maximum * 60 < daystats._MARGIN
    # And the triggers' two days either side hold a cap under 22 hours.
    assert cap.maximum * 60 < 22 * HOUR


def test_micro_pauses_clear_nothing(tmp_path: Path) -> None:
    store, _days = filled_store(tmp_path)
    before = cached_days(store)
    store.add_break(BreakRecord(due=NOON, outcome=Outcome.COMPLETED, utc_offset=3600,
                                prompted=NOON, started=NOON, ended=NOON + 20,
                                kind=BreakKind.MICRO))
    assert cached_days(store) == before


def test_a_skip_two_local_days_later_cuts_a_cached_sitting_run(tmp_path: Path) -> None:
    # Late evening at UTC-12 is the small hours two days later at UTC+14.
    store = HistoryStore(open_database(tmp_path / "history.sqlite3"))
    day = DAY0 + dt.timedelta(days=3)
    evening = (day_number(day) + 1) * 86400.0 + 12 * HOUR - 2 * HOUR  # 22:00 at UTC-12
    store.add_interval(Interval(ActivityKind.SITTING, evening, evening + 2 * HOUR - 1, -12 * 3600))
    days = date_range(day + dt.timedelta(days=2), 3)
    assert stats_for_days(store, days, Settings())[0].longest_sitting_minutes == 119.9
    skip = evening + HOUR  # 01:00 two days later at UTC+14
    store.add_break(BreakRecord(due=skip - 60, outcome=Outcome.SKIPPED, utc_offset=14 * 3600,
                                prompted=skip - 60, ended=skip))
    assert day_number(day) + 2 == (int(skip) + 14 * 3600) // 86400
    figures = stats_for_days(store, days, Settings())
    assert figures[0].longest_sitting_minutes == 60.0
    assert figures == uncached(store, days, Settings())


def test_a_piece_stored_inside_a_long_one_clears_the_day_three_after(tmp_path: Path) -> None:
    # A natural break of 26 h at UTC, touching a piece at UTC+14 that begins
    # 01:00 local; a piece written by hand inside the long one, at UTC-12,
    # lies three local days earlier and makes the last piece a break of its own.
    store = HistoryStore(open_database(tmp_path / "history.sqlite3"))
    conn = store.connection
    last = DAY0 + dt.timedelta(days=5)
    touch = day_number(last) * 86400.0 - 13 * HOUR  # 01:00 on ``last`` at UTC+14
    add_interval(conn, ("natural_break", touch - 26 * HOUR, touch, 0))
    add_interval(conn, ("natural_break", touch, touch + 600, 14 * 3600))
    days = date_range(last, 6)
    assert stats_for_days(store, days, Settings())[-1].natural_breaks == 0
    inside = touch - 26 * HOUR + 1
    add_interval(conn, ("natural_break", inside, inside + 60, -12 * 3600))
    assert day_number(last) - 3 == (int(inside) - 12 * 3600) // 86400
    figures = stats_for_days(store, days, Settings())
    assert figures[-1].natural_breaks == 1
    assert figures == uncached(store, days, Settings())
    assert stats_for_days(store, [last], Settings()) == [figures[-1]]
