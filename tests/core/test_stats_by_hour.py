"""The hour-of-day view's figures come from the same sitting runs as the daily longest sit."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from tests.core.test_stats import DAYS, brk, run, span, timelines

from standup_buddy.core.model import ActivityKind, BreakRecord, Interval, Outcome
from standup_buddy.core.stats import sitting_runs_by_hour

DAY = dt.date(2026, 11, 24)


def rows(intervals: list[Interval]) -> list[tuple[str, float, float, int]]:
    return sorted(
        ((i.kind.value, i.start, i.end, i.utc_offset) for i in intervals), key=lambda r: r[1]
    )


def break_rows(
    breaks: list[BreakRecord],
) -> list[tuple[float, str, int, float | None, float | None, int]]:
    return [
        (b.anchor, b.outcome.value, b.utc_offset, b.started, b.ended, b.snoozes) for b in breaks
    ]


def test_after_lunch_the_two_hour_sit_shows_at_13() -> None:
    intervals = [
        span(ActivityKind.SITTING, DAY, "09:00", "09:40"),
        span(ActivityKind.BREAK, DAY, "09:40", "09:45"),
        span(ActivityKind.SITTING, DAY, "09:45", "12:00"),
        span(ActivityKind.NATURAL_BREAK, DAY, "12:00", "13:00"),
        span(ActivityKind.SITTING, DAY, "13:00", "15:00"),
        span(ActivityKind.SITTING, DAY, "15:00", "15:30"),  # stored in two pieces: one run
    ]
    skip = brk(DAY, "10:30", "10:30", Outcome.SKIPPED)
    hours = sitting_runs_by_hour(rows(intervals), break_rows([skip]), [DAY])
    assert hours[13] == 150.0
    assert hours[9] == 45.0  # 09:45-10:30, cut by the skip
    assert hours[10] == 90.0  # 10:30-12:00
    assert sum(1 for h in hours if h) == 3


@settings(max_examples=100, deadline=None)
@given(timelines())
def test_the_longest_hour_is_the_longest_sit_of_those_days(intervals: list[Interval]) -> None:
    days = run(intervals)
    hours = sitting_runs_by_hour(rows(intervals), [], DAYS)
    assert max(hours) == max(d.longest_sitting_minutes for d in days)
