"""History as the windows see it: check-ins, goals, exports and the figures Progress draws.

The one owner the windows go through for ``history.sqlite3``. The recording
side (intervals, breaks, the heartbeat) stays with the controller, which
writes through the same ``HistoryStore``. Every write a window asks for is
caught here: a full disk, a read-only folder or a locked database becomes a
message through the ``MessageCenter`` and a False return, never an exception
inside a Qt slot, and nothing already saved is touched.
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from standup_buddy.atomic_file import atomic_write
from standup_buddy.core.model import BreakRecord, GoalSetting, Interval
from standup_buddy.core.stats import DayStats
from standup_buddy.messages import MessageCenter, Severity
from standup_buddy.settings import Settings
from standup_buddy.storage.checkins import CheckInStore
from standup_buddy.storage.database import DatabaseError
from standup_buddy.storage.daystats import (
    default_goal,
    micro_for_days,
    sitting_by_hour_for_days,
    stats_for_days,
)
from standup_buddy.storage.history import CheckIn, HistoryStore
from standup_buddy.textfmt import WORDS

if TYPE_CHECKING:
    from standup_buddy.storage.sync_view import OtherDevices

__all__ = ["CheckIn", "DatabaseError", "HistoryService", "OtherDevices"]


# What a failed database or file operation can raise: the store wraps most
# sqlite3 errors in DatabaseError, reads may still raise sqlite3.Error.
_STORAGE_ERRORS = (DatabaseError, sqlite3.Error, OSError)


class HistoryService:
    """Check-ins, goals, exports and read views over one ``HistoryStore``."""

    def __init__(
        self,
        store: HistoryStore,
        messages: MessageCenter,
        *,
        checkins: CheckInStore | None = None,
        on_break: Callable[[BreakRecord], None] | None = None,
    ) -> None:
        self._store = store
        # A break a window ran (the daily routine) also goes to the sync
        # journal, so the other computers count it as they count prompted ones.
        self._on_break = on_break
        # Check-ins go through the book that journals them for the other
        # computers (``storage/checkins.py``) when there is one.
        self._checkins: CheckInStore = checkins if checkins is not None else store
        self._messages = messages
        self.last_problem: str | None = None

    # --- check-ins ---------------------------------------------------------------

    def checkins(
        self, first: dt.date | None = None, last: dt.date | None = None
    ) -> list[CheckIn]:
        """Check-ins between two local dates, oldest first ([] when unreadable)."""
        try:
            return self._checkins.checkins(first, last)
        except _STORAGE_ERRORS as err:
            self._report(
                WORDS.translate("ServiceMessages", "Check-ins could not be read"),
                err,
                key="checkins-read",
            )
            return []

    @property
    def synced(self) -> bool:
        """Whether check-ins also go to the user's other computers (a sync folder is set)."""
        return bool(getattr(self._checkins, "synced", False))

    def checkin_on(self, day: dt.date) -> CheckIn | None:
        """The day's check-in, if one was saved."""
        saved = self.checkins(day, day)
        return saved[0] if saved else None

    def save_checkin(self, checkin: CheckIn) -> bool:
        """Store (or replace) the day's check-in; False and a message when it failed."""
        try:
            self._checkins.set_checkin(checkin)
        except _STORAGE_ERRORS as err:
            self._report(WORDS.translate("ServiceMessages", "Your check-in was not saved"), err)
            return False
        return True

    def delete_checkins(self) -> int | None:
        """Forget every check-in; how many, or None (and a message) when it failed."""
        try:
            return self._checkins.delete_checkins()
        except _STORAGE_ERRORS as err:
            self._report(WORDS.translate("ServiceMessages", "Check-ins were not deleted"), err)
            return None

    # --- breaks the windows record ---------------------------------------------

    def add_break(self, record: BreakRecord) -> bool:
        """Record a break a window ran (the daily routine); False and a message on failure."""
        try:
            self._store.add_break(record)
        except _STORAGE_ERRORS as err:
            self._report(WORDS.translate("ServiceMessages", "Your routine was not saved"), err)
            return False
        if self._on_break is not None:
            self._on_break(record)
        return True

    # --- figures -----------------------------------------------------------------

    def stats(
        self, days: Sequence[dt.date], settings: Settings, others: OtherDevices | None = None
    ) -> list[DayStats]:
        """The per-day figures, by the same path ``standup-buddy stats`` takes."""
        return stats_for_days(self._store, days, settings, others)

    def sitting_by_hour(self, days: Sequence[dt.date]) -> list[float]:
        """The longest sit begun in each clock hour over ``days``."""
        return sitting_by_hour_for_days(self._store, days)

    def intervals_between(self, start: float, end: float) -> list[Interval]:
        """Recorded intervals overlapping ``start``..``end`` (UTC seconds)."""
        return self._store.intervals_between(start, end)

    def breaks_between(self, start: float, end: float) -> list[BreakRecord]:
        """Break records between ``start`` and ``end`` (UTC seconds)."""
        return self._store.breaks_between(start, end)

    def micro_pauses(self, days: Sequence[dt.date]) -> list[int]:
        """Micro-pauses taken on each of ``days`` (this computer's; never movement)."""
        return micro_for_days(self._store, days)

    def goals(self) -> list[GoalSetting]:
        """The recorded goal changes, oldest first."""
        return self._store.goals()

    @staticmethod
    def default_goal(settings: Settings) -> GoalSetting:
        """The goal the settings give for days with no recorded goal."""
        return default_goal(settings)

    # --- export ------------------------------------------------------------------

    def export(self, fmt: str, path: Path) -> int | None:
        """Write the whole history as ``fmt`` ("csv" or "json") to ``path``.

        Returns the number of records, or None (and a message) when the file
        could not be written; an existing file is then left as it was.
        """
        # Loaded on the first export: the idle tray does not pay for it.
        from standup_buddy.storage.export import write_export

        buffer = io.StringIO()
        try:
            count = write_export(self._store, fmt, buffer)
            atomic_write(path, buffer.getvalue())
        except _STORAGE_ERRORS as err:
            self._report(WORDS.translate("ServiceMessages", "History was not exported"), err)
            return None
        return count

    def _report(self, title: str, err: BaseException, *, key: str | None = None) -> None:
        text = str(err) or type(err).__name__
        self.last_problem = text
        self._messages.report(Severity.ERROR, title, text, key=key)


