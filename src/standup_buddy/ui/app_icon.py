"""The application's window icon, shared by the tray process and the Progress process."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from standup_buddy import APP_ID


def window_icon() -> QIcon | None:
    """The window icon from the PNG sizes shipped for the desktop file.

    Not the SVG: that would load QtSvg and its icon engine (about 2 MiB that
    stay) at start-up for an icon no idle tray ever shows. QIcon reads each
    PNG only when a window first asks for that size.
    """
    hicolor = Path(__file__).parent.parent / "assets" / "icons" / "hicolor"
    icon = QIcon()
    for png in sorted(hicolor.glob(f"*/apps/{APP_ID}.png")):
        side = int(png.parent.parent.name.partition("x")[0])
        icon.addFile(str(png), QSize(side, side))
    return None if icon.isNull() else icon
