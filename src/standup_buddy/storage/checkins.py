"""The daily check-ins as the user has them: this computer's, and their other computers'.

The check-in widgets read and write through a :class:`CheckInBook`, never the
database directly: an answer is stored here and, with a sync folder, also
journaled (``core/journal.py``) so it appears on the other computers; a
deletion is journaled per day so it reaches them too. For each day the answer
written last wins, wherever it was written (the same rule as goals).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol

from standup_buddy.core.journal import Record, checkin_of
from standup_buddy.storage.history import CheckIn, HistoryStore

Order = tuple[float, str, int]
_LOCAL_SEQ = 1 << 62  # a database row ranks after this device's own record at the same instant


class CheckInStore(Protocol):
    """What the check-in widgets need (``HistoryStore`` has it, for this computer alone)."""

    def checkins(self, first: dt.date | None = None, last: dt.date | None = None) -> list[CheckIn]:
        ...

    def set_checkin(self, checkin: CheckIn) -> None:
        ...

    def delete_checkins(self) -> int:
        ...


class CheckInJournal(Protocol):
    """The sync link's check-in side (``sync_link.SyncLink``)."""

    device: str

    def journal_checkin(self, day: str, score: int, note: str, at: float, utc_offset: int) -> None:
        ...

    def journal_checkin_deleted(self, day: str, at: float, utc_offset: int) -> None:
        ...

    def checkin_records(self) -> Sequence[Record]:
        ...


def merged_checkins(
    local: Sequence[CheckIn], records: Sequence[Record], own_device: str
) -> list[CheckIn]:
    """One check-in per day: the last written of this database's rows and every journal record.

    Journal records that delete a day's check-in hide older answers of that day.
    """
    latest: dict[dt.date, tuple[Order, CheckIn | None]] = {}

    def offer(day: dt.date, order: Order, checkin: CheckIn | None) -> None:
        if day not in latest or latest[day][0] < order:
            latest[day] = (order, checkin)

    for c in local:
        offer(c.day, (c.at, own_device, _LOCAL_SEQ), c)
    for r in records:
        keyed = checkin_of(r)
        if keyed is None:
            continue
        day, entry = keyed
        found = None if entry is None else CheckIn(day, entry.at, entry.utc_offset, entry.score,
                                                   entry.note)
        offer(day, (r.at, r.device, r.seq), found)
    return [c for _, (_, c) in sorted(latest.items()) if c is not None]


class CheckInBook:
    """Check-ins read and written for the widgets; ``link`` gives the sync link or None."""

    def __init__(
        self,
        store: HistoryStore,
        link: Callable[[], CheckInJournal | None],
        now: Callable[[], float],
        utc_offset: Callable[[float], int],
    ) -> None:
        self._store = store
        self._link = link
        self._now = now
        self._offset = utc_offset

    @property
    def synced(self) -> bool:
        """Whether answers also go to the user's other computers (a sync folder is set)."""
        return self._link() is not None

    def checkins(self, first: dt.date | None = None, last: dt.date | None = None) -> list[CheckIn]:
        """Check-ins between two local dates (inclusive), oldest first, from every computer."""
        local = self._store.checkins(first, last)
        link = self._link()
        if link is None:
            return local
        lo, hi = first or dt.date.min, last or dt.date.max
        return [
            c
            for c in merged_checkins(local, link.checkin_records(), link.device)
            if lo <= c.day <= hi
        ]

    def set_checkin(self, checkin: CheckIn) -> None:
        """Store (or replace) the day's answer here, and journal it for the other computers."""
        self._store.set_checkin(checkin)
        link = self._link()
        if link is not None:
            link.journal_checkin(checkin.day.isoformat(), checkin.score, checkin.note,
                                 checkin.at, checkin.utc_offset)

    def delete_checkins(self) -> int:
        """Forget every check-in here and, through the journal, on the other computers."""
        link = self._link()
        days = [c.day for c in self.checkins()] if link is not None else []
        count = self._store.delete_checkins()
        if link is not None:
            at = self._now()
            for day in days:
                link.journal_checkin_deleted(day.isoformat(), at, self._offset(at))
        return max(count, len(days))
