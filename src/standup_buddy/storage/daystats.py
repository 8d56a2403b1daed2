"""Per-day statistics read from the store: the one path the CLI and the window share.

Rows go from SQLite straight to the statistics as plain tuples: building an
``Interval`` or ``BreakRecord`` per row (and parsing break stretch ids the
figures never use) cost more than the arithmetic itself.

Each day's totals (``core.stats.DayTotals``) are kept in the figure cache, the
``day_figures`` table (``storage/database.py``, schema version 6): a day found
there is read, not computed again.  Triggers on ``intervals`` and ``breaks``
delete the cached days any change can affect, so every day may be cached,
today's included; only the days the running interval's next heartbeat clears
anyway are not written (a figure read every minute would otherwise be a write
every minute).  A read-only connection reads the cache and computes what is
missing without keeping it; figures merged with a sync folder's other
computers are never cached (``docs/statistics.md``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from standup_buddy.core.marks import MarkKind, marks_by_day
from standup_buddy.core.model import GoalMetric, GoalSetting
from standup_buddy.core.stats import (
    EMPTY_TOTALS,
    FIGURE_RULES,
    BreakRow,
    DayStats,
    DayTotals,
    IntervalRow,
    daily_stats,
    day_number,
    day_totals_from_rows,
    figures_from_totals,
    local_day,
    micro_pauses_per_day,
    sitting_runs_by_hour,
)
from standup_buddy.settings.schema import Settings
from standup_buddy.storage.history import HistoryStore

if TYPE_CHECKING:
    from standup_buddy.storage.sync_view import OtherDevices

# Local days start at most 14 h before and 12 h after UTC midnight (UTC+14 to
# UTC-12); reading that much either side of the range catches every record,
# and the hour more the rows a day's figures need from beyond it: the pieces
# of a natural break begun late on the last day count up to the cap
# (goal.natural_break_cap_minutes, at most 120 minutes) into the next.
_MARGIN = 15 * 3600.0
# Stored rows never span more than a local day (writers split at midnight).
_MAX_ROW_SECONDS = 26 * 3600.0
_EPOCH = dt.date(1970, 1, 1)


def default_goal(settings: Settings) -> GoalSetting:
    """The goal from the settings file, used for days with no recorded goal."""
    return GoalSetting(
        GoalMetric(settings.view.goal.metric),
        settings.view.goal.daily_target,
        dt.date.min,
    )


def interval_rows(store: HistoryStore, lo: float, hi: float) -> list[IntervalRow]:
    """Intervals begun in [lo - 26 h, hi) as (kind, start, end, offset), oldest first.

    Every row overlapping [lo, hi) is among them, and so are rows that end
    before ``lo`` (the index scan reads them anyway): a natural-break piece
    stored inside a longer one decides whether the piece after that one
    begins a break, and a day's figures must not depend on the range asked.
    """
    return store.connection.execute(
        "SELECT kind, start_utc, end_utc, utc_offset FROM intervals "
        "WHERE start_utc >= ? AND start_utc < ? ORDER BY start_utc, id",
        (lo - _MAX_ROW_SECONDS, hi),
    ).fetchall()


def break_rows(store: HistoryStore, lo: float, hi: float) -> list[BreakRow]:
    """Movement breaks anchored in [lo, hi) as (anchor, outcome, offset, started, ended, snoozes).

    Micro-pauses are left out: they are never movement (``micro_for_days``).
    """
    return store.connection.execute(
        "SELECT anchor_utc, outcome, utc_offset, started_utc, ended_utc, snoozes FROM breaks "
        "WHERE kind = 'movement' AND anchor_utc >= ? AND anchor_utc < ? ORDER BY anchor_utc, id",
        (lo, hi),
    ).fetchall()


def micro_for_days(store: HistoryStore, days: Sequence[dt.date]) -> list[int]:
    """Micro-pauses taken (shown through) on each of ``days``: their own series."""
    if not days:
        return []
    lo = (min(days) - _EPOCH).total_seconds() - _MARGIN
    hi = (max(days) + dt.timedelta(days=1) - _EPOCH).total_seconds() + _MARGIN
    rows = store.connection.execute(
        "SELECT anchor_utc, outcome, utc_offset FROM breaks "
        "WHERE kind = 'micro' AND anchor_utc >= ? AND anchor_utc < ?",
        (lo, hi),
    ).fetchall()
    return micro_pauses_per_day(days, rows)


def first_record_day(store: HistoryStore) -> dt.date | None:
    """The local date of the first interval or break stored; None with no history."""
    conn = store.connection
    found = [
        row
        for row in (
            conn.execute(
                "SELECT start_utc, utc_offset FROM intervals ORDER BY start_utc LIMIT 1"
            ).fetchone(),
            conn.execute(
                "SELECT anchor_utc, utc_offset FROM breaks ORDER BY anchor_utc LIMIT 1"
            ).fetchone(),
        )
        if row is not None
    ]
    if not found:
        return None
    return _EPOCH + dt.timedelta(days=min(local_day(t, o)[0] for t, o in found))


def stats_for_days(
    store: HistoryStore,
    days: Sequence[dt.date],
    settings: Settings,
    others: OtherDevices | None = None,
) -> list[DayStats]:
    """Figures for each of ``days``: read from the figure cache where it holds
    them, computed from the rows those days can hold where not.

    With ``others`` (a sync folder is set), the other devices' history joins
    this one's (``docs/sync.md``); those figures are never cached.
    """
    if not days:
        return []
    if others is not None:
        return with_marks(store, _merged_figures(store, days, settings, others))
    cap = settings.view.goal.natural_break_cap_minutes
    totals = day_totals(store, [day_number(d) for d in days], cap)
    figures = figures_from_totals(
        days,
        totals,
        goals=store.goals(),
        default_goal=default_goal(settings),
        first_day=first_record_day(store),
    )
    return with_marks(store, figures)


def keep_figures(store: HistoryStore, days: Sequence[dt.date], settings: Settings) -> None:
    """Fill the figure cache for ``days`` (what is missing is computed and kept).

    The running app calls it on its writable connection, so the read-only
    readers (``stats``, the Progress window) find the days there.
    """
    if days:
        cap = settings.view.goal.natural_break_cap_minutes
        day_totals(store, [day_number(d) for d in days], cap)


# Missing days at most this far apart are computed from one read of rows.
_GAP_DAYS = 3
_COLUMNS = (
    "sitting_minutes, longest_sitting_minutes, standing_minutes, paused_minutes, "
    "breaks_completed, breaks_skipped, breaks_snoozed, breaks_missed, break_minutes, "
    "natural_breaks, natural_break_minutes, movement_minutes, movement_from_natural, "
    "active_hours, movement_exact"
)
_READ_CACHE = (
    f"SELECT day, {_COLUMNS} FROM day_figures "
    "WHERE day BETWEEN ? AND ? AND rules = ? AND cap_minutes = ?"
)
_WRITE_CACHE = (
    f"INSERT OR REPLACE INTO day_figures (day, rules, cap_minutes, {_COLUMNS}) "
    f"VALUES ({', '.join('?' * 18)})"
)


def day_totals(
    store: HistoryStore, numbers: Sequence[int], cap_minutes: int
) -> dict[int, DayTotals]:
    """The totals of each of the days ``numbers`` (local day numbers), with the
    natural-break cap ``cap_minutes``: read from the figure cache where it has
    them (same rules, same cap), computed from rows where not, and kept when
    the connection takes writes.

    One read transaction: the rows a day is computed from and the write that
    keeps it see the same history; a write by another program in between
    makes the keeping fail (SQLite refuses a write on an outdated snapshot),
    so a stale day is never kept.
    """
    conn = store.connection
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    commit = False
    try:
        totals: dict[int, DayTotals] = {
            row[0]: row[1:]
            for row in conn.execute(
                _READ_CACHE, (min(numbers), max(numbers), FIGURE_RULES, cap_minutes)
            )
        }
        missing = sorted({n for n in numbers if n not in totals})
        if not missing:
            commit = True
            return totals
        computed: dict[int, DayTotals] = {}
        for span in _spans(missing):
            lo = span[0] * 86400.0 - _MARGIN
            hi = (span[-1] + 1) * 86400.0 + _MARGIN
            found = day_totals_from_rows(
                span,
                interval_rows(store, lo, hi),
                break_rows(store, lo, hi),
                natural_break_cap_minutes=cap_minutes,
            )
            for n in span:
                computed[n] = found.get(n, EMPTY_TOTALS)
        totals.update(computed)
        # A failed write is rolled back; the figures stand all the same.
        commit = not own or not store.keeps_figures or _keep(store, computed, cap_minutes)
        return totals
    finally:
        if own:
            conn.execute("COMMIT" if commit else "ROLLBACK")


def _spans(numbers: list[int]) -> Iterator[list[int]]:
    """Sorted day numbers in runs; a new run after a gap of more than ``_GAP_DAYS``."""
    run = [numbers[0]]
    for n in numbers[1:]:
        if n - run[-1] > _GAP_DAYS:
            yield run
            run = []
        run.append(n)
    yield run


def _keep(store: HistoryStore, computed: dict[int, DayTotals], cap_minutes: int) -> bool:
    """Write ``computed`` to the figure cache; False when it could not be (then rolled back).

    Days from the running interval's start day less two on are left out: its
    next heartbeat (an update of its row) clears them again.
    """
    conn = store.connection
    running = conn.execute("SELECT start_utc, utc_offset FROM intervals WHERE open = 1").fetchall()
    until = min(local_day(s, o)[0] for s, o in running) - 2 if running else None
    rows = [
        (n, FIGURE_RULES, cap_minutes, *t)
        for n, t in computed.items()
        if until is None or n < until
    ]
    if not rows:
        return True
    try:
        conn.executemany(_WRITE_CACHE, rows)
    except sqlite3.Error as exc:
        # Read-only (the CLI, the Progress window): read the cache, never write
        # it again.  Locked or outdated: the next reader computes the days.
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_READONLY:
            store.keeps_figures = False
        return False
    return True


def with_marks(store: HistoryStore, figures: list[DayStats]) -> list[DayStats]:
    """The figures with the day marks of this computer (emergency exits, screen-time cap)."""
    if not figures:
        return figures
    by_day = marks_by_day(store.marks(min(f.date for f in figures), max(f.date for f in figures)))
    out = []
    for figure in figures:
        counts = by_day.get(figure.date)
        out.append(
            figure
            if not counts
            else figure._replace(
                emergency_exits=counts.get(MarkKind.EMERGENCY_EXIT, 0),
                screen_time_cap_reached=MarkKind.SCREEN_TIME_CAP in counts,
            )
        )
    return out


def _merged_figures(
    store: HistoryStore,
    days: Sequence[dt.date],
    settings: Settings,
    others: OtherDevices,
) -> list[DayStats]:
    """This computer's history joined with the other devices': never cached (their
    journals change without a trigger here)."""
    lo = (min(days) - _EPOCH).total_seconds() - _MARGIN
    hi = (max(days) + dt.timedelta(days=1) - _EPOCH).total_seconds() + _MARGIN
    # Other devices' records come as objects to be merged; the same figures
    # from them (daily_stats is the row path fed with those objects).
    intervals, breaks, goals = others.combine(
        store.intervals_between(lo, hi), store.breaks_between(lo, hi), store.goals(), lo, hi
    )
    return daily_stats(
        days,
        intervals,
        breaks,
        goals=goals,
        default_goal=default_goal(settings),
        natural_break_cap_minutes=settings.view.goal.natural_break_cap_minutes,
        first_day=first_record_day(store),
    )


def sitting_by_hour_for_days(store: HistoryStore, days: Sequence[dt.date]) -> list[float]:
    """The longest sitting run begun in each clock hour over ``days`` (minutes, 24 values)."""
    if not days:
        return [0.0] * 24
    lo = (min(days) - _EPOCH).total_seconds() - _MARGIN
    hi = (max(days) + dt.timedelta(days=1) - _EPOCH).total_seconds() + _MARGIN
    return sitting_runs_by_hour(interval_rows(store, lo, hi), break_rows(store, lo, hi), days)
