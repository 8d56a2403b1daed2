"""The history service: check-ins, goals and exports; a failed write becomes a message."""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from standup_buddy import atomic_file
from standup_buddy.messages import MessageCenter, UserMessage
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.services.history import CheckIn, HistoryService
from standup_buddy.storage.database import DatabaseError, open_database
from standup_buddy.storage.history import HistoryStore
from standup_buddy.ui.progress.checkin import CheckInWidget

TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC).timestamp()


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    history = HistoryStore(open_database(resolve_paths().history_db))
    yield history
    history.close()


@pytest.fixture
def seen() -> list[UserMessage]:
    return []


@pytest.fixture
def service(store: HistoryStore, seen: list[UserMessage]) -> HistoryService:
    center = MessageCenter()
    center.subscribe(seen.append)
    return HistoryService(store, center)


def fail_writes(store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """The database refuses writes the way a full disk does."""

    def full(*_: object, **__: object) -> None:
        raise DatabaseError("could not save history: database or disk is full")

    monkeypatch.setattr(store, "set_checkin", full)
    monkeypatch.setattr(store, "delete_checkins", full)


def test_check_ins_are_saved_and_read_back(service: HistoryService) -> None:
    assert service.save_checkin(CheckIn(TODAY, NOW, 0, 4, "stiff"))
    saved = service.checkin_on(TODAY)
    assert saved is not None and (saved.score, saved.note) == (4, "stiff")
    assert service.delete_checkins() == 1
    assert service.checkin_on(TODAY) is None


def test_a_failing_check_in_write_is_a_message_not_an_exception(
    service: HistoryService,
    store: HistoryStore,
    seen: list[UserMessage],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fail_writes(store, monkeypatch)
    assert not service.save_checkin(CheckIn(TODAY, NOW, 0, 4))
    assert service.delete_checkins() is None
    assert [m.title for m in seen] == ["Your check-in was not saved", "Check-ins were not deleted"]
    assert "disk is full" in seen[0].text


def test_the_check_in_form_keeps_the_answer_when_saving_fails(
    qtbot: QtBot,
    service: HistoryService,
    store: HistoryStore,
    seen: list[UserMessage],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = CheckInWidget(service, lambda: TODAY, lambda: NOW)
    qtbot.addWidget(form)
    fail_writes(store, monkeypatch)
    form.slider.setValue(6)
    form.note.setText("sore after the drive")
    with qtbot.assertNotEmitted(form.changed):
        form.save()  # a Qt slot: it must not raise
    assert form.slider.value() == 6 and form.note.text() == "sore after the drive"
    assert "Not saved" in form.state_label.text() and "disk is full" in form.state_label.text()
    assert [m.title for m in seen] == ["Your check-in was not saved"]
    monkeypatch.undo()
    form.save()
    assert service.checkin_on(TODAY) is not None


def test_an_export_to_a_read_only_folder_is_reported_and_changes_nothing(
    service: HistoryService,
    seen: list[UserMessage],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "history.csv"
    target.write_text("an older export\n", encoding="utf-8")

    def mkstemp(**_: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_file.tempfile, "mkstemp", mkstemp)
    assert service.export("csv", target) is None
    assert target.read_text(encoding="utf-8") == "an older export\n"
    assert [m.title for m in seen] == ["History was not exported"]
    monkeypatch.undo()
    assert service.export("csv", target) == 0
    assert target.read_text(encoding="utf-8").startswith("record,kind,")


def test_a_routine_that_cannot_be_saved_is_reported(
    service: HistoryService,
    store: HistoryStore,
    seen: list[UserMessage],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from standup_buddy.core.model import BreakRecord, Outcome

    record = BreakRecord(
        due=NOW, outcome=Outcome.COMPLETED, utc_offset=0, prompted=NOW, started=NOW,
        ended=NOW + 300, stretch_ids=("routine:relief", "walk-break"),
    )

    def full(*_: object) -> None:
        raise DatabaseError("could not save history: database or disk is full")

    monkeypatch.setattr(store, "add_break", full)
    assert not service.add_break(record)
    assert [m.title for m in seen] == ["Your routine was not saved"]
    monkeypatch.undo()
    assert service.add_break(record)
    assert len(list(store.all_breaks())) == 1
