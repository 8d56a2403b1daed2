"""A small side-view stick figure: skeleton, keyframed poses and forward kinematics.

The figure faces the positive x direction ("right" on screen) and lives in a
world square from 0 to 1 on both axes, y pointing up, with a floor line at
``FLOOR_Y``.  A pose is a root (the pelvis) plus joint angles in degrees;
``segments`` turns a pose into named line segments that a renderer only has to
draw.  The figure's right side is the side nearest the viewer.

Angle conventions (all in degrees, 0 = the relaxed standing position):

* ``tilt`` - the torso's lean from upright; positive leans forward, 90 is a
  face-down torso pointing forward, -90 a face-up torso with the head behind.
* ``neck`` - the head's nod relative to the torso; positive tips it forward.
* ``shoulder_roll`` - moves the shoulder point round a small circle, 0 = rest,
  180 = shrugged up.
* ``shoulder_*`` / ``hip_*`` - flexion: positive swings the arm or thigh
  forward from hanging along the torso, negative swings it back.
* ``elbow_*`` / ``knee_*`` - bend; 0 is straight, positive bends the joint the
  way it naturally bends.
* ``wrist_*`` - 0 is the hand in line with the forearm; positive bends it the
  way the elbow bends (palm toward the forearm), negative bends it back.
* ``ankle_*`` - 0 is the foot at right angles to the shin, positive points the
  toes (heel up).
* ``turn_*`` - turns the whole leg out of the side-view plane about the torso's
  long axis (0..90), so it looks shorter from the side; a crossed leg (ankle on
  the other knee) is drawn this way without changing any limb's real length.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from standup_buddy.core.problem import Problem, Reason, not_one_of

FLOOR_Y = 0.06
"""Height of the floor line in world units."""

TORSO = 0.25
NECK = 0.035
HEAD_RADIUS = 0.062
CLAVICLE = 0.03
UPPER_ARM = 0.13
FOREARM = 0.125
HAND = 0.045
THIGH = 0.2
SHIN = 0.19
FOOT = 0.06

LIMB_THICKNESS = 0.048
TORSO_THICKNESS = 0.068
FLOOR_THICKNESS = 0.008

CHAIR_SEAT_HEIGHT = SHIN
"""Seat height of the chair prop, so a seated figure's shins stand upright."""
CHAIR_DEPTH = 0.17
CHAIR_BACK = 0.2
PROP_THICKNESS = 0.02

SIDES: tuple[str, str] = ("left", "right")
JOINTS: tuple[str, ...] = (
    "neck",
    "shoulder_roll",
    "shoulder_left",
    "elbow_left",
    "wrist_left",
    "shoulder_right",
    "elbow_right",
    "wrist_right",
    "hip_left",
    "knee_left",
    "ankle_left",
    "hip_right",
    "knee_right",
    "ankle_right",
    "turn_left",
    "turn_right",
)
"""Every joint a pose may set; a joint that is not set stays at 0."""

LIMB_LENGTHS: Mapping[str, float] = {
    "torso": TORSO,
    "upper_arm_left": UPPER_ARM,
    "forearm_left": FOREARM,
    "hand_left": HAND,
    "upper_arm_right": UPPER_ARM,
    "forearm_right": FOREARM,
    "hand_right": HAND,
    "thigh_left": THIGH,
    "shin_left": SHIN,
    "foot_left": FOOT,
    "thigh_right": THIGH,
    "shin_right": SHIN,
    "foot_right": FOOT,
}
"""Fixed length of every limb segment, in world units."""

