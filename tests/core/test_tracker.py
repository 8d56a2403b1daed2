"""Sitting tracking: presence, natural breaks, clock jumps and the intervals written.

A fake clock (plain numbers) drives the engine; each test states what a user
would see: their streak, their state, or the history rows the app stores.
"""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from tests.core.engine_rig import DEFAULT_CONFIG, EngineRig

from standup_buddy.core.engine import (
    EngineState,
    HoldReason,
    IntervalClosed,
)
from standup_buddy.core.model import ActivityKind, Interval

MIN = 60.0
SIT = ActivityKind.SITTING
AWAY = ActivityKind.NATURAL_BREAK


class Rig(EngineRig):
    """The engine rig plus views of the timeline it produced."""

    def closed(self) -> list[Interval]:
        return [e.interval for e in self.events if isinstance(e, IntervalClosed)]

    def timeline(self) -> list[Interval]:
        running = self.engine.open_interval.until(self.engine.now)
        return [*self.closed(), running] if running.seconds > 0 else self.closed()

    def kinds(self) -> list[tuple[ActivityKind, float, float]]:
        """The timeline as (kind, start, end) relative to the first sample."""
        return [(i.kind, i.start - self.start, i.end - self.start) for i in self.timeline()]

    def total(self, kind: ActivityKind) -> float:
        return sum(i.seconds for i in self.timeline() if i.kind is kind)

    @property
    def streak(self) -> float:
        return self.engine.streak_seconds

    @property
    def state(self) -> EngineState:
        return self.engine.status().state


def assert_contiguous(rig: Rig) -> None:
    timeline = rig.timeline()
    for before, after in itertools.pairwise(timeline):
        assert before.end == pytest.approx(after.start)
    assert sum(i.seconds for i in timeline) == pytest.approx(rig.engine.now - rig.start)


# -- sitting and natural breaks ----------------------------------------------


def test_present_time_builds_the_sitting_streak() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    assert rig.streak == pytest.approx(10 * MIN)
    assert rig.engine.status().sitting_minutes == pytest.approx(10)
    assert rig.state is EngineState.SITTING
    assert rig.kinds() == [(SIT, 0, 10 * MIN)]


def test_a_short_absence_counts_as_sitting() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    rig.leave(4 * MIN)
    rig.sit(1 * MIN)
    assert rig.streak == pytest.approx(15 * MIN)
    assert rig.total(AWAY) == 0


def test_a_natural_break_starts_at_the_last_input_and_resets_the_streak() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    rig.leave(4 * MIN)
    assert rig.state is EngineState.SITTING
    rig.leave(5 * MIN)  # continuing the same absence past the five-minute threshold
    assert rig.state is EngineState.AWAY
    assert rig.engine.status().present is False
    assert rig.streak == 0
    # Back: the sample says the last input was 2 seconds ago.
    rig.tick(30, idle_seconds=2)
    assert rig.state is EngineState.SITTING
    assert rig.kinds() == [
        (SIT, 0, 10 * MIN),
        (AWAY, 10 * MIN, 19.5 * MIN - 2),
        (SIT, 19.5 * MIN - 2, 19.5 * MIN),
    ]
    assert rig.streak == pytest.approx(2)


def test_one_late_sample_still_cuts_sitting_back_to_the_last_input() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    rig.tick(20 * MIN, idle_seconds=15 * MIN)
    assert rig.state is EngineState.AWAY
    assert rig.kinds() == [(SIT, 0, 15 * MIN), (AWAY, 15 * MIN, 30 * MIN)]
    rig.tick(10, idle_seconds=0)
    assert rig.kinds()[1] == (AWAY, 15 * MIN, 30 * MIN + 10)


def test_polling_only_at_next_wakeup_catches_every_natural_break() -> None:
    # The user leaves right after a sample and is back before the next one
    # would be taken on a fixed period; the wake-up time still catches it.
    rig = Rig()
    rig.sit(5 * MIN)
    rig.tick(4 * MIN, idle_seconds=4 * MIN)
    wake = rig.engine.next_wakeup(rig.mono)
    assert wake == pytest.approx(rig.mono + 1 * MIN)
    rig.tick(1 * MIN, idle_seconds=5 * MIN)
    assert rig.state is EngineState.AWAY
    rig.tick(2 * MIN, idle_seconds=10)  # came back 10 s ago: away 7 minutes 50 s
    assert rig.kinds() == [
        (SIT, 0, 5 * MIN),
        (AWAY, 5 * MIN, 12 * MIN - 10),
        (SIT, 12 * MIN - 10, 12 * MIN),
    ]


