"""The daily routine window: progress strip, pause, side switches, and its minutes counted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from standup_buddy.core.rotation import RotationConfig
from standup_buddy.core.routine import is_routine, routine_days
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.services.history import HistoryService
from standup_buddy.session import Status
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.daystats import stats_for_days
from standup_buddy.storage.history import HistoryStore
from standup_buddy.stretches.catalog import load_catalog
from standup_buddy.ui.about import RED_FLAGS
from standup_buddy.ui.routine_window import RoutineWindow

DAY = dt.date(2026, 3, 2)
START_WALL = dt.datetime(2026, 3, 2, 19, 0, tzinfo=dt.UTC).timestamp()


@dataclass
class FakeRotation:
    config: RotationConfig = field(default_factory=RotationConfig)


class FakeController:
    def __init__(self, store: HistoryStore, settings: Settings) -> None:
        self.store = store
        self._settings = settings
        self.rotation = FakeRotation()
        self.paused_for: float | None = None
        self.resumed = 0

    def settings(self) -> Settings:
        return self._settings

    def status(self) -> Status:
        state = "paused" if self.paused_for is not None else "sitting"
        return Status(state=state, sitting_minutes=0, interval_minutes=30, next_break_minutes=30)

    def pause(self, minutes: float | None) -> None:
        self.paused_for = minutes

    def resume(self) -> None:
        self.paused_for = None
        self.resumed += 1


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def rig(tmp_path: Path) -> tuple[FakeController, Clock]:
    store = HistoryStore(open_database(tmp_path / "history.sqlite3"))
    return FakeController(store, Settings()), Clock()


def make(qtbot: QtBot, rig: tuple[FakeController, Clock]) -> RoutineWindow:
    controller, clock = rig
    paths = resolve_paths()
    paths.stretches_dir.mkdir(parents=True, exist_ok=True)
    window = RoutineWindow(
        controller,
        load_catalog(paths),
        controller.rotation.config,
        DAY,
        history=HistoryService(controller.store, MessageCenter()),
        clock=clock,
        wall=lambda: START_WALL + (clock.now - 1000.0),
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_routine_runs_card_by_card_with_a_progress_strip(
    qtbot: QtBot, rig: tuple[FakeController, Clock]
) -> None:
    window = make(qtbot, rig)
    count = len(window.routine.items)
    assert 5 <= count <= 10
    assert window.progress_text() == f"1 of {count}"
    assert RED_FLAGS in window.safety_label.text()
    first = window.routine.items[0]
    rig[1].now += first.total_seconds + 0.5
    window.tick()
    assert window.progress_text() == f"2 of {count}"
    assert window.view.name_label.text() == window.routine.items[1].stretch.name


def test_pause_stops_the_clock(qtbot: QtBot, rig: tuple[FakeController, Clock]) -> None:
    window = make(qtbot, rig)
    rig[1].now += 5
    window.toggle_pause()
    assert window.is_paused()
    rig[1].now += 500
    window.tick()
    assert window.elapsed() == pytest.approx(5)
    assert window.progress_text().startswith("1 of")
    window.toggle_pause()
    rig[1].now += 2
    assert window.elapsed() == pytest.approx(7)


def test_a_side_switch_is_shown_announced_and_mirrored(
    qtbot: QtBot, rig: tuple[FakeController, Clock]
) -> None:
    window = make(qtbot, rig)
    index = next(i for i, item in enumerate(window.routine.items) if item.stretch.two_sided)
    for _ in range(index):
        window.next_exercise()
    item = window.routine.items[index]
    assert window.view.side_label.text() == "Left side"
    assert not window.view.figure_widget.is_mirrored()
    assert not window.view.switch_label.isVisibleTo(window)
    rig[1].now += item.seconds_per_side + 0.5
    window.tick()
    assert window.view.side_label.text() == "Right side"
    assert window.view.side_label.accessibleName() == "Right side"
    assert window.view.figure_widget.is_mirrored()
    assert window.view.switch_label.isVisibleTo(window)
    assert "right side" in window.view.switch_label.accessibleName()
    rig[1].now += 5
    window.tick()
    assert not window.view.switch_label.isVisibleTo(window)


def test_its_minutes_count_as_movement_and_mark_the_day(
    qtbot: QtBot, rig: tuple[FakeController, Clock]
) -> None:
    window = make(qtbot, rig)
    total = window.routine.total_seconds
    rig[1].now += total + 1
    window.tick()
    assert window.recorded
    assert window.view.time_caption.text() == "Finished"
    store = rig[0].store
    breaks = list(store.all_breaks())
    assert len(breaks) == 1 and is_routine(breaks[0].stretch_ids)
    assert breaks[0].seconds_moving == pytest.approx(total)
    assert routine_days(breaks) == {DAY}
    # The statistics the Progress window and `stats` use count it as movement.
    today = stats_for_days(store, [DAY], Settings())[0]
    assert today.movement_from_breaks == pytest.approx(total / 60, abs=0.1)


def test_stopping_early_counts_the_time_spent(
    qtbot: QtBot, rig: tuple[FakeController, Clock]
) -> None:
    window = make(qtbot, rig)
    # No break card over the routine while it runs, and reminders come back after.
    assert rig[0].paused_for is not None
    assert rig[0].paused_for >= window.routine.total_seconds / 60
    rig[1].now += 90
    window.stop()
    assert rig[0].paused_for is None and rig[0].resumed == 1
    breaks = list(rig[0].store.all_breaks())
    assert len(breaks) == 1
    assert breaks[0].seconds_moving == pytest.approx(90)


def test_the_month_view_marks_routine_days(qtbot: QtBot, rig: tuple[FakeController, Clock]) -> None:
    from standup_buddy.ui.progress.month_view import MonthView
    from standup_buddy.ui.progress.source import ProgressSource

    window = make(qtbot, rig)
    rig[1].now += 120
    window.stop()
    source = ProgressSource(
        history=HistoryService(rig[0].store, MessageCenter()),
        settings=Settings(),
        today=lambda: DAY + dt.timedelta(days=3),
        now=lambda: START_WALL + 3 * 86400,
        status=lambda: None,
    )
    view = MonthView(source)
    qtbot.addWidget(view)
    view.refresh()
    assert view.routine_days() == [DAY]
    assert "Daily routine done on 1 day: 2." in view.routine_label.text()
    assert "routine" in view.heatmap.accessibleDescription()


def test_a_routine_done_at_another_computer_marks_the_day_here(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from standup_buddy.core.journal import Record, RecordType, break_data
    from standup_buddy.core.model import BreakRecord, Outcome
    from standup_buddy.storage.sync_folder import FolderSnapshot
    from standup_buddy.storage.sync_view import OtherDevices
    from standup_buddy.ui.progress.month_view import MonthView
    from standup_buddy.ui.progress.source import ProgressSource

    store = HistoryStore(open_database(tmp_path / "history.sqlite3"))
    at_home = START_WALL + 86400  # the next evening, on the home computer
    routine = BreakRecord(
        due=at_home, outcome=Outcome.COMPLETED, utc_offset=0, prompted=at_home,
        started=at_home, ended=at_home + 300, stretch_ids=("routine:2026-03-03", "walk-break"),
    )
    record = Record("home", 1, RecordType.BREAK, at_home + 300, 0, break_data(routine))
    others = OtherDevices("work", (), FolderSnapshot(records=(record,)), 300.0)
    source = ProgressSource(
        history=HistoryService(store, MessageCenter()),
        settings=Settings(),
        today=lambda: DAY + dt.timedelta(days=3),
        now=lambda: START_WALL + 3 * 86400,
        status=lambda: None,
        others=lambda: others,
    )
    view = MonthView(source)
    qtbot.addWidget(view)
    view.refresh()
    assert view.routine_days() == [DAY + dt.timedelta(days=1)]
    assert "3" in view.routine_label.text()
