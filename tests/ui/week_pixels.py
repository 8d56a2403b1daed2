"""Measure the real Week chart in pixels: bar tops, gridlines and the goal line.

Used in-process (1x) by ``test_week_chart_pixels.py`` and, for other device
pixel ratios, run as ``python tests/ui/week_pixels.py`` under
``QT_SCALE_FACTOR`` (the ratio is fixed when the application starts), printing
the problems it found as JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence

from PySide6.QtGui import QColor, QImage

from standup_buddy.core.model import GoalMetric
from standup_buddy.core.stats import DayStats

MONDAY = dt.date(2026, 11, 30)
"""The Monday of the running week; "today" in these pictures."""

#: (stretch-break minutes, natural-break minutes) for Monday to Sunday, per week;
#: the weeks have different maxima so the axis changes between them.
WEEKS: tuple[tuple[tuple[float, float], ...], ...] = (
    # The running week on its Monday: what the window opens on.
    ((12.5, 15.7), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 0)),
    ((12.5, 15.7), (20.0, 4.0), (8.0, 1.0), (25.0, 10.0), (5.0, 2.5), (0, 0), (0, 0)),
    ((17.4, 10.0), (21.2, 8.3), (11.5, 30.0), (18.0, 25.2), (10.1, 10.0), (0, 0), (0, 0)),
    ((3.0, 1.0), (4.0, 2.0), (2.0, 6.0), (5.0, 0.5), (1.0, 1.0), (0, 0), (0, 0)),
    ((60.0, 35.5), (80.0, 40.0), (12.0, 3.0), (45.0, 17.0), (100.0, 20.0), (30.0, 0), (0, 0)),
)
GOAL = 30


def day_stats(day: dt.date, first: float, second: float, goal: int = GOAL) -> DayStats:
    """A day with only the figures the chart draws set."""
    movement = round(first + second, 1)
    return DayStats(
        date=day,
        sitting_minutes=120.0,
        longest_sitting_minutes=45.0,
        standing_minutes=0.0,
        paused_minutes=0.0,
        breaks_completed=3,
        breaks_skipped=0,
        breaks_snoozed=0,
        breaks_missed=0,
        break_minutes=first,
        natural_breaks=1,
        natural_break_minutes=second,
        movement_minutes=movement,
        movement_from_breaks=first,
        movement_from_natural=second,
        active_hours=3,
        goal_metric=GoalMetric.MOVEMENT_MINUTES,
        goal_target=goal,
        goal_value=movement,
        goal_met=movement >= goal,
    )


def week(index: int) -> list[DayStats]:
    """Week ``index`` of ``WEEKS``, Monday ``index`` weeks before ``MONDAY``."""
    monday = MONDAY - dt.timedelta(days=7 * index)
    return [day_stats(monday + dt.timedelta(days=i), a, b) for i, (a, b) in enumerate(WEEKS[index])]


def _near(image: QImage, x: int, y: int, color: QColor, tolerance: int = 40) -> bool:
    pixel = image.pixelColor(x, y)
    return (
        abs(pixel.red() - color.red())
        + abs(pixel.green() - color.green())
        + abs(pixel.blue() - color.blue())
        <= tolerance
    )


def gridlines(image: QImage, grid: QColor, probes: Sequence[int]) -> list[int]:
    """Rows where a horizontal gridline crosses any of the columns ``probes``, top first.

    Several columns, because the dashed goal line hides a gridline in places.
    """
    rows = sorted(
        {y for x in probes for y in range(image.height()) if _near(image, x, y, grid, 12)}
    )
    merged: list[int] = []
    for y in rows:
        if merged and y - merged[-1] <= 1:
            continue
        merged.append(y)
    return merged


def bar_runs(image: QImage, y: int, colors: Sequence[QColor]) -> list[tuple[int, int]]:
    """Horizontal runs (first x, last x) of bar-coloured pixels along row ``y``."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for x in range(image.width() + 1):
        inside = x < image.width() and any(_near(image, x, y, c) for c in colors)
        if inside and start is None:
            start = x
        elif not inside and start is not None:
            if x - start >= 4:
                runs.append((start, x - 1))
            start = None
    return runs


def top_of(image: QImage, x: int, bottom: int, colors: Sequence[QColor], upper: int) -> int:
    """The first row from ``upper`` down where column ``x`` turns bar-coloured for good.

    "For good" means four rows in a row, so a 2-pixel line drawn across the
    bar does not count as its top.
    """

    def bar(y: int) -> bool:
        return any(_near(image, x, y, c) for c in colors)

    for y in range(upper, bottom + 1):
        if all(bar(y + k) for k in range(4) if y + k <= bottom):
            return y
    return bottom


