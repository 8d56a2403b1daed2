"""Break prompts: when they come, what holds them, and what each answer records.

A fake clock (plain numbers) drives the engine.  Defaults: a break every 30
minutes, 2-minute breaks, 5-minute snoozes and natural breaks, Monday to
Friday 08:00-19:00 (UTC offset 0).
"""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from tests.core.engine_rig import DEFAULT_CONFIG, MONDAY, EngineRig

from standup_buddy.core.engine import (
    PROMPT_GRACE_SECONDS,
    BreakDue,
    BreakRecorded,
    EngineState,
    Event,
    HoldReason,
    IntervalClosed,
    PromptHeld,
    PromptWithdrawn,
    StateChanged,
    WithdrawReason,
)
from standup_buddy.core.model import ActivityKind, BreakRecord, Outcome

MIN = 60.0
BREAK = ActivityKind.BREAK
SIT = ActivityKind.SITTING


class Rig(EngineRig):
    """The engine rig plus the break records it produced."""

    def records(self) -> list[BreakRecord]:
        return [e.record for e in self.events if isinstance(e, BreakRecorded)]

    def timeline(self) -> list[tuple[ActivityKind, float, float]]:
        closed = [e.interval for e in self.events if isinstance(e, IntervalClosed)]
        running = self.engine.open_interval.until(self.engine.now)
        if running.seconds > 0:
            closed.append(running)
        return [(i.kind, i.start - self.start, i.end - self.start) for i in closed]


def dues(events: list[Event]) -> list[BreakDue]:
    return [e for e in events if isinstance(e, BreakDue)]


def prompted(rig: Rig) -> Rig:
    """Sit until the first prompt appears (30 minutes) and show the card."""
    assert not dues(rig.sit(30 * MIN - 30))
    assert dues(rig.sit(30))
    rig.cmd("card_shown", ["hip-flexor-lunge"])
    return rig


# -- due, snooze, skip, missed ----------------------------------------------------


def test_a_break_is_due_when_the_streak_reaches_the_interval() -> None:
    rig = Rig()
    assert not dues(rig.sit(29.5 * MIN))
    events = rig.sit(30)
    assert dues(events) == [BreakDue(due=rig.start + 30 * MIN)]
    status = rig.engine.status()
    assert status.prompt_open
    assert status.next_break_minutes == 0


def test_the_due_time_is_exact_even_when_the_sample_comes_late() -> None:
    rig = Rig()
    rig.sit(29 * MIN)
    events = rig.tick(3 * MIN)
    assert dues(events) == [BreakDue(due=rig.start + 30 * MIN)]


def test_snooze_brings_the_prompt_back_after_the_snooze_period_and_counts() -> None:
    rig = prompted(Rig())
    assert not dues(rig.cmd("snooze"))
    assert rig.engine.status().next_break_minutes == pytest.approx(5)
    assert not dues(rig.sit(4.5 * MIN))
    assert dues(rig.sit(30)) == [BreakDue(due=rig.start + 30 * MIN, snoozes=1)]
    rig.cmd("snooze")
    assert dues(rig.sit(5 * MIN)) == [BreakDue(due=rig.start + 30 * MIN, snoozes=2)]
    rig.cmd("complete")
    (record,) = rig.records()
    assert record.outcome is Outcome.COMPLETED
    assert record.snoozes == 2


def test_skip_records_skipped_and_restarts_the_streak() -> None:
    rig = prompted(Rig())
    events = rig.cmd("skip")
    (record,) = [e.record for e in events if isinstance(e, BreakRecorded)]
    assert record.outcome is Outcome.SKIPPED
    assert record.prompted == rig.start + 30 * MIN
    assert record.stretch_ids == ("hip-flexor-lunge",)
    assert rig.engine.streak_seconds == 0
    assert not dues(rig.sit(29.5 * MIN))
    assert dues(rig.sit(30))


