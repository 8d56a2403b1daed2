"""Where the Progress views get their figures: the history service, the settings and the clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from standup_buddy.core.model import BreakRecord, GoalSetting
from standup_buddy.core.stats import DayStats, goal_in_force
from standup_buddy.services.history import HistoryService
from standup_buddy.session import Status
from standup_buddy.settings import Settings

if TYPE_CHECKING:
    from standup_buddy.services.history import OtherDevices


@dataclass
class ProgressSource:
    """The window's inputs, shared by its views.

    ``today`` returns the user's local date, ``now`` the current UTC instant
    in seconds, ``status`` the running app's status (None when not tracking).
    Figures always come from ``stats_for_days``, the path ``standup-buddy
    stats`` takes, so the window and the command line cannot disagree.
    """

    history: HistoryService
    settings: Settings
    today: Callable[[], dt.date]
    now: Callable[[], float]
    status: Callable[[], Status | None]
    # The other computers' history when a sync folder is set (docs/sync.md).
    others: Callable[[], OtherDevices | None] | None = None

    def stats(self, days: Sequence[dt.date]) -> list[DayStats]:
        """The statistics module's figures for ``days``."""
        others = None if self.others is None else self.others()
        return self.history.stats(days, self.settings, others)

    def sitting_by_hour(self, days: Sequence[dt.date]) -> list[float]:
        """The longest sit begun in each clock hour over ``days`` (same runs as ``stats``)."""
        return self.history.sitting_by_hour(days)

    def micro_pauses(self, days: Sequence[dt.date]) -> list[int]:
        """Micro-pauses taken on each of ``days`` (this computer's; never movement)."""
        return self.history.micro_pauses(days)

    def breaks_between(self, start: float, end: float) -> list[BreakRecord]:
        """Break records from ``start`` to ``end`` (UTC seconds), the other computers' too."""
        local = self.history.breaks_between(start, end)
        others = None if self.others is None else self.others()
        return local if others is None else others.breaks_between(local, start, end)

    def work_days(self) -> frozenset[int]:
        """``schedule.work_days`` as ``weekday()`` numbers."""
        return self.settings.view.schedule.weekday_numbers

    def checkins(self, first: dt.date, last: dt.date) -> dict[dt.date, tuple[int, str]]:
        """Check-in (score, note) by day, when check-ins are switched on."""
        if not self.settings.view.checkin.enabled:
            return {}
        return {c.day: (c.score, c.note) for c in self.history.checkins(first, last)}

    def goal_today(self) -> GoalSetting:
        """The goal in force today (goal history first, then the settings)."""
        goals = self.history.goals()
        others = None if self.others is None else self.others()
        if others is not None:
            goals = others.goals(goals)  # a goal set on another computer follows the user
        return goal_in_force(self.today(), goals, self.history.default_goal(self.settings))


def system_offset(instant: float) -> int:
    """This computer's UTC offset at ``instant``, in seconds (for records made here)."""
    offset = dt.datetime.fromtimestamp(instant).astimezone().utcoffset()
    return 0 if offset is None else int(offset.total_seconds())
