"""The break presenter and the micro-pause cue are built when the first of each comes.

The idle tray holds neither (``test_idle_imports.py`` checks their modules
stay unloaded); these tests check that nothing the user sees changes: the
first break still shows its card, a click on the icon before any break still
opens Progress, and after the first break the presenter answers the clicks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from standup_buddy.session import MicroCueSession


@pytest.fixture
def running(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from standup_buddy.app import RunningApp
    from standup_buddy.platform.paths import resolve_paths

    monkeypatch.setenv("STANDUP_BUDDY_NO_WELCOME", "1")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    app = RunningApp(qapp, resolve_paths())
    app.start()
    opened: list[str] = []
    # What a click asks for, without starting the Progress process.
    monkeypatch.setattr(app.windows, "open", opened.append)
    app.opened = opened
    yield app
    if app.presenter is not None and app.presenter.window() is not None:
        app.presenter.window().close()
    if app.micro_cue is not None:
        app.micro_cue.close()
    app.stop()
    app.tray.hide()


def test_before_the_first_break_there_is_no_presenter_and_a_click_opens_progress(
    running: Any,
) -> None:
    assert running.presenter is None
    assert running.micro_cue is None
    running.tray.icon_clicked.emit()
    running.tray.message_clicked.emit()
    assert running.opened == ["progress", "progress"]


def test_the_first_break_builds_the_presenter_and_shows_its_card(
    running: Any, qtbot: QtBot
) -> None:
    running.controller.take_break_now()
    presenter = running.presenter
    assert presenter is not None
    assert presenter.pending() is not None
    window = presenter.window()  # asked for: the card opens at once
    assert window is not None
    qtbot.waitUntil(window.isVisible, timeout=5000)
    # The presenter answers clicks now; the stand-in is gone (no Progress).
    running.tray.icon_clicked.emit()
    assert running.opened == []
    assert presenter.window() is window
    # A later break goes to the same presenter, once.
    window.close()
    running.controller.take_break_now()
    assert running.presenter is presenter
    assert presenter.pending() is not None


def test_the_first_micro_pause_builds_the_cue_and_shows_it(running: Any, qtbot: QtBot) -> None:
    cue = MicroCueSession("look-far", "Look 6 m away.", None, 20)
    running.controller.micro_due.emit(cue)
    widget = running.micro_cue
    assert widget is not None
    assert widget.isVisible()
    assert widget.session is cue
    running.controller.micro_ended.emit()
    assert not widget.isVisible()
    later = MicroCueSession("chin-tuck", "Slide your chin gently straight back.", None, 20)
    running.controller.micro_due.emit(later)
    assert running.micro_cue is widget
    assert widget.session is later


def test_media_and_lock_effects_are_built_when_the_first_break_is_due(running: Any) -> None:
    assert running.break_effects is None
    running.controller.status_changed.emit(running.controller.status())
    assert running.break_effects is None  # an ordinary status change builds nothing
    running.controller.take_break_now()
    effects = running.break_effects
    assert effects is not None
    running.controller.take_break_now()
    assert running.break_effects is effects


def test_a_break_that_begins_without_a_due_signal_builds_the_effects_too(running: Any) -> None:
    # (e.g. a break restored on start): the state is what begins it.
    running.controller.status_changed.emit(replace(running.controller.status(), state="on_break"))
    assert running.break_effects is not None


def test_the_first_notice_builds_its_notifier(running: Any) -> None:
    assert running.notices is None
    running.controller.notice.emit("Screen time", "You have sat for 1 hour today.")
    notices = running.notices
    assert notices is not None
    running.controller.notice.emit("Screen time", "Again.")
    assert running.notices is notices
