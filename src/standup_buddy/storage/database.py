"""Opening the history database and migrating its schema (SPEC section 8).

The schema version lives in ``PRAGMA user_version`` and moves forward one
explicit step at a time.  Environment problems a user can act on (a newer
database, a disk that is full, a folder that cannot be written) raise
``DatabaseError`` with a message for them; anything else is a bug and is
allowed to crash loudly.

Damage is never made worse: ``PRAGMA quick_check`` runs at every open, and
``open_history`` moves a damaged file aside untouched (with its ``-wal`` and
``-shm``) as ``history.sqlite3.damaged-<time>``, starts a fresh file and copies
into it every row that can still be read.  A read-only open reads what it can
the same way, into memory.  See docs/robustness.md.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """A problem with the history file that the user should be told about."""


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer Standup Buddy; it is left untouched."""


class DatabaseDamaged(DatabaseError):
    """The file fails SQLite's integrity check (or is not a database at all)."""


@dataclass(frozen=True, slots=True)
class Salvage:
    """What ``open_history`` did with a damaged file: where it is, what was kept."""

    damaged_copy: Path | None
    rows_kept: int
    tables_unreadable: tuple[str, ...]

    def message(self) -> str:
        """The plain-words notice for the user (shown once)."""
        where = f" The damaged file was kept as {self.damaged_copy}." if self.damaged_copy else ""
        lost = (
            f" Some {', '.join(self.tables_unreadable)} could not be read back."
            if self.tables_unreadable
            else ""
        )
        return (
            f"The history file was damaged (a disk or file-system problem), so Standup Buddy "
            f"started a fresh one and copied into it the {self.rows_kept} records it could "
            f"still read.{lost}{where} Tracking goes on as usual."
        )


# How long a write waits for another program's lock before the store keeps it
# in memory and tries again later: short, because it runs on the GUI thread.
APP_BUSY_TIMEOUT_S: Final = 0.05


_V1 = """
        CREATE TABLE intervals (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN
                ('sitting', 'natural_break', 'break', 'standing', 'paused')),
            start_utc REAL NOT NULL,
            end_utc REAL NOT NULL CHECK (end_utc >= start_utc),
            utc_offset INTEGER NOT NULL,
            -- 1 while the tracker is still extending it (heartbeat), 0 once closed.
            open INTEGER NOT NULL DEFAULT 0
        );
        -- Every row lies inside one local day (writers split at local midnight),
        -- so a range query can bound start_utc on both sides and use this index.
        CREATE INDEX intervals_by_start ON intervals (start_utc);
        CREATE INDEX intervals_open ON intervals (open) WHERE open = 1;

        CREATE TABLE breaks (
            id INTEGER PRIMARY KEY,
            due_utc REAL NOT NULL,
            prompted_utc REAL,
            started_utc REAL,
            ended_utc REAL,
            anchor_utc REAL NOT NULL,
            utc_offset INTEGER NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN
                ('completed', 'snoozed', 'skipped', 'missed')),
            snoozes INTEGER NOT NULL DEFAULT 0 CHECK (snoozes >= 0),
            stretch_ids TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX breaks_by_anchor ON breaks (anchor_utc);

        CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            metric TEXT NOT NULL CHECK (metric IN
                ('movement_minutes', 'breaks', 'active_hours')),
            target INTEGER NOT NULL CHECK (target > 0),
            effective_date TEXT NOT NULL,
            set_utc REAL NOT NULL
        );

        CREATE TABLE app_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """


# The optional daily symptom check-in (off by default, never sent anywhere).
_V2 = """
        CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            local_date TEXT NOT NULL UNIQUE,
            at_utc REAL NOT NULL,
            utc_offset INTEGER NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
            note TEXT NOT NULL DEFAULT ''
        );
        """


