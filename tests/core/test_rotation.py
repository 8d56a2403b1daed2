"""The stretch rotation: order, shuffle without repeats, filters, plans and persistence."""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from standup_buddy.core.rotation import (
    FALLBACK_STRETCH_ID,
    Program,
    RotationConfig,
    RotationEntry,
    RotationState,
    StretchRotation,
    config_from_dict,
    config_to_dict,
    default_config,
    state_from_dict,
    state_to_dict,
)
from standup_buddy.core.stretch import FOCUS_AREAS, PLACES, Stretch


def make(
    sid: str,
    where: str = "desk",
    focus: tuple[str, ...] = ("posture",),
    seconds: int = 30,
    sides: str = "none",
) -> Stretch:
    return Stretch(
        id=sid,
        name=sid.title(),
        focus=focus,
        where=where,  # type: ignore[arg-type]
        duration_seconds=seconds,
        sides=sides,  # type: ignore[arg-type]
        steps=("Do it.",),
        caution="Gently.",
        animation="walk-break",
        source="builtin",
    )


WALK = make(FALLBACK_STRETCH_ID, "standing", ("circulation",), 120)


def catalog(*stretches: Stretch) -> dict[str, Stretch]:
    return {s.id: s for s in (WALK, *stretches)}


def rotation(
    stretches: dict[str, Stretch], ids: list[str], seed: int = 1, **config: object
) -> StretchRotation:
    cfg = RotationConfig(entries=tuple(RotationEntry(i) for i in ids), **config)  # type: ignore[arg-type]
    return StretchRotation(stretches, cfg, rng=random.Random(seed))


def draw_ids(rot: StretchRotation, count: int, within_hours: bool = True) -> list[str]:
    result = []
    for _ in range(count):
        planned = rot.next(within_hours)
        assert planned is not None
        result.append(planned.stretch.id)
    return result


# --- in order -----------------------------------------------------------------


def test_in_order_goes_round_the_entries_in_their_order() -> None:
    stretches = catalog(make("a"), make("b"), make("c"))
    rot = rotation(stretches, ["c", "a", "b"], floor_outside_hours_only=False)
    assert draw_ids(rot, 7) == ["c", "a", "b", "c", "a", "b", "c"]


def test_disabled_and_unknown_entries_are_skipped() -> None:
    stretches = catalog(make("a"), make("b"))
    cfg = RotationConfig(
        entries=(RotationEntry("a"), RotationEntry("gone"), RotationEntry("b", enabled=False)),
    )
    rot = StretchRotation(stretches, cfg, rng=random.Random(0))
    assert draw_ids(rot, 3) == ["a", "a", "a"]


# --- properties -----------------------------------------------------------------

stretch_specs = st.lists(
    st.tuples(
        st.sampled_from(PLACES),
        st.sets(st.sampled_from(FOCUS_AREAS[:6]), min_size=1, max_size=3),
        st.booleans(),  # enabled
        st.floats(min_value=0.1, max_value=10.0),  # weight
        st.sampled_from(["none", "both"]),
    ),
    min_size=1,
    max_size=9,
)


def build(
    specs: list[tuple[str, set[str], bool, float, str]],
) -> tuple[dict[str, Stretch], list[RotationEntry]]:
    stretches = {}
    entries = []
    for index, (where, focus, enabled, weight, sides) in enumerate(specs):
        sid = f"s{index}"
        stretches[sid] = make(sid, where, tuple(sorted(focus)), 20 + index, sides)
        entries.append(RotationEntry(sid, enabled=enabled, weight=weight))
    stretches[WALK.id] = WALK
    return stretches, entries


@settings(max_examples=80)
@given(specs=stretch_specs, seed=st.integers(0, 2**32 - 1))
def test_shuffle_shows_every_enabled_stretch_once_before_any_repeat(
    specs: list[tuple[str, set[str], bool, float, str]], seed: int
) -> None:
    stretches, entries = build(specs)
    cfg = RotationConfig(entries=tuple(entries), strategy="shuffle", floor_outside_hours_only=False)
    rot = StretchRotation(stretches, cfg, rng=random.Random(seed))
    enabled = {e.stretch_id for e in entries if e.enabled}
    if not enabled:
        return
    n = len(enabled)
    drawn = draw_ids(rot, 3 * n)
    for round_start in range(0, 3 * n, n):
        assert set(drawn[round_start : round_start + n]) == enabled
    # and never the same one twice in a row, even across rounds
    if n > 1:
        assert all(a != b for a, b in itertools.pairwise(drawn))


