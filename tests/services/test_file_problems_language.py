"""Problems in the user's files, shown by the app in its language (the readers stay Qt-free)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from standup_buddy.app.running import _problem_words
from standup_buddy.core.problem import Problem, Reason
from standup_buddy.i18n.qt import install_language, uninstall_language
from standup_buddy.messages import MessageCenter, UserMessage
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.services.rotation import RotationService
from standup_buddy.settings import load_settings
from standup_buddy.ui.stretches.stretch_form import friendly_problem

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "release"],
                   cwd=ROOT, check=True, capture_output=True)
    install_language(qapp, "de")
    yield
    uninstall_language(qapp)


def test_a_skipped_stretch_file_is_reported_in_german(german: None) -> None:
    paths = resolve_paths()
    paths.stretches_dir.mkdir(parents=True)
    bad = paths.stretches_dir / "long.json"
    bad.write_text(json.dumps({
        "id": "long-hold", "name": "Long hold", "focus": ["neck"], "where": "desk",
        "duration_seconds": 5000, "sides": "none", "steps": ["Hold."],
        "caution": "Stop if it hurts.", "animation": "none",
    }), encoding="utf-8")
    center = MessageCenter()
    shown: list[UserMessage] = []
    center.subscribe(shown.append)
    RotationService(paths, center)
    [message] = [m for m in shown if str(bad) in m.text]
    assert message.title == "Dehnungsdatei übersprungen"
    assert message.text == (
        f"{bad}: Feld „duration_seconds“: 5000 liegt außerhalb des Bereichs (10–600)"
    )
    # Reported once per problem: the key is the English, whatever the language.
    assert message.key == f"stretch:{bad}: field 'duration_seconds': 5000 is out of bounds (10–600)"


def test_a_settings_problem_at_start_is_said_in_german(german: None, tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[breaks]\nstyle = "popup"\nsnooze_minutes = 90\n', encoding="utf-8")
    loaded = load_settings(path, dt.datetime(2026, 1, 5, 9, 0))
    assert [_problem_words(p) for p in loaded.problems] == [
        f'{path}: Feld „breaks.style“: "popup" ist nicht erlaubt (erwartet: einer der Werte '
        '"notification", "card", "fullscreen"); es gilt der Standardwert "card"',
        f"{path}: Feld „breaks.snooze_minutes“: 90 ist nicht erlaubt (außerhalb des Bereichs: "
        "erlaubt ist eine ganze Zahl von 1 bis 60 (Minuten)); es gilt der Standardwert 5",
    ]
    # The English stays for the log and the message key.
    assert str(loaded.problems[1]).endswith(
        "(out of bounds: allowed is a whole number from 1 to 60 (minutes)); using the default 5")


def test_the_stretch_form_says_a_problem_in_german(german: None) -> None:
    empty = Problem("form", "name", Reason("must not be empty"))
    long_step = Problem(
        "form", "steps[1]",
        Reason("is {length} characters long (at most {most})", length=150, most=140),
    )
    assert friendly_problem(empty) == "Name: darf nicht leer sein."
    assert friendly_problem(long_step) == "Schritt 2: ist 150 Zeichen lang (höchstens 140)."


def test_a_problem_with_the_whole_form_is_shown_as_it_is_said(german: None) -> None:
    said = "Die Datei konnte nicht gespeichert werden: kein Platz"
    assert friendly_problem(Problem("form", None, said)) == said
