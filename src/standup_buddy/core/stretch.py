"""Stretches: the record, its vocabulary and bounds, and validation of stretch data.

Stretch files are data only (SPEC section 7). Validation never executes
anything from them and reports every problem it finds, each naming the file
and the field, so a user can fix a file in one pass.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from standup_buddy.core.figure import Animation, animation_to_dict, parse_animation
from standup_buddy.core.problem import Problem, Reason, not_one_of
from standup_buddy.core.translation import (
    LANGUAGE_PATTERN,
    SOURCE_LANGUAGE,
    check_text_fields,
    english_shown,
)

FOCUS_AREAS: tuple[str, ...] = (
    "hip_flexors",
    "glutes",
    "hamstrings",
    "quads",
    "calves",
    "legs",
    "core",
    "lower_back",
    "upper_back",
    "shoulders",
    "neck",
    "chest",
    "wrists",
    "eyes",
    "posture",
    "breathing",
    "circulation",
    "balance",
)
"""Every focus area a stretch may name."""

PLACES: tuple[str, ...] = ("desk", "standing", "floor")
SIDES: tuple[str, ...] = ("none", "both")
SOURCES: tuple[str, ...] = ("builtin", "user")

DURATION_BOUNDS = (10, 600)
MAX_STEPS = 8
MAX_STEP_CHARS = 140
MAX_NAME_CHARS = 60
MAX_CAUTION_CHARS = 600
MAX_FOCUS = 5
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,47}$")
ANIMATION_FILE_SUFFIX = ".anim.json"

Where = Literal["desk", "standing", "floor"]
Sides = Literal["none", "both"]
Source = Literal["builtin", "user"]

FIELDS: tuple[str, ...] = (
    "id",
    "name",
    "focus",
    "where",
    "duration_seconds",
    "sides",
    "steps",
    "caution",
    "animation",
)
"""The fields of a stretch file, all required."""

OPTIONAL_FIELDS: tuple[str, ...] = ("translations",)
"""Fields a stretch file may leave out."""

TEXT_LIMITS: Mapping[str, int] = {
    "name": MAX_NAME_CHARS,
    "steps": MAX_STEP_CHARS,
    "caution": MAX_CAUTION_CHARS,
}

TranslatedFields = Mapping[str, "str | tuple[str, ...]"]
"""A translation of a stretch: any of ``name``, ``steps`` (whole list), ``caution``."""


@dataclass(frozen=True, slots=True)
class Stretch:
    """One stretch or short exercise the break card can show.

    ``duration_seconds`` is the time for one side; a stretch with
    ``sides == "both"`` takes twice that. ``animation`` is the id of a built-in
    animation or an animation given inline.
    """

    id: str
    name: str
    focus: tuple[str, ...]
    where: Where
    duration_seconds: int
    sides: Sides
    steps: tuple[str, ...]
    caution: str
    animation: str | Animation
    source: Source = "user"
    translations: Mapping[str, TranslatedFields] = field(
        default_factory=dict, compare=False, hash=False
    )
    """The file's own translations by language (user files); checked, English-shaped."""
    language: str = SOURCE_LANGUAGE
    """The language ``name``, ``steps`` and ``caution`` are shown in after :func:`localized`."""

    @property
    def two_sided(self) -> bool:
        """Whether the stretch is done once on each side."""
        return self.sides == "both"

    @property
    def total_seconds(self) -> int:
        """Time for the whole stretch, both sides included."""
        return self.duration_seconds * (2 if self.two_sided else 1)

    @property
    def animation_id(self) -> str:
        """The id of the animation, whether referenced or inline."""
        return self.animation if isinstance(self.animation, str) else self.animation.id


def is_file_reference(value: str) -> bool:
    """Whether an ``animation`` string names a file rather than a built-in animation id."""
    return value.endswith(".json") or "/" in value or "\\" in value


def unsafe_reference_reason(value: str) -> str | None:
    """Why a relative file reference could reach outside its folder, or None if it cannot.

    This is the textual check; the loader also resolves symlinks before opening.
    """
    if not value.endswith(ANIMATION_FILE_SUFFIX):
        return Reason("a file reference must end in {suffix}", suffix=ANIMATION_FILE_SUFFIX)
    if "\\" in value or ":" in value or "\x00" in value:
        return Reason("a file reference may not contain '\\', ':' or NUL")
    if value.startswith(("/", "~")):
        return Reason("a file reference must be relative to the stretches folder")
    if any(part in ("", ".", "..") for part in value.split("/")):
        return Reason("a file reference may not contain '..', '.' or empty parts")
    return None


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: object, limit: int) -> str | None:
    """Why ``value`` is not acceptable short text, or None."""
    if not isinstance(value, str):
        return Reason("{value} is not text", value=repr(value))
    if not value.strip():
        return Reason("must not be empty")
    if len(value) > limit:
        return Reason("is {length} characters long (at most {most})", length=len(value), most=limit)
    if any(ord(ch) < 32 and ch not in "\n" for ch in value):
        return Reason("contains control characters")
    return None


