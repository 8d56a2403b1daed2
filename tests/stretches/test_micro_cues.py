"""The built-in micro-pause cues: one line each, a caution exactly where the body moves."""

from __future__ import annotations

import pytest

from standup_buddy.stretches.micro_cues import (
    MOVING_AREAS,
    CueError,
    builtin_cues,
    next_cue,
    parse_cues,
)


def test_the_built_in_cues_are_short_and_careful() -> None:
    cues = builtin_cues()
    assert len(cues) >= 8
    assert {c.area for c in cues} >= {"eyes", "posture"}
    for cue in cues:
        assert "\n" not in cue.text and len(cue.text) <= 90
        # Looking away needs no caution; moving the body does.
        assert (cue.caution is not None) == (cue.area in MOVING_AREAS), cue.id
        for word in ("cure", "treat", "diagnos", "heal"):
            assert word not in cue.text.lower()
    assert any("6 m" in c.text for c in cues)


def test_the_cues_come_in_turn() -> None:
    cues = builtin_cues()
    seen = [next_cue(cues, None)]
    for _ in range(len(cues)):
        seen.append(next_cue(cues, seen[-1].id))
    assert [c.id for c in seen[: len(cues)]] == [c.id for c in cues]
    assert seen[len(cues)] == cues[0]
    assert next_cue(cues, "no-such-cue") == cues[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "not a micro-pause cue file"),
        ({"format": "standup-buddy-micro-cues", "cues": []}, "non-empty"),
        (
            {
                "format": "standup-buddy-micro-cues",
                "cues": [{"id": "rolls", "area": "shoulders", "text": "Roll them."}],
            },
            "needs a caution",
        ),
        (
            {
                "format": "standup-buddy-micro-cues",
                "cues": [{"id": "x", "area": "eyes", "text": "y" * 200}],
            },
            "one line",
        ),
    ],
)
def test_a_bad_cue_file_says_what_is_wrong(data: object, message: str) -> None:
    with pytest.raises(CueError, match=message):
        parse_cues(data)
