"""The app shows stretch content in the UI language, or the system's when none is set."""

from __future__ import annotations

from standup_buddy.app.running import _content_language
from standup_buddy.core.translation import LANGUAGES, SOURCE_LANGUAGE
from standup_buddy.settings import Settings
from standup_buddy.stretches.content_language import content_language


def test_the_ui_language_setting_decides_the_content_language() -> None:
    assert _content_language(Settings({"ui.language": "de"})) == "de"
    assert _content_language(Settings({"ui.language": "pt_BR"})) == "pt_BR"
    # A language without stretch content (the setting's choices never hold one) is English.
    assert content_language("sv") == SOURCE_LANGUAGE


def test_without_the_setting_the_system_languages_decide() -> None:
    # Whatever this machine's locale, the answer is a shipped language or English.
    for settings in (Settings(), Settings({"ui.language": "system"})):
        assert _content_language(settings) in (*LANGUAGES, SOURCE_LANGUAGE)
