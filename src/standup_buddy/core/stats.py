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
* One rounding rule: minutes are cut (never rounded up) to one decimal in
  the figures and to whole minutes where people read them, and ``goal_met``
  compares the exact value; against a whole-number target the figure shown
  reaches the goal exactly when the exact value does.
* Days before the first record are ``before_history``: the app was not there
  to track them, so no goal count or streak counts them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, NamedTuple

from standup_buddy.core.model import (
    SECONDS_PER_MINUTE,
    ActivityKind,
    BreakKind,
    BreakRecord,
    GoalMetric,
    GoalSetting,
    Interval,
    Outcome,
    instant_of_local,
    local_date,
)

_ONE_DAY = dt.timedelta(days=1)


class DayStats(NamedTuple):
    """The figures of one local date, in the shape of ``stats --json``.

    A named tuple, not a frozen dataclass: a year of figures is 365 of these,
    and a frozen dataclass sets each of its 24 fields through
    ``object.__setattr__`` - ten times the cost of building a tuple, and a
    tenth of the whole year's figures.  Still immutable; ``_replace`` changes
    a copy.
    """

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
    before_history: bool = False
    """The day lies before the first record: nothing could be tracked, nothing is counted."""
    emergency_exits: int = 0
    """Breaks left by the emergency exit (each is also counted in ``breaks_skipped``)."""
    screen_time_cap_reached: bool = False
    """The daily screen-time cap was reached this day (``activity.daily_screen_time_hours``)."""

    @property
    def screen_minutes(self) -> float:
        """Time at the computer: sitting, standing and paused (breaks of any kind excluded)."""
        return self.sitting_minutes + self.standing_minutes + self.paused_minutes

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
            "before_history": self.before_history,
            "emergency_exits": self.emergency_exits,
            "screen_time_cap_reached": self.screen_time_cap_reached,
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


IntervalRow = tuple[str, float, float, int]
"""(kind value, start UTC s, end UTC s, UTC offset s): an interval as stored."""

BreakRow = tuple[float, str, int, float | None, float | None, int]
"""(anchor UTC s, outcome value, UTC offset s, started, ended, snoozes): a break as stored."""

DayTotals = tuple[
    float, float, float, float, int, int, int, int, float, int, float, float, float, int, float
]
"""A day's figures before the goal, the history start and the day marks are applied:
the ``DayStats`` fields from ``sitting_minutes`` to ``active_hours`` in their order,
``movement_from_breaks`` left out (it is ``break_minutes``), then the exact movement
minutes ``goal_met`` is decided on.  What the figure cache stores; the minutes are
cut to tenths already, the costly part of the finish (``round`` is a decimal
conversion)."""

EMPTY_TOTALS: DayTotals = (0.0, 0.0, 0.0, 0.0, 0, 0, 0, 0, 0.0, 0, 0.0, 0.0, 0.0, 0, 0.0)
"""The totals of a day with no records."""

FIGURE_RULES: Final = 1
"""The version of the rules that turn rows into ``DayTotals``.  Bump it with any
change to them (what is counted, on which day, how a run ends): the figure
cache (``storage/daystats.py``) then computes every day afresh."""

_DAY_SECONDS = 86400
_EPOCH = dt.date(1970, 1, 1)
_EPOCH_ORDINAL = _EPOCH.toordinal()

_SITTING = ActivityKind.SITTING.value
_STANDING = ActivityKind.STANDING.value
_PAUSED = ActivityKind.PAUSED.value
_NATURAL = ActivityKind.NATURAL_BREAK.value
_BREAK = ActivityKind.BREAK.value
_COMPLETED = Outcome.COMPLETED.value
_SKIPPED = Outcome.SKIPPED.value
_MISSED = Outcome.MISSED.value


