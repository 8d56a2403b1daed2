"""Translated stretch content: every catalog matches its English, and falls back per field."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tools.content_template import templates

from standup_buddy.core.translation import (
    LANGUAGES,
    SIDE_WORDS,
    SOURCE_LANGUAGE,
    normalize_language,
    pick_language,
    side_word_issue,
)
from standup_buddy.platform.paths import Paths, resolve_paths
from standup_buddy.stretches import catalog as catalog_module
from standup_buddy.stretches.catalog import load_catalog, save_user_stretch, validate_files
from standup_buddy.stretches.content_language import content_language
from standup_buddy.stretches.translations import (
    available_languages,
    localized_cues,
    translations_dir,
)

FOLDER = Path(str(translations_dir()))
SHIPPED = available_languages()
FAMILIES = ("stretches", "programs", "micro")
# Scripts are denser than English letters; a caution shorter than this share of
# the English has most likely lost a sentence.
MIN_LENGTH_RATIO = {"ja": 0.2, "zh_CN": 0.15}


def english(family: str) -> dict[str, dict[str, Any]]:
    return translated(family, "en")


def translated(family: str, language: str) -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(
        (FOLDER / family / f"{language}.json").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture
def paths() -> Paths:
    found = resolve_paths()
    found.stretches_dir.mkdir(parents=True, exist_ok=True)
    return found


def test_every_language_of_this_release_ships_both_catalogs() -> None:
    assert set(SHIPPED) == set(LANGUAGES)
    for language in LANGUAGES:
        for family in FAMILIES:
            assert (FOLDER / family / f"{language}.json").is_file(), (family, language)


def test_the_english_templates_are_up_to_date_with_the_stretch_files() -> None:
    for relative, text in templates().items():
        path = FOLDER / relative
        assert path.read_text(encoding="utf-8") == text, f"run tools/content_template.py ({path})"


@pytest.mark.parametrize("language", SHIPPED)
@pytest.mark.parametrize("family", FAMILIES)
def test_a_catalog_has_exactly_the_keys_and_steps_of_the_english(
    family: str, language: str
) -> None:
    source, target = english(family), translated(family, language)
    assert sorted(target) == sorted(source)
    for item_id, fields in source.items():
        entry = target[item_id]
        # No dropped caution and no extra field: a partial file is allowed by the
        # loader, but the shipped ones are complete.
        assert sorted(entry) == sorted(fields), (item_id, sorted(entry))
        for key, value in fields.items():
            if isinstance(value, list):
                assert isinstance(entry[key], list), (item_id, key)
                assert len(entry[key]) == len(value), (item_id, key)
            else:
                assert isinstance(entry[key], str) and entry[key].strip(), (item_id, key)
                assert entry[key] != value or key == "name", (item_id, key, "not translated")


@pytest.mark.parametrize("language", SHIPPED)
def test_the_loader_accepts_every_field_of_every_shipped_catalog(language: str) -> None:
    # Placeholders, lengths, side words and control characters are all checked
    # by the loader; any problem would show the English instead.
    content = catalog_module.builtin_translations(language)
    assert content.problems == ()
    assert set(content.stretches) == set(english("stretches"))
    for fields in content.stretches.values():
        assert set(fields) == {"name", "steps", "caution"}
    assert set(content.programs) == set(english("programs"))


@pytest.mark.parametrize("language", SHIPPED)
def test_each_step_naming_a_side_names_it_in_words(language: str) -> None:
    left_words, right_words = SIDE_WORDS[language]
    source, target = english("stretches"), translated("stretches", language)
    checked = 0
    for item_id, fields in source.items():
        for step, text in zip(fields["steps"], target[item_id]["steps"], strict=True):
            lowered = text.lower()
            if re.search(r"\bleft\b", step, re.IGNORECASE):
                assert any(w in lowered for w in left_words), (item_id, text)
                checked += 1
            if re.search(r"\bright\b", step, re.IGNORECASE):
                assert any(w in lowered for w in right_words), (item_id, text)
    assert checked >= 10


@pytest.mark.parametrize("language", SHIPPED)
def test_no_caution_is_cut_short(language: str) -> None:
    ratio = MIN_LENGTH_RATIO.get(language, 0.6)
    source, target = english("stretches"), translated("stretches", language)
    for item_id, fields in source.items():
        assert len(target[item_id]["caution"]) >= ratio * len(fields["caution"]), item_id


def test_the_side_word_check_catches_a_dropped_or_swapped_side() -> None:
    english_step = "Left side first: bend your left knee."
    assert side_word_issue(english_step, "Linke Seite zuerst: linkes Knie beugen.", "de") is None
    assert side_word_issue(english_step, "Rechte Seite zuerst.", "de") is not None
    assert side_word_issue(english_step, "Zuerst ein Knie beugen.", "de") is not None
    assert side_word_issue("Stand tall.", "Steh aufrecht.", "de") is None


@pytest.mark.parametrize("language", ["ar", "ja"])
def test_the_catalog_loads_in_arabic_and_japanese(paths: Paths, language: str) -> None:
    shown = load_catalog(paths, language=language)
    base = load_catalog(paths)
    assert shown.language == language and shown.problems == ()
    assert shown.ids == base.ids
    script = "ARABIC" if language == "ar" else "CJK"
    for stretch in shown.stretches:
        original = base.get(stretch.id)
        assert original is not None
        assert stretch.name != original.name or language == "ja"
        assert len(stretch.steps) == len(original.steps)
        text = stretch.caution + " ".join(stretch.steps)
        assert any(script in unicodedata.name(ch, "") for ch in text), stretch.id
        # Only the words change: timing, sides and the figure stay the file's.
        assert (stretch.duration_seconds, stretch.sides, stretch.animation_id) == (
            original.duration_seconds,
            original.sides,
            original.animation_id,
        )
    relief = shown.program("relief")
    assert relief is not None and relief.stretch_ids == base.program("relief").stretch_ids  # type: ignore[union-attr]


def test_english_and_unknown_languages_show_the_files_own_text(paths: Paths) -> None:
    base = load_catalog(paths)
    for language in (None, "en", "xx", "tlh"):
        shown = load_catalog(paths, language=language)
        assert shown.language == SOURCE_LANGUAGE
        assert [s.name for s in shown.stretches] == [s.name for s in base.stretches]


def test_a_broken_field_falls_back_to_english_for_that_field_only(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    german = translated("stretches", "de")
    german["bird-dog"]["steps"] = german["bird-dog"]["steps"][:-1]  # a step dropped
    german["standing-quad"]["steps"][1] = "Zuerst ein Knie beugen."  # the side dropped
    del german["plank"]["caution"]  # not translated yet
    from standup_buddy.stretches.translations import read_family as real

    def fake(family: str, language: str) -> tuple[object, Any]:
        if (family, language) == ("stretches", "de"):
            return german, None
        return real(family, language)

    catalog_module.builtin_translations.cache_clear()
    monkeypatch.setattr(catalog_module, "read_family", fake)
    try:
        shown = load_catalog(paths, language="de")
    finally:
        catalog_module.builtin_translations.cache_clear()
    base = load_catalog(paths)
    bird, base_bird = shown.get("bird-dog"), base.get("bird-dog")
    quad, base_quad = shown.get("standing-quad"), base.get("standing-quad")
    plank, base_plank = shown.get("plank"), base.get("plank")
    assert bird and base_bird and quad and base_quad and plank and base_plank
    # The whole step list is English, never four German steps and one English.
    assert bird.steps == base_bird.steps
    assert bird.name == german["bird-dog"]["name"]
    assert bird.caution == german["bird-dog"]["caution"]
    assert quad.steps == base_quad.steps and quad.name == german["standing-quad"]["name"]
    assert plank.caution == base_plank.caution and plank.steps == tuple(german["plank"]["steps"])
    reasons = {str(p.field): p.reason for p in shown.problems}
    assert "has 4 entries; the English has 5" in reasons["bird-dog.steps"]
    assert "left" in reasons["standing-quad.steps[1]"]
    assert "plank.caution" not in reasons


# --- user files with their own translations ------------------------------------------


def user_stretch(**extra: object) -> dict[str, object]:
    return {
        "id": "side-bend",
        "name": "Seated side bend",
        "focus": ["upper_back"],
        "where": "desk",
        "duration_seconds": 20,
        "sides": "both",
        "steps": [
            "Sit tall, feet flat.",
            "Left side first: reach your right arm over your head and lean left.",
            "Come back, then reach your left arm over and lean right.",
        ],
        "caution": "Move gently; stop if pain, tingling or numbness appears in your arm or hand.",
        "animation": "none",
        **extra,
    }


GOOD = {
    "de": {
        "name": "Seitbeuge im Sitzen",
        "steps": [
            "Aufrecht sitzen, Füße flach.",
            "Linke Seite zuerst: rechten Arm über den Kopf strecken und nach links neigen.",
            "Zurück, dann linken Arm über den Kopf und nach rechts neigen.",
        ],
        "caution": "Sanft bewegen; aufhören bei Schmerz, Kribbeln oder Taubheit in Arm oder Hand.",
    },
    "ja": {"name": "座って体の横を伸ばす"},
}


def write(folder: Path, data: object, name: str = "side-bend.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_user_file_with_good_translations_validates_and_shows_them(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(paths.stretches_dir, user_stretch(translations=GOOD))
    assert validate_files([path]) == []
    german = load_catalog(paths, language="de").get("side-bend")
    japanese = load_catalog(paths, language="ja").get("side-bend")
    assert german is not None and japanese is not None
    assert german.name == "Seitbeuge im Sitzen" and german.steps[1].startswith("Linke Seite")
    # Japanese has a name only: the steps and caution stay in English, each whole.
    assert japanese.name == "座って体の横を伸ばす"
    assert japanese.steps == tuple(user_stretch()["steps"])  # type: ignore[arg-type]
    from standup_buddy.cli import main

    assert main(["stretches", "validate", str(path)]) == 0
    assert "1 file OK" in capsys.readouterr().out


def test_broken_translations_are_reported_clearly_and_cost_nothing_else(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = {
        "de": {
            "name": "Seitbeuge im Sitzen",
            "steps": ["Aufrecht sitzen.", "Zuerst den Arm heben und neigen."],
            "caution": 12,
            "anmerkung": "x",
        },
        "fr": {"steps": ["Assis.", "Côté gauche d'abord : bras droit.", "Puis {side}, à droite."]},
        "English": {"name": "x"},
        "es": "Estiramiento",
    }
    path = write(paths.stretches_dir, user_stretch(translations=broken))
    problems = validate_files([path])
    found = {str(p.field): p.reason for p in problems}
    assert "has 2 entries; the English has 3" in found["translations.de.steps"]
    assert "is not text" in found["translations.de.caution"]
    assert "is not a translatable field" in found["translations.de.anmerkung"]
    assert "placeholders" in found["translations.fr.steps[2]"]
    assert "language code" in found["translations.English"]
    assert "object of translated fields" in found["translations.es"]
    assert all(p.origin == str(path) for p in problems)
    for problem in problems:
        if str(problem.field).count(".") > 1:
            assert "English is shown instead" in problem.reason, problem
    from standup_buddy.cli import main

    assert main(["stretches", "validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}: field 'translations.de.steps': has 2 entries" in err
    # The stretch still loads; its good German name is used, the rest is English.
    german = load_catalog(paths, language="de").get("side-bend")
    assert german is not None and german.name == "Seitbeuge im Sitzen"
    assert german.steps == tuple(user_stretch()["steps"])  # type: ignore[arg-type]
    french = load_catalog(paths, language="fr").get("side-bend")
    assert french is not None and french.steps == german.steps


def test_a_translations_table_that_is_not_an_object_is_one_clear_problem(paths: Paths) -> None:
    path = write(paths.stretches_dir, user_stretch(translations=["de"]))
    problems = validate_files([path])
    assert [p.field for p in problems] == ["translations"]
    assert "keyed by language" in problems[0].reason
    assert load_catalog(paths).get("side-bend") is not None


def test_a_bad_stretch_still_reports_its_translation_problems(paths: Paths) -> None:
    path = write(
        paths.stretches_dir, user_stretch(duration_seconds=5, translations={"de": {"steps": []}})
    )
    fields = [p.field for p in validate_files([path])]
    assert fields == ["duration_seconds", "translations.de.steps"]
    assert load_catalog(paths).get("side-bend") is None


def test_saving_from_the_editor_keeps_the_files_translations(paths: Paths) -> None:
    from dataclasses import replace

    path = write(paths.stretches_dir, user_stretch(translations=GOOD))
    stretch = load_catalog(paths).get("side-bend")
    assert stretch is not None
    # The form builds a fresh stretch from its fields, without translations.
    edited = replace(stretch, name="Side bend", translations={})
    save_user_stretch(paths, edited)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["name"] == "Side bend" and saved["translations"] == GOOD
    shown = load_catalog(paths, language="de").get("side-bend")
    assert shown is not None
    with pytest.raises(ValueError, match="translated"):
        save_user_stretch(paths, shown)
    assert json.loads(path.read_text(encoding="utf-8"))["name"] == "Side bend"


# --- which language ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", ["de-AT", "en-US"], "de"),
        ("system", ["pt-BR"], "pt_BR"),
        ("", ["pt-PT"], "pt_BR"),
        ("", ["zh-Hans-CN"], "zh_CN"),
        ("", ["zh-Hant-TW", "ja-JP"], "ja"),
        ("", ["en-GB", "de-DE"], "en"),
        ("", ["sv-SE", "fr-CA"], "fr"),
        ("", [], "en"),
        ("ar", ["de-DE"], "ar"),
        ("ja_JP", [], "ja"),
        ("sv", ["de-DE"], "en"),
        ("en", ["de-DE"], "en"),
    ],
)
def test_the_content_follows_the_ui_language(
    setting: str, system: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import standup_buddy.stretches.content_language as module

    monkeypatch.setattr(module, "available_languages", lambda: LANGUAGES)
    assert content_language(setting, system) == expected


def test_the_content_language_is_one_the_app_ships() -> None:
    assert content_language("", ["de-CH"]) == "de"
    assert content_language("de", []) in SHIPPED


@given(st.lists(st.text(max_size=12), max_size=5))
def test_any_preference_list_picks_a_shipped_language_or_english(tags: list[str]) -> None:
    assert pick_language(tags) in (*LANGUAGES, SOURCE_LANGUAGE)
    for tag in tags:
        code = normalize_language(tag)
        assert code == "" or re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", code), tag


CLAIMS = {
    # Stems of "diagnose" and "cure/heal" per language: the content guides
    # movement and never claims to find or fix a condition. ("Physiotherapist"
    # contains the word for "treatment" in some languages, so that is not listed.)
    "de": ("diagnos", "heilt", "heilung"),
    "fr": ("diagnos", "guéri"),
    "es": ("diagnós", "curar", "cura "),
    "pt_BR": ("diagnós", "curar", "cura "),
    "it": ("diagnos", "guari"),
    "nl": ("diagnos", "geneest", "genezen"),
    "pl": ("diagnoz", "wylecz"),
    "ja": ("診断", "治す", "治り", "治癒"),
    "zh_CN": ("诊断", "治愈", "根治"),
    "ar": ("تشخيص", "يشفي", "شفاء"),
}


@pytest.mark.parametrize("language", SHIPPED)
def test_no_translation_claims_to_diagnose_or_cure(language: str) -> None:
    words = CLAIMS[language]
    for family in FAMILIES:
        for item_id, fields in translated(family, language).items():
            for value in fields.values():
                text = (" ".join(value) if isinstance(value, list) else value).lower()
                assert not any(w in text for w in words), (family, item_id, value)


# --- micro-pause cues --------------------------------------------------------------


@dataclass(frozen=True)
class Cue:
    id: str
    text: str
    caution: str | None = None


def english_cues() -> list[Cue]:
    return [
        Cue(cue_id, fields["text"], fields.get("caution"))
        for cue_id, fields in english("micro").items()
    ]


@pytest.mark.parametrize("language", SHIPPED)
def test_every_language_translates_every_micro_cue_and_its_caution(language: str) -> None:
    source, target = english("micro"), translated("micro", language)
    assert sorted(target) == sorted(source)
    for cue_id, fields in source.items():
        # A caution exactly where the English has one: none dropped, none invented.
        assert sorted(target[cue_id]) == sorted(fields), cue_id
    cues, problems = localized_cues(english_cues(), language)
    assert problems == ()
    for original, shown in zip(english_cues(), cues, strict=True):
        assert shown.id == original.id and shown.text != original.text
        assert (shown.caution is None) == (original.caution is None)


def test_a_broken_micro_cue_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    import standup_buddy.stretches.translations as module

    german = translated("micro", "de")
    german["look-around"]["text"] = "Augen zu, dann nach oben und unten schauen."  # sides lost
    german["chin-tuck"]["caution"] = ""
    monkeypatch.setattr(module, "read_family", lambda family, language: (german, None))
    cues, problems = localized_cues(english_cues(), "de")
    shown = {cue.id: cue for cue in cues}
    source = {cue.id: cue for cue in english_cues()}
    assert shown["look-around"].text == source["look-around"].text
    assert shown["chin-tuck"].caution == source["chin-tuck"].caution
    assert shown["chin-tuck"].text == german["chin-tuck"]["text"]
    assert {str(p.field) for p in problems} == {"look-around.text", "chin-tuck.caution"}
    assert localized_cues(english_cues(), "en") == (tuple(english_cues()), ())


def _first_side(text: str, language: str) -> str | None:
    left_words, right_words = SIDE_WORDS[language]
    lowered = text.lower()
    found = [(lowered.find(w), "left") for w in left_words if w in lowered]
    found += [(lowered.find(w), "right") for w in right_words if w in lowered]
    return min(found)[1] if found else None


@pytest.mark.parametrize("language", SHIPPED)
def test_two_sided_stretches_start_on_the_left_in_every_language(language: str) -> None:
    # The card starts with the figure unmirrored, on the left side; the step
    # that says "Left side first" must name the left side before the right.
    source, target = english("stretches"), translated("stretches", language)
    starts = 0
    for item_id, fields in source.items():
        for step, text in zip(fields["steps"], target[item_id]["steps"], strict=True):
            if step.lower().startswith("left side first"):
                assert _first_side(text, language) == "left", (item_id, text)
                starts += 1
    assert starts >= 8


# --- German says "du" ----------------------------------------------------------------

# The German interface says "du"; the content must too. Lower-case "sie" is
# "she/they" and never the polite "you", and a capital "Sie"/"Ihr…" at the start
# of a sentence may be "They"/"Their". So a capital "Sie", "Ihnen" or "Ihr(e/en/em/er/es)"
# counts as polite address wherever a sentence cannot start, and at a sentence
# start only "Sie" followed by a verb that, there, almost always addresses the
# reader ("Sie brauchen etwas freien Boden").
_FORMAL = re.compile(r"\b(?:Sie|Ihnen|Ihr(?:e[nmrs]?)?)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]|[„“\"(])\s*$")
_FORMAL_AT_START = re.compile(
    r"Sie\s+(?:brauchen|können|könnten|sollten|sollen|müssen|dürfen|möchten|wollen"
    r"|spüren|merken|fühlen|bemerken)\b"
)


def formal_address(text: str) -> list[str]:
    """The polite-"Sie" words in German ``text``, each with a little context."""
    found = []
    for match in _FORMAL.finditer(text):
        before = text[: match.start()]
        at_start = _SENTENCE_START.search(before) is not None
        if not at_start or _FORMAL_AT_START.match(text, match.start()):
            found.append(text[max(0, match.start() - 20) : match.end() + 20])
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Gehen Sie behutsam in die Übung.",
        "Linke Seite zuerst: Ziehen Sie das linke Knie zur Brust.",
        "Halten Sie sich fest, wenn Ihr Gleichgewicht unsicher ist.",
        "Hör auf, wenn Ihnen schwindelig wird.",
        "Frag zuerst Ihre Operateurin oder Ihren Operateur.",
        "Schone die Knie. Sie brauchen etwas freien Boden.",
        "Die Knie bleiben unten; Sie heben nur das Becken.",
        "Fällt Ihnen das leicht, können Sie es auf den Zehen versuchen.",
    ],
)
def test_the_du_check_catches_polite_address(text: str) -> None:
    assert formal_address(text)


@pytest.mark.parametrize(
    "text",
    [
        "Geh behutsam in die Übung und hör auf, wenn es schmerzt.",
        "Roll die Schultern; dann lass sie sinken.",  # sie = them
        "Die Knie bleiben nebeneinander. Sie zeigen nach vorn.",  # Sie = they
        "Aus: Sie kommt in den Pausen nicht vor.",  # after a colon, Sie = it (die Dehnung)
        "Spür die Dehnung, bis sie nachlässt.",  # sie = it (die Dehnung)
        "Halte die Füße flach. Ihre Stellung bleibt gleich.",  # Ihre = their
        "Ihr seid zu zweit? Dann wechselt euch ab.",  # ihr = you (plural, informal)
    ],
)
def test_the_du_check_lets_she_they_and_it_through(text: str) -> None:
    assert formal_address(text) == []


@pytest.mark.parametrize("family", FAMILIES)
def test_german_content_says_du_like_the_interface(family: str) -> None:
    for item_id, fields in translated(family, "de").items():
        for key, value in fields.items():
            for text in value if isinstance(value, list) else [value]:
                assert formal_address(text) == [], (family, item_id, key, text)


def test_the_german_interface_says_du_too() -> None:
    from tools.i18n import read_ts, ts_path

    for message in read_ts(ts_path("de")).messages.values():
        for text in message.translations:
            assert formal_address(text) == [], (message.context, message.source, text)
