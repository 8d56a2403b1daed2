"""Translated stretch and program text: checking it and falling back to English per field.

A translation never replaces part of a field. Each translatable field (a
stretch's ``name``, its whole ``steps`` list, its ``caution``; a program's
``name`` and ``description``) is either taken whole from the translation or
left in English, so a card never shows instructions half in one language and
half in another, and a step list can never lose or reorder a step (the side
order of a two-sided stretch depends on it).

Everything here is pure: the loaders in ``standup_buddy.stretches`` read the
files and hand the data in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from standup_buddy.core.problem import Reason

SOURCE_LANGUAGE = "en"

LANGUAGES: tuple[str, ...] = (
    "de",
    "fr",
    "es",
    "pt_BR",
    "it",
    "nl",
    "pl",
    "ja",
    "zh_CN",
    "ar",
)
"""Languages the built-in content is translated into (besides English)."""

LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(_[A-Z]{2}|_[A-Z][a-z]{3})?$")
"""A content language code: ``de``, ``pt_BR``, ``zh_CN`` (the names Qt's ``.ts`` files use)."""

STRETCH_TEXT_FIELDS: tuple[str, ...] = ("name", "steps", "caution")
PROGRAM_TEXT_FIELDS: tuple[str, ...] = ("name", "description")

PLACEHOLDER = re.compile(r"%n|%L?\d+|%[sd]|\{[A-Za-z0-9_]*\}")
"""Placeholders a translation must keep exactly: Qt's ``%1``/``%n`` and ``{name}``."""

SIDE_WORDS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (words for left, words for right), matched as lower-case substrings: enough
    # to catch a translation that dropped or swapped a side, not a grammar check.
    "en": (("left",), ("right",)),
    "de": (("link",), ("recht",)),
    "fr": (("gauche",), ("droit",)),
    "es": (("izquierd",), ("derech",)),
    "pt_BR": (("esquerd",), ("direit",)),
    "it": (("sinistr",), ("destr",)),
    "nl": (("links", "linker"), ("rechts", "rechter")),
    "pl": (("lew",), ("praw",)),
    "ja": (("左",), ("右",)),
    "zh_CN": (("左",), ("右",)),
    "ar": (("يسر", "يسار"), ("يمن", "يمين")),
}
"""Per language, the word stems that say "left" and "right"."""

_LETTERS = re.compile(r"[A-Za-z]+")
_ENGLISH_LEFT = re.compile(r"\bleft\b", re.IGNORECASE)
_ENGLISH_RIGHT = re.compile(r"\bright\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Issue:
    """One thing wrong in a translation: which field, and why it falls back to English."""

    field: str
    reason: str


def normalize_language(tag: str) -> str:
    """``de-DE`` → ``de_DE``, ``zh-Hans-CN`` → ``zh_CN``, ``pt-br`` → ``pt_BR``; '' if not a tag."""
    parts = [p for p in re.split(r"[-_.@]", tag.strip()) if p]
    if not parts or not _LETTERS.fullmatch(parts[0]) or not 2 <= len(parts[0]) <= 3:
        return ""
    language = parts[0].lower()
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and _LETTERS.fullmatch(p)), "")
    script = next((p.title() for p in parts[1:] if len(p) == 4 and _LETTERS.fullmatch(p)), "")
    if language == "zh" and not region:
        # Simplified script without a region is the mainland form; Traditional is not offered.
        region = {"Hans": "CN", "Hant": "TW"}.get(script, "")
    return f"{language}_{region}" if region else language


def pick_language(preferred: Iterable[str], available: Iterable[str] = LANGUAGES) -> str:
    """The best content language for a list of preferred tags, most wanted first.

    An exact match (``pt_BR``) wins, then the bare language (``de_AT`` → ``de``),
    then a regional form of the same language (``pt`` → ``pt_BR``). English is
    the answer when nothing fits, and when English comes first in the list.
    """
    offered = list(available)
    for tag in preferred:
        code = normalize_language(tag)
        if not code:
            continue
        base = code.split("_")[0]
        if base == SOURCE_LANGUAGE:
            return SOURCE_LANGUAGE
        if code in offered:
            return code
        if base in offered:
            return base
        regional = [lang for lang in offered if lang.split("_")[0] == base]
        if base == "zh" and code not in ("zh", "zh_CN", "zh_SG"):
            regional = []  # never show Simplified text to a Traditional-script reader
        if regional:
            return regional[0]
    return SOURCE_LANGUAGE


