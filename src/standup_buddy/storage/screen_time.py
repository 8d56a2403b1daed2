"""The daily screen-time cap against history: the day's figures, the day's mark.

The controller calls :meth:`ScreenTimeWatch.check` as it writes history;
it returns the notice to show, at most once per local day.  The day mark in
the database (unique per date) is what keeps it once a day across restarts;
the watch only avoids asking the database again on a day already noticed.
"""

from __future__ import annotations

import datetime as dt
import logging

from standup_buddy.core.marks import DayMark, MarkKind
from standup_buddy.core.model import SECONDS_PER_MINUTE, local_date
from standup_buddy.core.screen_time import ScreenTimeCap
from standup_buddy.settings.schema import Settings
from standup_buddy.storage.database import DatabaseError
from standup_buddy.storage.daystats import stats_for_days
from standup_buddy.storage.history import HistoryStore

log = logging.getLogger(__name__)

#: Look at the day's figures at most this often (app seconds).
CHECK_EVERY_SECONDS = SECONDS_PER_MINUTE


class ScreenTimeWatch:
    """Decides, from history, when the day's screen-time notice is due."""

    def __init__(self) -> None:
        self._checked = -1e18
        self._noticed_on: dt.date | None = None

    def check(
        self, store: HistoryStore | None, settings: Settings, now: float, utc_offset: int
    ) -> str | None:
        """The notice text when the cap was just reached (and recorded), else None."""
        cap = ScreenTimeCap(settings.view.activity.daily_screen_time_hours)
        if not cap.enabled or store is None or now - self._checked < CHECK_EVERY_SECONDS:
            return None
        self._checked = now
        today = local_date(now, utc_offset)
        if self._noticed_on == today:
            return None
        try:
            noticed = bool(store.marks(today, today, kind=MarkKind.SCREEN_TIME_CAP))
            [figures] = stats_for_days(store, [today], settings)
            if not cap.notice_due(figures.screen_minutes, noticed_today=noticed):
                if noticed:
                    self._noticed_on = today
                return None
            self._noticed_on = today
            added = store.add_mark(DayMark(MarkKind.SCREEN_TIME_CAP, now, utc_offset))
        except DatabaseError as exc:
            log.warning("screen-time cap not checked: %s", exc)
            return None
        return cap.notice_text() if added else None
