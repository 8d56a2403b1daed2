"""Per-day statistics read from the store: the one path the CLI and the window share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from standup_buddy.core.model import GoalMetric, GoalSetting
from standup_buddy.core.stats import DayStats, daily_stats
from standup_buddy.settings.schema import Settings
from standup_buddy.storage.history import HistoryStore

if TYPE_CHECKING:
    from standup_buddy.storage.sync_view import OtherDevices

# Local days start at most 14 h before and 12 h after UTC midnight (UTC+14 to
# UTC-12); reading that much either side of the range catches every record.
_MARGIN = 15 * 3600.0


def default_goal(settings: Settings) -> GoalSetting:
    """The goal from the settings file, used for days with no recorded goal."""
    return GoalSetting(
        GoalMetric(settings.get_str("goal.metric")),
        settings.get_int("goal.daily_target"),
        dt.date.min,
    )


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
    epoch = dt.date(1970, 1, 1)
    lo = (min(days) - epoch).total_seconds() - _MARGIN
    hi = (max(days) + dt.timedelta(days=1) - epoch).total_seconds() + _MARGIN
    intervals, breaks, goals = (
        store.intervals_between(lo, hi),
        store.breaks_between(lo, hi),
        store.goals(),
    )
    if others is not None:
        intervals, breaks, goals = others.combine(intervals, breaks, goals, lo, hi)
    return daily_stats(
        days,
        intervals,
        breaks,
        goals=goals,
        default_goal=default_goal(settings),
        natural_break_cap_minutes=settings.get_int("goal.natural_break_cap_minutes"),
    )
