"""The stretch catalogue and rotation read on first use: nothing lost by waiting."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from standup_buddy.core.rotation import RotationState, config_to_dict, state_to_dict
from standup_buddy.messages import MessageCenter, UserMessage
from standup_buddy.platform.paths import Paths, resolve_paths
from standup_buddy.services.rotation import RotationService
from standup_buddy.services.stretch_holder import RotationHolder
from standup_buddy.stretches.catalog import load_catalog
from standup_buddy.stretches.rotation_store import load_rotation
from standup_buddy.ui.stretches import rotation_edits as edits


@pytest.fixture
def paths() -> Paths:
    return resolve_paths()


def holder_with_messages(
    paths: Paths, language: str = "en"
) -> tuple[RotationHolder, list[UserMessage]]:
    center = MessageCenter()
    seen: list[UserMessage] = []
    center.subscribe(seen.append)
    return RotationHolder(paths, center, language), seen


def another_computers_rotation(paths: Paths) -> dict[str, object]:
    """What the sync folder hands over: plank switched on, the next stretch the 4th."""
    config = RotationService(paths, MessageCenter()).config
    return {
        "config": config_to_dict(edits.set_enabled(config, "plank", True)),
        "state": state_to_dict(RotationState(position=3)),
    }


def test_saving_before_anything_was_read_writes_no_file(paths: Paths) -> None:
    holder, _ = holder_with_messages(paths)
    assert holder.save()
    holder.close()
    assert not holder.loaded
    assert not paths.rotation_file.exists()


def test_a_broken_stretch_file_is_reported_when_the_stretches_are_first_read(
    paths: Paths,
) -> None:
    paths.stretches_dir.mkdir(parents=True)
    (paths.stretches_dir / "mine.json").write_text("[1, 2", encoding="utf-8")
    holder, seen = holder_with_messages(paths)
    assert seen == []  # built at start-up: nothing read, nothing said
    holder.service()
    assert [m.title for m in seen if "mine.json" in m.text] == ["Stretch file skipped"]
    holder.service()
    assert len([m for m in seen if "mine.json" in m.text]) == 1  # read once


def test_a_rotation_from_another_computer_waits_for_the_first_use(paths: Paths) -> None:
    data = another_computers_rotation(paths)
    holder, _ = holder_with_messages(paths)
    holder.adopt(data)
    assert not holder.loaded and not paths.rotation_file.exists()
    service = holder.service()
    assert service.config.entry("plank").enabled
    assert service.state.position == 3
    catalog = load_catalog(paths)
    assert load_rotation(paths, catalog)[1].position == 3  # and saved here


def test_a_rotation_from_another_computer_is_saved_at_quit_if_nothing_used_it(
    paths: Paths,
) -> None:
    data = another_computers_rotation(paths)
    holder, _ = holder_with_messages(paths)
    holder.adopt(data)
    holder.close()
    config, state, problems = load_rotation(paths, load_catalog(paths))
    assert problems == []
    assert config.entry("plank") is not None and config.entry("plank").enabled
    assert state.position == 3


def test_listeners_given_before_the_first_use_hear_of_every_change(paths: Paths) -> None:
    holder, _ = holder_with_messages(paths)
    saved: list[Mapping[str, object]] = []
    changed: list[object] = []
    holder.on_saved(saved.append)
    holder.on_rotation_changed(changed.append)
    service = holder.service()
    service.set_config(edits.set_enabled(service.config, "plank", True))
    assert changed == [service.rotation]
    assert len(saved) == 1
    assert holder.save()
    assert len(saved) == 2


def test_the_cards_speak_the_content_language(paths: Paths) -> None:
    holder, _ = holder_with_messages(paths, "de")
    assert holder.content_language() == "de"
    assert holder.service().catalog.language == "de"