@settings(max_examples=80)
@given(
    specs=stretch_specs,
    where=st.sets(st.sampled_from(PLACES), max_size=2),
    focus=st.sets(st.sampled_from(FOCUS_AREAS[:6]), max_size=2),
    floor_rule=st.booleans(),
    within_hours=st.booleans(),
    strategy=st.sampled_from(["in_order", "shuffle"]),
    seed=st.integers(0, 1000),
)
def test_filters_are_respected_and_disabled_stretches_never_appear(
    *,
    specs: list[tuple[str, set[str], bool, float, str]],
    where: set[str],
    focus: set[str],
    floor_rule: bool,
    within_hours: bool,
    strategy: str,
    seed: int,
) -> None:
    stretches, entries = build(specs)
    cfg = RotationConfig(
        entries=tuple(entries),
        strategy=strategy,  # type: ignore[arg-type]
        where_filter=frozenset(where),
        focus_filter=frozenset(focus),
        floor_outside_hours_only=floor_rule,
    )
    rot = StretchRotation(stretches, cfg, rng=random.Random(seed))
    enabled = {e.stretch_id for e in entries if e.enabled}
    for _ in range(4):
        for planned in rot.plan_break(300, within_hours):
            s = planned.stretch
            if planned.note is not None:
                assert s.id == FALLBACK_STRETCH_ID  # nothing fitted: the safe default
                assert rot.eligible(within_hours) == []
                continue
            assert s.id in enabled
            assert not where or s.where in where
            assert not focus or set(s.focus) & focus
            assert not (floor_rule and within_hours and s.where == "floor")


@settings(max_examples=60)
@given(
    specs=stretch_specs,
    strategy=st.sampled_from(["in_order", "shuffle"]),
    before=st.integers(0, 12),
    seed=st.integers(0, 1000),
)
def test_the_place_in_the_rotation_survives_a_restart(
    specs: list[tuple[str, set[str], bool, float, str]], strategy: str, before: int, seed: int
) -> None:
    stretches, entries = build(specs)
    cfg = RotationConfig(
        entries=tuple(entries),
        strategy=strategy,  # type: ignore[arg-type]
        floor_outside_hours_only=False,
    )
    first = StretchRotation(stretches, cfg, rng=random.Random(seed))
    draw_ids(first, before)
    saved = json.loads(json.dumps(state_to_dict(first.state)))
    restored = state_from_dict(saved)
    assert restored == first.state
    enabled = [e.stretch_id for e in entries if e.enabled]
    if not enabled:
        return
    # A new process, a new random generator: the round still continues where it was.
    second = StretchRotation(stretches, cfg, restored, rng=random.Random(seed + 1))
    if strategy == "in_order":
        assert draw_ids(second, 5) == draw_ids(first, 5)
    else:
        remaining = [sid for sid in first.state.bag if sid in enabled]
        assert draw_ids(second, len(remaining)) == remaining


# --- planning a break ------------------------------------------------------------


def test_two_sided_stretch_gets_both_sides_within_the_break() -> None:
    stretches = catalog(make("lunge", sides="both", seconds=30), make("b"))
    rot = rotation(stretches, ["lunge", "b"])
    plan = rot.plan_break(60, within_working_hours=True)
    assert [p.stretch.id for p in plan] == ["lunge"]
    assert plan[0].sides == ("left", "right")
    assert plan[0].total_seconds == 60


def test_a_long_break_continues_with_the_next_stretches() -> None:
    stretches = catalog(make("a", seconds=30), make("b", seconds=40), make("c", seconds=30))
    rot = rotation(stretches, ["a", "b", "c"])
    plan = rot.plan_break(100, within_working_hours=True)
    assert [p.stretch.id for p in plan] == ["a", "b", "c"]
    assert sum(p.total_seconds for p in plan) == 100
    # the next break carries on from there
    assert [p.stretch.id for p in rot.plan_break(30, True)] == ["a"]


def test_a_plan_never_repeats_a_stretch_and_the_last_one_is_trimmed() -> None:
    stretches = catalog(make("a", seconds=60), make("b", seconds=60))
    rot = rotation(stretches, ["a", "b"])
    plan = rot.plan_break(600, within_working_hours=True)
    assert [p.stretch.id for p in plan] == ["a", "b"]
    short = rotation(stretches, ["a"]).plan_break(20, within_working_hours=True)
    assert short[0].total_seconds == 20


def test_duration_override_is_used() -> None:
    stretches = catalog(make("a", seconds=60))
    cfg = RotationConfig(entries=(RotationEntry("a", duration_override=15),))
    plan = StretchRotation(stretches, cfg).plan_break(15, True)
    assert plan[0].seconds_per_side == 15


def test_an_empty_rotation_falls_back_to_a_walk_and_says_so() -> None:
    stretches = catalog(make("a"))
    cfg = RotationConfig(entries=(RotationEntry("a", enabled=False),))
    plan = StretchRotation(stretches, cfg).plan_break(120, True)
    assert [p.stretch.id for p in plan] == [FALLBACK_STRETCH_ID]
    assert plan[0].note and "fits right now" in plan[0].note


def test_a_desk_only_user_never_gets_a_standing_or_floor_stretch() -> None:
    stretches = catalog(make("bridge", where="floor"), make("walk", where="standing"), make("desk"))
    for within in (True, False):
        rot = rotation(stretches, ["bridge", "walk", "desk"])
        rot.set_config(replace(rot.config, space="desk"))
        assert set(draw_ids(rot, 6, within_hours=within)) == {"desk"}