JOINT_LIMITS: Mapping[str, tuple[float, float]] = {
    "neck": (-45.0, 60.0),
    "shoulder_roll": (-360.0, 360.0),
    "shoulder_left": (-70.0, 185.0),
    "shoulder_right": (-70.0, 185.0),
    "elbow_left": (0.0, 165.0),
    "elbow_right": (0.0, 165.0),
    "wrist_left": (-90.0, 90.0),
    "wrist_right": (-90.0, 90.0),
    "hip_left": (-45.0, 160.0),
    "hip_right": (-45.0, 160.0),
    "knee_left": (0.0, 150.0),
    "knee_right": (0.0, 150.0),
    "ankle_left": (-30.0, 100.0),
    "ankle_right": (-30.0, 100.0),
    "turn_left": (0.0, 90.0),
    "turn_right": (0.0, 90.0),
}
"""The range each joint of a built-in animation stays in, in degrees.

Wide enough for every pose a stretch needs (a hip hugged to the chest, a
shoulder reaching overhead) and narrow enough to rule out an arm swinging
backwards through the body or a knee bending the wrong way. Extension beyond
a real joint's range is what the figure reads as; the hip's -45 includes the
pelvis tipping with it.
"""

EASINGS: tuple[str, ...] = ("linear", "ease_in", "ease_out", "ease_in_out", "hold")
PROP_KINDS: tuple[str, ...] = ("chair", "roller", "bench")
SEGMENT_NAMES: tuple[str, ...] = (
    "torso",
    "head",
    *(
        f"{limb}_{side}"
        for side in ("left", "right")
        for limb in ("upper_arm", "forearm", "hand", "thigh", "shin", "foot")
    ),
)
"""Names of the figure's body segments, which an animation may highlight."""
BENCH_HEIGHT = CHAIR_SEAT_HEIGHT + 0.06
BENCH_LENGTH = 0.42

ANGLE_LIMIT = 720.0
MIN_CYCLE_SECONDS = 0.5
MAX_CYCLE_SECONDS = 60.0
MAX_KEYFRAMES = 32
MAX_PROPS = 4
ROLLER_RADIUS_BOUNDS = (0.02, 0.1)

SegmentKind = Literal["floor", "prop", "round_prop", "limb", "torso", "head", "eye"]


@dataclass(frozen=True, slots=True)
class Point:
    """A position in world or box coordinates."""

    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Pose:
    """Where the figure is: pelvis position, torso tilt and joint angles in degrees."""

    x: float = 0.5
    y: float = FLOOR_Y + LIMB_THICKNESS / 2 + SHIN + THIGH
    tilt: float = 0.0
    joints: Mapping[str, float] = field(default_factory=dict)

    def angle(self, joint: str) -> float:
        """The angle of ``joint`` in degrees (0 when not set)."""
        return float(self.joints.get(joint, 0.0))


@dataclass(frozen=True, slots=True)
class Prop:
    """A piece of furniture or equipment drawn with the figure (fixed in the world)."""

    kind: str
    x: float
    radius: float = 0.045


@dataclass(frozen=True, slots=True)
class Keyframe:
    """A pose at a fraction ``t`` (0..1) of the cycle; ``ease`` shapes the way to the next."""

    t: float
    pose: Pose
    ease: str = "ease_in_out"


@dataclass(frozen=True, slots=True)
class Animation:
    """A keyframed movement of the figure.

    ``cycle_seconds`` is the length of one pass through the keyframes. With
    ``grounded`` the figure is lifted or lowered each frame so that its lowest
    point rests on the floor line. ``still`` is the fraction of the cycle shown
    as a single representative picture when motion is reduced.
    """

    id: str
    keyframes: tuple[Keyframe, ...]
    cycle_seconds: float = 4.0
    loop: bool = True
    grounded: bool = True
    still: float = 0.5
    props: tuple[Prop, ...] = ()
    highlight: tuple[str, ...] = ()
    """Segments drawn in the accent colour: the region the stretch works."""


def within_limits(pose: Pose) -> list[str]:
    """The joints of ``pose`` outside :data:`JOINT_LIMITS`, as readable notes."""
    notes = []
    for name, (low, high) in JOINT_LIMITS.items():
        value = pose.angle(name)
        if not low <= value <= high:
            notes.append(f"{name} = {value:g} (allowed {low:g} to {high:g})")
    return notes


