"""The daily routine reminder: a quiet tray balloon once a day at the routine time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from standup_buddy.app.probes import Clock
from standup_buddy.controller_base import BaseController
from standup_buddy.core.scheduler import HoldReason
from standup_buddy.session import Status
from standup_buddy.storage.history import HistoryStore


class RoutineReminder(QObject):
    """Offers the routine once a day; never over a meeting or a break."""

    def __init__(
        self,
        controller: BaseController,
        *,
        store: Callable[[], HistoryStore | None],
        clock: Clock,
        today: Callable[[], dt.date],
        tray: Callable[[], Any],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._store = store
        self._clock = clock
        self._today = today
        self._tray = tray
        self._offered_on: dt.date | None = None
        controller.status_changed.connect(self.consider)

    def consider(self, status: Status) -> None:
        """Offer the routine when its time has come today and nothing holds it back."""
        routine = self._controller.settings().view.routine
        tray = self._tray()
        # Only as a tray balloon: without a tray the status window would grow a
        # message line and can take the focus a break card needs.
        if tray is None or not tray.has_tray or not routine.reminder:
            return
        from standup_buddy.core.routine import routine_days, should_offer

        today = self._today()
        offset = dt.timezone(dt.timedelta(seconds=self._clock.utc_offset()))
        now = dt.datetime.fromtimestamp(self._clock.wall(), offset).replace(tzinfo=None)
        at = routine.time
        if self._offered_on == today or now.time() < at:
            return
        midnight = dt.datetime.combine(today, dt.time(), offset).timestamp()
        store = self._store()
        done = store is not None and today in routine_days(
            store.breaks_between(midnight, midnight + 86400.0)
        )
        holds = {HoldReason.MEETING, HoldReason.FULLSCREEN, HoldReason.DO_NOT_DISTURB}
        held = status.break_open or status.hold_reason in holds
        offer = should_offer(now, offer_at=at, done_today=done, offered_today=False, held=held)
        if done:
            self._offered_on = today
        if offer.offer:
            self._offered_on = today
            tray.show_message(
                QCoreApplication.translate("RoutineReminder", "Your daily routine"),
                QCoreApplication.translate(
                    "RoutineReminder",
                    "Time for your 5–10 minute routine, floor exercises included, when it suits "
                    "you: choose Start my routine in the tray menu.",
                ),
            )
