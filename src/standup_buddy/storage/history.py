"""Reading and writing history: intervals, breaks, goals, check-ins.

Writers follow two rules that keep queries cheap and crashes harmless:

* every stored interval lies inside one local day (``add_interval`` and the
  heartbeat split at local midnight), so a query for a range of days bounds
  ``start_utc`` on both sides and touches only those days' rows;
* the running interval is one ``open`` row whose end is pushed forward by a
  heartbeat (the caller decides how often: at most once a minute), so a kill
  loses at most the time since the last heartbeat, and ``close_dangling``
  ends such a row at that heartbeat on the next start.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from standup_buddy.core.model import (
    ActivityKind,
    BreakRecord,
    GoalMetric,
    GoalSetting,
    Interval,
    Outcome,
    instant_of_local,
    local_date,
)
from standup_buddy.core.stats import split_at_local_midnight
from standup_buddy.storage.database import DatabaseError

# Rows never span more than a local day; 26 h leaves room for a 25-hour day.
_MAX_ROW_SECONDS = 26 * 3600.0


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A once-a-day answer to "How are your hip, back and leg today?" (0-10)."""

    day: dt.date
    at: float
    utc_offset: int
    score: int
    note: str = ""


@dataclass(slots=True)
class OpenInterval:
    """The running interval: its row id and where it stands now."""

    row_id: int
    kind: ActivityKind
    start: float
    end: float
    utc_offset: int