@dataclass(frozen=True, slots=True)
class Box:
    """The rectangle a figure is drawn into, in renderer coordinates (y down)."""

    left: float = 0.0
    top: float = 0.0
    width: float = 1.0
    height: float = 1.0


@dataclass(frozen=True, slots=True)
class Segment:
    """One thing to draw: a thick line with round caps, or a disc when start == end.

    ``thickness`` is the line width (a disc's diameter) in box units; ``depth``
    orders painting (lower first): floor and props, far limbs, body, near limbs.
    """

    name: str
    kind: SegmentKind
    start: Point
    end: Point
    thickness: float
    depth: int

    @property
    def length(self) -> float:
        """Distance between the two ends."""
        return math.hypot(self.end.x - self.start.x, self.end.y - self.start.y)


# --- easing and interpolation -------------------------------------------------


def ease(name: str, u: float) -> float:
    """Map progress ``u`` (0..1) through the named easing curve."""
    u = min(1.0, max(0.0, u))
    if name == "linear":
        return u
    if name == "ease_in":
        return u * u
    if name == "ease_out":
        return 1.0 - (1.0 - u) * (1.0 - u)
    if name == "hold":
        return 0.0
    return 0.5 - 0.5 * math.cos(math.pi * u)


def _lerp_angle(a: float, b: float, f: float) -> float:
    # Always turn the short way round, so a keyframe at 270 followed by one at
    # 0 (shoulder circles) keeps turning forward instead of unwinding.
    delta = (b - a + 180.0) % 360.0 - 180.0
    return a + delta * f


def _lerp(a: float, b: float, f: float) -> float:
    return a + (b - a) * f


def _blend(a: Pose, b: Pose, f: float) -> Pose:
    joints = {name: _lerp_angle(a.angle(name), b.angle(name), f) for name in JOINTS}
    return Pose(
        x=_lerp(a.x, b.x, f),
        y=_lerp(a.y, b.y, f),
        tilt=_lerp_angle(a.tilt, b.tilt, f),
        joints=joints,
    )


def cycle_fraction(animation: Animation, seconds: float) -> float:
    """Where in its cycle (0..1) the animation is after ``seconds``."""
    if animation.cycle_seconds <= 0:
        return 0.0
    raw = seconds / animation.cycle_seconds
    if animation.loop:
        return raw % 1.0
    return min(1.0, max(0.0, raw))


def pose_at_fraction(animation: Animation, fraction: float) -> Pose:
    """The pose at ``fraction`` (0..1) of the cycle, eased and, if asked, grounded."""
    frames = animation.keyframes
    if not frames:
        return ground(Pose()) if animation.grounded else Pose()
    pose = frames[-1].pose
    for index, frame in enumerate(frames):
        if index + 1 < len(frames):
            nxt, end_t = frames[index + 1], frames[index + 1].t
        elif animation.loop:
            nxt, end_t = frames[0], 1.0 + frames[0].t
        else:
            nxt, end_t = frame, 1.0
        if frame.t <= fraction < end_t or index + 1 == len(frames):
            span = end_t - frame.t
            progress = (fraction - frame.t) / span if span > 0 else 0.0
            pose = _blend(frame.pose, nxt.pose, ease(frame.ease, progress))
            break
    return ground(pose) if animation.grounded else pose


def pose_at(animation: Animation, seconds: float) -> Pose:
    """The figure's pose ``seconds`` after the animation started."""
    return pose_at_fraction(animation, cycle_fraction(animation, seconds))


def still_pose(animation: Animation) -> Pose:
    """The single representative pose shown when motion is reduced."""
    return pose_at_fraction(animation, animation.still)


# --- forward kinematics -------------------------------------------------------


def _direction(degrees: float) -> tuple[float, float]:
    # 0 points up, 90 points forward (+x): compass-style, which keeps the
    # joint conventions in the module docstring simple to state.
    rad = math.radians(degrees)
    return math.sin(rad), math.cos(rad)


def _step(origin: Point, degrees: float, length: float) -> Point:
    dx, dy = _direction(degrees)
    return Point(origin.x + dx * length, origin.y + dy * length)


