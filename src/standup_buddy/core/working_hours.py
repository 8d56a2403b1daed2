"""Working hours: the part of the week in which a break prompt may interrupt.

Outside working hours the tracker still counts sitting (the numbers stay
honest), but prompts are held until the hours begin again.  Local time is
the instant plus the UTC offset in force, so nothing here needs a time-zone
database: when the offset changes (daylight saving, travel) the caller simply
passes the new one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from standup_buddy.core.model import instant_of_local, local_datetime

_DAY = dt.timedelta(days=1)
_MIDNIGHT = dt.time(0, 0)
# One week plus the day on either side is enough to meet every kind of boundary.
_LOOKAHEAD_DAYS = 9


@dataclass(frozen=True, slots=True)
class WorkingHours:
    """Work days (0 = Monday ... 6 = Sunday) and the daily window ``[start, end)``.

    * ``start < end``: the usual day window, e.g. 08:00-19:00 on each work day.
    * ``start > end``: a night shift crossing midnight, e.g. 22:00-06:00; the
      window belongs to the day it *starts* on, so a Friday shift runs into
      Saturday morning.
    * ``start == end``: the whole day, midnight to midnight, on each work day.

    With no work days at all, no moment is inside working hours and every
    prompt is held; that is the user's explicit choice.
    """

    # No defaults: the working hours a user gets out of the box are the
    # settings schema's (``schedule.*``), and only there.
    days: frozenset[int]
    start: dt.time
    end: dt.time

    def __post_init__(self) -> None:
        if any(not 0 <= day <= 6 for day in self.days):
            raise ValueError(f"work days must be 0 (Monday) to 6 (Sunday): {sorted(self.days)}")
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("working hours are local wall-clock times without a time zone")

    def contains_local(self, local: dt.datetime) -> bool:
        """Whether the naive local date-time ``local`` lies inside working hours."""
        clock = local.time()
        weekday = local.weekday()
        if self.start == self.end:
            return weekday in self.days
        if self.start < self.end:
            return weekday in self.days and self.start <= clock < self.end
        started_today = weekday in self.days and clock >= self.start
        started_yesterday = (weekday - 1) % 7 in self.days and clock < self.end
        return started_today or started_yesterday

    def contains(self, instant: float, utc_offset: int) -> bool:
        """Whether the UTC ``instant`` lies inside working hours at ``utc_offset``."""
        return self.contains_local(local_datetime(instant, utc_offset))

    def next_change(self, instant: float, utc_offset: int) -> float | None:
        """The first UTC instant after ``instant`` at which :meth:`contains` flips.

        Assumes the offset stays as it is (when it changes, ask again with the
        new one).  ``None`` when it never flips: every day or no day is a work
        day and the window is the whole day.
        """
        local = local_datetime(instant, utc_offset)
        inside = self.contains_local(local)
        first_day = local.date() - _DAY
        candidates: set[dt.datetime] = set()
        for n in range(_LOOKAHEAD_DAYS):
            day = first_day + n * _DAY
            for clock in (self.start, self.end, _MIDNIGHT):
                moment = dt.datetime.combine(day, clock)
                if moment > local:
                    candidates.add(moment)
        for moment in sorted(candidates):
            if self.contains_local(moment) != inside:
                return instant_of_local(moment, utc_offset)
        return None
