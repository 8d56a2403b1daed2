"""The weekly skip budget counts every skipped break of the week, whatever the week."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from standup_buddy.core.model import GoalMetric, GoalSetting
from standup_buddy.core.skip_budget import SkipBudget, week_budget
from standup_buddy.core.stats import daily_stats


def test_no_budget_is_none() -> None:
    assert week_budget(None, []) is None
    assert week_budget(0, []) is None


@given(allowed=st.integers(1, 50), skips=st.lists(st.integers(0, 10), min_size=7, max_size=7))
def test_left_and_over_add_up(allowed: int, skips: list[int]) -> None:
    days = [dt.date(2026, 3, 23) + dt.timedelta(days=i) for i in range(7)]
    goal = GoalSetting(GoalMetric.BREAKS, 3, dt.date.min)
    empty = daily_stats(days, [], [], goals=[], default_goal=goal, natural_break_cap_minutes=10)
    week = [day._replace(breaks_skipped=n) for day, n in zip(empty, skips, strict=True)]
    budget = week_budget(allowed, week)
    assert budget == SkipBudget(allowed, sum(skips))
    assert budget.left - budget.over == allowed - sum(skips)
    assert min(budget.left, budget.over) == 0


def test_the_words() -> None:
    assert (
        SkipBudget(1, 0).sentence(current_week=True) == "Skip budget: 1 of 1 skip left this week."
    )
    assert (
        SkipBudget(3, 3).sentence(current_week=True) == "Skip budget: all 3 skips used this week."
    )
    assert SkipBudget(2, 5).sentence(current_week=False) == (
        "Skip budget: 5 skipped, 3 over the 2 skips allowed."
    )