@dataclass(frozen=True, slots=True)
class _Bone:
    name: str
    start: Point
    end: Point
    thickness: float
    kind: SegmentKind
    depth: int


def _bones(pose: Pose) -> list[_Bone]:
    hip = Point(pose.x, pose.y)
    torso_dir = pose.tilt
    neck_base = _step(hip, torso_dir, TORSO)
    head_dir = torso_dir + pose.angle("neck")
    head = _step(neck_base, head_dir, NECK + HEAD_RADIUS)
    shoulder = _step(neck_base, torso_dir + 180.0 + pose.angle("shoulder_roll"), CLAVICLE)
    bones = [
        _Bone("torso", hip, neck_base, TORSO_THICKNESS, "torso", 0),
        _Bone("head", head, head, 2 * HEAD_RADIUS, "head", 0),
        _Bone(
            "eye",
            _step(head, head_dir + 62.0, HEAD_RADIUS * 0.5),
            _step(head, head_dir + 62.0, HEAD_RADIUS * 0.5),
            HEAD_RADIUS * 0.3,
            "eye",
            0,
        ),
    ]
    for side in SIDES:
        depth = 1 if side == "right" else -1
        arm_dir = torso_dir + 180.0 - pose.angle(f"shoulder_{side}")
        elbow = _step(shoulder, arm_dir, UPPER_ARM)
        forearm_dir = arm_dir - pose.angle(f"elbow_{side}")
        hand = _step(elbow, forearm_dir, FOREARM)
        fingers = _step(hand, forearm_dir - pose.angle(f"wrist_{side}"), HAND)
        thigh_dir = torso_dir + 180.0 - pose.angle(f"hip_{side}")
        knee = _step(hip, thigh_dir, THIGH)
        shin_dir = thigh_dir + pose.angle(f"knee_{side}")
        ankle = _step(knee, shin_dir, SHIN)
        toe = _step(ankle, shin_dir - 90.0 + pose.angle(f"ankle_{side}"), FOOT)
        turn = pose.angle(f"turn_{side}")
        if turn:
            knee, ankle, toe = (_turn_out(hip, p, torso_dir, turn) for p in (knee, ankle, toe))
        bones += [
            _Bone(f"upper_arm_{side}", shoulder, elbow, LIMB_THICKNESS, "limb", 2 * depth),
            _Bone(f"forearm_{side}", elbow, hand, LIMB_THICKNESS, "limb", 2 * depth),
            _Bone(f"hand_{side}", hand, fingers, LIMB_THICKNESS * 0.8, "limb", 2 * depth),
            _Bone(f"thigh_{side}", hip, knee, LIMB_THICKNESS, "limb", depth),
            _Bone(f"shin_{side}", knee, ankle, LIMB_THICKNESS, "limb", depth),
            _Bone(f"foot_{side}", ankle, toe, LIMB_THICKNESS, "limb", depth),
        ]
    return bones


def _turn_out(origin: Point, p: Point, axis_degrees: float, turn: float) -> Point:
    """``p`` seen from the side after turning it ``turn`` degrees about an axis through
    ``origin``: the part across the axis shrinks by cos(turn), the part along it stays."""
    ux, uy = _direction(axis_degrees)
    dx, dy = p.x - origin.x, p.y - origin.y
    along = dx * ux + dy * uy
    across_x, across_y = dx - along * ux, dy - along * uy
    shrink = math.cos(math.radians(turn))
    return Point(
        origin.x + along * ux + across_x * shrink, origin.y + along * uy + across_y * shrink
    )


def lowest_point(pose: Pose) -> float:
    """The lowest world height any part of the figure reaches (edges included)."""
    low = math.inf
    for bone in _bones(pose):
        if bone.kind == "eye":
            continue
        low = min(low, bone.start.y - bone.thickness / 2, bone.end.y - bone.thickness / 2)
    return low


