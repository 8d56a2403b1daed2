"""Render the break card, the tray icons and the settings window to PNG.

``python -m tools.screenshots.cards OUTDIR`` writes ``break-card-light.png``,
``break-card-dark.png``, ``tray-icons.png`` and ``settings.png``. It runs
headless (the ``offscreen`` platform unless ``QT_QPA_PLATFORM`` says
otherwise), uses only the built-in stretches and a fixed status and clock, so
the pictures are the same on every run and never show anyone's own data.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap

from standup_buddy.session import BreakSession, lay_out_cards
from standup_buddy.settings import Settings
from standup_buddy.stretches.catalog import Catalog
from standup_buddy.ui.tray_icon import IconLook, render_look
from tools.screenshots.harness import (
    DemoController,
    application,
    builtin_catalog,
    colour_scheme,
    settle,
)

FILES = ("break-card-light.png", "break-card-dark.png", "tray-icons.png", "settings.png")
DEMO_STRETCH = "standing-hip-flexor"
DEMO_NOW = dt.datetime(2025, 3, 4, 14, 5)


class _OffAutostart:
    """Start at login as 'off', without looking at the real system."""

    def is_enabled(self) -> bool:
        return False

    def enable(self) -> None:
        """Ignored."""

    def disable(self) -> None:
        """Ignored."""


def render_break_card(dark: bool, catalog: Catalog | None = None) -> QImage:
    """The break card, 18 seconds into a two-sided stretch, in the light or dark scheme."""
    from standup_buddy.ui.break_window import BreakWindow

    catalog = catalog or builtin_catalog()
    defaults = Settings().view
    session = BreakSession(
        cards=lay_out_cards([(DEMO_STRETCH, 60.0, "left"), ("seated-figure-four", 60.0, None)]),
        duration_seconds=120.0,
        style=defaults.breaks.style,
        reduced_motion=True,
        snooze_minutes=defaults.breaks.snooze_minutes,
        lock_after_seconds=defaults.breaks.lock_after_seconds,
    )
    controller = DemoController(break_seconds=120.0)
    with colour_scheme(dark):
        window = BreakWindow(controller, session, catalog, clock=lambda: 1000.0)
        window.KEY_GUARD_SECONDS = 0.0
        try:
            window.show()
            settle()
            controller.elapsed = 18.0
            window.tick()
            settle(150)  # the card grows to fit its text on a later turn of the loop
            image = window.grab().toImage()
        finally:
            window.withdraw()
            window.deleteLater()
    return image


def render_settings() -> QImage:
    """The settings window, tall enough to show every group."""
    from standup_buddy.messages import MessageCenter
    from standup_buddy.services.autostart import AutostartService
    from standup_buddy.ui.settings_dialog import SettingsDialog

    with colour_scheme(False):
        autostart = AutostartService(MessageCenter(), _OffAutostart())
        dialog = SettingsDialog(DemoController(), autostart=autostart, now=lambda: DEMO_NOW)
        try:
            dialog.resize(600, 800)
            dialog.show()
            settle()
            dialog.resize(600, dialog.full_height())
            settle()
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
    """Command-line entry: ``python -m tools.screenshots.cards OUTDIR``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: python -m tools.screenshots.cards OUTDIR", file=sys.stderr)
        return 2
    application()
    for path in write_all(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
