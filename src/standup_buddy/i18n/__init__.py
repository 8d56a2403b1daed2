"""Which language the interface speaks, decided without Qt.

The translations themselves are Qt ``.ts`` sources in this folder
(``standup_buddy_<lang>.ts``), compiled to ``.qm`` by ``tools/i18n.py release``
(``make venv``, the wheel build hook and the PyInstaller spec all call it).
This module only names the languages and picks one: ``ui.language`` wins,
otherwise the first of the system's preferred languages that has a
translation, otherwise English. It stays Qt-free so the CLI can import it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Final

#: Languages with a translation, by Qt locale name, with the name a speaker
#: of that language would look for in a list.
LANGUAGES: Final[dict[str, str]] = {
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
    "ja": "日本語",
    "zh_CN": "简体中文",
    "ar": "العربية",
}
#: The language the source strings are written in.
SOURCE_LANGUAGE: Final = "en"
#: ``ui.language`` values that mean "follow the system".
FOLLOW_SYSTEM: Final = frozenset({"", "system"})
#: The ``.qm``/``.ts`` file stem: ``standup_buddy_de.qm``.
CATALOG_PREFIX: Final = "standup_buddy_"

HERE: Final = Path(__file__).resolve().parent


def setting_choices() -> tuple[str, ...]:
    """The values ``ui.language`` accepts."""
    return ("system", SOURCE_LANGUAGE, *LANGUAGES)


def _match(tag: str) -> str | None:
    """The supported language for one BCP 47 / POSIX tag (``de-AT``, ``pt_PT``, ``zh-Hans-CN``)."""
    parts = tag.replace("_", "-").split(".")[0].split("@")[0].split("-")
    lang = parts[0].lower()
    if not lang:
        return None
    if lang == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    if lang == "pt":
        # The one Portuguese translation is Brazilian; it reads well in Portugal too.
        return "pt_BR"
    if lang == "zh":
        rest = {p.lower() for p in parts[1:]}
        # Traditional script (Taiwan, Hong Kong, Macau) is a different
        # written language: better English than the wrong script.
        if rest & {"hant", "tw", "hk", "mo"}:
            return None
        return "zh_CN"
    return lang if lang in LANGUAGES else None


def resolve_language(setting: str, system_languages: Iterable[str]) -> str:
    """The language to use: ``setting`` unless it says "system", else the system's first match.

    ``system_languages`` is the user's preference order (``QLocale.uiLanguages()``
    or ``$LANGUAGE``/``$LANG``); a language without a translation is skipped.
    """
    choice = setting.strip()
    if choice not in FOLLOW_SYSTEM:
        found = _match(choice)
        return found if found is not None else SOURCE_LANGUAGE
    for tag in system_languages:
        found = _match(tag)
        if found is not None:
            return found
    return SOURCE_LANGUAGE


def catalog_path(language: str, folder: Path = HERE) -> Path:
    """Where the compiled catalog for ``language`` lives."""
    return folder / f"{CATALOG_PREFIX}{language}.qm"
