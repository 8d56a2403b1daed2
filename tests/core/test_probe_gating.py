"""When the meeting and full-screen probes run: the rule, without any probe or clock."""

from __future__ import annotations

import itertools
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from standup_buddy.core.probe_gating import (
    AWAY_PROBE_FIRST_SECONDS,
    AWAY_PROBE_MAX_SECONDS,
    PROBE_CACHE_SECONDS,
    GateDecision,
    GateInput,
    GateState,
    decide,
)

THRESHOLD = 300.0  # a 5 min natural break


def typing(now: float, **changes: object) -> GateInput:
    base = GateInput(real_now=now, decisive=False, away=False, idle_seconds=0.0,
                     natural_break_seconds=THRESHOLD)
    return replace(base, **changes)  # type: ignore[arg-type]


def run(inputs: list[GateInput]) -> list[GateDecision]:
    state, decisions = GateState(), []
    for sample in inputs:
        decision = decide(state, sample)
        decisions.append(decision)
        state = decision.state
    return decisions


def test_while_typing_nothing_is_probed_and_an_old_meeting_answer_is_forgotten() -> None:
    decision = decide(GateState(meeting_at=5.0), typing(10.0))
    assert not decision.check_meeting and not decision.check_fullscreen
    assert decision.forget_meeting and decision.forget_fullscreen
    assert decision.state.meeting_at is None


def test_looking_idle_asks_about_a_meeting_but_not_about_full_screen() -> None:
    decision = decide(GateState(), typing(10.0, idle_seconds=THRESHOLD * 0.8))
    assert decision.check_meeting and not decision.check_fullscreen


def test_a_decisive_sample_probes_both_holds_once_per_cache_age() -> None:
    first, soon, later = run([
        typing(0.0, decisive=True),
        typing(PROBE_CACHE_SECONDS / 2, decisive=True),
        typing(PROBE_CACHE_SECONDS, decisive=True),
    ])
    assert first.check_meeting and first.check_fullscreen
    assert not soon.check_meeting and not soon.check_fullscreen
    assert later.check_meeting and later.check_fullscreen


def test_away_the_meeting_check_backs_off_doubling_up_to_the_cap() -> None:
    state, now, checks = GateState(), 0.0, []
    while now < 6 * 3600:
        decision = decide(state, typing(now, away=True, idle_seconds=now + THRESHOLD))
        state = decision.state
        if decision.check_meeting:
            checks.append(now)
        now += 10.0
    gaps = [b - a for a, b in itertools.pairwise(checks)]
    assert gaps[0] == AWAY_PROBE_FIRST_SECONDS
    assert gaps[1] == 2 * AWAY_PROBE_FIRST_SECONDS
    assert max(gaps) == AWAY_PROBE_MAX_SECONDS
    assert len(checks) < 20  # six hours away: a handful of D-Bus calls, not 2000


def test_coming_back_restarts_the_back_off() -> None:
    state = GateState(meeting_at=0.0, away_gap=AWAY_PROBE_MAX_SECONDS)
    state = decide(state, typing(5.0)).state
    assert state.away_gap == AWAY_PROBE_FIRST_SECONDS


def test_without_meeting_awareness_the_meeting_probe_never_runs() -> None:
    decision = decide(GateState(), typing(0.0, decisive=True, meeting_probe=False))
    assert not decision.check_meeting and decision.check_fullscreen


samples = st.builds(
    GateInput,
    real_now=st.just(0.0),
    decisive=st.booleans(),
    away=st.booleans(),
    idle_seconds=st.none() | st.floats(0.0, 4 * THRESHOLD),
    natural_break_seconds=st.just(THRESHOLD),
    fresh_seconds=st.floats(0.05, PROBE_CACHE_SECONDS),
    meeting_probe=st.booleans(),
    fullscreen_probe=st.booleans(),
)


@given(st.lists(st.tuples(st.floats(0.0, 4000.0), samples), max_size=60))
def test_any_sequence_keeps_the_probe_rules(steps: list[tuple[float, GateInput]]) -> None:
    state, now = GateState(), 0.0
    last_meeting: float | None = None
    last_fullscreen: float | None = None
    for gap, template in steps:
        now += gap
        sample = replace(template, real_now=now)
        decision = decide(state, sample)
        # Each probe runs only where it exists, and never twice within the cache age.
        if decision.check_meeting:
            assert sample.meeting_probe
            assert last_meeting is None or now - last_meeting >= sample.fresh_seconds
            last_meeting = now
        if decision.check_fullscreen:
            assert sample.fullscreen_probe and sample.decisive
            assert last_fullscreen is None or now - last_fullscreen >= sample.fresh_seconds
            last_fullscreen = now
        # Full screen matters only for prompts: forgotten whenever nothing is decisive.
        assert decision.forget_fullscreen == (not sample.decisive)
        # A decisive sample never decides on an answer older than the cache age.
        if sample.decisive and sample.meeting_probe:
            at = decision.state.meeting_at
            assert decision.check_meeting or (at is not None and now - at < sample.fresh_seconds)
        # Typing with nothing at stake drops the meeting answer without a probe.
        if sample.meeting_probe and not (sample.decisive or sample.away or sample.looks_idle):
            assert decision.forget_meeting and not decision.check_meeting
        assert AWAY_PROBE_FIRST_SECONDS <= decision.state.away_gap <= AWAY_PROBE_MAX_SECONDS
        if decision.forget_meeting:
            last_meeting = None
        if decision.forget_fullscreen:
            last_fullscreen = None
        state = decision.state
