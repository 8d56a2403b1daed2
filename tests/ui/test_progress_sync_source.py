"""Progress reads the other computers' history and goal when a sync folder is set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from standup_buddy.core.model import BreakRecord, GoalMetric, GoalSetting, Outcome
from standup_buddy.messages import MessageCenter
from standup_buddy.services.history import HistoryService
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore
from standup_buddy.storage.sync_folder import SyncConfig
from standup_buddy.sync_link import SyncLink
from standup_buddy.ui.progress.source import ProgressSource

DAY = dt.date(2026, 11, 24)
NOON = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC).timestamp()


def test_a_break_and_a_goal_set_at_the_laptop_show_in_the_desks_progress(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "Sync"
    laptop = SyncLink(SyncConfig(folder, "bb", "laptop"), tmp_path / "laptop", start_thread=False)
    laptop.journal_break(
        BreakRecord(NOON, Outcome.COMPLETED, 0, NOON, NOON + 10, NOON + 130), NOON + 130
    )
    laptop.journal_goal(GoalSetting(GoalMetric.BREAKS, 9, DAY), NOON, 0)
    assert laptop.worker.run_once()

    (tmp_path / "desk").mkdir()
    store = HistoryStore(open_database(tmp_path / "desk" / "history.sqlite3"))
    store.set_goal(GoalSetting(GoalMetric.MOVEMENT_MINUTES, 30, DAY), NOON - 3600)
    desk = SyncLink(SyncConfig(folder, "aa", "desk"), tmp_path / "desk", start_thread=False)
    assert desk.worker.run_once()
    history = HistoryService(store, MessageCenter())
    source = ProgressSource(history, Settings(), lambda: DAY, lambda: NOON + 200, lambda: None)
    [alone] = source.stats([DAY])
    assert alone.breaks_completed == 0
    source.others = lambda: desk.others(300.0)
    [together] = source.stats([DAY])
    assert together.breaks_completed == 1
    assert together.goal_metric is GoalMetric.BREAKS and together.goal_target == 9
    assert source.goal_today() == GoalSetting(GoalMetric.BREAKS, 9, DAY)
    store.close()
