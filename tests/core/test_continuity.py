"""The rules that make several computers one sitting clock."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from standup_buddy.core.continuity import (
    FRESH_SECONDS,
    PeerBeat,
    break_resets_streak,
    carried_streak,
    owns_prompt,
)
from standup_buddy.core.model import BreakRecord, Outcome

T = 1.8e9


def test_a_switch_within_the_threshold_carries_the_streak() -> None:
    # The desk saw input 120 s ago with 20 minutes sat; its beat is 30 s old.
    desk = PeerBeat("aa", at=T - 30, streak_seconds=20 * 60 + 90, last_input=T - 120, present=True)
    assert carried_streak(T, 10.0, [desk], 300.0) == 20 * 60 + 120


def test_a_switch_after_the_threshold_starts_again() -> None:
    desk = PeerBeat("aa", at=T - 30, streak_seconds=1200, last_input=T - 400, present=True)
    assert carried_streak(T, 10.0, [desk], 300.0) == 10.0


def test_a_break_elsewhere_resets_only_a_streak_running_when_it_ended() -> None:
    done = BreakRecord(T - 600, Outcome.COMPLETED, 0, T - 600, T - 590, T - 500)
    assert break_resets_streak(done, T, 1200.0)
    assert not break_resets_streak(done, T, 100.0)  # this streak began after it
    snoozed = BreakRecord(T - 600, Outcome.SNOOZED, 0, T - 600)
    assert not break_resets_streak(snoozed, T, 1200.0)


def test_the_computer_with_the_latest_input_prompts() -> None:
    laptop = PeerBeat("bb", at=T - 20, streak_seconds=1800, last_input=T - 20, present=True)
    assert not owns_prompt("aa", T, T - 200, [laptop])  # the desk was left 200 s ago
    desk = PeerBeat("aa", at=T - 20, streak_seconds=1800, last_input=T - 200, present=True)
    assert owns_prompt("bb", T, T, [desk])


def test_a_stale_or_absent_peer_never_blocks_a_prompt() -> None:
    gone = PeerBeat(
        "00",
        at=T - FRESH_SECONDS - 1,
        streak_seconds=0,
        last_input=T - 200,
        present=True,
        prompt_open=True,
    )
    away = PeerBeat("01", at=T - 10, streak_seconds=0, last_input=T, present=False)
    assert owns_prompt("ff", T, T - 100, [gone, away])


times = st.floats(-300, 0, allow_nan=False)


@given(times, times, st.booleans(), st.booleans())
def test_exactly_one_of_two_computers_owns_the_prompt(
    a_input: float, b_input: float, a_open: bool, b_open: bool
) -> None:
    """Whatever the two heartbeats say, one computer prompts, never both, never none
    (unless both already show one, which the rule then stops on the larger id)."""
    a = PeerBeat(
        "aa", at=T, streak_seconds=1800, last_input=T + a_input, present=True, prompt_open=a_open
    )
    b = PeerBeat(
        "bb", at=T, streak_seconds=1800, last_input=T + b_input, present=True, prompt_open=b_open
    )
    a_owns = owns_prompt("aa", T, a.last_input, [b])
    b_owns = owns_prompt("bb", T, b.last_input, [a])
    if not (a_open or b_open):
        assert a_owns != b_owns
    else:
        assert not (a_owns and b_owns)
