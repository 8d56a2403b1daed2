"""Do Not Disturb: movement breaks still come (quietly), the hold is reported and offered.

The engine knows Do Not Disturb as a hold for lighter prompts
(``current_hold``) and reports it in ``hold_reason``, but a movement break is
never held, delayed or withdrawn by it: the same samples with and without it
give the same breaks.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.core.engine_rig import EngineRig

from standup_buddy.core.engine import BreakDue, BreakRecorded, HoldReason, PromptWithdrawn

MIN = 60.0


def test_hold_reason_says_do_not_disturb_and_the_break_still_comes() -> None:
    rig = EngineRig(at_hour=9)
    rig.sit(5 * MIN, do_not_disturb=True)
    status = rig.engine.status()
    assert status.hold_reason is HoldReason.DO_NOT_DISTURB
    assert str(status.state) == "sitting", "not held: only lighter prompts wait"
    assert rig.engine.current_hold() is HoldReason.DO_NOT_DISTURB
    assert rig.engine.current_hold(quiet_counts=False) is None
    events = rig.sit(30 * MIN, do_not_disturb=True)
    assert any(isinstance(e, BreakDue) for e in events)


def test_a_real_hold_is_named_before_do_not_disturb() -> None:
    rig = EngineRig(at_hour=9)
    rig.sit(MIN, do_not_disturb=True, in_meeting=True)
    assert rig.engine.status().hold_reason is HoldReason.MEETING
    rig.sit(MIN, do_not_disturb=True)
    assert rig.engine.status().hold_reason is HoldReason.DO_NOT_DISTURB
    rig.sit(MIN)
    assert rig.engine.status().hold_reason is None


def test_outside_working_hours_wins() -> None:
    rig = EngineRig(at_hour=22)
    rig.sit(MIN, do_not_disturb=True)
    assert rig.engine.current_hold() is HoldReason.OUTSIDE_HOURS


@given(
    plan=st.lists(
        st.tuples(
            st.sampled_from(["sit", "leave"]),
            st.floats(min_value=10.0, max_value=20 * MIN),
            st.booleans(),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_do_not_disturb_never_changes_movement_breaks(
    plan: list[tuple[str, float, bool]],
) -> None:
    quiet, plain = EngineRig(at_hour=9), EngineRig(at_hour=9)
    for action, seconds, dnd in plan:
        getattr(quiet, action)(seconds, do_not_disturb=dnd)
        getattr(plain, action)(seconds)

    def breaks(rig: EngineRig) -> list[object]:
        return [
            e for e in rig.events if isinstance(e, BreakDue | BreakRecorded | PromptWithdrawn)
        ]

    assert breaks(quiet) == breaks(plain)
    assert quiet.engine.status().next_break_minutes == plain.engine.status().next_break_minutes
