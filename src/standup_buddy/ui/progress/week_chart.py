"""The Week chart: Qt Graphs (QML ``GraphsView``) in a ``QQuickWidget``, fed from Python.

Importing this module loads Qt Quick and Qt Graphs, so only the Progress
window imports it, and the app imports the window only when it is opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from importlib import resources

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QPointF,
    QSize,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWidgets import QSizePolicy, QWidget

from standup_buddy.core.model import GoalMetric
from standup_buddy.core.stats import DayStats
from standup_buddy.textfmt import QT_TRANSLATE_NOOP, duration_words
from standup_buddy.ui.progress.colors import ProgressColors, progress_colors
from standup_buddy.ui.progress.figures import (
    LONG_DATE,
    SHORT_WEEKDAY_DAY,
    WEEKDAY_DAY_MONTH,
    date_text,
    day_details,
    goal_phrase,
    goal_runs,
    metric_name,
    metric_value,
    nice_ceiling,
    number,
    stack,
)
from standup_buddy.ui.theme import is_dark

_QML_FILE = ("standup_buddy.ui.progress", "qml/WeekChart.qml")

_STACK_LABELS: dict[GoalMetric, tuple[str, str]] = {
    GoalMetric.MOVEMENT_MINUTES: (
        QT_TRANSLATE_NOOP("ChartText", "stretch breaks (min)"),
        QT_TRANSLATE_NOOP("ChartText", "natural breaks (min)"),
    ),
    GoalMetric.BREAKS: (
        QT_TRANSLATE_NOOP("ChartText", "stretch breaks"),
        QT_TRANSLATE_NOOP("ChartText", "natural breaks"),
    ),
    GoalMetric.ACTIVE_HOURS: ("active hours", ""),
}

_AXIS_TITLES: dict[GoalMetric, str] = {
    GoalMetric.MOVEMENT_MINUTES: "movement (min)",
    GoalMetric.BREAKS: "breaks",
    GoalMetric.ACTIVE_HOURS: "active hours",
}

# Smallest axis tops, so an empty or quiet week still has a readable scale.
_AXIS_FLOOR: dict[GoalMetric, float] = {
    GoalMetric.MOVEMENT_MINUTES: 30,
    GoalMetric.BREAKS: 6,
    GoalMetric.ACTIVE_HOURS: 6,
}

_prepared = False


def prepare_qt_quick() -> None:
    """Pick a renderer that works here; must run before the first Qt Quick window.

    Headless platforms have no OpenGL context to give, and Qt Quick's software
    renderer draws every Qt Graphs 2D element this chart uses (its grid is
    drawn by the QML file itself, not by the shader-based built-in one), so
    the chart looks the same on a desktop and offscreen.
    """
    global _prepared
    if _prepared:
        return
    _prepared = True
    if QGuiApplication.platformName() in ("offscreen", "minimal", "vnc"):
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)


class WeekChartData(QObject):
    """Everything the QML chart draws, as read-only properties with one change signal."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._categories: list[str] = []
        self._primary: list[float] = []
        self._secondary: list[float] = []
        self._labels = ("", "")
        self._goal_runs: list[list[QPointF]] = []
        self._longest: list[QPointF] = []
        self._checkins: list[QPointF] = []
        self._checkin_visible = False
        self._value_axis = (30.0, 10.0)
        self._longest_axis = (60.0, 15.0)
        self._value_title = ""
        self._tooltips: list[str] = []
        self._today_index = -1
        self._font_pixels = 12
        self._colors: ProgressColors | None = None
        self._dark = False

    # --- what the window sets ------------------------------------------------------------

    def set_week(
        self,
        days: Sequence[DayStats],
        metric: GoalMetric,
        today: dt.date,
        checkins: dict[dt.date, tuple[int, str]],
        show_checkins: bool,
    ) -> None:
        """Lay out ``days`` (Monday first) in ``metric``; does not emit ``changed``."""
        shown = [d.date <= today for d in days]
        self._categories = [date_text(d.date, SHORT_WEEKDAY_DAY) for d in days]
        parts = [stack(d, metric) if s else (0.0, 0.0) for d, s in zip(days, shown, strict=True)]
        self._primary = [p[0] for p in parts]
        self._secondary = [p[1] for p in parts]
        first, second = _STACK_LABELS[metric]
        self._labels = (ChartText.tr(first), ChartText.tr(second) if second else "")
        past = [d for d, s in zip(days, shown, strict=True) if s]
        self._goal_runs = [[QPointF(x, y) for x, y in run] for run in goal_runs(past, metric)]
        # Days before the first record were not tracked: no point at zero.
        self._longest = [
            QPointF(i + 0.5, d.longest_sitting_minutes)
            for i, d in enumerate(past)
            if not d.before_history
        ]
        self._checkins = [
            QPointF(i + 0.5, checkins[d.date][0])
            for i, d in enumerate(past)
            if show_checkins and d.date in checkins
        ]
        # No empty 0-10 axis: only when check-ins are shown and the week has some.
        self._checkin_visible = bool(self._checkins)
        top = max(
            [metric_value(d, metric) for d in past]
            + [float(d.goal_target) for d in past if d.goal_metric is metric]
            + [0.0]
        )
        self._value_axis = nice_ceiling(top * 1.1, _AXIS_FLOOR[metric])
        longest_top = max([d.longest_sitting_minutes for d in past] + [0.0])
        self._longest_axis = nice_ceiling(longest_top * 1.1, 60)
        self._value_title = _AXIS_TITLES[metric]
        self._tooltips = [
            day_details(d, checkins.get(d.date)) if s else date_text(d.date, LONG_DATE)
            for d, s in zip(days, shown, strict=True)
        ]
        self._today_index = next((i for i, d in enumerate(days) if d.date == today), -1)

    def set_look(self, colors: ProgressColors, dark: bool, font_pixels: int) -> None:
        """Colours and text size from the widget; does not emit ``changed``."""
        self._colors = colors
        self._dark = dark
        self._font_pixels = font_pixels

    def legend_items(self) -> list[dict[str, object]]:
        """The legend entries: label, colour, shape."""
        c = self._colors
        if c is None:
            return []
        items: list[dict[str, object]] = [
            {"label": self._labels[0], "color": c.from_breaks, "shape": "box"},
        ]
        if self._labels[1]:
            items.append({"label": self._labels[1], "color": c.from_natural, "shape": "box"})
        items.append({"label": "goal", "color": c.goal, "shape": "dash"})
        items.append({"label": "longest sit", "color": c.longest, "shape": "line"})
        if self._checkin_visible:
            items.append({"label": "check-in score", "color": c.checkin, "shape": "diamond"})
        return items

    # --- what the QML reads ----------------------------------------------------------------

    def _color(self, name: str) -> QColor:
        if self._colors is None:
            return QColor("black")
        value = getattr(self._colors, name)
        assert isinstance(value, QColor)
        return value

    categories = Property(list, lambda self: self._categories, notify=changed)
    primaryValues = Property(list, lambda self: self._primary, notify=changed)
    secondaryValues = Property(list, lambda self: self._secondary, notify=changed)
    primaryLabel = Property(str, lambda self: self._labels[0], notify=changed)
    secondaryLabel = Property(str, lambda self: self._labels[1], notify=changed)
    goalRuns = Property(list, lambda self: self._goal_runs, notify=changed)
    longestPoints = Property(list, lambda self: self._longest, notify=changed)
    checkinPoints = Property(list, lambda self: self._checkins, notify=changed)
    checkinVisible = Property(bool, lambda self: self._checkin_visible, notify=changed)
    valueMax = Property(float, lambda self: self._value_axis[0], notify=changed)
    valueStep = Property(float, lambda self: self._value_axis[1], notify=changed)
    longestMax = Property(float, lambda self: self._longest_axis[0], notify=changed)
    longestStep = Property(float, lambda self: self._longest_axis[1], notify=changed)
    valueTitle = Property(str, lambda self: self._value_title, notify=changed)
    tooltips = Property(list, lambda self: self._tooltips, notify=changed)
    todayIndex = Property(int, lambda self: self._today_index, notify=changed)
    fontPixels = Property(int, lambda self: self._font_pixels, notify=changed)
    dark = Property(bool, lambda self: self._dark, notify=changed)
    legend = Property(list, lambda self: self.legend_items(), notify=changed)
    background = Property(QColor, lambda self: self._color("background"), notify=changed)
    text = Property(QColor, lambda self: self._color("text"), notify=changed)
    muted = Property(QColor, lambda self: self._color("muted"), notify=changed)
    grid = Property(QColor, lambda self: self._color("grid"), notify=changed)
    primaryColor = Property(QColor, lambda self: self._color("from_breaks"), notify=changed)
    secondaryColor = Property(QColor, lambda self: self._color("from_natural"), notify=changed)
    goalColor = Property(QColor, lambda self: self._color("goal"), notify=changed)
    longestColor = Property(QColor, lambda self: self._color("longest"), notify=changed)
    checkinColor = Property(QColor, lambda self: self._color("checkin"), notify=changed)


