"""Render the app icon from its one SVG source into every format packaging needs.

Build-time only (``make icons``); the outputs are committed so that building a
package needs neither this script nor anything beyond the app's own
dependencies. Qt's ``QSvgRenderer`` draws the SVG (PySide6 is already a
dependency); the ``.ico`` and ``.icns`` containers are simple enough to write
with ``struct``, so no imaging library is needed either.

Writes:
  src/standup_buddy/assets/icons/hicolor/<N>x<N>/apps/<APP_ID>.png  (N in SIZES)
  src/standup_buddy/assets/icons/hicolor/scalable/apps/<APP_ID>.svg
  packaging/windows/standup-buddy.ico
  packaging/macos/standup-buddy.icns
  src/standup_buddy/assets/icons/tray/empty-ring-<N>@<R>x.png  (the tray's start-up icon)
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "src" / "standup_buddy" / "assets" / "icons"
SOURCE_SVG = ICON_DIR / "standup-buddy.svg"
ICO_FILE = ROOT / "packaging" / "windows" / "standup-buddy.ico"
ICNS_FILE = ROOT / "packaging" / "macos" / "standup-buddy.icns"

#: Sizes installed into the freedesktop hicolor theme.
SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
#: Sizes inside the Windows icon; the small ones as plain bitmaps, which
#: every Windows shell and Inno Setup read, the larger ones as PNG.
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
ICO_PNG_FROM = 64
#: (type code, pixel size) entries of the macOS icon, as iconutil writes them.
ICNS_ENTRIES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16 pt @2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32 pt @2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128 pt @2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256 pt @2x
    (b"ic10", 1024),  # 512 pt @2x
)


def app_id() -> str:
    """The app id from the package, the single source of it."""
    sys.path.insert(0, str(ROOT / "src"))
    from standup_buddy import APP_ID

    return APP_ID


def png_path(size: int, icon_dir: Path = ICON_DIR) -> Path:
    """Where the hicolor PNG of one size lives."""
    return icon_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id()}.png"


class Renderer:
    """Draws the SVG at any square size into straight-alpha ARGB images."""

    def __init__(self, svg: Path) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtSvg import QSvgRenderer

        self._app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
        self._svg = QSvgRenderer(str(svg))
        if not self._svg.isValid():
            raise SystemExit(f"{svg}: Qt cannot read this SVG")

    def image(self, size: int) -> QImage:
        """The icon at ``size`` x ``size`` pixels."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage, QPainter

        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self._svg.render(painter)
        painter.end()
        return image

    def png(self, size: int) -> bytes:
        """The icon at ``size`` pixels, encoded as PNG."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.image(size).save(buffer, "PNG"):
            raise SystemExit(f"Qt could not encode a {size} px PNG")
        buffer.close()
        return bytes(data.data())

    def bgra_rows(self, size: int) -> list[bytes]:
        """Top-down rows of straight-alpha B, G, R, A bytes."""
        from PySide6.QtGui import QImage

        image = self.image(size).convertToFormat(QImage.Format.Format_ARGB32)
        rows: list[bytes] = []
        for y in range(size):
            row = bytearray()
            for x in range(size):
                argb = image.pixel(x, y)
                row += struct.pack("<I", argb)  # little-endian ARGB32 is B, G, R, A
            rows.append(bytes(row))
        return rows


def ico_bitmap(rows: list[bytes], size: int) -> bytes:
    """A 32-bit DIB icon image: header, bottom-up BGRA rows, then the AND mask."""
    mask_stride = ((size + 31) // 32) * 4
    mask_rows = []
    for row in rows:
        bits = bytearray(mask_stride)
        for x in range(size):
            if row[4 * x + 3] == 0:  # fully transparent: set the "screen" bit
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    pixels = b"".join(reversed(rows))
    mask = b"".join(reversed(mask_rows))
    header = struct.pack(
        "<IiiHHIIiiII", 40, size, 2 * size, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0
    )
    return header + pixels + mask


def build_ico(renderer: Renderer) -> bytes:
    """A multi-size Windows .ico."""
    images = [
        renderer.png(size) if size >= ICO_PNG_FROM else ico_bitmap(renderer.bgra_rows(size), size)
        for size in ICO_SIZES
    ]
    directory = struct.pack("<HHH", 0, 1, len(images))
    offset = len(directory) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images, strict=True):
        edge = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return directory + entries + b"".join(images)


def build_icns(renderer: Renderer) -> bytes:
    """A macOS .icns holding PNG images at every size Finder and the Dock ask for."""
    cache: dict[int, bytes] = {}
    body = b""
    for code, size in ICNS_ENTRIES:
        data = cache.setdefault(size, renderer.png(size))
        body += code + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def generate(icon_dir: Path = ICON_DIR, ico: Path = ICO_FILE, icns: Path = ICNS_FILE) -> list[Path]:
    """Write every generated icon file; return their paths."""
    renderer = Renderer(icon_dir / SOURCE_SVG.name)
    written: list[Path] = []
    for size in SIZES:
        target = png_path(size, icon_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(renderer.png(size))
        written.append(target)
    scalable = icon_dir / "hicolor" / "scalable" / "apps" / f"{app_id()}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icon_dir / SOURCE_SVG.name, scalable)
    written.append(scalable)
    for target, data in ((ico, build_ico(renderer)), (icns, build_icns(renderer))):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    return written


def generate_start_rings() -> list[Path]:
    """Draw the tray's empty ring, the icon start-up docks, into PNG files.

    Drawn by the app's own ``render_look``, so they are the painted icon's
    pixels; ``tests/ui/test_tray_start_icon.py`` fails when they drift apart.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtGui import QGuiApplication

    from standup_buddy.ui.tray_icon import IconLook, render_look
    from standup_buddy.ui.tray_start import TRAY_SIZES, start_ring_file

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    written: list[Path] = []
    for size in TRAY_SIZES:
        for dpr in (1, 2):
            target = start_ring_file(size, dpr)
            target.parent.mkdir(parents=True, exist_ok=True)
            if not render_look(IconLook("sitting", 0, 1), size, dpr).toImage().save(str(target)):
                raise SystemExit(f"{target}: could not be written")
            written.append(target)
    del app
    return written


def main(argv: list[str] | None = None) -> int:
    """``python packaging/make_icons.py``: regenerate every icon from the SVG."""
    parser = argparse.ArgumentParser(description="Render the app icon into PNG, ICO and ICNS.")
    parser.parse_args(argv)
    for path in [*generate(), *generate_start_rings()]:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
