"""The generated icons: every size a desktop asks for, and in step with the SVG.

``make icons`` regenerates them; these tests fail when someone edits the SVG
and forgets to, or when a Windows or macOS icon loses a size.
"""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from standup_buddy import APP_ID

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "src" / "standup_buddy" / "assets" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def load_make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging/make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_icons", module)
    spec.loader.exec_module(module)
    return module


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def max_channel_difference(a: QImage, b: QImage) -> int:
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    assert a.size() == b.size()
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            for shift in (0, 8, 16, 24):
                worst = max(worst, abs(((pa >> shift) & 0xFF) - ((pb >> shift) & 0xFF)))
    return worst


@pytest.mark.parametrize("size", SIZES)
def test_every_hicolor_size_is_a_png_of_that_size(size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path.read_bytes()) == (size, size)


def test_the_scalable_icon_is_the_source_svg() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "standup-buddy.svg").read_bytes()


@pytest.mark.parametrize("size", [16, 48, 128])
def test_committed_pngs_match_the_svg(qapp: object, size: int) -> None:
    renderer = load_make_icons().Renderer(ICONS / "standup-buddy.svg")
    committed = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    # Rounding and antialiasing differ a little between Qt versions; an edited
    # SVG moves whole shapes and differs by far more.
    assert max_channel_difference(renderer.image(size), committed) <= 32, "run `make icons`"


def test_the_icon_is_opaque_in_the_middle_and_clear_in_the_corners(qapp: object) -> None:
    image = QImage(str(ICONS / "hicolor" / "16x16" / "apps" / f"{APP_ID}.png"))
    assert image.pixelColor(8, 8).alpha() == 255
    assert image.pixelColor(0, 0).alpha() == 0


def test_windows_icon_holds_every_size_up_to_256(qapp: object) -> None:
    data = (ROOT / "packaging/windows/standup-buddy.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    listed = []
    for index in range(count):
        width, height = struct.unpack("<BB", data[6 + 16 * index : 8 + 16 * index])
        listed.append((width or 256, height or 256))
    assert listed == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]

    # And Qt's own ICO reader decodes every image at its listed size.
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"ico")
    decoded = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        decoded.append((image.width(), image.height()))
    assert decoded == listed


def test_macos_icon_holds_png_images_at_every_retina_size() -> None:
    data = (ROOT / "packaging/macos/standup-buddy.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    entries: dict[bytes, tuple[int, int]] = {}
    offset = 8
    while offset < len(data):
        code = data[offset : offset + 4]
        (length,) = struct.unpack(">I", data[offset + 4 : offset + 8])
        entries[code] = png_size(data[offset + 8 : offset + length])
        offset += length
    expected = {
        b"ic11": 32, b"ic12": 64, b"ic07": 128, b"ic13": 256,
        b"ic08": 256, b"ic14": 512, b"ic09": 512, b"ic10": 1024,
    }  # fmt: skip
    for code, size in expected.items():
        assert entries.get(code) == (size, size), code
