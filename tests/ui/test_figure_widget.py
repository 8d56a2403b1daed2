"""The animated figure widget: it draws, follows the palette, and animates only when it should."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from standup_buddy.core.figure import Animation
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.stretches.catalog import load_catalog
from standup_buddy.ui.figure_widget import FigureWidget


def animation(stretch_id: str = "glute-bridge") -> Animation:
    catalog = load_catalog(resolve_paths())
    stretch = catalog.get(stretch_id)
    assert stretch is not None
    return catalog.animation_for(stretch)


def ink_pixels(image: QImage, background: QColor) -> list[tuple[int, int]]:
    """Pixels clearly different from the background colour."""
    found = []
    bg = background.rgb()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixel(x, y)
            if (
                abs(((c >> 16) & 255) - ((bg >> 16) & 255))
                + abs(((c >> 8) & 255) - ((bg >> 8) & 255))
                + abs((c & 255) - (bg & 255))
                > 90
            ):
                found.append((x, y))
    return found


@pytest.fixture
def widget(qtbot: QtBot) -> FigureWidget:
    w = FigureWidget(animation())
    qtbot.addWidget(w)
    return w


def test_renders_a_visible_figure_offscreen(widget: FigureWidget) -> None:
    image = widget.render_frame(1.0, QSize(200, 200))
    assert image.size() == QSize(200, 200)
    background = widget.palette().color(QPalette.ColorRole.Window)
    assert len(ink_pixels(image, background)) > 150


def test_frames_differ_as_the_animation_moves(widget: FigureWidget) -> None:
    rest = widget.render_frame(0.0, QSize(160, 160))
    lifted = widget.render_frame(animation().cycle_seconds * 0.45, QSize(160, 160))
    assert rest != lifted


@pytest.mark.parametrize(("window", "text"), [("#ffffff", "#101010"), ("#1e1e1e", "#eeeeee")])
def test_colours_follow_the_palette_for_light_and_dark_themes(
    widget: FigureWidget, window: str, text: str
) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    widget.setPalette(palette)
    image = widget.render_frame(0.0, QSize(200, 200))
    assert QColor(image.pixel(2, 2)) == QColor(window)
    drawn = {image.pixel(x, y) for x, y in ink_pixels(image, QColor(window))}
    assert QColor(text).rgb() in drawn  # the near limbs use the text colour


def test_high_dpi_frames_are_rendered_at_device_resolution(widget: FigureWidget) -> None:
    image = widget.render_frame(0.0, QSize(100, 100), device_pixel_ratio=2.0)
    assert (image.width(), image.height()) == (200, 200)
    assert image.devicePixelRatio() == 2.0
    low = widget.render_frame(0.0, QSize(100, 100))
    assert len(ink_pixels(image, QColor(image.pixel(1, 1)))) > 3 * len(
        ink_pixels(low, QColor(low.pixel(1, 1)))
    )


def test_mirrored_figure_faces_the_other_way(widget: FigureWidget) -> None:
    size = QSize(200, 200)
    plain = widget.render_frame(0.0, size)
    widget.set_mirrored(True)
    flipped = widget.render_frame(0.0, size)
    assert flipped != plain
    background = QColor(plain.pixel(1, 1))
    xs = [x for x, _ in ink_pixels(plain, background) if _ < 180]
    fxs = [x for x, _ in ink_pixels(flipped, background) if _ < 180]
    # the figure's horizontal extent is reflected about the middle
    assert min(fxs) == pytest.approx(200 - max(xs), abs=6)
    assert max(fxs) == pytest.approx(200 - min(xs), abs=6)


def test_the_timer_runs_only_while_the_widget_is_visible(
    widget: FigureWidget, qtbot: QtBot
) -> None:
    assert not widget.is_animating()
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.is_animating()
    with qtbot.waitSignal(widget.frame_timer().timeout, timeout=2000):
        pass
    widget.hide()
    assert not widget.is_animating()
    widget.show()
    assert widget.is_animating()


def test_reduced_motion_draws_a_still_pose_without_a_timer(
    widget: FigureWidget, qtbot: QtBot
) -> None:
    widget.set_reduced_motion(True)
    widget.show()
    qtbot.waitExposed(widget)
    assert not widget.is_animating()
    size = QSize(150, 150)
    assert widget.render_frame(0.0, size) == widget.render_frame(3.3, size)
    shown = widget.grab().toImage()
    assert len(ink_pixels(shown, widget.palette().color(QPalette.ColorRole.Window))) > 100
    widget.set_reduced_motion(False)
    assert widget.is_animating()


def test_no_animation_means_no_timer_and_an_empty_picture(qtbot: QtBot) -> None:
    w = FigureWidget()
    qtbot.addWidget(w)
    w.show()
    assert not w.is_animating()
    image = w.render_frame(0.0, QSize(80, 80))
    assert ink_pixels(image, w.palette().color(QPalette.ColorRole.Window)) == []
    w.set_animation(animation("walk-break"))
    assert w.is_animating()


def test_frame_interval_is_a_class_constant_tests_can_change(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FigureWidget, "FRAME_INTERVAL_MS", 5)
    w = FigureWidget(animation("walk-break"))
    qtbot.addWidget(w)
    w.show()
    assert w.frame_timer().interval() == 5


def test_the_worked_region_is_drawn_in_the_accent_colour_at_card_size(qtbot: QtBot) -> None:
    widget = FigureWidget(animation("kneeling-hip-flexor"))
    qtbot.addWidget(widget)
    palette = widget.palette()
    accent = QColor(200, 30, 30)
    palette.setColor(QPalette.ColorRole.Highlight, accent)
    palette.setColor(QPalette.ColorRole.Window, QColor("white"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    widget.setPalette(palette)
    image = widget.render_frame(1.0, QSize(240, 240))
    reddish = 0
    for y in range(0, 240, 2):
        for x in range(0, 240, 2):
            c = image.pixelColor(x, y)
            if c.red() > 150 and c.green() < 170 and c.blue() < 170 and c.red() - c.green() > 40:
                reddish += 1
    # The highlighted thigh is a clearly visible patch, not a stray pixel.
    assert reddish > 40


def test_no_animation_shows_no_figure_and_says_so(qtbot: QtBot) -> None:
    from standup_buddy.core.figure import NO_FIGURE

    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.set_animation(NO_FIGURE)
    assert widget.animation() is None
    assert "No demonstration" in widget.accessibleDescription()
    assert not widget.is_animating()
