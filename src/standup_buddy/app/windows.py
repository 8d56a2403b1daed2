"""The window table: each of the app's windows, made on first use and kept while open.

Windows the idle tray does not need (Progress with Qt Graphs, the stretch
editor, settings) are imported when first opened, which keeps start-up quick
and the idle footprint small.  Each ``Window`` has exactly one factory; a
window that deletes itself on closing is forgotten once it is gone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from standup_buddy.controller_base import Window
from standup_buddy.messages import Severity

if TYPE_CHECKING:
    from standup_buddy.app.running import RunningApp

log = logging.getLogger(__name__)

Factory = Callable[[], QWidget | None]
# What the Progress window shows depends on these settings (goals, the working
# day drawn on Today, the check-in column); other changes leave it as it is.
PROGRESS_SETTINGS = ("goal.", "schedule.", "checkin.")


def alive(widget: QWidget) -> bool:
    """False once the C++ object behind ``widget`` was deleted (WA_DeleteOnClose)."""
    try:
        widget.isVisible()
    except RuntimeError:
        return False
    return True


class WindowTable:
    """Open (or raise) windows by their ``Window`` name."""

    def __init__(self, factories: Mapping[Window, Factory]) -> None:
        self._factories = dict(factories)
        self._open: dict[Window, QWidget] = {}

    def get(self, name: Window | str) -> QWidget | None:
        """The window by that name while it exists."""
        try:
            window = self._open.get(Window(name))
        except ValueError:
            return None
        return window if window is not None and alive(window) else None

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def open(self, name: Window | str) -> None:
        """Show the window (made by its factory when it is not open), raised and active."""
        try:
            key = Window(name)
        except ValueError:
            log.warning("unknown window %r", name)
            return
        window = self.get(key)
        if window is None:
            factory = self._factories.get(key)
            window = factory() if factory is not None else None
            if window is None:
                return
            self._keep(key, window)
        window.show()
        window.raise_()
        window.activateWindow()

    def show(self, name: Window, window: QWidget) -> None:
        """Show a window made elsewhere (a prompt) under ``name``, replacing an older one."""
        self._keep(name, window)
        window.show()

    def _keep(self, name: Window, window: QWidget) -> None:
        self._open[name] = window
        # A window that deletes itself on closing is forgotten once it is gone.
        window.destroyed.connect(self._forget_closed)

    def _forget_closed(self) -> None:
        # ``destroyed`` comes while the window is still being taken down: look
        # once control is back in the event loop, when it is really gone.
        QTimer.singleShot(0, self._drop_dead)

    def _drop_dead(self) -> None:
        for name in [n for n, w in self._open.items() if not alive(w)]:
            del self._open[name]


# --- the factories ---------------------------------------------------------------------


def window_factories(app: RunningApp) -> dict[Window, Factory]:
    """One factory per window the app opens on request."""
    return {
        Window.SETTINGS: lambda: _settings(app),
        Window.ABOUT: _about,
        Window.PROGRESS: lambda: _progress(app),
        Window.SETUP: lambda: _setup(app),
        Window.ROUTINE: lambda: _routine(app),
        Window.STRETCHES: lambda: _stretches(app),
    }


def _settings(app: RunningApp) -> QWidget:
    from standup_buddy.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(app.controller, autostart=app.autostart_service())
    dialog.add_section("sync", app.sync_section())
    return dialog


def _about() -> QWidget:
    from standup_buddy.ui.about import AboutDialog

    return AboutDialog()


def _setup(app: RunningApp) -> QWidget:
    from standup_buddy.ui.setup_wizard import SetupWizard

    rotations = app.rotations.service()
    return SetupWizard(
        app.controller.settings(),
        rotations.config,
        {p.id: p.stretch_ids for p in rotations.catalog.programs},
        autostart=app.autostart_service(),
        apply=app.apply_setup,
        try_break=app.controller.take_break_now,
        has_tray=bool(app.tray is not None and app.tray.has_tray),
    )


def _routine(app: RunningApp) -> QWidget:
    from standup_buddy.ui.routine_window import RoutineWindow

    rotations = app.rotations.service()
    return RoutineWindow(
        app.controller,
        rotations.catalog,
        rotations.config,
        app.today(),
        history=app.history,
        wall=app.clock.wall,
        utc_offset=app.clock.utc_offset,
    )


def _progress(app: RunningApp) -> QWidget | None:
    # Its own process (``progress_process.py``): nothing to keep in this table.
    app.open_progress()
    return None


def _stretches(app: RunningApp) -> QWidget | None:
    try:
        from standup_buddy.ui.stretches_editor import open_editor
    except ImportError:
        app.messages.report(
            Severity.INFO,
            QCoreApplication.translate("AppMessages", "Stretches"),
            QCoreApplication.translate(
                "AppMessages", "The stretch editor is not available in this build."
            ),
        )
        return None
    reduced = app.controller.settings().view.ui.reduced_motion
    window: QWidget = open_editor(app.rotations.service(), reduced_motion=reduced)
    return window
