"""Day marks: things that happened on a day and are shown with its figures.

A mark is not a break and not an interval: the emergency exit that ended a
break (the break itself is recorded ``skipped``), and the day the daily
screen-time cap was reached (at most one a day).  ``stats --json`` counts
them per local day (``emergency_exits``, ``screen_time_cap_reached``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from standup_buddy.core.model import local_date

__all__ = ["DayMark", "MarkKind", "marks_by_day"]


class MarkKind(StrEnum):
    """What a day mark records."""

    EMERGENCY_EXIT = "emergency_exit"  # a break left by the emergency exit
    SCREEN_TIME_CAP = "screen_time_cap"  # the daily screen-time cap was reached (once a day)


#: Kinds of which a day holds at most one.
ONCE_A_DAY = frozenset({MarkKind.SCREEN_TIME_CAP})


@dataclass(frozen=True, slots=True)
class DayMark:
    """One mark at ``at`` (UTC seconds) with the UTC offset in force."""

    kind: MarkKind
    at: float
    utc_offset: int

    @property
    def day(self) -> dt.date:
        """The user's local date of the mark."""
        return local_date(self.at, self.utc_offset)


def marks_by_day(marks: Iterable[DayMark]) -> dict[dt.date, dict[MarkKind, int]]:
    """How many marks of each kind every local day holds."""
    days: dict[dt.date, dict[MarkKind, int]] = {}
    for mark in marks:
        counts = days.setdefault(mark.day, {})
        counts[mark.kind] = counts.get(mark.kind, 0) + 1
    return days
