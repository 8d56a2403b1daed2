"""Qt side of sync: the worker's news to the GUI thread, and the Settings section's model."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from standup_buddy.clock import local_utc_offset
from standup_buddy.platform.paths import Paths

# The sync choice only: with sync off, the folder's worker, journal and
# scanning (``storage.sync_folder``) are never loaded.
from standup_buddy.storage.sync_config import SyncConfig, load_sync_config, save_sync_config

if TYPE_CHECKING:
    from standup_buddy.storage.sync_folder import FolderSnapshot
    from standup_buddy.sync_link import SyncLink
    from standup_buddy.ui.sync_section import DeviceRow

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
    return open_link(load_sync_config(paths.config_dir), paths, bridge), bridge


def open_link(config: SyncConfig, paths: Paths, bridge: SyncBridge) -> SyncLink | None:
    """A running link to ``config``'s folder (None when sync is off or it cannot start)."""
    if config.folder is None:
        return None
    from standup_buddy.sync_link import SyncLink  # only when sync is on

    try:
        return SyncLink(config, paths.data_dir, on_update=bridge.notify)
    except OSError as exc:
        log.warning("sync off: %s", exc)
        return None


class SyncSettings:
    """The Settings section's model: the local sync choice and the running link."""

    def __init__(
        self,
        paths: Paths,
        link: SyncLink | None,
        now: Callable[[], float],
        restart: Callable[[SyncConfig], SyncLink | None] | None = None,
    ) -> None:
        self._paths = paths
        self._link = link
        self._now = now
        # The running app's way to use a new choice at once; without it (the
        # choice saved for another process) it applies from the next start.
        self._restart = restart
        self._config = load_sync_config(paths.config_dir)
        # Forgotten here, not yet gone from the worker's last reading.
        self._forgotten: set[str] = set()

    def folder(self) -> Path | None:
        return self._config.folder

    def device_name(self) -> str:
        return self._config.device_name

    def choose(self, folder: Path | None, name: str) -> str:
        """Save the folder (None: off) and this computer's name; say what happens."""
        if folder is not None and not folder.is_dir():
            return QCoreApplication.translate("SyncSettings", "{folder} is not a folder.").format(
                folder=folder
            )
        config = replace(self._config, folder=folder, device_name=name.strip()[:80] or "computer")
        try:
            save_sync_config(self._paths.config_dir, config)
        except OSError as exc:
            return QCoreApplication.translate(
                "SyncSettings", "Could not save the sync choice: {error}"
            ).format(error=exc.strerror or exc)
        changed_folder = config.folder != self._config.folder
        self._config = config
        if self._restart is not None:
            return self._restarted(config, changed_folder)
        if not changed_folder:
            return QCoreApplication.translate(
                "SyncSettings",
                "Saved. The new name shows on your other computers after the next restart.",
            )
        if folder is None:
            return QCoreApplication.translate(
                "SyncSettings",
                "Sync is off from the next start. The folder's files were left as they are.",
            )
        return QCoreApplication.translate(
            "SyncSettings", "Saved. Standup Buddy syncs through this folder from its next start."
        )

    def _restarted(self, config: SyncConfig, changed_folder: bool) -> str:
        assert self._restart is not None
        self._link = self._restart(config)
        self._forgotten.clear()
        if config.folder is None:
            return QCoreApplication.translate(
                "SyncSettings", "Sync is off now. The folder's files were left as they are."
            )
        if self._link is None:
            return QCoreApplication.translate(
                "SyncSettings", "Saved, but {folder} cannot be used just now; see the log."
            ).format(folder=config.folder)
        if not changed_folder:
            return QCoreApplication.translate(
                "SyncSettings",
                "Saved. Your other computers show the new name after their next sync.",
            )
        return QCoreApplication.translate("SyncSettings", "Syncing through this folder now.")

    def devices(self) -> list[DeviceRow]:
        # Imported here: the Settings widgets are not loaded while the app idles.
        from standup_buddy.ui.sync_section import DeviceRow

        link = self._link
        if link is None:
            return []
        snapshot = link.snapshot
        rows = []
        from standup_buddy.core.journal import merged_history

        for seen in merged_history(snapshot.records).devices:
            if seen.device in self._forgotten:
                continue
            beat = snapshot.beats.get(seen.device, {})
            at = beat.get("at")
            last = max(seen.last_at, float(at) if isinstance(at, int | float) else 0.0)
            if seen.device == link.device:
                last = link.worker.last_ok or last
            rows.append(DeviceRow(seen.device, seen.name, last or None, seen.device == link.device))
        # This computer first, then the others by name.
        return sorted(rows, key=lambda r: (not r.this_device, r.name.casefold(), r.device))

    def forget(self, device: str) -> str:
        link = self._link
        if link is None:
            return QCoreApplication.translate("SyncSettings", "Sync is not running.")
        at = self._now()
        link.forget(device, at, local_utc_offset(at))
        self._forgotten.add(device)
        return QCoreApplication.translate(
            "SyncSettings",
            "Forgotten. Its files leave the folder, and its history leaves every computer.",
        )

    def problem(self) -> str | None:
        link = self._link
        if link is None or link.worker.error is None:
            return None
        return QCoreApplication.translate(
            "SyncSettings", "The sync folder cannot be written just now ({error}); retrying."
        ).format(error=link.worker.error)
