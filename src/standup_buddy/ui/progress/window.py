"""The Progress window: Today, Week and Month views, the goal editor, exports.

The app imports this module only when the user opens the window: it pulls in
Qt Quick and Qt Graphs (through the week chart), which the tray never needs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent, QImage, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from standup_buddy.core.model import GoalMetric
from standup_buddy.services.history import DatabaseError, HistoryService
from standup_buddy.session import Status
from standup_buddy.settings import Settings
from standup_buddy.textfmt import QT_TRANSLATE_NOOP, plural
from standup_buddy.ui.progress.checkin import CheckInWidget, Confirm
from standup_buddy.ui.progress.figures import metric_name
from standup_buddy.ui.progress.goal_editor import GoalEditor
from standup_buddy.ui.progress.month_view import MonthView
from standup_buddy.ui.progress.source import ProgressSource
from standup_buddy.ui.progress.today_view import TodayView
from standup_buddy.ui.progress.trend_view import TrendView
from standup_buddy.ui.progress.week_view import WeekView

#: (parent, caption, suggested path, filter) -> (chosen path or "", chosen filter).
#: The signature of ``QFileDialog.getSaveFileName``; tests pass their own.
FileChooser = Callable[[QWidget, str, str, str], tuple[str, str]]

TITLE = "Standup Buddy: Progress"
# Translated where the file dialog is opened (the patterns stay as they are).
_CSV_FILTER = QT_TRANSLATE_NOOP("ProgressWindow", "CSV table (*.csv)")
_JSON_FILTER = "JSON (*.json)"
_PNG_FILTER = QT_TRANSLATE_NOOP("ProgressWindow", "PNG image (*.png)")


class ProgressWindow(QWidget):
    """Daily movement against the goal: today, by week, by month.

    ``today`` returns the local date, ``now`` the UTC instant in seconds,
    ``status_provider`` the running app's ``Status`` (or None), and
    ``on_goal_change(metric, target)`` is called when the user sets a new
    goal; the app records it (``store.set_goal``, effective today) and saves
    the settings, then the window redraws from the store.
    """

    #: How often the open window re-reads today's figures.
    REFRESH_MS = 60_000

    def __init__(  # noqa: PLR0917 - the app passes its six collaborators in this order
        self,
        store: HistoryService,
        settings: Settings,
        today: Callable[[], dt.date],
        now: Callable[[], float],
        status_provider: Callable[[], Status | None],
        on_goal_change: Callable[[GoalMetric, int], None],
        *,
        file_chooser: FileChooser | None = None,
        confirm: Confirm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.source = ProgressSource(store, settings, today, now, status_provider)
        self._on_goal_change = on_goal_change
        self._choose_file: FileChooser = file_chooser or QFileDialog.getSaveFileName

        self.today_view = TodayView(self.source)
        self.checkin = CheckInWidget(store, today, now, confirm)
        self.today_view.extras.addWidget(self.checkin)
        self.week_view = WeekView(self.source)
        self.month_view = MonthView(self.source)
        self.trend_view = TrendView(self.source)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.today_view, self.tr("&Today"))
        self.tabs.addTab(self.week_view, self.tr("&Week"))
        self.tabs.addTab(self.month_view, self.tr("&Month"))
        self.tabs.addTab(self.trend_view, self.tr("T&rends"))

        self.goal_editor = GoalEditor(self.source.history.default_goal(self.source.settings))
        self.export_image_button = QPushButton(self.tr("Save chart as image…"))
        self.export_history_button = QPushButton(self.tr("Export history…"))
        self.message = QLabel()
        self.message.setObjectName("progressMessage")
        self.message.setWordWrap(True)

        footer = QHBoxLayout()
        footer.addWidget(self.goal_editor)
        footer.addStretch(1)
        footer.addWidget(self.export_image_button)
        footer.addWidget(self.export_history_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)
        layout.addWidget(self.message)

        self._timer = QTimer(self)
        self._timer.setInterval(self.REFRESH_MS)
        self._timer.timeout.connect(self._refresh_current)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current())
        self.goal_editor.goal_requested.connect(self._goal_requested)
        self.checkin.changed.connect(self._checkins_changed)
        self.export_image_button.clicked.connect(self.export_image)
        self.export_history_button.clicked.connect(self.export_history)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

        line = self.fontMetrics().height()
        self.resize(line * 52, line * 42)
        self.refresh()

    # --- refreshing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read everything (after a goal change, new settings, or on opening)."""
        self.checkin.setVisible(self.source.settings.view.checkin.enabled)
        self.checkin.refresh()
        self.goal_editor.set_current(self.source.goal_today())
        self.today_view.refresh()
        self.week_view.refresh()
        self.month_view.refresh()
        if self.tabs.currentWidget() is self.trend_view:
            self.trend_view.refresh()  # twelve weeks: read only while on screen

    def set_settings(self, settings: Settings) -> None:
        """Use new settings (work days, default goal, check-in switch) and redraw."""
        self.source.settings = settings
        self.refresh()

    def _refresh_current(self) -> None:
        self.goal_editor.set_current(self.source.goal_today())
        view = self.tabs.currentWidget()
        if isinstance(view, TodayView | WeekView | MonthView | TrendView):
            view.refresh()

    def _goal_requested(self, metric: GoalMetric, target: int) -> None:
        try:
            self._on_goal_change(metric, target)
        except DatabaseError as exc:  # a full disk or a read-only folder: say so, keep going
            self.message.setText(
                self.tr("The new goal could not be saved: {error}").format(error=exc)
            )
            return
        self.refresh()
        self.message.setText(
            self.tr(
                "New goal: {target} {metric} a day, from today. Past days keep the goal they had."
            ).format(target=QLocale().toString(target), metric=metric_name(metric))
        )

    def _checkins_changed(self) -> None:
        self.week_view.refresh()
        self.month_view.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Refresh and keep today's figures current while open."""
        super().showEvent(event)
        self._refresh_current()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """No timer while hidden."""
        self._timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop refreshing; the app decides whether to keep or drop the window."""
        self._timer.stop()
        super().closeEvent(event)

    # --- exports -------------------------------------------------------------------------------

    def chart_image(self) -> QImage:
        """The chart of the tab shown, as an image."""
        view = self.tabs.currentWidget()
        if view is self.week_view:
            return self.week_view.chart.image()
        if view is self.month_view:
            return self.month_view.heatmap.grab().toImage()
        return self.today_view.panel.grab().toImage()

    def _suggested_name(self, stem: str, suffix: str) -> str:
        return str(Path.home() / f"standup-buddy-{stem}-{self.source.today().isoformat()}{suffix}")

    def export_image(self) -> Path | None:
        """Save the visible chart as a PNG the user picks; returns where it went."""
        view = self.tabs.currentWidget()
        stem = {self.week_view: "week", self.month_view: "month"}.get(view, "today")
        chosen, _filter = self._choose_file(
            self, self.tr("Save chart as image"), self._suggested_name(stem, ".png"),
            self.tr(_PNG_FILTER),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        if not self.chart_image().save(str(path)):
            self.message.setText(self.tr("Could not save the image to {path}.").format(path=path))
            return None
        self.message.setText(self.tr("Saved the chart to {path}.").format(path=path))
        return path

    def export_history(self) -> Path | None:
        """Write the whole history as CSV or JSON (``standup-buddy export``); returns the file."""
        chosen, chosen_filter = self._choose_file(
            self,
            self.tr("Export history"),
            self._suggested_name("history", ".csv"),
            f"{self.tr(_CSV_FILTER)};;{_JSON_FILTER}",
        )
        if not chosen:
            return None
        path = Path(chosen)
        suffix = path.suffix.lower()
        if suffix in (".csv", ".json"):
            fmt = suffix[1:]
        else:
            fmt = "json" if chosen_filter == _JSON_FILTER else "csv"
            path = path.with_name(f"{path.name}.{fmt}")
        count = self.source.history.export(fmt, path)
        if count is None:
            self.message.setText(
                self.tr("Could not write the export: {problem}.").format(
                    problem=self.source.history.last_problem
                )
            )
            return None
        self.message.setText(
            plural(self.tr("Exported %n record(s) to {path}.", "", count), count).format(path=path)
        )
        return path
