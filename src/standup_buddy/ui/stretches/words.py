"""The words the Stretches window uses for the stretch vocabulary."""

from __future__ import annotations

from standup_buddy.core.stretch import FOCUS_AREAS, Stretch

PLACE_LABELS = {"desk": "At the desk", "standing": "Standing", "floor": "On the floor"}
SPACE_LABELS = {
    "desk": "I can move at the desk only",
    "standing": "I can stand up",
    "floor": "I have floor space at home",
}
PLACE_SHORT = {"desk": "Desk", "standing": "Standing", "floor": "Floor"}
SIDES_LABELS = {"none": "Once", "both": "Once on each side"}
STRATEGY_LABELS = {"in_order": "In order", "shuffle": "Shuffled"}

STANDARD_CAUTION = (
    "Ease in gently and never push into sharp pain. Stop if tingling or numbness in "
    "your leg grows, and get advice from a physiotherapist or doctor if symptoms persist."
)
"""The caution every stretch carries; a new stretch starts with it."""

_FOCUS_SPECIAL = {
    "hip_flexors": "Hip flexors",
    "lower_back": "Lower back",
    "upper_back": "Upper back",
}


def focus_label(area: str) -> str:
    """``hip_flexors`` → ``Hip flexors``."""
    return _FOCUS_SPECIAL.get(area) or area.replace("_", " ").capitalize()


FOCUS_LABELS = {area: focus_label(area) for area in FOCUS_AREAS}


def animation_label(animation_id: str) -> str:
    """A readable name for an animation id: ``seated-figure-four`` → ``Seated figure four``."""
    return animation_id.replace("-", " ").replace("_", " ").capitalize()


def length_words(stretch: Stretch, seconds: int | None = None) -> str:
    """``30 s``, or ``30 s each side`` for a two-sided stretch."""
    value = stretch.duration_seconds if seconds is None else seconds
    text = f"{value // 60} min" if value >= 120 and value % 60 == 0 else f"{value} s"
    return f"{text} each side" if stretch.two_sided else text


def meta_line(stretch: Stretch, seconds: int | None = None) -> str:
    """Where, what for and how long, in one short line.

    ``seconds`` is the user's own length for the stretch, marked as theirs.
    """
    focus = ", ".join(focus_label(f) for f in stretch.focus[:3]).lower().capitalize()
    if len(stretch.focus) > 3:
        focus += "…"
    length = length_words(stretch, seconds)
    if seconds is not None and seconds != stretch.duration_seconds:
        length += " (your length)"
    return f"{PLACE_SHORT.get(stretch.where, stretch.where)}  ·  {focus}  ·  {length}"
