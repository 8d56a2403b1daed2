"""Reading and writing history: intervals, breaks, goals, check-ins.

Writers follow two rules that keep queries cheap and crashes harmless:

* every stored interval lies inside one local day (``add_interval`` and the
  heartbeat split at local midnight), so a query for a range of days bounds
  ``start_utc`` on both sides and touches only those days' rows;
* the running interval is one ``open`` row whose end is pushed forward by a
  heartbeat (the caller decides how often: at most once a minute), so a kill
  loses at most the time since the last heartbeat, and ``close_dangling``
  ends such a row at that heartbeat on the next start.

Writes never wait long for another program's lock (they run on the GUI
thread): each one is a batch of statements, and a batch that finds the file
locked is kept in memory, in order, and written before the next one - at the
latest at the next heartbeat, or when the store is closed.  Interval row ids
are given out here, so a batch still waiting never changes meaning.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sqlite3
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from standup_buddy.core.marks import ONCE_A_DAY, DayMark, MarkKind
from standup_buddy.core.model import (
    ActivityKind,
    BreakKind,
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
from standup_buddy.storage.zone import OffsetAt, split_at_offset_changes

log = logging.getLogger(__name__)

# Rows never span more than a local day; 26 h leaves room for a 25-hour day.
_MAX_ROW_SECONDS = 26 * 3600.0
# Writes kept in memory while another program holds the file (a week of heartbeats).
MAX_PENDING_WRITES = 20_000
# How long closing waits for a lock to go before giving up the writes still waiting.
CLOSE_BUSY_TIMEOUT_MS = 2000

Statement = tuple[str, tuple[object, ...]]
_INSERT_MARK = (
    "INSERT OR IGNORE INTO day_marks (kind, local_date, at_utc, utc_offset) VALUES (?, ?, ?, ?)"
)
_SET_STATE = (
    "INSERT INTO app_state (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
_INSERT_INTERVAL = (
    "INSERT INTO intervals (id, kind, start_utc, end_utc, utc_offset, open) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


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

    def __init__(self, conn: sqlite3.Connection, offset_at: OffsetAt | None = None) -> None:
        self._conn = conn
        # The zone's offset at an instant (the app passes the system zone's):
        # finished intervals are labelled by it, see storage.zone.
        self._offset_at = offset_at
        self._pending: deque[list[Statement]] = deque()
        self._next_id = 0
        self._busy_logged = False
        # Whether figures computed here are kept in the figure cache
        # (storage/daystats.py): False once the connection refused the write
        # (a read-only open, as the CLI and the Progress window make).
        self.keeps_figures = True

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection (for benchmarks and maintenance)."""
        return self._conn

    @property
    def pending_writes(self) -> int:
        """Batches kept in memory because another program holds the file."""
        return len(self._pending)

    def close(self) -> None:
        """Write what is still waiting (up to a short wait for a lock), then close."""
        if self._pending:
            with contextlib.suppress(sqlite3.Error, DatabaseError):
                self._conn.execute(f"PRAGMA busy_timeout = {CLOSE_BUSY_TIMEOUT_MS}")
                self.flush()
            if self._pending:
                log.error("%d history write(s) could not be saved: the file stayed locked",
                          len(self._pending))
        self._conn.close()

    def flush(self) -> bool:
        """Write the batches kept in memory, oldest first; True when none is left.

        A lock keeps them (no error); any other failure (a full disk, a
        read-only folder, a damaged file) drops the batch that failed and
        raises ``DatabaseError``.
        """
        while self._pending:
            batch = self._pending[0]
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    for sql, params in batch:
                        self._conn.execute(sql, params)
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            except sqlite3.IntegrityError:
                self._pending.popleft()
                raise  # a bug in what we wrote: loudly
            except sqlite3.DatabaseError as exc:
                with contextlib.suppress(sqlite3.Error):
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                if _is_busy(exc):
                    if not self._busy_logged:
                        log.warning("history file locked by another program; %d write(s) "
                                    "kept in memory until it is free", len(self._pending))
                        self._busy_logged = True
                    return False
                self._pending.popleft()
                raise DatabaseError(f"could not save history: {exc}") from exc
            self._pending.popleft()
        if self._busy_logged:
            log.info("history file free again: waiting writes saved")
            self._busy_logged = False
        return True

    def _commit(self, batch: list[Statement]) -> None:
        if len(self._pending) >= MAX_PENDING_WRITES:
            self._pending.popleft()
            log.error("history file locked for too long: the oldest waiting write was dropped")
        self._pending.append(batch)
        self.flush()

    def _day_pieces(self, interval: Interval) -> list[Interval]:
        if self._offset_at is None:
            return split_at_local_midnight(interval)
        zoned = split_at_offset_changes(interval, self._offset_at)
        return [piece for part in zoned for piece in split_at_local_midnight(part)]

    def _new_id(self) -> int:
        try:
            (top,) = self._conn.execute("SELECT coalesce(max(id), 0) FROM intervals").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"could not read history: {exc}") from exc
        self._next_id = max(self._next_id, int(top) + 1)
        self._next_id += 1
        return self._next_id - 1

    def _closed_piece(self, part: Interval) -> list[Statement]:
        """Statements writing a finished piece: none of no length; a touching natural break joins.

        The tracker never ends a natural break and starts another at the same
        instant unless a return of no length lay between, so such pieces are
        one natural break.  Worked out when the batch runs (it may wait in the
        queue behind others), so it sees every row written before it.
        """
        if part.end <= part.start:
            return []
        row_id, insert = self._insert(part, False)
        if part.kind not in _JOINED_KINDS:
            return [insert]
        join = _join_statement(part.kind, part.start, part.end, part.utc_offset)
        # Inserted only when no earlier piece took it (changes() of the join).
        conditional = (
            "INSERT INTO intervals (id, kind, start_utc, end_utc, utc_offset, open) "
            "SELECT ?, ?, ?, ?, ?, 0 WHERE changes() = 0",
            (row_id, part.kind.value, part.start, part.end, part.utc_offset),
        )
        return [join, conditional]

    def _insert(self, part: Interval, is_open: bool) -> tuple[int, Statement]:
        row_id = self._new_id()
        values = (row_id, part.kind.value, part.start, part.end, part.utc_offset, int(is_open))
        return row_id, (_INSERT_INTERVAL, values)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # Direct writes the caller waits for (deleting check-ins): after the queue.
        self.flush()
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
        batch: list[Statement] = []
        for part in self._day_pieces(interval):
            batch += self._closed_piece(part)
        self._commit(batch)

    def open_interval(self, kind: ActivityKind, start: float, utc_offset: int) -> OpenInterval:
        """Start the running interval; it stays ``open`` until closed."""
        row_id, statement = self._insert(Interval(kind, start, start, utc_offset), True)
        self._commit([statement])
        return OpenInterval(row_id, kind, start, start, utc_offset)

    def heartbeat(self, running: OpenInterval, now: float) -> OpenInterval:
        """Extend the running interval to ``now``; crossing local midnight starts a new row."""
        batch, extended = self._heartbeat_batch(running, max(now, running.start))
        self._commit(batch)
        return extended

    def _heartbeat_batch(
        self, running: OpenInterval, now: float
    ) -> tuple[list[Statement], OpenInterval]:
        batch: list[Statement] = []
        current = running
        while True:
            midnight = _next_local_midnight(current.start, current.utc_offset)
            if now < midnight:
                batch.append(("UPDATE intervals SET end_utc = ? WHERE id = ?",
                              (now, current.row_id)))
                extended = OpenInterval(
                    current.row_id, current.kind, current.start, now, current.utc_offset
                )
                return batch, extended
            batch.append(("UPDATE intervals SET end_utc = ?, open = 0 WHERE id = ?",
                          (midnight, current.row_id)))
            row_id, insert = self._insert(
                Interval(current.kind, midnight, midnight, current.utc_offset), True
            )
            batch.append(insert)
            current = OpenInterval(row_id, current.kind, midnight, midnight, current.utc_offset)

    def close_interval(self, running: OpenInterval, end: float) -> None:
        """Finish the running interval at ``end``, in one transaction (quit, logout).

        A piece left with no length is dropped; a natural break touching the
        one before joins it.
        """
        batch, extended = self._heartbeat_batch(running, max(end, running.start))
        batch += _settle_statements(
            extended.row_id, extended.kind, extended.start, extended.end, extended.utc_offset
        )
        self._commit(batch)

    def replace_rows(self, row_ids: list[int], interval: Interval | None) -> None:
        """Swap the rows a running interval wrote for its final form, atomically.

        The running interval may span several rows (a heartbeat splits it at
        local midnight) and may end earlier than its last heartbeat (the
        tracker cuts it back to the last input); replacing every row at once
        never leaves a duplicate or an overlap.  ``None`` just drops the rows.
        """
        batch: list[Statement] = [("DELETE FROM intervals WHERE id = ?", (i,)) for i in row_ids]
        if interval is not None:
            for part in self._day_pieces(interval):
                batch += self._closed_piece(part)
        self._commit(batch)

    def close_dangling(self) -> list[Interval]:
        """End intervals left open by a crash at their last heartbeat; returns them."""
        try:
            rows = self._conn.execute(
                "SELECT id, kind, start_utc, end_utc, utc_offset FROM intervals WHERE open = 1"
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"could not read history: {exc}") from exc
        batch: list[Statement] = []
        for row_id, kind, start, end, offset in rows:
            # A crash between opening a row and its first heartbeat leaves nothing to keep.
            batch += _settle_statements(row_id, ActivityKind(kind), start, end, offset)
        if batch:
            self._commit(batch)
        return [Interval(ActivityKind(k), s, e, o) for _i, k, s, e, o in rows]

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
        self._commit([(
            "INSERT INTO breaks (due_utc, prompted_utc, started_utc, ended_utc, anchor_utc, "
            "utc_offset, outcome, snoozes, stretch_ids, kind) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                record.kind.value,
            ),
        )])

    def breaks_between(
        self, start: float, end: float, kind: BreakKind = BreakKind.MOVEMENT
    ) -> list[BreakRecord]:
        """Breaks of ``kind`` whose anchor instant lies in [start, end), oldest first."""
        rows = self._conn.execute(
            "SELECT due_utc, outcome, utc_offset, prompted_utc, started_utc, ended_utc, snoozes, "
            "stretch_ids, kind FROM breaks WHERE kind = ? AND anchor_utc >= ? AND anchor_utc < ? "
            "ORDER BY anchor_utc, id",
            (kind.value, start, end),
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
        self._commit([(
            "INSERT INTO goals (metric, target, effective_date, set_utc) VALUES (?, ?, ?, ?)",
            (goal.metric.value, goal.target, goal.effective.isoformat(), set_at),
        )])
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
        self._commit([(
            "INSERT INTO checkins (local_date, at_utc, utc_offset, score, note) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (local_date) DO UPDATE SET "
            "at_utc = excluded.at_utc, utc_offset = excluded.utc_offset, "
            "score = excluded.score, note = excluded.note",
            (checkin.day.isoformat(), checkin.at, checkin.utc_offset, checkin.score,
             checkin.note),
        )])

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

    # --- day marks (core/marks.py) ---------------------------------------------

    def add_mark(self, mark: DayMark) -> bool:
        """Store ``mark``; False when its kind is once a day and the day has one."""
        day = mark.day.isoformat()
        if mark.kind in ONCE_A_DAY and self.marks(mark.day, mark.day, kind=mark.kind):
            return False
        self._commit([(_INSERT_MARK, (mark.kind.value, day, mark.at, mark.utc_offset))])
        return True

    def marks(
        self, first: dt.date, last: dt.date, *, kind: MarkKind | None = None
    ) -> list[DayMark]:
        """Marks on local dates ``first`` to ``last`` (inclusive), oldest first."""
        rows = self._conn.execute(
            "SELECT kind, at_utc, utc_offset FROM day_marks "
            "WHERE local_date >= ? AND local_date <= ? ORDER BY at_utc, id",
            (first.isoformat(), last.isoformat()),
        ).fetchall()
        # Marks saved but still waiting for a lock count too (once a day stays once).
        rows += [
            (k, a, o)
            for batch in self._pending
            for sql, (k, d, a, o) in batch
            if sql is _INSERT_MARK and first.isoformat() <= str(d) <= last.isoformat()
        ]
        kinds = {k.value for k in MarkKind}
        found = [DayMark(MarkKind(k), float(a), int(o)) for k, a, o in rows if k in kinds]
        return [m for m in found if kind is None or m.kind is kind]

    # --- small persistent state (rotation position, first-run flags) -----------

    def get_state(self, key: str) -> str | None:
        """A value saved with ``set_state``, or None."""
        for batch in reversed(self._pending):  # saved but still waiting for a lock
            for sql, params in reversed(batch):
                if sql is _SET_STATE and params[0] == key:
                    return str(params[1])
        row = self._conn.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_state(self, key: str, value: str) -> None:
        """Save a small named value."""
        self._commit([(_SET_STATE, (key, value))])

    # --- whole history -----------------------------------------------------------

    def all_intervals(self) -> Iterator[Interval]:
        """Every interval, oldest first (for export)."""
        for k, s, e, o in self._conn.execute(
            "SELECT kind, start_utc, end_utc, utc_offset FROM intervals "
            "WHERE end_utc > start_utc ORDER BY start_utc, id"
        ):
            yield Interval(ActivityKind(k), s, e, o)

    def all_breaks(self) -> Iterator[BreakRecord]:
        """Every break of either kind, oldest first (for export)."""
        for row in self._conn.execute(
            "SELECT due_utc, outcome, utc_offset, prompted_utc, started_utc, ended_utc, snoozes, "
            "stretch_ids, kind FROM breaks ORDER BY anchor_utc, id"
        ):
            yield _break_from_row(row)

def _is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc)