def validate_stretch(
    data: object,
    *,
    known_animations: Collection[str],
    builtin_ids: Collection[str] = (),
    origin: str,
    source: Source = "user",
) -> tuple[Stretch | None, list[Problem]]:
    """Check stretch data and build a :class:`Stretch`; report every problem found.

    ``builtin_ids`` are ids a user stretch may not reuse; ``known_animations``
    the animation ids a stretch may reference. Returns ``(None, problems)`` when
    anything is wrong.
    """
    problems: list[Problem] = []

    def bad(field: str | None, reason: str) -> None:
        problems.append(Problem(origin, field, reason))

    if not isinstance(data, dict):
        bad(None, Reason("a stretch must be a JSON object"))
        return None, problems
    for key in sorted(str(k) for k in data):
        if key not in FIELDS and key not in OPTIONAL_FIELDS and not key.startswith("_"):
            bad(key, Reason("is not a known field"))
    for key in FIELDS:
        if key not in data:
            bad(key, Reason("is missing"))

    stretch_id = data.get("id")
    if "id" in data:
        if not isinstance(stretch_id, str) or not ID_PATTERN.match(stretch_id):
            bad(
                "id",
                Reason(
                    "{value} must be 1–48 lowercase letters, digits or '-'", value=repr(stretch_id)
                ),
            )
        elif source == "user" and stretch_id in builtin_ids:
            bad("id", Reason("'{id}' is already used by a built-in stretch", id=stretch_id))

    name = data.get("name")
    if "name" in data and (reason := _text(name, MAX_NAME_CHARS)):
        bad("name", reason)

    focus = data.get("focus")
    if "focus" in data:
        if not isinstance(focus, list) or not focus:
            bad(
                "focus",
                Reason(
                    "must be a non-empty list of focus areas ({areas})",
                    areas=", ".join(FOCUS_AREAS),
                ),
            )
        elif len(focus) > MAX_FOCUS:
            bad(
                "focus",
                Reason("has {count} entries (at most {most})", count=len(focus), most=MAX_FOCUS),
            )
        else:
            for item in focus:
                if item not in FOCUS_AREAS:
                    bad("focus", not_one_of(item, FOCUS_AREAS))
            if len(set(map(str, focus))) != len(focus):
                bad("focus", Reason("lists an area twice"))

    where = data.get("where")
    if "where" in data and where not in PLACES:
        bad("where", not_one_of(where, PLACES))

    duration = data.get("duration_seconds")
    low, high = DURATION_BOUNDS
    if "duration_seconds" in data:
        if isinstance(duration, float) and math.isfinite(duration) and duration.is_integer():
            duration = int(duration)
        if not _is_int(duration):
            bad(
                "duration_seconds",
                Reason("{value} is not a whole number of seconds", value=repr(duration)),
            )
        elif not low <= duration <= high:  # type: ignore[operator]
            bad(
                "duration_seconds",
                Reason(
                    "{value} is out of bounds ({low}–{high})",
                    value=str(duration),
                    low=low,
                    high=high,
                ),
            )

    sides = data.get("sides")
    if "sides" in data and sides not in SIDES:
        bad("sides", not_one_of(sides, SIDES))

    steps = data.get("steps")
    if "steps" in data:
        if not isinstance(steps, list) or not 1 <= len(steps) <= MAX_STEPS:
            bad("steps", Reason("must be a list of 1–{most} short sentences", most=MAX_STEPS))
        else:
            for index, step in enumerate(steps):
                if reason := _text(step, MAX_STEP_CHARS):
                    bad(f"steps[{index}]", reason)

    caution = data.get("caution")
    if "caution" in data and (reason := _text(caution, MAX_CAUTION_CHARS)):
        bad("caution", reason)

    animation: str | Animation | None = None
    raw_animation = data.get("animation")
    if "animation" in data:
        if isinstance(raw_animation, str):
            if is_file_reference(raw_animation):
                # The loader replaces a safe, readable reference with the file's
                # content before validation; one that is still here is refused.
                reason = unsafe_reference_reason(raw_animation) or Reason(
                    "the file could not be read"
                )
                bad(
                    "animation",
                    Reason("{file}: {reason}", file=repr(raw_animation), reason=reason),
                )
            elif raw_animation not in known_animations:
                bad(
                    "animation",
                    Reason("{value} is not a known animation", value=repr(raw_animation)),
                )
            else:
                animation = raw_animation
        elif isinstance(raw_animation, dict):
            default_id = stretch_id if isinstance(stretch_id, str) else "inline"
            parsed, anim_problems = parse_animation(
                raw_animation, default_id=default_id, field_prefix="animation."
            )
            for found in anim_problems:
                bad(found.field or "animation", found.reason)
            animation = parsed
        else:
            bad("animation", Reason("must be an animation id or an object with keyframes"))

    translations, translation_problems = _check_translations(data, origin)
    problems += translation_problems
    if animation is None or any(not _is_translation_problem(p) for p in problems):
        return None, sorted(problems, key=_field_order)
    stretch = Stretch(
        id=str(stretch_id),
        name=str(name).strip(),
        focus=tuple(str(item) for item in focus),  # type: ignore[union-attr]
        where=where,  # type: ignore[arg-type]
        duration_seconds=int(duration),  # type: ignore[arg-type]
        sides=sides,  # type: ignore[arg-type]
        steps=tuple(str(step).strip() for step in steps),  # type: ignore[union-attr]
        caution=str(caution).strip(),
        animation=animation,
        source=source,
        translations=translations,
    )
    # Broken translations do not cost the stretch: those fields stay in English.
    return stretch, sorted(problems, key=_field_order)