def ground(pose: Pose) -> Pose:
    """The same pose moved up or down so that it rests on the floor line."""
    shift = FLOOR_Y - lowest_point(pose)
    return Pose(x=pose.x, y=pose.y + shift, tilt=pose.tilt, joints=pose.joints)


def _prop_bones(prop: Prop) -> list[_Bone]:
    if prop.kind == "roller":
        centre = Point(prop.x, FLOOR_Y + prop.radius)
        return [_Bone("roller", centre, centre, 2 * prop.radius, "round_prop", -5)]
    if prop.kind == "bench":
        # A bed or bench seen from the side, its end at ``x``: a hanging leg
        # can drop below the body over that edge.
        top = FLOOR_Y + BENCH_HEIGHT - PROP_THICKNESS / 2
        start = prop.x - BENCH_LENGTH
        return [
            _Bone("bench_top", Point(start, top), Point(prop.x, top), PROP_THICKNESS, "prop", -5),
            _Bone(
                "bench_leg_far",
                Point(start + 0.02, top),
                Point(start + 0.02, FLOOR_Y),
                PROP_THICKNESS,
                "prop",
                -5,
            ),
            _Bone(
                "bench_leg_near",
                Point(prop.x - 0.02, top),
                Point(prop.x - 0.02, FLOOR_Y),
                PROP_THICKNESS,
                "prop",
                -5,
            ),
        ]
    # A plain side-view chair: seat, a back behind the sitter, two legs.
    seat_y = FLOOR_Y + CHAIR_SEAT_HEIGHT - PROP_THICKNESS / 2
    back_x = prop.x - CHAIR_DEPTH * 0.55
    front_x = prop.x + CHAIR_DEPTH * 0.45
    return [
        _Bone(
            "chair_seat", Point(back_x, seat_y), Point(front_x, seat_y), PROP_THICKNESS, "prop", -5
        ),
        _Bone(
            "chair_back",
            Point(back_x, seat_y),
            Point(back_x - 0.015, seat_y + CHAIR_BACK),
            PROP_THICKNESS,
            "prop",
            -5,
        ),
        _Bone(
            "chair_leg_back",
            Point(back_x, seat_y),
            Point(back_x, FLOOR_Y),
            PROP_THICKNESS,
            "prop",
            -5,
        ),
        _Bone(
            "chair_leg_front",
            Point(front_x, seat_y),
            Point(front_x, FLOOR_Y),
            PROP_THICKNESS,
            "prop",
            -5,
        ),
    ]


def segments(
    pose: Pose,
    box: Box | None = None,
    *,
    props: tuple[Prop, ...] = (),
    mirrored: bool = False,
) -> list[Segment]:
    """Everything to draw for ``pose`` in ``box``, sorted by paint order.

    The world square is scaled uniformly to fit the box and centred in it, so
    the figure never looks squashed; ``mirrored`` flips it left-to-right (the
    other side of a two-sided stretch).
    """
    box = box or Box()
    scale = min(box.width, box.height)
    left = box.left + (box.width - scale) / 2
    top = box.top + (box.height - scale) / 2

    def place(p: Point) -> Point:
        x = 1.0 - p.x if mirrored else p.x
        return Point(left + x * scale, top + (1.0 - p.y) * scale)

    floor = _Bone("floor", Point(0.02, FLOOR_Y), Point(0.98, FLOOR_Y), FLOOR_THICKNESS, "floor", -9)
    bones = [floor]
    for prop in props:
        bones += _prop_bones(prop)
    bones += _bones(pose)
    ordered = sorted(enumerate(bones), key=lambda item: (item[1].depth, item[0]))
    return [
        Segment(
            name=bone.name,
            kind=bone.kind,
            start=place(bone.start),
            end=place(bone.end),
            thickness=bone.thickness * scale,
            depth=bone.depth,
        )
        for _, bone in ordered
    ]


# --- the pose library -----------------------------------------------------------

