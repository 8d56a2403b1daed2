"""The goal ring of the Today view: today's value against today's target."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from standup_buddy.core.model import GoalMetric
from standup_buddy.ui.progress.colors import progress_colors
from standup_buddy.ui.progress.figures import metric_name, number


class GoalRing(QWidget):
    """A ring that fills toward the target, with the value written in its middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0.0
        self._target = 1
        self._metric = GoalMetric.MOVEMENT_MINUTES
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Today's goal"))

    def sizeHint(self) -> QSize:
        """Big enough for the value text at any font size."""
        side = self.fontMetrics().height() * 10
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        """Still legible when squeezed."""
        side = self.fontMetrics().height() * 6
        return QSize(side, side)

    def set_goal(self, value: float, target: int, metric: GoalMetric) -> None:
        """Show ``value`` of ``target`` in ``metric``."""
        self._value, self._target, self._metric = value, max(1, target), metric
        self.setAccessibleDescription(self.text())
        self.update()

    def text(self) -> str:
        """``18 of 30 movement minutes (60 %)``: what the ring shows, in words."""
        share = self.share()
        return self.tr("{value} of {target} {metric} ({share} %)").format(
            value=number(self._value), target=QLocale().toString(self._target),
            metric=metric_name(self._metric), share=QLocale().toString(share))

    def share(self) -> int:
        """The whole per cent of the goal reached: what the words say and the arc draws."""
        # Cut like the minutes, so 29.9 of 30 never reads "100 %", and 10 s of
        # movement (0 min, 0 %) draws no sliver the figures do not show.
        return math.floor(round(100 * self._value / self._target, 6))

    def _fitted(self, text: str, points: float, bold: bool, width: float) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        font.setPointSizeF(points)
        while points > 6 and QFontMetricsF(font).horizontalAdvance(text) > width:
            points *= 0.9
            font.setPointSizeF(points)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        """Track, filled arc, and the figures in the middle."""
        colors = progress_colors(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        thickness = max(6.0, side * 0.09)
        box = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
        pen = QPen(colors.grid, thickness)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawEllipse(box)
        fraction = max(0.0, min(1.0, self.share() / 100))
        if fraction > 0:
            pen.setColor(colors.from_breaks)
            painter.setPen(pen)
            # Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock.
            painter.drawArc(box, 90 * 16, -round(fraction * 360 * 16))
        # Three lines inside the ring, each shrunk until it fits the inner width.
        inner = box.adjusted(thickness * 1.2, thickness * 1.2, -thickness * 1.2, -thickness * 1.2)
        lines = (
            (number(self._value), 2.2, True, colors.text),
            (self.tr("of {target}").format(target=QLocale().toString(self._target)), 1.0, False,
             colors.text),
            (metric_name(self._metric), 0.85, False, colors.muted),
        )
        base = max(self.font().pointSizeF(), 8.0) * max(0.8, side / 160)
        fonts = [
            self._fitted(text, base * scale, bold, inner.width()) for text, scale, bold, _c in lines
        ]
        heights = [QFontMetricsF(f).height() for f in fonts]
        y = inner.center().y() - sum(heights) / 2
        for (text, _scale, _bold, color), font, height in zip(lines, fonts, heights, strict=True):
            painter.setFont(font)
            painter.setPen(color)
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), height), Qt.AlignmentFlag.AlignCenter, text
            )
            y += height
        painter.end()
