"""The small always-available window shown where the desktop has no system tray.

It carries what the tray would: the status in words and as a ring, every
menu command as a button, and any message the tray would have shown as a
balloon. A line says why it is there, so the user is never left wondering
where the tray icon went. Closing it minimises it; Quit leaves the app.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from standup_buddy import APP_NAME
from standup_buddy.messages import Severity
from standup_buddy.session import Status
from standup_buddy.textfmt import QT_TRANSLATE_NOOP
from standup_buddy.ui.tray_actions import StatusActions
from standup_buddy.ui.tray_icon import IconLook, render_look

NO_TRAY_REASON = QT_TRANSLATE_NOOP(
    "StatusWindow",
    "No system tray was found on this desktop — see <code>standup-buddy doctor</code>. "
    "This window stands in for the tray icon."
)
MAX_MESSAGES = 5


def _button_for(action: QAction) -> QPushButton:
    """A push button that mirrors an action's text, visibility and enabled state."""
    button = QPushButton(action.text())
    button.setAccessibleName(action.text().rstrip("…"))
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)

    def sync() -> None:
        button.setText(action.text())
        button.setAccessibleName(action.text().rstrip("…"))
        button.setVisible(action.isVisible())
        button.setEnabled(action.isEnabled())

    action.changed.connect(sync)
    sync()
    return button


class StatusWindow(QWidget):
    """Status, commands and messages in a plain window titled ``Standup Buddy``."""

    def __init__(self, actions: StatusActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._closing_allowed = False
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(self.tr("{app} status").format(app=APP_NAME))

        self.icon_label = QLabel()
        self.icon_label.setFixedSize(48, 48)
        self.icon_label.setAccessibleName(self.tr("Sitting streak"))
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(self.tr("Status"))
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.summary_label.setFont(font)
        self.summary_label.setWordWrap(True)
        # The second line the tray tooltip has: the next micro-pause, when they are on.
        self.micro_label = QLabel()
        self.micro_label.setAccessibleName(self.tr("Next micro-pause"))
        self.micro_label.hide()
        self.reason_label = QLabel(self.tr(NO_TRAY_REASON))
        self.reason_label.setTextFormat(Qt.TextFormat.RichText)
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName(self.tr("Why this window is shown"))
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.setStyleSheet("color: palette(placeholder-text);")
        self.messages_label = QLabel()
        self.messages_label.setWordWrap(True)
        self.messages_label.setAccessibleName(self.tr("Messages"))
        self.messages_label.hide()
        self._messages: list[str] = []

        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.summary_label)
        words.addWidget(self.micro_label)
        header.addLayout(words, 1)

        self.buttons: dict[str, QPushButton] = {}
        # Rows rather than a grid, so a hidden button (Resume) leaves no gap.
        commands = QHBoxLayout()
        commands.setSpacing(8)
        windows = QHBoxLayout()
        windows.setSpacing(8)
        take = self.buttons["take_break"] = _button_for(actions.take_break)
        take.setDefault(True)
        pause = self.buttons["pause"] = QPushButton(self.tr("Pause"))
        pause.setAccessibleName(self.tr("Pause reminders"))
        pause_menu = QMenu(pause)
        for act in actions.pause_actions():
            pause_menu.addAction(act)
        pause.setMenu(pause_menu)
        self.pause_menu = pause_menu
        self.buttons["resume"] = _button_for(actions.resume)
        self.buttons["standing"] = _button_for(actions.standing)
        self.buttons["routine"] = _button_for(actions.routine)
        for name in ("take_break", "routine", "pause", "resume", "standing"):
            commands.addWidget(self.buttons[name])
        commands.addStretch(1)
        for name, act in zip(
            ("progress", "stretches", "settings", "about"), actions.window_actions(), strict=True
        ):
            self.buttons[name] = _button_for(act)
            windows.addWidget(self.buttons[name])
        self.buttons["setup"] = _button_for(actions.setup)
        windows.addWidget(self.buttons["setup"])
        windows.addStretch(1)
        self.buttons["quit"] = _button_for(actions.quit)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons["quit"])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.reason_label)
        layout.addLayout(commands)
        layout.addLayout(windows)
        layout.addWidget(self.messages_label)
        layout.addLayout(bottom)

    def summary_text(self) -> str:
        """The status line as shown."""
        return self.summary_label.text()

    def update_status(self, status: Status, look: IconLook) -> None:
        """Show ``status`` in words and as the tray ring would."""
        self.summary_label.setText(status.summary())
        micro = status.micro_words()
        self.micro_label.setText(micro or "")
        self.micro_label.setVisible(micro is not None)
        pixmap = render_look(look, 48, self.devicePixelRatioF())
        self.icon_label.setPixmap(pixmap)
        self.setWindowTitle(APP_NAME)

    def add_message(self, title: str, text: str, severity: Severity = Severity.INFO) -> None:
        """List a message the tray would have shown as a balloon (newest first)."""
        mark = {"info": "", "warning": "⚠ ", "error": "⛔ "}[severity.value]
        self._messages.insert(0, f"<b>{mark}{_escape(title)}</b><br>{_escape(text)}")
        del self._messages[MAX_MESSAGES:]
        self.messages_label.setText("<br><br>".join(self._messages))
        self.messages_label.show()

    def messages(self) -> list[str]:
        """The messages shown, newest first (as rich text)."""
        return list(self._messages)

    def allow_close(self) -> None:
        """Let the next close really close (the app is quitting)."""
        self._closing_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the only visible part of the app would leave it running
        # unseen; minimise instead, and let Quit end it.
        if self._closing_allowed:
            super().closeEvent(event)
            return
        event.ignore()
        self.showMinimized()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
