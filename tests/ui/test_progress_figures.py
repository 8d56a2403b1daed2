"""How the Progress window arranges the statistics: stacks, goal line, sentences, streaks."""

from __future__ import annotations

import datetime as dt

from standup_buddy.core.model import ActivityKind, GoalMetric, Interval
from standup_buddy.core.stats import DayStats
from standup_buddy.ui.progress.figures import (
    best_streak,
    current_streak,
    day_segments,
    goal_runs,
    nice_ceiling,
    stack,
    timeline_span,
    week_of,
    week_sentence,
)

MONDAY = dt.date(2026, 3, 23)
WORK = frozenset(range(5))


def day(
    offset: int,
    *,
    value: float = 0.0,
    target: int = 30,
    metric: GoalMetric = GoalMetric.MOVEMENT_MINUTES,
    longest: float = 0.0,
) -> DayStats:
    """A day whose movement is ``value`` minutes, two thirds from stretch breaks."""
    from_breaks = round(value * 2 / 3, 1)
    return DayStats(
        date=MONDAY + dt.timedelta(days=offset),
        sitting_minutes=longest,
        longest_sitting_minutes=longest,
        standing_minutes=0.0,
        paused_minutes=0.0,
        breaks_completed=3 if value else 0,
        breaks_skipped=0,
        breaks_snoozed=0,
        breaks_missed=0,
        break_minutes=from_breaks,
        natural_breaks=1 if value else 0,
        natural_break_minutes=round(value - from_breaks, 1),
        movement_minutes=value,
        movement_from_breaks=from_breaks,
        movement_from_natural=round(value - from_breaks, 1),
        active_hours=2 if value else 0,
        goal_metric=metric,
        goal_target=target,
        goal_value=value if metric is GoalMetric.MOVEMENT_MINUTES else 4,
        goal_met=(value if metric is GoalMetric.MOVEMENT_MINUTES else 4) >= target,
    )


def test_a_week_runs_monday_to_sunday() -> None:
    week = week_of(dt.date(2026, 3, 29))
    assert week[0] == MONDAY and week[-1] == dt.date(2026, 3, 29)
    assert week_of(MONDAY) == week


def test_bars_stack_by_source_and_add_up_to_the_days_figure() -> None:
    d = day(0, value=31.5)
    first, second = stack(d, GoalMetric.MOVEMENT_MINUTES)
    assert round(first + second, 1) == d.movement_minutes
    assert stack(d, GoalMetric.BREAKS) == (3.0, 1.0)
    assert stack(d, GoalMetric.ACTIVE_HOURS) == (2.0, 0.0)


def test_goal_line_steps_on_the_day_the_goal_changed() -> None:
    days = [day(i, target=30 if i < 2 else 45) for i in range(5)]
    assert goal_runs(days, GoalMetric.MOVEMENT_MINUTES) == [
        [(0.0, 30.0), (1.0, 30.0), (2.0, 30.0), (2.0, 45.0), (3.0, 45.0), (4.0, 45.0), (5.0, 45.0)]
    ]


def test_goal_line_leaves_a_gap_where_the_goal_counted_another_unit() -> None:
    days = [day(0), day(1, metric=GoalMetric.BREAKS, target=6), day(2)]
    runs = goal_runs(days, GoalMetric.MOVEMENT_MINUTES)
    assert runs == [[(0.0, 30.0), (1.0, 30.0)], [(2.0, 30.0), (3.0, 30.0)]]


def test_week_sentence_counts_work_days_and_names_the_longest_sit() -> None:
    days = [
        day(0, value=30, longest=50),
        day(1, value=5, longest=100),
        day(2, value=40),
        day(3, value=31),
        day(4),
        day(5, value=60, longest=20),
        day(6),
    ]
    sentence = week_sentence(days, WORK, today=MONDAY + dt.timedelta(days=6))
    assert sentence == "Goal met 3 of 5 work days; longest sit 1 h 40 min on Tuesday."


def test_week_sentence_in_the_running_week_says_so_far() -> None:
    days = [day(0, value=30, longest=45), day(1, value=3, longest=20)] + [
        day(i) for i in range(2, 7)
    ]
    sentence = week_sentence(days, WORK, today=MONDAY + dt.timedelta(days=1))
    assert sentence == "Goal met 1 of 2 work days so far; longest sit 45 min on Monday."


def test_an_empty_week_says_nothing_was_recorded() -> None:
    days = [day(i) for i in range(7)]
    assert week_sentence(days, WORK, MONDAY + dt.timedelta(days=9)) == (
        "Nothing was recorded this week."
    )


def test_streaks_skip_weekends_and_today_not_yet_met() -> None:
    # Thu and Fri met, weekend empty, Mon met, Tue (today) not met yet.
    days = [day(i, value=v) for i, v in enumerate([0, 0, 0, 40, 40, 0, 0])]
    days += [day(7, value=35), day(8, value=3)]
    today = days[-1].date
    assert current_streak(reversed(days), WORK, today) == (3, True)
    assert best_streak(days, WORK, today) == 3


def test_current_streak_asks_for_more_days_when_no_miss_was_seen() -> None:
    days = [day(i, value=40) for i in range(5)]
    assert current_streak(reversed(days), WORK, days[-1].date) == (5, False)


def test_axis_tops_are_round_numbers_above_the_data() -> None:
    top, step = nice_ceiling(47.3, 30)
    assert top >= 47.3 and top % step == 0 and top / step <= 6
    assert nice_ceiling(0, 30)[0] == 30


def test_timeline_places_a_dst_day_by_wall_clock() -> None:
    sunday = dt.date(2026, 3, 29)
    # 01:30-02:00 at UTC+1, then the clocks jump: 03:00-03:30 at UTC+2.
    first = Interval(ActivityKind.SITTING, 1774744200.0, 1774746000.0, 3600)
    second = Interval(ActivityKind.SITTING, 1774746000.0, 1774747800.0, 7200)
    segments = day_segments([first, second], sunday)
    assert [(s.start_minute, s.end_minute) for s in segments] == [(90, 120), (180, 210)]
    assert timeline_span(segments, dt.time(8), dt.time(19), None) == (60.0, 19 * 60.0)


def test_week_sentence_says_one_work_day_in_the_singular() -> None:
    # A week whose only work day so far is Monday: "1 work day", never "1 work days".
    days = [day(0, value=30, longest=45)] + [day(i) for i in range(1, 7)]
    sentence = week_sentence(days, WORK, today=MONDAY)
    assert sentence == "Goal met 1 of 1 work day so far; longest sit 45 min on Monday."
    finished = week_sentence(days, frozenset({0}), today=MONDAY + dt.timedelta(days=6))
    assert finished == "Goal met 1 of 1 work day; longest sit 45 min on Monday."
