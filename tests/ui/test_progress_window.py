"""The Progress window as a whole: goal editor, exports, palette, accessibility, speed."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tools.synthetic import ZONE, generate, write

from standup_buddy.cli import main
from standup_buddy.core.model import ActivityKind, GoalMetric, GoalSetting, Interval
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.services.history import HistoryService
from standup_buddy.session import Status
from standup_buddy.settings import Settings
from standup_buddy.storage.database import DatabaseError, open_database
from standup_buddy.storage.history import HistoryStore
from standup_buddy.ui.progress.window import ProgressWindow

THURSDAY = dt.date(2026, 3, 26)
NOW = dt.datetime.combine(THURSDAY, dt.time(15, 0), tzinfo=ZONE).timestamp()


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    history = HistoryStore(open_database(resolve_paths().history_db))
    yield history
    history.close()


class Chooser:
    """Stands in for QFileDialog.getSaveFileName: answers with a prepared path."""

    def __init__(self, answer: Path | None, selected_filter: str = "") -> None:
        self.answer = answer
        self.selected_filter = selected_filter
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, parent: QWidget, caption: str, path: str, filters: str) -> tuple[str, str]:
        self.asked.append((caption, path, filters))
        return ("" if self.answer is None else str(self.answer)), self.selected_filter


def make_window(
    qtbot: QtBot,
    store: HistoryStore,
    chooser: Chooser | None = None,
    goals: list[tuple[GoalMetric, int]] | None = None,
) -> ProgressWindow:
    def record_goal(metric: GoalMetric, target: int) -> None:
        # What the app does: goal history from today on (the settings save is its business).
        store.set_goal(GoalSetting(metric, target, THURSDAY), NOW)
        if goals is not None:
            goals.append((metric, target))

    window = ProgressWindow(
        HistoryService(store, MessageCenter()),
        Settings(),
        today=lambda: THURSDAY,
        now=lambda: NOW,
        status_provider=lambda: Status("sitting", 20.0, 30.0, 10.0),
        on_goal_change=record_goal,
        file_chooser=chooser,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def fill_week(store: HistoryStore) -> None:
    write(store, generate(THURSDAY, 10, seed=3))


def distinct_colors(image: QImage) -> int:
    colors = set()
    for x in range(0, image.width(), max(1, image.width() // 60)):
        for y in range(0, image.height(), max(1, image.height() // 60)):
            colors.add(image.pixel(x, y))
    return len(colors)


def test_title_and_views(qtbot: QtBot, store: HistoryStore) -> None:
    window = make_window(qtbot, store)
    assert window.windowTitle() == "Standup Buddy: Progress"
    assert [window.tabs.tabText(i).replace("&", "") for i in range(3)] == ["Today", "Week", "Month"]


def test_goal_change_takes_effect_today_and_leaves_past_days_alone(
    qtbot: QtBot, store: HistoryStore, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_week(store)  # its goal history starts with 30 movement minutes
    goals: list[tuple[GoalMetric, int]] = []
    window = make_window(qtbot, store, goals=goals)
    before = {d.date: d.goal_target for d in window.week_view.figures()}
    assert set(before.values()) == {30}

    window.goal_editor.choose(GoalMetric.MOVEMENT_MINUTES, 40)
    window.goal_editor.apply_button.click()

    assert goals == [(GoalMetric.MOVEMENT_MINUTES, 40)]
    after = {d.date: d for d in window.week_view.figures()}
    assert [after[d].goal_target for d in sorted(after) if d < THURSDAY] == [30, 30, 30]
    assert after[THURSDAY].goal_target == 40
    assert window.today_view.figures()[0].goal_target == 40
    assert "of 40 movement minutes" in window.today_view.ring.text()
    runs = [[(p.x(), p.y()) for p in r] for r in window.week_view.chart.data.goalRuns]
    assert runs == [[(0.0, 30.0), (1.0, 30.0), (2.0, 30.0), (3.0, 30.0), (3.0, 40.0), (4.0, 40.0)]]
    assert "from today" in window.message.text()
    assert not window.goal_editor.apply_button.isEnabled()  # already the goal in force

    count = (dt.datetime.now().astimezone().date() - THURSDAY).days + 8
    assert main(["stats", "--days", str(count), "--json"]) == 0
    cli = {d["date"]: d for d in json.loads(capsys.readouterr().out)["days"]}
    assert [d.to_json() for d in window.week_view.figures()] == [
        cli[d.date.isoformat()] for d in window.week_view.figures()
    ]


def test_a_goal_that_cannot_be_saved_is_reported(qtbot: QtBot, store: HistoryStore) -> None:
    def refuse(metric: GoalMetric, target: int) -> None:
        raise DatabaseError("could not save history: disk I/O error")

    history = HistoryService(store, MessageCenter())
    window = ProgressWindow(
        history, Settings(), lambda: THURSDAY, lambda: NOW, lambda: None, refuse
    )
    qtbot.addWidget(window)
    window.goal_editor.choose(GoalMetric.BREAKS, 6)
    window.goal_editor.apply_button.click()
    assert window.message.text() == (
        "The new goal could not be saved: could not save history: disk I/O error"
    )
    assert window.today_view.figures()[0].goal_metric is GoalMetric.MOVEMENT_MINUTES


def test_switching_the_goal_metric_suggests_a_target_in_its_unit(
    qtbot: QtBot, store: HistoryStore
) -> None:
    window = make_window(qtbot, store)
    editor = window.goal_editor
    editor.metric_box.setCurrentIndex(editor.metric_box.findData("breaks"))
    editor.metric_box.activated.emit(editor.metric_box.currentIndex())
    assert editor.target_box.value() == 8
    editor.apply_button.click()
    assert window.today_view.figures()[0].goal_metric is GoalMetric.BREAKS
    assert window.week_view.chart_metric() is GoalMetric.BREAKS


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_png_export_of_the_visible_chart_is_not_blank(
    qtbot: QtBot, store: HistoryStore, tmp_path: Path, tab: int
) -> None:
    fill_week(store)
    chooser = Chooser(tmp_path / "chart")
    window = make_window(qtbot, store, chooser)
    window.tabs.setCurrentIndex(tab)
    saved = window.export_image()
    assert saved == tmp_path / "chart.png"
    image = QImage(str(saved))
    assert not image.isNull() and image.width() > 200 and image.height() > 100
    assert distinct_colors(image) > 8
    assert chooser.asked[0][2] == "PNG image (*.png)"
    assert str(saved) in window.message.text()


def test_cancelled_export_writes_nothing(qtbot: QtBot, store: HistoryStore) -> None:
    window = make_window(qtbot, store, Chooser(None))
    assert window.export_image() is None
    assert window.export_history() is None
    assert window.message.text() == ""


@pytest.mark.parametrize(
    "case",
    [
        ("history.json", "", "json"),
        ("history.csv", "", "csv"),
        ("history", "JSON (*.json)", "json"),
    ],
)
def test_history_export_matches_the_export_command(
    qtbot: QtBot, store: HistoryStore, tmp_path: Path, case: tuple[str, str, str]
) -> None:
    name, selected, fmt = case
    fill_week(store)
    window = make_window(qtbot, store, Chooser(tmp_path / name, selected))
    written = window.export_history()
    assert written is not None and written.suffix == f".{fmt}"
    reference = tmp_path / f"reference.{fmt}"
    assert main(["export", "--format", fmt, "--out", str(reference)]) == 0
    assert written.read_text(encoding="utf-8") == reference.read_text(encoding="utf-8")
    assert "Exported" in window.message.text()


def test_history_export_reports_a_folder_it_cannot_write(
    qtbot: QtBot, store: HistoryStore, tmp_path: Path
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    window = make_window(qtbot, store, Chooser(blocked / "history.csv"))
    assert window.export_history() is None
    assert window.message.text().startswith("Could not write")


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#202226"),
        (QPalette.ColorRole.Base, "#16181b"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def test_chart_follows_a_dark_palette(qtbot: QtBot, store: HistoryStore) -> None:
    window = make_window(qtbot, store)
    data = window.week_view.chart.data
    assert not data.dark
    window.setPalette(dark_palette())
    qtbot.waitUntil(lambda: data.dark)
    assert data.background == QColor("#16181b")
    assert data.text == QColor("#e6e6e6")


def test_figures_are_available_as_text(qtbot: QtBot, store: HistoryStore) -> None:
    fill_week(store)
    window = make_window(qtbot, store)
    chart = window.week_view.chart
    assert chart.accessibleName() == "Movement minutes per day, week of 23 – 29 March 2026"
    description = chart.accessibleDescription()
    monday = window.week_view.figures()[0]
    assert description.startswith(window.week_view.summary_text())
    assert (
        # Whole minutes, cut (the one rounding rule).
        f"Monday 23 March: {int(monday.movement_minutes)} movement minutes "
        f"({int(monday.movement_from_breaks)} from stretch breaks" in description
    )
    assert window.month_view.heatmap.accessibleDescription().startswith("Goal met on")
    assert window.today_view.panel.accessibleDescription() == window.today_view.summary_text()
    assert window.today_view.timeline.accessibleDescription().startswith("Sitting ")


def test_opening_with_five_years_of_history_is_quick(qtbot: QtBot, store: HistoryStore) -> None:
    write(store, generate(THURSDAY, 5 * 365 + 1, seed=2026))
    began = time.perf_counter()
    window = make_window(qtbot, store)
    took = time.perf_counter() - began
    assert window.week_view.figures()[0].sitting_minutes > 0
    assert took < 3.0, f"opening took {took:.2f} s"  # about 0.1 s here; see the benchmark


def test_the_tray_does_not_pay_for_qt_graphs() -> None:
    code = (
        "import sys, standup_buddy.ui.progress, standup_buddy.ui.progress.figures;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtGraphs',"
        "'PySide6.QtQuick'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_standing_and_paused_time_show_in_the_timeline(qtbot: QtBot, store: HistoryStore) -> None:
    start = dt.datetime.combine(THURSDAY, dt.time(9), tzinfo=ZONE)
    offset = int(start.utcoffset().total_seconds())  # type: ignore[union-attr]
    base = start.timestamp()
    store.add_interval(Interval(ActivityKind.STANDING, base, base + 1800, offset))
    store.add_interval(Interval(ActivityKind.PAUSED, base + 1800, base + 3600, offset))
    window = make_window(qtbot, store)
    strip = window.today_view.timeline
    assert [s.kind for s in strip.segments()] == [ActivityKind.STANDING, ActivityKind.PAUSED]
    assert strip.tooltip_at((strip._x(540) + strip._x(570)) / 2) == "Standing 09:00–09:30 (30 min)"
    assert "paused 30 min" in window.today_view.time_split.text()
