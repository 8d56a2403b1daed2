"""Today, Week and Month views over a scripted history agree with ``standup-buddy stats --json``.

The history (Europe/Berlin) covers the week of the spring DST change, 23-29
March 2026: goal met and unmet days, a goal raised on the Wednesday, an empty
work day, a Saturday of standing only, and sitting across the 02:00 jump on
Sunday.  The week before is empty.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, QPoint, QRectF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from standup_buddy.cli import main
from standup_buddy.core.model import (
    ActivityKind,
    BreakRecord,
    GoalMetric,
    GoalSetting,
    Interval,
    Outcome,
)
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.services.history import HistoryService
from standup_buddy.session import Status
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore
from standup_buddy.ui.progress.window import ProgressWindow

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = dt.date(2026, 3, 23)
SUNDAY = dt.date(2026, 3, 29)  # clocks go from 02:00 to 03:00
WEEK = [MONDAY + dt.timedelta(days=i) for i in range(7)]
FIRST_DAY = dt.date(2026, 3, 1)


def at(day: dt.date, clock: str) -> tuple[float, int]:
    hours, minutes = (int(p) for p in clock.split(":"))
    local = dt.datetime.combine(day, dt.time(hours, minutes), tzinfo=BERLIN)
    offset = local.utcoffset()
    assert offset is not None
    return local.timestamp(), int(offset.total_seconds())


def span(store: HistoryStore, kind: ActivityKind, day: dt.date, start: str, end: str) -> None:
    begin, offset = at(day, start)
    finish, end_offset = at(day, end)
    assert offset == end_offset, "split spans at the DST change yourself"
    store.add_interval(Interval(kind, begin, finish, offset))


def stretch(store: HistoryStore, day: dt.date, start: str, end: str) -> None:
    """A completed prompted break: the record and its time on the break."""
    begin, offset = at(day, start)
    finish, _ = at(day, end)
    store.add_break(
        BreakRecord(
            due=begin,
            outcome=Outcome.COMPLETED,
            utc_offset=offset,
            prompted=begin,
            started=begin,
            ended=finish,
        )
    )
    store.add_interval(Interval(ActivityKind.BREAK, begin, finish, offset))


def script(store: HistoryStore) -> None:
    sit, natural = ActivityKind.SITTING, ActivityKind.NATURAL_BREAK
    store.set_goal(GoalSetting(GoalMetric.MOVEMENT_MINUTES, 30, FIRST_DAY), 0.0)
    store.set_goal(GoalSetting(GoalMetric.MOVEMENT_MINUTES, 45, WEEK[2]), 0.0)
    mon, tue, wed, thu, fri, sat, sun = WEEK
    # Monday: 20 min stretch + a long lunch capped at 10 -> 30 of 30, met.
    span(store, sit, mon, "09:00", "10:00")
    stretch(store, mon, "10:00", "10:20")
    span(store, sit, mon, "10:20", "11:40")
    span(store, natural, mon, "11:40", "12:40")
    span(store, sit, mon, "12:40", "13:00")
    # Tuesday: 1 h 40 min without a break, a skipped one, 5 min moved: not met.
    span(store, sit, tue, "09:00", "10:40")
    skipped, offset = at(tue, "10:40")
    store.add_break(
        BreakRecord(
            due=skipped,
            outcome=Outcome.SKIPPED,
            utc_offset=offset,
            prompted=skipped,
            ended=skipped,
            snoozes=1,
        )
    )
    span(store, sit, tue, "10:40", "11:00")
    stretch(store, tue, "11:00", "11:05")
    span(store, sit, tue, "11:05", "12:00")
    # Wednesday, goal now 45: 30 + 10 = 40, not met.
    span(store, sit, wed, "09:00", "09:50")
    stretch(store, wed, "09:50", "10:20")
    span(store, natural, wed, "10:20", "10:40")
    span(store, sit, wed, "10:40", "11:30")
    # Thursday and Friday: 50 min each, met.
    for day in (thu, fri):
        span(store, sit, day, "09:00", "09:30")
        stretch(store, day, "09:30", "10:20")
        span(store, sit, day, "10:20", "11:00")
    # Saturday: standing only.  Sunday: sitting across the 02:00 -> 03:00 jump.
    span(store, ActivityKind.STANDING, sat, "10:00", "10:30")
    span(store, sit, sun, "01:30", "02:00")
    span(store, sit, sun, "03:00", "03:30")


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    history = HistoryStore(open_database(resolve_paths().history_db))
    script(history)
    yield history
    history.close()


def cli_days(capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    """``standup-buddy stats --json`` back to the first scripted day, by date."""
    count = (dt.datetime.now().astimezone().date() - FIRST_DAY).days + 1
    assert main(["stats", "--days", str(count), "--json"]) == 0
    return {d["date"]: d for d in json.loads(capsys.readouterr().out)["days"]}


def open_window(qtbot: QtBot, store: HistoryStore, today: dt.date = SUNDAY) -> ProgressWindow:
    now, _ = at(today, "03:40") if today == SUNDAY else at(today, "15:00")
    window = ProgressWindow(
        HistoryService(store, MessageCenter()),
        Settings(),
        today=lambda: today,
        now=lambda: now,
        status_provider=lambda: Status("sitting", 12.0, 30.0, 18.0),
        on_goal_change=lambda metric, target: None,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def goal_at(runs: list[list[tuple[float, float]]], x: float) -> float | None:
    """The goal line's height at slot position ``x`` (None where it has a gap)."""
    for run in runs:
        for (x0, y0), (x1, _y1) in itertools.pairwise(run):
            if x0 < x < x1:
                return y0
    return None


