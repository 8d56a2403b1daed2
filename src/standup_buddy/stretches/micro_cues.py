"""The built-in micro-pause cues (``assets/micro/cues.json``) and their rotation.

Each cue is one line a person can follow without leaving the chair: an eye
rest, a posture reset, a breath.  Looking away needs no caution; a cue that
moves the body (neck, shoulders, hands) carries a short one.  The cues are
shown in turn, so the same one never comes twice in a row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from standup_buddy.package_files import package_root

CUES_FORMAT: Final = "standup-buddy-micro-cues"
# Areas whose cues move the body and therefore carry a caution.
MOVING_AREAS: Final = frozenset({"neck", "shoulders", "hands", "back"})
STILL_AREAS: Final = frozenset({"eyes", "posture", "breathing"})
MAX_TEXT_CHARS: Final = 90


class CueError(ValueError):
    """The cue file cannot be used; ``str()`` says where and why."""


@dataclass(frozen=True, slots=True)
class MicroCue:
    """One micro-move: its one-line cue and, where the body moves, a caution."""

    id: str
    area: str
    text: str
    caution: str | None = None


def parse_cues(data: object) -> tuple[MicroCue, ...]:
    """The cues of a parsed cue file, or :class:`CueError` saying what is wrong."""
    if not isinstance(data, dict) or data.get("format") != CUES_FORMAT:
        raise CueError(f'not a micro-pause cue file (expected "format": "{CUES_FORMAT}")')
    raw = data.get("cues")
    if not isinstance(raw, list) or not raw:
        raise CueError('"cues" must be a non-empty list')
    cues: list[MicroCue] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        where = f"cue {index + 1}"
        if not isinstance(item, dict):
            raise CueError(f"{where}: expected an object")
        cue_id, area, text = item.get("id"), item.get("area"), item.get("text")
        caution = item.get("caution")
        if not isinstance(cue_id, str) or not cue_id or cue_id in seen:
            raise CueError(f"{where}: needs a unique id")
        if area not in MOVING_AREAS | STILL_AREAS:
            raise CueError(f"{where} ({cue_id}): unknown area {area!r}")
        if not isinstance(text, str) or not 0 < len(text) <= MAX_TEXT_CHARS:
            raise CueError(f"{where} ({cue_id}): text must be one line of 1-{MAX_TEXT_CHARS} chars")
        if area in MOVING_AREAS and not (isinstance(caution, str) and caution):
            raise CueError(f"{where} ({cue_id}): a cue that moves the {area} needs a caution")
        if caution is not None and not isinstance(caution, str):
            raise CueError(f"{where} ({cue_id}): caution must be text or null")
        seen.add(cue_id)
        cues.append(MicroCue(cue_id, area, text, caution or None))
    return tuple(cues)


def builtin_cues() -> tuple[MicroCue, ...]:
    """The cues shipped with the app."""
    text = package_root().joinpath("assets/micro/cues.json").read_text("utf-8")
    return parse_cues(json.loads(text))


def next_cue(cues: Sequence[MicroCue], last_id: str | None) -> MicroCue:
    """The cue after ``last_id`` in the list (the first one if unknown)."""
    ids = [c.id for c in cues]
    if last_id not in ids:
        return cues[0]
    return cues[(ids.index(last_id) + 1) % len(cues)]
