"""The Trends view: twelve weeks from the same figures as ``stats``, and the hour view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import pairwise

import pytest
from pytestqt.qtbot import QtBot
from tools.synthetic import ZONE, generate, write

from standup_buddy.messages import MessageCenter
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.services.history import HistoryService
from standup_buddy.session import Status
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.daystats import stats_for_days
from standup_buddy.storage.history import HistoryStore
from standup_buddy.ui.progress.trend_view import TREND_DAYS, hour_sentence
from standup_buddy.ui.progress.window import ProgressWindow

TODAY = dt.date(2026, 11, 30)
NOW = dt.datetime.combine(TODAY, dt.time(15, 0), tzinfo=ZONE).timestamp()


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    history = HistoryStore(open_database(resolve_paths().history_db))
    yield history
    history.close()


def test_trends_show_twelve_weeks_of_the_stats_figures(qtbot: QtBot, store: HistoryStore) -> None:
    write(store, generate(TODAY, 60, seed=5))  # two months: the older weeks are before history
    window = ProgressWindow(
        HistoryService(store, MessageCenter()), Settings(), today=lambda: TODAY, now=lambda: NOW,
        status_provider=lambda: Status("sitting", 20.0, 30.0, 10.0),
        on_goal_change=lambda metric, target: None,
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.trend_view)
    view = window.trend_view
    shown = view.figures()
    assert len(shown) == TREND_DAYS and shown[-1].date == TODAY
    days = [d.date for d in shown]
    assert [d.to_json() for d in shown] == [
        d.to_json() for d in stats_for_days(store, days, Settings())
    ]
    # The axes follow the figures on screen.
    top = max(d.movement_minutes for d in shown)
    assert top <= view.trend.value_axis[0] < 2 * max(top, 30)
    longest = max(d.longest_sitting_minutes for d in shown)
    assert max(view.hour_figures()) == longest
    assert longest <= view.hours.axis[0]
    counted = [d for d in shown if not d.before_history and d.date.weekday() < 5]
    met = sum(d.goal_met for d in counted)
    assert view.sentence.text().startswith(f"Goal met on {met} of {len(counted)} work days")
    assert any(d.before_history for d in shown)
    image = view.grab().toImage()
    assert image.width() > 0


def test_hour_sentence_names_the_hour_of_the_longest_sit() -> None:
    hours = [0.0] * 24
    hours[13] = 130.0
    hours[9] = 45.0
    assert hour_sentence(hours) == "Your longest sits begin around 13:00 (up to 2 h 10 min)."
    assert hour_sentence([0.0] * 24) == "No sitting recorded in these twelve weeks."


def _trend_window(qtbot: QtBot, store: HistoryStore) -> ProgressWindow:
    window = ProgressWindow(
        HistoryService(store, MessageCenter()), Settings(), today=lambda: TODAY, now=lambda: NOW,
        status_provider=lambda: None, on_goal_change=lambda metric, target: None,
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.trend_view)
    return window


@pytest.mark.parametrize("width", [380, 640, 1100])
def test_the_week_dates_stay_under_the_plot_and_apart(
    qtbot: QtBot, store: HistoryStore, width: int
) -> None:
    write(store, generate(TODAY, 60, seed=5))
    chart = _trend_window(qtbot, store).trend_view.trend
    chart.resize(width, 300)
    plot = chart.plot_rect()
    labels = chart.week_labels()
    assert labels, "some Mondays are named"
    for box, text in labels:
        assert box.left() >= plot.left() and box.right() <= plot.right(), text
        assert chart.fontMetrics().horizontalAdvance(text) <= box.width(), f"{text} is cut"
    for (before, _), (after, text) in pairwise(labels):
        assert before.right() < after.left(), f"{text} touches the date before it"
    if width >= 1100:
        assert len(labels) == TREND_DAYS // 7, "a wide chart names every Monday"


def test_no_goal_line_before_the_first_record(qtbot: QtBot, store: HistoryStore) -> None:
    from PySide6.QtGui import QColor

    from standup_buddy.ui.progress.colors import progress_colors

    write(store, generate(TODAY, 30, seed=5))  # the first eight weeks are before history
    view = _trend_window(qtbot, store).trend_view
    chart = view.trend
    chart.resize(900, 320)
    days = view.figures()
    image = chart.grab().toImage()
    goal = progress_colors(chart.palette()).goal
    plot = chart.plot_rect()
    slot = plot.width() / len(days)
    y = round(plot.bottom() - plot.height() * days[-1].goal_target / chart.value_axis[0])

    def goal_pixels(i: int) -> int:
        found = 0
        for x in range(round(plot.left() + i * slot + 1), round(plot.left() + (i + 1) * slot - 1)):
            for dy in (-1, 0, 1):
                c = QColor(image.pixel(x, y + dy))
                if abs(c.red() - goal.red()) + abs(c.green() - goal.green()) + abs(
                    c.blue() - goal.blue()
                ) < 60:
                    found += 1
        return found

    before = [i for i, d in enumerate(days) if d.before_history]
    tracked = [i for i, d in enumerate(days) if not d.before_history]
    assert before and tracked
    assert sum(goal_pixels(i) for i in before) == 0, "no goal drawn where nothing was tracked"
    assert sum(goal_pixels(i) for i in tracked) > 0, "the goal is drawn where it counts"


def test_one_work_day_of_history_is_said_in_the_singular(
    qtbot: QtBot, store: HistoryStore
) -> None:
    write(store, generate(TODAY, 1, seed=5))  # history begins today, a Monday
    text = _trend_window(qtbot, store).trend_view.sentence.text()
    assert " of 1 work day in the last twelve weeks." in text, text