# --- Week ------------------------------------------------------------------------------------


def test_week_view_shows_the_figures_of_stats_json(
    qtbot: QtBot, store: HistoryStore, capsys: pytest.CaptureFixture[str]
) -> None:
    window = open_window(qtbot, store)
    cli = cli_days(capsys)
    shown = window.week_view.figures()
    assert [d.date for d in shown] == WEEK
    assert [d.to_json() for d in shown] == [cli[d.isoformat()] for d in WEEK]


def test_week_sentence_agrees_with_stats_json(
    qtbot: QtBot, store: HistoryStore, capsys: pytest.CaptureFixture[str]
) -> None:
    window = open_window(qtbot, store)
    cli = cli_days(capsys)
    work = [cli[d.isoformat()] for d in WEEK if d.weekday() < 5]
    longest = max((cli[d.isoformat()] for d in WEEK), key=lambda d: d["longest_sitting_minutes"])
    assert sum(bool(d["goal_met"]) for d in work) == 3
    assert longest["date"] == "2026-03-24" and longest["longest_sitting_minutes"] == 100
    assert window.week_view.summary_text() == (
        "Goal met 3 of 5 work days; longest sit 1 h 40 min on Tuesday."
    )


def test_bars_add_up_to_each_days_movement(qtbot: QtBot, store: HistoryStore) -> None:
    window = open_window(qtbot, store)
    data = window.week_view.chart.data
    for index, figures in enumerate(window.week_view.figures()):
        bar = data.primaryValues[index] + data.secondaryValues[index]
        assert round(bar, 1) == figures.movement_minutes
    assert data.primaryValues[0] == 20 and data.secondaryValues[0] == 10  # Monday


def test_goal_line_follows_the_goal_in_force_each_day(
    qtbot: QtBot, store: HistoryStore, capsys: pytest.CaptureFixture[str]
) -> None:
    window = open_window(qtbot, store)
    cli = cli_days(capsys)
    runs = [[(p.x(), p.y()) for p in run] for run in window.week_view.chart.data.goalRuns]
    for index, day in enumerate(WEEK):
        assert goal_at(runs, index + 0.5) == cli[day.isoformat()]["goal_target"]
    assert goal_at(runs, 1.5) == 30 and goal_at(runs, 2.5) == 45
    lines = window.week_view.chart.rootObject().findChild(QObject, "goalLines")
    assert lines.property("count") == len(runs) == 1


def test_longest_sit_is_drawn_as_a_second_series(qtbot: QtBot, store: HistoryStore) -> None:
    window = open_window(qtbot, store)
    points = window.week_view.chart.data.longestPoints
    longest = [d.longest_sitting_minutes for d in window.week_view.figures()]
    assert [(p.x(), p.y()) for p in points] == [(i + 0.5, v) for i, v in enumerate(longest)]
    assert longest[6] == 60  # the DST night: 30 min + 30 min with no break between


