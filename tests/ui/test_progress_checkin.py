"""The optional symptom check-in: stored locally, overlaid on the week, deleted on request."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tools.synthetic import ZONE, generate, write

from standup_buddy.cli import main
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.services.history import HistoryService
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import CheckIn, HistoryStore
from standup_buddy.ui.progress.checkin import QUESTION
from standup_buddy.ui.progress.window import ProgressWindow

WEDNESDAY = dt.date(2026, 3, 25)
NOW = dt.datetime.combine(WEDNESDAY, dt.time(9, 30), tzinfo=ZONE).timestamp()


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    history = HistoryStore(open_database(resolve_paths().history_db))
    write(history, generate(WEDNESDAY, 9, seed=5))
    yield history
    history.close()


class Answers:
    """Stands in for the yes/no dialog."""

    def __init__(self, *answers: bool) -> None:
        self.answers = list(answers)
        self.questions: list[str] = []

    def __call__(self, parent: QWidget, title: str, question: str) -> bool:
        self.questions.append(question)
        return self.answers.pop(0)


def make_window(
    qtbot: QtBot, store: HistoryStore, enabled: bool = True, confirm: Answers | None = None
) -> ProgressWindow:
    window = ProgressWindow(
        HistoryService(store, MessageCenter()),
        Settings().replace({"checkin.enabled": enabled}),
        today=lambda: WEDNESDAY,
        now=lambda: NOW,
        status_provider=lambda: None,
        on_goal_change=lambda metric, target: None,
        confirm=confirm,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_off_by_default(qtbot: QtBot, store: HistoryStore) -> None:
    window = make_window(qtbot, store, enabled=False)
    assert not window.checkin.isVisible()
    assert not window.week_view.checkin_box.isVisible()
    assert window.week_view.chart.data.checkinPoints == []


def test_saving_stores_todays_score_and_note(qtbot: QtBot, store: HistoryStore) -> None:
    window = make_window(qtbot, store)
    widget = window.checkin
    assert widget.isVisible() and widget.slider.accessibleName() == QUESTION
    widget.slider.setValue(6)
    widget.note.setText("  stiff after the train  ")
    widget.save_button.click()
    saved = store.checkins()
    assert [(c.day, c.score, c.note) for c in saved] == [(WEDNESDAY, 6, "stiff after the train")]
    assert widget.state_label.text() == "Saved for today: 6/10."
    # Answering again the same day replaces the answer.
    widget.slider.setValue(3)
    widget.save_button.click()
    assert [c.score for c in store.checkins()] == [3]


def test_week_overlays_scores_against_sitting(qtbot: QtBot, store: HistoryStore) -> None:
    store.set_checkin(CheckIn(WEDNESDAY - dt.timedelta(days=2), NOW - 2 * 86400, 3600, 7, "sore"))
    window = make_window(qtbot, store)
    view = window.week_view
    data = view.chart.data
    assert data.checkinPoints == []  # hidden until asked for
    view.checkin_box.setChecked(True)
    assert [(p.x(), p.y()) for p in data.checkinPoints] == [(0.5, 7.0)]
    assert any(item["label"] == "check-in score" for item in data.legend)
    assert "Check-in: 7/10 (sore)" in data.tooltips[0]
    assert "check-in 7/10" in view.chart.accessibleDescription()
    # Saving today's answer redraws the overlay at once.
    window.checkin.slider.setValue(2)
    window.checkin.save_button.click()
    assert [(p.x(), p.y()) for p in data.checkinPoints] == [(0.5, 7.0), (2.5, 2.0)]


def test_delete_all_asks_first(qtbot: QtBot, store: HistoryStore) -> None:
    store.set_checkin(CheckIn(WEDNESDAY, NOW, 3600, 4))
    answers = Answers(False, True)
    window = make_window(qtbot, store, confirm=answers)
    window.week_view.checkin_box.setChecked(True)
    assert len(window.week_view.chart.data.checkinPoints) == 1

    window.checkin.delete_button.click()
    assert len(store.checkins()) == 1  # said no
    window.checkin.delete_button.click()
    assert store.checkins() == []
    assert "cannot be undone" in answers.questions[0]
    assert window.checkin.state_label.text() == "Deleted 1 check-in."
    assert window.week_view.chart.data.checkinPoints == []


def test_check_ins_are_in_the_export(qtbot: QtBot, store: HistoryStore, tmp_path: Path) -> None:
    window = make_window(qtbot, store)
    window.checkin.slider.setValue(5)
    window.checkin.save_button.click()
    out = tmp_path / "all.json"
    assert main(["export", "--format", "json", "--out", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))["checkins"]
    assert [(c["local_date"], c["score"]) for c in exported] == [("2026-03-25", 5)]