# One natural break, one row: earlier versions could store a natural break as
# several touching pieces (some of no length).  Closed pieces of no length go;
# natural-break pieces that touch (same offset, same local day) join the first.
_V3 = """
        DELETE FROM intervals WHERE open = 0 AND end_utc <= start_utc;

        CREATE TEMP TABLE nb_pieces AS
        WITH ordered AS (
            SELECT id, start_utc, end_utc, utc_offset,
                CAST((start_utc + utc_offset) / 86400 AS INTEGER) AS day,
                LAG(end_utc) OVER w AS prev_end,
                LAG(utc_offset) OVER w AS prev_offset,
                LAG(CAST((start_utc + utc_offset) / 86400 AS INTEGER)) OVER w AS prev_day
            FROM intervals WHERE kind = 'natural_break' AND open = 0
            WINDOW w AS (ORDER BY start_utc, id)
        ), marked AS (
            SELECT id, start_utc, end_utc, CASE WHEN prev_end IS NOT NULL
                AND ABS(prev_end - start_utc) < 0.001
                AND prev_offset = utc_offset AND prev_day = day THEN 0 ELSE 1 END AS first
            FROM ordered
        )
        SELECT id, end_utc, first,
            SUM(first) OVER (ORDER BY start_utc, id ROWS UNBOUNDED PRECEDING) AS run
        FROM marked;

        UPDATE intervals SET end_utc = (
            SELECT MAX(b.end_utc) FROM nb_pieces a JOIN nb_pieces b ON a.run = b.run
            WHERE a.id = intervals.id)
        WHERE id IN (SELECT id FROM nb_pieces WHERE first = 1);

        DELETE FROM intervals WHERE id IN (SELECT id FROM nb_pieces WHERE first = 0);

        DROP TABLE nb_pieces
        """


# Two kinds of break: movement breaks (every row so far) and micro-pauses.
# Every reader of movement figures selects kind = 'movement'.
_V4 = """
        ALTER TABLE breaks ADD COLUMN kind TEXT NOT NULL DEFAULT 'movement'
            CHECK (kind IN ('movement', 'micro'));
        CREATE INDEX breaks_by_kind_anchor ON breaks (kind, anchor_utc)
        """


# Day marks (core/marks.py): emergency exits from a break, and the day the
# screen-time cap was reached - that one at most once a local day, which the
# partial unique index keeps true across restarts.
_V5 = """
        CREATE TABLE day_marks (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            local_date TEXT NOT NULL,
            at_utc REAL NOT NULL,
            utc_offset INTEGER NOT NULL
        );
        CREATE INDEX day_marks_by_date ON day_marks (local_date);
        CREATE UNIQUE INDEX day_marks_once_a_day ON day_marks (kind, local_date)
            WHERE kind = 'screen_time_cap'
        """


def _day(instant: str, offset: str) -> str:
    """SQL for the day number ``core.stats.local_day`` gives: floor((instant + offset) / 1 day).

    SQLite has no floor() unless built with its maths functions; CAST truncates
    toward zero, so one is taken off below zero where that is not the floor.
    """
    x = f"(({instant}) + ({offset})) / 86400.0"
    return f"(CAST({x} AS INTEGER) - ({x} < CAST({x} AS INTEGER)))"


def _interval_days(row: str) -> str:
    start = _day(f"{row}.start_utc", f"{row}.utc_offset")
    end = _day(f"{row}.end_utc", f"{row}.utc_offset")
    return f"day BETWEEN {start} - 2 AND max({end}, {start} + 1) + 2"


def _break_days(row: str) -> str:
    anchor = _day(f"{row}.anchor_utc", f"{row}.utc_offset")
    reset = _day(f"coalesce({row}.ended_utc, {row}.anchor_utc)", f"{row}.utc_offset")
    return f"day BETWEEN min({anchor}, {reset}) - 2 AND max({anchor}, {reset}) + 2"



