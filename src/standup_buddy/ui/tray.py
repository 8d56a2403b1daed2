"""The tray icon, its menu and its balloon messages; a small window where there is no tray.

``TrayController`` listens to the controller's ``status_changed`` and redraws
the icon only when its quantised look changes (at most once an app minute),
keeps the tooltip equal to ``Status.summary()``, and shows each message from
the ``MessageCenter`` once as a balloon. Where the desktop has no system tray
it shows ``StatusWindow`` instead, with the same status, the same commands and
a line saying why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from standup_buddy import APP_NAME
from standup_buddy.controller_base import BaseController
from standup_buddy.messages import MessageCenter, Severity, UserMessage
from standup_buddy.session import Status

if TYPE_CHECKING:
    from standup_buddy.ui.status_window import StatusWindow
from standup_buddy.ui.tray_actions import StatusActions
from standup_buddy.ui.tray_icon import IconLook, icon_for, look_for

BALLOON_MS = 10_000

_BALLOON_ICONS = {
    Severity.INFO: QSystemTrayIcon.MessageIcon.Information,
    Severity.WARNING: QSystemTrayIcon.MessageIcon.Warning,
    Severity.ERROR: QSystemTrayIcon.MessageIcon.Critical,
}


class TrayController(QObject):
    """Owns the tray icon (or the no-tray window) and keeps it in step with the app.

    ``message_clicked`` fires when the user clicks a balloon; ``icon_clicked``
    on a plain click of the icon. The break presenter uses both to open a
    card that is waiting.
    """

    message_clicked = Signal()
    icon_clicked = Signal()

    def __init__(
        self,
        controller: BaseController,
        messages: MessageCenter | None = None,
        *,
        tray_available: bool | None = None,
        icon: QSystemTrayIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # An icon already docked at start-up is taken over (``app/early_tray.py``).
        self._early_icon = icon
        self._controller = controller
        self.actions = StatusActions(controller, self)
        self.menu = self._build_menu()
        self.icon_renders = 0
        self._look: IconLook | None = None
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray_icon: QSystemTrayIcon | None = None
        self.status_window: StatusWindow | None = None
        self._shown = False
        if tray_available:
            self._make_icon()
        else:
            self._make_window()
        controller.status_changed.connect(self.update_status)
        self.update_status(controller.status())
        self._messages = messages

    # --- public API ------------------------------------------------------------------

    @property
    def has_tray(self) -> bool:
        """Whether a real tray icon is in use."""
        return self.tray_icon is not None

    def show(self) -> None:
        """Put the icon in the tray (or show the no-tray window), then show messages.

        Messages reported before this (a bad settings file at start-up) are
        replayed now, when there is somewhere visible to show them.
        """
        self._shown = True
        if self.tray_icon is not None:
            self.tray_icon.show()
        elif self.status_window is not None:
            self.status_window.show()
        if self._messages is not None:
            messages, self._messages = self._messages, None
            messages.subscribe(self.show_user_message)

    def set_tray_available(self, available: bool) -> None:
        """A tray appeared (move into it) or went away (show the window again).

        The window is kept while the icon is in use, so its messages are
        still there if the tray goes away again.
        """
        if available and self.tray_icon is None:
            self._make_icon()
            status = self._controller.status()
            self._look = None  # draw the new icon now
            self.update_status(status)
            if self._shown:
                assert self.tray_icon is not None
                self.tray_icon.show()
                if self.status_window is not None:
                    self.status_window.hide()
        elif not available and self.tray_icon is not None:
            icon, self.tray_icon = self.tray_icon, None
            icon.hide()
            icon.deleteLater()
            if self.status_window is None:
                self._make_window()
            assert self.status_window is not None
            self.status_window.update_status(self._controller.status(), look_for(
                self._controller.status()))
            if self._shown:
                self.status_window.show()

    def hide(self) -> None:
        """Take the icon out of the tray (on quit)."""
        if self.tray_icon is not None:
            self.tray_icon.hide()
        if self.status_window is not None:
            self.status_window.allow_close()
            self.status_window.close()

    def tooltip(self) -> str:
        """The words shown on hover (or in the window's status line)."""
        if self.tray_icon is not None:
            return self.tray_icon.toolTip()
        return self.status_window.summary_text() if self.status_window else ""

    def look(self) -> IconLook | None:
        """What the icon shows now."""
        return self._look

    def update_status(self, status: Status) -> None:
        """Refresh the tooltip, and the icon if what it shows has changed."""
        summary = status.summary()
        micro = status.micro_words()
        text = f"{APP_NAME}\n{summary}" + ("" if micro is None else f"\n{micro}")
        look = look_for(status)
        if self.tray_icon is not None:
            if self.tray_icon.toolTip() != text:
                self.tray_icon.setToolTip(text)
            if look != self._look:
                self.tray_icon.setIcon(icon_for(look))
                self.icon_renders += 1
        elif self.status_window is not None and look != self._look:
            self.icon_renders += 1
        if self.status_window is not None:
            self.status_window.update_status(status, look)
        self._look = look

    def show_message(self, title: str, text: str, severity: Severity = Severity.INFO) -> None:
        """A balloon from the tray, or a line in the no-tray window."""
        if self.tray_icon is not None:
            self.tray_icon.showMessage(title, text, _BALLOON_ICONS[severity], BALLOON_MS)
        elif self.status_window is not None:
            self.status_window.add_message(title, text, severity)

    def show_user_message(self, message: UserMessage) -> None:
        """Show a message from the ``MessageCenter`` (which already drops repeats)."""
        self.show_message(message.title, message.text, message.severity)

    # --- internals -----------------------------------------------------------------------

    def _make_icon(self) -> None:
        icon, self._early_icon = self._early_icon, None
        if icon is None:
            icon = QSystemTrayIcon(self)
        else:
            icon.setParent(self)
        icon.setContextMenu(self.menu)
        icon.messageClicked.connect(self.message_clicked)
        icon.activated.connect(self._on_activated)
        self.tray_icon = icon

    def _make_window(self) -> None:
        from standup_buddy.ui.status_window import StatusWindow

        self.status_window = StatusWindow(self.actions)

    def _build_menu(self) -> QMenu:
        acts = self.actions
        menu = QMenu()
        menu.setTitle(APP_NAME)
        menu.addAction(acts.summary)
        menu.addSeparator()
        menu.addAction(acts.take_break)
        menu.addAction(acts.routine)
        pause = menu.addMenu(self.tr("Pause"))
        pause.setToolTip(self.tr("Pause reminders for a while"))
        for act in acts.pause_actions():
            pause.addAction(act)
        self.pause_menu = pause
        menu.addAction(acts.resume)
        menu.addAction(acts.standing)
        menu.addSeparator()
        for act in acts.window_actions():
            menu.addAction(act)
        menu.addAction(acts.setup)
        menu.addSeparator()
        menu.addAction(acts.quit)
        return menu

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.icon_clicked.emit()
