"""Short human wording for durations, shared by the CLI, the tray and the windows."""

from __future__ import annotations

import math


def whole_minutes(minutes: float) -> int:
    """The one rounding rule for minutes people read: cut to the whole minute.

    Never rounded up, so 29.5 shows as 29 and "30 of 30" appears exactly when
    the goal (compared on the exact value) is met; see docs/statistics.md.
    """
    return math.floor(round(minutes, 6))


def movement_words(minutes: float, target: int) -> str:
    """``18 of 30 movement minutes``: today's movement against the goal, one rule everywhere."""
    return f"{whole_minutes(minutes)} of {target} movement minutes"


def duration(minutes: float) -> str:
    """``42 min``, ``1 h 05``, ``0 min``: compact and unambiguous."""
    total = whole_minutes(minutes)
    if total < 60:
        return f"{total} min"
    hours, rest = divmod(total, 60)
    return f"{hours} h {rest:02d}"


def duration_words(minutes: float) -> str:
    """``42 min``, ``1 h 40 min``, ``2 h``: for sentences."""
    total = whole_minutes(minutes)
    if total < 60:
        return f"{total} min"
    hours, rest = divmod(total, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"