def chart_description(
    days: Sequence[DayStats],
    metric: GoalMetric,
    today: dt.date,
    checkins: dict[dt.date, tuple[int, str]],
) -> str:
    """The chart's numbers as sentences, one per day (for screen readers)."""
    unit = metric_name(metric)
    lines = []
    for day in days:
        if day.date > today:
            continue
        first, second = stack(day, metric)
        parts = f"{number(metric_value(day, metric))} {unit}"
        if metric is not GoalMetric.ACTIVE_HOURS:
            parts += " " + ChartText.tr(
                "({breaks} from stretch breaks, {natural} from natural breaks)"
            ).format(breaks=number(first), natural=number(second))
        verdict = ChartText.tr("met") if day.goal_met else ChartText.tr("not met")
        line = ChartText.tr(
            "{date}: {parts}; goal {goal}, {verdict}; longest sit {longest}"
        ).format(
            date=date_text(day.date, WEEKDAY_DAY_MONTH), parts=parts, goal=goal_phrase(day),
            verdict=verdict, longest=duration_words(day.longest_sitting_minutes))
        if day.date in checkins:
            line += ChartText.tr("; check-in {score}/10").format(
                score=QLocale().toString(checkins[day.date][0]))
        lines.append(line + ".")
    return "\n".join(lines)


