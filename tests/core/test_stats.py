"""Per-day statistics: hand-computed figures, DST days, midnight, properties."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

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
from standup_buddy.core.stats import (
    daily_stats,
    date_range,
    goal_in_force,
    split_at_local_midnight,
)

BERLIN = ZoneInfo("Europe/Berlin")
DEFAULT_GOAL = GoalSetting(GoalMetric.MOVEMENT_MINUTES, 30, dt.date(2000, 1, 1))
S, N, B, ST, P = (
    ActivityKind.SITTING,
    ActivityKind.NATURAL_BREAK,
    ActivityKind.BREAK,
    ActivityKind.STANDING,
    ActivityKind.PAUSED,
)


def at(day: dt.date, hhmm: str, tz: ZoneInfo = BERLIN) -> tuple[float, int]:
    hour, minute = map(int, hhmm.split(":"))
    local = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=tz)
    offset = local.utcoffset()
    assert offset is not None
    return local.timestamp(), int(offset.total_seconds())


def span(kind: ActivityKind, day: dt.date, start: str, end: str) -> Interval:
    a, off = at(day, start)
    b, _ = at(day, end)
    return Interval(kind, a, b, off)


def brk(day: dt.date, start: str, end: str, outcome: Outcome = Outcome.COMPLETED,
        snoozes: int = 0) -> BreakRecord:
    a, off = at(day, start)
    b, _ = at(day, end)
    return BreakRecord(due=a, outcome=outcome, utc_offset=off, prompted=a, started=a,
                       ended=b, snoozes=snoozes, stretch_ids=("walk-break",))


def stats(days: list[dt.date], intervals: list[Interval], breaks: list[BreakRecord],
          goals: list[GoalSetting] | None = None, cap: int = 10) -> list[dict[str, object]]:
    return [d.to_json() for d in daily_stats(
        days, intervals, breaks, goals=goals or [], default_goal=DEFAULT_GOAL,
        natural_break_cap_minutes=cap)]


DAY = dt.date(2026, 11, 23)  # a Monday


def test_scripted_day_matches_hand_computed_figures() -> None:
    intervals = [
        span(S, DAY, "09:00", "09:30"),
        span(B, DAY, "09:30", "09:33"),      # completed prompted break: 3 min
        span(S, DAY, "09:33", "10:40"),      # 67 min
        span(N, DAY, "10:40", "11:00"),      # natural break 20 min -> capped 10
        span(S, DAY, "11:00", "11:45"),      # 45 min
        span(ST, DAY, "11:45", "12:15"),     # standing: neither grows nor resets
        span(S, DAY, "12:15", "12:30"),      # 15 more
        span(P, DAY, "12:30", "13:00"),
        span(N, DAY, "13:00", "13:04"),      # 4 min natural break (counts 4)
    ]
    breaks = [
        brk(DAY, "09:30", "09:33", snoozes=1),
        brk(DAY, "11:20", "11:20", Outcome.SKIPPED),  # skip restarts the streak at 11:20
    ]
    [day] = stats([DAY], intervals, breaks)
    assert day["date"] == "2026-11-23"
    assert day["sitting_minutes"] == 30 + 67 + 45 + 15
    assert day["longest_sitting_minutes"] == 67.0  # after the skip: 25 + 15 = 40
    assert day["standing_minutes"] == 30
    assert day["paused_minutes"] == 30
    assert day["breaks_completed"] == 1
    assert day["breaks_skipped"] == 1
    assert day["breaks_snoozed"] == 1
    assert day["natural_breaks"] == 2
    assert day["natural_break_minutes"] == 24
    assert day["movement_minutes"] == 3 + 10 + 4
    assert day["active_hours"] == 3  # 09h, 10h, 13h
    assert day["goal_metric"] == "movement_minutes"
    assert day["goal_target"] == 30
    assert day["goal_value"] == 17
    assert day["goal_met"] is False


def test_skip_inside_a_sitting_interval_restarts_the_streak() -> None:
    intervals = [span(S, DAY, "09:00", "11:00")]
    [day] = stats([DAY], intervals, [brk(DAY, "10:15", "10:15", Outcome.SKIPPED)])
    assert day["longest_sitting_minutes"] == 75.0


def test_goal_in_force_each_day_and_change_never_rewrites_past() -> None:
    monday, tuesday, wednesday = DAY, DAY + dt.timedelta(1), DAY + dt.timedelta(2)
    goals = [
        GoalSetting(GoalMetric.MOVEMENT_MINUTES, 20, monday),
        GoalSetting(GoalMetric.BREAKS, 2, wednesday),
    ]
    intervals = [span(N, d, "10:00", "10:25") for d in (monday, tuesday, wednesday)]
    result = stats([monday, tuesday, wednesday], intervals, [], goals)
    assert [(d["goal_metric"], d["goal_target"], d["goal_value"], d["goal_met"]) for d in result] \
        == [("movement_minutes", 20, 10.0, False), ("movement_minutes", 20, 10.0, False),
            ("breaks", 2, 1, False)]
    # Days before the first recorded goal use the goal the user started with.
    assert goal_in_force(monday - dt.timedelta(5), goals, DEFAULT_GOAL).target == 20
    assert goal_in_force(monday, [], DEFAULT_GOAL) == DEFAULT_GOAL


def test_active_hours_metric() -> None:
    goals = [GoalSetting(GoalMetric.ACTIVE_HOURS, 2, DAY)]
    breaks = [brk(DAY, "09:10", "09:12"), brk(DAY, "09:50", "09:52"), brk(DAY, "14:00", "14:02")]
    [day] = stats([DAY], [], breaks, goals)
    assert day["active_hours"] == 2 and day["goal_met"] is True


def test_interval_crossing_midnight_is_split_between_days() -> None:
    start, off = at(DAY, "23:00")
    end, _ = at(DAY + dt.timedelta(1), "01:30")
    result = stats([DAY, DAY + dt.timedelta(1)], [Interval(S, start, end, off)], [])
    assert [d["sitting_minutes"] for d in result] == [60.0, 90.0]
    assert [d["longest_sitting_minutes"] for d in result] == [60.0, 90.0]


def test_natural_break_over_midnight_counts_once_on_its_start_day() -> None:
    start, off = at(DAY, "18:00")
    end, _ = at(DAY + dt.timedelta(1), "08:00")
    result = stats([DAY, DAY + dt.timedelta(1)], [Interval(N, start, end, off)], [])
    assert [d["natural_breaks"] for d in result] == [1, 0]
    assert [d["movement_minutes"] for d in result] == [10.0, 0.0]
    assert [d["natural_break_minutes"] for d in result] == [360.0, 480.0]


def test_dst_spring_forward_day_has_23_hours() -> None:
    day = dt.date(2026, 3, 29)  # Europe/Berlin: 02:00 -> 03:00
    start, off_start = at(day, "00:00")
    switch = dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC).timestamp()
    end, off_end = at(day + dt.timedelta(1), "00:00")
    # A writer splits intervals where the offset changes.
    intervals = [Interval(S, start, switch, off_start), Interval(S, switch, end, off_end)]
    [result] = stats([day], intervals, [])
    assert result["sitting_minutes"] == 23 * 60


def test_dst_fall_back_day_has_25_hours() -> None:
    day = dt.date(2026, 10, 25)  # Europe/Berlin: 03:00 -> 02:00
    start, off_start = at(day, "00:00")
    switch = dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.UTC).timestamp()
    end, off_end = at(day + dt.timedelta(1), "00:00")
    intervals = [Interval(S, start, switch, off_start), Interval(S, switch, end, off_end)]
    prev, nxt = day - dt.timedelta(1), day + dt.timedelta(1)
    result = stats([prev, day, nxt], intervals, [])
    assert [d["sitting_minutes"] for d in result] == [0.0, 25 * 60, 0.0]


def test_empty_days_have_every_field() -> None:
    days = date_range(DAY, 7)
    result = stats(days, [], [])
    assert result[0]["date"] == "2026-11-17"
    assert len(result) == 7
    for d in result:
        assert d["sitting_minutes"] == 0 and d["goal_met"] is False and d["goal_value"] == 0


def test_split_at_local_midnight_keeps_offset_and_total() -> None:
    start, off = at(DAY, "22:00")
    end, _ = at(DAY + dt.timedelta(2), "03:00")
    parts = split_at_local_midnight(Interval(S, start, end, off))
    assert len(parts) == 3
    assert sum(p.seconds for p in parts) == end - start
    assert all(p.utc_offset == off for p in parts)


# --- properties -------------------------------------------------------------

offsets = st.sampled_from([-8 * 3600, 0, 3600, 7200, 5 * 3600 + 1800, 13 * 3600])
kinds = st.sampled_from(list(ActivityKind))
BASE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC).timestamp()
DAYS = [dt.date(2025, 12, 30) + dt.timedelta(days=i) for i in range(30)]
KW: dict[str, object] = {}


@st.composite
def timelines(draw: st.DrawFn) -> list[Interval]:
    """Contiguous intervals as a tracker writes them (the offset may change between them)."""
    t = BASE + draw(st.floats(0, 86400 * 3))
    out: list[Interval] = []
    for _ in range(draw(st.integers(0, 12))):
        length = draw(st.floats(0, 86400 * 1.2))
        out.append(Interval(draw(kinds), t, t + length, draw(offsets)))
        t += length
    return out


def run(intervals: list[Interval]) -> list:  # type: ignore[type-arg]
    return daily_stats(DAYS, intervals, [], goals=[], default_goal=DEFAULT_GOAL,
                       natural_break_cap_minutes=10)


@st.composite
def single_zone_timelines(draw: st.DrawFn) -> list[Interval]:
    offset = draw(offsets)
    return [Interval(i.kind, i.start, i.end, offset) for i in draw(timelines())]


@settings(max_examples=120, deadline=None)
@given(single_zone_timelines())
def test_no_day_holds_more_than_its_own_length(intervals: list[Interval]) -> None:
    for d in run(intervals):
        total = d.sitting_minutes + d.standing_minutes + d.paused_minutes + d.natural_break_minutes
        assert total <= 24 * 60 + 0.5
        assert d.longest_sitting_minutes <= d.sitting_minutes + 0.1
        assert d.movement_minutes <= d.natural_breaks * 10 + d.break_minutes + 0.1


@settings(max_examples=120, deadline=None)
@given(timelines())
def test_sums_are_consistent_across_days(intervals: list[Interval]) -> None:
    result = run(intervals)
    sitting = sum(i.seconds for i in intervals if i.kind is S) / 60
    assert abs(sum(d.sitting_minutes for d in result) - sitting) <= 0.05 * len(result) + 1e-6
    # Natural-break pieces that touch are one break (writers split at midnight).
    breaks_ = [i for i in intervals if i.kind is N]
    # Touching within a microsecond, as the statistics join them.
    runs = sum(
        1 for k, i in enumerate(breaks_) if k == 0 or abs(breaks_[k - 1].end - i.start) >= 1e-6
    )
    assert sum(d.natural_breaks for d in result) == runs


@settings(max_examples=120, deadline=None)
@given(timelines(), st.data())
def test_splitting_an_interval_anywhere_keeps_the_totals(
    intervals: list[Interval], data: st.DataObject
) -> None:
    candidates = [i for i, iv in enumerate(intervals) if iv.kind is not N and iv.seconds > 0]
    if not candidates:
        return
    index = data.draw(st.sampled_from(candidates))
    target = intervals[index]
    cut = data.draw(st.floats(target.start, target.end))
    split = [
        *intervals[:index],
        Interval(target.kind, target.start, cut, target.utc_offset),
        Interval(target.kind, cut, target.end, target.utc_offset),
        *intervals[index + 1:],
    ]
    for x, y in zip(run(intervals), run(split), strict=True):
        assert abs(x.sitting_minutes - y.sitting_minutes) <= 0.1
        assert abs(x.standing_minutes - y.standing_minutes) <= 0.1
        assert abs(x.longest_sitting_minutes - y.longest_sitting_minutes) <= 0.1
        assert x.movement_minutes == y.movement_minutes


def test_a_natural_break_stored_in_pieces_counts_once() -> None:
    start, off = at(DAY, "18:00")
    midnight, _ = at(DAY + dt.timedelta(1), "00:00")
    end, _ = at(DAY + dt.timedelta(1), "08:00")
    pieces = [Interval(N, start, midnight, off), Interval(N, midnight, end, off)]
    result = stats([DAY, DAY + dt.timedelta(1)], pieces, [])
    assert [d["natural_breaks"] for d in result] == [1, 0]
    assert [d["movement_minutes"] for d in result] == [10.0, 0.0]
