"""The Trends view: twelve weeks from the same figures as ``stats``, and the hour view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

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


def test_one_work_day_of_history_is_said_in_the_singular(
    qtbot: QtBot, store: HistoryStore
) -> None:
    write(store, generate(TODAY, 1, seed=5))  # history begins today, a Monday
    window = ProgressWindow(
        HistoryService(store, MessageCenter()), Settings(), today=lambda: TODAY, now=lambda: NOW,
        status_provider=lambda: Status("sitting", 20.0, 30.0, 10.0),
        on_goal_change=lambda metric, target: None,
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.trend_view)
    text = window.trend_view.sentence.text()
    assert " of 1 work day in the last twelve weeks." in text, text
