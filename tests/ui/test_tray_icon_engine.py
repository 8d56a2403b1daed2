"""The tray icon paints the size the tray asks for, once, and nothing else.

Filling a QIcon with all sixteen sizes at each change of the ring was most of
what the idle tray spent its CPU on; the engine paints on demand.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from standup_buddy.ui import tray_icon
from standup_buddy.ui.tray_icon import IconLook, icon_for, render_look

LOOK = IconLook("sitting", 7, 24)


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, float]]:
    seen: list[tuple[int, float]] = []
    plain = tray_icon.render_look

    def counting(look: IconLook, size: int, dpr: float = 1.0) -> object:
        seen.append((size, dpr))
        return plain(look, size, dpr)

    monkeypatch.setattr(tray_icon, "render_look", counting)
    return seen


def test_a_new_look_paints_nothing_until_the_tray_asks(
    qtbot: QtBot, renders: list[tuple[int, float]]
) -> None:
    icon = icon_for(LOOK)
    assert renders == []
    assert not icon.isNull()
    icon.pixmap(QSize(22, 22))
    icon.pixmap(QSize(22, 22))  # asked again (an expose): kept, not painted again
    assert renders == [(22, 1.0)]


@pytest.mark.parametrize("dpr", [1.0, 2.0])
@pytest.mark.parametrize("size", [16, 22, 24, 32])
def test_the_tray_gets_the_painted_look_at_its_size_and_pixel_ratio(
    qtbot: QtBot, size: int, dpr: float
) -> None:
    pixmap = icon_for(LOOK).pixmap(QSize(size, size), dpr)
    assert pixmap.devicePixelRatio() == dpr
    assert (pixmap.width(), pixmap.height()) == (round(size * dpr), round(size * dpr))
    assert pixmap.toImage() == render_look(LOOK, size, dpr).toImage()


def test_each_look_shows_its_own_ring(qtbot: QtBot) -> None:
    quarter = icon_for(IconLook("sitting", 6, 24)).pixmap(QSize(32, 32)).toImage()
    half = icon_for(IconLook("sitting", 12, 24)).pixmap(QSize(32, 32)).toImage()
    assert quarter != half


def test_painting_into_a_rectangle_draws_the_look(qtbot: QtBot) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter

    target = QImage(32, 32, QImage.Format.Format_ARGB32_Premultiplied)
    target.fill(0)
    painter = QPainter(target)
    icon_for(LOOK).paint(painter, QRect(0, 0, 32, 32))
    painter.end()
    painted = render_look(LOOK, 32, 1.0).toImage().convertToFormat(target.format())
    assert target == painted
