"""Short human wording for durations, shared by the CLI, the tray and the windows."""

from __future__ import annotations


def duration(minutes: float) -> str:
    """``42 min``, ``1 h 05``, ``0 min``: compact and unambiguous."""
    total = round(minutes)
    if total < 60:
        return f"{total} min"
    hours, rest = divmod(total, 60)
    return f"{hours} h {rest:02d}"


def duration_words(minutes: float) -> str:
    """``42 min``, ``1 h 40 min``, ``2 h``: for sentences."""
    total = round(minutes)
    if total < 60:
        return f"{total} min"
    hours, rest = divmod(total, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"