def english_fields(stretch: Stretch) -> dict[str, str | tuple[str, ...]]:
    """The translatable fields of a stretch in its source language."""
    return {"name": stretch.name, "steps": stretch.steps, "caution": stretch.caution}


def _raw_english(data: dict[object, object]) -> dict[str, str | tuple[str, ...]]:
    # Only source fields that are themselves well-formed can be compared with.
    found: dict[str, str | tuple[str, ...]] = {}
    for key in ("name", "caution"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            found[key] = value.strip()
    steps = data.get("steps")
    if isinstance(steps, list) and steps and all(isinstance(item, str) for item in steps):
        found["steps"] = tuple(str(item).strip() for item in steps)
    return found


def _check_translations(
    data: dict[object, object], origin: str
) -> tuple[dict[str, TranslatedFields], list[Problem]]:
    """The usable translations of a stretch file, and a problem for every broken field."""
    if "translations" not in data:
        return {}, []
    raw = data["translations"]
    if not isinstance(raw, dict):
        reason = Reason(
            "must be an object keyed by language, e.g. {example}",
            example='{"de": {"name": …}}',
        )
        return {}, [Problem(origin, "translations", reason)]
    english = _raw_english(data)
    usable: dict[str, TranslatedFields] = {}
    problems: list[Problem] = []
    for language in sorted(str(k) for k in raw):
        where = f"translations.{language}"
        if language.startswith("_"):
            continue
        if language == SOURCE_LANGUAGE or not LANGUAGE_PATTERN.match(language):
            reason = Reason("is not a language code like 'de', 'pt_BR' or 'zh_CN'; it is ignored")
            problems.append(Problem(origin, where, reason))
            continue
        fields, issues = check_text_fields(
            raw[language], english, language=language, limits=TEXT_LIMITS
        )
        for issue in issues:
            name = f"{where}.{issue.field}" if issue.field else where
            problems.append(Problem(origin, name, english_shown(issue.reason)))
        if fields:
            usable[language] = fields
    return usable, problems


def localized(
    stretch: Stretch, language: str, extra: Mapping[str, TranslatedFields] | None = None
) -> Stretch:
    """``stretch`` shown in ``language``, field by field, English where untranslated.

    ``extra`` holds translations from outside the file (the built-in catalogs);
    the file's own translations win over them.
    """
    if language == SOURCE_LANGUAGE:
        return stretch
    fields: dict[str, str | tuple[str, ...]] = {}
    if extra is not None:
        fields.update(extra.get(stretch.id, {}))
    fields.update(stretch.translations.get(language, {}))
    if not fields:
        return stretch
    name = fields.get("name", stretch.name)
    steps = fields.get("steps", stretch.steps)
    caution = fields.get("caution", stretch.caution)
    return replace(
        stretch,
        name=name if isinstance(name, str) else stretch.name,
        steps=steps if isinstance(steps, tuple) else stretch.steps,
        caution=caution if isinstance(caution, str) else stretch.caution,
        language=language,
    )


def _is_translation_problem(problem: Problem) -> bool:
    return bool(problem.field) and str(problem.field).startswith("translations")


def _field_order(problem: Problem) -> int:
    # Report in the order a file is read, whichever check found the problem.
    root = re.split(r"[.\[]", problem.field or "", maxsplit=1)[0]
    order = (*FIELDS, *OPTIONAL_FIELDS)
    return order.index(root) if root in order else len(order)


def stretch_to_dict(stretch: Stretch) -> dict[str, object]:
    """JSON-ready data for a stretch file that :func:`validate_stretch` reads back."""
    animation: object = (
        stretch.animation
        if isinstance(stretch.animation, str)
        else animation_to_dict(stretch.animation)
    )
    data: dict[str, object] = {
        "id": stretch.id,
        "name": stretch.name,
        "focus": list(stretch.focus),
        "where": stretch.where,
        "duration_seconds": stretch.duration_seconds,
        "sides": stretch.sides,
        "steps": list(stretch.steps),
        "caution": stretch.caution,
        "animation": animation,
    }
    if stretch.translations:
        data["translations"] = {
            language: {k: list(v) if isinstance(v, tuple) else v for k, v in fields.items()}
            for language, fields in sorted(stretch.translations.items())
        }
    return data