class ChartText:
    """Translation context of the chart's words (``ChartText.tr`` is what lupdate reads)."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ChartText", text)


class WeekChart(QQuickWidget):
    """The chart widget: loads ``qml/WeekChart.qml`` and redraws when its data changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        prepare_qt_quick()
        super().__init__(parent)
        self.data = WeekChartData(self)
        self.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rootContext().setContextProperty("chartData", self.data)
        self._restyle()
        qml = resources.files(_QML_FILE[0]).joinpath(_QML_FILE[1])
        with resources.as_file(qml) as path:
            self.setSource(QUrl.fromLocalFile(str(path)))
        if self.status() is not QQuickWidget.Status.Ready:
            problems = "; ".join(e.toString() for e in self.errors())
            raise RuntimeError(f"the week chart could not be loaded: {problems}")

    def sizeHint(self) -> QSize:
        """Room for seven labelled bars and two axes."""
        line = self.fontMetrics().height()
        return QSize(line * 40, line * 20)

    def minimumSizeHint(self) -> QSize:
        """Labels stay readable down to this."""
        line = self.fontMetrics().height()
        return QSize(line * 24, line * 12)

    def _restyle(self) -> None:
        palette = self.palette()
        pixels = self.fontInfo().pixelSize()
        self.data.set_look(progress_colors(palette), is_dark(palette), pixels)

    def show_week(
        self,
        days: Sequence[DayStats],
        metric: GoalMetric,
        today: dt.date,
        checkins: dict[dt.date, tuple[int, str]],
        show_checkins: bool,
    ) -> None:
        """Draw ``days`` (Monday to Sunday) in ``metric``."""
        self._restyle()
        self.data.set_week(days, metric, today, checkins, show_checkins)
        self.data.changed.emit()

    def restyle(self) -> None:
        """Pick up a new palette or font."""
        self._restyle()
        self.data.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        """Follow palette and font changes (light/dark switch, scale)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.restyle()

    def image(self) -> QImage:
        """The chart as it looks now."""
        return self.grabFramebuffer()
