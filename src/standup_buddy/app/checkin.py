"""The optional daily check-in: asked once a day, after the first break's card has closed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject

from standup_buddy.app.probes import Clock
from standup_buddy.app.windows import WindowTable
from standup_buddy.controller_base import BaseController, Window
from standup_buddy.services.history import HistoryService
from standup_buddy.session import Status


class CheckInPresenter(QObject):
    """Notes the day's first break and asks once its card is gone, never on top of it."""

    def __init__(
        self,
        controller: BaseController,
        *,
        history: Callable[[], HistoryService | None],
        clock: Clock,
        today: Callable[[], dt.date],
        windows: WindowTable,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._history = history
        self._clock = clock
        self._today = today
        self._windows = windows
        self._asked_on: dt.date | None = None
        self._due = False
        controller.break_due.connect(self._note_break)
        controller.status_changed.connect(self._maybe_ask)

    def _note_break(self, _session: object) -> None:
        from standup_buddy.ui.checkin_prompt import should_ask

        if should_ask(self._controller.settings(), self._history(), self._today(), self._asked_on):
            self._due = True

    def _maybe_ask(self, status: Status) -> None:
        history = self._history()
        if not self._due or status.break_open or history is None:
            return
        from standup_buddy.ui.checkin_prompt import CheckInPrompt

        self._due = False
        self._asked_on = self._today()
        self._windows.show(Window.CHECKIN, CheckInPrompt(history, self._today, self._clock.wall))