def measure(chart: object, days: Sequence[DayStats]) -> list[str]:
    """Problems found comparing the drawn chart with ``days`` (empty when all agree)."""
    from standup_buddy.ui.progress.week_chart import WeekChart

    assert isinstance(chart, WeekChart)
    # One known pixel format, whatever the renderer hands back.
    image = chart.grabFramebuffer().convertToFormat(QImage.Format.Format_ARGB32)
    data = chart.data
    colors = data._colors
    assert colors is not None
    ratio = image.devicePixelRatio()
    value_max, step = data._value_axis
    problems: list[str] = []
    bar_colors = (colors.from_breaks, colors.from_natural)

    # The plot: gridlines found in the image give the scale, in device pixels.
    lines = gridlines(image, colors.grid, [int(image.width() * f) for f in (0.09, 0.095, 0.1)])
    expected_lines = round(value_max / step) + 1
    if len(lines) < expected_lines:
        return [f"found {len(lines)} gridlines, expected {expected_lines}: {lines}"]
    lines = lines[-expected_lines:]
    zero, top = lines[-1], lines[0]
    per_unit = (zero - top) / value_max
    for k, y in enumerate(reversed(lines)):
        want = zero - k * step * per_unit
        if abs(y - want) > 1.5 * ratio:
            problems.append(f"gridline {k * step:g} at y={y}, expected {want:.1f}")

    runs = bar_runs(image, zero - int(2 * ratio), bar_colors)
    drawn = [d for d in days if d.movement_minutes > 0]
    if len(runs) != len(drawn):
        return [*problems, f"found {len(runs)} bars, expected {len(drawn)}: {runs}"]
    for day, (left, right) in zip(drawn, runs, strict=True):
        # Near the bar's edges: the longest-sit markers sit on its middle.
        edges = (left + int(3 * ratio), right - int(3 * ratio))
        base = zero - int(2 * ratio)
        top_y = min(top_of(image, x, base, bar_colors, top - 2) for x in edges)
        shown = (zero - top_y) / per_unit
        if abs(top_y - (zero - day.movement_minutes * per_unit)) > 2 * ratio:
            problems.append(
                f"{day.date:%a %d %b}: bar drawn at {shown:.1f}, figure {day.movement_minutes:g}"
            )
        first_top = min(top_of(image, x, base, (colors.from_breaks,), top_y) for x in edges)
        if abs(first_top - (zero - day.movement_from_breaks * per_unit)) > 2 * ratio:
            problems.append(
                f"{day.date:%a %d %b}: stretch part drawn at {(zero - first_top) / per_unit:.1f}, "
                f"figure {day.movement_from_breaks:g}"
            )
        met_drawn = shown + 2 * ratio / per_unit >= day.goal_target
        if met_drawn != day.goal_met and abs(shown - day.goal_target) > 2 * ratio / per_unit:
            problems.append(f"{day.date:%a %d %b}: drawn met={met_drawn}, figure {day.goal_met}")

    # The goal line: dashed, so look along the columns between the plot's left
    # edge and the first bar (the line runs over the days that have begun).
    goal_rows = [
        y
        for x in range(runs[0][0] - int(12 * ratio), runs[0][0] - int(2 * ratio))
        for y in range(top - 2, zero + 2)
        if _near(image, x, y, colors.goal, 60)
    ]
    if not goal_rows:
        problems.append("no goal line found")
    else:
        goal_y = sorted(goal_rows)[len(goal_rows) // 2]
        want = zero - GOAL * per_unit
        if abs(goal_y - want) > 2 * ratio:
            problems.append(f"goal line at y={goal_y}, expected {want:.1f}")
    return problems


def _settle(app: object, chart: object) -> None:
    """Process events until two grabs in a row are the same picture (bounded)."""
    from PySide6.QtWidgets import QApplication

    from standup_buddy.ui.progress.week_chart import WeekChart

    assert isinstance(app, QApplication) and isinstance(chart, WeekChart)
    previous = None
    for _ in range(100):
        app.processEvents()
        image = chart.grabFramebuffer()
        if previous is not None and image == previous:
            return
        previous = image


def render_and_measure(order: Sequence[int]) -> dict[str, list[str]]:
    """Show the weeks in ``order`` one after another in one chart; problems per week."""
    from PySide6.QtWidgets import QApplication

    from standup_buddy.ui.progress.week_chart import WeekChart

    app = QApplication.instance() or QApplication(sys.argv)
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    chart = WeekChart()
    chart.resize(800, 400)
    chart.show()
    # No hover outline or tooltip over the bars, wherever earlier tests left the
    # pointer: it rests on the legend's corner, outside the plot.
    QTest.mouseMove(chart, QPoint(1, 1))
    found: dict[str, list[str]] = {}
    today = MONDAY
    for index in order:
        days = week(index)
        chart.show_week(days, GoalMetric.MOVEMENT_MINUTES, today, {}, False)
        _settle(app, chart)
        found[str(index)] = measure(chart, days)
    chart.close()
    chart.deleteLater()
    return found


if __name__ == "__main__":
    print(json.dumps(render_and_measure([int(a) for a in sys.argv[1:]])))
