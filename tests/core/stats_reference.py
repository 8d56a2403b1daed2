"""The statistics as they were first written, kept to check the fast path against.

``core.stats.daily_stats_from_rows`` writes the day arithmetic out inline to
run fast over a year of rows; this copy calls a helper for every row and every
piece, which is easy to read. The two must give identical figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from standup_buddy.core.model import SECONDS_PER_MINUTE, GoalMetric, GoalSetting
from standup_buddy.core.stats import (
    _BREAK,
    _COMPLETED,
    _MISSED,
    _NATURAL,
    _PAUSED,
    _SITTING,
    _SKIPPED,
    _STANDING,
    BreakRow,
    DayStats,
    IntervalRow,
    _Acc,
    _goals_by_day,
    _local_hour,
    _minutes,
    day_number,
    exact_minutes,
    local_day,
    tenths,
)

_EMPTY = _Acc()
"""A day with no records (shared, never written to)."""


def reference_daily_stats(
    days: Sequence[dt.date],
    intervals: Sequence[IntervalRow],
    breaks: Iterable[BreakRow],
    *,
    goals: Sequence[GoalSetting],
    default_goal: GoalSetting,
    natural_break_cap_minutes: int,
    first_day: dt.date | None = None,
) -> list[DayStats]:
    """The per-day figures written plainly: one helper call per row and piece."""
    numbers = [day_number(d) for d in days]
    wanted = set(numbers)
    acc: dict[int, _Acc] = {}
    cap = natural_break_cap_minutes * SECONDS_PER_MINUTE

    def slot(day: int) -> _Acc:
        a = acc.get(day)
        if a is None:
            a = acc[day] = _Acc()
        return a

    # Streak boundaries: natural and prompted breaks, and skipped breaks.
    resets: list[float] = []
    for anchor, outcome, offset, started, ended, snoozes in breaks:
        if outcome == _SKIPPED:
            resets.append(ended if ended is not None else anchor)
        day = local_day(anchor, offset)[0]
        if day not in wanted:
            continue
        a = slot(day)
        a.snoozed += snoozes
        if outcome == _COMPLETED:
            a.completed += 1
            if started is not None and ended is not None and ended > started:
                a.break_seconds += ended - started
            a.hours.add(_local_hour(anchor, offset))
        elif outcome == _SKIPPED:
            a.skipped += 1
        elif outcome == _MISSED:
            a.missed += 1
        else:
            a.snoozed += 1

    # One pass: split at local midnight, add up by kind, natural-break runs
    # (stored pieces that touch are one break, counted on the day it began).
    sitting: list[tuple[float, float, int]] = []
    run_start = run_end = 0.0
    run_offset = 0
    in_run = False
    for kind, start, end, offset in intervals:
        if kind in (_NATURAL, _BREAK):
            resets.append(start)
        if kind == _NATURAL:
            if in_run and abs(run_end - start) < 1e-6:
                run_end = end
            else:
                if in_run:
                    _reference_natural_run(acc, wanted, (run_start, run_end, run_offset), cap)
                run_start, run_end, run_offset, in_run = start, end, offset, True
        cursor = start
        while True:
            day, midnight = local_day(cursor, offset)
            stop = end if midnight >= end else midnight
            if kind == _SITTING:
                sitting.append((cursor, stop, day))
            if day in wanted:
                bucket = acc.get(day)
                if bucket is None:
                    bucket = acc[day] = _Acc()
                if kind == _SITTING:
                    bucket.sitting += stop - cursor
                elif kind == _STANDING:
                    bucket.standing += stop - cursor
                elif kind == _PAUSED:
                    bucket.paused += stop - cursor
                elif kind == _NATURAL:
                    bucket.natural_seconds += stop - cursor
            if stop >= end:
                break
            cursor = midnight
    if in_run:
        _reference_natural_run(acc, wanted, (run_start, run_end, run_offset), cap)

    for day, longest in _reference_longest_streaks(sitting, resets).items():
        if day in wanted:
            slot(day).longest = longest

    first = None if first_day is None else day_number(first_day)
    empty = _EMPTY
    in_force = _goals_by_day(days, goals, default_goal)
    return [
        _reference_finish(d, acc.get(n, empty), goal, first is not None and n < first)
        for d, n, goal in zip(days, numbers, in_force, strict=True)
    ]



def _reference_natural_run(
    acc: dict[int, _Acc], wanted: set[int], run: tuple[float, float, int], cap: float
) -> None:
    start, end, offset = run
    day = local_day(start, offset)[0]
    if day not in wanted:
        return
    a = acc.get(day)
    if a is None:
        a = acc[day] = _Acc()
    a.natural += 1
    a.natural_capped += min(end - start, cap)
    a.hours.add(_local_hour(start, offset))


def _reference_longest_streaks(
    sitting: list[tuple[float, float, int]], resets: list[float]
) -> dict[int, float]:
    """Longest run of sitting within each day, broken at every reset instant.

    A reset that falls inside a sitting piece (a skip while sitting) cuts the
    run there; one that falls between two pieces cuts it before the second.
    """
    sitting.sort(key=lambda p: p[0])
    reset_points = sorted(resets)
    longest: dict[int, float] = {}
    run_day: int | None = None
    run = 0.0
    r = 0
    count = len(reset_points)
    for start, end, day in sitting:
        if day != run_day:
            run, run_day = 0.0, day
        cursor = start
        while r < count and reset_points[r] < end:
            point = reset_points[r]
            r += 1
            if point > cursor:
                run += point - cursor
                if run > longest.get(day, 0.0):
                    longest[day] = run
                cursor = point
            run = 0.0
        run += end - cursor
        longest[day] = max(longest.get(day, 0.0), run)
    return longest



def _reference_finish(day: dt.date, a: _Acc, goal: GoalSetting, before_history: bool) -> DayStats:
    if a is _EMPTY:
        return DayStats(
            day, 0.0, 0.0, 0.0, 0.0, 0, 0, 0, 0, 0.0, 0, 0.0, 0.0, 0.0, 0.0, 0,
            goal.metric, goal.target, 0.0 if goal.metric is GoalMetric.MOVEMENT_MINUTES else 0,
            goal.target <= 0, before_history,
        )  # fmt: skip
    breaks_exact = exact_minutes(a.break_seconds)
    natural_exact = exact_minutes(a.natural_capped)
    movement_exact = breaks_exact + natural_exact
    movement = tenths(movement_exact)
    value: float
    exact: float
    if goal.metric is GoalMetric.MOVEMENT_MINUTES:
        value, exact = movement, movement_exact
    elif goal.metric is GoalMetric.BREAKS:
        value = exact = a.completed + a.natural
    else:
        value = exact = len(a.hours)
    return DayStats(
        date=day,
        sitting_minutes=_minutes(a.sitting),
        longest_sitting_minutes=_minutes(a.longest),
        standing_minutes=_minutes(a.standing),
        paused_minutes=_minutes(a.paused),
        breaks_completed=a.completed,
        breaks_skipped=a.skipped,
        breaks_snoozed=a.snoozed,
        breaks_missed=a.missed,
        break_minutes=tenths(breaks_exact),
        natural_breaks=a.natural,
        natural_break_minutes=_minutes(a.natural_seconds),
        movement_minutes=movement,
        movement_from_breaks=tenths(breaks_exact),
        movement_from_natural=tenths(natural_exact),
        active_hours=len(a.hours),
        goal_metric=goal.metric,
        goal_target=goal.target,
        goal_value=value,
        # Compared on the exact value (the one rounding rule, docs/statistics.md).
        goal_met=exact >= goal.target,
        before_history=before_history,
    )
