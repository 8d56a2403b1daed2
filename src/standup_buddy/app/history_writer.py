"""Everything the controller writes to the history database, behind one error guard.

A database error (a full disk, a lock held too long) is reported once
through ``MessageCenter`` and tracking goes on; the write is tried again at
the next change.  Without a database (it could not be opened) every write
does nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from standup_buddy.app.probes import Clock
from standup_buddy.core.engine import ActivityEngine
from standup_buddy.core.engine import Status as EngineStatus
from standup_buddy.core.marks import DayMark
from standup_buddy.core.model import BreakRecord, GoalSetting, Interval
from standup_buddy.core.stats import DayStats
from standup_buddy.messages import MessageCenter, Severity
from standup_buddy.settings import Settings
from standup_buddy.storage.database import DatabaseError
from standup_buddy.storage.daystats import stats_for_days
from standup_buddy.storage.heartbeat import HeartbeatRows
from standup_buddy.storage.history import HistoryStore, OpenInterval
from standup_buddy.storage.restart_state import STATE_KEY, BootClock, RestartState, restored_fields
from standup_buddy.textfmt import WORDS


class HistoryWriter:
    """Intervals, breaks, goals, the running interval's rows and the restart state."""

    def __init__(self, store: HistoryStore | None, messages: MessageCenter, clock: Clock) -> None:
        self.store = store
        self._messages = messages
        self._clock = clock
        self._rows = HeartbeatRows(self._db, clock.real_seconds)

    def _db(self, action: Callable[[HistoryStore], object]) -> object:
        if self.store is None:
            return None
        try:
            return action(self.store)
        except DatabaseError as exc:
            self._messages.report(
                Severity.ERROR,
                # The app installs a translating WORDS; this module stays Qt-free.
                WORDS.translate("AppMessages", "History not saved"),
                WORDS.translate(
                    "AppMessages",
                    "{error}. Tracking goes on; Standup Buddy will try again at the next change.",
                ).format(error=exc),
                key="db-write",
            )
            return None

    def interval(self, interval: Interval) -> None:
        """A closed interval (the running one replaces its own rows)."""
        self._rows.store(interval)

    def break_record(self, record: BreakRecord) -> None:
        """A settled break (a movement break or a micro-pause)."""
        self._db(lambda s: s.add_break(record))

    def guarded(self, action: Callable[[HistoryStore], object]) -> object:
        """Run ``action`` on the store behind the one error guard (None if it could not)."""
        return self._db(action)
    def day_mark(self, mark: DayMark) -> None:
        """A day mark (an emergency exit, core/marks.py)."""
        self._db(lambda s: s.add_mark(mark))

    def goal(self, goal: GoalSetting) -> bool:
        """Record the goal from its day on; True when it differs from the one in force."""
        return self._db(lambda s: s.set_goal(goal, self._clock.wall())) is True

    def follow(self, engine: ActivityEngine, *, force: bool = False) -> bool:
        """Keep the running interval's rows up to date; True when a heartbeat was written."""
        if self.store is None:
            return False
        running = engine.open_interval
        now = engine.now
        self._rows.follow(running.kind, running.start, running.utc_offset, now)
        return self._rows.beat(now, force=force)

    def close_running(self, now: float) -> OpenInterval | None:
        """Finish the running interval at ``now`` (quitting); the row it was."""
        return self._rows.close(now)

    def restore(self, wall: float, natural_break_seconds: float) -> dict[str, Any]:
        """The engine's start-up arguments from the last run (empty when none apply)."""
        if self.store is None:
            return {}
        return restored_fields(
            self._db(lambda s: s.get_state(STATE_KEY)),
            wall=wall,
            natural_break_seconds=natural_break_seconds,
            boot=self._boot_clock(),
            app_seconds=self._clock.app_seconds,
        )

    def persist(self, s: EngineStatus) -> None:
        """Save what a restart carries over."""
        payload = RestartState(
            at=s.at,
            standing=s.standing,
            paused_until=s.paused_until,
            streak_seconds=s.sitting_minutes * 60.0,
            boot=self._boot_clock(),
        ).to_json()
        self._db(lambda store: store.set_state(STATE_KEY, payload))

    def day(self, today: dt.date, settings: Settings) -> DayStats | None:
        """Today's figures, or None without history."""
        result = self._db(lambda s: stats_for_days(s, [today], settings))
        return result[0] if isinstance(result, list) and result else None

    def _boot_clock(self) -> BootClock:
        reader = getattr(self._clock, "boot_clock", None)
        result = reader() if reader is not None else None
        return result if isinstance(result, tuple) else None