def placeholders(text: str) -> list[str]:
    """The placeholders in ``text``, sorted, repeats kept."""
    return sorted(PLACEHOLDER.findall(text))


def names_sides(text: str) -> tuple[bool, bool]:
    """Whether English ``text`` says left, and whether it says right."""
    return bool(_ENGLISH_LEFT.search(text)), bool(_ENGLISH_RIGHT.search(text))


def side_word_issue(english: str, translated: str, language: str) -> str | None:
    """Why ``translated`` does not name the side(s) ``english`` names, or None.

    Languages without a word list are not checked.
    """
    words = SIDE_WORDS.get(language)
    if words is None:
        return None
    left, right = names_sides(english)
    lowered = translated.lower()
    missing = []
    if left and not any(w in lowered for w in words[0]):
        missing.append("left")
    if right and not any(w in lowered for w in words[1]):
        missing.append("right")
    if len(missing) == 2:
        return Reason("the English names the left and right side; the translation does not")
    if missing == ["left"]:
        return Reason("the English names the left side; the translation does not")
    if missing:
        return Reason("the English names the right side; the translation does not")
    return None


def _text_issue(value: object, limit: int) -> str | None:
    if not isinstance(value, str):
        return Reason("{value} is not text", value=repr(value))
    if not value.strip():
        return Reason("must not be empty")
    if len(value) > limit:
        return Reason("is {length} characters long (at most {most})", length=len(value), most=limit)
    if any(ord(ch) < 32 and ch != "\n" for ch in value):
        return Reason("contains control characters")
    return None


def english_shown(reason: str) -> Reason:
    """``reason``, saying the field is shown in English instead."""
    return Reason("{reason}; the English is shown instead", reason=reason)


def _same_placeholders(english: str, translated: str) -> str | None:
    want, got = placeholders(english), placeholders(translated)
    if want != got:
        none = Reason("none")
        return Reason(
            "placeholders {found} do not match the English {wanted}",
            found=str(got) if got else none,
            wanted=str(want) if want else none,
        )
    return None


def check_text_fields(
    data: object,
    english: Mapping[str, str | tuple[str, ...]],
    *,
    language: str,
    limits: Mapping[str, int],
) -> tuple[dict[str, str | tuple[str, ...]], list[Issue]]:
    """The usable fields of one translation entry, and every issue found.

    ``english`` holds the source value of each translatable field (a text, or a
    tuple of texts for a list field such as ``steps``). A field with any issue
    is left out of the result, so the English is shown for that whole field.
    A missing field is not an issue: it simply stays in English.
    """
    if not isinstance(data, dict):
        return {}, [Issue("", Reason("must be an object of translated fields"))]
    usable: dict[str, str | tuple[str, ...]] = {}
    issues: list[Issue] = []
    for key in sorted(str(k) for k in data):
        if key not in english and not key.startswith("_"):
            issues.append(Issue(key, Reason("is not a translatable field")))
    for key, source in english.items():
        if key not in data:
            continue
        value = data[key]
        limit = limits.get(key, 600)
        if isinstance(source, tuple):
            if not isinstance(value, list):
                issues.append(Issue(key, Reason("must be a list of texts, like the English")))
                continue
            if len(value) != len(source):
                issues.append(
                    Issue(
                        key,
                        Reason(
                            "has {count} entries; the English has {english}",
                            count=len(value),
                            english=len(source),
                        ),
                    )
                )
                continue
            found = []
            for index, (src, item) in enumerate(zip(source, value, strict=True)):
                reason = (
                    _text_issue(item, limit)
                    or _same_placeholders(src, str(item))
                    or side_word_issue(src, str(item), language)
                )
                if reason:
                    found.append(Issue(f"{key}[{index}]", reason))
            if found:
                issues += found
                continue
            usable[key] = tuple(str(item).strip() for item in value)
        else:
            reason = (
                _text_issue(value, limit)
                or _same_placeholders(source, str(value))
                or side_word_issue(source, str(value), language)
            )
            if reason:
                issues.append(Issue(key, reason))
                continue
            usable[key] = str(value).strip()
    return usable, issues
