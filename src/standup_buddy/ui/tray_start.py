"""The tray's start-up icon, the empty ring, from PNG files shipped with the app.

Start-up docks this icon before anything else is built (``app/early_tray.py``).
Painting it would import the icon's painter and build all of PySide6's
``Qt`` namespace enums (some 45 ms of CPU and 1.5 MiB on the build machine)
before the icon can be docked; these files are the same pixels, drawn by
``tray_icon.render_look`` at build time (``packaging/make_icons.py``;
``tests/ui/test_tray_start_icon.py`` fails when they drift apart).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

#: The tray sizes every icon is made at, each at pixel ratio 1 and 2.
TRAY_SIZES = (16, 20, 22, 24, 32, 40, 48, 64)
#: Where the empty ring's PNG files are.
START_RING_DIR = Path(__file__).resolve().parent.parent / "assets" / "icons" / "tray"


def start_ring_file(size: int, dpr: int) -> Path:
    """Where the shipped empty ring of ``size`` logical pixels at pixel ratio ``dpr`` is."""
    return START_RING_DIR / f"empty-ring-{size}@{dpr}x.png"


def start_ring_icon() -> QIcon | None:
    """The empty ring from the shipped PNGs (read when the tray first asks); None without them.

    ``QIcon.addFile`` only notes the file and its size, and Qt picks the file
    for the size and pixel ratio the tray asks for, as with painted pixmaps.
    """
    files = [(size, dpr, start_ring_file(size, dpr)) for size in TRAY_SIZES for dpr in (1, 2)]
    if not all(path.is_file() for _size, _dpr, path in files):
        return None  # a damaged install: paint it instead
    icon = QIcon()
    for size, dpr, path in files:
        icon.addFile(str(path), QSize(size * dpr, size * dpr))
    return icon
