"""One eligibility rule: what the Stretches window calls filtered out is what breaks leave out."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from standup_buddy.core.rotation import (
    SPACES,
    Exclusion,
    RotationConfig,
    RotationEntry,
    StretchRotation,
)
from standup_buddy.core.stretch import FOCUS_AREAS, PLACES, Stretch


def make(sid: str, where: str, focus: tuple[str, ...]) -> Stretch:
    return Stretch(
        id=sid,
        name=sid.title(),
        focus=focus,
        where=where,  # type: ignore[arg-type]
        duration_seconds=30,
        sides="none",
        steps=("Do it.",),
        caution="Gently.",
        animation="walk-break",
        source="builtin",
    )


specs = st.lists(
    st.tuples(
        st.sampled_from(PLACES),
        st.sets(st.sampled_from(FOCUS_AREAS[:5]), min_size=1, max_size=2),
        st.booleans(),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=150)
@given(
    stretches=specs,
    space=st.sampled_from(SPACES),
    where_filter=st.frozensets(st.sampled_from(PLACES)),
    focus_filter=st.frozensets(st.sampled_from(FOCUS_AREAS[:5])),
    floor_rule=st.booleans(),
    within_hours=st.booleans(),
)
def test_breaks_draw_exactly_the_switched_on_stretches_the_rule_lets_through(
    *,
    stretches: list[tuple[str, set[str], bool]],
    space: str,
    where_filter: frozenset[str],
    focus_filter: frozenset[str],
    floor_rule: bool,
    within_hours: bool,
) -> None:
    by_id = {f"s{i}": make(f"s{i}", w, tuple(sorted(f))) for i, (w, f, _) in enumerate(stretches)}
    config = RotationConfig(
        entries=tuple(RotationEntry(f"s{i}", enabled=on) for i, (_, _, on) in enumerate(stretches)),
        where_filter=where_filter,
        focus_filter=focus_filter,
        floor_outside_hours_only=floor_rule,
        space=space,  # type: ignore[arg-type]
    )
    rotation = StretchRotation(by_id, config, rng=random.Random(0))
    eligible = {s.id for s in rotation.eligible(within_hours)}
    for entry in config.entries:
        stretch = by_id[entry.stretch_id]
        why = config.exclusion(stretch, within_working_hours=within_hours)
        assert (entry.stretch_id in eligible) == (entry.enabled and why is None)
        # Without the hour, only the floor rule is left out of the answer.
        timeless = config.exclusion(stretch)
        if why is not Exclusion.FLOOR_IN_WORKING_HOURS:
            assert timeless == why
        else:
            assert timeless is None


def test_each_reason_is_named() -> None:
    plank = make("plank", "floor", ("glutes",))
    assert RotationConfig(space="desk").exclusion(plank) is Exclusion.NO_ROOM
    assert RotationConfig(where_filter=frozenset({"desk"})).exclusion(plank) is (
        Exclusion.PLACE_FILTERED
    )
    assert RotationConfig(focus_filter=frozenset({"hamstrings"})).exclusion(plank) is (
        Exclusion.FOCUS_FILTERED
    )
    config = RotationConfig()
    assert config.exclusion(plank, within_working_hours=True) is Exclusion.FLOOR_IN_WORKING_HOURS
    assert config.exclusion(plank, within_working_hours=False) is None
