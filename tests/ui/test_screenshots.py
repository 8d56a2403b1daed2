"""Screenshots render headless, are the right size and are not blank."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from pytestqt.qtbot import QtBot
from tests.ui.fakes import paused, sitting
from tools.screenshots import cards as screenshots

from standup_buddy.session import Status
from standup_buddy.ui.tray_icon import render_tray_icon


def distinct_colours(image: QImage, step: int = 3) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def assert_not_blank(image: QImage, at_least: int = 20) -> None:
    assert not image.isNull()
    assert distinct_colours(image) >= at_least


def test_break_card_light_and_dark(qtbot: QtBot, tmp_path: Path) -> None:
    light = screenshots.render_break_card(dark=False)
    dark = screenshots.render_break_card(dark=True)
    for image, name in ((light, "light"), (dark, "dark")):
        # 820 wide; taller than the 560 default when the steps need it (nothing is cut).
        assert image.width() == 820 and image.height() >= 560
        assert_not_blank(image, 40)
        path = tmp_path / f"break-card-{name}.png"
        assert image.save(str(path))
        assert QImage(str(path)).size() == image.size()
    assert light.pixelColor(4, 4).lightnessF() > 0.8, "the light card is light"
    assert dark.pixelColor(4, 4).lightnessF() < 0.3, "the dark card is dark"


def test_colour_scheme_is_restored_after_rendering(qtbot: QtBot) -> None:
    before = QGuiApplication.palette().color(QGuiApplication.palette().ColorRole.Window)
    screenshots.render_break_card(dark=True)
    after = QGuiApplication.palette().color(QGuiApplication.palette().ColorRole.Window)
    assert before == after


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("0", sitting(0)),
        ("50", sitting(15)),
        ("100", sitting(30, next_break_minutes=0)),
        ("paused", paused(12)),
    ],
)
@pytest.mark.parametrize("size_dpr", [(16, 1.0), (22, 1.0), (24, 1.0), (32, 2.0)])
def test_tray_icon_renders_at_tray_sizes(
    qtbot: QtBot, tmp_path: Path, name: str, status: Status, size_dpr: tuple[int, float]
) -> None:
    size, dpr = size_dpr
    pixmap = render_tray_icon(status, size, dpr)
    image = pixmap.toImage()
    assert (image.width(), image.height()) == (round(size * dpr), round(size * dpr))
    assert_not_blank(image, 4)
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre.alpha() == 255, "the icon is a solid disc, readable on any panel"
    corner = image.pixelColor(0, 0)
    assert corner.alpha() == 0, "round, with transparent corners"
    assert pixmap.save(str(tmp_path / f"tray-{name}-{size}.png"))


def test_tray_icons_differ_between_states(qtbot: QtBot) -> None:
    images = [
        render_tray_icon(status, 32).toImage()
        for status in (sitting(0), sitting(15), sitting(30, next_break_minutes=0), paused(12))
    ]
    for index, image in enumerate(images):
        for other in images[index + 1 :]:
            assert image != other


def test_tray_sheet_and_settings(qtbot: QtBot) -> None:
    sheet = screenshots.render_tray_sheet(dpr=1.0)
    assert sheet.width() > 800 and sheet.height() > 300
    assert_not_blank(sheet, 40)
    settings = screenshots.render_settings()
    assert settings.width() == 600
    assert settings.height() > 900, "tall enough to show every group"
    assert_not_blank(settings, 40)


def test_generator_writes_every_file(qtbot: QtBot, tmp_path: Path) -> None:
    written = screenshots.write_all(tmp_path / "shots")
    assert sorted(p.name for p in written) == sorted(screenshots.FILES)
    for path in written:
        assert QImage(str(path)).width() > 100


def test_generator_usage_error() -> None:
    assert screenshots.main([]) == 2