def test_time_no_reading_covers_is_not_taken_as_absence() -> None:
    # No idle source, and samples far apart: nothing says the user left.
    rig = Rig()
    rig.sit(10 * MIN)
    rig.tick(40 * MIN)
    assert rig.total(AWAY) == 0
    assert rig.streak == pytest.approx(50 * MIN)


def test_a_locked_screen_for_the_threshold_is_a_natural_break() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    rig.feed(locked=True)  # the adapter samples when the session locks
    rig.sit(4 * MIN, locked=True)
    assert rig.state is EngineState.SITTING  # a short lock is still sitting
    rig.sit(2 * MIN, locked=True)
    assert rig.state is EngineState.AWAY
    rig.tick(30, idle_seconds=5)  # the adapter samples when the session unlocks
    assert rig.kinds() == [(SIT, 0, 10 * MIN), (AWAY, 10 * MIN, 16.5 * MIN)]
    rig.tick(30)
    assert rig.kinds()[-1] == (SIT, 16.5 * MIN, 17 * MIN)


def test_a_bump_on_the_locked_screen_does_not_end_the_break_before_the_unlock() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    rig.feed(locked=True)
    rig.sit(8 * MIN, locked=True)
    bump = rig.wall
    rig.sit(3 * MIN, locked=True)
    # Unlocked (by a fingerprint, say): the idle counter still dates the last
    # input to the bump on the lock screen.
    rig.feed(idle_seconds=rig.wall - bump)
    assert rig.kinds()[1] == (AWAY, 10 * MIN, 21 * MIN)
    rig.tick(30, idle_seconds=rig.wall + 30 - bump)
    assert rig.kinds()[-1] == (SIT, 21 * MIN, 21.5 * MIN)


def test_without_an_idle_source_only_lock_and_sleep_show_absence() -> None:
    rig = Rig()
    rig.sit(3 * 60 * MIN, step=5 * MIN)  # idle reads 0 all along
    assert rig.total(AWAY) == 0
    assert rig.total(SIT) == pytest.approx(3 * 60 * MIN)


def test_an_unreadable_idle_source_keeps_the_current_verdict() -> None:
    rig = Rig()
    rig.sit(2 * MIN)
    rig.sit(10 * MIN, idle_seconds=None)
    assert rig.state is EngineState.SITTING
    rig.leave(6 * MIN)
    assert rig.state is EngineState.AWAY
    rig.sit(2 * MIN, idle_seconds=None)
    assert rig.state is EngineState.AWAY


def test_the_app_can_start_while_the_user_is_away() -> None:
    rig = Rig(idle_seconds=20 * MIN)
    assert rig.state is EngineState.AWAY
    rig.tick(30, idle_seconds=0)
    assert rig.kinds() == [(AWAY, 0, 30)]
    assert rig.state is EngineState.SITTING


# -- meetings, standing, pause ---------------------------------------------------


def test_a_meeting_without_input_is_not_a_break() -> None:
    rig = Rig()
    rig.sit(5 * MIN)
    rig.leave(40 * MIN, in_meeting=True)
    assert rig.state is not EngineState.AWAY
    assert rig.total(AWAY) == 0
    assert rig.streak == pytest.approx(45 * MIN)


def test_meeting_awareness_off_lets_the_idle_time_count() -> None:
    rig = Rig(dataclasses.replace(DEFAULT_CONFIG, meeting_awareness=False))
    rig.sit(5 * MIN)
    rig.leave(40 * MIN, in_meeting=True)
    assert rig.state is EngineState.AWAY
    assert rig.total(AWAY) == pytest.approx(40 * MIN)


