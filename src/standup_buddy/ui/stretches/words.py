"""The words the Stretches window uses for the stretch vocabulary."""

from __future__ import annotations

from standup_buddy.core.stretch import Stretch
from standup_buddy.textfmt import QT_TRANSLATE_NOOP, WORDS, TranslatedLabels

PLACE_LABELS = TranslatedLabels(
    "StretchWords",
    {
        "desk": QT_TRANSLATE_NOOP("StretchWords", "At the desk"),
        "standing": QT_TRANSLATE_NOOP("StretchWords", "Standing"),
        "floor": QT_TRANSLATE_NOOP("StretchWords", "On the floor"),
    },
)
SPACE_LABELS = TranslatedLabels(
    "StretchWords",
    {
        "desk": QT_TRANSLATE_NOOP("StretchWords", "I can move at the desk only"),
        "standing": QT_TRANSLATE_NOOP("StretchWords", "I can stand up"),
        "floor": QT_TRANSLATE_NOOP("StretchWords", "I have floor space at home"),
    },
)
PLACE_SHORT = TranslatedLabels(
    "StretchWords",
    {
        "desk": QT_TRANSLATE_NOOP("StretchWords", "Desk"),
        "standing": QT_TRANSLATE_NOOP("StretchWords", "Standing"),
        "floor": QT_TRANSLATE_NOOP("StretchWords", "Floor"),
    },
)
SIDES_LABELS = TranslatedLabels(
    "StretchWords",
    {
        "none": QT_TRANSLATE_NOOP("StretchWords", "Once"),
        "both": QT_TRANSLATE_NOOP("StretchWords", "Once on each side"),
    },
)
STRATEGY_LABELS = TranslatedLabels(
    "StretchWords",
    {
        "in_order": QT_TRANSLATE_NOOP("StretchWords", "In order"),
        "shuffle": QT_TRANSLATE_NOOP("StretchWords", "Shuffled"),
    },
)

STANDARD_CAUTION = QT_TRANSLATE_NOOP(
    "StretchWords",
    "Ease in gently and never push into sharp pain. Stop if tingling or numbness in "
    "your leg grows, and get advice from a physiotherapist or doctor if symptoms persist.",
)
"""The caution every stretch carries; a new stretch starts with it (in the interface language)."""

FOCUS_LABELS = TranslatedLabels(
    "StretchWords",
    {
        "hip_flexors": QT_TRANSLATE_NOOP("StretchWords", "Hip flexors"),
        "glutes": QT_TRANSLATE_NOOP("StretchWords", "Glutes"),
        "hamstrings": QT_TRANSLATE_NOOP("StretchWords", "Hamstrings"),
        "quads": QT_TRANSLATE_NOOP("StretchWords", "Quads"),
        "calves": QT_TRANSLATE_NOOP("StretchWords", "Calves"),
        "legs": QT_TRANSLATE_NOOP("StretchWords", "Legs"),
        "core": QT_TRANSLATE_NOOP("StretchWords", "Core"),
        "lower_back": QT_TRANSLATE_NOOP("StretchWords", "Lower back"),
        "upper_back": QT_TRANSLATE_NOOP("StretchWords", "Upper back"),
        "shoulders": QT_TRANSLATE_NOOP("StretchWords", "Shoulders"),
        "neck": QT_TRANSLATE_NOOP("StretchWords", "Neck"),
        "chest": QT_TRANSLATE_NOOP("StretchWords", "Chest"),
        "wrists": QT_TRANSLATE_NOOP("StretchWords", "Wrists"),
        "eyes": QT_TRANSLATE_NOOP("StretchWords", "Eyes"),
        "posture": QT_TRANSLATE_NOOP("StretchWords", "Posture"),
        "breathing": QT_TRANSLATE_NOOP("StretchWords", "Breathing"),
        "circulation": QT_TRANSLATE_NOOP("StretchWords", "Circulation"),
        "balance": QT_TRANSLATE_NOOP("StretchWords", "Balance"),
    },
)


def focus_label(area: str) -> str:
    """``hip_flexors`` → ``Hip flexors`` (an area this version does not know: from its name)."""
    return FOCUS_LABELS[area] if area in FOCUS_LABELS else area.replace("_", " ").capitalize()


def focus_words(stretch: Stretch) -> str:
    """``Hip flexors, Posture``: the first three areas a stretch is for, in the language.

    Each area keeps its own label's case, like a list of tags: lower-casing
    them into one sentence would miswrite German, whose nouns are capitalised.
    """
    return ", ".join(focus_label(f) for f in stretch.focus[:3])


def standard_caution() -> str:
    """``STANDARD_CAUTION`` in the interface language."""
    return WORDS.translate("StretchWords", STANDARD_CAUTION)


def animation_label(animation_id: str) -> str:
    """A readable name for an animation id: ``seated-figure-four`` → ``Seated figure four``."""
    return animation_id.replace("-", " ").replace("_", " ").capitalize()


def length_words(stretch: Stretch, seconds: int | None = None) -> str:
    """``30 s``, or ``30 s each side`` for a two-sided stretch."""
    value = stretch.duration_seconds if seconds is None else seconds
    if value >= 120 and value % 60 == 0:
        text = StretchWords.tr("{minutes} min").format(minutes=WORDS.number(value // 60))
    else:
        text = StretchWords.tr("{seconds} s").format(seconds=WORDS.number(value))
    return StretchWords.tr("{length} each side").format(length=text) if stretch.two_sided else text


class StretchWords:
    """Translation context of the phrases here (``StretchWords.tr`` is what lupdate reads)."""

    @staticmethod
    def tr(text: str) -> str:
        return WORDS.translate("StretchWords", text)


def meta_line(stretch: Stretch, seconds: int | None = None) -> str:
    """Where, what for and how long, in one short line.

    ``seconds`` is the user's own length for the stretch, marked as theirs.
    """
    focus = focus_words(stretch)
    if len(stretch.focus) > 3:
        focus += "…"
    length = length_words(stretch, seconds)
    if seconds is not None and seconds != stretch.duration_seconds:
        length = StretchWords.tr("{length} (your length)").format(length=length)
    return f"{PLACE_SHORT.get(stretch.where, stretch.where)}  ·  {focus}  ·  {length}"
