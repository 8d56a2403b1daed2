"""Which language the interface speaks: ``ui.language``, then the system's preferences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from standup_buddy.i18n import LANGUAGES, resolve_language, setting_choices
from standup_buddy.settings.schema import SCHEMA_BY_KEY


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        (["de-AT", "de", "en"], "de"),
        (["pt-BR"], "pt_BR"),
        (["pt-PT", "en"], "pt_BR"),
        (["zh-Hans-CN"], "zh_CN"),
        (["zh-TW", "ja"], "ja"),  # traditional script: skipped, not shown as simplified
        (["fi", "sv", "fr-CA"], "fr"),  # the first language with a translation
        (["en-US", "de"], "en"),  # English first means English
        (["C"], "en"),
        ([], "en"),
        (["ar_EG.UTF-8"], "ar"),
    ],
)
def test_the_system_order_decides_when_the_setting_says_system(
    system: list[str], expected: str
) -> None:
    assert resolve_language("system", system) == expected
    assert resolve_language("", system) == expected


@given(st.sampled_from(setting_choices()[1:]), st.lists(st.sampled_from(["de", "ja", "ar", "C"])))
def test_a_chosen_language_wins_over_the_system(choice: str, system: list[str]) -> None:
    assert resolve_language(choice, system) == choice


@given(st.text(max_size=12), st.lists(st.text(max_size=12), max_size=4))
def test_any_input_gives_a_supported_language(setting: str, system: list[str]) -> None:
    assert resolve_language(setting, system) in {"en", *LANGUAGES}


def test_the_setting_accepts_every_language_and_empty_for_system() -> None:
    setting = SCHEMA_BY_KEY["ui.language"]
    assert setting.default == "system"
    assert setting.choices == setting_choices()
    assert setting.validate("") == "system"
    assert setting.validate("ja") == "ja"
    with pytest.raises(ValueError, match="one of"):
        setting.validate("klingon")
