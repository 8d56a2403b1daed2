"""The weekly skip budget: how many breaks the user allows themselves to skip in a week.

Optional, per break kind (``breaks.weekly_skip_budget`` for the movement
break; 0 means no budget).  Every break recorded ``skipped`` Monday to
Sunday counts, those left by the emergency exit too: either way the break
was not taken.  The budget is a mirror, never a lock: skipping stays
possible when it is used up, and Progress says so plainly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from standup_buddy.core.stats import DayStats

__all__ = ["SkipBudget", "week_budget"]


@dataclass(frozen=True, slots=True)
class SkipBudget:
    """``allowed`` skips a week, ``used`` of them so far."""

    allowed: int
    used: int

    @property
    def left(self) -> int:
        """Skips still within the budget."""
        return max(0, self.allowed - self.used)

    @property
    def over(self) -> int:
        """Skips beyond the budget."""
        return max(0, self.used - self.allowed)

    def sentence(self, *, current_week: bool) -> str:
        """The budget in words: what is left this week, or how a past week went."""
        allowed = f"{self.allowed} skip{'' if self.allowed == 1 else 's'}"
        if not current_week:
            if self.over:
                return f"Skip budget: {self.used} skipped, {self.over} over the {allowed} allowed."
            return f"Skip budget: {self.used} of {allowed} used."
        if self.over:
            return (
                f"Skip budget: {self.used} skipped this week, {self.over} over the "
                f"{allowed} you allow yourself."
            )
        if self.left == 0:
            return f"Skip budget: all {allowed} used this week."
        return f"Skip budget: {self.left} of {allowed} left this week."


def week_budget(allowed: int | None, week: Iterable[DayStats]) -> SkipBudget | None:
    """The budget for one week's figures (``None`` when no budget is set)."""
    if allowed is None or allowed <= 0:
        return None
    return SkipBudget(allowed, sum(day.breaks_skipped for day in week))