class HistoryStore:
    """All reads and writes of the history database go through here."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection (for benchmarks and maintenance)."""
        return self._conn

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            # Disk full, read-only folder, locked for too long: tell the user.
            raise DatabaseError(f"could not save history: {exc}") from exc

    # --- intervals -----------------------------------------------------------

    def add_interval(self, interval: Interval) -> None:
        """Store a finished interval (split at local midnight)."""
        with self._write() as conn:
            for part in split_at_local_midnight(interval):
                _insert_closed(conn, part)

    def open_interval(self, kind: ActivityKind, start: float, utc_offset: int) -> OpenInterval:
        """Start the running interval; it stays ``open`` until closed."""
        with self._write() as conn:
            row_id = self._insert_open(conn, kind, start, utc_offset)
        return OpenInterval(row_id, kind, start, start, utc_offset)

    def heartbeat(self, running: OpenInterval, now: float) -> OpenInterval:
        """Extend the running interval to ``now``; crossing local midnight starts a new row."""
        with self._write() as conn:
            return self._extend(conn, running, now)

    def _extend(self, conn: sqlite3.Connection, running: OpenInterval, now: float) -> OpenInterval:
        now = max(now, running.start)
        current = running
        while True:
            midnight = _next_local_midnight(current.start, current.utc_offset)
            if now < midnight:
                conn.execute("UPDATE intervals SET end_utc = ? WHERE id = ?", (now, current.row_id))
                return OpenInterval(
                    current.row_id, current.kind, current.start, now, current.utc_offset
                )
            conn.execute(
                "UPDATE intervals SET end_utc = ?, open = 0 WHERE id = ?",
                (midnight, current.row_id),
            )
            row_id = self._insert_open(conn, current.kind, midnight, current.utc_offset)
            current = OpenInterval(row_id, current.kind, midnight, midnight, current.utc_offset)

    def close_interval(self, running: OpenInterval, end: float) -> None:
        """Finish the running interval at ``end``, in one transaction (quit, logout).

        A piece left with no length is dropped; one that touches the previous
        row of its kind joins it.
        """
        with self._write() as conn:
            extended = self._extend(conn, running, end)
            conn.execute("UPDATE intervals SET open = 0 WHERE id = ?", (extended.row_id,))
            _settle_row(conn, extended.row_id)

    def replace_rows(self, row_ids: list[int], interval: Interval | None) -> None:
        """Swap the rows a running interval wrote for its final form, atomically.

        The running interval may span several rows (a heartbeat splits it at
        local midnight) and may end earlier than its last heartbeat (the
        tracker cuts it back to the last input); replacing every row at once
        never leaves a duplicate or an overlap.  ``None`` just drops the rows.
        """
        with self._write() as conn:
            conn.executemany("DELETE FROM intervals WHERE id = ?", [(i,) for i in row_ids])
            if interval is not None:
                for part in split_at_local_midnight(interval):
                    _insert_closed(conn, part)

    def close_dangling(self) -> list[Interval]:
        """End intervals left open by a crash at their last heartbeat; returns them."""
        with self._write() as conn:
            rows = conn.execute(
                "SELECT kind, start_utc, end_utc, utc_offset FROM intervals WHERE open = 1"
            ).fetchall()
            ids = [r[0] for r in conn.execute("SELECT id FROM intervals WHERE open = 1")]
            conn.execute("UPDATE intervals SET open = 0 WHERE open = 1")
            # A crash between opening a row and its first heartbeat leaves nothing to keep.
            conn.execute("DELETE FROM intervals WHERE end_utc = start_utc AND open = 0")
            for row_id in ids:
                _settle_row(conn, row_id)
        return [Interval(ActivityKind(k), s, e, o) for k, s, e, o in rows]

    def intervals_between(self, start: float, end: float) -> list[Interval]:
        """Intervals overlapping [start, end), oldest first (open ones included)."""
        rows = self._conn.execute(
            "SELECT kind, start_utc, end_utc, utc_offset FROM intervals "
            "WHERE start_utc >= ? AND start_utc < ? AND end_utc > ? ORDER BY start_utc, id",
            (start - _MAX_ROW_SECONDS, end, start),
        ).fetchall()
        return [Interval(ActivityKind(k), s, e, o) for k, s, e, o in rows]

    # --- breaks --------------------------------------------------------------

    def add_break(self, record: BreakRecord) -> None:
        """Store a prompted break and its outcome."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO breaks (due_utc, prompted_utc, started_utc, ended_utc, anchor_utc, "
                "utc_offset, outcome, snoozes, stretch_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.due,
                    record.prompted,
                    record.started,
                    record.ended,
                    record.anchor,
                    record.utc_offset,
                    record.outcome.value,
                    record.snoozes,
                    json.dumps(list(record.stretch_ids)),
                ),
            )

    def breaks_between(self, start: float, end: float) -> list[BreakRecord]:
        """Breaks whose anchor instant lies in [start, end), oldest first."""
        rows = self._conn.execute(
            "SELECT due_utc, outcome, utc_offset, prompted_utc, started_utc, ended_utc, snoozes, "
            "stretch_ids FROM breaks WHERE anchor_utc >= ? AND anchor_utc < ? "
            "ORDER BY anchor_utc, id",
            (start, end),
        ).fetchall()
        return [_break_from_row(row) for row in rows]

    # --- goals -----------------------------------------------------------------

    def set_goal(self, goal: GoalSetting, set_at: float) -> bool:
        """Record ``goal`` from its effective date on, unless it is already in force.

        Returns True when a change was recorded.  Past days keep the goal that
        was in force on them.
        """
        goals = self.goals()
        current = [g for g in goals if g.effective <= goal.effective]
        if current and (current[-1].metric, current[-1].target) == (goal.metric, goal.target):
            return False
        with self._write() as conn:
            conn.execute(
                "INSERT INTO goals (metric, target, effective_date, set_utc) VALUES (?, ?, ?, ?)",
                (goal.metric.value, goal.target, goal.effective.isoformat(), set_at),
            )
        return True

    def goals(self) -> list[GoalSetting]:
        """Goal history, one entry per effective date (the last one set that day wins)."""
        rows = self._conn.execute(
            "SELECT metric, target, effective_date FROM goals ORDER BY effective_date, id"
        ).fetchall()
        by_date: dict[dt.date, GoalSetting] = {}
        for metric, target, effective in rows:
            day = dt.date.fromisoformat(effective)
            by_date[day] = GoalSetting(GoalMetric(metric), target, day)
        return list(by_date.values())

    # --- check-ins -------------------------------------------------------------

    def set_checkin(self, checkin: CheckIn) -> None:
        """Store (or replace) the day's symptom check-in."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO checkins (local_date, at_utc, utc_offset, score, note) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (local_date) DO UPDATE SET "
                "at_utc = excluded.at_utc, utc_offset = excluded.utc_offset, "
                "score = excluded.score, note = excluded.note",
                (
                    checkin.day.isoformat(),
                    checkin.at,
                    checkin.utc_offset,
                    checkin.score,
                    checkin.note,
                ),
            )

    def checkins(self, first: dt.date | None = None, last: dt.date | None = None) -> list[CheckIn]:
        """Check-ins between two local dates (inclusive), oldest first."""
        rows = self._conn.execute(
            "SELECT local_date, at_utc, utc_offset, score, note FROM checkins "
            "WHERE local_date >= ? AND local_date <= ? ORDER BY local_date",
            ((first or dt.date.min).isoformat(), (last or dt.date.max).isoformat()),
        ).fetchall()
        return [CheckIn(dt.date.fromisoformat(d), a, o, s, n) for d, a, o, s, n in rows]

    def delete_checkins(self) -> int:
        """Forget every check-in; returns how many were deleted."""
        with self._write() as conn:
            return conn.execute("DELETE FROM checkins").rowcount

    # --- small persistent state (rotation position, first-run flags) -----------

    def get_state(self, key: str) -> str | None:
        """A value saved with ``set_state``, or None."""
        row = self._conn.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_state(self, key: str, value: str) -> None:
        """Save a small named value."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # --- whole history -----------------------------------------------------------

    def all_intervals(self) -> Iterator[Interval]:
        """Every interval, oldest first (for export)."""
        for k, s, e, o in self._conn.execute(
            "SELECT kind, start_utc, end_utc, utc_offset FROM intervals "
            "WHERE end_utc > start_utc ORDER BY start_utc, id"
        ):
            yield Interval(ActivityKind(k), s, e, o)

    def all_breaks(self) -> Iterator[BreakRecord]:
        """Every break, oldest first (for export)."""
        for row in self._conn.execute(
            "SELECT due_utc, outcome, utc_offset, prompted_utc, started_utc, ended_utc, snoozes, "
            "stretch_ids FROM breaks ORDER BY anchor_utc, id"
        ):
            yield _break_from_row(row)

    def _insert_open(
        self, conn: sqlite3.Connection, kind: ActivityKind, start: float, utc_offset: int
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO intervals (kind, start_utc, end_utc, utc_offset, open) "
            "VALUES (?, ?, ?, ?, 1)",
            (kind.value, start, start, utc_offset),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid


# Two pieces closer than this (seconds) touch: the same instant, written twice.
_TOUCH_SECONDS = 1e-3
# Kinds whose touching pieces are one interval.  A natural break can be cut in
# pieces by a return that was gone again before any time passed; sitting and
# the other kinds stay as the tracker wrote them.
_JOINED_KINDS = frozenset({ActivityKind.NATURAL_BREAK})


def _insert_closed(conn: sqlite3.Connection, part: Interval) -> None:
    """Write a finished piece (inside one local day): none of zero length, touching ones joined.

    The tracker never ends a natural break and starts another at the same
    instant unless a return of no length lay between, so such pieces are one
    natural break.
    """
    if part.end <= part.start:
        return
    before = _touching_before(conn, part.kind, part.start, part.utc_offset)
    if before is not None:
        conn.execute(
            "UPDATE intervals SET end_utc = MAX(end_utc, ?) WHERE id = ?", (part.end, before)
        )
        return
    conn.execute(
        "INSERT INTO intervals (kind, start_utc, end_utc, utc_offset, open) VALUES (?, ?, ?, ?, 0)",
        (part.kind.value, part.start, part.end, part.utc_offset),
    )


def _touching_before(
    conn: sqlite3.Connection, kind: ActivityKind, start: float, utc_offset: int
) -> int | None:
    """The closed row of ``kind`` ending where ``start`` begins, on the same local day."""
    if kind not in _JOINED_KINDS:
        return None
    row = conn.execute(
        "SELECT id, start_utc FROM intervals WHERE open = 0 AND kind = ? AND utc_offset = ? "
        "AND end_utc BETWEEN ? AND ? ORDER BY end_utc DESC LIMIT 1",
        (kind.value, utc_offset, start - _TOUCH_SECONDS, start + _TOUCH_SECONDS),
    ).fetchone()
    if row is None or local_date(row[1], utc_offset) != local_date(start, utc_offset):
        return None
    return int(row[0])


def _settle_row(conn: sqlite3.Connection, row_id: int) -> None:
    """A row just closed: drop it if it has no length, join it to a touching predecessor."""
    row = conn.execute(
        "SELECT kind, start_utc, end_utc, utc_offset FROM intervals WHERE id = ? AND open = 0",
        (row_id,),
    ).fetchone()
    if row is None:
        return
    kind, start, end, offset = row
    if end <= start:
        conn.execute("DELETE FROM intervals WHERE id = ?", (row_id,))
        return
    before = _touching_before(conn, ActivityKind(kind), start, offset)
    if before is not None and before != row_id:
        conn.execute("UPDATE intervals SET end_utc = MAX(end_utc, ?) WHERE id = ?", (end, before))
        conn.execute("DELETE FROM intervals WHERE id = ?", (row_id,))


def _next_local_midnight(instant: float, utc_offset: int) -> float:
    day = local_date(instant, utc_offset) + dt.timedelta(days=1)
    return instant_of_local(dt.datetime.combine(day, dt.time()), utc_offset)


def _break_from_row(row: tuple[object, ...]) -> BreakRecord:
    due, outcome, offset, prompted, started, ended, snoozes, ids = row
    assert isinstance(due, float) and isinstance(offset, int) and isinstance(snoozes, int)
    assert isinstance(outcome, str) and isinstance(ids, str)
    return BreakRecord(
        due=due,
        outcome=Outcome(outcome),
        utc_offset=offset,
        prompted=_opt_float(prompted),
        started=_opt_float(started),
        ended=_opt_float(ended),
        snoozes=snoozes,
        stretch_ids=tuple(str(i) for i in json.loads(ids)),
    )


def _opt_float(value: object) -> float | None:
    if value is None:
        return None
    assert isinstance(value, int | float)
    return float(value)