def test_hovering_a_day_shows_its_full_figures(qtbot: QtBot, store: HistoryStore) -> None:
    window = open_window(qtbot, store)
    window.tabs.setCurrentWidget(window.week_view)
    chart = window.week_view.chart
    root = chart.rootObject()
    plot = root.property("plot")
    assert isinstance(plot, QRectF) and plot.width() > 0
    tuesday = QPoint(round(plot.x() + plot.width() * 1.5 / 7), round(plot.center().y()))
    QTest.mouseMove(chart, tuesday)
    tooltip = root.findChild(QObject, "tooltip")
    qtbot.waitUntil(lambda: bool(tooltip.property("visible")))
    text = tooltip.property("text")
    assert text.startswith("Tuesday 24 March 2026")
    assert "Goal: 5 of 30 movement minutes (not met)" in text
    assert "Breaks: 1 completed, 1 snoozed, 1 skipped, 0 missed; 0 natural" in text
    assert "longest sit 1 h 40 min" in text


def test_week_navigation(
    qtbot: QtBot, store: HistoryStore, capsys: pytest.CaptureFixture[str]
) -> None:
    window = open_window(qtbot, store)
    view = window.week_view
    assert not view.next_button.isEnabled()
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.monday() == MONDAY - dt.timedelta(days=7)
    assert view.title.text() == "16 – 22 March 2026"
    assert view.summary_text() == "Nothing was recorded this week."
    cli = cli_days(capsys)
    assert [d.to_json() for d in view.figures()] == [
        cli[(view.monday() + dt.timedelta(days=i)).isoformat()] for i in range(7)
    ]
    # The empty week still shows the goal in force then.
    runs = [[(p.x(), p.y()) for p in run] for run in view.chart.data.goalRuns]
    assert goal_at(runs, 3.5) == 30
    assert view.next_button.isEnabled()
    view.next_week()
    assert view.monday() == MONDAY and view.title.text() == "23 – 29 March 2026"
    view.next_week()  # never past the current week
    assert view.monday() == MONDAY


def test_chart_metric_can_be_switched_to_breaks(qtbot: QtBot, store: HistoryStore) -> None:
    window = open_window(qtbot, store)
    view = window.week_view
    view.set_metric(GoalMetric.BREAKS)
    data = view.chart.data
    figures = view.figures()
    assert data.primaryValues == [float(d.breaks_completed) for d in figures]
    assert data.secondaryValues == [float(d.natural_breaks) for d in figures]
    assert data.goalRuns == []  # the goal counted minutes all week: no line in breaks
    assert data.valueTitle == "breaks"


# --- Today -------------------------------------------------------------------------------------


def test_today_view_on_the_dst_day(
    qtbot: QtBot, store: HistoryStore, capsys: pytest.CaptureFixture[str]
) -> None:
    window = open_window(qtbot, store)
    cli = cli_days(capsys)
    today = window.today_view
    assert [d.to_json() for d in today.figures()] == [cli["2026-03-29"]]
    assert today.longest_sit.text() == "1 h"
    assert today.current_sit.text() == "12 min"
    segments = today.timeline.segments()
    assert [(s.kind, s.start_minute, s.end_minute) for s in segments] == [
        (ActivityKind.SITTING, 90.0, 120.0),
        (ActivityKind.SITTING, 180.0, 210.0),
    ]
    strip = today.timeline
    x = (strip._x(180) + strip._x(210)) / 2
    assert strip.tooltip_at(x) == "Sitting 03:00–03:30 (30 min)"
    assert "0 of 45 movement minutes" in today.summary_text()


def test_today_view_counts_breaks_by_outcome(qtbot: QtBot, store: HistoryStore) -> None:
    window = open_window(qtbot, store, today=WEEK[1])
    today = window.today_view
    assert today.breaks.text() == "1 completed · 1 snoozed · 1 skipped · 0 missed · 0 natural"
    # Cut, never rounded up (16.7 % shows as 16 %): the one rounding rule.
    assert today.ring.text() == "5 of 30 movement minutes (16 %)"
    assert today.ring.accessibleDescription() == today.ring.text()
    kinds = [s.kind for s in today.timeline.segments()]
    assert kinds.count(ActivityKind.BREAK) == 1 and kinds.count(ActivityKind.SITTING) == 3


def test_today_view_says_one_natural_break_in_the_singular(
    qtbot: QtBot, store: HistoryStore
) -> None:
    monday = open_window(qtbot, store, today=WEEK[0]).today_view
    assert monday.figures()[0].natural_breaks == 1
    assert monday.summary_text().endswith("0 missed; 1 natural break.")
    tuesday = open_window(qtbot, store, today=WEEK[1]).today_view
    assert tuesday.summary_text().endswith("0 missed; 0 natural breaks.")