_SEATED_LEGS = {"hip_left": 90.0, "knee_left": 90.0, "hip_right": 90.0, "knee_right": 90.0}
POSE_LIBRARY: Mapping[str, Pose] = {
    "standing": Pose(x=0.5, tilt=0.0, joints={"shoulder_left": 4.0, "shoulder_right": 4.0}),
    "seated": Pose(
        x=0.389,
        tilt=0.0,
        joints={
            **_SEATED_LEGS,
            "shoulder_left": 8.0,
            "elbow_left": 55.0,
            "shoulder_right": 8.0,
            "elbow_right": 55.0,
        },
    ),
    "kneeling": Pose(
        x=0.45,
        tilt=0.0,
        joints={
            "hip_left": 0.0,
            "knee_left": 90.0,
            "ankle_left": 90.0,
            "hip_right": 0.0,
            "knee_right": 90.0,
            "ankle_right": 90.0,
        },
    ),
    "hands-and-knees": Pose(
        x=0.45,
        tilt=90.0,
        joints={
            "hip_left": 90.0,
            "knee_left": 90.0,
            "ankle_left": 90.0,
            "hip_right": 90.0,
            "knee_right": 90.0,
            "ankle_right": 90.0,
            "shoulder_left": 90.0,
            "wrist_left": 90.0,
            "shoulder_right": 90.0,
            "wrist_right": 90.0,
        },
    ),
    "lying-on-back": Pose(
        x=0.62,
        tilt=-90.0,
        joints={"neck": 10.0, "shoulder_left": 10.0, "shoulder_right": 10.0},
    ),
    "face-down-on-forearms": Pose(
        x=0.42,
        tilt=80.0,
        joints={
            "neck": -10.0,
            "ankle_left": 90.0,
            "ankle_right": 90.0,
            "shoulder_left": 80.0,
            "elbow_left": 90.0,
            "shoulder_right": 80.0,
            "elbow_right": 90.0,
        },
    ),
}
"""Named starting poses a keyframe can begin from (``"pose": "seated"``).

A user's own animation can be composed from these instead of borrowing an
unrelated stretch's figure; the seated pose goes with a chair prop at 0.449.
"""

NO_FIGURE = Animation(id="none", keyframes=(), loop=False)
"""The choice of no animation at all: the card shows no figure."""


# --- reading and writing animation data --------------------------------------

_FieldNote = tuple[str, str]
"""What the checks below collect while walking the data: (field path, reason).
:func:`parse_animation` hands them out as :class:`Problem` records."""

_ANIMATION_KEYS = frozenset(
    {"id", "keyframes", "cycle_seconds", "loop", "grounded", "still", "props", "highlight"}
)
_KEYFRAME_KEYS = frozenset({"t", "ease", "root", "joints", "pose"})
_ROOT_KEYS = frozenset({"x", "y", "tilt"})
_PROP_KEYS = frozenset({"kind", "x", "radius"})


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _number(
    data: Mapping[str, object],
    key: str,
    where: str,
    bounds: tuple[float, float, float],
    problems: list[_FieldNote],
) -> float:
    """The number at ``key``, or the default (``bounds`` = low, high, default)."""
    low, high, default = bounds
    if key not in data:
        return default
    value = data[key]
    if not _is_number(value):
        problems.append((f"{where}{key}", Reason("{value} is not a number", value=repr(value))))
        return default
    number = float(value)  # type: ignore[arg-type]
    if not low <= number <= high:
        problems.append(
            (
                f"{where}{key}",
                Reason(
                    "{value} is out of bounds ({low}–{high})",
                    value=repr(value),
                    low=f"{low:g}",
                    high=f"{high:g}",
                ),
            )
        )
        return default
    return number


def _unknown_keys(
    data: Mapping[str, object], allowed: frozenset[str], where: str
) -> list[_FieldNote]:
    return [
        (f"{where}{key}", Reason("is not a known field"))
        for key in sorted(str(k) for k in data)
        if key not in allowed and not key.startswith("_")
    ]


