"""One break kind's rule keys (``<section>.max_snoozes`` ...) as a ``BreakRules`` value.

The same five keys exist in every break kind's table
(:func:`~standup_buddy.settings.schema.break_rule_settings`); this is the one
place they are read, so each kind gets its rules the same way.
"""

from __future__ import annotations

from standup_buddy.core.break_rules import BreakRules
from standup_buddy.settings.schema import Settings
from standup_buddy.settings.view import BreaksSettings, MicroSettings


def _rules(*, max_snoozes: int, window_percent: int, allow_skip: bool, strict: bool) -> BreakRules:
    # A negative count is the schema's "no limit".
    return BreakRules(
        max_snoozes=None if max_snoozes < 0 else max_snoozes,
        snooze_window_fraction=window_percent / 100,
        skip_allowed=allow_skip,
        strict=strict,
    )


def break_rules(settings: Settings, section: str = "breaks") -> BreakRules:
    """The postpone and skip rules set in ``section``."""
    return _rules(
        max_snoozes=settings.get_int(f"{section}.max_snoozes"),
        window_percent=settings.get_int(f"{section}.snooze_window_percent"),
        allow_skip=settings.get_bool(f"{section}.allow_skip"),
        strict=settings.get_bool(f"{section}.strict"),
    )


def view_break_rules(breaks: BreaksSettings) -> BreakRules:
    """The movement break's postpone and skip rules, from the typed view."""
    return _rules(
        max_snoozes=breaks.max_snoozes,
        window_percent=breaks.snooze_window_percent,
        allow_skip=breaks.allow_skip,
        strict=breaks.strict,
    )


def view_micro_rules(micro: MicroSettings) -> BreakRules:
    """The micro-pause's rules, from the typed view.

    A cue has no Snooze, so only Skip (closing the cue early) and strict mode
    are the user's to set; the snooze fields keep their neutral values.
    """
    return BreakRules(skip_allowed=micro.allow_skip, strict=micro.strict)


def weekly_skip_budget(settings: Settings, section: str = "breaks") -> int | None:
    """Skips allowed per week in ``section`` (``None``: no budget set)."""
    budget = settings.get_int(f"{section}.weekly_skip_budget")
    return budget if budget > 0 else None
