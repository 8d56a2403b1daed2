"""The countdown ring on the break card: time left for the stretch, in a circle and in words."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from standup_buddy.textfmt import plural
from standup_buddy.ui.theme import Theme, theme_for


def clock_text(seconds: float) -> str:
    """``1:05``, ``0:09``: whole seconds left, rounded up so 0:00 means done."""
    whole = max(0, math.ceil(seconds - 1e-9))
    # The locale's digits (Arabic shows ١:٠٥); the colon stays, as clocks write it.
    locale = QLocale()
    zero = locale.toString(0)
    return f"{locale.toString(whole // 60)}:{locale.toString(whole % 60).rjust(2, zero)}"


def spoken_time(seconds: float) -> str:
    """``1 minute 5 seconds left`` for screen readers."""
    whole = max(0, math.ceil(seconds - 1e-9))
    minutes, rest = divmod(whole, 60)
    if minutes and rest:
        return RingWords.tr("{minutes} {seconds} left").format(
            minutes=plural(RingWords.tr("%n minute(s)", "", minutes), minutes),
            seconds=plural(RingWords.tr("%n second(s)", "", rest), rest))
    if minutes:
        return plural(RingWords.tr("%n minute(s) left", "", minutes), minutes)
    return plural(RingWords.tr("%n second(s) left", "", rest), rest)


class RingWords:
    """Translation context of the spoken time (``RingWords.tr`` is what lupdate reads)."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate("RingWords", text, disambiguation, n)


class CountdownRing(QWidget):
    """A ring that empties as the stretch runs, with the time left in the middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remaining = 0.0
        self._total = 1.0
        self._running = False
        self._theme: Theme | None = None
        self.setAccessibleName(self.tr("Time left"))
        self.setMinimumSize(64, 64)

    def set_time(self, remaining: float, total: float, running: bool = True) -> None:
        """Show ``remaining`` of ``total`` seconds; a ring not yet running is drawn calmer."""
        changed_text = clock_text(remaining) != clock_text(self._remaining)
        self._remaining = max(0.0, remaining)
        self._total = max(total, 1e-6)
        self._running = running
        if changed_text:
            self.setAccessibleDescription(spoken_time(self._remaining))
        self.update()

    def set_theme(self, theme: Theme) -> None:
        """Draw with ``theme``'s colours (by default, the palette's light or dark theme)."""
        self._theme = theme
        self.update()

    def text(self) -> str:
        """The time shown in the middle."""
        return clock_text(self._remaining)

    def remaining(self) -> float:
        """The seconds left, as drawn."""
        return self._remaining

    def fraction_left(self) -> float:
        """How much of the ring is still filled (1 at the start, 0 at the end)."""
        return min(1.0, self._remaining / self._total)

    def sizeHint(self) -> QSize:
        return QSize(84, 84)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = self._theme or theme_for(self.palette())
        side = min(self.width(), self.height())
        width = max(4.0, side * 0.085)
        rect = QRectF(
            (self.width() - side) / 2 + width / 2,
            (self.height() - side) / 2 + width / 2,
            side - width,
            side - width,
        )
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(theme.track, width))
            painter.drawEllipse(rect)
            span = round(self.fraction_left() * 360 * 16)
            if span > 0:
                colour = QColor(theme.accent)
                if not self._running:
                    colour.setAlphaF(0.55)
                pen = QPen(colour, width)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawArc(rect, 90 * 16, span)
            font = QFont(self.font())
            font.setPixelSize(max(10, round(side * 0.24)))
            font.setWeight(QFont.Weight.DemiBold)
            font.setFeature(QFont.Tag("tnum"), 1)
            painter.setFont(font)
            painter.setPen(theme.text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text())
        finally:
            painter.end()