def _parse_keyframe(
    raw: object, where: str, previous: Pose, problems: list[_FieldNote]
) -> Keyframe | None:
    if not isinstance(raw, dict):
        problems.append((where.rstrip("."), Reason("must be an object")))
        return None
    problems += _unknown_keys(raw, _KEYFRAME_KEYS, where)
    t = _number(raw, "t", where, (0.0, 1.0, math.nan), problems)
    if "t" not in raw:
        problems.append((f"{where}t", Reason("is missing")))
    ease_name = raw.get("ease", "ease_in_out")
    if ease_name not in EASINGS:
        problems.append((f"{where}ease", not_one_of(ease_name, EASINGS)))
        ease_name = "ease_in_out"
    pose_name = raw.get("pose")
    if pose_name is not None:
        if pose_name not in POSE_LIBRARY:
            problems.append((f"{where}pose", not_one_of(pose_name, POSE_LIBRARY)))
        else:
            # Start this keyframe from a library pose; root and joints then adjust it.
            previous = POSE_LIBRARY[pose_name]
    x, y, tilt = previous.x, previous.y, previous.tilt
    root = raw.get("root", {})
    if not isinstance(root, dict):
        problems.append((f"{where}root", Reason("must be an object with x, y, tilt")))
    else:
        problems += _unknown_keys(root, _ROOT_KEYS, f"{where}root.")
        x = _number(root, "x", f"{where}root.", (0.0, 1.0, x), problems)
        y = _number(root, "y", f"{where}root.", (0.0, 1.0, y), problems)
        tilt = _number(root, "tilt", f"{where}root.", (-ANGLE_LIMIT, ANGLE_LIMIT, tilt), problems)
    joints = dict(previous.joints)
    raw_joints = raw.get("joints", {})
    if not isinstance(raw_joints, dict):
        problems.append((f"{where}joints", Reason("must be an object of joint angles")))
    else:
        for name in sorted(str(k) for k in raw_joints):
            if name not in JOINTS:
                problems.append((f"{where}joints.{name}", Reason("is not a known joint")))
                continue
            low, high = (0.0, 90.0) if name.startswith("turn_") else (-ANGLE_LIMIT, ANGLE_LIMIT)
            joints[name] = _number(
                raw_joints, name, f"{where}joints.", (low, high, joints.get(name, 0.0)), problems
            )
    pose = Pose(x=x, y=y, tilt=tilt, joints=joints)
    return Keyframe(t=t, pose=pose, ease=str(ease_name))


def parse_animation(
    data: object, *, default_id: str, field_prefix: str = "", origin: str = "animation"
) -> tuple[Animation | None, list[Problem]]:
    """Check animation data and build an :class:`Animation`; every problem is reported.

    Problems name ``origin`` (the file) and the field path under ``field_prefix``.
    """
    animation, notes = _parse_animation(data, default_id=default_id, field_prefix=field_prefix)
    return animation, [Problem(origin, where, reason) for where, reason in notes]