# The figure cache (storage/daystats.py): each local day's figures before the
# goal (core.stats.DayTotals: the minutes as cut for the figures, the counts,
# the exact movement minutes) as the figure rules FIGURE_RULES gave them with the
# natural-break cap ``cap_minutes``; a row with other rules or another cap is
# a miss.  Goal, history start and day marks are applied when it is read, so
# changing the goal never makes a row stale.  Days are local day numbers
# (days since 1970-01-01, core.stats.local_day).
#
# Every change to a row the figures read deletes the cached days it can
# affect: from its start day to its end day in its own UTC offset (breaks: the
# days of its anchor and of its end, where a skip cuts a sitting run), two
# days more on each side, and for intervals at least three days after the
# start day.  Why that is enough, with offsets between UTC-12 and UTC+14
# (every real zone), rows of at most 26 hours (writers split at local
# midnight) and a natural-break cap of at most 120 minutes (settings/schema.py):
#
# * A day's sitting runs lie between its midnight at UTC+14 and its end at
#   UTC-12, 50 hours in UTC.  A reset instant (a skip, the start of a break or
#   a natural break) or a sitting piece that changes a run therefore lies in
#   that span, and read in any record's own offset (26 hours apart at most)
#   it falls within two local days of the day it changes.
# * A natural break counts (once, its length capped, its clock hour active) on
#   the day its run of touching pieces began, and the pieces run on across
#   midnight.  A piece changes that count only by starting less than the cap
#   after the run began (under 2 + 26 hours later in local time: within two
#   days), or by ending where the next piece starts (the same instant: within
#   two days of that piece's day).  The one reach further: a piece stored
#   over the one before a run's next piece (rows never overlap as the tracker
#   writes them, but one may be written by hand) decides whether that next
#   piece starts a run; it starts at most 26 hours after the new piece, 52
#   hours later in local time, so three days after the new piece's start day.
# * Breaks count on their anchor's day; a skip's end is a reset instant.
#
# Only the columns the figures read fire the triggers (the heartbeat's closing
# of a row by ``open = 0`` alone does not), and micro-pauses are no movement.
# A later migration that changes rows fires these triggers too; one that
# changes the figure rules bumps FIGURE_RULES instead of touching this table.
_V6 = f"""
        CREATE TABLE day_figures (
            day INTEGER PRIMARY KEY,
            rules INTEGER NOT NULL,
            cap_minutes INTEGER NOT NULL,
            sitting_minutes REAL NOT NULL,
            longest_sitting_minutes REAL NOT NULL,
            standing_minutes REAL NOT NULL,
            paused_minutes REAL NOT NULL,
            breaks_completed INTEGER NOT NULL,
            breaks_skipped INTEGER NOT NULL,
            breaks_snoozed INTEGER NOT NULL,
            breaks_missed INTEGER NOT NULL,
            break_minutes REAL NOT NULL,
            natural_breaks INTEGER NOT NULL,
            natural_break_minutes REAL NOT NULL,
            movement_minutes REAL NOT NULL,
            movement_from_natural REAL NOT NULL,
            active_hours INTEGER NOT NULL,
            movement_exact REAL NOT NULL
        );

        CREATE TRIGGER day_figures_interval_added AFTER INSERT ON intervals BEGIN
            DELETE FROM day_figures WHERE {_interval_days("NEW")};
        END;
        CREATE TRIGGER day_figures_interval_changed
            AFTER UPDATE OF kind, start_utc, end_utc, utc_offset ON intervals BEGIN
            DELETE FROM day_figures WHERE {_interval_days("OLD")};
            DELETE FROM day_figures WHERE {_interval_days("NEW")};
        END;
        CREATE TRIGGER day_figures_interval_deleted AFTER DELETE ON intervals BEGIN
            DELETE FROM day_figures WHERE {_interval_days("OLD")};
        END;

        CREATE TRIGGER day_figures_break_added AFTER INSERT ON breaks
            WHEN NEW.kind = 'movement' BEGIN
            DELETE FROM day_figures WHERE {_break_days("NEW")};
        END;
        CREATE TRIGGER day_figures_break_changed
            AFTER UPDATE OF anchor_utc, outcome, utc_offset, started_utc, ended_utc, snoozes, kind
            ON breaks WHEN OLD.kind = 'movement' OR NEW.kind = 'movement' BEGIN
            DELETE FROM day_figures WHERE {_break_days("OLD")};
            DELETE FROM day_figures WHERE {_break_days("NEW")};
        END;
        CREATE TRIGGER day_figures_break_deleted AFTER DELETE ON breaks
            WHEN OLD.kind = 'movement' BEGIN
            DELETE FROM day_figures WHERE {_break_days("OLD")};
        END
        """


# Step N brings a database from version N - 1 to version N.
# Each step is one SQL script (statements split on ";" - a trigger's body kept
# whole - so none inside comments), run in one transaction together with the
# version bump.
MIGRATIONS: Final[tuple[str, ...]] = (_V1, _V2, _V3, _V4, _V5, _V6)
SCHEMA_VERSION: Final = len(MIGRATIONS)


