"""The Month view's calendar heat map: how much of each day's goal was reached.

Painted with QPainter: Qt Graphs offers no calendar or heat-map chart type
(see docs/progress.md).  Colour is never the only cue: a met day also
carries a check mark, and every cell has a tooltip with its figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from standup_buddy.core.stats import DayStats
from standup_buddy.i18n.qt import first_weekday
from standup_buddy.ui.progress.colors import HEAT_MAX, progress_colors
from standup_buddy.ui.progress.figures import (
    LONG_DATE,
    SHORT_WEEKDAY_DAY_MONTH,
    date_text,
    day_details,
    goal_phrase,
    has_activity,
)
from standup_buddy.ui.progress.tooltips import show_point_tooltip


def completion(day: DayStats) -> float:
    """Share of the day's own goal reached, up to 2 (the end of the colour scale)."""
    if day.goal_target <= 0:
        return 0.0
    return max(0.0, min(HEAT_MAX, day.goal_value / day.goal_target))


class MonthHeatMap(QWidget):
    """Seven columns (Monday first), one cell per day of the month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[DayStats] = []
        self._today = dt.date.min
        self._work_days: frozenset[int] = frozenset(range(5))
        self._checkins: dict[dt.date, tuple[int, str]] = {}
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Goal completion by day"))

    def sizeHint(self) -> QSize:
        """Square-ish cells three text lines high."""
        line = self.fontMetrics().height()
        return QSize(line * 7 * 4, line * (1.5 + 6 * 3.2).__ceil__())

    def minimumSizeHint(self) -> QSize:
        """Cells never shrink below two lines."""
        line = self.fontMetrics().height()
        return QSize(line * 7 * 2, line * 14)

    def set_month(
        self,
        days: Sequence[DayStats],
        today: dt.date,
        work_days: frozenset[int],
        checkins: dict[dt.date, tuple[int, str]] | None = None,
    ) -> None:
        """Show ``days`` (one calendar month, oldest first)."""
        self._days = list(days)
        self._today = today
        self._work_days = work_days
        self._checkins = dict(checkins or {})
        self.setAccessibleDescription(self.description())
        self.update()

    def description(self) -> str:
        """One line per day, for screen readers."""
        lines = []
        for day in self._days:
            if day.date > self._today:
                continue
            verdict = self.tr("goal met") if day.goal_met else self.tr("goal not met")
            if not has_activity(day):
                verdict = self.tr("nothing recorded")
            lines.append(
                self.tr("{date}: {goal}, {verdict}").format(
                    date=date_text(day.date, SHORT_WEEKDAY_DAY_MONTH), goal=goal_phrase(day),
                    verdict=verdict)
            )
        return "\n".join(lines)

    # --- geometry ----------------------------------------------------------------------

    def _grid(self) -> tuple[QRectF, float, float, int]:
        """Area of the cells, cell width and height, and the column of the 1st."""
        line = self.fontMetrics().height()
        header = line * 1.5
        # Columns start on the locale's first day of the week, like the Week view.
        first_column = (self._days[0].date.weekday() - first_weekday()) % 7 if self._days else 0
        rows = max(1, -(-(first_column + len(self._days)) // 7))
        area = QRectF(0, header, self.width(), self.height() - header)
        return (
            area,
            area.width() / 7,
            min(area.height() / rows, area.width() / 7 * 0.8),
            first_column,
        )

    def cell_rect(self, day: dt.date) -> QRectF:
        """Where ``day`` is drawn."""
        area, width, height, first = self._grid()
        index = first + (day - self._days[0].date).days
        row, column = divmod(index, 7)
        return QRectF(area.left() + column * width, area.top() + row * height, width, height)

    def day_at(self, x: float, y: float) -> DayStats | None:
        """The day under a point, if any."""
        for day in self._days:
            if self.cell_rect(day.date).contains(QPointF(x, y)):
                return day
        return None

    def tooltip_at(self, x: float, y: float) -> str:
        """What hovering at (``x``, ``y``) shows."""
        day = self.day_at(x, y)
        if day is None:
            return ""
        if day.date > self._today:
            return date_text(day.date, LONG_DATE)
        return day_details(day, self._checkins.get(day.date))

    def event(self, event: QEvent) -> bool:
        """Tooltips per day."""
        return show_point_tooltip(self, event, self.tooltip_at) or super().event(event)

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Weekday header and one rounded cell per day."""
        colors = progress_colors(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        area, width, _height, _first = self._grid()
        painter.setPen(colors.muted)
        locale = QLocale()
        first = first_weekday()
        names = [
            locale.dayName((first + i) % 7 + 1, QLocale.FormatType.ShortFormat) for i in range(7)
        ]
        for column, name in enumerate(names):
            painter.drawText(
                QRectF(area.left() + column * width, 0, width, line * 1.3),
                Qt.AlignmentFlag.AlignCenter,
                name,
            )
        gap = max(2.0, line * 0.15)
        for day in self._days:
            box = self.cell_rect(day.date).adjusted(gap, gap, -gap, -gap)
            path = QPainterPath()
            path.addRoundedRect(box, line * 0.3, line * 0.3)
            future = day.date > self._today
            fill = colors.background if future else colors.heat(completion(day))
            painter.fillPath(path, fill)
            if future or day.date == self._today:
                pen = QPen(
                    colors.text if day.date == self._today else colors.grid,
                    2 if day.date == self._today else 1,
                )
                painter.setPen(pen)
                painter.drawPath(path)
            ink = _ink_on(fill, colors.text, colors.background)
            work = day.date.weekday() in self._work_days
            painter.setPen(ink if work and not future else colors.muted)
            inner = box.adjusted(line * 0.35, line * 0.2, -line * 0.35, -line * 0.2)
            painter.drawText(
                inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(day.date.day)
            )
            if day.goal_met and not future:
                painter.setPen(QPen(ink, max(1.5, line * 0.12)))
                size = min(inner.width(), inner.height()) * 0.35
                corner = QPointF(inner.right() - size, inner.bottom() - size * 0.55)
                painter.drawPolyline(
                    [
                        corner + QPointF(0, 0),
                        corner + QPointF(size * 0.35, size * 0.35),
                        corner + QPointF(size, -size * 0.4),
                    ]
                )
        painter.end()


def _luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2) of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _ink_on(fill: QColor, text: QColor, background: QColor) -> QColor:
    """Text or background colour, whichever contrasts more with ``fill``."""
    return text if _contrast(fill, text) >= _contrast(fill, background) else background
