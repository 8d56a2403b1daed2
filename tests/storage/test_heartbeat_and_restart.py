"""The running interval's rows and what a restart carries over, without the app around them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from standup_buddy.core.model import ActivityKind, Interval
from standup_buddy.storage.database import open_database
from standup_buddy.storage.heartbeat import HEARTBEAT_SECONDS, HeartbeatRows
from standup_buddy.storage.history import HistoryStore
from standup_buddy.storage.restart_state import RestartState, restart_gap, restored_fields

# A Tuesday 10:00 at UTC+1; local midnight is 14 h later.
START = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC).timestamp()
OFFSET = 3600


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(open_database(tmp_path / "history.sqlite3"))


def rows_for(store: HistoryStore) -> HeartbeatRows:
    def db(action: Callable[[HistoryStore], object]) -> object:
        return action(store)

    return HeartbeatRows(db, real_seconds=lambda app: app)


def spans(store: HistoryStore) -> list[tuple[str, float]]:
    return [(i.kind.value, i.end - i.start)
            for i in store.intervals_between(START - 10, START + 3 * 86400)]


def test_the_running_interval_is_written_as_it_runs_and_replaced_when_it_closes(
    store: HistoryStore,
) -> None:
    rows = rows_for(store)
    rows.follow(ActivityKind.SITTING, START, OFFSET, START)
    assert not rows.beat(START + HEARTBEAT_SECONDS / 2)  # not yet due
    assert rows.beat(START + HEARTBEAT_SECONDS)
    assert spans(store) == [("sitting", HEARTBEAT_SECONDS)]  # a kill now loses < a minute
    rows.store(Interval(ActivityKind.SITTING, START, START + 90.0, OFFSET))
    assert spans(store) == [("sitting", 90.0)]  # one row, never a duplicate


def test_a_running_interval_across_midnight_gives_all_its_rows_to_the_final_one(
    store: HistoryStore,
) -> None:
    rows = rows_for(store)
    rows.follow(ActivityKind.SITTING, START, OFFSET, START)
    rows.beat(START + 15 * 3600.0)  # past local midnight: a second row
    assert len(spans(store)) == 2
    rows.store(Interval(ActivityKind.SITTING, START, START + 2 * 3600.0, OFFSET))
    assert spans(store) == [("sitting", 2 * 3600.0)]


def test_rows_of_an_interval_the_engine_dropped_are_removed(store: HistoryStore) -> None:
    rows = rows_for(store)
    rows.follow(ActivityKind.SITTING, START, OFFSET, START)
    rows.beat(START + HEARTBEAT_SECONDS)
    rows.follow(ActivityKind.STANDING, START, OFFSET, START + HEARTBEAT_SECONDS)
    rows.beat(START + 3 * HEARTBEAT_SECONDS)
    assert [kind for kind, _ in spans(store)] == ["standing"]


def test_quitting_closes_the_running_row(store: HistoryStore) -> None:
    rows = rows_for(store)
    rows.follow(ActivityKind.SITTING, START, OFFSET, START)
    row = rows.close(START + 42.0)
    assert row is not None and rows.row is None
    assert spans(store) == [("sitting", 42.0)]
    assert rows.close(START + 50.0) is None


def saved(at: float, **fields: object) -> str:
    data = json.loads(RestartState(at, False, None, 600.0).to_json())
    data.update(fields)
    return json.dumps(data)


def restore(raw: object, wall: float, boot: tuple[str, float] | None = None) -> dict[str, object]:
    return restored_fields(raw, wall=wall, natural_break_seconds=300.0, boot=boot,
                           app_seconds=lambda real: real)


def test_a_quick_restart_keeps_the_streak_and_a_long_one_does_not() -> None:
    assert restore(saved(START), START + 60.0) == {"standing": False, "streak_seconds": 600.0}
    assert restore(saved(START), START + 600.0) == {"standing": False}


def test_a_running_pause_and_standing_survive_a_restart() -> None:
    raw = saved(START, standing=True, paused_until=START + 1800.0)
    assert restore(raw, START + 4000.0) == {"standing": True}
    assert restore(raw, START + 60.0)["paused_until"] == START + 1800.0


@pytest.mark.parametrize("raw", [None, 42, "", "not json", "[]", '{"at": "x"}', "{}"])
def test_a_damaged_saved_value_starts_fresh(raw: object) -> None:
    assert restore(raw, START) == {}


def test_the_boot_clock_decides_when_the_wall_clock_was_set_back() -> None:
    # Same boot, 30 s apart by the boot clock, although the wall clock went back an hour.
    raw = saved(START, boot=["boot-a", 100.0])
    assert restore(raw, START - 3600.0, boot=("boot-a", 130.0))["streak_seconds"] == 600.0
    assert restart_gap(-3600.0, ["boot-a", 100.0], ("boot-b", 5.0), lambda r: r) is None
    assert restart_gap(-3600.0, None, None, lambda r: r) is None
