"""The dim layer behind the break card for the ``fullscreen`` break style."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from standup_buddy.ui.theme import Theme


class DimOverlay(QWidget):
    """A dim layer over one screen, behind the card, for the ``fullscreen`` style.

    It takes no focus and no clicks are needed to leave: Esc on the card skips.
    """

    def __init__(self, theme: Theme) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self._colour = theme.dim
        self.setWindowTitle("Standup Buddy: Break (dimmed screen)")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self._colour)
        finally:
            painter.end()
