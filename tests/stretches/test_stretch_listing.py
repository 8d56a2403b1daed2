"""``standup-buddy stretches list``: every stretch on a line, problems at the end."""

from __future__ import annotations

import json

from standup_buddy.platform.paths import resolve_paths
from standup_buddy.stretches.catalog import load_catalog
from standup_buddy.stretches.listing import list_lines


def test_lists_every_stretch_marks_the_users_own_and_names_skipped_files() -> None:
    paths = resolve_paths()
    paths.stretches_dir.mkdir(parents=True)
    mine = {
        "id": "my-wave",
        "name": "My wave",
        "focus": ["shoulders"],
        "where": "desk",
        "duration_seconds": 20,
        "sides": "none",
        "steps": ["Wave."],
        "caution": "Gently.",
        "animation": "shoulder-rolls",
    }
    (paths.stretches_dir / "my-wave.json").write_text(json.dumps(mine))
    (paths.stretches_dir / "bad.json").write_text("nope")
    lines = list_lines(paths)
    assert lines[0].split()[:2] == ["ID", "NAME"]
    ids = {line.split()[0] for line in lines[1:] if line and not line.startswith(" ")}
    assert set(load_catalog(paths).ids) <= ids
    wave = next(line for line in lines if line.startswith("my-wave "))
    assert "user" in wave.split() and "20s" in wave and "shoulders" in wave
    assert any("bad.json" in line and "not valid JSON" in line for line in lines)


def test_lists_in_rotation_order_and_marks_disabled_ones() -> None:
    from dataclasses import replace

    from standup_buddy.core.rotation import RotationEntry
    from standup_buddy.stretches.rotation_store import load_rotation, save_rotation

    paths = resolve_paths()
    catalog = load_catalog(paths)
    config, state, _ = load_rotation(paths, catalog)
    others = [e for e in config.entries if e.stretch_id not in ("plank", "walk-break")]
    config = replace(config, entries=(
        RotationEntry("plank", enabled=False), RotationEntry("walk-break"), *others))
    save_rotation(paths, config, state)
    lines = list_lines(paths)
    assert lines[0].split() == ["ID", "NAME", "WHERE", "FOCUS", "SOURCE", "TIME", "SIDES",
                                "ROTATION"]
    assert lines[1].startswith("plank ") and lines[1].endswith("off")
    assert lines[2].startswith("walk-break ") and lines[2].endswith("on")
    assert "built-in" in lines[1]
