"""Brings the sync folder worker's news to the GUI thread (one queued signal)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from standup_buddy.platform.paths import Paths
from standup_buddy.storage.sync_folder import FolderSnapshot, load_sync_config
from standup_buddy.sync_link import SyncLink

log = logging.getLogger(__name__)


class SyncBridge(QObject):
    """Emits ``arrived`` in the GUI thread after each folder reading."""

    arrived = Signal()

    def notify(self, _snapshot: FolderSnapshot) -> None:
        # Called on the worker thread: a signal crosses threads as a queued call.
        self.arrived.emit()


def open_sync(paths: Paths, parent: QObject | None = None) -> tuple[SyncLink | None, SyncBridge]:
    """The link to the sync folder chosen in Settings, or None when sync is off."""
    bridge = SyncBridge(parent)
    config = load_sync_config(paths.config_dir)
    if config.folder is None:
        return None, bridge
    try:
        return SyncLink(config, paths.data_dir, on_update=bridge.notify), bridge
    except OSError as exc:
        log.warning("sync off: %s", exc)
        return None, bridge
