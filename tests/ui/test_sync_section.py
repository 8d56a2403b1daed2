"""The Sync section of Settings: choose the folder, see the devices, forget one."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from standup_buddy.core.model import BreakRecord, Outcome
from standup_buddy.platform.paths import Paths
from standup_buddy.storage.sync_folder import SyncConfig, load_sync_config, read_folder
from standup_buddy.sync_link import SyncLink
from standup_buddy.sync_qt import SyncSettings
from standup_buddy.ui.sync_section import SyncSection


def _home(root: Path, name: str) -> Paths:
    home = root / name
    home.mkdir()
    return Paths(config_dir=home, data_dir=home)


def test_choosing_a_folder_saves_it_locally_and_says_when_it_applies(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = _home(tmp_path, "desk")
    folder = tmp_path / "Sync"
    folder.mkdir()
    section = SyncSection(
        SyncSettings(paths, None, lambda: 1.8e9),
        choose_folder=lambda *_: str(folder),
    )
    qtbot.addWidget(section)
    assert section.folder_label.text() == "Off"
    section.name_edit.setText("desk")
    section.choose_button.click()
    assert section.folder_label.text() == f"Folder: {folder}"
    assert "next start" in section.status_label.text()
    saved = load_sync_config(paths.config_dir)
    assert saved.folder == folder and saved.device_name == "desk"
    # Nothing about this choice is written into the shared folder.
    assert list(folder.iterdir()) == []
    section.off_button.click()
    assert load_sync_config(paths.config_dir).folder is None


def test_devices_are_listed_and_another_one_can_be_forgotten(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    old = SyncLink(SyncConfig(folder, "01d0", "old laptop"), tmp_path / "old", start_thread=False)
    old.journal_break(BreakRecord(1.8e9, Outcome.COMPLETED, 0, 1.8e9, 1.8e9, 1.8e9 + 60), 1.8e9)
    assert old.worker.run_once()
    paths = _home(tmp_path, "desk")
    link = SyncLink(SyncConfig(folder, "de5c", "desk"), paths.data_dir, start_thread=False)
    link.worker.kick({"at": 1.8e9 + 100})
    assert link.worker.run_once()
    asked: list[str] = []
    section = SyncSection(
        SyncSettings(paths, link, lambda: 1.8e9 + 200),
        confirm=lambda _w, _t, text: asked.append(text) or True,
    )
    qtbot.addWidget(section)
    labels = [
        section.devices_view.topLevelItem(i).text(0)
        for i in range(section.devices_view.topLevelItemCount())
    ]
    assert labels == ["desk (this computer)", "old laptop"]
    # This computer cannot be forgotten from here.
    section.devices_view.setCurrentItem(section.devices_view.topLevelItem(0))
    assert not section.forget_button.isEnabled()
    section.devices_view.setCurrentItem(section.devices_view.topLevelItem(1))
    assert section.forget_button.isEnabled()
    section.forget_button.click()
    assert asked and "old laptop" in asked[0]
    assert link.worker.run_once()
    snapshot = read_folder(folder)
    assert not any(r.device == "01d0" for r in snapshot.records if r.type.value == "break")
    assert not [p for p in (folder / "standup-buddy").iterdir() if "01d0" in p.name]
    labels = [
        section.devices_view.topLevelItem(i).text(0)
        for i in range(section.devices_view.topLevelItemCount())
    ]
    assert labels == ["desk (this computer)"]
