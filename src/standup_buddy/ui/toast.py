"""The quiet reminder that comes before the break card.

A small window in the corner of the screen under the pointer. It never takes
keyboard focus, so whatever the user is typing keeps going to their own
window; it only says a break is coming and offers to open it now.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from standup_buddy.textfmt import QT_TRANSLATE_NOOP
from standup_buddy.ui.theme import Theme, theme_for
from standup_buddy.ui.tray_icon import IconLook, render_look

REMINDER_TITLE = QT_TRANSLATE_NOOP("BreakFlow", "Time for a short break")
REMINDER_TEXT = QT_TRANSLATE_NOOP("BreakFlow", "The card opens when you pause typing.")


def no_focus_flags() -> Qt.WindowType:
    """Window flags for a window that floats on top without taking keyboard focus."""
    return (
        Qt.WindowType.Tool
        | Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
        | Qt.WindowType.WindowDoesNotAcceptFocus
    )


def move_to_corner(window: QWidget, margin: int, *, top: bool) -> None:
    """Move ``window`` to the right-hand corner (top or bottom) of the screen under the pointer.

    The screen under the pointer is the one the user is looking at; its
    available area keeps the window off panels and docks.
    """
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    y = area.top() + margin if top else area.bottom() - window.height() - margin
    window.move(QPoint(area.right() - window.width() - margin, y))


def frame_corner_window(window: QWidget, frame: QFrame, theme: Theme, extra_css: str = "") -> None:
    """Make ``frame`` (named, holding the content) fill ``window`` as a bordered card.

    The toast and the micro-pause cue are drawn alike: the card's colour and
    border, labels in the text colour; ``extra_css`` styles what else they hold.
    """
    outer = QVBoxLayout(window)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(frame)
    css = theme.css
    name = frame.objectName()
    window.setStyleSheet(
        f"""
        QFrame#{name} {{
            background: {css(theme.card)};
            border: 1px solid {css(theme.card_border)};
        }}
        QLabel {{ color: {css(theme.text)}; background: transparent; }}
        """
        + extra_css
    )


class Toast(QWidget):
    """A small, focus-free reminder; ``open_now`` fires when its button is clicked."""

    open_now = Signal()

    MARGIN = 24

    def __init__(
        self,
        title: str = REMINDER_TITLE,
        text: str = REMINDER_TEXT,
        parent: QWidget | None = None,
        *,
        with_button: bool = True,
        look: IconLook | None = None,
    ) -> None:
        super().__init__(parent, no_focus_flags())
        # The defaults are English source text; a translated text passes through.
        title = QCoreApplication.translate("BreakFlow", title)
        text = QCoreApplication.translate("BreakFlow", text)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle(f"Standup Buddy: {title}")
        self.setAccessibleName(title)
        theme = theme_for(self.palette())

        frame = QFrame(self)
        frame.setObjectName("toast")
        icon = QLabel()
        # The reminder wears the "due" icon; an acknowledgement the calm teal of a break.
        shown = look if look is not None else IconLook("due", 1, 1)
        icon.setPixmap(render_look(shown, 36, self.devicePixelRatioF()))
        icon.setFixedSize(36, 36)
        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.title_label.setFont(font)
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open now"))
        self.open_button.setAccessibleName(self.tr("Open the break card now"))
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.open_button.clicked.connect(self.open_now)
        # Without a button (an acknowledgement) a click anywhere puts it away.
        self._click_closes = not with_button

        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title_label)
        words.addWidget(self.text_label)
        row = QHBoxLayout(frame)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(12)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        if with_button:
            row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            self.open_button.hide()
        css = theme.css
        frame_corner_window(
            self,
            frame,
            theme,
            f"""
            QPushButton {{
                background: {css(theme.accent)}; color: {css(theme.accent_text)};
                border: none; border-radius: 6px; padding: 6px 12px; font-weight: 600;
            }}
            """,
        )
        self.setFixedWidth(380)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._click_closes:
            self.close()
            return
        super().mousePressEvent(event)

    def show_near_pointer(self) -> None:
        """Show in the bottom-right corner of the screen that holds the pointer."""
        self.adjustSize()
        move_to_corner(self, self.MARGIN, top=False)
        self.show()
