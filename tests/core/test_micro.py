"""Micro-pauses on the engine rig: when the short cue comes, and when it never does.

The property tests drive the real engine through any mix of work, absences,
meetings, full-screen films, pauses, standing and movement-break answers and
check what a user would notice: a micro-pause cue never sits on top of a
movement break, never appears while something holds prompts, and counts
again from zero after a natural or movement break.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.core.engine_rig import DEFAULT_CONFIG, EngineRig

from standup_buddy.core.break_rules import Answer, BreakRules, RefusalReason
from standup_buddy.core.engine import (
    AnswerRefused,
    BreakDue,
    BreakRecorded,
    Event,
    HoldReason,
    IntervalClosed,
    MicroDue,
    MicroEnded,
    MicroEndReason,
    MicroRecorded,
    TrackingConfig,
)
from standup_buddy.core.micro import (
    ABSORB_SECONDS,
    MICRO_DURATION_MAX_SECONDS,
    MICRO_IDLE_SECONDS,
)
from standup_buddy.core.model import ActivityKind, BreakKind, Outcome
from standup_buddy.core.scheduler import BreakPhase

MIN = 60.0


def config(**kw: Any) -> TrackingConfig:
    base: dict[str, Any] = {
        "interval_minutes": 30,
        "micro_enabled": True,
        "micro_interval_minutes": 20,
        "micro_duration_seconds": 20,
    }
    return dataclasses.replace(DEFAULT_CONFIG, **(base | kw))


class Rig(EngineRig):
    """The rig that checks, after every call, that no cue shares the screen with a break."""

    def __init__(self, cfg: TrackingConfig | None = None, **kw: Any) -> None:
        self.flags: dict[str, bool] = {}
        super().__init__(cfg or config(), **kw)

    def feed(self, **kw: Any) -> list[Event]:
        events = super().feed(**(self.flags | kw))
        held = bool(self.flags) or bool(kw.get("in_meeting") or kw.get("fullscreen"))
        self.check(events, held=held)
        return events

    def cmd(self, name: str, *args: Any, **kw: Any) -> list[Event]:
        events = super().cmd(name, *args, **kw)
        self.check(events, held=bool(self.flags))
        return events

    def check(self, events: list[Event], *, held: bool) -> None:
        engine = self.engine
        phase = engine.break_phase
        assert not (engine.micro_open and phase in (BreakPhase.PROMPTED, BreakPhase.ON_BREAK)), (
            f"a micro-pause cue is up with the movement break {phase}"
        )
        for i, e in enumerate(events):
            if isinstance(e, MicroDue):
                assert not held, "a micro-pause appeared during a meeting or full-screen hold"
                assert engine.status().paused_until is None, "a micro-pause appeared while paused"
                assert engine.status().hold_reason is None
                assert engine.open_interval.kind is ActivityKind.SITTING
            if isinstance(e, BreakDue):
                # A movement prompt in the same batch comes after the cue closed.
                opened = [x for x in events[:i] if isinstance(x, MicroDue)]
                closed = [x for x in events[:i] if isinstance(x, MicroEnded)]
                assert len(opened) <= len(closed)

    def micro_dues(self) -> list[float]:
        """When each cue appeared, in seconds since the first sample."""
        return [e.started - self.start for e in self.events if isinstance(e, MicroDue)]

    def micro_records(self) -> list[MicroRecorded]:
        return [e for e in self.events if isinstance(e, MicroRecorded)]


def test_a_micro_pause_comes_after_twenty_minutes_and_closes_by_itself() -> None:
    rig = Rig()
    rig.sit(20 * MIN - 30)
    assert not rig.micro_dues()
    assert rig.engine.status().next_micro_minutes == 0.5
    rig.sit(30)
    assert rig.micro_dues() == [20 * MIN]
    assert rig.engine.status().next_micro_minutes == 0.0
    assert rig.engine.micro_time(rig.mono) == (0.0, 20.0, 20.0)
    # The one timer fires at the cue's end.
    assert rig.engine.next_wakeup(rig.mono) == rig.mono + 20
    rig.wake_up()
    ended = [e for e in rig.events if isinstance(e, MicroEnded)]
    assert ended == [MicroEnded(MicroEndReason.DONE)]
    (recorded,) = rig.micro_records()
    record = recorded.record
    assert record.kind is BreakKind.MICRO and record.outcome is Outcome.COMPLETED
    assert record.ended is not None and record.started is not None
    assert record.ended - record.started == 20.0
    assert record.seconds_moving == 0.0
    # The user never left the desk: the timeline is all sitting, the streak goes on.
    kinds = {e.interval.kind for e in rig.events if isinstance(e, IntervalClosed)}
    assert kinds <= {ActivityKind.SITTING}
    assert rig.engine.streak_seconds >= 20 * MIN
    assert not rig.engine.micro_open


def test_off_by_default_and_then_no_next_micro() -> None:
    rig = EngineRig(dataclasses.replace(DEFAULT_CONFIG, interval_minutes=60))
    rig.sit(50 * MIN)
    assert not [e for e in rig.events if isinstance(e, MicroDue)]
    assert rig.engine.status().next_micro_minutes is None
    assert rig.engine.status().as_dict()["next_micro_minutes"] is None


def test_a_click_waves_it_away_and_is_recorded_skipped() -> None:
    rig = Rig()
    rig.sit(20 * MIN)
    rig.tick(5)
    rig.cmd("dismiss_micro")
    (recorded,) = rig.micro_records()
    assert recorded.record.outcome is Outcome.SKIPPED
    assert not rig.engine.micro_open
    # The next one counts from this one: 20 more minutes.
    rig.sit(19 * MIN)
    assert len(rig.micro_dues()) == 1


def test_a_movement_break_within_three_minutes_absorbs_it() -> None:
    rig = Rig(config(interval_minutes=22))
    rig.sit(22 * MIN)
    assert [e for e in rig.events if isinstance(e, BreakDue)]
    assert not rig.micro_dues()
    rig.cmd("complete")
    # The movement break started both counts again: the overdue cue does not
    # follow it, and the next one is absorbed by the next movement break too.
    rig.sit(21 * MIN)
    assert not rig.micro_dues()
    assert rig.engine.status().next_micro_minutes == 0.0


def test_break_now_closes_the_cue_before_the_card() -> None:
    rig = Rig()
    rig.sit(20 * MIN)
    assert rig.engine.micro_open
    events = rig.cmd("break_now")
    kinds = [type(e) for e in events]
    assert kinds.index(MicroEnded) < kinds.index(BreakDue)
    assert MicroEnded(MicroEndReason.BREAK) in events
    assert not rig.micro_records()


def test_a_meeting_closes_the_cue_and_it_comes_back_after() -> None:
    rig = Rig()
    rig.sit(20 * MIN)
    assert rig.engine.micro_open
    rig.tick(5, in_meeting=True)
    assert not rig.engine.micro_open
    assert MicroEnded(MicroEndReason.HELD) in rig.events
    rig.sit(2 * MIN, in_meeting=True)
    assert len(rig.micro_dues()) == 1
    rig.sit(30)
    assert len(rig.micro_dues()) == 2


def test_the_hold_probe_runs_for_a_sample_that_could_show_a_cue() -> None:
    rig = Rig(config(interval_minutes=60))
    rig.sit(19 * MIN)
    assert not rig.engine.holds_matter(rig.wall + 30)
    assert rig.engine.holds_matter(rig.wall + 61)


# -- properties ----------------------------------------------------------------

actions = st.lists(
    st.one_of(
        st.tuples(st.just("sit"), st.floats(min_value=10, max_value=25 * MIN)),
        st.tuples(st.just("leave"), st.floats(min_value=10, max_value=12 * MIN)),
        st.tuples(st.just("meeting"), st.floats(min_value=10, max_value=25 * MIN)),
        st.tuples(st.just("film"), st.floats(min_value=10, max_value=25 * MIN)),
        st.tuples(st.just("pause"), st.floats(min_value=1 * MIN, max_value=40 * MIN)),
        st.tuples(
            st.sampled_from(
                [
                    "resume",
                    "break_now",
                    "complete",
                    "snooze",
                    "skip",
                    "start",
                    "show",
                    "dismiss",
                    "stand",
                    "unstand",
                ]
            ),
            st.just(0.0),
        ),
    ),
    min_size=1,
    max_size=25,
)


def run(rig: Rig, plan: list[tuple[str, float]], step: float) -> None:
    for name, amount in plan:
        if name == "sit":
            rig.sit(amount, step=step)
        elif name == "leave":
            rig.leave(amount, step=step)
        elif name in ("meeting", "film"):
            rig.flags = {"in_meeting": True} if name == "meeting" else {"fullscreen": True}
            rig.sit(amount, step=step)
            rig.flags = {}
        elif name == "pause":
            rig.cmd("pause", rig.wall + amount)
            rig.sit(amount / 2, step=step)
        elif name == "resume":
            rig.cmd("resume")
        elif name == "break_now":
            rig.cmd("break_now")
        elif name == "show":
            rig.cmd("card_shown", ["posture-reset"])
        elif name == "start":
            rig.cmd("break_started", confirmed=True)
        elif name == "dismiss":
            rig.cmd("dismiss_micro")
        elif name in ("stand", "unstand"):
            rig.cmd("set_standing", name == "stand")
        else:
            rig.cmd(name)


@settings(max_examples=150, deadline=None)
@given(
    plan=actions,
    step=st.floats(min_value=5.0, max_value=60.0),
    interval=st.sampled_from([10, 20, 30, 45]),
    micro=st.sampled_from([5, 10, 20]),
    duration=st.sampled_from([10, 20, 60]),
)
def test_a_cue_never_overlaps_a_movement_break_nor_appears_under_a_hold(
    plan: list[tuple[str, float]], step: float, interval: int, micro: int, duration: int
) -> None:
    rig = Rig(
        config(
            interval_minutes=interval,
            micro_interval_minutes=micro,
            micro_duration_seconds=duration,
        )
    )
    run(rig, plan, step)
    # Whatever happened, a recorded micro-pause is a micro-pause, no longer than its time.
    for recorded in rig.micro_records():
        r = recorded.record
        assert r.kind is BreakKind.MICRO and r.outcome in (Outcome.COMPLETED, Outcome.SKIPPED)
        assert r.started is not None and r.ended is not None
        assert 0 <= r.ended - r.started <= duration + 1e-6
    # Movement records stay movement records.
    for e in rig.events:
        if isinstance(e, BreakRecorded):
            assert e.record.kind is BreakKind.MOVEMENT


@settings(max_examples=100, deadline=None)
@given(
    before=st.floats(min_value=1 * MIN, max_value=19 * MIN),
    away=st.floats(min_value=5 * MIN + 1, max_value=30 * MIN),
    step=st.floats(min_value=5.0, max_value=60.0),
)
def test_a_natural_break_starts_the_count_again(before: float, away: float, step: float) -> None:
    rig = Rig(config(interval_minutes=60))
    rig.sit(before, step=step)
    left = rig.t
    rig.leave(away, step=step)
    back = rig.t
    rig.sit(25 * MIN, step=step)
    # The absence is only known after the fact: a cue may have started in
    # its first seconds, never after MICRO_IDLE_SECONDS without input.
    early = [d for d in rig.micro_dues() if d < back]
    assert all(d <= left + MICRO_IDLE_SECONDS + 1e-6 for d in early)
    dues = [d for d in rig.micro_dues() if d >= back]
    assert dues, "no micro-pause after 25 minutes back at the desk"
    # Not before 20 minutes of sitting since coming back; the return is seen
    # at the first sample back and the cue at the first sample after it is due.
    assert dues[0] >= back + 20 * MIN - 1e-6
    assert dues[0] <= back + 20 * MIN + 2 * step + 1e-6


@settings(max_examples=100, deadline=None)
@given(
    outcome=st.sampled_from(["complete", "skip"]),
    step=st.floats(min_value=5.0, max_value=60.0),
    wait=st.floats(min_value=0.0, max_value=60.0),
)
def test_a_movement_break_starts_the_count_again(outcome: str, step: float, wait: float) -> None:
    rig = Rig(config(interval_minutes=30))
    while not [e for e in rig.events if isinstance(e, BreakDue)]:
        rig.tick(step)
    first = len(rig.micro_dues())
    rig.cmd("card_shown", ["posture-reset"])
    rig.tick(wait)
    rig.cmd(outcome)
    assert rig.engine.break_phase is None
    settled = rig.t
    rig.sit(25 * MIN, step=step)
    later = rig.micro_dues()[first:]
    assert later and later[0] >= settled + 20 * MIN - 1e-6


@settings(max_examples=100, deadline=None)
@given(
    hold=st.sampled_from(["in_meeting", "fullscreen"]),
    lead=st.floats(min_value=0.0, max_value=19 * MIN),
    length=st.floats(min_value=1 * MIN, max_value=60 * MIN),
    step=st.floats(min_value=3.0, max_value=90.0),
)
def test_no_cue_during_a_hold_then_one_soon_after(
    hold: str, lead: float, length: float, step: float
) -> None:
    rig = Rig(config(interval_minutes=120))
    rig.sit(lead, step=step)
    rig.flags = {hold: True}
    rig.sit(length, step=step)
    held_dues = rig.micro_dues()
    rig.flags = {}
    assert all(d < lead for d in held_dues)
    if lead + length >= 20 * MIN:
        rig.sit(2 * MIN, step=step)
        assert len(rig.micro_dues()) == len(held_dues) + 1


def test_working_hours_hold_a_cue() -> None:
    # Working hours end a quarter of an hour in: the cue due at 20 minutes waits.
    rig = Rig(config(interval_minutes=120, start=dt.time(8), end=dt.time(8, 15)), at_hour=8)
    rig.sit(40 * MIN)
    assert rig.micro_dues() == []
    assert rig.engine.status().hold_reason is not None


def test_absorb_window_is_longer_than_any_cue() -> None:
    assert ABSORB_SECONDS > MICRO_DURATION_MAX_SECONDS


def test_micro_pauses_never_count_as_movement_and_have_their_own_series() -> None:
    from standup_buddy.core.model import BreakRecord, GoalMetric, GoalSetting, local_date
    from standup_buddy.core.stats import daily_stats, micro_pauses_per_day

    rig = Rig(config(interval_minutes=30))
    rig.sit(20 * MIN)
    rig.wake_up()  # the cue closes by itself: completed
    rig.sit(10 * MIN + 30)
    rig.cmd("card_shown", ["posture-reset"])
    rig.tick(60)
    rig.cmd("complete")
    records: list[BreakRecord] = [
        e.record for e in rig.events if isinstance(e, BreakRecorded | MicroRecorded)
    ]
    assert sorted(r.kind for r in records) == [BreakKind.MICRO, BreakKind.MOVEMENT]
    intervals = [e.interval for e in rig.events if isinstance(e, IntervalClosed)]
    day = local_date(rig.start, 0)
    goal = GoalSetting(GoalMetric.BREAKS, 5, dt.date.min)
    (with_micro,) = daily_stats(
        [day], intervals, records, goals=[], default_goal=goal, natural_break_cap_minutes=10
    )
    (without,) = daily_stats(
        [day],
        intervals,
        [r for r in records if r.kind is BreakKind.MOVEMENT],
        goals=[],
        default_goal=goal,
        natural_break_cap_minutes=10,
    )
    assert with_micro == without
    assert with_micro.breaks_completed == 1
    rows = [(r.anchor, r.outcome.value, r.utc_offset) for r in records if r.kind is BreakKind.MICRO]
    assert micro_pauses_per_day([day, day + dt.timedelta(days=1)], rows) == [1, 0]


def test_no_cue_while_a_snoozed_movement_break_waits() -> None:
    rig = Rig(config(interval_minutes=30, snooze_minutes=30))
    rig.sit(20 * MIN)
    rig.wake_up()  # the first cue, at minute 20, closes
    rig.sit(10 * MIN + 30)
    rig.cmd("card_shown", ["posture-reset"])
    rig.cmd("snooze")
    before = len(rig.micro_dues())
    # Half an hour of snooze, and the micro count long past due: still no cue.
    rig.sit(29 * MIN)
    assert len(rig.micro_dues()) == before
    assert rig.engine.break_phase is BreakPhase.WAITING


def test_do_not_disturb_holds_micro_pauses_but_not_the_movement_break() -> None:
    rig = Rig(config(interval_minutes=40))
    rig.sit(25 * MIN, do_not_disturb=True)
    assert not rig.micro_dues(), "a micro-pause appeared in Do Not Disturb"
    assert rig.engine.status().hold_reason is HoldReason.DO_NOT_DISTURB
    # Do Not Disturb ends: the waiting micro-pause comes at once.
    rig.sit(MIN)
    assert len(rig.micro_dues()) == 1
    assert rig.micro_dues()[0] >= 25 * MIN


class ClickingRig(Rig):
    """A user who clicks every cue the moment it is up, under rules that refuse it."""

    def __init__(self, cfg: TrackingConfig) -> None:
        self.clicks = 0
        super().__init__(cfg)

    def feed(self, **kw: Any) -> list[Event]:
        events = super().feed(**kw)
        self.click()
        return events

    def cmd(self, name: str, *args: Any, **kw: Any) -> list[Event]:
        events = super().cmd(name, *args, **kw)
        if name != "dismiss_micro":
            self.click()
        return events

    def click(self) -> None:
        if not self.engine.micro_open:
            return
        before = self.engine.micro_time(self.mono)
        events = super().cmd("dismiss_micro")
        self.clicks += 1
        rules = self.engine.config.micro_rules
        reason = RefusalReason.STRICT if rules.strict else RefusalReason.SKIP_NOT_ALLOWED
        assert AnswerRefused(Answer.SKIP, reason) in events
        assert not [e for e in events if isinstance(e, (MicroEnded, MicroRecorded))]
        # The click changed nothing: the cue is up with the same time left.
        assert self.engine.micro_open and self.engine.micro_time(self.mono) == before


@settings(max_examples=150, deadline=None)
@given(
    plan=actions,
    step=st.floats(min_value=5.0, max_value=60.0),
    duration=st.sampled_from([10, 20, 60]),
    strict_rules=st.sampled_from(
        [
            BreakRules(skip_allowed=False),
            BreakRules(strict=True),
            BreakRules(skip_allowed=False, strict=True),
        ]
    ),
)
def test_with_skip_disallowed_no_cue_is_ever_skipped_and_each_ends_by_its_time(
    plan: list[tuple[str, float]], step: float, duration: int, strict_rules: BreakRules
) -> None:
    rig = ClickingRig(
        config(
            interval_minutes=45,
            micro_interval_minutes=5,
            micro_duration_seconds=duration,
            micro_rules=strict_rules,
        )
    )
    assert not rig.engine.micro_dismissable
    # Enough sitting at the end that at least one cue comes and runs out.
    run(rig, [*plan, ("resume", 0.0), ("unstand", 0.0), ("sit", 8 * MIN)], step)
    ends = [e.reason for e in rig.events if isinstance(e, MicroEnded)]
    assert MicroEndReason.DISMISSED not in ends
    records = [r.record for r in rig.micro_records()]
    # Nothing is recorded skipped: a shown-through cue lasted its whole time,
    # and a cue a hold, pause, absence or movement break closed is not recorded.
    for r in records:
        assert r.outcome is Outcome.COMPLETED
        assert r.started is not None and r.ended is not None
        assert r.ended - r.started == pytest.approx(duration)
    assert ends.count(MicroEndReason.DONE) == len(records)
    # The movement break's rules are not the cue's: they stay the defaults here.
    assert rig.engine.config.rules == BreakRules()
    assert rig.clicks > 0 or not rig.micro_dues()


def test_a_refused_click_leaves_the_cue_and_records_nothing() -> None:
    rig = Rig(config(micro_rules=BreakRules(skip_allowed=False)))
    rig.sit(20 * MIN)
    rig.tick(5)
    events = rig.cmd("dismiss_micro")
    assert AnswerRefused(Answer.SKIP, RefusalReason.SKIP_NOT_ALLOWED) in events
    assert rig.engine.micro_open and not rig.micro_records()
    rig.wake_up()
    (recorded,) = rig.micro_records()
    assert recorded.record.outcome is Outcome.COMPLETED
    # With no cue up, a click is nothing to refuse.
    assert not [e for e in rig.cmd("dismiss_micro") if isinstance(e, AnswerRefused)]
