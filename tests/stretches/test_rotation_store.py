"""rotation.json and rotation import/export: survive restarts, never crash on bad files."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from standup_buddy.core.rotation import RotationEntry, RotationState, StretchRotation
from standup_buddy.platform.paths import Paths, resolve_paths
from standup_buddy.stretches.catalog import Catalog, load_catalog
from standup_buddy.stretches.rotation_store import (
    default_rotation,
    export_rotation,
    import_rotation,
    load_rotation,
    save_rotation,
)


@pytest.fixture
def paths() -> Paths:
    return resolve_paths()


@pytest.fixture
def catalog(paths: Paths) -> Catalog:
    return load_catalog(paths)


def test_without_a_file_the_maintain_program_is_used(paths: Paths, catalog: Catalog) -> None:
    config, state, problems = load_rotation(paths, catalog)
    assert problems == [] and state == RotationState()
    maintain = catalog.program("maintain")
    assert maintain is not None
    enabled = [e.stretch_id for e in config.entries if e.enabled]
    assert enabled == list(maintain.stretch_ids)
    # every other stretch is listed, switched off, so the editor can offer it
    assert {e.stretch_id for e in config.entries} == set(catalog.ids)


def test_the_place_in_the_rotation_survives_a_restart(paths: Paths, catalog: Catalog) -> None:
    config, state, _ = load_rotation(paths, catalog)
    first = StretchRotation(catalog.by_id(), config, state, rng=random.Random(3))
    first.plan_break(120, within_working_hours=True)
    save_rotation(paths, first.config, first.state)

    config2, state2, problems = load_rotation(paths, catalog)
    assert problems == []
    assert (config2, state2) == (first.config, first.state)
    second = StretchRotation(catalog.by_id(), config2, state2, rng=random.Random(4))
    assert [p.stretch.id for p in second.plan_break(120, True)] == [
        p.stretch.id for p in first.plan_break(120, True)
    ]


def test_a_broken_file_gives_defaults_a_problem_and_a_kept_copy(
    paths: Paths, catalog: Catalog
) -> None:
    paths.rotation_file.write_text("{not json")
    config, state, problems = load_rotation(paths, catalog)
    assert config == default_rotation(catalog) and state == RotationState()
    assert len(problems) == 1 and "not valid JSON" in str(problems[0])
    assert str(paths.rotation_file) in str(problems[0])
    backup = paths.rotation_file.with_name("rotation.json.bak")
    assert backup.read_text() == "{not json"


@pytest.mark.parametrize(
    "content",
    ["[1, 2]", '{"version": 1}', '{"version": 1, "config": 5}', '"text"', "\udcff"],
    ids=["list", "no-config", "config-not-object", "string", "not-utf8"],
)
def test_any_broken_content_never_crashes(paths: Paths, catalog: Catalog, content: str) -> None:
    paths.rotation_file.write_bytes(content.encode("utf-8", "surrogateescape"))
    config, _, problems = load_rotation(paths, catalog)
    assert problems and config == default_rotation(catalog)


def test_bad_values_fall_back_one_by_one(paths: Paths, catalog: Catalog) -> None:
    data = {
        "version": 1,
        "config": {
            "strategy": "shuffle",
            "where_filter": ["desk", "roof"],
            "entries": [{"stretch_id": "plank"}, {"stretch_id": "deleted-user-stretch"}],
        },
        "state": {"position": "nonsense"},
    }
    paths.rotation_file.write_text(json.dumps(data))
    config, state, problems = load_rotation(paths, catalog)
    assert config.strategy == "shuffle"
    assert config.where_filter == frozenset({"desk"})
    assert config.entries[0] == RotationEntry("plank")
    assert {p.field for p in problems} == {"where_filter", "entries[1].stretch_id"}
    assert state == RotationState()


def test_saving_is_atomic_and_leaves_no_temporary_files(paths: Paths, catalog: Catalog) -> None:
    config, state, _ = load_rotation(paths, catalog)
    save_rotation(paths, config, state)
    save_rotation(paths, config, state)
    assert sorted(p.name for p in paths.config_dir.iterdir()) == ["rotation.json"]
    assert json.loads(paths.rotation_file.read_text())["version"] == 1


def test_export_then_import_gives_the_same_rotation(catalog: Catalog, tmp_path: Path) -> None:
    config = default_rotation(catalog)
    path = tmp_path / "for-my-patient.json"
    export_rotation(config, path)
    again, problems = import_rotation(path, catalog)
    assert problems == [] and again == config


def test_import_reports_unknown_ids_and_keeps_the_rest(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "physio.json"
    path.write_text(json.dumps(["glute-bridge", "magic-cure", "bird-dog"]))
    config, problems = import_rotation(path, catalog)
    enabled = [e.stretch_id for e in config.entries if e.enabled]
    assert enabled == ["glute-bridge", "bird-dog"]
    assert [p.field for p in problems] == ["entries[1].stretch_id"]
    assert "magic-cure" in str(problems[0])


def test_importing_an_unusable_file_gives_the_defaults(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "nothing.json"
    path.write_text(json.dumps({"config": {"entries": ["nope"]}}))
    config, problems = import_rotation(path, catalog)
    assert config == default_rotation(catalog)
    assert len(problems) == 2
    config, problems = import_rotation(tmp_path / "absent.json", catalog)
    assert config == default_rotation(catalog) and problems
