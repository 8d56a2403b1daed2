"""The break presenter and the micro-pause cue are built when the first of each comes.

The idle tray holds neither (``test_idle_imports.py`` checks their modules
stay unloaded); these tests check that nothing the user sees changes: the
first break still shows its card, a click on the icon before any break still
opens Progress, and after the first break the presenter answers the clicks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from standup_buddy.session import MicroCueSession


def start_app(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The real app on this test's private home, started (the tray and the controller)."""
    from standup_buddy.app import RunningApp
    from standup_buddy.platform.paths import resolve_paths

    monkeypatch.setenv("STANDUP_BUDDY_NO_WELCOME", "1")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    app = RunningApp(qapp, resolve_paths())
    # Every message the user is told, from the start (replayed to the tray too).
    app.told = []
    app.messages.subscribe(app.told.append)
    app.start()
    opened: list[str] = []
    # What a click asks for, without starting the Progress process.
    monkeypatch.setattr(app.windows, "open", opened.append)
    app.opened = opened
    return app


def stop_app(app: Any) -> None:
    """Close what the test opened and quit the app as the user's Quit does."""
    if app.presenter is not None and app.presenter.window() is not None:
        app.presenter.window().close()
    if app.micro_cue is not None:
        app.micro_cue.close()
    app.stop()
    app.tray.hide()


@pytest.fixture
def running(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    app = start_app(qapp, monkeypatch)
    yield app
    stop_app(app)


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


# --- the stretch catalogue and rotation, read for the first break --------------------------

# Seated and standing stretches, none for the floor: every one may come up at
# any hour (floor exercises wait for the end of the working day).
ORDER = ("seated-pelvic-tilt", "seated-figure-four", "standing-hip-flexor", "walk-break")


def save_rotation_file(position: int) -> Path:
    """``rotation.json`` with ``ORDER`` in order, the next stretch at ``position``."""
    from standup_buddy.core.rotation import RotationConfig, RotationEntry, RotationState
    from standup_buddy.platform.paths import resolve_paths
    from standup_buddy.stretches.catalog import load_catalog
    from standup_buddy.stretches.rotation_store import save_rotation

    paths = resolve_paths()
    config = RotationConfig(entries=tuple(RotationEntry(sid) for sid in ORDER), program=None)
    save_rotation(paths, config.with_all(load_catalog(paths).ids), RotationState(position))
    return paths.rotation_file


def first_card_of_a_break(app: Any, qtbot: QtBot) -> tuple[str, ...]:
    """Take a break now and let its card reach the user; the break's stretches in order."""
    app.controller.take_break_now()
    session = app.presenter.pending()
    window = app.presenter.window()
    assert window is not None
    qtbot.waitUntil(window.isVisible, timeout=5000)
    ids = tuple(dict.fromkeys(card.stretch_id for card in session.cards))
    assert window.stretch().id == ids[0]  # the card shows the first of them
    assert window.shown_ids() == [ids[0]]
    return ids


def in_turn_from(stretch_id: str, count: int) -> tuple[str, ...]:
    start = ORDER.index(stretch_id)
    return tuple(ORDER[(start + i) % len(ORDER)] for i in range(count))


def test_the_first_break_reads_the_rotation_and_shows_the_stretch_next_in_turn(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    save_rotation_file(position=1)
    app = start_app(qapp, monkeypatch)
    try:
        assert not app.rotations.loaded  # idle: nothing read yet
        ids = first_card_of_a_break(app, qtbot)
        assert app.rotations.loaded
        assert ids[0] == ORDER[1]
        assert ids == in_turn_from(ORDER[1], len(ids))  # the rotation's order, from there
    finally:
        stop_app(app)


def test_a_broken_stretch_file_is_reported_when_the_stretches_are_first_read(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    # The decision (services/stretch_holder.py): the files are read, and their
    # problems reported, at the first use; here that is the first break.
    from standup_buddy.platform.paths import resolve_paths

    folder = resolve_paths().stretches_dir
    folder.mkdir(parents=True)
    (folder / "my-stretch.json").write_text('{"id": "my-stretch", "name": ', encoding="utf-8")
    app = start_app(qapp, monkeypatch)
    try:
        assert [m for m in app.told if "my-stretch.json" in m.text] == []
        first_card_of_a_break(app, qtbot)  # the other stretches still come up
        skipped = [m for m in app.told if "my-stretch.json" in m.text]
        assert [m.title for m in skipped] == ["Stretch file skipped"]
    finally:
        stop_app(app)


def test_the_rotation_is_left_as_it_was_by_a_run_without_a_break(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    saved = save_rotation_file(position=2)
    before = saved.read_bytes()
    app = start_app(qapp, monkeypatch)
    stop_app(app)
    assert not app.rotations.loaded  # quitting read nothing just to write it back
    assert saved.read_bytes() == before
    again = start_app(qapp, monkeypatch)
    try:
        assert first_card_of_a_break(again, qtbot)[0] == ORDER[2]
    finally:
        stop_app(again)


def test_the_rotation_moves_on_across_a_restart_after_a_break(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    save_rotation_file(position=0)
    app = start_app(qapp, monkeypatch)
    try:
        shown = first_card_of_a_break(app, qtbot)[0]
        assert shown == ORDER[0]
    finally:
        stop_app(app)  # the rotation is saved on the way out
    again = start_app(qapp, monkeypatch)
    try:
        assert first_card_of_a_break(again, qtbot)[0] == ORDER[1]
    finally:
        stop_app(again)
