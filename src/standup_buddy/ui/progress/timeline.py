"""The day's timeline strip: sitting, breaks, standing and paused time, hour by hour.

Painted with QPainter: Qt Graphs has no chart type for a strip of spans on a
time axis, and a painted strip stays crisp at any scale (see docs/progress.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from standup_buddy.core.model import ActivityKind
from standup_buddy.ui.progress.colors import progress_colors
from standup_buddy.ui.progress.figures import (
    BreakMark,
    Segment,
    clock,
    kind_name,
    segment_text,
)
from standup_buddy.ui.progress.tooltips import show_point_tooltip

_LEGEND = (
    ActivityKind.SITTING,
    ActivityKind.BREAK,
    ActivityKind.NATURAL_BREAK,
    ActivityKind.STANDING,
    ActivityKind.PAUSED,
)


class TimelineStrip(QWidget):
    """One local day as coloured spans; hovering a span tells what and when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []
        self._marks: list[BreakMark] = []
        self._span = (8 * 60.0, 19 * 60.0)
        self._now: float | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Today's timeline"))

    def sizeHint(self) -> QSize:
        """Strip, hour labels and legend, one font height apart."""
        return QSize(self.fontMetrics().height() * 40, self._height())

    def minimumSizeHint(self) -> QSize:
        """Narrow windows still get every row."""
        return QSize(self.fontMetrics().height() * 16, self._height())

    def _height(self) -> int:
        line = self.fontMetrics().height()
        return round(line * 7.0)

    def set_day(
        self,
        segments: Sequence[Segment],
        marks: Sequence[BreakMark],
        span: tuple[float, float],
        now_minute: float | None,
    ) -> None:
        """Show these spans and marks over ``span`` (minutes after local midnight)."""
        self._segments = list(segments)
        self._marks = list(marks)
        self._span = span
        self._now = now_minute
        self.setFixedHeight(self._height())
        self.setAccessibleDescription(self.description())
        self.update()

    def segments(self) -> list[Segment]:
        """The spans shown."""
        return list(self._segments)

    def mark_text(self, mark: BreakMark) -> str:
        """``Break skipped at 10:30``."""
        words = {
            "skipped": self.tr("Break skipped at {time}"),
            "snoozed": self.tr("Break snoozed at {time}"),
            "missed": self.tr("Break missed at {time}"),
        }
        text = words.get(mark.outcome.value, f"Break {mark.outcome.value} at {{time}}")
        return text.format(time=clock(mark.minute))

    def description(self) -> str:
        """Every span and mark as text, for screen readers."""
        if not self._segments and not self._marks:
            return self.tr("Nothing recorded yet today.")
        lines = [segment_text(s) for s in self._segments]
        lines += [self.mark_text(m) for m in self._marks]
        return "\n".join(lines)

    # --- geometry ----------------------------------------------------------------------

    def _strip_rect(self) -> QRectF:
        line = self.fontMetrics().height()
        # Side room for half an hour label ("08:00") at either end.
        side = self.fontMetrics().horizontalAdvance("00:00") * 0.6
        return QRectF(side, line * 1.0, self.width() - 2 * side, line * 2.0)

    def _x(self, minute: float) -> float:
        rect = self._strip_rect()
        low, high = self._span
        return rect.left() + (minute - low) / max(1.0, high - low) * rect.width()

    def tooltip_at(self, x: float, y: float | None = None) -> str:
        """What a hover at (``x``, ``y``) shows: the mark or span under the pointer."""
        tolerance = self.fontMetrics().height() * 0.4
        rect = self._strip_rect()
        if y is None or y < rect.top() + rect.height() * 0.25:
            for mark in self._marks:
                if abs(self._x(mark.minute) - x) <= tolerance:
                    return self.mark_text(mark)
        # Breaks are short: the nearest span within reach wins over the one strictly under.
        best: tuple[float, Segment] | None = None
        for segment in self._segments:
            left, right = self._x(segment.start_minute), self._x(segment.end_minute)
            distance = 0.0 if left <= x <= right else min(abs(x - left), abs(x - right))
            if segment.kind in (ActivityKind.BREAK, ActivityKind.NATURAL_BREAK):
                distance = max(0.0, distance - tolerance)
            if distance <= tolerance * 0.5 and (best is None or distance < best[0]):
                best = (distance, segment)
        return segment_text(best[1]) if best else ""

    def event(self, event: QEvent) -> bool:
        """Tooltips per span."""
        return show_point_tooltip(self, event, self.tooltip_at) or super().event(event)

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Background track, spans, hour ticks, break marks, now line, legend."""
        colors = progress_colors(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        rect = self._strip_rect()
        track = QPainterPath()
        track.addRoundedRect(rect, 4, 4)
        painter.fillPath(track, colors.grid)
        painter.save()
        painter.setClipPath(track)
        for segment in self._segments:
            left = self._x(segment.start_minute)
            width = max(2.0, self._x(segment.end_minute) - left)
            painter.fillRect(
                QRectF(left, rect.top(), width, rect.height()), colors.activity(segment.kind)
            )
        painter.restore()

        low, high = self._span
        step = 60 if (high - low) / 60 * line * 2.6 < rect.width() else 120
        painter.setPen(colors.muted)
        first = int(low // step * step)
        for minute in range(first, int(high) + 1, step):
            if minute < low:
                continue
            x = self._x(minute)
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + line * 0.3))
            label = clock(minute) if minute < 24 * 60 else "24:00"
            box = QRectF(x - line * 2, rect.bottom() + line * 0.3, line * 4, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

        for mark in self._marks:
            x = self._x(mark.minute)
            tip = QPainterPath()
            tip.moveTo(x, rect.top() - 1)
            tip.lineTo(x - line * 0.3, rect.top() - line * 0.55)
            tip.lineTo(x + line * 0.3, rect.top() - line * 0.55)
            tip.closeSubpath()
            painter.fillPath(tip, colors.missed)

        if self._now is not None and low <= self._now <= high:
            x = self._x(self._now)
            pen = QPen(colors.text, 2)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, rect.top() - 2), QPointF(x, rect.bottom() + 2))

        self._paint_legend(painter, rect.bottom() + line * 1.6)
        painter.end()

    def _fill(self, painter: QPainter, box: QRectF, kind: ActivityKind) -> None:
        """A span's fill; paused time is hatched so it never reads as "no data"."""
        colors = progress_colors(self.palette())
        painter.fillRect(box, colors.activity(kind))
        if kind is ActivityKind.PAUSED:
            painter.fillRect(box, QBrush(colors.muted, Qt.BrushStyle.BDiagPattern))

    def _paint_legend(self, painter: QPainter, top: float) -> None:
        colors = progress_colors(self.palette())
        metrics = self.fontMetrics()
        line = metrics.height()
        x = line * 0.5
        swatch = line * 0.7
        items: list[tuple[str, ActivityKind | None]] = [(kind_name(k), k) for k in _LEGEND]
        items.append((self.tr("Break not taken"), None))
        for name, kind in items:
            box = QRectF(x, top + (line - swatch) / 2, swatch, swatch)
            if kind is None:
                path = QPainterPath()
                path.moveTo(box.center().x(), box.bottom())
                path.lineTo(box.left(), box.top())
                path.lineTo(box.right(), box.top())
                path.closeSubpath()
                painter.fillPath(path, colors.missed)
            else:
                self._fill(painter, box, kind)
            painter.setPen(colors.text)
            painter.drawText(
                QRectF(x + swatch + 4, top, metrics.horizontalAdvance(name) + 2, line),
                Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            x += swatch + 4 + metrics.horizontalAdvance(name) + line
            if x > self.width() - line * 6:
                x = line * 0.5
                top += line * 1.2