# Two pieces closer than this (seconds) touch: the same instant, written twice.
_TOUCH_SECONDS = 1e-3
# Kinds whose touching pieces are one interval.  A natural break can be cut in
# pieces by a return that was gone again before any time passed; sitting and
# the other kinds stay as the tracker wrote them.
_JOINED_KINDS = frozenset({ActivityKind.NATURAL_BREAK})


def _join_statement(kind: ActivityKind, start: float, end: float, utc_offset: int) -> Statement:
    """Extend the closed row of ``kind`` that ends at ``start`` on the same local day to ``end``."""
    day_start = instant_of_local(
        dt.datetime.combine(local_date(start, utc_offset), dt.time()), utc_offset
    )
    return (
        "UPDATE intervals SET end_utc = MAX(end_utc, ?) WHERE id = (SELECT id FROM intervals "
        "WHERE open = 0 AND kind = ? AND utc_offset = ? AND end_utc BETWEEN ? AND ? "
        "AND start_utc >= ? ORDER BY end_utc DESC LIMIT 1)",
        (end, kind.value, utc_offset, start - _TOUCH_SECONDS, start + _TOUCH_SECONDS, day_start),
    )


def _settle_statements(
    row_id: int, kind: ActivityKind, start: float, end: float, utc_offset: int
) -> list[Statement]:
    """Close a running row: dropped if it has no length, joined to a touching natural break."""
    if end <= start:
        return [("DELETE FROM intervals WHERE id = ?", (row_id,))]
    close: Statement = ("UPDATE intervals SET open = 0 WHERE id = ?", (row_id,))
    if kind not in _JOINED_KINDS:
        return [close]
    # Joined only into an earlier row; this one goes when the join took it.
    join_sql, join_args = _join_statement(kind, start, end, utc_offset)
    join: Statement = (join_sql.replace("WHERE open = 0", "WHERE id != ? AND open = 0"),
                       (join_args[0], row_id, *join_args[1:]))
    return [close, join, ("DELETE FROM intervals WHERE id = ? AND changes() > 0", (row_id,))]


def _next_local_midnight(instant: float, utc_offset: int) -> float:
    day = local_date(instant, utc_offset) + dt.timedelta(days=1)
    return instant_of_local(dt.datetime.combine(day, dt.time()), utc_offset)


def _break_from_row(row: tuple[object, ...]) -> BreakRecord:
    due, outcome, offset, prompted, started, ended, snoozes, ids, kind = row
    assert isinstance(due, float) and isinstance(offset, int) and isinstance(snoozes, int)
    assert isinstance(outcome, str) and isinstance(ids, str) and isinstance(kind, str)
    return BreakRecord(
        due=due,
        outcome=Outcome(outcome),
        utc_offset=offset,
        prompted=_opt_float(prompted),
        started=_opt_float(started),
        ended=_opt_float(ended),
        snoozes=snoozes,
        stretch_ids=tuple(str(i) for i in json.loads(ids)),
        kind=BreakKind(kind),
    )


def _opt_float(value: object) -> float | None:
    if value is None:
        return None
    assert isinstance(value, int | float)
    return float(value)
