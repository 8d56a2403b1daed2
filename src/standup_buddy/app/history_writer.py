"""Everything the controller writes to the history database, behind one error guard.

A database error (a full disk, a lock held too long) is reported once
through ``MessageCenter`` and tracking goes on; the write is tried again at
the next change.  Without a database (it could not be opened) every write
does nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from standup_buddy.app.probes import Clock
from standup_buddy.core.engine import ActivityEngine
from standup_buddy.core.engine import Status as EngineStatus
from standup_buddy.core.marks import DayMark
from standup_buddy.core.model import BreakRecord, GoalSetting, Interval
from standup_buddy.core.stats import DayStats, date_range, local_day
from standup_buddy.messages import MessageCenter, Severity
from standup_buddy.settings import Settings
from standup_buddy.storage.database import DatabaseError
from standup_buddy.storage.daystats import keep_figures, stats_for_days
from standup_buddy.storage.heartbeat import HeartbeatRows
from standup_buddy.storage.history import HistoryStore, OpenInterval
from standup_buddy.storage.restart_state import STATE_KEY, BootClock, RestartState, restored_fields
from standup_buddy.textfmt import WORDS

log = logging.getLogger(__name__)

# The days the figure cache is filled for: the year ``stats --days 365`` and
# the Progress window's longest views read.
FIGURE_CACHE_DAYS = 365


class HistoryWriter:
    """Intervals, breaks, goals, the running interval's rows and the restart state."""

    def __init__(self, store: HistoryStore | None, messages: MessageCenter, clock: Clock) -> None:
        self.store = store
        self._messages = messages
        self._clock = clock
        self._rows = HeartbeatRows(self._db, clock.real_seconds)
        self._row_day: int | None = None

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

    def new_day(self) -> bool:
        """True when the running interval's row has moved to a new local day since
        the last call (never on the first): a day is over."""
        row = self._rows.row
        if row is None:
            return False
        day = local_day(row.start, row.utc_offset)[0]
        if day == self._row_day:
            return False
        first, self._row_day = self._row_day is None, day
        return not first

    def keep_figures(self, today: dt.date, settings: Settings) -> None:
        """Fill the figure cache for the year up to ``today`` (only missing days are
        computed), so the read-only readers (``stats``, Progress) find it there.

        Best effort: a failure only leaves the readers computing those days.
        """
        if self.store is None:
            return
        try:
            keep_figures(self.store, date_range(today, FIGURE_CACHE_DAYS), settings)
        except (sqlite3.Error, DatabaseError) as exc:
            log.warning("figure cache not filled: %s", exc)

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
