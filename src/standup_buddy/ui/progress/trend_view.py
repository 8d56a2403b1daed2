"""The Trends view: twelve weeks of movement against the goal in force, the longest sit
per day, and the hours of the day in which the longest sits begin.

Painted with QPainter from ``stats_for_days`` and ``sitting_runs_by_hour``: the
same figure functions as ``standup-buddy stats``.  Axes are worked out from the
figures shown every time they change (``nice_ceiling``), like the Week chart's.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from standup_buddy.core.model import GoalMetric
from standup_buddy.core.stats import DayStats, date_range
from standup_buddy.textfmt import WORDS, duration_words, plural, whole_minutes
from standup_buddy.ui.progress.colors import progress_colors
from standup_buddy.ui.progress.figures import (
    SHORT_DAY_MONTH,
    counts,
    date_text,
    metric_value,
    nice_ceiling,
)
from standup_buddy.ui.progress.source import ProgressSource

TREND_DAYS = 12 * 7


def _axis(
    painter: QPainter, plot: QRectF, top: float, step: float, *, right: bool, title: str
) -> None:
    metrics = painter.fontMetrics()
    ticks = round(top / step)
    for k in range(ticks + 1):
        y = plot.bottom() - plot.height() * k / ticks
        label = f"{whole_minutes(k * step)}"
        width = metrics.horizontalAdvance(label)
        x = plot.right() + 4 if right else plot.left() - width - 4
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), label)
    # The right-hand title ends at the widget's edge rather than running past it.
    width = metrics.horizontalAdvance(title)
    x = painter.device().width() - width - 2 if right else 2.0
    painter.drawText(QPointF(x, plot.top() - metrics.descent() - 2), title)


class TrendChart(QWidget):
    """Movement per day as bars with the goal in force as a step line; longest sit as a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[DayStats] = []
        self.value_axis = (30.0, 10.0)
        self.longest_axis = (60.0, 15.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        """Room for 84 thin bars."""
        line = self.fontMetrics().height()
        return QSize(line * 40, line * 14)

    def set_days(self, days: Sequence[DayStats]) -> None:
        """Show ``days`` (oldest first); the axes follow the figures shown."""
        self._days = list(days)
        metric = GoalMetric.MOVEMENT_MINUTES
        top = max(
            [metric_value(d, metric) for d in days]
            + [float(d.goal_target) for d in days if d.goal_metric is metric]
            + [0.0]
        )
        self.value_axis = nice_ceiling(top * 1.1, 30)
        self.longest_axis = nice_ceiling(
            max([d.longest_sitting_minutes for d in days] + [0.0]) * 1.1, 60
        )
        self.update()

    def plot_rect(self) -> QRectF:
        """The area bars are drawn in."""
        line = self.fontMetrics().height()
        return QRectF(line * 2.5, line * 1.6, self.width() - line * 5, self.height() - line * 2.8)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Grid, bars, goal steps, longest-sit line and both axes."""
        colors = progress_colors(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self.plot_rect()
        value_top, value_step = self.value_axis
        longest_top, longest_step = self.longest_axis
        ticks = round(value_top / value_step)
        painter.setPen(QPen(colors.grid, 1))
        for k in range(ticks + 1):
            y = plot.bottom() - plot.height() * k / ticks
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        count = max(1, len(self._days))
        slot = plot.width() / count

        def y_of(value: float, top: float) -> float:
            return plot.bottom() - plot.height() * min(value, top) / top

        for i, day in enumerate(self._days):
            height = plot.bottom() - y_of(day.movement_minutes, value_top)
            if height > 0:
                painter.fillRect(
                    QRectF(
                        plot.left() + i * slot + slot * 0.15,
                        plot.bottom() - height,
                        slot * 0.7,
                        height,
                    ),
                    colors.from_breaks,
                )
        pen = QPen(colors.goal, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        for i, day in enumerate(self._days):
            # No goal step on days before the first record: the app was not
            # there, so nothing was missed (the Week chart's rule too).
            if day.goal_metric is GoalMetric.MOVEMENT_MINUTES and not day.before_history:
                y = y_of(day.goal_target, value_top)
                painter.drawLine(
                    QPointF(plot.left() + i * slot, y), QPointF(plot.left() + (i + 1) * slot, y)
                )
        painter.setPen(QPen(colors.longest, 2))
        points = [
            QPointF(plot.left() + (i + 0.5) * slot, y_of(d.longest_sitting_minutes, longest_top))
            for i, d in enumerate(self._days)
            if not d.before_history  # nothing was tracked: no line at zero
        ]
        if len(points) > 1:
            painter.drawPolyline(points)
        painter.setPen(colors.text)
        _axis(painter, plot, value_top, value_step, right=False,
              title=TrendWords.tr("movement (min)"))
        _axis(painter, plot, longest_top, longest_step, right=True,
              title=TrendWords.tr("longest sit (min)"))
        for box, label in self.week_labels():
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()

    def week_labels(self) -> list[tuple[QRectF, str]]:
        """Where each Monday's date is written under the bars, and what it says.

        Centred under its Monday, kept inside the plot's width (the right-hand
        axis numbers sit just beyond it), and left out where it would touch
        the label before it (a narrow window, a long month name).
        """
        plot = self.plot_rect()
        metrics = self.fontMetrics()
        slot = plot.width() / max(1, len(self._days))
        gap = metrics.horizontalAdvance("  ")
        out: list[tuple[QRectF, str]] = []
        for i, day in enumerate(self._days):
            if day.date.weekday() != 0:
                continue
            label = date_text(day.date, SHORT_DAY_MONTH)
            width = metrics.horizontalAdvance(label) + 2
            left = plot.left() + (i + 0.5) * slot - width / 2
            left = max(plot.left(), min(left, plot.right() - width))
            if out and left < out[-1][0].right() + gap:
                continue
            out.append((QRectF(left, plot.bottom() + 3, width, metrics.height()), label))
        return out


class HourChart(QWidget):
    """24 bars: the longest sit that began in each hour of the day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hours = [0.0] * 24
        self.axis = (60.0, 15.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        """Room for 24 labelled bars."""
        line = self.fontMetrics().height()
        return QSize(line * 40, line * 10)

    def set_hours(self, hours: Sequence[float]) -> None:
        """Show the 24 figures; the axis follows them."""
        self._hours = list(hours)
        self.axis = nice_ceiling(max([*hours, 0.0]) * 1.1, 60)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Grid, one bar per hour, hour labels."""
        colors = progress_colors(self.palette())
        painter = QPainter(self)
        line = self.fontMetrics().height()
        plot = QRectF(line * 2.5, line * 1.6, self.width() - line * 3.5, self.height() - line * 2.8)
        top, step = self.axis
        ticks = round(top / step)
        painter.setPen(QPen(colors.grid, 1))
        for k in range(ticks + 1):
            y = plot.bottom() - plot.height() * k / ticks
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        slot = plot.width() / 24
        for hour, minutes in enumerate(self._hours):
            height = plot.height() * min(minutes, top) / top
            if height > 0:
                painter.fillRect(
                    QRectF(
                        plot.left() + hour * slot + slot * 0.15,
                        plot.bottom() - height,
                        slot * 0.7,
                        height,
                    ),
                    colors.sitting,
                )
        painter.setPen(colors.text)
        _axis(painter, plot, top, step, right=False,
              title=TrendWords.tr("longest sit begun in the hour (min)"))
        metrics = painter.fontMetrics()
        for hour in range(0, 24, 3):
            painter.drawText(
                QPointF(plot.left() + hour * slot, plot.bottom() + metrics.ascent() + 3),
                f"{hour:02d}",
            )
        painter.end()


def hour_sentence(hours: Sequence[float]) -> str:
    """``Your longest sits begin around 13:00 (up to 2 h 30 min).``"""
    longest = max(hours) if hours else 0.0
    if longest <= 0:
        return TrendWords.tr("No sitting recorded in these twelve weeks.")
    hour = max(range(24), key=lambda h: hours[h])
    return TrendWords.tr("Your longest sits begin around {time} (up to {duration}).").format(
        time=WORDS.time(hour, 0), duration=duration_words(longest))


class TrendWords:
    """Translation context of the Trends sentences (``TrendWords.tr`` is what lupdate reads)."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        found = QCoreApplication.translate("TrendWords", text, disambiguation or None, n)
        return plural(found, n) if n >= 0 else found


class TrendView(QWidget):
    """Twelve weeks to today: the trend chart, the hour chart and a sentence each."""

    def __init__(self, source: ProgressSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._days: list[DayStats] = []
        self._hours = [0.0] * 24
        self.trend = TrendChart()
        self.trend.setAccessibleName(self.tr("Movement and longest sit per day, last twelve weeks"))
        self.hours = HourChart()
        self.hours.setAccessibleName(self.tr("Longest sit by hour of the day, last twelve weeks"))
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setObjectName("trendSentence")
        layout = QVBoxLayout(self)
        layout.addWidget(self.trend, 3)
        layout.addWidget(self.hours, 2)
        layout.addWidget(self.sentence)

    def figures(self) -> list[DayStats]:
        """The 84 days drawn, oldest first, as ``stats --json --days 84`` gives them."""
        return list(self._days)

    def hour_figures(self) -> list[float]:
        """The 24 hour bars, in minutes."""
        return list(self._hours)

    def refresh(self) -> None:
        """Read the last twelve weeks again and redraw."""
        days = date_range(self._source.today(), TREND_DAYS)
        self._days = self._source.stats(days)
        self._hours = self._source.sitting_by_hour(days)
        self.trend.set_days(self._days)
        self.hours.set_hours(self._hours)
        today, work_days = self._source.today(), self._source.work_days()
        counted = [d for d in self._days if counts(d, work_days, today)]
        met = sum(1 for d in counted if d.goal_met)
        self.sentence.setText(
            TrendWords.tr(
                "Goal met on {met} of %n work day(s) in the last twelve weeks.", "", len(counted)
            ).format(met=WORDS.number(met))
            + f" {hour_sentence(self._hours)}"
        )
        self.trend.setAccessibleDescription(self.sentence.text())
        self.hours.setAccessibleDescription(hour_sentence(self._hours))
