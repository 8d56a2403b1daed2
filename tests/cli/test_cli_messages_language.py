"""The CLI's own messages and ``doctor`` labels in the user's language; exit codes unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from standup_buddy.cli import EXIT_OK, EXIT_USAGE, main
from standup_buddy.i18n.cli import load_cli_text
from standup_buddy.platform import doctor
from standup_buddy.platform.doctor import format_report
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.textfmt import WORDS

ROOT = Path(__file__).resolve().parents[2]


def stretch_file(folder: Path, stretch_id: str) -> Path:
    path = folder / f"{stretch_id}.json"
    path.write_text(json.dumps({
        "id": stretch_id,
        "name": "Seated side bend",
        "focus": ["upper_back"],
        "where": "desk",
        "duration_seconds": 20,
        "sides": "both",
        "steps": ["Sit tall, feet flat.", "Reach one arm over your head and lean away."],
        "caution": "Move gently; stop if pain, tingling or numbness appears.",
        "animation": "none",
    }), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def catalogs() -> Iterator[None]:
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "release"],
                   cwd=ROOT, check=True, capture_output=True)
    yield
    WORDS.reset()  # the CLI's words stay with the CLI run


def set_language(language: str) -> None:
    path = resolve_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'version = 1\n\n[ui]\nlanguage = "{language}"\n', encoding="utf-8")


def test_validate_counts_files_in_german_with_a_plural(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_language("de")
    first, second = stretch_file(tmp_path, "side-bend"), stretch_file(tmp_path, "side-bend-2")
    assert main(["stretches", "validate", str(first)]) == EXIT_OK
    assert capsys.readouterr().out == "1 Datei in Ordnung\n"
    assert main(["stretches", "validate", str(first), str(second)]) == EXIT_OK
    assert capsys.readouterr().out == "2 Dateien in Ordnung\n"


def test_validate_counts_files_in_english_singular_and_plural(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_language("en")
    first = stretch_file(tmp_path, "side-bend")
    assert main(["stretches", "validate", str(first)]) == EXIT_OK
    assert capsys.readouterr().out == "1 file OK\n"
    assert main(["stretches", "validate", str(first), str(first)]) == EXIT_OK
    assert capsys.readouterr().out == "2 files OK\n"


def test_a_missing_file_is_a_usage_error_in_german(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_language("de")
    missing = tmp_path / "nope.toml"
    assert main(["stretches", "validate", str(missing)]) == EXIT_USAGE
    assert capsys.readouterr().err == f"standup-buddy: keine solche Datei: {missing}\n"


def test_an_export_to_a_folder_is_refused_in_german(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_language("de")
    assert main(["export", "--format", "csv", "--out", str(tmp_path)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err == f"standup-buddy: --out {tmp_path} ist ein Ordner; gib einen Dateinamen an\n"


def test_doctor_labels_come_out_in_german_and_stay_aligned() -> None:
    text = load_cli_text("de")
    rows = [("Platform", "Linux (linux)"), ("Idle source", "x11"), ("System tray", "none")]
    report = format_report(rows, lambda label: text.translate("Doctor", label))
    assert report.splitlines() == [
        "Plattform:           Linux (linux)",
        "Abwesenheit: Quelle: x11",
        "Infobereich:         none",
    ]


def test_doctor_aligns_wide_labels_by_their_terminal_width() -> None:
    text = load_cli_text("ja")
    rows = [("Platform", "a"), ("Database", "b")]
    lines = format_report(rows, lambda label: text.translate("Doctor", label)).splitlines()
    # プラットフォーム is 8 characters but 16 columns wide: both values start at column 18.
    assert lines == ["プラットフォーム: a", "データベース:     b"]


def test_every_doctor_label_is_marked_for_translation(qapp: object) -> None:
    labels = {label for label, _ in doctor.collect_report(resolve_paths())}
    assert labels <= set(doctor.LABELS)


def test_sync_speaks_german(capsys: pytest.CaptureFixture[str]) -> None:
    set_language("de")
    assert main(["sync", "off"]) == EXIT_OK
    assert capsys.readouterr().out == "Sync ist aus. Die Dateien im Ordner bleiben, wie sie sind.\n"
    assert main(["sync", "show"]) == EXIT_USAGE
    assert capsys.readouterr().err == (
        "standup-buddy: Sync ist aus; wähle einen Ordner mit: standup-buddy sync set FOLDER\n")


@pytest.mark.parametrize("argv", [["status"], ["break"], ["pause", "30"]])
def test_the_app_not_running_is_said_in_german(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    set_language("de")
    assert main(argv) == 1
    assert "Standup Buddy läuft nicht. Starte es mit: standup-buddy" in capsys.readouterr().err


def test_status_with_the_app_running_still_loads_no_qt(tmp_path: Path) -> None:
    # Only the not-running failure loads the words; an answered status stays Qt-free.
    code = (
        "import sys\n"
        "from standup_buddy import cli\n"
        "cli._ask = lambda paths, request: {'ok': True, 'text': 'Sitting 3 min', 'status': {}}\n"
        "try:\n"
        "    cli.main(['status'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('PySide6.QtCore' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr
