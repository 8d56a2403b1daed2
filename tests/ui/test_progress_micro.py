"""Progress shows micro-pauses as their own series, never in the movement figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from standup_buddy.core.model import BreakKind, BreakRecord, Outcome
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.services.history import HistoryService
from standup_buddy.session import Status
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore
from standup_buddy.ui.progress.window import ProgressWindow

WEDNESDAY = dt.date(2026, 3, 25)
MONDAY = dt.date(2026, 3, 23)


def noon(day: dt.date, minute: int = 0) -> float:
    return dt.datetime.combine(day, dt.time(12, minute), tzinfo=dt.UTC).timestamp()


def micro(at: float, outcome: Outcome = Outcome.COMPLETED) -> BreakRecord:
    return BreakRecord(
        due=at,
        outcome=outcome,
        utc_offset=0,
        prompted=at,
        started=at,
        ended=at + 20,
        kind=BreakKind.MICRO,
    )


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    history = HistoryStore(open_database(resolve_paths().history_db))
    yield history
    history.close()


def window_for(qtbot: QtBot, store: HistoryStore, settings: Settings) -> ProgressWindow:
    window = ProgressWindow(
        HistoryService(store, MessageCenter()),
        settings,
        today=lambda: WEDNESDAY,
        now=lambda: noon(WEDNESDAY, 30),
        status_provider=lambda: Status("sitting", 12.0, 30.0, 18.0),
        on_goal_change=lambda metric, target: None,
    )
    qtbot.addWidget(window)
    return window


def test_the_week_shows_micro_pauses_taken_per_day(qtbot: QtBot, store: HistoryStore) -> None:
    for minute in (0, 20, 40):
        store.add_break(micro(noon(MONDAY, minute)))
    store.add_break(micro(noon(WEDNESDAY), Outcome.SKIPPED))  # waved away: not taken
    store.add_break(micro(noon(WEDNESDAY, 20)))
    window = window_for(qtbot, store, Settings().replace({"micro.enabled": True}))
    week = window.week_view
    week.refresh()
    assert week.micro_pauses() == [3, 0, 1, 0, 0, 0, 0]
    text = week.micro_row.text()
    assert text.startswith("Micro-pauses taken: ")
    assert "(not counted as movement)" in text
    assert not week.micro_row.isHidden()
    # The movement figures hold none of them.
    assert all(d.movement_minutes == 0 and d.breaks_completed == 0 for d in week.figures())


def test_no_micro_row_when_off_and_none_taken(qtbot: QtBot, store: HistoryStore) -> None:
    window = window_for(qtbot, store, Settings())
    window.week_view.refresh()
    assert window.week_view.micro_row.isHidden()