def test_a_prompt_ignored_while_working_is_missed_then_shown_again() -> None:
    rig = prompted(Rig())
    events = rig.sit(2 * MIN)
    (record,) = [e.record for e in events if isinstance(e, BreakRecorded)]
    assert record.outcome is Outcome.MISSED
    assert record.prompted == rig.start + 30 * MIN
    assert rig.engine.status().prompt_open is False
    assert rig.engine.streak_seconds == pytest.approx(32 * MIN)  # they kept sitting
    assert not dues(rig.sit(4.5 * MIN))
    assert dues(rig.sit(30)) == [BreakDue(due=rig.start + 30 * MIN)]


def test_walking_away_from_an_open_prompt_is_a_natural_break_not_a_miss() -> None:
    rig = prompted(Rig())
    events = rig.leave(5 * MIN)
    assert PromptWithdrawn(WithdrawReason.AWAY) in events
    assert rig.records() == []  # neither missed nor claimed as done
    assert rig.engine.status().state is EngineState.AWAY
    rig.leave(5 * MIN)
    assert not dues(rig.sit(1 * MIN))  # back: no instant prompt
    # From the last input to the first one after the return (sampled every 30 s).
    assert rig.timeline()[1] == (ActivityKind.NATURAL_BREAK, 30 * MIN, 40.5 * MIN)
    assert rig.engine.streak_seconds == pytest.approx(30)


def test_walking_away_after_a_snooze_records_the_snooze() -> None:
    rig = prompted(Rig())
    rig.cmd("snooze")
    rig.sit(5 * MIN)
    rig.leave(6 * MIN)
    (record,) = rig.records()
    assert record.outcome is Outcome.SNOOZED
    assert record.snoozes == 1


def test_a_short_absence_after_the_prompt_ends_as_missed_when_input_returns() -> None:
    rig = prompted(Rig())
    rig.leave(3 * MIN)  # past the 2-minute timeout, short of a natural break
    assert rig.records() == []
    assert rig.engine.status().prompt_open
    rig.sit(30)
    assert [r.outcome for r in rig.records()] == [Outcome.MISSED]


# -- taking the break -------------------------------------------------------------


def test_a_started_break_is_a_break_interval_until_done() -> None:
    rig = prompted(Rig())
    rig.sit(10)
    rig.cmd("break_started")
    assert rig.engine.status().state is EngineState.ON_BREAK
    rig.tick(60)
    events = rig.cmd("complete")
    (record,) = [e.record for e in events if isinstance(e, BreakRecorded)]
    assert record.outcome is Outcome.COMPLETED
    assert (record.started, record.ended) == (rig.start + 30 * MIN + 10, rig.start + 30 * MIN + 70)
    assert record.seconds_moving == pytest.approx(60)  # Done early: the real duration
    assert rig.timeline() == [(SIT, 0, 30 * MIN + 10), (BREAK, 30 * MIN + 10, 30 * MIN + 70)]
    assert rig.engine.streak_seconds == 0
    assert rig.engine.status().state is EngineState.SITTING


def test_the_countdown_end_completes_the_break_at_its_exact_time() -> None:
    rig = prompted(Rig())
    rig.cmd("break_started", confirmed=True)  # Start pressed
    assert rig.engine.next_wakeup(rig.mono) == pytest.approx(rig.mono + 120)
    rig.tick(5 * MIN)  # the adapter wakes late
    (record,) = rig.records()
    assert record.outcome is Outcome.COMPLETED
    assert record.ended == rig.start + 32 * MIN
    assert rig.timeline() == [
        (SIT, 0, 30 * MIN),
        (BREAK, 30 * MIN, 32 * MIN),
        (SIT, 32 * MIN, 35 * MIN),
    ]
    assert rig.engine.streak_seconds == pytest.approx(3 * MIN)


def test_done_without_start_counts_from_when_the_card_appeared() -> None:
    rig = prompted(Rig())
    rig.tick(90)
    rig.cmd("complete")
    (record,) = rig.records()
    assert (record.started, record.ended) == (rig.start + 30 * MIN, rig.start + 31.5 * MIN)
    assert rig.timeline() == [(SIT, 0, 30 * MIN), (BREAK, 30 * MIN, 31.5 * MIN)]


