"""Holds decided at the moment of decision: no prompt lands on a call or a film.

Property tests on the engine rig: whatever the sampling schedule, a break
that comes due during a meeting or under a full-screen window is not shown
until the hold ends, the adapter is told to probe fresh for every sample that
could show a prompt, and a hold that appears while a card nobody answered is
open withdraws it without crediting a break.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.core.engine_rig import EngineRig

from standup_buddy.core.engine import (
    BreakDue,
    BreakRecorded,
    Event,
    IntervalClosed,
    PromptWithdrawn,
    WithdrawReason,
)
from standup_buddy.core.model import ActivityKind, Outcome

MIN = 60.0
INTERVAL = 30 * MIN

steps = st.floats(min_value=3.0, max_value=90.0)


class Rig(EngineRig):
    """The engine rig that also checks the adapter would have probed fresh."""

    def feed(self, **kw: object) -> list[Event]:
        probe = self.engine.holds_matter(self.wall)
        events = super().feed(**kw)
        decided = [e for e in events if isinstance(e, BreakDue | PromptWithdrawn)]
        assert probe or not decided, f"a prompt was decided on an unprobed sample: {decided}"
        return events

    def kinds(self) -> list[ActivityKind]:
        closed = [e.interval.kind for e in self.events if isinstance(e, IntervalClosed)]
        return [*closed, self.engine.open_interval.kind]

    def completed(self) -> list[BreakRecorded]:
        return [
            e
            for e in self.events
            if isinstance(e, BreakRecorded) and e.record.outcome is Outcome.COMPLETED
        ]


def hold_flags(kind: str) -> dict[str, bool]:
    return {"in_meeting": True} if kind == "meeting" else {"fullscreen": True}


@given(
    kind=st.sampled_from(["meeting", "fullscreen"]),
    lead=st.floats(min_value=0.0, max_value=10 * MIN),
    length=st.floats(min_value=1 * MIN, max_value=40 * MIN),
    schedule=st.lists(steps, min_size=1, max_size=20),
)
def test_no_prompt_while_a_hold_present_at_the_due_instant_lasts(
    kind: str, lead: float, length: float, schedule: list[float]
) -> None:
    rig = Rig()
    rig.sit(INTERVAL - lead, step=max(20.0, schedule[0]))
    hold_start = rig.t
    # A call (nobody types: the meeting keeps the user present) or a film
    # watched with the odd key press.
    flags = hold_flags(kind)
    i = 0
    end = hold_start + lead + length
    while rig.t < end - 1e-6:
        step = max(1e-3, min(schedule[i % len(schedule)], end - rig.t))
        i += 1
        idle = rig.t + step - hold_start if kind == "meeting" else 0.0
        events = rig.tick(step, idle_seconds=idle, **flags)
        assert not [e for e in events if isinstance(e, BreakDue)], f"prompt at {rig.t}"
    assert rig.engine.status().hold_reason is not None
    # The hold ends with the user back at the keys: the prompt comes at once.
    events = rig.tick(schedule[-1], idle_seconds=0.0)
    assert [e for e in events if isinstance(e, BreakDue)]
    assert not rig.completed()


@given(
    kind=st.sampled_from(["meeting", "fullscreen"]),
    countdown_after=st.floats(min_value=0.0, max_value=30.0),
    hold_after=st.floats(min_value=1.0, max_value=119.0),
    schedule=st.lists(steps, min_size=1, max_size=10),
)
def test_a_hold_during_an_unconfirmed_card_withdraws_it_and_credits_nothing(
    kind: str, countdown_after: float, hold_after: float, schedule: list[float]
) -> None:
    rig = Rig()
    rig.sit(INTERVAL - 60)
    events = rig.tick(60, idle_seconds=0.0)
    assert [e for e in events if isinstance(e, BreakDue)]
    last_input = rig.wall
    rig.cmd("card_shown", ["hip-flexor-lunge"])
    rig.mono += countdown_after
    rig.wall += countdown_after
    rig.cmd("break_started")  # the card's countdown began by itself
    # Nobody touches anything; a call or a film begins before the 2-minute
    # countdown ends (it is seen at the next sample, whenever that comes).
    hold_at = INTERVAL + countdown_after + hold_after
    flags: dict[str, bool] = {}
    withdrawn: list[PromptWithdrawn] = []
    i = 0
    while rig.t < INTERVAL + countdown_after + 180:
        step = schedule[i % len(schedule)]
        i += 1
        rig.mono += step
        rig.wall += step
        if rig.t >= hold_at:
            flags = hold_flags(kind)
        events = rig.feed(idle_seconds=rig.wall - last_input, **flags)
        withdrawn += [e for e in events if isinstance(e, PromptWithdrawn)]
    assert [w.reason for w in withdrawn] == [WithdrawReason.HELD]
    assert not rig.completed()
    assert ActivityKind.BREAK not in rig.kinds()
    assert rig.engine.streak_seconds >= INTERVAL


@given(
    kind=st.sampled_from(["meeting", "fullscreen"]),
    hold_after=st.floats(min_value=5.0, max_value=100.0),
    confirm=st.sampled_from(["input", "start"]),
)
def test_a_break_the_user_is_taking_is_never_interrupted(
    kind: str, hold_after: float, confirm: str
) -> None:
    rig = Rig()
    rig.sit(INTERVAL)
    assert rig.engine.status().prompt_open
    rig.cmd("card_shown", ["hip-flexor-lunge"])
    rig.tick(3, idle_seconds=3)
    if confirm == "start":
        rig.cmd("break_started", confirmed=True)
    else:
        rig.cmd("break_started")
        rig.tick(2, idle_seconds=0.0)  # the mouse moved on the card
    rig.tick(hold_after, idle_seconds=hold_after, **hold_flags(kind))
    assert not [e for e in rig.events if isinstance(e, PromptWithdrawn)]
    rig.tick(120, idle_seconds=hold_after + 120, **hold_flags(kind))
    assert len(rig.completed()) == 1
    assert ActivityKind.BREAK in rig.kinds()


def test_a_call_joined_three_minutes_before_the_break_gets_no_card() -> None:
    rig = Rig()
    rig.sit(INTERVAL - 3 * MIN)
    joined = rig.wall
    for _ in range(20):  # a ten-minute call, sampled as the engine asks
        wake = rig.engine.next_wakeup(rig.mono)
        assert wake is not None
        step = min(30.0, wake - rig.mono)
        assert not [
            e
            for e in rig.tick(step, idle_seconds=rig.wall + step - joined, in_meeting=True)
            if isinstance(e, BreakDue)
        ]
    assert rig.engine.status().state == "held"
    wake = rig.engine.next_wakeup(rig.mono)
    assert wake is not None and wake - rig.mono <= 30
    events = rig.tick(wake - rig.mono, idle_seconds=rig.wall - joined)
    assert [e for e in events if isinstance(e, BreakDue)]
