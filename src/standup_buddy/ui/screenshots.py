"""Render the windows and the tray icons to PNG, for the docs and for visual checks.

``python -m standup_buddy.ui.screenshots OUTDIR`` writes ``break-card-light.png``,
``break-card-dark.png``, ``tray-icons.png`` and ``settings.png``. It runs
headless (the ``offscreen`` platform unless ``QT_QPA_PLATFORM`` says
otherwise), uses only the built-in stretches and a fixed status and clock, so
the pictures are the same on every run and never show anyone's own data.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPixmap

from standup_buddy.controller_base import BaseController
from standup_buddy.platform.paths import Paths
from standup_buddy.session import BreakSession, PlannedCard, Status
from standup_buddy.settings import Settings
from standup_buddy.stretches import Catalog, load_catalog
from standup_buddy.ui.theme import palette_for
from standup_buddy.ui.tray_icon import IconLook, render_look

FILES = ("break-card-light.png", "break-card-dark.png", "tray-icons.png", "settings.png")
DEMO_STRETCH = "standing-hip-flexor"
DEMO_NOW = dt.datetime(2025, 3, 4, 14, 5)


class DemoController(BaseController):
    """A controller that shows a fixed status and ignores every request."""

    def __init__(self, status: Status | None = None) -> None:
        super().__init__()
        self._status = status or Status("sitting", 25.0, 30.0, 5.0)

    def status(self) -> Status:
        return self._status

    def settings(self) -> Settings:
        return Settings()

    def take_break_now(self) -> None:
        """Ignored."""

    def pause(self, minutes: float | None) -> None:
        """Ignored."""

    def resume(self) -> None:
        """Ignored."""

    def set_standing(self, standing: bool) -> None:
        """Ignored."""

    def break_shown(self, stretch_ids: list[str]) -> None:
        """Ignored."""

    def break_done(self, stretch_ids: list[str]) -> None:
        """Ignored."""

    def break_snoozed(self) -> None:
        """Ignored."""

    def break_skipped(self) -> None:
        """Ignored."""

    def break_started(self) -> None:
        """Ignored."""

    def apply_settings(self, settings: Settings) -> None:
        """Ignored."""

    def quit(self) -> None:
        """Ignored."""


class _OffAutostart:
    """Start at login as 'off', without looking at the real system."""

    def is_enabled(self) -> bool:
        return False

    def enable(self) -> None:
        """Ignored."""

    def disable(self) -> None:
        """Ignored."""


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def builtin_catalog() -> Catalog:
    """The catalog with built-in stretches only (an empty user folder)."""
    folder = Path(tempfile.mkdtemp(prefix="standup-buddy-shots-"))
    try:
        return load_catalog(Paths(config_dir=folder, data_dir=folder))
    finally:
        folder.rmdir()


@contextmanager
def colour_scheme(dark: bool) -> Iterator[None]:
    """Make the application light or dark for a moment, then restore it."""
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication), "a QApplication must exist"
    old_palette = QGuiApplication.palette()
    hints = QGuiApplication.styleHints()
    old_scheme = hints.colorScheme()
    QGuiApplication.setPalette(palette_for(dark))
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    try:
        yield
    finally:
        QGuiApplication.setPalette(old_palette)
        if old_scheme == Qt.ColorScheme.Unknown:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(old_scheme)


def _settle() -> None:
    for _ in range(3):
        QGuiApplication.processEvents()


def render_break_card(dark: bool, catalog: Catalog | None = None) -> QImage:
    """The break card, 18 seconds into a two-sided stretch, in the light or dark scheme."""
    from standup_buddy.ui.break_window import BreakWindow

    catalog = catalog or builtin_catalog()
    session = BreakSession(
        cards=(PlannedCard(DEMO_STRETCH, 60.0, "left"), PlannedCard("seated-figure-four", 60.0)),
        duration_seconds=120.0,
        reduced_motion=True,
    )
    clock = _Clock()
    with colour_scheme(dark):
        window = BreakWindow(DemoController(), session, catalog, clock=clock)
        window.KEY_GUARD_SECONDS = 0.0
        try:
            window.show()
            _settle()
            clock.now += 18.0
            window.tick()
            _settle()
            image = window.grab().toImage()
        finally:
            window.withdraw()
            window.deleteLater()
    return image


def render_settings() -> QImage:
    """The settings window, tall enough to show every group."""
    from standup_buddy.ui.settings_dialog import SettingsDialog

    with colour_scheme(False):
        dialog = SettingsDialog(DemoController(), autostart=_OffAutostart(), now=lambda: DEMO_NOW)
        try:
            dialog.resize(600, 800)
            dialog.show()
            _settle()
            dialog.resize(600, dialog.full_height())
            _settle()
            image = dialog.grab().toImage()
        finally:
            dialog.close()
            dialog.deleteLater()
    return image


SHEET_LOOKS: tuple[tuple[str, IconLook], ...] = (
    ("0 %", IconLook("sitting", 0, 24)),
    ("25 %", IconLook("sitting", 6, 24)),
    ("50 %", IconLook("sitting", 12, 24)),
    ("75 %", IconLook("sitting", 18, 24)),
    ("90 %", IconLook("sitting", 22, 24)),
    ("due", IconLook("due", 24, 24)),
    ("meeting", IconLook("held", 14, 24)),
    ("standing", IconLook("standing", 10, 24)),
    ("paused", IconLook("paused", 8, 24)),
    ("away", IconLook("away", 0, 24)),
    ("on a break", IconLook("on_break", 0, 24)),
)
SHEET_SIZES = (16, 22, 24, 32, 48)


def render_tray_sheet(dpr: float = 2.0) -> QImage:
    """Every look of the tray icon at every common size, on a light and a dark panel."""
    column = 76
    label_height = 30
    row_gap = 10
    panel_height = sum(SHEET_SIZES) + row_gap * (len(SHEET_SIZES) + 1)
    left = 44
    width = left + column * len(SHEET_LOOKS) + 12
    height = label_height + 2 * panel_height + 8
    image = QImage(round(width * dpr), round(height * dpr), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(dpr)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = QFont(painter.font())
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(QColor("#37474f"))
        for index, (label, _look) in enumerate(SHEET_LOOKS):
            rect = QRectF(left + index * column, 6, column, label_height - 8)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        for panel, (back, ink) in enumerate((("#eceff1", "#546e7a"), ("#263238", "#b0bec5"))):
            top = label_height + panel * panel_height
            painter.fillRect(QRectF(0, top, width, panel_height), QColor(back))
            y = top + row_gap
            for size in SHEET_SIZES:
                painter.setPen(QColor(ink))
                painter.drawText(
                    QRectF(4, y, left - 10, size), Qt.AlignmentFlag.AlignVCenter, f"{size}"
                )
                for index, (_label, look) in enumerate(SHEET_LOOKS):
                    x = left + index * column + (column - size) / 2
                    pixmap: QPixmap = render_look(look, size, dpr)
                    painter.drawPixmap(QPointF(x, y), pixmap)
                y += size + row_gap
    finally:
        painter.end()
    return image


def write_all(outdir: Path) -> list[Path]:
    """Write every screenshot into ``outdir``; returns the files written."""
    outdir.mkdir(parents=True, exist_ok=True)
    catalog = builtin_catalog()
    images = {
        "break-card-light.png": render_break_card(False, catalog),
        "break-card-dark.png": render_break_card(True, catalog),
        "tray-icons.png": render_tray_sheet(),
        "settings.png": render_settings(),
    }
    written = []
    for name, image in images.items():
        path = outdir / name
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: ``python -m standup_buddy.ui.screenshots OUTDIR``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: python -m standup_buddy.ui.screenshots OUTDIR", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    for path in write_all(Path(args[0])):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
