"""The running interval's rows: opened, heartbeaten, and swapped for the final interval.

The running interval is written to the database while it runs (at most
``HEARTBEAT_SECONDS`` apart), so a kill loses little.  A heartbeat across
local midnight starts a new row, so one running interval may own several
rows; when it closes, all of them give way to the final interval in one
transaction.  ``HeartbeatRows`` remembers which rows those are.

Every write goes through ``db``, the caller's guard that reports a database
error and answers None, so tracking goes on without history.
"""

from __future__ import annotations

from collections.abc import Callable

from standup_buddy.core.model import ActivityKind, Interval
from standup_buddy.storage.history import HistoryStore, OpenInterval

# The running interval is written at most this often (app seconds): a kill
# loses at most this much tracking.
HEARTBEAT_SECONDS = 60.0

DbGuard = Callable[[Callable[[HistoryStore], object]], object]


class HeartbeatRows:
    """Which rows the running interval has written, and when it last wrote."""

    def __init__(self, db: DbGuard, real_seconds: Callable[[float], float]) -> None:
        self._db = db
        self._real_seconds = real_seconds
        self.row: OpenInterval | None = None  # the newest row
        self._key: tuple[ActivityKind, float] | None = None
        self._ids: list[int] = []
        self._last_beat = -1e18

    def store(self, interval: Interval) -> None:
        """Store a finished interval; the running one replaces its own rows."""
        if self._key == (interval.kind, interval.start):
            ids = list(self._ids)
            self._db(lambda s: s.replace_rows(ids, interval))
            self.forget()
        else:
            self._db(lambda s: s.add_interval(interval))

    def forget(self) -> None:
        """No running row any more (it was closed or replaced)."""
        self.row = None
        self._key = None
        self._ids = []

    def follow(self, kind: ActivityKind, start: float, utc_offset: int, now: float) -> None:
        """Make sure the running interval ``(kind, start)`` has its row."""
        if self._key == (kind, start):
            return
        if self._ids:
            # The engine moved on without closing these rows as such: they
            # were never part of the final history.
            stale = list(self._ids)
            self._db(lambda s: s.replace_rows(stale, None))
        self.forget()
        result = self._db(lambda s: s.open_interval(kind, start, utc_offset))
        if isinstance(result, OpenInterval):
            self.row = result
            self._key = (kind, start)
            self._ids = [result.row_id]
        self._last_beat = now

    def beat(self, now: float, *, force: bool = False) -> bool:
        """Extend the running row to ``now`` when a heartbeat is due; True when written.

        Due after ``HEARTBEAT_SECONDS`` app seconds, and at least a real
        second apart however fast the clock runs.
        """
        row = self.row
        if row is None:
            return False
        gap = now - self._last_beat
        if not force and not (gap >= HEARTBEAT_SECONDS and self._real_seconds(gap) >= 1.0):
            return False
        result = self._db(lambda s: s.heartbeat(row, now))
        if isinstance(result, OpenInterval):
            self.row = result
            if result.row_id not in self._ids:
                self._ids.append(result.row_id)
        self._last_beat = now
        return True

    def close(self, now: float) -> OpenInterval | None:
        """Finish the running row at ``now`` (quitting); the row it was, or None."""
        row = self.row
        if row is None:
            return None
        self._db(lambda s: s.close_interval(row, now))
        self.forget()
        return row
