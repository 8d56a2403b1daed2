"""A new sync folder chosen in Settings is used at once, without a restart."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from standup_buddy.storage.sync_folder import SUBFOLDER, load_sync_config
from standup_buddy.ui.sync_section import SyncSection


def _eventually(qtbot: QtBot, check: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        qtbot.wait(20)


def _own_files(folder: Path, device: str) -> list[str]:
    base = folder / SUBFOLDER
    return sorted(p.name for p in base.iterdir() if device in p.name) if base.is_dir() else []


def test_choosing_another_folder_moves_the_worker_there_at_once(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from standup_buddy.app import RunningApp
    from standup_buddy.platform.paths import resolve_paths

    monkeypatch.setenv("STANDUP_BUDDY_NO_WELCOME", "1")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    first, second = tmp_path / "Sync", tmp_path / "Dropbox"
    first.mkdir()
    second.mkdir()
    running = RunningApp(qapp, resolve_paths())
    running.start()
    try:
        assert running.sync is None
        chosen: list[Path] = []
        section = running.sync_section(choose_folder=lambda *_: str(chosen[-1]))
        assert isinstance(section, SyncSection)
        qtbot.addWidget(section)
        chosen.append(first)
        section.name_edit.setText("desk")
        section.choose_button.click()
        assert section.status_label.text() == "Syncing through this folder now."
        link = running.sync
        assert link is not None and running.controller.sync is link
        device = load_sync_config(running.paths.config_dir).device_id
        # The worker writes this computer's journal and heartbeat into the folder.
        _eventually(qtbot, lambda: len(_own_files(first, device)) >= 2, "files in the folder")
        # The list of devices follows the folder's first reading, no reopening needed.
        _eventually(qtbot, lambda: section.devices_view.topLevelItemCount() == 1, "the list")
        assert section.devices_view.topLevelItem(0).text(0) == "desk (this computer)"

        chosen.append(second)
        section.choose_button.click()
        assert section.status_label.text() == "Syncing through this folder now."
        assert running.sync is not link and running.sync is not None
        assert not link.worker._thread.is_alive()  # the old folder's worker stopped
        _eventually(qtbot, lambda: len(_own_files(second, device)) >= 2, "files in the new one")

        section.off_button.click()
        assert section.status_label.text().startswith("Sync is off now.")
        assert running.sync is None and running.controller.sync is None
    finally:
        running.stop()
        running.tray.hide()