def open_database(
    path: Path, *, readonly: bool = False, timeout: float = 5.0
) -> sqlite3.Connection:
    """Open (and, unless ``readonly``, create and migrate) the history database.

    A read-only open of a missing file returns an empty in-memory database of
    the current schema, so read commands work before the app ever ran.  A
    damaged file raises ``DatabaseDamaged`` (writable) or is read into memory
    as far as it can be (read-only); use ``open_history`` to repair it.
    """
    conn, _salvage = open_history(path, readonly=readonly, timeout=timeout, repair=False)
    return conn


def open_history(
    path: Path, *, readonly: bool = False, timeout: float = 5.0, repair: bool = True
) -> tuple[sqlite3.Connection, Salvage | None]:
    """Open the history database; with ``repair`` a damaged file is set aside and salvaged.

    Returns the connection and, when the file was damaged, what was done.
    """
    if readonly:
        return _open_readonly(path, timeout)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot open the history file {path}: {exc}") from exc
    salvage = None
    problem = _damage(path, timeout) if path.exists() else None
    if problem is not None:
        if not repair:
            raise DatabaseDamaged(f"the history file {path} cannot be used: {problem}")
        log.error("history file %s is damaged: %s", path, problem)
        salvage = _set_aside_and_salvage(path)
    return _open_writable(path, timeout), salvage


def _open_writable(path: Path, timeout: float) -> sqlite3.Connection:
    try:
        # Autocommit mode: the store opens its transactions explicitly.
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    except (sqlite3.Error, OSError) as exc:
        raise DatabaseError(f"cannot open the history file {path}: {exc}") from exc
    try:
        _refuse_newer(conn, path)
        # WAL: readers (the CLI, the Progress window) never block the tracker,
        # and a process killed mid-write leaves the database consistent.
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        _migrate(conn, path)
        conn.execute("PRAGMA foreign_keys=ON")
    except DatabaseError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError(f"the history file {path} cannot be used: {exc}") from exc
    return conn


def _open_readonly(path: Path, timeout: float) -> tuple[sqlite3.Connection, Salvage | None]:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    _migrate(memory, Path(":memory:"))
    if not path.exists():
        return memory, None
    conn = _connect_readonly(path, timeout)
    try:
        _refuse_newer(conn, path)
        problem = _quick_check(conn)
    except DatabaseTooNew:
        conn.close()
        memory.close()
        raise
    except sqlite3.OperationalError as exc:
        conn.close()
        raise DatabaseError(f"the history file {path} cannot be read: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    if problem is None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            memory.close()
            return conn, None
        # An older file: read it through a migrated copy in memory.
        memory.close()
        memory = sqlite3.connect(":memory:", isolation_level=None)
        conn.backup(memory)
        conn.close()
        _migrate(memory, path)
        return memory, None
    # Damaged: read what can be read into memory; the file is not touched.
    kept, unreadable = _copy_rows(conn, memory)
    conn.close()
    return memory, Salvage(None, kept, unreadable)


def _connect_readonly(path: Path, timeout: float) -> sqlite3.Connection:
    uri = path.resolve().as_uri()
    last: Exception | None = None
    # mode=ro first; on read-only storage a WAL file cannot get its -shm index,
    # so fall back to immutable=1 (SQLite then reads the file as it is).
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{query}", uri=True, timeout=timeout,
                                   isolation_level=None)
            conn.execute("PRAGMA user_version").fetchone()
            return conn
        except sqlite3.OperationalError as exc:
            last = exc
            with contextlib.suppress(UnboundLocalError):
                conn.close()
        except sqlite3.DatabaseError as exc:  # not a database: the check reports it
            last = exc
            return conn
    raise DatabaseError(f"cannot open the history file {path}: {last}")


