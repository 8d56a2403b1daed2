"""The Today view: goal ring, current and longest sit, breaks by outcome, the day's timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from standup_buddy.core.model import local_date
from standup_buddy.core.stats import DayStats
from standup_buddy.textfmt import duration_words, plural
from standup_buddy.ui.progress.figures import (
    LONG_DATE,
    date_text,
    day_break_marks,
    day_segments,
    goal_phrase,
    timeline_span,
)
from standup_buddy.ui.progress.ring import GoalRing
from standup_buddy.ui.progress.source import ProgressSource, system_offset
from standup_buddy.ui.progress.timeline import TimelineStrip

# Rows are split at local midnight and never longer than a (25-hour) day, and
# local days start at most 14 h before UTC midnight: this much either side of
# the date's UTC span holds every row of it.
_MARGIN = 15 * 3600.0


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TodayView(QWidget):
    """Today's figures at a glance; refreshed when shown and once a minute while open."""

    def __init__(self, source: ProgressSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._day: DayStats | None = None

        self.ring = GoalRing()
        self.current_sit = _value_label()
        self.longest_sit = _value_label()
        self.breaks = _value_label()
        self.breaks.setWordWrap(True)
        self.time_split = _value_label()
        self.time_split.setWordWrap(True)
        self.timeline = TimelineStrip()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("todaySummary")

        heading = QLabel(self.tr("Today"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.date_label = QLabel()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Current sit:"), self.current_sit)
        form.addRow(self.tr("Longest sit today:"), self.longest_sit)
        form.addRow(self.tr("Breaks:"), self.breaks)
        form.addRow(self.tr("Sitting today:"), self.time_split)

        facts = QVBoxLayout()
        title_row = QHBoxLayout()
        title_row.addWidget(heading)
        title_row.addWidget(self.date_label)
        title_row.addStretch(1)
        facts.addLayout(title_row)
        facts.addLayout(form)
        facts.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.ring, 0)
        top.addSpacing(self.fontMetrics().height())
        top.addLayout(facts, 1)

        self.panel = QFrame()
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.addLayout(top)
        timeline_title = QLabel(self.tr("The day so far"))
        bold = QFont(timeline_title.font())
        bold.setBold(True)
        timeline_title.setFont(bold)
        timeline_title.setBuddy(self.timeline)
        panel_layout.addWidget(timeline_title)
        panel_layout.addWidget(self.timeline)

        self.extras = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addLayout(self.extras)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def figures(self) -> list[DayStats]:
        """The figures shown: today's, as ``stats --json`` gives them."""
        return [] if self._day is None else [self._day]

    def summary_text(self) -> str:
        """Everything the view shows, as one paragraph of text."""
        return self.summary.text()

    def refresh(self) -> None:
        """Read today's figures and intervals again."""
        source = self._source
        today = source.today()
        day = source.stats([today])[0]
        self._day = day
        self.date_label.setText(date_text(today, LONG_DATE))
        self.ring.set_goal(day.goal_value, day.goal_target, day.goal_metric)

        status = source.status()
        if status is None:
            current = self.tr("not tracking right now")
        elif status.state in ("sitting", "held"):
            current = duration_words(status.sitting_minutes)
        else:
            current = status.summary()
        self.current_sit.setText(current)
        self.longest_sit.setText(duration_words(day.longest_sitting_minutes))
        n = QLocale().toString
        self.breaks.setText(
            self.tr(
                "{completed} completed · {snoozed} snoozed · {skipped} skipped · "
                "{missed} missed · {natural} natural"
            ).format(completed=n(day.breaks_completed), snoozed=n(day.breaks_snoozed),
                     skipped=n(day.breaks_skipped), missed=n(day.breaks_missed),
                     natural=n(day.natural_breaks))
        )
        self.time_split.setText(
            self.tr("{sitting} (standing {standing}, paused {paused})").format(
                sitting=duration_words(day.sitting_minutes),
                standing=duration_words(day.standing_minutes),
                paused=duration_words(day.paused_minutes))
        )

        epoch = dt.date(1970, 1, 1)
        lo = (today - epoch).total_seconds() - _MARGIN
        hi = (today + dt.timedelta(days=1) - epoch).total_seconds() + _MARGIN
        intervals = source.history.intervals_between(lo, hi)
        segments = day_segments(intervals, today)
        marks = day_break_marks(source.history.breaks_between(lo, hi), today)
        now = source.now()
        offset = intervals[-1].utc_offset if intervals else system_offset(now)
        now_minute: float | None = None
        if local_date(now, offset) == today:
            local = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=now + offset)
            now_minute = local.hour * 60 + local.minute + local.second / 60
        span = timeline_span(
            segments,
            source.settings.view.schedule.start,
            source.settings.view.schedule.end,
            now_minute,
        )
        self.timeline.set_day(segments, marks, span, now_minute)

        verdict = self.tr("Goal met") if day.goal_met else self.tr("Goal not met yet")
        self.summary.setText(
            self.tr("{verdict}: {goal}. Current sit: {current}. Longest sit today: {longest}.")
            .format(verdict=verdict, goal=goal_phrase(day), current=current,
                    longest=duration_words(day.longest_sitting_minutes))
            + " "
            + self.tr(
                "Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, "
                "{missed} missed; {natural}."
            ).format(completed=n(day.breaks_completed), snoozed=n(day.breaks_snoozed),
                     skipped=n(day.breaks_skipped), missed=n(day.breaks_missed),
                     natural=plural(self.tr("%n natural break(s)", "", day.natural_breaks),
                                    day.natural_breaks))
        )
        self.panel.setAccessibleName(self.tr("Today"))
        self.panel.setAccessibleDescription(self.summary.text())
