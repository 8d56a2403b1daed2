"""Per-day statistics read from the store: the one path the CLI and the window share.

Rows go from SQLite straight to the statistics as plain tuples: building an
``Interval`` or ``BreakRecord`` per row (and parsing break stretch ids the
figures never use) cost more than the arithmetic itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from standup_buddy.core.marks import MarkKind, marks_by_day
from standup_buddy.core.model import GoalMetric, GoalSetting
from standup_buddy.core.stats import (
    BreakRow,
    DayStats,
    IntervalRow,
    daily_stats,
    daily_stats_from_rows,
    local_day,
    micro_pauses_per_day,
    sitting_runs_by_hour,
)
from standup_buddy.settings.schema import Settings
from standup_buddy.storage.history import HistoryStore

if TYPE_CHECKING:
    from standup_buddy.storage.sync_view import OtherDevices

# Local days start at most 14 h before and 12 h after UTC midnight (UTC+14 to
# UTC-12); reading that much either side of the range catches every record.
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
    """Intervals overlapping [lo, hi) as (kind, start, end, offset), oldest first."""
    return store.connection.execute(
        "SELECT kind, start_utc, end_utc, utc_offset FROM intervals "
        "WHERE start_utc >= ? AND start_utc < ? AND end_utc > ? ORDER BY start_utc, id",
        (lo - _MAX_ROW_SECONDS, hi, lo),
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
    """Figures for each of ``days``, reading only the rows those days can hold.

    With ``others`` (a sync folder is set), the other devices' history joins
    this one's (``docs/sync.md``).
    """
    if not days:
        return []
    return with_marks(store, _figures(store, days, settings, others))


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


def _figures(
    store: HistoryStore,
    days: Sequence[dt.date],
    settings: Settings,
    others: OtherDevices | None,
) -> list[DayStats]:
    lo = (min(days) - _EPOCH).total_seconds() - _MARGIN
    hi = (max(days) + dt.timedelta(days=1) - _EPOCH).total_seconds() + _MARGIN
    if others is not None:
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
    return daily_stats_from_rows(
        days,
        interval_rows(store, lo, hi),
        break_rows(store, lo, hi),
        goals=store.goals(),
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
