"""Which language the stretch content is shown in: the one function the UI asks.

The UI language (the ``ui.language`` setting, or the system's languages when
it is empty or ``system``) decides; the content follows it to the closest
language it is translated into, and English when there is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from standup_buddy.core.translation import SOURCE_LANGUAGE, pick_language
from standup_buddy.stretches.translations import available_languages

SYSTEM = ("", "system")
"""``ui.language`` values that mean "follow the system"."""


def content_language(setting: str, system_languages: Sequence[str] = ()) -> str:
    """The content language for a ``ui.language`` value and the system's preferred languages.

    ``system_languages`` is what ``QLocale.system().uiLanguages()`` returns (most
    wanted first, e.g. ``["de-AT", "en-US"]``); it is used only when the setting
    follows the system. Returns a code :func:`~standup_buddy.stretches.catalog.load_catalog`
    takes: ``de``, ``pt_BR``, ``zh_CN`` … or ``en``.
    """
    wanted = list(system_languages) if setting.strip().lower() in SYSTEM else [setting]
    return pick_language(wanted, available_languages()) if wanted else SOURCE_LANGUAGE
