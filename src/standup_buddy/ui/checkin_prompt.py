"""The once-a-day symptom check-in, asked after the first break of the day.

Off unless ``checkin.enabled`` is set.  The answer stays in the history
database (included in exports, deletable from the Progress window) and, with
a sync folder, reaches the user's other computers; a day answered on any of
them is not asked again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from standup_buddy import APP_NAME
from standup_buddy.services.history import HistoryService
from standup_buddy.settings import Settings


def should_ask(
    settings: Settings, store: HistoryService | None, today: dt.date, asked_on: dt.date | None
) -> bool:
    """True when the check-in is on, unanswered today, and not yet offered today."""
    if not settings.view.checkin.enabled or store is None or asked_on == today:
        return False
    return store.checkin_on(today) is None


class CheckInPrompt(QWidget):
    """A small window around the check-in question; closes itself once saved."""

    def __init__(
        self,
        store: HistoryService,
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
