"""The actions of the tray menu, shared with the window shown when there is no tray.

One set of QActions, wired to the controller, kept in step with the status:
Resume shows only while paused, the standing item names the state you can
switch to, and "Take a break now" opens the waiting break's card when one is
due (a notification-style break with no tray has no other way in) and rests
only while the stretch is under way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from standup_buddy.controller_base import BaseController
from standup_buddy.session import Status
from standup_buddy.textfmt import QT_TRANSLATE_NOOP

STANDING_TEXT = QT_TRANSLATE_NOOP("StatusActions", "I'm standing")
SITTING_TEXT = QT_TRANSLATE_NOOP("StatusActions", "I'm sitting")


class StatusActions(QObject):
    """Every command the tray offers, as QActions a menu or a button can show.

    ``open_waiting_break`` asks for the card of the break already due.
    """

    open_waiting_break = Signal()

    def __init__(self, controller: BaseController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._standing = False
        self._break_waiting = False

        def action(text: str, tip: str) -> QAction:
            act = QAction(text, self)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            return act

        self.summary = action("", self.tr("How long you have been sitting"))
        self.summary.setEnabled(False)
        self.take_break = action(self.tr("Take a break now"), self.tr("Open a stretch card now"))
        self.routine = action(
            self.tr("Start my routine"),
            self.tr("A guided 5–10 minute routine, floor exercises included"),
        )
        self.pause_30 = action(self.tr("For 30 minutes"), self.tr("No reminders for 30 minutes"))
        self.pause_hour = action(self.tr("For 1 hour"), self.tr("No reminders for an hour"))
        self.pause_tomorrow = action(
            self.tr("Until tomorrow"),
            self.tr("No reminders until tomorrow morning"),
        )
        self.resume = action(self.tr("Resume"), self.tr("Start reminding again"))
        self.standing = action(
            self.tr(STANDING_TEXT),
            self.tr("Standing time does not count as sitting"),
        )
        self.progress = action(
            self.tr("Progress…"),
            self.tr("Your movement against your daily goal"),
        )
        self.stretches = action(self.tr("Stretches…"), self.tr("Choose which stretches come up"))
        self.settings = action(
            self.tr("Settings…"),
            self.tr("Break interval, goal, working hours and more"),
        )
        self.setup = action(
            self.tr("Set up…"),
            self.tr("The first-run questions again: hours, goal, program"),
        )
        self.about = action(self.tr("About…"), self.tr("Version, and what this app is and is not"))
        self.quit = action(self.tr("Quit"), self.tr("Stop tracking and close Standup Buddy"))

        self.take_break.triggered.connect(self._take_break)
        self.pause_30.triggered.connect(lambda: controller.pause(30))
        self.pause_hour.triggered.connect(lambda: controller.pause(60))
        self.pause_tomorrow.triggered.connect(lambda: controller.pause(None))
        self.resume.triggered.connect(controller.resume)
        self.standing.triggered.connect(self._toggle_standing)
        for act, window in (
            (self.routine, "routine"),
            (self.setup, "setup"),
            (self.progress, "progress"),
            (self.stretches, "stretches"),
            (self.settings, "settings"),
            (self.about, "about"),
        ):
            act.triggered.connect(lambda _=False, w=window: controller.open_window.emit(w))
        self.quit.triggered.connect(controller.quit)

        controller.status_changed.connect(self.update_status)
        self.update_status(controller.status())

    def pause_actions(self) -> tuple[QAction, ...]:
        """The entries of the Pause submenu."""
        return (self.pause_30, self.pause_hour, self.pause_tomorrow)

    def window_actions(self) -> tuple[QAction, ...]:
        """The entries that open a window."""
        return (self.progress, self.stretches, self.settings, self.about)

    def update_status(self, status: Status) -> None:
        """Show and label the actions for ``status``."""
        paused = status.state == "paused"
        self._standing = status.standing or status.state == "standing"
        self.summary.setText(status.summary())
        self.resume.setVisible(paused)
        self.standing.setText(self.tr(SITTING_TEXT if self._standing else STANDING_TEXT))
        self._break_waiting = status.break_open and status.state != "on_break"
        self.take_break.setEnabled(status.state != "on_break")

    def _take_break(self) -> None:
        if self._break_waiting:
            self.open_waiting_break.emit()
        else:
            self._controller.take_break_now()

    def _toggle_standing(self) -> None:
        self._controller.set_standing(not self._standing)
