"""What every screenshot generator shares: the app, its own theme, a still controller.

Pictures are drawn headless (``offscreen`` unless ``QT_QPA_PLATFORM`` says
otherwise) with the colours the app itself uses (``ui.theme.palette_for``
and the desktop's colour-scheme hint), from built-in data and fixed clocks,
so every run draws the same pictures and none shows anyone's own data.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from standup_buddy.controller_base import BaseController
from standup_buddy.core.engine import EngineState
from standup_buddy.platform.paths import Paths
from standup_buddy.session import BreakTime, Status
from standup_buddy.settings import Settings
from standup_buddy.stretches.catalog import Catalog, load_catalog
from standup_buddy.ui.theme import palette_for


def application() -> QApplication:
    """The running QApplication, or a new headless one in the Fusion style."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["standup-buddy-screenshots"])
        app.setStyle("Fusion")
    return app


@contextmanager
def colour_scheme(dark: bool) -> Iterator[None]:
    """Make the application light or dark, as the app's theme draws it, then restore it."""
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


def settle(milliseconds: int = 0) -> None:
    """Let queued layout, polish and deferred renders run (a tool: a short real wait is fine)."""
    for _ in range(3):
        QGuiApplication.processEvents()
    if milliseconds > 0:
        loop = QEventLoop()
        QTimer.singleShot(milliseconds, loop.quit)
        loop.exec()


def builtin_catalog() -> Catalog:
    """The catalog with built-in stretches only (an empty user folder)."""
    folder = Path(tempfile.mkdtemp(prefix="standup-buddy-shots-"))
    try:
        return load_catalog(Paths(config_dir=folder, data_dir=folder))
    finally:
        folder.rmdir()


class DemoController(BaseController):
    """A controller that shows a fixed status, holds a break at ``elapsed`` and ignores requests."""

    def __init__(self, status: Status | None = None, break_seconds: float = 120.0) -> None:
        super().__init__()
        self._status = status or Status(EngineState.SITTING, 25.0, 30.0, 5.0)
        self.break_seconds = break_seconds
        self.elapsed: float | None = None

    def status(self) -> Status:
        return self._status

    def settings(self) -> Settings:
        return Settings()

    def break_time(self) -> BreakTime | None:
        if self.elapsed is None:
            return None
        total = self.break_seconds
        return BreakTime(True, self.elapsed, total - self.elapsed, total)

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

    def stretch_shown(self, stretch_id: str) -> None:
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
