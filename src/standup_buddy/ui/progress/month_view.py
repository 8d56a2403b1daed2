"""The Month view: a calendar heat map of goal completion, with streaks of goal-met work days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from standup_buddy.core.routine import routine_days
from standup_buddy.core.stats import DayStats, date_range
from standup_buddy.textfmt import plural
from standup_buddy.ui.progress.colors import progress_colors
from standup_buddy.ui.progress.figures import (
    MONTH_YEAR,
    Streaks,
    best_streak,
    counts,
    current_streak,
    date_text,
    month_days,
)
from standup_buddy.ui.progress.heatmap import MonthHeatMap
from standup_buddy.ui.progress.source import ProgressSource

# The current streak is counted back in chunks of this many days, up to the cap,
# so a long streak costs a few quick reads and a short one a single read.
_STREAK_CHUNK = 42
_STREAK_CAP_DAYS = 735


class HeatLegend(QWidget):
    """``0 % ▢▢▢▢ 100 % ▢▢ 200 % of the day's goal   ✓ goal met``: how to read the heat map."""

    def sizeHint(self) -> QSize:
        """One text line."""
        line = self.fontMetrics().height()
        return QSize(line * 34, round(line * 1.4))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Swatches from no movement to the whole goal, then the check-mark key."""
        colors = progress_colors(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        middle = Qt.AlignmentFlag.AlignVCenter

        def text(x: float, words: str) -> float:
            painter.setPen(colors.text)
            width = metrics.horizontalAdvance(words) + 2
            painter.drawText(QRectF(x, 0, width, line), middle, words)
            return x + width

        def swatches(x: float, fractions: tuple[float, ...]) -> float:
            for fraction in fractions:
                path = QPainterPath()
                path.addRoundedRect(QRectF(x, line * 0.1, line * 0.8, line * 0.8), 3, 3)
                painter.fillPath(path, colors.heat(fraction))
                x += line * 0.95
            return x

        x = text(line * 0.3, "0 %") + line * 0.4
        x = swatches(x, (0.0, 0.25, 0.5, 0.75, 1.0))
        x = text(x + line * 0.2, "100 %") + line * 0.4
        x = swatches(x, (1.5, 2.0))
        x = text(x + line * 0.2, self.tr("200 % or more of the day's goal")) + line * 1.5
        painter.setPen(QPen(colors.text, max(1.5, line * 0.12)))
        size = line * 0.6
        painter.drawPolyline(
            [
                QPointF(x, line * 0.5),
                QPointF(x + size * 0.35, line * 0.5 + size * 0.35),
                QPointF(x + size, line * 0.5 - size * 0.4),
            ]
        )
        text(x + size + line * 0.3, self.tr("goal met"))
        painter.end()


class MonthView(QWidget):
    """One calendar month; starts on the current month."""

    def __init__(self, source: ProgressSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        today = source.today()
        self._month = (today.year, today.month)
        self._days: list[DayStats] = []
        self._streaks = Streaks(0, 0)

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.this_month_button = QPushButton(self.tr("This month"))
        self.title = QLabel()
        self.heatmap = MonthHeatMap()
        self.legend = HeatLegend()
        self.summary = QLabel()
        self.summary.setObjectName("monthSummary")
        self.summary.setWordWrap(True)
        self.routine_label = QLabel()
        self.routine_label.setObjectName("monthRoutine")
        self.routine_label.setWordWrap(True)
        self.routine_label.setAccessibleName(self.tr("Daily routine days"))
        self._routine_days: list[dt.date] = []

        header = QHBoxLayout()
        header.addWidget(self.previous_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.next_button)
        header.addWidget(self.this_month_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.heatmap, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.summary)
        layout.addWidget(self.routine_label)

        self.previous_button.clicked.connect(self.previous_month)
        self.next_button.clicked.connect(self.next_month)
        self.this_month_button.clicked.connect(self.this_month)

    def figures(self) -> list[DayStats]:
        """Every day of the month shown, as ``stats --json`` gives them."""
        return list(self._days)

    def summary_text(self) -> str:
        """The sentences under the heat map."""
        return self.summary.text()

    def streaks(self) -> Streaks:
        """Current streak (to today) and best streak in the month shown."""
        return self._streaks

    def routine_days(self) -> list[dt.date]:
        """The days of the month shown on which the daily routine was done."""
        return list(self._routine_days)

    def month(self) -> tuple[int, int]:
        """(year, month) shown."""
        return self._month

    def show_month(self, year: int, month: int) -> None:
        """Show a month (never one after the current month)."""
        today = self._source.today()
        self._month = min((year, month), (today.year, today.month))
        self.refresh()

    def previous_month(self) -> None:
        """One month back."""
        year, month = self._month
        self.show_month(year - 1, 12) if month == 1 else self.show_month(year, month - 1)

    def next_month(self) -> None:
        """One month on (up to the current one)."""
        year, month = self._month
        self.show_month(year + 1, 1) if month == 12 else self.show_month(year, month + 1)

    def this_month(self) -> None:
        """Back to the month holding today."""
        today = self._source.today()
        self.show_month(today.year, today.month)

    def refresh(self) -> None:
        """Read the month's figures again and redraw."""
        source = self._source
        today = source.today()
        work_days = source.work_days()
        dates = month_days(*self._month)
        self._days = source.stats(dates)
        checkins = source.checkins(dates[0], dates[-1])
        self.heatmap.set_month(self._days, today, work_days, checkins)
        self._streaks = Streaks(
            self._current_streak(today, work_days), best_streak(self._days, work_days, today)
        )
        current = (today.year, today.month)
        self.next_button.setEnabled(self._month < current)
        self.this_month_button.setEnabled(self._month != current)
        self.title.setText(date_text(dates[0], MONTH_YEAR))

        counted = [d for d in self._days if counts(d, work_days, today)]
        met = sum(1 for d in counted if d.goal_met)
        if dates[0] > today:
            head = self.tr("This month has not started yet.")
        else:
            head = self.tr("Goal met on {met} of {days}.").format(
                met=QLocale().toString(met), days=self._days_word(len(counted)))
        streaks = self.tr("Current streak: {current}. Best streak this month: {best}.").format(
            current=self._days_word(self._streaks.current),
            best=self._days_word(self._streaks.best),
        )
        self.summary.setText(f"{head} {streaks}")
        self._routine_days = self._find_routine_days(dates)
        if self._routine_days:
            listed = ", ".join(QLocale().toString(d.day) for d in self._routine_days)
            done = len(self._routine_days)
            self.routine_label.setText(
                plural(self.tr("Daily routine done on %n day(s): {days}.", "", done), done)
                .format(days=listed)
            )
        else:
            self.routine_label.setText(self.tr("No daily routine done this month yet."))
        self.heatmap.setAccessibleDescription(
            f"{self.summary.text()} {self.routine_label.text()}\n{self.heatmap.description()}"
        )

    def _days_word(self, count: int) -> str:
        return plural(self.tr("%n work day(s)", "", count), count)

    def _find_routine_days(self, dates: list[dt.date]) -> list[dt.date]:
        # A day either side covers every UTC offset; the local day decides.
        first = dt.datetime.combine(dates[0], dt.time(), dt.UTC) - dt.timedelta(days=1)
        last = dt.datetime.combine(dates[-1], dt.time(), dt.UTC) + dt.timedelta(days=2)
        # The other computers' too: a routine done at home marks the day here.
        breaks = self._source.breaks_between(first.timestamp(), last.timestamp())
        wanted = set(dates)
        return sorted(d for d in routine_days(breaks) if d in wanted)

    def _current_streak(self, today: dt.date, work_days: frozenset[int]) -> int:
        total = 0
        last = today
        looked = 0
        while looked < _STREAK_CAP_DAYS:
            days = self._source.stats(date_range(last, _STREAK_CHUNK))
            count, ended = current_streak(reversed(days), work_days, today)
            total += count
            if ended:
                return total
            looked += _STREAK_CHUNK
            last -= dt.timedelta(days=_STREAK_CHUNK)
        return total
