"""One break kind's rule keys (``<section>.max_snoozes`` ...) as a ``BreakRules`` value.

The same five keys exist in every break kind's table
(:func:`~standup_buddy.settings.schema.break_rule_settings`); this is the one
place they are read, so each kind gets its rules the same way.
"""

from __future__ import annotations

from standup_buddy.core.break_rules import BreakRules
from standup_buddy.settings.schema import Settings


def break_rules(settings: Settings, section: str = "breaks") -> BreakRules:
    """The postpone and skip rules set in ``section``."""
    max_snoozes = settings.get_int(f"{section}.max_snoozes")
    return BreakRules(
        max_snoozes=None if max_snoozes < 0 else max_snoozes,
        snooze_window_fraction=settings.get_int(f"{section}.snooze_window_percent") / 100,
        skip_allowed=settings.get_bool(f"{section}.allow_skip"),
        strict=settings.get_bool(f"{section}.strict"),
    )


def weekly_skip_budget(settings: Settings, section: str = "breaks") -> int | None:
    """Skips allowed per week in ``section`` (``None``: no budget set)."""
    budget = settings.get_int(f"{section}.weekly_skip_budget")
    return budget if budget > 0 else None
