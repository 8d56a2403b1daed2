"""Micro-pause cues speak the content language, falling back to English per field."""

from __future__ import annotations

import json
from pathlib import Path

from standup_buddy.core.micro import MicroDue
from standup_buddy.micro_plan import MicroPlanner
from standup_buddy.stretches.micro_cues import builtin_cues

ASSETS = Path(__file__).resolve().parents[2] / "src/standup_buddy/assets/translations/micro"


def _planner(language: str) -> MicroPlanner:
    # No history: the store call answers None, as when the file cannot be written.
    return MicroPlanner(lambda _call: None, lambda seconds: seconds, lambda: language)


def test_a_german_user_sees_the_german_cue() -> None:
    german = json.loads((ASSETS / "de.json").read_text(encoding="utf-8"))
    first = builtin_cues()[0]
    cue = _planner("de").session(MicroDue(due=0.0, started=0.0, ends=20.0))
    assert cue.text == german[first.id]["text"]
    assert cue.text != first.text
    assert cue.duration_seconds == 20


def test_english_and_unknown_languages_show_the_english_cue() -> None:
    first = builtin_cues()[0]
    for language in ("en", "xx"):
        cue = _planner(language).session(MicroDue(due=0.0, started=0.0, ends=20.0))
        assert cue.text == first.text