def test_skip_during_the_countdown_records_how_long_it_ran() -> None:
    rig = prompted(Rig())
    rig.cmd("break_started")
    rig.tick(40)
    rig.cmd("skip")
    (record,) = rig.records()
    assert record.outcome is Outcome.SKIPPED
    assert record.ended is not None and record.started is not None
    assert record.ended - record.started == pytest.approx(40)
    assert record.seconds_moving == 0


# -- holds --------------------------------------------------------------------------


def test_outside_working_hours_the_prompt_is_held_until_they_begin() -> None:
    rig = Rig(at_hour=7 + 20 / 60)  # Monday 07:20
    events = rig.sit(30 * MIN)
    assert PromptHeld(HoldReason.OUTSIDE_HOURS) in events
    assert not dues(events)
    status = rig.engine.status()
    assert status.state is EngineState.HELD
    assert status.hold_reason is HoldReason.OUTSIDE_HOURS
    events = rig.sit(10 * MIN - 30)
    assert not dues(events)
    assert dues(rig.sit(30)) == [BreakDue(due=rig.start + 30 * MIN)]
    assert rig.engine.status().hold_reason is None


def test_the_wakeup_while_held_outside_hours_is_the_start_of_the_day() -> None:
    rig = Rig(at_hour=7 + 25 / 60)
    rig.sit(30 * MIN)
    assert rig.engine.status().state is EngineState.HELD
    # Polling for the idle threshold comes first; at 08:00 the prompt shows.
    while not dues(rig.events):
        rig.wake_up()
    assert rig.wall == MONDAY + 8 * 3600


def test_a_meeting_holds_the_prompt_until_it_ends() -> None:
    rig = Rig()
    rig.sit(29 * MIN)
    events = rig.leave(10 * MIN, in_meeting=True)
    assert PromptHeld(HoldReason.MEETING) in events
    assert not dues(events)
    assert rig.engine.status().state is EngineState.HELD
    assert dues(rig.sit(30))


def test_a_meeting_starting_takes_an_open_prompt_off_the_screen() -> None:
    rig = prompted(Rig())
    events = rig.sit(30, in_meeting=True)
    assert PromptWithdrawn(WithdrawReason.HELD) in events
    assert PromptHeld(HoldReason.MEETING) in events
    assert rig.records() == []
    assert dues(rig.sit(30))


def test_a_fullscreen_window_holds_the_prompt_unless_configured_not_to() -> None:
    rig = Rig()
    rig.sit(29 * MIN)
    events = rig.sit(5 * MIN, fullscreen=True)
    assert PromptHeld(HoldReason.FULLSCREEN) in events
    assert not dues(events)
    assert dues(rig.sit(30))

    relaxed = Rig(dataclasses.replace(DEFAULT_CONFIG, hold_when_fullscreen=False))
    relaxed.sit(29 * MIN)
    assert dues(relaxed.sit(1 * MIN, fullscreen=True))


def test_no_prompt_while_paused_and_a_held_one_comes_when_the_pause_ends() -> None:
    rig = prompted(Rig())
    rig.cmd("snooze")  # would come back at 35 minutes
    rig.sit(1 * MIN)
    rig.cmd("pause", rig.wall + 10 * MIN)
    assert not dues(rig.sit(10 * MIN - 30))
    assert rig.engine.status().state is EngineState.PAUSED
    assert dues(rig.sit(30)) == [BreakDue(due=rig.start + 30 * MIN, snoozes=1)]


def test_pausing_takes_the_open_prompt_away_and_resume_brings_it_back_soon() -> None:
    rig = prompted(Rig())
    events = rig.cmd("pause", rig.wall + 60 * MIN)
    assert PromptWithdrawn(WithdrawReason.PAUSED) in events
    rig.sit(2 * MIN)
    assert not dues(rig.cmd("resume"))
    assert not dues(rig.sit(PROMPT_GRACE_SECONDS - 30))
    assert dues(rig.sit(30))


