"""The app shows stretch content in the UI language, or the system's when none is set."""

from __future__ import annotations

from standup_buddy.app.running import _content_language
from standup_buddy.core.translation import LANGUAGES, SOURCE_LANGUAGE


class FakeSettings:
    def __init__(self, language: str | None) -> None:
        self.language = language

    def get_str(self, key: str) -> str:
        if key != "ui.language" or self.language is None:
            raise KeyError(key)
        return self.language


def test_the_ui_language_setting_decides_the_content_language() -> None:
    assert _content_language(FakeSettings("de")) == "de"
    assert _content_language(FakeSettings("pt_BR")) == "pt_BR"
    assert _content_language(FakeSettings("sv")) == SOURCE_LANGUAGE


def test_without_the_setting_the_system_languages_decide() -> None:
    # Whatever this machine's locale, the answer is a shipped language or English.
    for settings in (FakeSettings(None), FakeSettings(""), FakeSettings("system")):
        assert _content_language(settings) in (*LANGUAGES, SOURCE_LANGUAGE)
