"""The weekly skip budget in Progress: what is left this week, how past weeks went."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from standup_buddy.core.marks import DayMark, MarkKind
from standup_buddy.core.model import BreakRecord, Outcome, instant_of_local
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.services.history import HistoryService
from standup_buddy.session import Status
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore
from standup_buddy.ui.progress.window import ProgressWindow

OFFSET = 3600
THURSDAY = dt.date(2026, 3, 26)


def skip(store: HistoryStore, day: dt.date, hour: int, *, emergency: bool = False) -> None:
    at = instant_of_local(dt.datetime.combine(day, dt.time(hour)), OFFSET)
    store.add_break(BreakRecord(due=at, outcome=Outcome.SKIPPED, utc_offset=OFFSET, prompted=at))
    if emergency:
        store.add_mark(DayMark(MarkKind.EMERGENCY_EXIT, at, OFFSET))


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    history = HistoryStore(open_database(resolve_paths().history_db))
    yield history
    history.close()


def open_window(qtbot: QtBot, store: HistoryStore, settings: Settings) -> ProgressWindow:
    now = instant_of_local(dt.datetime.combine(THURSDAY, dt.time(15)), OFFSET)
    window = ProgressWindow(
        HistoryService(store, MessageCenter()),
        settings,
        today=lambda: THURSDAY,
        now=lambda: now,
        status_provider=lambda: Status("sitting", 12.0, 30.0, 18.0),
        on_goal_change=lambda metric, target: None,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_week_shows_the_skips_left(qtbot: QtBot, store: HistoryStore) -> None:
    skip(store, THURSDAY - dt.timedelta(days=3), 10)  # Monday
    skip(store, THURSDAY, 11, emergency=True)  # an emergency exit counts as a skip
    window = open_window(qtbot, store, Settings({"breaks.weekly_skip_budget": 3}))
    view = window.week_view
    assert view.budget_text() == "Skip budget: 1 of 3 skips left this week."
    assert "Skip budget" in view.chart.accessibleDescription()
    # The figures say which skip was an emergency exit.
    thursday = next(d for d in view.figures() if d.date == THURSDAY)
    assert thursday.emergency_exits == 1 and thursday.breaks_skipped == 1


def test_a_used_up_budget_and_a_past_week(qtbot: QtBot, store: HistoryStore) -> None:
    for hour in (9, 10, 11):
        skip(store, THURSDAY, hour)
    skip(store, THURSDAY - dt.timedelta(days=7), 10)
    window = open_window(qtbot, store, Settings({"breaks.weekly_skip_budget": 2}))
    view = window.week_view
    assert view.budget_text() == (
        "Skip budget: 3 skipped this week, 1 over the 2 skips you allow yourself."
    )
    view.previous_week()
    assert view.budget_text() == "Skip budget: 1 of 2 skips used."


def test_no_budget_no_line(qtbot: QtBot, store: HistoryStore) -> None:
    skip(store, THURSDAY, 10)
    window = open_window(qtbot, store, Settings())
    assert window.week_view.budget_text() == ""


def test_the_week_names_the_days_the_screen_time_cap_was_reached(
    qtbot: QtBot, store: HistoryStore
) -> None:
    tuesday = THURSDAY - dt.timedelta(days=2)
    at = instant_of_local(dt.datetime.combine(tuesday, dt.time(17)), OFFSET)
    assert store.add_mark(DayMark(MarkKind.SCREEN_TIME_CAP, at, OFFSET))
    assert not store.add_mark(DayMark(MarkKind.SCREEN_TIME_CAP, at + 60, OFFSET))
    window = open_window(qtbot, store, Settings())
    assert window.week_view.screen_time_text() == "Screen-time limit reached: Tuesday 24 March."
    window.week_view.previous_week()
    assert window.week_view.screen_time_text() == ""
