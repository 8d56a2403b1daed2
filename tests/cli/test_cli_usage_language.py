"""Usage mistakes, metavars and ``stretches list`` in the user's language; exit codes unchanged."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from standup_buddy.cli import EXIT_USAGE, main
from standup_buddy.i18n import LANGUAGES
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.textfmt import WORDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def catalogs() -> Iterator[None]:
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "release"],
                   cwd=ROOT, check=True, capture_output=True)
    yield
    WORDS.reset()  # the CLI's words stay with the CLI run


@pytest.fixture(autouse=True)
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # argparse wraps usage lines at the terminal's width


def set_language(language: str) -> None:
    path = resolve_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'version = 1\n\n[ui]\nlanguage = "{language}"\n', encoding="utf-8")


def mistake(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    """stderr of a run that must end as a usage mistake (exit 2, nothing on stdout)."""
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    assert done.value.code == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    return err.splitlines()


STATS_USAGE_DE = "Aufruf: standup-buddy stats [-h] [--days N] [--json] [--device NAME]"


@pytest.mark.parametrize(
    ("days", "said"),
    [
        ("seven", "--days muss eine ganze Zahl sein, nicht 'seven'"),
        ("0", "--days muss zwischen 1 und 3660 liegen, nicht 0"),
        ("99999", "--days muss zwischen 1 und 3660 liegen, nicht 99999"),
    ],
)
def test_a_bad_days_value_is_said_in_german(
    capsys: pytest.CaptureFixture[str], days: str, said: str
) -> None:
    set_language("de")
    assert mistake(capsys, "stats", "--days", days) == [
        STATS_USAGE_DE,
        f"standup-buddy stats: Fehler: Argument --days: {said}",
    ]


def test_a_missing_argument_is_said_in_german_with_the_german_metavar(
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_language("de")
    assert mistake(capsys, "pause") == [
        "Aufruf: standup-buddy pause [-h] MINUTEN",
        "standup-buddy pause: Fehler: diese Argumente fehlen: MINUTEN",
    ]
    assert mistake(capsys, "stats", "--days") == [
        STATS_USAGE_DE,
        "standup-buddy stats: Fehler: Argument --days: erwartet ein Argument",
    ]


def test_an_unknown_command_and_a_stray_argument_are_said_in_german(
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_language("de")
    lines = mistake(capsys, "export", "--format", "xml")
    assert lines[1] == (
        "standup-buddy export: Fehler: Argument --format: ungültige Auswahl: 'xml' "
        "(möglich sind 'csv', 'json')"
    )
    lines = mistake(capsys, "stats", "--json", "extra")
    assert lines == [
        "Aufruf: standup-buddy [-h] [--version] [--speed N] BEFEHL ...",
        "standup-buddy: Fehler: unbekannte Argumente: extra",
    ]


def test_the_same_mistakes_stay_english_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    set_language("en")
    assert mistake(capsys, "stats", "--days", "seven") == [
        "usage: standup-buddy stats [-h] [--days N] [--json] [--device NAME]",
        "standup-buddy stats: error: argument --days: --days must be a whole number, not 'seven'",
    ]
    assert mistake(capsys, "--speed", "5000") == [
        "usage: standup-buddy [-h] [--version] [--speed N] COMMAND ...",
        "standup-buddy: error: argument --speed: --speed must be from 1 to 3600, not 5000",
    ]
    assert mistake(capsys, "pause") == [
        "usage: standup-buddy pause [-h] MINUTES",
        "standup-buddy pause: error: the following arguments are required: MINUTES",
    ]


def test_arabic_and_japanese_say_a_mistake_in_their_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_language("ar")
    assert mistake(capsys, "pause") == [
        "الاستخدام: standup-buddy pause [-h] الدقائق",
        "standup-buddy pause: خطأ: الوسائط التالية مطلوبة: الدقائق",
    ]
    set_language("ja")
    assert mistake(capsys, "pause")[1] == "standup-buddy pause: エラー: 次の引数が必要です: 分"


def test_a_translated_mistake_leaves_argparse_english_for_every_other_parser(
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_language("de")
    mistake(capsys, "pause")
    other = argparse.ArgumentParser(prog="other")
    other.add_argument("x")
    with pytest.raises(SystemExit):
        other.parse_args([])
    assert capsys.readouterr().err.splitlines()[-1] == (
        "other: error: the following arguments are required: x"
    )


def test_metavars_are_german_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    set_language("de")
    with pytest.raises(SystemExit):
        main(["sync", "set", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: standup-buddy sync set [-h] [--name NAME] ORDNER\n")
    assert "\n  ORDNER\n" in out and "FOLDER" not in out
    with pytest.raises(SystemExit):
        main(["export", "-h"])
    assert "--out DATEI" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "BEFEHL" in out and "COMMAND" not in out


def test_metavars_stay_english_in_english_help(capsys: pytest.CaptureFixture[str]) -> None:
    set_language("en")
    with pytest.raises(SystemExit):
        main(["sync", "set", "--help"])
    assert capsys.readouterr().out.startswith(
        "usage: standup-buddy sync set [-h] [--name NAME] FOLDER\n"
    )


def run(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "STANDUP_BUDDY_HOME": str(home)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, cwd=ROOT, env=env)


def test_only_a_mistake_loads_qt_and_a_good_command_line_does_not(private_home: Path) -> None:
    set_language("de")
    good = (
        "import sys\n"
        "from standup_buddy import cli\n"
        "cli._dispatch = lambda args: print(args.minutes)\n"
        "cli.main(['pause', '30'])\n"
        "print('PySide6.QtCore' in sys.modules)\n"
    )
    assert run(good, private_home).stdout.split() == ["30", "False"]
    bad = "from standup_buddy.cli import main; main(['pause', 'soon'])"
    said = run(bad, private_home)
    assert said.returncode == EXIT_USAGE and said.stdout == ""
    assert said.stderr.splitlines()[-1] == (
        "standup-buddy pause: Fehler: Argument MINUTEN: MINUTEN muss eine ganze Zahl sein, "
        "nicht 'soon'"
    )


def test_stretches_list_has_german_column_heads(capsys: pytest.CaptureFixture[str]) -> None:
    set_language("de")
    assert main(["stretches", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "ID", "NAME", "ORT", "FOKUS", "HERKUNFT", "ZEIT", "SEITEN", "ROTATION",
    ]
    walk = next(line for line in lines if line.startswith("walk-break "))
    # What the files say stays as written; the table's own words are German.
    assert " standing " in walk and walk.endswith(" mitgeliefert  120 s  none    an")


def test_stretches_list_keeps_its_english_table_in_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_language("en")
    assert main(["stretches", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "ID", "NAME", "WHERE", "FOCUS", "SOURCE", "TIME", "SIDES", "ROTATION",
    ]
    walk = next(line for line in lines if line.startswith("walk-break "))
    assert " built-in   120s  none   on" in walk


def test_export_json_is_byte_identical_in_every_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    outputs = {}
    for language in ("en", *LANGUAGES):
        set_language(language)
        assert main(["export", "--format", "json"]) == 0
        outputs[language] = capsys.readouterr().out
        WORDS.reset()
    assert json.loads(outputs["en"]).keys() >= {"intervals", "breaks"}
    assert all(out == outputs["en"] for out in outputs.values())


def test_a_device_filter_mistake_is_said_in_german_and_json_stays_empty(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    set_language("de")
    assert main(["stats", "--json", "--device", "laptop"]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "standup-buddy: Sync ist aus, daher hat hier nur dieses Gerät ('this') einen Verlauf\n"
    )
    assert main(["sync", "set", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["stats", "--json", "--device", "laptop"]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith(
        "standup-buddy: kein Gerät namens 'laptop'; gesehene Geräte: "
    )
    assert main(["sync", "forget", "laptop"]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith("standup-buddy: kein Gerät namens 'laptop';")


def test_a_device_filter_mistake_stays_english_in_english(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    set_language("en")
    assert main(["sync", "set", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["stats", "--device", "laptop"]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith(
        "standup-buddy: no device named 'laptop'; devices seen: "
    )