def _refuse_newer(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        conn.close()
        raise DatabaseTooNew(
            f"the history file {path} was written by a newer Standup Buddy (schema "
            f"version {version}; this version reads up to {SCHEMA_VERSION}). It was not "
            "changed. Install the newer version, or move the file aside to start afresh."
        )


def _quick_check(conn: sqlite3.Connection) -> str | None:
    """None when SQLite finds the file sound, else its first complaint."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if rows == [("ok",)]:
        return None
    return "; ".join(str(r[0]) for r in rows[:3])


def _damage(path: Path, timeout: float) -> str | None:
    """Why ``path`` cannot be used as it is, or None (it is only read here)."""
    try:
        conn = _connect_readonly(path, timeout)
    except DatabaseError:
        return None  # cannot even be opened: the writable open says why
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION:
            return None  # a newer app's file: refused, never "repaired"
        return _quick_check(conn)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return None  # another program holds it: not damage
        return str(exc)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def _set_aside_and_salvage(path: Path) -> Salvage:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    try:
        # Renamed, never rewritten: the damaged bytes stay as they were.
        path.rename(aside)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(aside.with_name(aside.name + suffix))
    except OSError as exc:
        raise DatabaseError(
            f"the history file {path} is damaged and could not be moved aside: {exc}"
        ) from exc
    fresh = sqlite3.connect(path, isolation_level=None)
    try:
        fresh.execute("PRAGMA journal_mode=WAL")
        _migrate(fresh, path)
        try:
            old = _connect_readonly(aside, 1.0)
        except DatabaseError:
            return Salvage(aside, 0, ("records",))
        try:
            kept, unreadable = _copy_rows(old, fresh)
        finally:
            old.close()
    finally:
        fresh.close()
    log.error("history salvaged: %d records kept, damaged file at %s", kept, aside)
    return Salvage(aside, kept, unreadable)


# The figure cache (day_figures) is left behind: the fresh file computes it anew.
_TABLES: Final = ("intervals", "breaks", "goals", "app_state", "checkins", "day_marks")


def _copy_rows(old: sqlite3.Connection, new: sqlite3.Connection) -> tuple[int, tuple[str, ...]]:
    """Copy every row that can still be read (by rowid, skipping what cannot)."""
    kept = 0
    unreadable: list[str] = []
    for table in _TABLES:
        columns = [r[1] for r in new.execute(f"PRAGMA table_info({table})")]
        try:
            have = {r[1] for r in old.execute(f"PRAGMA table_info({table})")}
        except sqlite3.DatabaseError:
            unreadable.append(table)
            continue
        wanted = [c for c in columns if c in have]
        if not wanted:
            continue
        rows, complete = _readable_rows(old, table, wanted)
        if not complete:
            unreadable.append(table)
        marks = ", ".join("?" * len(wanted))
        new.execute("BEGIN")
        for row in rows:
            try:
                new.execute(
                    f"INSERT OR IGNORE INTO {table} ({', '.join(wanted)}) VALUES ({marks})", row
                )
                kept += 1
            except sqlite3.DatabaseError:  # a garbled value breaking a CHECK
                complete = False
        new.execute("COMMIT")
    return kept, tuple(unreadable)


def _readable_rows(
    old: sqlite3.Connection, table: str, columns: list[str]
) -> tuple[list[tuple[object, ...]], bool]:
    """Rows in rowid order; a damaged stretch is stepped over (bounded attempts)."""
    rows: list[tuple[object, ...]] = []
    select = f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE rowid > ? ORDER BY rowid"
    after, complete, attempts, step = -(2**63), True, 0, 1
    while attempts < 200 and after < 2**62:
        try:
            for row in old.execute(select, (after,)):
                rows.append(tuple(row[1:]))
                after, step = int(row[0]), 1
            return rows, complete
        except sqlite3.DatabaseError:
            complete = False
            attempts += 1
            # Skip ahead past the bad page: 1, 2, 4, ... rowids.
            after = after + step if after > -(2**63) else 0
            step *= 2
    return rows, False


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    while version < SCHEMA_VERSION:
        statements = migration_statements(MIGRATIONS[version])
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise DatabaseError(
                f"could not update the history file {path} to schema version {version + 1}: {exc}"
            ) from exc
        version += 1


def migration_statements(script: str) -> list[str]:
    """The statements of one migration script, in order.

    Split on ";", the pieces joined again until SQLite sees a complete
    statement, so a trigger's body (statements between BEGIN and END) stays one.
    """
    statements: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip())
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip())
    return statements
