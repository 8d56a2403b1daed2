"""For random histories and goals, every surface agrees on whether each day met its goal:
``stats --json``, the ``stats`` text, the Progress sentences and the bar drawn."""

from __future__ import annotations

import datetime as dt
import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from standup_buddy.core.model import (
    ActivityKind,
    BreakRecord,
    GoalMetric,
    GoalSetting,
    Interval,
    Outcome,
)
from standup_buddy.core.stats import daily_stats
from standup_buddy.textfmt import movement_words, whole_minutes
from standup_buddy.ui.progress.figures import day_details, goal_phrase, stack
from standup_buddy.ui.progress.week_chart import WeekChartData

MONDAY = dt.date(2026, 3, 23)
OFFSET = 3600
DAY0 = (MONDAY - dt.date(1970, 1, 1)).days * 86400 - OFFSET  # local midnight, UTC


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[Interval], list[BreakRecord], list[GoalSetting]]:
    intervals: list[Interval] = []
    breaks: list[BreakRecord] = []
    for day in range(7):
        t = DAY0 + day * 86400 + 9 * 3600.0
        for _ in range(draw(st.integers(0, 6))):
            # Seconds, not whole minutes: the edge cases are 29.5 and 29.99 of 30.
            sit = draw(st.floats(60, 3600))
            intervals.append(Interval(ActivityKind.SITTING, t, t + sit, OFFSET))
            t += sit
            length = draw(st.floats(0, 900))
            if draw(st.booleans()):
                breaks.append(
                    BreakRecord(
                        due=t, outcome=Outcome.COMPLETED, utc_offset=OFFSET,
                        prompted=t, started=t, ended=t + length,
                    )
                )  # fmt: skip
                intervals.append(Interval(ActivityKind.BREAK, t, t + length, OFFSET))
            else:
                intervals.append(Interval(ActivityKind.NATURAL_BREAK, t, t + length, OFFSET))
            t += length
    goals = [GoalSetting(GoalMetric.MOVEMENT_MINUTES, draw(st.integers(1, 60)), MONDAY)]
    if draw(st.booleans()):
        change = MONDAY + dt.timedelta(days=draw(st.integers(1, 6)))
        goals.append(GoalSetting(GoalMetric.MOVEMENT_MINUTES, draw(st.integers(1, 60)), change))
    return intervals, breaks, goals


@settings(max_examples=150, deadline=None)
@given(histories(), st.integers(0, 20))
def test_text_json_and_drawing_agree_on_met(
    history: tuple[list[Interval], list[BreakRecord], list[GoalSetting]], cap: int
) -> None:
    intervals, breaks, goals = history
    days = [MONDAY + dt.timedelta(days=i) for i in range(7)]
    figures = daily_stats(
        days, intervals, breaks, goals=goals, default_goal=goals[0], natural_break_cap_minutes=cap
    )
    chart = WeekChartData()
    chart.set_week(figures, GoalMetric.MOVEMENT_MINUTES, days[-1], {}, False)
    for index, day in enumerate(figures):
        met = day.to_json()["goal_met"]
        assert isinstance(met, bool)
        # The JSON figure against the target.
        assert (float(str(day.to_json()["movement_minutes"])) >= day.goal_target) is met
        # The words: "N of M movement minutes" and the verdict.
        phrase = goal_phrase(day)
        assert phrase == movement_words(day.movement_minutes, day.goal_target)
        shown = int(phrase.split(" of ")[0])
        assert (shown >= day.goal_target) is met
        assert ("(met)" in day_details(day)) is met
        # The bar drawn: its top is the figure, against the goal line of that day.
        top = chart._primary[index] + chart._secondary[index]
        assert abs(top - day.movement_minutes) < 1e-9
        assert (top >= day.goal_target) is met
        assert sum(stack(day, GoalMetric.MOVEMENT_MINUTES)) == top
        assert whole_minutes(top) == shown


def test_stats_text_marks_met_exactly_when_the_json_does() -> None:
    """29.5 of 30 reads "29/30" and not met, in the text as in the JSON."""
    start = DAY0 + 9 * 3600.0
    brk = BreakRecord(
        due=start, outcome=Outcome.COMPLETED, utc_offset=OFFSET,
        prompted=start, started=start, ended=start + 29.5 * 60,
    )  # fmt: skip
    [day] = daily_stats(
        [MONDAY],
        [],
        [brk],
        goals=[GoalSetting(GoalMetric.MOVEMENT_MINUTES, 30, MONDAY)],
        default_goal=GoalSetting(GoalMetric.MOVEMENT_MINUTES, 30, MONDAY),
        natural_break_cap_minutes=10,
    )
    assert day.movement_minutes == 29.5 and not day.goal_met
    assert goal_phrase(day) == "29 of 30 movement minutes"
    out = io.StringIO()
    from standup_buddy import cli

    cli._print_stats_rows([day], out)
    line = out.getvalue().splitlines()[1]
    assert re.search(r"29 min\s+29/30 movement minutes$", line), line
