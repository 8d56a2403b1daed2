"""The optional daily check-in: asked once a day after the first break, only when enabled."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from standup_buddy.messages import MessageCenter
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.services.history import HistoryService
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import CheckIn, HistoryStore
from standup_buddy.ui.checkin_prompt import CheckInPrompt, should_ask

TODAY = dt.date(2026, 11, 24)
ON = Settings().replace({"checkin.enabled": True})


def store() -> HistoryService:
    return HistoryService(HistoryStore(open_database(resolve_paths().history_db)), MessageCenter())


def test_off_by_default_and_once_a_day() -> None:
    history = store()
    assert not should_ask(Settings(), history, TODAY, None)
    assert should_ask(ON, history, TODAY, None)
    assert not should_ask(ON, history, TODAY, TODAY)  # already offered today
    assert should_ask(ON, history, TODAY, TODAY - dt.timedelta(1))
    assert history.save_checkin(CheckIn(TODAY, 0.0, 0, 3))
    assert not should_ask(ON, history, TODAY, None)  # already answered
    assert not should_ask(ON, None, TODAY, None)


def test_answer_is_stored_and_the_window_closes(qtbot: QtBot) -> None:
    history = store()
    prompt = CheckInPrompt(history, lambda: TODAY, lambda: 1_800_000_000.0)
    qtbot.addWidget(prompt)
    prompt.show()
    assert prompt.windowTitle() == "Standup Buddy: Check-in"
    assert not prompt.form.delete_button.isVisible()
    prompt.form.slider.setValue(4)
    prompt.form.note.setText("left hip stiff")
    prompt.form.save_button.click()
    qtbot.waitUntil(lambda: not prompt.isVisible())
    [saved] = history.checkins(TODAY, TODAY)
    assert (saved.score, saved.note) == (4, "left hip stiff")