def test_after_a_natural_break_a_held_prompt_is_dropped() -> None:
    rig = Rig(at_hour=7 + 20 / 60)
    rig.sit(31 * MIN)
    assert rig.engine.status().state is EngineState.HELD
    rig.leave(15 * MIN)
    events = rig.sit(30)
    assert not dues(events)
    assert rig.engine.status().state is EngineState.SITTING
    assert rig.records() == []
    assert not dues(rig.sit(29 * MIN))


def test_take_a_break_now_ignores_holds_and_ends_a_pause() -> None:
    rig = Rig(at_hour=21)
    rig.sit(5 * MIN)
    rig.cmd("pause", rig.wall + 60 * MIN)
    events = rig.cmd("break_now")
    assert dues(events) == [BreakDue(due=rig.wall, forced=True)]
    assert rig.engine.status().paused_until is None
    rig.cmd("card_shown", ["box-breathing"])
    rig.cmd("break_started")
    rig.tick(2 * MIN)
    assert [r.outcome for r in rig.records()] == [Outcome.COMPLETED]


# -- settings and restarts ---------------------------------------------------------


def test_a_shorter_interval_prompts_soon_but_not_at_once() -> None:
    rig = Rig()
    rig.sit(20 * MIN)
    events = rig.cmd("update_config", dataclasses.replace(DEFAULT_CONFIG, interval_minutes=15))
    assert not dues(events)
    assert rig.engine.status().next_break_minutes == pytest.approx(1)
    assert not dues(rig.sit(30))
    # Due when the streak passed the interval now in force.
    assert dues(rig.sit(30)) == [BreakDue(due=rig.start + 15 * MIN)]


def test_sitting_down_never_brings_a_prompt_with_the_click() -> None:
    rig = Rig()
    rig.sit(29 * MIN)
    rig.cmd("set_standing", True)
    rig.cmd("update_config", dataclasses.replace(DEFAULT_CONFIG, interval_minutes=20))
    assert not dues(rig.sit(10 * MIN))  # standing: the streak does not grow
    assert not dues(rig.cmd("set_standing", False))
    assert dues(rig.sit(PROMPT_GRACE_SECONDS))


def test_a_restart_with_a_long_streak_waits_a_moment_before_prompting() -> None:
    rig = Rig(engine_args={"streak_seconds": 45 * MIN})
    assert rig.engine.status().sitting_minutes == pytest.approx(45)
    assert not dues(rig.sit(30))
    assert dues(rig.sit(30))


def test_next_wakeup_follows_snooze_timeout_and_due_time() -> None:
    rig = Rig()
    rig.sit(25 * MIN)
    rig.wake_up()
    assert rig.t == 30 * MIN and rig.engine.status().prompt_open
    rig.cmd("card_shown", [])
    # An unanswered card is looked at again for holds every 30 s.
    assert rig.engine.next_wakeup(rig.mono) == pytest.approx(rig.mono + 30)
    rig.cmd("snooze")
    assert rig.engine.next_wakeup(rig.mono) == pytest.approx(rig.mono + 5 * MIN)
    assert dues(rig.wake_up())


def test_state_changes_are_announced_once() -> None:
    rig = Rig()
    rig.sit(5 * MIN)
    changes = [e for e in rig.cmd("set_standing", True) if isinstance(e, StateChanged)]
    assert [c.status.state for c in changes] == [EngineState.STANDING]
    assert not [e for e in rig.sit(5 * MIN) if isinstance(e, StateChanged)]


def test_intervals_around_breaks_stay_contiguous() -> None:
    rig = prompted(Rig())
    rig.cmd("break_started")
    rig.tick(60)
    rig.cmd("complete")
    rig.sit(31 * MIN)
    rig.cmd("card_shown", [])
    rig.leave(12 * MIN)
    rig.sit(2 * MIN)
    spans = rig.timeline()
    for (_, _, end), (_, start, _) in itertools.pairwise(spans):
        assert end == pytest.approx(start)
    assert spans[-1][2] == pytest.approx(rig.t)
    assert [k for k, _, _ in spans] == [SIT, BREAK, SIT, ActivityKind.NATURAL_BREAK, SIT]
