"""The Week view: the chart of one Monday-to-Sunday week, navigation, and a plain sentence."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from standup_buddy.core.model import GoalMetric
from standup_buddy.core.skip_budget import week_budget
from standup_buddy.core.stats import DayStats
from standup_buddy.i18n.qt import first_weekday
from standup_buddy.settings.break_rules import weekly_skip_budget
from standup_buddy.textfmt import WORDS
from standup_buddy.ui.progress.figures import (
    DAY_MONTH,
    DAY_MONTH_YEAR,
    DAY_ONLY,
    METRIC_NAMES,
    SHORT_WEEKDAY,
    WEEKDAY_DAY_MONTH,
    capitalized,
    date_text,
    metric_name,
    week_of,
    week_sentence,
)
from standup_buddy.ui.progress.source import ProgressSource
from standup_buddy.ui.progress.week_chart import WeekChart, chart_description

_ONE_WEEK = dt.timedelta(days=7)


def week_title(monday: dt.date) -> str:
    """``23 – 29 March 2026`` (or across months, ``30 March – 5 April 2026``)."""
    sunday = monday + dt.timedelta(days=6)
    last = date_text(sunday, DAY_MONTH_YEAR)
    if monday.month == sunday.month:
        first = date_text(monday, DAY_ONLY)
    elif monday.year == sunday.year:
        first = date_text(monday, DAY_MONTH)
    else:
        first = date_text(monday, DAY_MONTH_YEAR)
    return QCoreApplication.translate("WeekView", "{first} – {last}").format(first=first, last=last)


def micro_row_text(days: list[dt.date], counts: list[int], today: dt.date) -> str:
    """``Micro-pauses taken: Mon 3 · Tue 5 · Wed –`` (days still to come get a dash)."""
    cells = [
        f"{date_text(day, SHORT_WEEKDAY)} {'–' if day > today else WORDS.number(count)}"
        for day, count in zip(days, counts, strict=True)
    ]
    return QCoreApplication.translate(
        "WeekView", "Micro-pauses taken: {days}  (not counted as movement)"
    ).format(days=" · ".join(cells))


class WeekView(QWidget):
    """One week of figures; starts on the current week."""

    def __init__(self, source: ProgressSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        # The locale's first day of the week (Sunday in the US, Saturday in Arabic).
        self._first = first_weekday()
        self._monday = week_of(source.today(), self._first)[0]
        self._days: list[DayStats] = []
        self._chosen_metric: GoalMetric | None = None

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.title = QLabel()
        self.title.setObjectName("weekTitle")
        self.metric_box = QComboBox()
        self.metric_box.setAccessibleName(self.tr("Chart shows"))
        for metric, (name, _unit) in METRIC_NAMES.items():
            self.metric_box.addItem(name.capitalize(), metric.value)
        self.checkin_box = QCheckBox(self.tr("Show check-in scores"))

        self.chart = WeekChart()
        self.sentence = QLabel()
        self.sentence.setObjectName("weekSentence")
        self.sentence.setWordWrap(True)
        # Micro-pauses are their own series, never part of the movement bars.
        self.micro_row = QLabel()
        self.micro_row.setObjectName("microRow")
        self.micro_row.setWordWrap(True)
        self.micro_row.setAccessibleName(self.tr("Micro-pauses taken per day"))
        self._micro: list[int] = []
        self.budget_label = QLabel()
        self.budget_label.setObjectName("skipBudget")
        self.budget_label.setWordWrap(True)

        header = QHBoxLayout()
        header.addWidget(self.previous_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.next_button)
        header.addWidget(self.this_week_button)
        options = QHBoxLayout()
        shows = QLabel(self.tr("Chart shows:"))
        shows.setBuddy(self.metric_box)
        options.addWidget(shows)
        options.addWidget(self.metric_box)
        options.addSpacing(self.fontMetrics().height())
        options.addWidget(self.checkin_box)
        options.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(options)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.sentence)
        layout.addWidget(self.micro_row)
        layout.addWidget(self.budget_label)
        self.screen_label = QLabel()
        self.screen_label.setObjectName("screenTimeCap")
        self.screen_label.setWordWrap(True)
        layout.addWidget(self.screen_label)

        self.previous_button.clicked.connect(self.previous_week)
        self.next_button.clicked.connect(self.next_week)
        self.this_week_button.clicked.connect(self.this_week)
        self.metric_box.activated.connect(self._metric_chosen)
        self.checkin_box.toggled.connect(lambda _on: self.refresh())

    # --- what tests and screen readers read --------------------------------------------

    def figures(self) -> list[DayStats]:
        """The seven days drawn, the locale's first day first, as ``stats --json`` gives them."""
        return list(self._days)

    def summary_text(self) -> str:
        """The sentence under the chart."""
        return self.sentence.text()

    def micro_pauses(self) -> list[int]:
        """Micro-pauses taken on each of the seven days, Monday first."""
        return list(self._micro)

    def budget_text(self) -> str:
        """The skip budget line ("" when no budget is set)."""
        return self.budget_label.text() if self.budget_label.isVisibleTo(self) else ""

    def screen_time_text(self) -> str:
        """The days the screen-time cap was reached ("" when none this week)."""
        return self.screen_label.text() if self.screen_label.isVisibleTo(self) else ""

    def monday(self) -> dt.date:
        """The first day of the week shown (a Monday unless the locale starts elsewhere)."""
        return self._monday

    def chart_metric(self) -> GoalMetric:
        """The unit the bars are drawn in."""
        return GoalMetric(self.metric_box.currentData())

    # --- navigation ------------------------------------------------------------------------

    def show_week(self, day: dt.date) -> None:
        """Show the week holding ``day`` (never a week after the current one)."""
        monday = week_of(day, self._first)[0]
        self._monday = min(monday, week_of(self._source.today(), self._first)[0])
        self.refresh()

    def previous_week(self) -> None:
        """One week back."""
        self.show_week(self._monday - _ONE_WEEK)

    def next_week(self) -> None:
        """One week on (up to the current week)."""
        self.show_week(self._monday + _ONE_WEEK)

    def this_week(self) -> None:
        """Back to the week holding today."""
        self.show_week(self._source.today())

    def set_metric(self, metric: GoalMetric | None) -> None:
        """Draw bars in ``metric``; None follows the goal in force."""
        self._chosen_metric = metric
        self.refresh()

    def _metric_chosen(self, index: int) -> None:
        self.set_metric(GoalMetric(self.metric_box.itemData(index)))

    # --- drawing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the week's figures again and redraw."""
        source = self._source
        today = source.today()
        days = week_of(self._monday, self._first)
        self._days = source.stats(days)
        checkin_on = source.settings.view.checkin.enabled
        self.checkin_box.setVisible(checkin_on)
        show_checkins = checkin_on and self.checkin_box.isChecked()
        checkins = source.checkins(days[0], days[-1])
        metric = self._chosen_metric or self._goal_metric(today)
        self.metric_box.setCurrentIndex(self.metric_box.findData(metric.value))

        current = week_of(today, self._first)[0]
        self.next_button.setEnabled(self._monday < current)
        self.this_week_button.setEnabled(self._monday != current)
        self.title.setText(week_title(self._monday))

        self.chart.show_week(self._days, metric, today, checkins, show_checkins)
        sentence = week_sentence(self._days, source.work_days(), today)
        self.sentence.setText(sentence)
        budget = week_budget(weekly_skip_budget(source.settings), self._days)
        self.budget_label.setVisible(budget is not None)
        if budget is not None:
            self.budget_label.setText(budget.sentence(current_week=self._monday == current))
            sentence = f"{sentence}\n{self.budget_label.text()}"
        capped = [
            date_text(d.date, WEEKDAY_DAY_MONTH) for d in self._days if d.screen_time_cap_reached
        ]
        self.screen_label.setVisible(bool(capped))
        if capped:
            self.screen_label.setText(
                self.tr("Screen-time limit reached: {days}.").format(days=", ".join(capped))
            )
            sentence = f"{sentence}\n{self.screen_label.text()}"
        self.chart.setAccessibleName(
            self.tr("{metric} per day, week of {week}").format(
                metric=capitalized(metric_name(metric)), week=week_title(self._monday)
            )
        )
        described = chart_description(self._days, metric, today, checkins)
        self.chart.setAccessibleDescription(f"{sentence}\n{described}".strip())
        self._micro = source.micro_pauses(days)
        shown = source.settings.view.micro.enabled or any(self._micro)
        self.micro_row.setVisible(shown)
        self.micro_row.setText(micro_row_text(days, self._micro, today) if shown else "")

    def _goal_metric(self, today: dt.date) -> GoalMetric:
        """The goal's unit on the last day shown that has begun."""
        shown = [d for d in self._days if d.date <= today]
        return shown[-1].goal_metric if shown else self._source.goal_today().metric
