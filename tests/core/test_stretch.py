"""Validating stretch data: every problem reported at once, each with its field."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from standup_buddy.core.figure import Animation
from standup_buddy.core.problem import Problem
from standup_buddy.core.stretch import Stretch, stretch_to_dict, validate_stretch

KNOWN = {"walk-break", "glute-bridge"}


def good() -> dict[str, Any]:
    return {
        "id": "desk-wave",
        "name": "Desk wave",
        "focus": ["shoulders", "circulation"],
        "where": "desk",
        "duration_seconds": 30,
        "sides": "both",
        "steps": ["Sit tall.", "Wave one arm slowly.", "Switch arms."],
        "caution": "Ease in; never push into sharp pain.",
        "animation": "walk-break",
    }


def check(data: object, **kw: Any) -> tuple[Stretch | None, list[Problem]]:
    kw.setdefault("known_animations", KNOWN)
    kw.setdefault("builtin_ids", {"walk-break"})
    kw.setdefault("origin", "desk-wave.json")
    return validate_stretch(data, **kw)


def fields(problems: list[Problem]) -> set[str | None]:
    return {p.field for p in problems}


def test_a_good_stretch_becomes_a_stretch() -> None:
    stretch, problems = check(good())
    assert problems == []
    assert stretch is not None
    assert stretch.id == "desk-wave"
    assert stretch.focus == ("shoulders", "circulation")
    assert stretch.two_sided and stretch.total_seconds == 60
    assert stretch.source == "user"
    assert stretch.animation_id == "walk-break"


def test_problem_text_names_file_field_and_reason() -> None:
    data = good() | {"duration_seconds": 9000}
    _, problems = check(data)
    assert [str(p) for p in problems] == [
        "desk-wave.json: field 'duration_seconds': 9000 is out of bounds (10–600)"
    ]


def test_every_problem_is_reported_not_just_the_first() -> None:
    data = good() | {
        "id": "Bad Id!",
        "focus": ["wiggling"],
        "where": "beach",
        "duration_seconds": 5,
        "sides": "three",
        "steps": ["ok", "x" * 141, ""],
        "caution": "   ",
        "animation": "moonwalk",
        "colour": "red",
    }
    del data["name"]
    stretch, problems = check(data)
    assert stretch is None
    assert fields(problems) == {
        "id",
        "name",
        "focus",
        "where",
        "duration_seconds",
        "sides",
        "steps[1]",
        "steps[2]",
        "caution",
        "animation",
        "colour",
    }
    assert all(p.origin == "desk-wave.json" for p in problems)


def test_missing_fields_are_each_named() -> None:
    _, problems = check({"id": "lonely"})
    missing = {p.field for p in problems if p.reason == "is missing"}
    assert missing == {
        "name",
        "focus",
        "where",
        "duration_seconds",
        "sides",
        "steps",
        "caution",
        "animation",
    }


def test_duration_bounds_are_inclusive_and_whole_seconds_only() -> None:
    for ok in (10, 600, 30.0):
        assert check(good() | {"duration_seconds": ok})[1] == []
    for bad in (9, 601, 12.5, "30", True, None):
        assert fields(check(good() | {"duration_seconds": bad})[1]) == {"duration_seconds"}


def test_steps_are_one_to_eight_short_sentences() -> None:
    assert fields(check(good() | {"steps": []})[1]) == {"steps"}
    assert fields(check(good() | {"steps": ["Step."] * 9})[1]) == {"steps"}
    assert check(good() | {"steps": ["x" * 140] * 8})[1] == []


def test_a_user_stretch_may_not_take_a_builtin_id_but_a_builtin_may() -> None:
    data = good() | {"id": "walk-break"}
    _, problems = check(data)
    assert fields(problems) == {"id"}
    assert "built-in" in problems[0].reason
    stretch, problems = check(data, source="builtin")
    assert problems == [] and stretch is not None and stretch.source == "builtin"


def test_inline_animation_is_checked_with_field_paths() -> None:
    inline = {"cycle_seconds": 3, "keyframes": [{"t": 0, "joints": {"knee_left": 20}}]}
    stretch, problems = check(good() | {"animation": inline})
    assert problems == []
    assert stretch is not None and isinstance(stretch.animation, Animation)
    assert stretch.animation.id == "desk-wave"
    broken = {"keyframes": [{"t": 0.5, "joints": {"knee_left": 9999}}]}
    _, problems = check(good() | {"animation": broken})
    assert fields(problems) == {
        "animation.keyframes[0].t",
        "animation.keyframes[0].joints.knee_left",
    }


def test_a_path_in_a_stretch_cannot_reach_outside_its_folder() -> None:
    for path in (
        "/etc/passwd.anim.json",
        "../outside.anim.json",
        "sub/../../x.anim.json",
        "C:\\evil.anim.json",
        "~/x.anim.json",
        "notes.json",
    ):
        stretch, problems = check(good() | {"animation": path})
        assert stretch is None, path
        assert fields(problems) == {"animation"}, path


def test_non_objects_are_refused_with_a_reason() -> None:
    data: object
    for data in ([], "stretch", 3, None):
        stretch, problems = check(data)
        assert stretch is None and len(problems) == 1 and problems[0].field is None


def test_fields_starting_with_underscore_are_comments() -> None:
    assert check(good() | {"_note": "from my physio"})[1] == []


def test_stretch_data_round_trips() -> None:
    stretch, _ = check(good())
    assert stretch is not None
    again, problems = check(json.loads(json.dumps(stretch_to_dict(stretch))))
    assert problems == [] and again == stretch


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150)
@given(
    overrides=st.dictionaries(st.sampled_from([*good().keys(), "extra"]), json_values, max_size=5)
)
def test_any_json_is_judged_without_crashing(overrides: dict[str, Any]) -> None:
    stretch, problems = check(good() | overrides)
    assert (stretch is None) == bool(problems)
    for problem in problems:
        assert problem.reason and str(problem).startswith("desk-wave.json: ")