def test_floor_space_at_home_brings_floor_work_only_outside_working_hours() -> None:
    stretches = catalog(make("bridge", where="floor"), make("walk", where="standing"))
    rot = rotation(stretches, ["bridge", "walk"])
    assert rot.config.space == "floor"
    assert set(draw_ids(rot, 4, within_hours=True)) == {"walk"}
    assert "bridge" in draw_ids(rot, 4, within_hours=False)
    rot.set_config(replace(rot.config, space="standing"))
    assert set(draw_ids(rot, 4, within_hours=False)) == {"walk"}


def test_floor_work_waits_until_outside_working_hours_by_default() -> None:
    stretches = catalog(make("bridge", where="floor"), make("desk"))
    rot = rotation(stretches, ["bridge", "desk"])
    assert draw_ids(rot, 3, within_hours=True) == ["desk", "desk", "desk"]
    assert "bridge" in draw_ids(rot, 2, within_hours=False)


def test_previous_and_next_step_through_what_was_shown() -> None:
    stretches = catalog(make("a"), make("b"), make("c"), make("d"))
    rot = rotation(stretches, ["a", "b", "c", "d"])
    plan = rot.plan_break(60, True)
    assert [p.stretch.id for p in plan] == ["a", "b"]
    current = rot.current()
    assert current is not None and current.stretch.id == "a"
    assert rot.previous() is None
    shown = [rot.next(), rot.next()]
    assert [p.stretch.id for p in shown if p] == ["b", "c"]
    back = rot.previous()
    assert back is not None and back.stretch.id == "b"
    forward = rot.next()
    assert forward is not None and forward.stretch.id == "c"  # from history, not a new draw
    new = rot.next()
    assert new is not None and new.stretch.id == "d"


def test_default_config_enables_the_program_in_order_and_lists_the_rest() -> None:
    program = Program("p", "P", "desc", ("b", "a", "missing"))
    cfg = default_config(program, ["a", "b", "c"])
    assert [(e.stretch_id, e.enabled) for e in cfg.entries] == [
        ("b", True),
        ("a", True),
        ("c", False),
    ]
    assert cfg.program == "p"


# --- stored data ------------------------------------------------------------------

entries_strategy = st.lists(
    st.builds(
        RotationEntry,
        st.sampled_from(["a", "b", "c", "d", "e"]),
        st.booleans(),
        st.floats(min_value=0.1, max_value=10.0),
        st.none() | st.integers(10, 600),
    ),
    unique_by=lambda e: e.stretch_id,
)


@settings(max_examples=60)
@given(
    entries=entries_strategy,
    strategy=st.sampled_from(["in_order", "shuffle"]),
    where=st.sets(st.sampled_from(PLACES)),
    focus=st.sets(st.sampled_from(FOCUS_AREAS)),
    floor_rule=st.booleans(),
)
def test_config_round_trips_through_json(
    entries: list[RotationEntry], strategy: str, where: set[str], focus: set[str], floor_rule: bool
) -> None:
    cfg = RotationConfig(
        entries=tuple(entries),
        program="relief",
        strategy=strategy,  # type: ignore[arg-type]
        where_filter=frozenset(where),
        focus_filter=frozenset(focus),
        floor_outside_hours_only=floor_rule,
    )
    data = json.loads(json.dumps(config_to_dict(cfg)))
    again, problems = config_from_dict(data, known_ids="abcde", origin="r.json")
    assert problems == [] and again == cfg


def test_unknown_ids_and_bad_values_are_reported_and_the_rest_kept() -> None:
    data = {
        "strategy": "random",
        "where_filter": ["desk", "moon"],
        "entries": [
            "a",
            {"stretch_id": "nope"},
            {"stretch_id": "b", "weight": 99},
            {"stretch_id": "a"},
            7,
        ],
    }
    cfg, problems = config_from_dict(data, known_ids=["a", "b"], origin="r.json")
    assert [e.stretch_id for e in cfg.entries] == ["a", "b"]
    assert cfg.entries[1].weight == 1.0
    assert cfg.strategy == "in_order"
    assert cfg.where_filter == frozenset({"desk"})
    assert {p.field for p in problems} == {
        "strategy",
        "where_filter",
        "entries[1].stretch_id",
        "entries[2].weight",
        "entries[3].stretch_id",
        "entries[4]",
    }


def test_unusable_state_data_gives_a_fresh_start() -> None:
    assert state_from_dict("junk") == RotationState()
    assert state_from_dict({"position": "x"}) == RotationState()
    state = state_from_dict({"history": ["a", "b"], "cursor": 99})
    assert state.cursor == 1


def test_changing_the_config_keeps_the_place() -> None:
    stretches = catalog(make("a"), make("b"), make("c"))
    rot = rotation(stretches, ["a", "b", "c"])
    draw_ids(rot, 1)
    rot.set_config(replace(rot.config, entries=(*rot.config.entries, RotationEntry("walk-break"))))
    assert draw_ids(rot, 3) == ["b", "c", "walk-break"]
