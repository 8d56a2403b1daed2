"""What a physiotherapist reading the built-in stretches would check."""

from __future__ import annotations

import re

import pytest

from standup_buddy.core.stretch import Stretch
from standup_buddy.platform.paths import Paths, resolve_paths
from standup_buddy.stretches.catalog import Catalog, load_catalog

LOWER_BODY = {
    "hip_flexors",
    "glutes",
    "hamstrings",
    "quads",
    "calves",
    "legs",
    "lower_back",
    "core",
    "circulation",
    "balance",
}
UPPER_BODY = {"shoulders", "neck", "upper_back", "chest", "wrists"}


@pytest.fixture
def catalog() -> Catalog:
    paths: Paths = resolve_paths()
    paths.stretches_dir.mkdir(parents=True)
    return load_catalog(paths)


def region(stretch: Stretch) -> str:
    focus = set(stretch.focus)
    if focus & LOWER_BODY:
        return "lower"
    if focus & UPPER_BODY:
        return "upper"
    return "general"  # breathing, eyes, posture


def test_every_caution_is_there_and_fits_the_body_region(catalog: Catalog) -> None:
    for stretch in catalog.stretches:
        caution = stretch.caution.lower()
        assert len(caution) > 40, stretch.id
        assert "pain" in caution or "dizzy" in caution, stretch.id
        if region(stretch) == "lower":
            # Stop when symptoms appear or travel further down, not only if they "grow".
            assert "further down your leg" in caution, stretch.id
            assert "appears or spreads" in caution, stretch.id
        elif region(stretch) == "upper":
            assert "arm or hand" in caution, stretch.id
            assert "leg" not in caution, stretch.id
        assert "grows" not in caution, stretch.id


def test_two_sided_stretches_name_the_side_in_words(catalog: Catalog) -> None:
    two_sided = [s for s in catalog.stretches if s.two_sided]
    assert len(two_sided) >= 8
    for stretch in two_sided:
        text = " ".join(stretch.steps).lower()
        assert re.search(r"\bleft\b", text) and re.search(r"\bright\b", text), stretch.id
        # The card starts on the left side with the figure unmirrored: the
        # words must start there too.
        assert "left side first" in text, stretch.id
        assert "one knee" not in text and "one leg" not in text, stretch.id


def test_the_figure_works_the_same_side_the_words_start_with(catalog: Catalog) -> None:
    for stretch in catalog.stretches:
        if not stretch.two_sided:
            continue
        highlight = catalog.animation_for(stretch).highlight
        limbs = [name for name in highlight if name.endswith(("_left", "_right"))]
        assert limbs, stretch.id
        legs = [name for name in limbs if name.startswith(("thigh", "shin", "foot"))]
        # The stretched leg (or, for an arm stretch, the arm) is the left one on
        # the first, unmirrored side, as the words say.
        worked = legs or limbs
        assert all(name.endswith("_left") for name in worked), (stretch.id, highlight)


def test_thomas_stretch_is_done_at_the_edge_of_a_bed(catalog: Catalog) -> None:
    thomas = catalog.get("thomas-stretch")
    assert thomas is not None
    steps = " ".join(thomas.steps).lower()
    assert "bed" in steps and "hang" in steps
    assert any(p.kind == "bench" for p in catalog.animation_for(thomas).props)
    knee = catalog.get("knee-to-chest")
    assert knee is not None and "thomas" not in knee.name.lower()
    assert "sciatica" in knee.caution.lower()
    for stretch in catalog.stretches:
        if "thomas" in stretch.name.lower():
            assert stretch.id == "thomas-stretch"


def test_specific_corrections(catalog: Catalog) -> None:
    def steps(sid: str) -> str:
        stretch = catalog.get(sid)
        assert stretch is not None
        return " ".join(stretch.steps).lower()

    assert "kneel tall" in steps("kneeling-hip-flexor")
    assert "stand tall" not in steps("kneeling-hip-flexor")
    assert "hips slightly higher than your knees" in steps("posture-reset")
    assert "level with your hips" not in steps("posture-reset")
    breathing = steps("deep-breathing")
    assert "belly" in breathing and "shoulders still" in breathing
    assert "arms float" not in breathing and "ribs widen" not in breathing
    ball = steps("hip-release-ball")
    assert "pulse" in ball and "inside the bony point" in ball
    four = catalog.get("seated-figure-four")
    assert four is not None
    assert "hip_flexors" not in four.focus and "glutes" in four.focus
    assert "flex the left foot" in steps("seated-figure-four")
    assert "hip replacement" in four.caution.lower()
    plank = steps("plank")
    assert "knees on the floor" in plank


def test_seated_pelvic_tilt_is_part_of_relief(catalog: Catalog) -> None:
    relief = catalog.program("relief")
    assert relief is not None
    assert "seated-pelvic-tilt" in relief.stretch_ids


def test_no_floor_stretch_is_dropped_without_a_home(catalog: Catalog) -> None:
    # Every floor exercise of a program is in that program's daily routine.
    for program in catalog.programs:
        for sid in program.stretch_ids:
            stretch = catalog.get(sid)
            if stretch is not None and stretch.where == "floor":
                assert sid in program.routine_ids, (program.id, sid)


UPPER_AND_EYES = {
    "chin-to-chest",
    "seated-upper-back-stretch",
    "seated-chest-opener",
    "overhead-reach",
    "wrist-flexor-stretch",
    "look-into-the-distance",
}


def test_upper_body_and_eye_breaks_have_their_own_figure(catalog: Catalog) -> None:
    for sid in UPPER_AND_EYES:
        stretch = catalog.get(sid)
        assert stretch is not None, sid
        assert region(stretch) in ("upper", "general"), sid
        animation = catalog.animation_for(stretch)
        assert animation.id == sid and animation.keyframes and animation.highlight, sid
        assert stretch.steps and stretch.caution
    maintain = catalog.program("maintain")
    assert maintain is not None
    assert set(maintain.stretch_ids) >= UPPER_AND_EYES


def test_a_user_stretch_can_have_no_figure_or_a_library_pose(catalog: Catalog) -> None:
    from standup_buddy.core.stretch import validate_stretch

    base = {
        "id": "my-stretch",
        "name": "My stretch",
        "focus": ["shoulders"],
        "where": "desk",
        "duration_seconds": 30,
        "sides": "none",
        "steps": ["Sit tall."],
        "caution": "Gently; stop if it hurts.",
    }
    for choice in ("none", "pose-seated", "pose-hands-and-knees"):
        stretch, problems = validate_stretch(
            {**base, "animation": choice}, known_animations=catalog.animations, origin="t"
        )
        assert problems == [] and stretch is not None, choice
    composed = {
        "keyframes": [
            {"t": 0, "pose": "seated"},
            {"t": 0.5, "pose": "seated", "joints": {"shoulder_left": 170, "shoulder_right": 170}},
        ],
        "props": [{"kind": "chair", "x": 0.449}],
    }
    stretch, problems = validate_stretch(
        {**base, "animation": composed}, known_animations=catalog.animations, origin="t"
    )
    assert problems == [] and stretch is not None
    frames = catalog.animation_for(stretch).keyframes
    assert frames[1].pose.angle("hip_left") == 90.0  # from the seated pose
    assert frames[1].pose.angle("shoulder_left") == 170.0
    _, problems = validate_stretch(
        {**base, "animation": {"keyframes": [{"t": 0, "pose": "handstand"}]}},
        known_animations=catalog.animations,
        origin="t",
    )
    assert any("handstand" in p.reason for p in problems)
