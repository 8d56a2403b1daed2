"""Per-day figures from activity intervals and breaks (SPEC sections 2 and 5).

Pure functions: the CLI (``standup-buddy stats``), the Progress window and the
benchmarks all call these, so every surface shows the same numbers.

Decisions worth knowing (also in ``docs/statistics.md``):

* A day is the user's local calendar date, taken from each record's own UTC
  offset, so DST days have 23 or 25 hours and travel moves the boundaries.
* An interval that crosses local midnight is split there; each part counts
  on its own day.
* The longest sitting streak of a day is the longest run of sitting inside
  that day; the run is broken by a natural break, a prompted break, or a
  skipped break, and is *not* broken (nor grown) by standing or paused time.
* Natural breaks, completed breaks and active hours belong to the day (and
  the clock hour) in which they start.
* ``breaks_snoozed`` counts snoozes: a break snoozed twice then completed adds
  two snoozes and one completed break.
* The ``breaks`` goal counts every time the user got up: completed prompted
  breaks plus natural breaks.
* Minutes are rounded to one decimal, and ``goal_met`` compares the rounded
  value, so the figure shown and the verdict always agree.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from standup_buddy.core.model import (
    SECONDS_PER_MINUTE,
    ActivityKind,
    BreakRecord,
    GoalMetric,
    GoalSetting,
    Interval,
    Outcome,
    instant_of_local,
    local_date,
    local_datetime,
)

_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class DayStats:
    """The figures of one local date, in the shape of ``stats --json``."""

    date: dt.date
    sitting_minutes: float
    longest_sitting_minutes: float
    standing_minutes: float
    paused_minutes: float
    breaks_completed: int
    breaks_skipped: int
    breaks_snoozed: int
    breaks_missed: int
    break_minutes: float
    natural_breaks: int
    natural_break_minutes: float
    movement_minutes: float
    movement_from_breaks: float
    movement_from_natural: float
    active_hours: int
    goal_metric: GoalMetric
    goal_target: int
    goal_value: float
    goal_met: bool

    def to_json(self) -> dict[str, object]:
        """The SPEC section 5 JSON object for this day."""
        return {
            "date": self.date.isoformat(),
            "sitting_minutes": self.sitting_minutes,
            "longest_sitting_minutes": self.longest_sitting_minutes,
            "standing_minutes": self.standing_minutes,
            "paused_minutes": self.paused_minutes,
            "breaks_completed": self.breaks_completed,
            "breaks_skipped": self.breaks_skipped,
            "breaks_snoozed": self.breaks_snoozed,
            "breaks_missed": self.breaks_missed,
            "break_minutes": self.break_minutes,
            "natural_breaks": self.natural_breaks,
            "natural_break_minutes": self.natural_break_minutes,
            "movement_minutes": self.movement_minutes,
            "active_hours": self.active_hours,
            "goal_metric": self.goal_metric.value,
            "goal_target": self.goal_target,
            "goal_value": self.goal_value,
            "goal_met": self.goal_met,
        }


@dataclass(slots=True)
class _Acc:
    sitting: float = 0.0
    longest: float = 0.0
    standing: float = 0.0
    paused: float = 0.0
    completed: int = 0
    skipped: int = 0
    snoozed: int = 0
    missed: int = 0
    break_seconds: float = 0.0
    natural: int = 0
    natural_seconds: float = 0.0
    natural_capped: float = 0.0
    hours: set[int] = field(default_factory=set)


def split_at_local_midnight(interval: Interval) -> list[Interval]:
    """Cut ``interval`` at every local midnight it crosses (in its own offset)."""
    parts: list[Interval] = []
    start = interval.start
    while True:
        next_day = local_date(start, interval.utc_offset) + _ONE_DAY
        midnight = instant_of_local(dt.datetime.combine(next_day, dt.time()), interval.utc_offset)
        if midnight >= interval.end:
            parts.append(Interval(interval.kind, start, interval.end, interval.utc_offset))
            return parts
        parts.append(Interval(interval.kind, start, midnight, interval.utc_offset))
        start = midnight


def goal_in_force(day: dt.date, goals: Sequence[GoalSetting], default: GoalSetting) -> GoalSetting:
    """The goal that applied on ``day``: the latest one effective on or before it.

    Days before the first recorded goal use the first recorded goal (it is the
    one the user started with); with no history at all, ``default``.
    """
    chosen: GoalSetting | None = None
    for goal in sorted(goals, key=lambda g: g.effective):
        if goal.effective <= day:
            chosen = goal
        elif chosen is None:
            return goal
        else:
            break
    return chosen if chosen is not None else default


def daily_stats(
    days: Sequence[dt.date],
    intervals: Iterable[Interval],
    breaks: Iterable[BreakRecord],
    *,
    goals: Sequence[GoalSetting],
    default_goal: GoalSetting,
    natural_break_cap_minutes: int,
) -> list[DayStats]:
    """Figures for each of ``days`` (in the order given).

    Records outside those days are ignored, so callers may pass a generous
    superset (for instance everything that overlaps the range by a day).
    """
    wanted = set(days)
    acc: dict[dt.date, _Acc] = defaultdict(_Acc)
    cap = natural_break_cap_minutes * SECONDS_PER_MINUTE

    # Streak boundaries: natural and prompted breaks, and skipped breaks.
    resets: list[float] = []
    for brk in breaks:
        day = local_date(brk.anchor, brk.utc_offset)
        if brk.outcome is Outcome.SKIPPED:
            resets.append(brk.ended if brk.ended is not None else brk.anchor)
        if day not in wanted:
            continue
        a = acc[day]
        a.snoozed += brk.snoozes
        if brk.outcome is Outcome.COMPLETED:
            a.completed += 1
            a.break_seconds += brk.seconds_moving
            a.hours.add(local_datetime(brk.anchor, brk.utc_offset).hour)
        elif brk.outcome is Outcome.SKIPPED:
            a.skipped += 1
        elif brk.outcome is Outcome.MISSED:
            a.missed += 1
        else:
            a.snoozed += 1

    pieces: list[Interval] = []
    ordered = sorted(intervals, key=lambda i: i.start)
    for interval in ordered:
        if interval.kind in (ActivityKind.NATURAL_BREAK, ActivityKind.BREAK):
            resets.append(interval.start)
        pieces.extend(split_at_local_midnight(interval))
    for run in _natural_break_runs(ordered):
        day = local_date(run.start, run.utc_offset)
        if day in wanted:
            a = acc[day]
            a.natural += 1
            a.natural_capped += min(run.seconds, cap)
            a.hours.add(local_datetime(run.start, run.utc_offset).hour)

    for piece in pieces:
        day = local_date(piece.start, piece.utc_offset)
        if day not in wanted:
            continue
        a = acc[day]
        if piece.kind is ActivityKind.SITTING:
            a.sitting += piece.seconds
        elif piece.kind is ActivityKind.STANDING:
            a.standing += piece.seconds
        elif piece.kind is ActivityKind.PAUSED:
            a.paused += piece.seconds
        elif piece.kind is ActivityKind.NATURAL_BREAK:
            a.natural_seconds += piece.seconds

    for day, longest in _longest_streaks(pieces, resets).items():
        if day in wanted:
            acc[day].longest = longest

    return [_finish(day, acc[day], goal_in_force(day, goals, default_goal)) for day in days]


def _natural_break_runs(ordered: list[Interval]) -> list[Interval]:
    """Natural breaks as the user lived them: stored pieces that touch are one break.

    Writers split an interval at local midnight and where the UTC offset
    changes; an evening-to-morning absence is still one natural break, counted
    once (and capped once) on the day it began.
    """
    runs: list[Interval] = []
    for interval in ordered:
        if interval.kind is not ActivityKind.NATURAL_BREAK:
            continue
        if runs and abs(runs[-1].end - interval.start) < 1e-6:
            last = runs[-1]
            runs[-1] = Interval(last.kind, last.start, interval.end, last.utc_offset)
        else:
            runs.append(interval)
    return runs


def _longest_streaks(pieces: list[Interval], resets: list[float]) -> dict[dt.date, float]:
    """Longest run of sitting within each day, broken at every reset instant.

    A reset that falls inside a sitting piece (a skip while sitting) cuts the
    run there; one that falls between two pieces cuts it before the second.
    """
    sitting = sorted((p for p in pieces if p.kind is ActivityKind.SITTING), key=lambda p: p.start)
    reset_points = sorted(resets)
    longest: dict[dt.date, float] = {}
    run_day: dt.date | None = None
    run = 0.0
    r = 0
    for piece in sitting:
        day = local_date(piece.start, piece.utc_offset)
        if day != run_day:
            run, run_day = 0.0, day
        cursor = piece.start
        while r < len(reset_points) and reset_points[r] < piece.end:
            point = reset_points[r]
            r += 1
            if point > cursor:
                run += point - cursor
                longest[day] = max(longest.get(day, 0.0), run)
                cursor = point
            run = 0.0
        run += piece.end - cursor
        longest[day] = max(longest.get(day, 0.0), run)
    return longest


def _minutes(seconds: float) -> float:
    return round(seconds / SECONDS_PER_MINUTE, 1)


def _finish(day: dt.date, a: _Acc, goal: GoalSetting) -> DayStats:
    from_breaks = _minutes(a.break_seconds)
    from_natural = _minutes(a.natural_capped)
    movement = round(from_breaks + from_natural, 1)
    value: float
    if goal.metric is GoalMetric.MOVEMENT_MINUTES:
        value = movement
    elif goal.metric is GoalMetric.BREAKS:
        value = a.completed + a.natural
    else:
        value = len(a.hours)
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
        break_minutes=from_breaks,
        natural_breaks=a.natural,
        natural_break_minutes=_minutes(a.natural_seconds),
        movement_minutes=movement,
        movement_from_breaks=from_breaks,
        movement_from_natural=from_natural,
        active_hours=len(a.hours),
        goal_metric=goal.metric,
        goal_target=goal.target,
        goal_value=value,
        goal_met=value >= goal.target,
    )


def date_range(last: dt.date, count: int) -> list[dt.date]:
    """``count`` consecutive dates ending with ``last``, oldest first."""
    return [last - dt.timedelta(days=offset) for offset in range(count - 1, -1, -1)]
