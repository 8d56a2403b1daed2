"""Labelling stored time with the UTC offset the user's zone really had then.

The tracker learns of a daylight-saving change at its next sample, up to a
minute late, so the seconds just after the change still carry the old
offset.  Mostly harmless - but where the change falls at local midnight (a
fall-back from 24:00 to 23:00, as in America/Santiago, Asia/Beirut or
Africa/Cairo), those seconds would land on a date that has not begun
locally, and one unbroken sit would be split across two days.  Before a
finished interval is stored, ``split_at_offset_changes`` cuts it where the
zone's rules (zoneinfo, through the C library's local time) change the
offset and labels each part with the offset really in force.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from standup_buddy.core.model import Interval

OffsetAt = Callable[[float], int]
# A zone changes its offset a few times a year: more cuts in one interval is nonsense.
_MAX_CUTS = 8


def split_at_offset_changes(interval: Interval, offset_at: OffsetAt) -> list[Interval]:
    """``interval`` cut wherever ``offset_at`` changes, each part with its true offset.

    An interval whose start already disagrees with ``offset_at`` was labelled
    for another zone (travel, a changed system zone): its label is kept.
    """
    label = interval.utc_offset
    if interval.end <= interval.start or offset_at(interval.start) != label:
        return [interval]
    parts: list[Interval] = []
    start = interval.start
    last = math.nextafter(interval.end, -math.inf)  # the end belongs to what follows
    for _ in range(_MAX_CUTS):
        if offset_at(last) == label:
            break
        cut = _first_change(start, last, label, offset_at)
        parts.append(Interval(interval.kind, start, cut, label))
        start, label = cut, offset_at(cut)
    parts.append(Interval(interval.kind, start, interval.end, label))
    return parts


def _first_change(low: float, high: float, label: int, offset_at: OffsetAt) -> float:
    """The instant in (low, high] where the offset first stops being ``label``."""
    while high - low > 1e-3:
        middle = (low + high) / 2
        if offset_at(middle) == label:
            low = middle
        else:
            high = middle
    # Zones change on whole seconds.
    whole = round(high)
    return float(whole) if abs(whole - high) < 2e-3 and offset_at(whole) != label else high
