"""Postpone and skip rules, strict mode and the emergency exit, on the engine rig.

Whatever the user does and whenever, a break is never snoozed more often
than the rules allow (a refused snooze is reported, not silently taken),
strict mode never offers Snooze or Skip and always offers the emergency
exit, and the exit always ends the open break, recorded as an emergency
exit.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.core.engine_rig import DEFAULT_CONFIG, EngineRig

from standup_buddy.core.break_rules import Answer, BreakRules, RefusalReason
from standup_buddy.core.engine import AnswerRefused, BreakRecorded
from standup_buddy.core.model import Outcome
from standup_buddy.core.scheduler import BreakPhase

MIN = 60.0

rules_strategy = st.builds(
    BreakRules,
    max_snoozes=st.one_of(st.none(), st.integers(min_value=0, max_value=3)),
    snooze_window_fraction=st.sampled_from([0.0, 0.25, 0.5, 1.0]),
    skip_allowed=st.booleans(),
    strict=st.booleans(),
)

actions = st.lists(
    st.tuples(
        st.sampled_from(["sit", "snooze", "skip", "done", "exit", "start", "leave"]),
        st.floats(min_value=1.0, max_value=8 * MIN),
    ),
    min_size=1,
    max_size=40,
)


def rig_for(rules: BreakRules) -> EngineRig:
    config = dataclasses.replace(
        DEFAULT_CONFIG, interval_minutes=5, duration_seconds=120, snooze_minutes=1, rules=rules
    )
    return EngineRig(config)


def run(rig: EngineRig, script: list[tuple[str, float]]) -> None:
    for action, seconds in script:
        if action == "sit":
            rig.sit(seconds)
        elif action == "leave":
            rig.leave(seconds)
        elif action == "snooze":
            rig.cmd("snooze")
        elif action == "skip":
            rig.cmd("skip")
        elif action == "done":
            rig.cmd("complete")
        elif action == "exit":
            rig.cmd("emergency_exit")
        else:
            rig.cmd("break_started", confirmed=True)
        check_offers(rig)


def check_offers(rig: EngineRig) -> None:
    rules = rig.engine.config.rules
    offers = rig.engine.offers(rig.mono)
    if offers is None:
        return
    assert Answer.DONE in offers.answers
    # Never a card without a way out other than Done.
    assert offers.skip or offers.emergency_exit
    if rules.strict:
        assert offers.answers == {Answer.DONE, Answer.EMERGENCY_EXIT}
        assert offers.snoozes_left == 0
    left = offers.snoozes_left
    if offers.snooze:
        assert left is None or left > 0


@settings(max_examples=150, deadline=None)
@given(rules=rules_strategy, script=actions)
def test_a_snooze_limit_is_never_exceeded(
    rules: BreakRules, script: list[tuple[str, float]]
) -> None:
    rig = rig_for(rules)
    run(rig, script)
    limit = 0 if rules.strict else rules.max_snoozes
    for event in rig.events:
        if isinstance(event, BreakRecorded) and limit is not None:
            assert event.record.snoozes <= limit
    if limit is not None and rig.engine.break_phase is not None:
        assert rig.engine.status().snoozes_left is not None
    assert limit is None or rig.engine._scheduler.snoozes <= limit


@settings(max_examples=100, deadline=None)
@given(script=actions, skip_allowed=st.booleans())
def test_strict_mode_never_snoozes_or_skips_and_always_has_the_exit(
    script: list[tuple[str, float]], skip_allowed: bool
) -> None:
    rig = rig_for(BreakRules(strict=True, skip_allowed=skip_allowed))
    run(rig, script)
    records = [e for e in rig.events if isinstance(e, BreakRecorded)]
    for event in records:
        assert event.record.snoozes == 0
        # A skipped break in strict mode can only come from the emergency exit.
        if event.record.outcome is Outcome.SKIPPED:
            assert event.emergency_exit
    for event in rig.events:
        if isinstance(event, AnswerRefused):
            assert event.reason is RefusalReason.STRICT


@settings(max_examples=100, deadline=None)
@given(rules=rules_strategy, before=st.floats(min_value=0.0, max_value=100.0))
def test_the_emergency_exit_always_ends_the_open_break(rules: BreakRules, before: float) -> None:
    rig = rig_for(rules)
    rig.sit(5 * MIN + 1, step=10)
    assert rig.engine.break_phase is BreakPhase.PROMPTED
    rig.sit(before, step=10)
    assert rig.engine.break_phase in (BreakPhase.PROMPTED, BreakPhase.ON_BREAK)
    events = rig.cmd("emergency_exit")
    recorded = [e for e in events if isinstance(e, BreakRecorded)]
    assert len(recorded) == 1 and recorded[0].emergency_exit
    assert recorded[0].record.outcome is Outcome.SKIPPED
    assert rig.engine.break_phase is None
    assert rig.engine.streak_seconds == 0


def prompted(rules: BreakRules) -> EngineRig:
    rig = rig_for(rules)
    rig.sit(5 * MIN + 1, step=10)
    assert rig.engine.break_phase is BreakPhase.PROMPTED
    return rig


def test_a_refused_snooze_is_reported_and_the_card_stays() -> None:
    rig = prompted(BreakRules(max_snoozes=1))
    assert rig.engine.status().snoozes_left == 1
    rig.cmd("snooze")
    assert rig.engine.status().snoozes_left == 0
    rig.sit(2 * MIN)
    assert rig.engine.break_phase is BreakPhase.PROMPTED
    offers = rig.engine.offers(rig.mono)
    assert offers is not None and not offers.snooze and offers.snoozes_left == 0
    events = rig.cmd("snooze")
    assert AnswerRefused(Answer.SNOOZE, RefusalReason.SNOOZE_LIMIT) in events
    assert rig.engine.break_phase is BreakPhase.PROMPTED


def test_snooze_is_offered_only_in_the_first_part_of_the_prompt() -> None:
    # The prompt lives 120 s before it counts as missed; a quarter is 30 s.
    rig = prompted(BreakRules(snooze_window_fraction=0.25))
    offers = rig.engine.offers(rig.mono)
    assert offers is not None and offers.snooze
    assert rig.engine.offers(rig.mono + 29) is not None
    late = rig.engine.offers(rig.mono + 31)
    assert late is not None and not late.snooze
    rig.sit(31, step=31)
    events = rig.cmd("snooze")
    assert AnswerRefused(Answer.SNOOZE, RefusalReason.SNOOZE_WINDOW) in events


def test_skip_turned_off_is_refused_and_the_exit_is_offered() -> None:
    rig = prompted(BreakRules(skip_allowed=False))
    offers = rig.engine.offers(rig.mono)
    assert offers is not None
    assert offers.answers == {Answer.DONE, Answer.SNOOZE, Answer.EMERGENCY_EXIT}
    events = rig.cmd("skip")
    assert AnswerRefused(Answer.SKIP, RefusalReason.SKIP_NOT_ALLOWED) in events
    assert rig.engine.break_phase is BreakPhase.PROMPTED


def test_the_default_rules_are_todays_behaviour() -> None:
    rig = prompted(BreakRules())
    for _ in range(5):
        offers = rig.engine.offers(rig.mono)
        assert offers is not None
        assert offers.answers == {Answer.DONE, Answer.SNOOZE, Answer.SKIP}
        assert offers.snoozes_left is None
        rig.cmd("snooze")
        rig.sit(61, step=61)
    assert rig.engine.break_phase is BreakPhase.PROMPTED


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_snoozes": -1}, "max_snoozes must be 0 or more"),
        ({"snooze_window_fraction": -0.1}, "snooze_window_fraction must be 0 or more"),
    ],
)
def test_rules_name_a_bad_value(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        BreakRules(**kwargs)  # type: ignore[arg-type]
