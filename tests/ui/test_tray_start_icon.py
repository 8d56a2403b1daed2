"""The tray's start-up icon: shipped PNGs that are the painted empty ring's pixels.

``packaging/make_icons.py`` draws them with ``render_look``; when the drawing
changes and they are not regenerated, these tests fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from standup_buddy.ui import tray_start
from standup_buddy.ui.tray_icon import IconLook, icon_for, is_empty_ring, render_look
from standup_buddy.ui.tray_start import TRAY_SIZES, start_ring_file, start_ring_icon

EMPTY = IconLook("sitting", 0, 1)


def _argb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference of any colour channel or alpha between two same-sized images."""
    assert (a.width(), a.height()) == (b.width(), b.height())
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            for shift in (0, 8, 16, 24):
                worst = max(worst, abs((pa >> shift & 255) - (pb >> shift & 255)))
    return worst


@pytest.mark.parametrize("dpr", [1, 2])
@pytest.mark.parametrize("size", TRAY_SIZES)
def test_shipped_ring_is_the_painted_ring(qtbot: QtBot, size: int, dpr: int) -> None:
    shipped = QImage(str(start_ring_file(size, dpr)))
    assert not shipped.isNull(), "run: python packaging/make_icons.py"
    painted = _argb(render_look(EMPTY, size, float(dpr)).toImage())
    assert (shipped.width(), shipped.height()) == (size * dpr, size * dpr)
    # PNG keeps straight alpha; the painting is premultiplied, so edge pixels
    # may round by one level. Anything more is a drawing that changed.
    assert _largest_difference(_argb(shipped), painted) <= 2, "run: python packaging/make_icons.py"


def test_any_empty_sitting_ring_uses_the_shipped_files(qtbot: QtBot) -> None:
    assert is_empty_ring(IconLook("sitting", 0, 24))
    assert not is_empty_ring(IconLook("sitting", 1, 24))
    assert not is_empty_ring(IconLook("paused", 0, 24))
    icon = icon_for(IconLook("sitting", 0, 24))
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert sizes == {(n * r, n * r) for n in TRAY_SIZES for r in (1, 2)}
    # What the tray gets at 22 px is the ring, not an empty picture.
    picked = _argb(icon.pixmap(QSize(22, 22)).toImage())
    painted = _argb(render_look(EMPTY, 22, 1.0).toImage())
    assert _largest_difference(picked, painted) <= 2


def test_without_the_files_the_ring_is_painted(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tray_start, "START_RING_DIR", tmp_path / "missing")
    assert start_ring_icon() is None
    icon = icon_for(EMPTY)
    picked = _argb(icon.pixmap(QSize(22, 22)).toImage())
    painted = _argb(render_look(EMPTY, 22, 1.0).toImage())
    assert _largest_difference(picked, painted) == 0