def test_standing_time_neither_adds_to_nor_resets_the_streak() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    rig.cmd("set_standing", True)
    assert rig.state is EngineState.STANDING
    rig.sit(45 * MIN)
    assert rig.streak == pytest.approx(10 * MIN)
    assert rig.engine.status().standing is True
    rig.cmd("set_standing", False)
    rig.sit(1 * MIN)
    assert rig.streak == pytest.approx(11 * MIN)
    assert rig.kinds() == [
        (SIT, 0, 10 * MIN),
        (ActivityKind.STANDING, 10 * MIN, 55 * MIN),
        (SIT, 55 * MIN, 56 * MIN),
    ]


def test_walking_away_from_the_standing_desk_is_a_natural_break() -> None:
    rig = Rig()
    rig.cmd("set_standing", True)
    rig.sit(5 * MIN)
    rig.leave(10 * MIN)
    rig.sit(1 * MIN)
    assert rig.state is EngineState.STANDING
    assert [k for k, _, _ in rig.kinds()] == [ActivityKind.STANDING, AWAY, ActivityKind.STANDING]


def test_paused_time_is_recorded_as_paused_and_freezes_the_streak() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    rig.cmd("pause", rig.wall + 30 * MIN)
    status = rig.engine.status()
    assert status.state is EngineState.PAUSED
    assert status.paused_until == rig.wall + 30 * MIN
    assert status.next_break_minutes is None
    # The adapter oversleeps: the next sample comes 10 minutes after the pause ended.
    rig.tick(40 * MIN)
    assert rig.kinds() == [
        (SIT, 0, 10 * MIN),
        (ActivityKind.PAUSED, 10 * MIN, 40 * MIN),
        (SIT, 40 * MIN, 50 * MIN),
    ]
    assert rig.streak == pytest.approx(20 * MIN)
    assert rig.engine.status().paused_until is None


def test_getting_up_during_a_pause_still_resets_the_streak() -> None:
    rig = Rig()
    rig.sit(20 * MIN)
    rig.cmd("pause", rig.wall + 60 * MIN)
    rig.leave(30 * MIN)
    rig.tick(30, idle_seconds=0)
    rig.cmd("resume")
    assert rig.streak == 0
    assert rig.total(AWAY) == 0  # the user asked for the pause: it stays a pause


# -- clocks ---------------------------------------------------------------------


def test_a_suspend_nobody_announced_is_a_natural_break_over_the_gap() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    rig.mono += 5  # monotonic time stood still while the machine slept
    rig.wall += 60 * MIN
    rig.feed(idle_seconds=0)
    assert rig.state is EngineState.SITTING
    # Away from the last input to the wake-up; the 5 monotonic seconds since then are sitting.
    assert rig.kinds() == [
        (SIT, 0, 10 * MIN),
        (AWAY, 10 * MIN, 70 * MIN - 5),
        (SIT, 70 * MIN - 5, 70 * MIN),
    ]
    assert rig.streak == pytest.approx(5)


def test_after_a_suspend_an_idle_counter_that_kept_running_means_still_away() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    rig.mono += 5
    rig.wall += 60 * MIN
    rig.feed(idle_seconds=60 * MIN)
    assert rig.state is EngineState.AWAY
    rig.tick(30, idle_seconds=3)
    assert rig.kinds()[1] == (AWAY, 10 * MIN, 70.5 * MIN - 3)


def test_a_short_clock_jump_counts_as_sitting() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    rig.mono += 5
    rig.wall += 2 * MIN
    rig.feed()
    assert rig.total(AWAY) == 0
    assert rig.streak == pytest.approx(12 * MIN)


def test_a_clock_set_back_never_makes_negative_intervals() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    rig.mono += 30
    rig.wall -= 60 * MIN
    rig.feed()
    rig.sit(5 * MIN)
    timeline = rig.timeline()
    assert all(i.seconds >= 0 for i in timeline)
    assert timeline[0] == Interval(SIT, rig.start, rig.start + 10.5 * MIN, 0)
    # The next interval starts at the corrected clock.
    assert timeline[1].start == pytest.approx(rig.start + 10.5 * MIN - 60 * MIN)
    assert rig.streak == pytest.approx(15.5 * MIN)


