"""File problems and --help in the user's language; JSON the same in every language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from standup_buddy.cli import EXIT_OK, EXIT_USAGE, main, wants_help
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.textfmt import WORDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def catalogs() -> Iterator[None]:
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "release"],
                   cwd=ROOT, check=True, capture_output=True)
    yield
    WORDS.reset()  # the CLI's words stay with the CLI run


def write_settings(language: str, extra: str = "") -> Path:
    path = resolve_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'version = 1\n\n[ui]\nlanguage = "{language}"\n{extra}', encoding="utf-8")
    return path


def broken_stretch(folder: Path) -> Path:
    path = folder / "bad.json"
    path.write_text(json.dumps({
        "id": "Bad",
        "name": "Seated side bend",
        "focus": ["upper_back"],
        "where": "desk",
        "duration_seconds": 5000,
        "sides": "both",
        "steps": ["Sit tall, feet flat."],
        "caution": "Move gently; stop if pain, tingling or numbness appears.",
        "animation": "none",
    }), encoding="utf-8")
    return path


def validate(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["stretches", "validate", str(path)]) == EXIT_USAGE
    return capsys.readouterr().err.splitlines()


def test_validate_says_the_reasons_in_german_with_the_values_intact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_settings("de")
    path = broken_stretch(tmp_path)
    assert validate(path, capsys) == [
        f"{path}: Feld „id“: 'Bad' muss aus 1–48 Kleinbuchstaben, Ziffern oder '-' bestehen",
        f"{path}: Feld „duration_seconds“: 5000 liegt außerhalb des Bereichs (10–600)",
    ]


def test_validate_keeps_the_english_reasons_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_settings("en")
    path = broken_stretch(tmp_path)
    assert validate(path, capsys) == [
        f"{path}: field 'id': 'Bad' must be 1–48 lowercase letters, digits or '-'",
        f"{path}: field 'duration_seconds': 5000 is out of bounds (10–600)",
    ]


def test_validate_in_arabic_shows_the_bounds_in_arabic_digits_and_the_value_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_settings("ar")
    lines = validate(broken_stretch(tmp_path), capsys)
    assert lines[1].endswith("الحقل 'duration_seconds': 5000 خارج الحدود (١٠–٦٠٠)")


def test_a_broken_setting_is_warned_in_german_and_the_json_is_the_same_in_every_language(
    capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = {}
    for language in ("en", "de", "ar"):
        path = write_settings(language, "\n[goal]\ndaily_target = 0\n")
        assert main(["stats", "--json", "--days", "3"]) == EXIT_OK
        captured = capsys.readouterr()
        outputs[language] = captured.out
        if language == "de":
            assert captured.err == (
                f"standup-buddy: Warnung: {path}: Feld „goal.daily_target“: 0 ist nicht erlaubt "
                "(außerhalb des Bereichs: erlaubt ist eine ganze Zahl von 1 bis 600); es gilt "
                "der Standardwert 30\n"
            )
        if language == "en":
            assert captured.err == (
                f"standup-buddy: warning: {path}: field 'goal.daily_target': 0 is not allowed "
                "(out of bounds: allowed is a whole number from 1 to 600); using the default 30\n"
            )
    assert outputs["de"] == outputs["en"] == outputs["ar"]
    assert json.loads(outputs["en"])["days"][0]["goal_target"] == 30


def test_a_settings_file_that_does_not_parse_is_explained_in_german(
    capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_settings("de", "[goal\n")
    assert main(["stats", "--json", "--days", "1"]) == EXIT_OK
    err = capsys.readouterr().err
    # ui.language is in the broken file too: the system's language (English here) is used.
    assert err.startswith(f"standup-buddy: warning: {path}: is not valid TOML at line 5")
    assert "until you save from the Settings window; a copy was saved as settings.toml.bak-" in err


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # argparse wraps help at the terminal's width


def test_help_is_german_under_ui_language_de(
    capsys: pytest.CaptureFixture[str], wide: None
) -> None:
    write_settings("de")
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: standup-buddy [-h] [--version] [--speed N] BEFEHL ...")
    assert "Dehnpausen vorschlägt" in out
    assert "Positionsargumente:" in out and "Optionen:" in out
    assert "\n  -h, --help  diese Hilfe zeigen und beenden\n" in out
    assert "\n    resume    Erinnerungen fortsetzen\n" in out
    assert "usage:" not in out and "show this help" not in out


def test_a_subcommands_help_is_german_too(
    capsys: pytest.CaptureFixture[str], wide: None
) -> None:
    write_settings("de")
    with pytest.raises(SystemExit):
        main(["stats", "-h"])
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: standup-buddy stats [-h]")
    assert "wie viele Tage zurück, heute eingeschlossen (Standard 7)" in out


def test_help_stays_english_in_english(capsys: pytest.CaptureFixture[str], wide: None) -> None:
    write_settings("en")
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: standup-buddy")
    assert "show this help message and exit" in out and "resume reminders" in out


@pytest.mark.parametrize(
    ("argv", "asked"),
    [
        (["--help"], True),
        (["-h"], True),
        (["stats", "--he"], True),  # argparse accepts an abbreviation
        (["sync", "set", "--", "-h"], False),
        (["status"], False),
        (["pause", "30"], False),
        (["--h"], True),
    ],
)
def test_help_is_recognised_only_when_asked(argv: list[str], asked: bool) -> None:
    assert wants_help(argv) is asked


def run(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "STANDUP_BUDDY_HOME": str(home)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, cwd=ROOT, env=env)


def test_only_asking_for_help_loads_qt(private_home: Path) -> None:
    write_settings("de")
    parse = (
        "import sys\n"
        "from standup_buddy import cli\n"
        "cli.build_parser().parse_args(['status', '--json'])\n"
        "print('PySide6.QtCore' in sys.modules)\n"
    )
    assert run(parse, private_home).stdout.strip() == "False"
    helped = run("from standup_buddy.cli import main; main(['--help'])", private_home)
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("Aufruf: standup-buddy")
