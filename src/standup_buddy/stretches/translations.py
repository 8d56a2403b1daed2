"""The translation catalogs of the built-in content, one JSON file per language per family.

Layout (the one Weblate and similar tools read as "monolingual JSON with a
template")::

    assets/translations/stretches/en.json   template: every built-in stretch's text
    assets/translations/stretches/de.json   the same keys, German text
    assets/translations/programs/<lang>.json
    assets/translations/micro/<lang>.json   (micro-pause cues, when they ship)

Each file maps an id to its translatable fields, e.g.
``{"bird-dog": {"name": …, "steps": […], "caution": …}}``. The English
template is generated from the stretch files (``tools/content_template.py``)
and a test keeps it in step. Translations are checked against the English
before use; a field that fails a check stays in English, whole.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol, TypeVar

from standup_buddy.core.problem import Problem, Reason
from standup_buddy.core.rotation import Program
from standup_buddy.core.stretch import TranslatedFields
from standup_buddy.core.translation import (
    LANGUAGE_PATTERN,
    SOURCE_LANGUAGE,
    check_text_fields,
    english_shown,
)
from standup_buddy.package_files import package_root

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

FAMILIES: tuple[str, ...] = ("stretches", "programs", "micro")
PROGRAM_LIMITS: Mapping[str, int] = {"name": 60, "description": 400}
MICRO_LIMITS: Mapping[str, int] = {"text": 110, "caution": 200}
"""A cue's English text is at most 90 characters; translations get some room to breathe."""


def translations_dir() -> Traversable:
    """The folder of built-in translation catalogs inside the package."""
    return package_root() / "assets" / "translations"


@functools.cache
def available_languages() -> tuple[str, ...]:
    """Languages with a built-in stretch catalog (English, the source, not counted)."""
    folder = translations_dir() / "stretches"
    try:
        names = sorted(item.name for item in folder.iterdir() if item.name.endswith(".json"))
    except (FileNotFoundError, NotADirectoryError):
        return ()
    codes = (name.removesuffix(".json") for name in names)
    return tuple(c for c in codes if c != SOURCE_LANGUAGE and LANGUAGE_PATTERN.match(c))


def read_family(family: str, language: str) -> tuple[object | None, Problem | None]:
    """The parsed catalog ``<family>/<language>.json``; (None, None) when there is none."""
    item = translations_dir() / family / f"{language}.json"
    origin = f"built-in translations/{family}/{language}.json"
    if not item.is_file():
        return None, None
    try:
        return json.loads(item.read_text(encoding="utf-8")), None
    except (ValueError, UnicodeDecodeError) as err:
        return None, Problem(
            origin, None, Reason("is not valid UTF-8 JSON: {error}", error=str(err))
        )


def check_family(
    data: object,
    english: Mapping[str, Mapping[str, str | tuple[str, ...]]],
    *,
    language: str,
    limits: Mapping[str, int],
    origin: str,
) -> tuple[dict[str, TranslatedFields], list[Problem]]:
    """The usable translated fields per id of one catalog, and every problem in it."""
    if not isinstance(data, dict):
        return {}, [Problem(origin, None, Reason("must be an object keyed by id"))]
    usable: dict[str, TranslatedFields] = {}
    problems: list[Problem] = []
    for key in sorted(str(k) for k in data):
        if key not in english and not key.startswith("_"):
            problems.append(Problem(origin, key, Reason("is not the id of a built-in entry")))
    for item_id, source in english.items():
        if item_id not in data:
            continue
        fields, issues = check_text_fields(data[item_id], source, language=language, limits=limits)
        for issue in issues:
            name = f"{item_id}.{issue.field}" if issue.field else item_id
            problems.append(Problem(origin, name, english_shown(issue.reason)))
        if fields:
            usable[item_id] = fields
    return usable, problems


@dataclass(frozen=True, slots=True)
class ContentTranslation:
    """The checked built-in translations of one language."""

    language: str
    stretches: Mapping[str, TranslatedFields]
    programs: Mapping[str, TranslatedFields]
    problems: tuple[Problem, ...] = ()


def program_fields(program: Program) -> dict[str, str | tuple[str, ...]]:
    """The translatable fields of a program in English."""
    return {"name": program.name, "description": program.description}


def localized_program(program: Program, translations: Mapping[str, TranslatedFields]) -> Program:
    """``program`` with its name and description translated where a translation exists."""
    fields = translations.get(program.id, {})
    name = fields.get("name", program.name)
    description = fields.get("description", program.description)
    return replace(
        program,
        name=name if isinstance(name, str) else program.name,
        description=description if isinstance(description, str) else program.description,
    )


class Cue(Protocol):
    """What a micro-pause cue offers for translation (a frozen dataclass)."""

    @property
    def id(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def caution(self) -> str | None: ...


CueT = TypeVar("CueT", bound=Cue)


def cue_fields(cue: Cue) -> dict[str, str | tuple[str, ...]]:
    """The translatable fields of a cue in English (a caution only where it has one)."""
    fields: dict[str, str | tuple[str, ...]] = {"text": cue.text}
    if cue.caution:
        fields["caution"] = cue.caution
    return fields


def localized_cues(
    cues: Sequence[CueT], language: str
) -> tuple[tuple[CueT, ...], tuple[Problem, ...]]:
    """The micro-pause cues in ``language``, field by field, English where untranslated.

    Returns the cues (in the same order, same ids and areas) and any problem in
    the language's ``micro`` catalog. A cue without a caution never gains one.
    """
    if language == SOURCE_LANGUAGE:
        return tuple(cues), ()
    data, problem = read_family("micro", language)
    if data is None:
        return tuple(cues), () if problem is None else (problem,)
    english = {cue.id: cue_fields(cue) for cue in cues}
    usable, problems = check_family(
        data,
        english,
        language=language,
        limits=MICRO_LIMITS,
        origin=f"built-in translations/micro/{language}.json",
    )
    shown = []
    for cue in cues:
        fields = usable.get(cue.id, {})
        text, caution = fields.get("text", cue.text), fields.get("caution", cue.caution)
        shown.append(
            replace(  # type: ignore[type-var]
                cue,
                text=text if isinstance(text, str) else cue.text,
                caution=caution if isinstance(caution, str) and cue.caution else cue.caution,
            )
        )
    return tuple(shown), tuple(problems)