def test_a_clock_slewing_back_a_little_holds_the_timeline_still() -> None:
    rig = Rig()
    rig.sit(1 * MIN)
    rig.mono += 1
    rig.wall -= 20
    rig.feed()
    rig.sit(1 * MIN)
    assert_contiguous(rig)
    assert all(i.seconds >= 0 for i in rig.timeline())


def test_a_new_utc_offset_splits_the_interval() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    rig.offset = 3600
    rig.tick(30)
    closed = rig.closed()
    assert closed == [Interval(SIT, rig.start, rig.start + 10.5 * MIN, 0)]
    assert rig.engine.open_interval.utc_offset == 3600
    assert rig.streak == pytest.approx(10.5 * MIN)


def test_intervals_cover_the_elapsed_time_exactly() -> None:
    rig = Rig()
    rig.sit(10 * MIN)
    rig.leave(7 * MIN)
    rig.tick(30, idle_seconds=1)
    rig.cmd("set_standing", True)
    rig.sit(12 * MIN)
    rig.cmd("set_standing", False)
    rig.cmd("pause", rig.wall + 5 * MIN)
    rig.sit(9 * MIN)
    rig.offset = -3600
    rig.sit(20 * MIN)
    assert_contiguous(rig)
    assert {i.kind for i in rig.timeline()} >= {
        SIT,
        AWAY,
        ActivityKind.STANDING,
        ActivityKind.PAUSED,
    }


# -- status and wake-ups ----------------------------------------------------------


def test_status_has_the_fields_of_status_json() -> None:
    rig = Rig()
    rig.sit(12 * MIN)
    fields = rig.engine.status().as_dict()
    assert fields["state"] == "sitting"
    assert fields["sitting_minutes"] == pytest.approx(12)
    assert fields["next_break_minutes"] == pytest.approx(18)
    assert fields["paused_until"] is None
    assert fields["hold_reason"] is None
    assert fields["standing"] is False


def test_next_wakeup_is_the_latest_safe_poll_for_the_idle_threshold() -> None:
    rig = Rig()
    rig.sit(5 * MIN)
    rig.tick(100, idle_seconds=100)
    # Idle cannot reach five minutes before 200 more seconds have passed.
    assert rig.engine.next_wakeup(rig.mono) == pytest.approx(rig.mono + 200)


def test_next_wakeup_is_when_the_streak_reaches_the_interval() -> None:
    rig = Rig()
    rig.sit(28 * MIN)
    assert rig.engine.next_wakeup(rig.mono) == pytest.approx(rig.mono + 2 * MIN)


def test_next_wakeup_polls_while_away_and_never_lies_in_the_past() -> None:
    rig = Rig()
    rig.sit(2 * MIN)
    rig.leave(6 * MIN)
    wake = rig.engine.next_wakeup(rig.mono)
    assert wake == pytest.approx(rig.mono + 30)
    assert rig.engine.next_wakeup(rig.mono + 999) == rig.mono + 999


def test_samples_may_come_at_any_rate() -> None:
    scaled = Rig(dataclasses.replace(DEFAULT_CONFIG, natural_break_minutes=1))
    scaled.sit(30, step=0.5)
    assert scaled.streak == pytest.approx(30)
    scaled.leave(90, step=0.5)
    assert scaled.state is EngineState.AWAY


def test_a_command_while_the_screen_is_locked_is_not_input() -> None:
    # e.g. "standup-buddy status" run over ssh while the desk is empty
    rig = Rig()
    rig.sit(5 * MIN)
    rig.feed(locked=True)
    rig.tick(3 * MIN, locked=True)
    rig.cmd("set_standing", True)
    rig.tick(3 * MIN, locked=True)
    assert rig.state is EngineState.AWAY


def test_status_says_what_holds_prompts_even_before_a_break_is_due() -> None:
    rig = Rig()
    rig.sit(5 * MIN, in_meeting=True)
    status = rig.engine.status()
    assert status.state is EngineState.SITTING
    assert status.hold_reason is HoldReason.MEETING


def test_while_standing_no_break_is_scheduled() -> None:
    rig = Rig()
    rig.sit(5 * MIN)
    rig.cmd("set_standing", True)
    assert rig.engine.status().next_break_minutes is None
    assert rig.engine.status().as_dict()["standing"] is True
