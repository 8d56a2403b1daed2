"""Opening the history database and migrating its schema (SPEC section 8).

The schema version lives in ``PRAGMA user_version`` and moves forward one
explicit step at a time.  Environment problems a user can act on (a newer
database, a disk that is full, a folder that cannot be written) raise
``DatabaseError`` with a message for them; anything else is a bug and is
allowed to crash loudly.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Final


class DatabaseError(Exception):
    """A problem with the history file that the user should be told about."""


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer Standup Buddy; it is left untouched."""


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


# Step N brings a database from version N - 1 to version N.
# Each step is one SQL script (statements split on ";", so none inside comments),
# run in one transaction together with the version bump.
MIGRATIONS: Final[tuple[str, ...]] = (_V1, _V2, _V3)
SCHEMA_VERSION: Final = len(MIGRATIONS)


def open_database(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and, unless ``readonly``, create and migrate) the history database.

    A read-only open of a missing file returns an empty in-memory database of
    the current schema, so read commands work before the app ever ran.
    """
    if readonly and not path.exists():
        conn = sqlite3.connect(":memory:", isolation_level=None)
        _migrate(conn, Path(":memory:"))
        return conn
    try:
        if readonly:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5, isolation_level=None
            )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: the store opens its transactions explicitly.
            conn = sqlite3.connect(path, timeout=5, isolation_level=None)
    except (sqlite3.Error, OSError) as exc:
        raise DatabaseError(f"cannot open the history file {path}: {exc}") from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            conn.close()
            raise DatabaseTooNew(
                f"the history file {path} was written by a newer Standup Buddy (schema "
                f"version {version}; this version reads up to {SCHEMA_VERSION}). It was not "
                "changed. Install the newer version, or move the file aside to start afresh."
            )
        if not readonly:
            # WAL: readers (the CLI, the Progress window) never block the tracker,
            # and a process killed mid-write leaves the database consistent.
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            _migrate(conn, path)
        elif version < SCHEMA_VERSION:
            # An older file opened read-only: read it through a migrated copy in memory.
            memory = sqlite3.connect(":memory:", isolation_level=None)
            conn.backup(memory)
            conn.close()
            conn = memory
            _migrate(conn, path)
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError(f"the history file {path} cannot be used: {exc}") from exc
    return conn


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    while version < SCHEMA_VERSION:
        statements = [s.strip() for s in MIGRATIONS[version].split(";") if s.strip()]
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
