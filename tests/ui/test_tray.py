"""The tray: its menu drives the controller, its icon and tooltip follow the status."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon
from pytestqt.qtbot import QtBot
from tests.ui.fakes import FakeController, paused, sitting, standing

from standup_buddy.messages import MessageCenter, Severity
from standup_buddy.ui.status_window import NO_TRAY_REASON
from standup_buddy.ui.tray import TrayController


@pytest.fixture
def controller() -> FakeController:
    return FakeController(sitting(10))


@pytest.fixture
def tray(qtbot: QtBot, controller: FakeController) -> Iterator[TrayController]:
    tray = TrayController(controller, MessageCenter(), tray_available=True)
    yield tray
    tray.hide()


def visible_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def action(menu: QMenu, text: str) -> QAction:
    for act in menu.actions():
        if act.text() == text:
            return act
        if act.menu() is not None:
            found = [a for a in act.menu().actions() if a.text() == text]
            if found:
                return found[0]
    raise AssertionError(f"no menu entry {text!r} in {[a.text() for a in menu.actions()]}")


def test_menu_offers_what_the_spec_lists(tray: TrayController) -> None:
    texts = visible_texts(tray.menu)
    assert texts[0] == "Sitting 10 min · break in 20 min"
    assert texts[1:] == [
        "Take a break now",
        "Start my routine",
        "Pause",
        "I'm standing",
        "Progress…",
        "Stretches…",
        "Settings…",
        "About…",
        "Set up…",
        "Quit",
    ]
    assert [a.text() for a in tray.pause_menu.actions()] == [
        "For 30 minutes",
        "For 1 hour",
        "Until tomorrow",
    ]


@pytest.mark.parametrize(
    ("entry", "call"),
    [
        ("Take a break now", ("take_break_now", ())),
        ("For 30 minutes", ("pause", (30,))),
        ("For 1 hour", ("pause", (60,))),
        ("Until tomorrow", ("pause", (None,))),
        ("I'm standing", ("set_standing", (True,))),
        ("Quit", ("quit", ())),
    ],
)
def test_menu_entries_call_the_controller(
    tray: TrayController, controller: FakeController, entry: str, call: tuple[str, tuple[object]]
) -> None:
    action(tray.menu, entry).trigger()
    assert controller.calls == [call]


def test_window_entries_ask_the_app_to_open_windows(
    qtbot: QtBot, tray: TrayController, controller: FakeController
) -> None:
    for entry, name in [
        ("Progress…", "progress"),
        ("Stretches…", "stretches"),
        ("Settings…", "settings"),
        ("About…", "about"),
    ]:
        with qtbot.waitSignal(controller.open_window) as blocker:
            action(tray.menu, entry).trigger()
        assert blocker.args == [name]


def test_resume_is_offered_only_while_paused(
    tray: TrayController, controller: FakeController
) -> None:
    assert "Resume" not in visible_texts(tray.menu)
    controller.push_status(paused(12))
    assert "Resume" in visible_texts(tray.menu)
    action(tray.menu, "Resume").trigger()
    assert controller.calls == [("resume", ())]
    controller.push_status(sitting(12))
    assert "Resume" not in visible_texts(tray.menu)


def test_standing_entry_names_the_state_you_can_switch_to(
    tray: TrayController, controller: FakeController
) -> None:
    controller.push_status(standing())
    assert "I'm sitting" in visible_texts(tray.menu)
    assert "I'm standing" not in visible_texts(tray.menu)
    action(tray.menu, "I'm sitting").trigger()
    assert controller.calls == [("set_standing", (False,))]
    controller.push_status(sitting(3))
    assert "I'm standing" in visible_texts(tray.menu)


def test_take_a_break_opens_the_waiting_break_instead_of_starting_another(
    qtbot: QtBot, tray: TrayController, controller: FakeController
) -> None:
    # A notification-style break with no tray icon must still be reachable.
    controller.push_status(sitting(30, break_open=True, next_break_minutes=0))
    take = action(tray.menu, "Take a break now")
    assert take.isEnabled()
    with qtbot.waitSignal(tray.actions.open_waiting_break, timeout=1000):
        take.trigger()
    assert ("take_break_now", ()) not in controller.calls


def test_tooltip_names_the_next_micro_pause(
    tray: TrayController, controller: FakeController
) -> None:
    controller.push_status(sitting(12, next_micro_minutes=8.0))
    assert tray.tooltip() == "Standup Buddy\nSitting 12 min · break in 18 min\nMicro-pause in 8 min"
    controller.push_status(sitting(20, next_micro_minutes=0.0))
    assert tray.tooltip().endswith("\nMicro-pause now")
    controller.push_status(paused(28))
    assert "Micro-pause" not in tray.tooltip()


def test_tooltip_says_the_status_in_words(tray: TrayController, controller: FakeController) -> None:
    assert tray.tooltip() == "Standup Buddy\nSitting 10 min · break in 20 min"
    controller.push_status(sitting(28))
    assert tray.tooltip() == "Standup Buddy\nSitting 28 min · break in 2 min"
    controller.push_status(paused(28))
    assert tray.tooltip().startswith("Standup Buddy\nPaused until 15:30")


def test_icon_is_redrawn_only_when_what_it_shows_changes(
    tray: TrayController, controller: FakeController
) -> None:
    first = tray.icon_renders
    assert first == 1
    # 30-minute interval: 24 steps of 1.25 min; 10 and 10.2 min look the same.
    controller.push_status(sitting(10.2))
    assert tray.icon_renders == first
    controller.push_status(sitting(11.3))
    assert tray.icon_renders == first + 1
    look = tray.look()
    assert look is not None and look.mode == "sitting" and look.step == 9
    controller.push_status(sitting(30, next_break_minutes=0))
    assert tray.look() is not None and tray.look().mode == "due"  # type: ignore[union-attr]
    assert tray.icon_renders == first + 2
    controller.push_status(paused(30))
    assert tray.icon_renders == first + 3


def test_short_intervals_never_redraw_more_than_once_a_minute(
    tray: TrayController, controller: FakeController
) -> None:
    start = tray.icon_renders
    # A 5-minute interval has 5 steps: 60 updates a second apart give at most 5 redraws.
    for second in range(0, 300, 5):
        controller.push_status(sitting(second / 60, interval=5))
    assert tray.icon_renders - start <= 5


def test_messages_from_the_message_center_become_balloons(
    qtbot: QtBot, controller: FakeController
) -> None:
    messages = MessageCenter()
    # Reported at start-up, before the icon is shown: kept until it is.
    messages.report(Severity.WARNING, "Settings", "breaks.interval_minutes: out of bounds", "k")
    tray = TrayController(controller, messages, tray_available=True)
    shown: list[tuple[str, str, object]] = []
    assert tray.tray_icon is not None
    tray.tray_icon.showMessage = lambda t, m, icon, ms: shown.append((t, m, icon))  # type: ignore[method-assign,assignment]
    assert shown == []
    tray.show()
    messages.report(Severity.WARNING, "Settings", "breaks.interval_minutes: out of bounds", "k")
    messages.report(Severity.INFO, "Hello", "Standup Buddy is running")
    assert shown == [
        ("Settings", "breaks.interval_minutes: out of bounds", QSystemTrayIcon.MessageIcon.Warning),
        ("Hello", "Standup Buddy is running", QSystemTrayIcon.MessageIcon.Information),
    ]
    tray.hide()


def test_balloon_click_is_forwarded(qtbot: QtBot, tray: TrayController) -> None:
    assert tray.tray_icon is not None
    with qtbot.waitSignal(tray.message_clicked):
        tray.tray_icon.messageClicked.emit()
    with qtbot.waitSignal(tray.icon_clicked):
        tray.tray_icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)


# --- no tray ----------------------------------------------------------------------------


def test_without_a_tray_a_window_says_why_and_offers_every_command(
    qtbot: QtBot, controller: FakeController
) -> None:
    messages = MessageCenter()
    tray = TrayController(controller, messages, tray_available=False)
    window = tray.status_window
    assert window is not None and tray.tray_icon is None
    qtbot.addWidget(window)
    tray.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Standup Buddy"
    assert window.reason_label.text() == NO_TRAY_REASON
    assert "standup-buddy doctor" in window.reason_label.text()
    assert window.summary_text() == "Sitting 10 min · break in 20 min"
    assert not window.buttons["resume"].isVisible()

    window.buttons["take_break"].click()
    window.buttons["standing"].click()
    window.pause_menu.actions()[1].trigger()
    assert controller.calls == [
        ("take_break_now", ()),
        ("set_standing", (True,)),
        ("pause", (60,)),
    ]
    with qtbot.waitSignal(controller.open_window) as blocker:
        window.buttons["settings"].click()
    assert blocker.args == ["settings"]

    controller.push_status(paused(10))
    assert window.buttons["resume"].isVisible()
    assert window.summary_text().startswith("Paused until 15:30")

    messages.report(Severity.WARNING, "Settings file", "bad value for goal.daily_target")
    assert "bad value for goal.daily_target" in window.messages()[0]
    assert window.messages_label.isVisible()


def test_closing_the_no_tray_window_only_minimises_it(
    qtbot: QtBot, controller: FakeController
) -> None:
    tray = TrayController(controller, tray_available=False)
    window = tray.status_window
    assert window is not None
    qtbot.addWidget(window)
    tray.show()
    window.close()
    assert window.isVisible()
    tray.hide()
    assert not window.isVisible()


# --- About and the first start ------------------------------------------------------------


def test_about_says_what_the_app_is_not(qtbot: QtBot) -> None:
    from standup_buddy import __version__
    from standup_buddy.ui.about import RED_FLAGS, AboutDialog

    about = AboutDialog()
    qtbot.addWidget(about)
    text = about.text_label.text()
    assert f"Version {__version__}" in text
    for words in ("not medical advice", "diagnose or treat", "numbness or tingling"):
        assert words in text
    assert RED_FLAGS in text
    for sign in ("bladder or bowels", "saddle", "weakness in a leg", "fever"):
        assert sign in RED_FLAGS
    assert not about.isModal()


def test_moves_into_a_tray_that_appears_and_back_without_losing_anything(
    qtbot: QtBot, controller: FakeController
) -> None:
    tray = TrayController(controller, MessageCenter(), tray_available=False)
    tray.show()
    window = tray.status_window
    assert window is not None and window.isVisible()
    tray.show_message("Settings file", "a bad line was skipped")
    controller.push_status(sitting(22))

    tray.set_tray_available(True)
    assert tray.has_tray and not window.isVisible()
    assert tray.tooltip() == "Standup Buddy\nSitting 22 min · break in 8 min"

    controller.push_status(sitting(25))
    tray.set_tray_available(False)
    assert not tray.has_tray and window.isVisible()
    assert window.summary_text() == "Sitting 25 min · break in 5 min", "kept in step meanwhile"
    assert "a bad line was skipped" in window.messages()[0], "messages survive the round trip"
    tray.hide()


def test_the_no_tray_window_names_the_next_micro_pause(
    qtbot: QtBot, controller: FakeController
) -> None:
    tray = TrayController(controller, MessageCenter(), tray_available=False)
    tray.show()
    window = tray.status_window
    assert window is not None
    controller.push_status(sitting(12, next_micro_minutes=8.0))
    assert window.micro_label.text() == "Micro-pause in 8 min"
    assert not window.micro_label.isHidden()
    controller.push_status(sitting(12))
    assert window.micro_label.isHidden()
