"""``stats`` in the user's language: JSON never changes, the table uses local formats."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tools.synthetic import generate, write

from standup_buddy.cli import main
from standup_buddy.i18n import LANGUAGES
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore
from standup_buddy.textfmt import WORDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def history() -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "release"],
        cwd=ROOT, check=True, capture_output=True,
    )
    store = HistoryStore(open_database(resolve_paths().history_db))
    write(store, generate(dt.datetime.now().astimezone().date(), 14, seed=5))
    store.close()


def set_language(language: str) -> None:
    path = resolve_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'version = 1\n\n[ui]\nlanguage = "{language}"\n', encoding="utf-8")


def stats(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    try:
        assert main(["stats", "--days", "14", *args]) == 0
    finally:
        WORDS.reset()  # the CLI's words stay with the CLI run
    return capsys.readouterr().out


def test_stats_json_is_byte_identical_in_every_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    reference = stats(capsys, "--json")
    assert '"days"' in reference
    for language in ("system", "en", *LANGUAGES):
        set_language(language)
        assert stats(capsys, "--json") == reference, language


def test_stats_json_ignores_the_system_language_too(tmp_path: Path) -> None:
    def run(locale: str) -> bytes:
        env = {**os.environ, "LC_ALL": locale, "LANG": locale, "LANGUAGE": ""}
        return subprocess.run(
            [sys.executable, "-m", "standup_buddy", "stats", "--days", "14", "--json"],
            env=env, capture_output=True, check=True, timeout=120,
        ).stdout

    assert run("de_DE.UTF-8") == run("C.UTF-8") == run("ar_EG.UTF-8")


def test_stats_text_in_german_uses_german_words_dates_and_hours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_language("de")
    lines = stats(capsys).splitlines()
    assert lines[0].split()[:3] == ["Datum", "Sitzen", "Längste"]
    # "Mo. 23.03.26": the weekday and the short date as German writes them.
    assert all(re.match(r"^\w{2}\. \d{2}\.\d{2}\.\d{2} ", line) for line in lines[1:]), lines
    assert any(" Std. " in line for line in lines[1:])
    assert any("Bewegungsminuten" in line for line in lines[1:])


def test_stats_text_in_arabic_uses_arabic_digits(capsys: pytest.CaptureFixture[str]) -> None:
    set_language("ar")
    lines = stats(capsys).splitlines()
    assert lines[0].startswith("التاريخ")
    body = "".join(lines[1:])
    assert re.search("[٠-٩]", body) and not re.search("[0-9]", body)


def test_stats_text_in_english_keeps_its_columns(capsys: pytest.CaptureFixture[str]) -> None:
    set_language("en")
    lines = stats(capsys).splitlines()
    assert lines[0].split() == [
        "Date", "Sitting", "Longest", "Done", "Skip", "Snooze", "Natural", "Moved", "Goal",
    ]
    assert len(lines) == 15
