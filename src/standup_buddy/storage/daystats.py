"""Per-day statistics read from the store: the one path the CLI and the window share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from standup_buddy.core.model import GoalMetric, GoalSetting
from standup_buddy.core.stats import DayStats, daily_stats
from standup_buddy.settings.schema import Settings
from standup_buddy.storage.history import HistoryStore

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
    store: HistoryStore, days: Sequence[dt.date], settings: Settings
) -> list[DayStats]:
    """Figures for each of ``days``, reading only the rows those days can hold."""
    if not days:
        return []
    epoch = dt.date(1970, 1, 1)
    lo = (min(days) - epoch).total_seconds() - _MARGIN
    hi = (max(days) + dt.timedelta(days=1) - epoch).total_seconds() + _MARGIN
    return daily_stats(
        days,
        store.intervals_between(lo, hi),
        store.breaks_between(lo, hi),
        goals=store.goals(),
        default_goal=default_goal(settings),
        natural_break_cap_minutes=settings.get_int("goal.natural_break_cap_minutes"),
    )