def test_today_view_without_a_running_app(qtbot: QtBot, store: HistoryStore) -> None:
    window = ProgressWindow(
        HistoryService(store, MessageCenter()),
        Settings(),
        lambda: SUNDAY,
        lambda: at(SUNDAY, "09:00")[0],
        lambda: None,
        lambda metric, target: None,
    )
    qtbot.addWidget(window)
    assert window.today_view.current_sit.text() == "not tracking right now"


# --- Month ---------------------------------------------------------------------------------------


def test_month_view_heat_map_and_streaks(
    qtbot: QtBot, store: HistoryStore, capsys: pytest.CaptureFixture[str]
) -> None:
    window = open_window(qtbot, store)
    cli = cli_days(capsys)
    month = window.month_view
    shown = month.figures()
    assert [d.to_json() for d in shown] == [cli[d.date.isoformat()] for d in shown]
    assert len(shown) == 31 and shown[0].date == FIRST_DAY
    assert month.streaks().current == 2  # Thu + Fri; the weekend does not break it
    assert month.streaks().best == 2
    assert month.summary_text() == (
        # Only the work days since the first record (Monday 23rd) count.
        "Goal met on 3 of 5 work days. Current streak: 2 work days. "
        "Best streak this month: 2 work days."
    )
    heatmap = month.heatmap
    cell = heatmap.cell_rect(MONDAY).center()
    tip = heatmap.tooltip_at(cell.x(), cell.y())
    assert tip.startswith("Monday 23 March 2026") and "30 of 30 movement minutes (met)" in tip
    assert "Wed 25 Mar: 40 of 45 movement minutes, goal not met" in heatmap.accessibleDescription()


def test_month_navigation_stops_at_the_current_month(qtbot: QtBot, store: HistoryStore) -> None:
    window = open_window(qtbot, store)
    month = window.month_view
    assert not month.next_button.isEnabled()
    month.previous_month()
    assert month.month() == (2026, 2) and month.title.text() == "February 2026"
    assert len(month.figures()) == 28
    month.next_month()
    month.next_month()
    assert month.month() == (2026, 3)


def test_days_before_the_first_record_draw_no_longest_sit(qtbot: QtBot) -> None:
    # A first week: the app arrived on Wednesday. Monday and Tuesday were not
    # tracked, so the chart must not claim a 0-minute longest sit there. (The
    # goal line stays: it shows the target in force, not a measurement.)
    history = HistoryStore(open_database(resolve_paths().history_db))
    wed = WEEK[2]
    span(history, ActivityKind.SITTING, wed, "09:00", "09:40")
    stretch(history, wed, "09:40", "09:45")
    window = open_window(qtbot, history, today=wed)
    data = window.week_view.chart.data
    assert [(p.x(), p.y()) for p in data.longestPoints] == [(2.5, 40.0)]
    assert data.primaryValues[2] == 5
    history.close()


@pytest.mark.parametrize(("value", "share"), [(0.15, 0), (15.0, 50), (29.9, 99), (45.0, 150)])
def test_the_goal_ring_draws_the_share_its_words_say(
    qtbot: QtBot, value: float, share: int
) -> None:
    from PySide6.QtGui import QColor

    from standup_buddy.core.model import GoalMetric
    from standup_buddy.ui.progress.colors import progress_colors
    from standup_buddy.ui.progress.ring import GoalRing

    ring = GoalRing()
    qtbot.addWidget(ring)
    ring.resize(200, 200)
    ring.set_goal(value, 30, GoalMetric.MOVEMENT_MINUTES)
    assert f"({share} %)" in ring.text()
    image = ring.grab().toImage()
    fill = progress_colors(ring.palette()).from_breaks

    def filled(x: int, y: int) -> bool:
        c = QColor(image.pixel(x, y))
        return abs(c.red() - fill.red()) + abs(c.green() - fill.green()) + abs(
            c.blue() - fill.blue()) < 40

    # The arc runs clockwise from 12 o'clock; sample it just past the start,
    # at 3, just past 6 and just before 12 again (the ring's stroke centre).
    import math

    side = 200
    thickness = max(6.0, side * 0.09)
    radius = (side - thickness) / 2
    drawn = []
    for degrees in (3, 90, 200, 357):
        angle = math.radians(degrees)
        x = round(side / 2 + radius * math.sin(angle))
        y = round(side / 2 - radius * math.cos(angle))
        drawn.append(filled(x, y))
    expected = [share * 3.6 > d for d in (3, 90, 200, 357)]
    assert drawn == expected, f"{value} min of 30 ({share} %)"
