"""The once-a-day symptom check-in, asked after the first break of the day.

Off unless ``checkin.enabled`` is set.  The answer stays on this computer
(history database, included in exports, deletable from the Progress window).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from standup_buddy import APP_NAME
from standup_buddy.settings import Settings
from standup_buddy.storage.history import HistoryStore


def should_ask(
    settings: Settings, store: HistoryStore | None, today: dt.date, asked_on: dt.date | None
) -> bool:
    """True when the check-in is on, unanswered today, and not yet offered today."""
    if not settings.get_bool("checkin.enabled") or store is None or asked_on == today:
        return False
    return not store.checkins(today, today)


class CheckInPrompt(QWidget):
    """A small window around the check-in question; closes itself once saved."""

    def __init__(
        self,
        store: HistoryStore,
        today: Callable[[], dt.date],
        now: Callable[[], float],
        parent: QWidget | None = None,
    ) -> None:
        from standup_buddy.ui.progress.checkin import CheckInWidget

        super().__init__(parent)
        self.setWindowTitle(self.tr("{app}: Check-in").format(app=APP_NAME))
        self.setAccessibleName(self.tr("Daily check-in"))
        self.form = CheckInWidget(store, today, now, parent=self)
        self.form.delete_button.hide()  # deleting lives in the Progress window
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Not today"))
        close.setAccessibleName(self.tr("Not today"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.changed.connect(self.close)
