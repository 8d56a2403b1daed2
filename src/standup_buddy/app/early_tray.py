"""The tray icon shown before the rest of the app is built.

A tray app is judged by how fast its icon appears. Everything else start-up
does (the history database, the stretch catalogue, the idle and meeting
probes, sync) is not needed to draw a ring, so the icon is docked first and
the app is built on the next turn of the event loop; ``TrayController``
then takes this icon over, menu and all.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSystemTrayIcon

from standup_buddy import APP_NAME

if TYPE_CHECKING:
    from standup_buddy.platform.tray_watch import TrayWatch


@dataclass
class EarlyTray:
    """What was shown early: the icon (None without a tray) and the tray watch."""

    icon: QSystemTrayIcon | None
    watch: TrayWatch | None
    available: bool | None
    """Whether a tray can be used (None: ask Qt, on Windows and macOS)."""


def show_early_tray() -> EarlyTray:
    """Dock a painted icon now, if there is a tray to dock it in."""
    from standup_buddy.ui.tray_start import start_ring_icon

    watch: TrayWatch | None = None
    available: bool | None = None
    if sys.platform not in {"win32", "darwin"}:
        from standup_buddy.platform.tray_watch import TrayWatch

        # The watch decides when Qt may first look for a tray (see there).
        watch = TrayWatch()
        available = watch.available
    use_tray = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
    if not use_tray:
        return EarlyTray(None, watch, available)
    # An empty ring: the status an app starting up has, until the first real
    # one (a streak carried over from before) redraws it a moment later.
    # Shipped as PNG files: the painter and the Qt enums it needs come later.
    ring = start_ring_icon()
    if ring is None:
        from standup_buddy.ui.tray_icon import IconLook, icon_for

        ring = icon_for(IconLook("sitting", 0, 1))
    icon = QSystemTrayIcon(ring)
    # English when the icon beats the catalog (the quick path); translated when
    # the app docks it again after loading the language.
    starting = QCoreApplication.translate("EarlyTray", "Starting…")
    icon.setToolTip(f"{APP_NAME}\n{starting}")
    icon.show()
    return EarlyTray(icon, watch, available)
