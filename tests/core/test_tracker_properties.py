"""Properties of the engine over random days: samples, clock jumps and commands.

Whatever the sequence, a user must never see a negative streak, a history
with holes, overlaps or negative spans, a prompt while paused, outside
working hours or in a meeting, an instant prompt on returning from a natural
break, or a timer armed in the past; a held prompt must come when its hold
ends, and a long suspend must become a natural break.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.core.engine_rig import DEFAULT_CONFIG

from standup_buddy.core.engine import (
    PROMPT_GRACE_SECONDS,
    ActivityEngine,
    BreakDue,
    EngineState,
    Event,
    IntervalClosed,
    Moment,
    Sample,
    TrackingConfig,
)
from standup_buddy.core.model import ActivityKind, Interval
from standup_buddy.core.tracker import JUMP_TOLERANCE_SECONDS

START = 1704067200.0 + 7 * 3600  # Monday 2024-01-01 07:00 UTC
PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

configs = st.builds(
    TrackingConfig,
    interval_minutes=st.integers(5, 60),
    duration_seconds=st.integers(20, 600),
    snooze_minutes=st.integers(1, 15),
    natural_break_minutes=st.integers(1, 15),
    work_days=st.frozensets(st.integers(0, 6), min_size=1),
    start=st.sampled_from([dt.time(0, 0), dt.time(7, 30), dt.time(8, 0), dt.time(22, 0)]),
    end=st.sampled_from([dt.time(0, 0), dt.time(12, 0), dt.time(19, 0), dt.time(6, 0)]),
    meeting_awareness=st.booleans(),
    hold_when_fullscreen=st.booleans(),
    # Micro-pauses and the break rules have properties of their own
    # (test_micro.py, test_break_rules.py); here they stay as a new user has them.
    micro_enabled=st.just(DEFAULT_CONFIG.micro_enabled),
    micro_interval_minutes=st.just(DEFAULT_CONFIG.micro_interval_minutes),
    micro_duration_seconds=st.just(DEFAULT_CONFIG.micro_duration_seconds),
    rules=st.just(DEFAULT_CONFIG.rules),
    micro_rules=st.just(DEFAULT_CONFIG.micro_rules),
)

steps = st.one_of(
    st.floats(0, 120),
    st.floats(0, 1200),
    st.floats(1200, 6 * 3600),
)
offsets = st.sampled_from([None, None, None, None, 0, 3600, -5 * 3600])


@st.composite
def samples(draw: st.DrawFn, *, backward: bool = False, unreadable: bool = True) -> tuple:
    skews = [st.just(0.0), st.floats(-30, 30), st.floats(61, 6 * 3600)]
    if backward:
        skews.append(st.floats(-6 * 3600, -61))
    idles = [st.just(0.0), st.just(0.0), st.floats(0, 30), st.floats(0, 7200)]
    if unreadable:
        idles.append(st.none())
    return (
        "sample",
        draw(steps),
        draw(st.one_of(*skews)),
        draw(st.one_of(*idles)),
        draw(st.booleans()) and draw(st.booleans()),  # locked, rarely
        draw(st.booleans()) and draw(st.booleans()) and draw(st.booleans()),  # sleeping
        draw(st.booleans()) and draw(st.booleans()),  # in a meeting
        draw(st.booleans()) and draw(st.booleans()),  # full-screen
        draw(offsets),
    )


commands = st.one_of(
    st.tuples(st.just("set_standing"), st.booleans()),
    st.tuples(st.just("pause"), st.floats(-60, 4 * 3600)),
    st.tuples(st.just("resume"), st.none()),
    st.tuples(st.just("break_now"), st.none()),
    st.tuples(st.just("card_shown"), st.just(("neck-tilt",))),
    st.tuples(st.just("break_started"), st.none()),
    st.tuples(st.just("complete"), st.none()),
    st.tuples(st.just("snooze"), st.none()),
    st.tuples(st.just("skip"), st.none()),
    st.tuples(st.just("update_config"), configs),
).map(lambda c: ("cmd", *c))


def operations(*, backward: bool = False, unreadable: bool = True) -> st.SearchStrategy[list]:
    sample_ops = samples(backward=backward, unreadable=unreadable)
    return st.lists(st.one_of(sample_ops, sample_ops, commands), min_size=5, max_size=60)


class Driver:
    """Applies operations to an engine and checks every invariant after each one."""

    def __init__(self, config: TrackingConfig) -> None:
        self.mono = 1000.0
        self.wall = START
        self.offset = 0
        self.conditions: dict[str, Any] = {}
        self.closed: list[Interval] = []
        self.engine = ActivityEngine(config, Sample(self.mono, self.wall, 0))
        self.first = self.engine.now
        self.rebased = False

    @property
    def moment(self) -> Moment:
        return Moment(self.mono, self.wall, self.offset)

    def apply(self, op: tuple) -> list[Event]:
        before = self.engine.status()
        if op[0] == "sample":
            _, step, skew, idle, locked, sleeping, meeting, fullscreen, offset = op
            if skew < -JUMP_TOLERANCE_SECONDS:
                self.rebased = True
            self.mono += step
            self.wall += step + skew
            if offset is not None:
                self.offset = offset
            self.conditions = {
                "idle_seconds": idle,
                "locked": locked,
                "sleeping": sleeping,
                "in_meeting": meeting,
                "fullscreen": fullscreen,
            }
            events = self.engine.feed(Sample(self.mono, self.wall, self.offset, **self.conditions))
        else:
            _, name, arg = op
            self.mono += 1.0
            self.wall += 1.0
            method = getattr(self.engine, name)
            if name == "pause":
                events = method(self.moment, self.wall + arg)
            elif arg is None:
                events = method(self.moment)
            else:
                events = method(self.moment, arg)
        self.check(before, events)
        return events

    def check(self, before: Any, events: list[Event]) -> None:
        engine = self.engine
        status = engine.status()
        config = engine.config
        new = [e.interval for e in events if isinstance(e, IntervalClosed)]
        # Streak never negative.
        assert engine.streak_seconds >= 0
        # History: in order, no holes, no overlaps (a clock set back starts anew).
        previous_end = self.closed[-1].end if self.closed else self.first
        for interval in new:
            assert interval.seconds > 0
            if not self.rebased:
                assert interval.start == previous_end
            previous_end = interval.end
        self.closed += new
        running = engine.open_interval
        assert running.start <= engine.now
        if not self.rebased:
            assert running.start == previous_end
            covered = sum(i.seconds for i in self.closed) + (engine.now - running.start)
            assert abs(covered - (engine.now - self.first)) < 1e-6
        # Prompts only where they are allowed (a forced one is the user's own request).
        for due in (e for e in events if isinstance(e, BreakDue) and not e.forced):
            assert status.state is not EngineState.PAUSED
            assert status.paused_until is None
            assert config.working_hours.contains(engine.now, self.offset)
            if config.meeting_awareness:
                assert not self.conditions.get("in_meeting", False)
            if config.hold_when_fullscreen:
                assert not self.conditions.get("fullscreen", False)
            # Back from a natural break: only a full new streak can bring a prompt.
            if before.state is EngineState.AWAY:
                assert engine.streak_seconds >= config.interval_seconds - 1e-6
            assert due.due <= engine.now
        # The next timer is never in the past.
        wake = engine.next_wakeup(self.mono)
        assert wake is None or wake > self.mono
        assert engine.next_wakeup(self.mono + 10.0) in (None, max(wake or 0, self.mono + 10.0))


@PROPERTY_SETTINGS
@given(config=configs, ops=operations())
def test_invariants_hold_over_any_sequence(config: TrackingConfig, ops: list) -> None:
    driver = Driver(config)
    for op in ops:
        driver.apply(op)


@PROPERTY_SETTINGS
@given(config=configs, ops=operations(backward=True))
def test_a_clock_set_back_never_makes_negative_spans(config: TrackingConfig, ops: list) -> None:
    driver = Driver(config)
    for op in ops:
        driver.apply(op)  # Interval itself refuses a negative span; check() the rest


def natural_break_seconds(driver: Driver) -> float:
    total = sum(i.seconds for i in driver.closed if i.kind is ActivityKind.NATURAL_BREAK)
    running = driver.engine.open_interval
    if running.kind is ActivityKind.NATURAL_BREAK:
        total += driver.engine.now - running.start
    return total


@PROPERTY_SETTINGS
@given(
    config=configs,
    ops=operations(unreadable=False),
    gap=st.floats(0, 8 * 3600),
    awake=st.floats(0, 30),
    idle_after=st.one_of(st.just(0.0), st.floats(0, 20)),
)
def test_a_long_suspend_becomes_a_natural_break(
    config: TrackingConfig, ops: list, gap: float, awake: float, idle_after: float
) -> None:
    driver = Driver(config)
    for op in ops:
        driver.apply(op)
    if driver.engine.status().state in (EngineState.PAUSED, EngineState.ON_BREAK):
        driver.apply(("cmd", "resume", None))
        driver.apply(("cmd", "complete", None))
    if driver.engine.status().state is EngineState.ON_BREAK:
        return  # a break on its countdown is not interrupted
    threshold = driver.engine.config.natural_break_seconds
    gap_seconds = threshold + JUMP_TOLERANCE_SECONDS + gap
    away_before = natural_break_seconds(driver)
    driver.apply(("sample", awake, gap_seconds, idle_after, False, False, False, False, None))
    assert natural_break_seconds(driver) - away_before >= gap_seconds - JUMP_TOLERANCE_SECONDS
    assert driver.engine.streak_seconds <= awake + 1e-6


@PROPERTY_SETTINGS
@given(config=configs, ops=operations())
def test_a_held_prompt_arrives_when_the_hold_ends(config: TrackingConfig, ops: list) -> None:
    driver = Driver(config)
    for op in ops:
        driver.apply(op)
    engine = driver.engine
    # Work on through a meeting in a full-screen window until a break is due.
    held = (0.0, 0.0, False, False, True, True, None)
    for _ in range(40):
        if engine.status().state in (EngineState.HELD, EngineState.PAUSED):
            break
        driver.apply(("sample", 300.0, *held))
    if engine.status().state is not EngineState.HELD:
        return
    hours = engine.config.working_hours
    drive_start = engine.now
    # The user is at the desk (unlocked) and stays there; meeting and full
    # screen end now.
    present = (0.0, 0.0, False, False, False, False, None)
    if any(isinstance(e, BreakDue) for e in driver.apply(("sample", 0.0, *present))):
        return  # the meeting or full-screen window was all that held it
    for _ in range(1000):
        wake = engine.next_wakeup(driver.mono)
        assert wake is not None
        step = wake - driver.mono
        change = hours.next_change(engine.now, driver.offset)
        if change is not None:
            assert step <= change - engine.now + 1e-6  # never sleeps through the hours
        if not hours.contains(engine.now, driver.offset) and change is not None:
            # Idle polls before the hours begin change nothing; skip ahead.
            step = max(step, min(change - engine.now, 1800.0))
        events = driver.apply(("sample", step, *present))
        if any(isinstance(e, BreakDue) for e in events):
            return
        # Once the hours allow it and the grace after the last command is over,
        # the prompt must be there.
        in_hours = hours.contains(engine.now, driver.offset)
        assert not (in_hours and engine.now >= drive_start + PROMPT_GRACE_SECONDS)
    raise AssertionError("the held prompt never came")


def test_the_driver_sees_a_plain_day_as_sitting() -> None:
    driver = Driver(dataclasses.replace(DEFAULT_CONFIG, interval_minutes=45))
    for _ in range(10):
        driver.apply(("sample", 60.0, 0.0, 0.0, False, False, False, False, None))
    assert driver.engine.status().sitting_minutes == 10
