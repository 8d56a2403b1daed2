"""The rotation service: the one writer of rotation.json, and bad input loses nothing."""

from __future__ import annotations

import ast
import errno
import os
from pathlib import Path

import pytest

from standup_buddy import atomic_file
from standup_buddy.core.rotation import RotationState, StretchRotation
from standup_buddy.messages import MessageCenter, UserMessage
from standup_buddy.platform.paths import Paths, resolve_paths
from standup_buddy.services.rotation import RotationService, program_from_config
from standup_buddy.stretches.rotation_store import load_rotation
from standup_buddy.ui.stretches import rotation_edits as edits


@pytest.fixture
def paths() -> Paths:
    return resolve_paths()


def service_with_messages(paths: Paths) -> tuple[RotationService, list[UserMessage]]:
    center = MessageCenter()
    seen: list[UserMessage] = []
    center.subscribe(seen.append)
    return RotationService(paths, center), seen


def refuse_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every temporary file fails as it would in a read-only folder (root included)."""

    def mkstemp(**_: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_file.tempfile, "mkstemp", mkstemp)


def test_a_change_is_saved_and_handed_to_whoever_plans_breaks(paths: Paths) -> None:
    service, seen = service_with_messages(paths)
    planned: list[StretchRotation] = []
    service.on_rotation_changed(planned.append)
    config = edits.set_enabled(service.config, "plank", True)
    assert service.set_config(config)
    saved, _, problems = load_rotation(paths, service.catalog)
    assert problems == [] and saved.entry("plank") == config.entry("plank")
    assert planned[-1] is service.rotation and service.config == config
    assert seen == []


def test_the_place_in_the_rotation_survives_a_config_change(paths: Paths) -> None:
    service, _ = service_with_messages(paths)
    first = service.config.entries[0].stretch_id
    service.rotation.mark_shown(first)
    moved = service.state
    service.set_config(edits.set_enabled(service.config, "plank", True))
    assert service.state == moved
    assert load_rotation(paths, service.catalog)[1] == moved


def test_a_broken_rotation_file_is_reported_kept_and_not_lost(paths: Paths) -> None:
    paths.rotation_file.parent.mkdir(parents=True, exist_ok=True)
    broken = '{"version": 1, "config": {"entries": [ oops'
    paths.rotation_file.write_text(broken, encoding="utf-8")
    service, seen = service_with_messages(paths)
    # The app goes on with the default rotation ...
    assert service.config.entries and any(e.enabled for e in service.config.entries)
    # ... says why, and keeps the user's file next to the new one.
    assert any(str(paths.rotation_file) in m.text and "JSON" in m.text for m in seen)
    backup = paths.rotation_file.with_name("rotation.json.bak")
    assert backup.read_text(encoding="utf-8") == broken
    assert service.save()
    assert backup.read_text(encoding="utf-8") == broken


def test_a_read_only_folder_keeps_the_change_in_use_and_says_so_once(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, seen = service_with_messages(paths)
    assert service.save()
    before = paths.rotation_file.read_bytes()
    refuse_writes(monkeypatch)
    config = edits.set_enabled(service.config, "plank", True)
    assert not service.set_config(config)
    assert not service.set_config(edits.set_enabled(config, "plank", False))
    # Still used for the next break, the old file untouched, one message per run.
    assert service.config.entry("plank") is not None
    assert paths.rotation_file.read_bytes() == before
    titles = [m.title for m in seen]
    assert titles == ["Rotation not saved"]
    assert "not writable" in seen[0].text and "until you quit" in seen[0].text


def test_export_to_a_read_only_folder_is_a_message_not_an_exception(
    paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, seen = service_with_messages(paths)
    refuse_writes(monkeypatch)
    assert not service.export(service.config, tmp_path / "out" / "rotation.json")
    assert [m.title for m in seen] == ["Could not export the rotation"]
    assert service.last_problem is not None and "not writable" in service.last_problem


def test_import_and_export_round_trip(paths: Paths, tmp_path: Path) -> None:
    service, _ = service_with_messages(paths)
    config = edits.set_enabled(service.config, "plank", True)
    target = tmp_path / "share.json"
    assert service.export(config, target)
    imported, problems = service.read_import(target)
    assert problems == [] and imported.entry("plank") == config.entry("plank")


def test_user_programs_are_saved_and_a_failure_is_reported(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    service, seen = service_with_messages(paths)
    program = program_from_config("user:desk", "Desk", service.config)
    assert service.save_user_program(program)
    assert [p.id for p in service.user_programs()] == ["user:desk"]
    refuse_writes(monkeypatch)
    assert not service.delete_user_program(program)
    assert [m.title for m in seen] == ["Could not delete the program"]
    assert [p.id for p in service.user_programs()] == ["user:desk"], "nothing was lost"


def test_a_program_from_another_computer_is_adopted_and_saved(paths: Paths) -> None:
    service, _ = service_with_messages(paths)
    config = edits.set_enabled(service.config, "plank", True)
    from standup_buddy.core.rotation import config_to_dict, state_to_dict

    data = {"config": config_to_dict(config), "state": state_to_dict(RotationState(position=3))}
    assert service.adopt(data)
    assert service.config.entry("plank") == config.entry("plank")
    assert load_rotation(paths, service.catalog)[1].position == 3
    assert not service.adopt({"config": {"entries": [{"id": "only-elsewhere"}]}})


def test_the_service_is_the_only_writer_of_rotation_json() -> None:
    # rotation.json is written by rotation_store.save_rotation; only the service calls it
    # (the controller saves through the service's ``save``, handed to it by the app).
    package = Path(atomic_file.__file__).parent
    callers = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "save_rotation":
                    callers.append(str(path.relative_to(package)))
    assert sorted(set(callers)) == ["services/rotation.py"], callers


def test_environment_is_private(paths: Paths) -> None:
    assert str(paths.rotation_file).startswith(os.environ["STANDUP_BUDDY_HOME"])


def test_cards_speak_the_content_language_and_the_editor_edits_the_files_own_text(
    paths: Paths,
) -> None:
    english = RotationService(paths, MessageCenter())
    german = RotationService(paths, MessageCenter(), language="de")
    walk = english.catalog.get("walk-break")
    shown = german.catalog.get("walk-break")
    edited = german.editable_catalog().get("walk-break")
    assert walk is not None and shown is not None and edited is not None
    assert shown.name != walk.name, "the card shows the translation"
    assert edited.name == walk.name, "the Stretches window edits the English of the file"
