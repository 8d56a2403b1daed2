"""The micro-pause cue: a small corner window that never takes the keyboard.

It says one micro-move ("Look at something 6 m away"), counts down its few
seconds and closes by itself; a click anywhere on it waves it away, unless
``micro.allow_skip`` is off or ``micro.strict`` on (then it offers no way to
close it early).  It is a tool window that does not accept focus and is
shown without activating, so typing goes on into the user's own window,
with or without a tray.

The countdown only displays the controller's clock (``micro_time``, the
engine's); the cue closes when the controller says (``micro_ended``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from standup_buddy.controller_base import BaseController
from standup_buddy.session import MicroCueSession
from standup_buddy.textfmt import QT_TRANSLATE_NOOP
from standup_buddy.ui.theme import theme_for
from standup_buddy.ui.toast import frame_corner_window, move_to_corner, no_focus_flags

MICRO_TITLE = QT_TRANSLATE_NOOP("MicroCue", "Micro-pause")
# How often the countdown is redrawn (real milliseconds).
TICK_MS = 250


class MicroCue(QWidget):
    """The cue window; one per app, reused for every micro-pause."""

    MARGIN = 24

    def __init__(self, controller: BaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent, no_focus_flags())
        self._controller = controller
        self._session: MicroCueSession | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAttribute(Qt.WidgetAttribute.WA_X11DoNotAcceptFocus, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        title = QCoreApplication.translate("MicroCue", MICRO_TITLE)
        self.setWindowTitle(f"Standup Buddy: {title}")
        self.setAccessibleName(title)
        self._dismissable: bool | None = None  # not yet asked
        theme = theme_for(self.palette())

        frame = QFrame(self)
        frame.setObjectName("micro")
        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.setAccessibleName("Seconds left")
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        text_font = self.text_label.font()
        text_font.setPointSizeF(text_font.pointSizeF() * 1.15)
        self.text_label.setFont(text_font)
        self.caution_label = QLabel()
        self.caution_label.setObjectName("caution")
        self.caution_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(4)
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName("Time left")

        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignRight)
        column = QVBoxLayout(frame)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(4)
        column.addLayout(head)
        column.addWidget(self.text_label)
        column.addWidget(self.caution_label)
        column.addWidget(self.bar)
        css = theme.css
        frame_corner_window(
            self,
            frame,
            theme,
            f"""
            QLabel#count, QLabel#caution {{ color: {css(theme.subtle_text)}; }}
            QProgressBar {{ background: {css(theme.card_border)}; border: none; }}
            QProgressBar::chunk {{ background: {css(theme.accent)}; }}
            """,
        )
        self.setFixedWidth(340)

        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.refresh)
        controller.micro_due.connect(self.present)
        controller.micro_ended.connect(self.finish)

    @property
    def session(self) -> MicroCueSession | None:
        """The micro-pause on screen, None when the cue is closed."""
        return self._session

    def present(self, session: MicroCueSession) -> None:
        """Show ``session`` in the corner of the screen under the pointer."""
        self._session = session
        self.text_label.setText(session.text)
        self.caution_label.setText(session.caution or "")
        self.caution_label.setVisible(bool(session.caution))
        self.setAccessibleDescription(session.text)
        self._show_dismiss_control()
        self.refresh()
        self.adjustSize()
        # Top right: out of the way of the break reminder (bottom right).
        move_to_corner(self, self.MARGIN, top=True)
        self.show()
        self._ticker.start()

    def refresh(self) -> None:
        """Redraw the countdown from the controller's clock."""
        session = self._session
        if session is None:
            return
        # The rules can change while a cue is up (new settings): follow them.
        self._show_dismiss_control()
        reading = self._controller.micro_time()
        remaining, total = (
            (session.duration_seconds, session.duration_seconds)
            if reading is None
            else (reading.remaining, reading.total)
        )
        self.count_label.setText(f"{max(0, round(remaining))} s")
        fraction = 0.0 if total <= 0 else max(0.0, min(1.0, remaining / total))
        self.bar.setValue(round(fraction * 1000))

    @property
    def dismissable(self) -> bool:
        """Whether the cue now offers to be closed by a click."""
        return bool(self._dismissable)

    def _show_dismiss_control(self) -> None:
        """Offer the click that closes the cue only where the rules allow it.

        With ``micro.allow_skip`` off or ``micro.strict`` on there is no close
        control at all: no hand cursor, no "Click to close", and a click does
        nothing; the cue ends by itself.
        """
        dismissable = self._controller.micro_dismissable()
        if dismissable == self._dismissable:
            return
        self._dismissable = dismissable
        if dismissable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(self.tr("Click to close"))
        else:
            self.unsetCursor()
            self.setToolTip("")

    def finish(self) -> None:
        """Close the cue (the controller says it is over)."""
        self._session = None
        self._ticker.stop()
        self.hide()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click waves the cue away, where the rules allow it."""
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self._session is not None
            and self._controller.micro_dismissable()
        ):
            self._controller.micro_dismissed()
            # The controller's micro_ended closes it; a fake one may not.
            self.finish()
        event.accept()