def local_day(instant: float, utc_offset: int) -> tuple[int, float]:
    """The record's local day as a day number (days since 1970-01-01) and the UTC
    instant of the local midnight that ends it.

    The one place a record is put on a day: every figure below goes through it.
    """
    day = int((instant + utc_offset) // _DAY_SECONDS)
    return day, float((day + 1) * _DAY_SECONDS - utc_offset)


def day_number(day: dt.date) -> int:
    """``day`` as days since 1970-01-01 (the numbers ``local_day`` gives)."""
    return day.toordinal() - _EPOCH_ORDINAL


def _local_hour(instant: float, utc_offset: int) -> int:
    return int((instant + utc_offset) % _DAY_SECONDS // 3600)


def daily_stats(
    days: Sequence[dt.date],
    intervals: Iterable[Interval],
    breaks: Iterable[BreakRecord],
    *,
    goals: Sequence[GoalSetting],
    default_goal: GoalSetting,
    natural_break_cap_minutes: int,
    first_day: dt.date | None = None,
) -> list[DayStats]:
    """Figures for each of ``days`` (in the order given), from record objects.

    Records outside those days are ignored, so callers may pass a generous
    superset (for instance everything that overlaps the range by a day).
    """
    interval_rows = [(i.kind.value, i.start, i.end, i.utc_offset) for i in intervals]
    # Micro-pauses are their own series (micro_pauses_per_day), never movement.
    break_rows = [
        (b.anchor, b.outcome.value, b.utc_offset, b.started, b.ended, b.snoozes)
        for b in breaks
        if b.kind is BreakKind.MOVEMENT
    ]
    return daily_stats_from_rows(
        days,
        sorted(interval_rows, key=lambda r: r[1]),
        break_rows,
        goals=goals,
        default_goal=default_goal,
        natural_break_cap_minutes=natural_break_cap_minutes,
        first_day=first_day,
    )


def daily_stats_from_rows(
    days: Sequence[dt.date],
    intervals: Sequence[IntervalRow],
    breaks: Iterable[BreakRow],
    *,
    goals: Sequence[GoalSetting],
    default_goal: GoalSetting,
    natural_break_cap_minutes: int,
    first_day: dt.date | None = None,
) -> list[DayStats]:
    """Figures for each of ``days`` from stored rows (``intervals`` oldest first).

    Plain tuples and integer day numbers: no per-row objects, and nothing
    parsed that the figures do not use.  ``first_day`` is the local date of
    the first record; days before it are marked ``before_history``.
    """
    totals = day_totals_from_rows(
        [day_number(d) for d in days],
        intervals,
        breaks,
        natural_break_cap_minutes=natural_break_cap_minutes,
    )
    return figures_from_totals(
        days, totals, goals=goals, default_goal=default_goal, first_day=first_day
    )


def day_totals_from_rows(
    day_numbers: Iterable[int],
    intervals: Sequence[IntervalRow],
    breaks: Iterable[BreakRow],
    *,
    natural_break_cap_minutes: int,
) -> dict[int, DayTotals]:
    """The totals of each of ``day_numbers`` that holds a record (``intervals`` oldest first).

    A day that holds none is left out (its totals are ``EMPTY_TOTALS``).
    Each day's totals depend only on the rows near it, never on which other
    days are asked for: the figure cache (``storage/daystats.py``) relies on it.
    """
    wanted = set(day_numbers)
    acc: dict[int, _Acc] = {}
    cap = natural_break_cap_minutes * SECONDS_PER_MINUTE
    day_seconds = _DAY_SECONDS

    # Streak boundaries: natural and prompted breaks, and skipped breaks.
    # The day arithmetic is ``local_day``/``_local_hour`` written out: this
    # loop and the next run once per row, and a call per row was most of
    # their cost (365 days hold some 7,000 rows).
    resets: list[float] = []
    for anchor, outcome, offset, started, ended, snoozes in breaks:
        if outcome == _SKIPPED:
            resets.append(ended if ended is not None else anchor)
        local = anchor + offset
        day = int(local // day_seconds)
        if day not in wanted:
            continue
        a = acc.get(day)
        if a is None:
            a = acc[day] = _Acc()
        a.snoozed += snoozes
        if outcome == _COMPLETED:
            a.completed += 1
            if started is not None and ended is not None and ended > started:
                a.break_seconds += ended - started
            a.hours.add(int(local % day_seconds // 3600))
        elif outcome == _SKIPPED:
            a.skipped += 1
        elif outcome == _MISSED:
            a.missed += 1
        else:
            a.snoozed += 1

    # One pass: split at local midnight, add up by kind, natural-break runs
    # (stored pieces that touch are one break, counted on the day it began).
    # Rows come oldest first, so consecutive rows nearly always share a day:
    # the day's bucket is looked up when the day changes, not once per row.
    sitting: list[tuple[float, float, int]] = []
    add_sitting = sitting.append
    add_reset = resets.append
    run_start = run_end = 0.0
    run_offset = 0
    in_run = False
    bucket_day = -1 << 62
    bucket: _Acc | None = None
    for kind, start, end, offset in intervals:
        day = int((start + offset) // day_seconds)
        if (day + 1) * day_seconds - offset >= end:
            # The usual row: it lies inside one local day (writers split there).
            if day != bucket_day:
                bucket_day = day
                bucket = acc.get(day)
                if bucket is None and day in wanted:
                    bucket = acc[day] = _Acc()
            if kind == _SITTING:
                add_sitting((start, end, day))
                if bucket is not None:
                    bucket.sitting += end - start
                continue
            if kind == _BREAK:
                add_reset(start)
                continue
            if bucket is not None:
                if kind == _STANDING:
                    bucket.standing += end - start
                elif kind == _PAUSED:
                    bucket.paused += end - start
                elif kind == _NATURAL:
                    bucket.natural_seconds += end - start
            if kind != _NATURAL:
                continue
        else:
            # A row across local midnight (stored before writers split there).
            _split_row(acc, wanted, sitting, (kind, start, end, offset))
            if kind == _BREAK:
                add_reset(start)
                continue
            if kind != _NATURAL:
                continue
        # A natural break (its minutes are added above).
        add_reset(start)
        if in_run and abs(run_end - start) < 1e-6:
            run_end = end
        else:
            if in_run:
                _natural_run(acc, wanted, (run_start, run_end, run_offset), cap)
            run_start, run_end, run_offset, in_run = start, end, offset, True
    if in_run:
        _natural_run(acc, wanted, (run_start, run_end, run_offset), cap)

    for day, longest in _longest_streaks(sitting, resets).items():
        if day in wanted:
            a = acc.get(day)
            if a is None:
                a = acc[day] = _Acc()
            a.longest = longest

    return {day: _totals(a) for day, a in acc.items()}


def figures_from_totals(
    days: Sequence[dt.date],
    totals: Mapping[int, DayTotals],
    *,
    goals: Sequence[GoalSetting],
    default_goal: GoalSetting,
    first_day: dt.date | None = None,
) -> list[DayStats]:
    """The figures of each of ``days`` from its totals: the goal in force and the
    history start applied (a day missing from ``totals`` holds no record)."""
    first = None if first_day is None else day_number(first_day)
    empty = EMPTY_TOTALS
    in_force = _goals_by_day(days, goals, default_goal)
    return [
        _finish(d, totals.get(n, empty), goal, first is not None and n < first)
        for d, n, goal in zip(days, (day_number(d) for d in days), in_force, strict=True)
    ]


def _split_row(
    acc: dict[int, _Acc],
    wanted: set[int],
    sitting: list[tuple[float, float, int]],
    row: IntervalRow,
) -> None:
    """A row across local midnight (stored before writers split there): each
    piece counts on its own day."""
    kind, start, end, offset = row
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
            return
        cursor = midnight


def _goals_by_day(
    days: Sequence[dt.date], goals: Sequence[GoalSetting], default: GoalSetting
) -> list[GoalSetting]:
    """``goal_in_force`` for each of ``days``, sorting the goal history once."""
    ordered = sorted(goals, key=lambda g: g.effective)
    if not ordered:
        return [default] * len(days)
    effective = [g.effective for g in ordered]
    return [ordered[max(0, bisect.bisect_right(effective, d) - 1)] for d in days]




def _natural_run(
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


_first = operator.itemgetter(0)


def _longest_streaks(
    sitting: list[tuple[float, float, int]], resets: list[float]
) -> dict[int, float]:
    """Longest run of sitting within each day, broken at every reset instant.

    A reset that falls inside a sitting piece (a skip while sitting) cuts the
    run there; one that falls between two pieces cuts it before the second.
    """
    sitting.sort(key=_first)
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


def sitting_runs_by_hour(
    intervals: Sequence[IntervalRow], breaks: Iterable[BreakRow], days: Sequence[dt.date]
) -> list[float]:
    """For each clock hour 0..23, the longest sitting run (minutes) that began in it.

    Runs are the ones the daily "longest sit" is taken from (split at local
    midnight, broken by breaks and skips, not by standing), so the hour view
    and ``stats`` cannot disagree: the largest hour equals the largest
    ``longest_sitting_minutes`` of the same days.
    """
    wanted = {day_number(d) for d in days}
    resets = [
        (ended if ended is not None else anchor)
        for anchor, outcome, _o, _s, ended, _n in breaks
        if outcome == _SKIPPED
    ]
    sitting: list[tuple[float, float, int, int]] = []
    for kind, start, end, offset in intervals:
        if kind in (_NATURAL, _BREAK):
            resets.append(start)
        if kind != _SITTING:
            continue
        cursor = start
        while True:
            day, midnight = local_day(cursor, offset)
            stop = end if midnight >= end else midnight
            sitting.append((cursor, stop, day, offset))
            if stop >= end:
                break
            cursor = midnight
    sitting.sort(key=lambda p: p[0])
    reset_points = sorted(resets)
    hours = [0.0] * 24
    run_day: int | None = None
    run = 0.0
    run_start = 0.0
    run_offset = 0
    r = 0

    def close() -> None:
        if run_day in wanted and run > 0:
            hour = _local_hour(run_start, run_offset)
            hours[hour] = max(hours[hour], run)

    for start, end, day, offset in sitting:
        if day != run_day:
            close()
            run, run_day, run_start, run_offset = 0.0, day, start, offset
        cursor = start
        if run == 0.0:
            run_start, run_offset = start, offset
        while r < len(reset_points) and reset_points[r] < end:
            point = reset_points[r]
            r += 1
            if point > cursor:
                run += point - cursor
                cursor = point
            close()
            run, run_start, run_offset = 0.0, cursor, offset
        run += end - cursor
    close()
    return [tenths(exact_minutes(h)) for h in hours]


def exact_minutes(seconds: float) -> float:
    """Seconds as minutes, free of float noise (to a millionth of a minute)."""
    return round(seconds / SECONDS_PER_MINUTE, 6)


def tenths(minutes: float) -> float:
    """Minutes cut (never rounded up) to one decimal: the figure ``stats --json`` gives.

    Cutting keeps the one rounding rule: a figure shown is never more than the
    exact value, so it reaches the goal exactly when the exact value does.
    """
    return math.floor(round(minutes * 10, 6)) / 10


def _minutes(seconds: float) -> float:
    return tenths(exact_minutes(seconds))


def _totals(a: _Acc) -> DayTotals:
    """A day's sums as the figures give them: minutes cut to tenths, the exact movement."""
    floor = math.floor
    per_minute = SECONDS_PER_MINUTE
    # ``tenths(exact_minutes(s))`` written out: it runs ten times a day, and
    # most days have no standing or paused time (0 s gives 0.0 minutes).
    sitting = a.sitting
    sitting = floor(round(round(sitting / per_minute, 6) * 10, 6)) / 10 if sitting else 0.0
    longest = a.longest
    longest = floor(round(round(longest / per_minute, 6) * 10, 6)) / 10 if longest else 0.0
    standing = a.standing
    standing = floor(round(round(standing / per_minute, 6) * 10, 6)) / 10 if standing else 0.0
    paused = a.paused
    paused = floor(round(round(paused / per_minute, 6) * 10, 6)) / 10 if paused else 0.0
    natural = a.natural_seconds
    natural = floor(round(round(natural / per_minute, 6) * 10, 6)) / 10 if natural else 0.0
    breaks_exact = round(a.break_seconds / per_minute, 6)
    natural_exact = round(a.natural_capped / per_minute, 6)
    movement_exact = breaks_exact + natural_exact
    return (
        sitting, longest, standing, paused, a.completed, a.skipped, a.snoozed, a.missed,
        floor(round(breaks_exact * 10, 6)) / 10, a.natural, natural,
        floor(round(movement_exact * 10, 6)) / 10, floor(round(natural_exact * 10, 6)) / 10,
        len(a.hours), movement_exact,
    )  # fmt: skip


def _finish(day: dt.date, t: DayTotals, goal: GoalSetting, before_history: bool) -> DayStats:
    (
        sitting, longest, standing, paused, completed, skipped, snoozed, missed, breaks,
        natural_count, natural, movement, from_natural, hours, movement_exact,
    ) = t  # fmt: skip
    value: float
    exact: float
    metric = goal.metric
    if metric is GoalMetric.MOVEMENT_MINUTES:
        value, exact = movement, movement_exact
    elif metric is GoalMetric.BREAKS:
        value = exact = completed + natural_count
    else:
        value = exact = hours
    return DayStats(
        day, sitting, longest, standing, paused, completed, skipped, snoozed, missed,
        breaks, natural_count, natural, movement, breaks, from_natural, hours,
        metric, goal.target, value,
        # Compared on the exact value (the one rounding rule, docs/statistics.md).
        exact >= goal.target,
        before_history,
    )  # fmt: skip


def micro_pauses_per_day(
    days: Sequence[dt.date], micro: Iterable[tuple[float, str, int]]
) -> list[int]:
    """Micro-pauses taken on each of ``days``: those shown through (``completed``).

    ``micro`` holds (anchor, outcome, utc_offset) of micro-pause records; one
    waved away (``skipped``) is not counted as taken.
    """
    counts = dict.fromkeys((day_number(d) for d in days), 0)
    for anchor, outcome, offset in micro:
        day = local_day(anchor, offset)[0]
        if day in counts and outcome == _COMPLETED:
            counts[day] += 1
    return [counts[day_number(d)] for d in days]


def date_range(last: dt.date, count: int) -> list[dt.date]:
    """``count`` consecutive dates ending with ``last``, oldest first."""
    return [last - dt.timedelta(days=offset) for offset in range(count - 1, -1, -1)]
