"""The stick figure: keyframes, easing, forward kinematics and every built-in animation."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from standup_buddy.core.figure import (
    BENCH_HEIGHT,
    FLOOR_Y,
    LIMB_LENGTHS,
    LIMB_THICKNESS,
    TORSO_THICKNESS,
    Animation,
    Box,
    Keyframe,
    Pose,
    animation_to_dict,
    ease,
    lowest_point,
    parse_animation,
    pose_at,
    pose_at_fraction,
    segments,
    still_pose,
    within_limits,
)


def builtin_animations() -> list[Animation]:
    folder = resources.files("standup_buddy") / "assets" / "animations"
    result = []
    for item in sorted(folder.iterdir(), key=lambda t: t.name):
        if item.name.endswith(".json"):
            data = json.loads(item.read_text(encoding="utf-8"))
            animation, problems = parse_animation(data, default_id=item.name[:-5])
            assert problems == [], (item.name, problems)
            assert animation is not None
            result.append(animation)
    return result


ANIMATIONS = builtin_animations()
FRACTIONS = [i / 12 for i in range(12)] + [0.999]


def test_there_is_an_animation_per_builtin_stretch() -> None:
    assert len(ANIMATIONS) >= 18


@pytest.mark.parametrize("animation", ANIMATIONS, ids=lambda a: a.id)
@pytest.mark.parametrize("mirrored", [False, True])
def test_figure_stays_inside_its_box(animation: Animation, mirrored: bool) -> None:
    box = Box(10.0, 20.0, 300.0, 200.0)  # not square: the figure must still fit
    for fraction in FRACTIONS:
        pose = pose_at_fraction(animation, fraction)
        for seg in segments(pose, box, props=animation.props, mirrored=mirrored):
            r = seg.thickness / 2
            for p in (seg.start, seg.end):
                assert box.left <= p.x - r and p.x + r <= box.left + box.width, (seg.name, fraction)
                assert box.top <= p.y - r and p.y + r <= box.top + box.height, (seg.name, fraction)


@pytest.mark.parametrize("animation", ANIMATIONS, ids=lambda a: a.id)
def test_limb_lengths_never_change(animation: Animation) -> None:
    scale = 250.0
    for fraction in FRACTIONS:
        pose = pose_at_fraction(animation, fraction)
        drawn = {s.name: s.length for s in segments(pose, Box(0, 0, scale, scale))}
        for name, length in LIMB_LENGTHS.items():
            side = name.rsplit("_", 1)[-1]
            turn = pose.angle(f"turn_{side}") if name.startswith(("thigh", "shin", "foot")) else 0
            if turn:
                # A leg turned toward the viewer looks shorter from the side, never longer.
                assert drawn[name] <= length * scale + 1e-6
                assert drawn[name] >= length * scale * math.cos(math.radians(turn)) - 1e-6
            else:
                assert drawn[name] == pytest.approx(length * scale, abs=1e-6), (name, fraction)


@pytest.mark.parametrize("animation", ANIMATIONS, ids=lambda a: a.id)
def test_figure_rests_on_the_floor_and_never_sinks_through_it(animation: Animation) -> None:
    if any(prop.kind == "bench" for prop in animation.props):
        # Lying on a bed or bench: the back rests on its top, and a hanging
        # foot may reach the floor but never goes through it.
        for fraction in FRACTIONS:
            pose = pose_at_fraction(animation, fraction)
            torso_bottom = pose.y - TORSO_THICKNESS / 2
            assert torso_bottom == pytest.approx(FLOOR_Y + BENCH_HEIGHT, abs=0.01)
            assert lowest_point(pose) >= FLOOR_Y - 1e-6
        return
    assert animation.grounded
    for fraction in FRACTIONS:
        assert lowest_point(pose_at_fraction(animation, fraction)) == pytest.approx(FLOOR_Y)


@pytest.mark.parametrize("animation", ANIMATIONS, ids=lambda a: a.id)
def test_every_keyframe_stays_within_the_joint_limits(animation: Animation) -> None:
    for frame in animation.keyframes:
        assert within_limits(frame.pose) == [], (animation.id, frame.t)
    # Between keyframes too: interpolation turns the short way round, which
    # must not swing a limb through the body.
    for fraction in [i / 48 for i in range(48)]:
        pose = pose_at_fraction(animation, fraction)
        outside = [n for n in within_limits(pose) if not n.startswith("shoulder_roll")]
        assert outside == [], (animation.id, fraction)


def _points(pose: Pose) -> dict[str, tuple[float, float]]:
    drawn = {s.name: s for s in segments(pose)}
    # Box y grows downward; convert back to world height.
    return {name: (seg.start.x, 1.0 - seg.start.y) for name, seg in drawn.items()}


def test_the_plank_stays_on_its_knees_as_the_text_says() -> None:
    plank = next(a for a in ANIMATIONS if a.id == "plank")
    for fraction in [i / 40 for i in range(40)]:
        pose = pose_at_fraction(plank, fraction)
        points = _points(pose)
        for side in ("left", "right"):
            knee_height = points[f"shin_{side}"][1]
            # The knee rests on the floor (its edge touches the floor line).
            assert knee_height - LIMB_THICKNESS / 2 == pytest.approx(FLOOR_Y, abs=0.012), (
                fraction,
                side,
            )


def test_every_animation_highlights_the_region_it_works() -> None:
    for animation in ANIMATIONS:
        if animation.id == "still":
            continue
        assert animation.highlight, animation.id


def test_easing_curves_start_at_zero_end_at_one_and_never_go_back() -> None:
    for name in ("linear", "ease_in", "ease_out", "ease_in_out"):
        values = [ease(name, i / 50) for i in range(51)]
        assert values[0] == 0.0 and values[-1] == pytest.approx(1.0)
        assert values == sorted(values)
    assert ease("ease_in_out", 0.5) == pytest.approx(0.5)
    assert ease("ease_in_out", 0.1) < 0.1  # slow start
    assert ease("hold", 0.9) == 0.0


def two_frames(loop: bool = True, grounded: bool = False) -> Animation:
    return Animation(
        id="test",
        keyframes=(
            Keyframe(0.0, Pose(joints={"knee_left": 0.0}), "linear"),
            Keyframe(0.5, Pose(joints={"knee_left": 90.0}), "linear"),
        ),
        cycle_seconds=2.0,
        loop=loop,
        grounded=grounded,
        still=0.5,
    )


def test_pose_at_interpolates_between_keyframes_and_loops() -> None:
    anim = two_frames()
    assert pose_at(anim, 0.0).angle("knee_left") == pytest.approx(0.0)
    assert pose_at(anim, 0.5).angle("knee_left") == pytest.approx(45.0)
    assert pose_at(anim, 1.0).angle("knee_left") == pytest.approx(90.0)
    # back toward the first keyframe over the rest of the cycle
    assert pose_at(anim, 1.5).angle("knee_left") == pytest.approx(45.0)
    assert pose_at(anim, 2.5).angle("knee_left") == pytest.approx(45.0)
    assert pose_at(anim, 41.0).angle("knee_left") == pytest.approx(90.0)


def test_a_non_looping_animation_holds_its_last_pose() -> None:
    anim = two_frames(loop=False)
    assert pose_at(anim, 1.5).angle("knee_left") == pytest.approx(90.0)
    assert pose_at(anim, 100.0).angle("knee_left") == pytest.approx(90.0)


def test_still_pose_is_the_representative_moment() -> None:
    assert still_pose(two_frames()).angle("knee_left") == pytest.approx(90.0)


def test_angles_turn_the_short_way_round_for_circles() -> None:
    anim = Animation(
        id="circle",
        keyframes=(
            Keyframe(0.0, Pose(joints={"shoulder_roll": 270.0}), "linear"),
            Keyframe(0.5, Pose(joints={"shoulder_roll": 360.0}), "linear"),
        ),
        cycle_seconds=1.0,
        grounded=False,
    )
    assert pose_at(anim, 0.25).angle("shoulder_roll") == pytest.approx(315.0)
    # wrapping from 360 back to 270 goes back through 315, not the long way
    assert pose_at(anim, 0.75).angle("shoulder_roll") % 360 == pytest.approx(315.0)


def test_grounding_puts_a_standing_figure_on_its_feet() -> None:
    floating = Animation(id="f", keyframes=(Keyframe(0.0, Pose(y=0.9)),), grounded=True, loop=False)
    assert lowest_point(pose_at(floating, 0.0)) == pytest.approx(FLOOR_Y)


def test_mirroring_flips_the_figure_left_to_right() -> None:
    pose = pose_at_fraction(ANIMATIONS[0], 0.3)
    box = Box(0, 0, 100, 100)
    plain = {s.name: s for s in segments(pose, box)}
    flipped = {s.name: s for s in segments(pose, box, mirrored=True)}
    for name, seg in plain.items():
        assert flipped[name].start.x == pytest.approx(100 - seg.start.x)
        assert flipped[name].start.y == pytest.approx(seg.start.y)


def test_segments_are_sorted_far_side_first_and_name_every_body_part() -> None:
    segs = segments(Pose())
    names = {s.name for s in segs}
    for part in (
        "floor",
        "head",
        "torso",
        "upper_arm_left",
        "forearm_right",
        "thigh_left",
        "shin_right",
        "foot_left",
    ):
        assert part in names
    depths = [s.depth for s in segs]
    assert depths == sorted(depths)
    assert segs[0].name == "floor"


def test_parse_reports_every_problem_with_its_field() -> None:
    data = {
        "cycle_seconds": 0,
        "loop": "yes",
        "wobble": 1,
        "keyframes": [
            {"t": 0.3, "joints": {"elbow_left": "bent", "tail": 5}},
            {"t": 0.2, "ease": "bouncy", "root": {"x": 3}},
        ],
        "props": [{"kind": "piano"}],
    }
    animation, problems = parse_animation(data, default_id="x")
    assert animation is None
    fields = {p.field for p in problems}
    assert fields >= {
        "cycle_seconds",
        "loop",
        "wobble",
        "keyframes[0].t",
        "keyframes[0].joints.elbow_left",
        "keyframes[0].joints.tail",
        "keyframes[1].t",
        "keyframes[1].ease",
        "keyframes[1].root.x",
        "props[0].kind",
    }


def test_keyframes_inherit_joints_they_do_not_set() -> None:
    data = {
        "keyframes": [
            {"t": 0, "joints": {"knee_left": 40, "elbow_right": 30}},
            {"t": 0.5, "joints": {"knee_left": 80}},
        ]
    }
    animation, problems = parse_animation(data, default_id="x")
    assert problems == [] and animation is not None
    assert animation.keyframes[1].pose.angle("elbow_right") == 30


def test_animation_data_round_trips() -> None:
    for animation in ANIMATIONS:
        again, problems = parse_animation(animation_to_dict(animation), default_id="other")
        assert problems == []
        assert again is not None
        assert again.id == animation.id
        for fraction in (0.0, 0.37, 0.8):
            a, b = pose_at_fraction(animation, fraction), pose_at_fraction(again, fraction)
            assert (a.x, a.y, a.tilt) == pytest.approx((b.x, b.y, b.tilt))