def _parse_animation(
    data: object, *, default_id: str, field_prefix: str
) -> tuple[Animation | None, list[_FieldNote]]:
    """Check animation data and build an :class:`Animation`, reporting every problem.

    A joint a keyframe leaves out keeps its value from the keyframe before
    (the first keyframe starts from the relaxed standing pose), so keyframes
    only need to say what changes.
    """
    p = field_prefix
    problems: list[_FieldNote] = []
    if not isinstance(data, dict):
        return None, [(p.rstrip(".") or "animation", Reason("must be an object"))]
    problems += _unknown_keys(data, _ANIMATION_KEYS, p)
    anim_id = data.get("id", default_id)
    if not isinstance(anim_id, str) or not anim_id:
        problems.append((f"{p}id", Reason("must be a non-empty string")))
        anim_id = default_id
    cycle = _number(data, "cycle_seconds", p, (MIN_CYCLE_SECONDS, MAX_CYCLE_SECONDS, 4.0), problems)
    still = _number(data, "still", p, (0.0, 1.0, 0.5), problems)
    flags: dict[str, bool] = {}
    for key in ("loop", "grounded"):
        value = data.get(key, True)
        if not isinstance(value, bool):
            problems.append(
                (f"{p}{key}", Reason("{value} is not true or false", value=repr(value)))
            )
            value = True
        flags[key] = value
    frames: list[Keyframe] = []
    raw_frames = data.get("keyframes")
    if raw_frames is None:
        problems.append((f"{p}keyframes", Reason("is missing")))
    elif not isinstance(raw_frames, list) or not raw_frames:
        problems.append((f"{p}keyframes", Reason("must be a non-empty list")))
    elif len(raw_frames) > MAX_KEYFRAMES:
        problems.append(
            (
                f"{p}keyframes",
                Reason(
                    "has {count} entries (at most {most})",
                    count=len(raw_frames),
                    most=MAX_KEYFRAMES,
                ),
            )
        )
    else:
        previous = Pose()
        for index, raw in enumerate(raw_frames):
            frame = _parse_keyframe(raw, f"{p}keyframes[{index}].", previous, problems)
            if frame is None:
                continue
            if frames and not math.isnan(frame.t) and frame.t <= frames[-1].t:
                problems.append(
                    (f"{p}keyframes[{index}].t", Reason("must be later than the one before"))
                )
            frames.append(frame)
            previous = frame.pose
        if frames and frames[0].t != 0.0:
            problems.append((f"{p}keyframes[0].t", Reason("the first keyframe must be at t = 0")))
    props: list[Prop] = []
    raw_props = data.get("props", [])
    if not isinstance(raw_props, list) or len(raw_props) > MAX_PROPS:
        problems.append(
            (f"{p}props", Reason("must be a list of at most {most} props", most=MAX_PROPS))
        )
    else:
        for index, raw in enumerate(raw_props):
            where = f"{p}props[{index}]."
            if not isinstance(raw, dict):
                problems.append((where.rstrip("."), Reason("must be an object")))
                continue
            problems += _unknown_keys(raw, _PROP_KEYS, where)
            kind = raw.get("kind")
            if kind not in PROP_KINDS:
                problems.append((f"{where}kind", not_one_of(kind, PROP_KINDS)))
                continue
            x = _number(raw, "x", where, (0.0, 1.0, 0.5), problems)
            radius = _number(raw, "radius", where, (*ROLLER_RADIUS_BOUNDS, 0.045), problems)
            props.append(Prop(kind=str(kind), x=x, radius=radius))
    highlight: list[str] = []
    raw_highlight = data.get("highlight", [])
    if not isinstance(raw_highlight, list):
        problems.append((f"{p}highlight", Reason("must be a list of body segment names")))
    else:
        for name in raw_highlight:
            if name not in SEGMENT_NAMES:
                problems.append((f"{p}highlight", not_one_of(name, SEGMENT_NAMES)))
            else:
                highlight.append(str(name))
    if problems:
        return None, problems
    animation = Animation(
        id=str(anim_id),
        keyframes=tuple(frames),
        cycle_seconds=cycle,
        loop=flags["loop"],
        grounded=flags["grounded"],
        still=still,
        props=tuple(props),
        highlight=tuple(highlight),
    )
    return animation, []


def animation_to_dict(animation: Animation) -> dict[str, object]:
    """Plain JSON-ready data that :func:`parse_animation` reads back unchanged."""
    return {
        "id": animation.id,
        "cycle_seconds": animation.cycle_seconds,
        "loop": animation.loop,
        "grounded": animation.grounded,
        "still": animation.still,
        "props": [
            {"kind": prop.kind, "x": prop.x, "radius": prop.radius} for prop in animation.props
        ],
        "highlight": list(animation.highlight),
        "keyframes": [
            {
                "t": frame.t,
                "ease": frame.ease,
                "root": {"x": frame.pose.x, "y": frame.pose.y, "tilt": frame.pose.tilt},
                "joints": {name: frame.pose.angle(name) for name in JOINTS},
            }
            for frame in animation.keyframes
        ],
    }
