"""The card offers what the break rules allow: strict mode shows only Done, and the
emergency exit (Esc three times, or Ctrl+Shift+Q named on the card) always ends it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.fakes import FakeClock, FakeController, session, sitting

from standup_buddy.core.break_rules import BreakRules
from standup_buddy.platform.paths import Paths
from standup_buddy.session import CardAnswer
from standup_buddy.stretches.catalog import Catalog, load_catalog
from standup_buddy.ui.break_flow import NOTIFICATION_ACTIONS, notification_actions
from standup_buddy.ui.break_window import BreakWindow

STRICT = BreakRules(strict=True).offers(snoozes=0, life_fraction=0.0)
NO_SKIP = BreakRules(skip_allowed=False, max_snoozes=2).offers(snoozes=0, life_fraction=0.0)


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    home = tmp_path_factory.mktemp("catalog")
    return load_catalog(Paths(config_dir=home, data_dir=home))


@pytest.fixture(autouse=True)
def no_real_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BreakWindow, "KEY_GUARD_SECONDS", 0.0)
    monkeypatch.setattr(BreakWindow, "FINISH_LINGER_SECONDS", 0.0)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def controller(clock: FakeClock) -> FakeController:
    return FakeController(sitting(30, next_break_minutes=0), clock=clock)


@pytest.fixture
def open_card(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> Callable[[], BreakWindow]:
    def opener() -> BreakWindow:
        window = BreakWindow(
            controller, session(("seated-pelvic-tilt", 60.0)), catalog, clock=clock
        )
        qtbot.addWidget(window)
        window.open()
        qtbot.waitExposed(window)
        return window

    return opener


def answers(controller: FakeController) -> list[str]:
    return [
        n
        for n in controller.names()
        if n.startswith("break_") and n not in ("break_shown", "break_started")
    ]


def test_strict_mode_shows_only_done_and_names_the_exit(
    open_card: Callable[[], BreakWindow], controller: FakeController
) -> None:
    controller.offers = STRICT
    window = open_card()
    assert window.done_button.isVisible()
    assert not window.snooze_button.isVisible()
    assert not window.skip_button.isVisible()
    hint = window.view.hint_label.text()
    assert "Enter: done" in hint and "Ctrl+Shift+Q" in hint and "Esc three times" in hint
    assert "snooze" not in hint.lower() and "skip" not in hint.lower()


def test_strict_mode_ignores_s_and_one_esc(
    qtbot: QtBot, open_card: Callable[[], BreakWindow], controller: FakeController
) -> None:
    controller.offers = STRICT
    window = open_card()
    qtbot.keyClick(window, Qt.Key.Key_S)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.outcome() is None
    assert answers(controller) == []


def test_esc_three_times_within_a_few_seconds_is_the_emergency_exit(
    qtbot: QtBot,
    open_card: Callable[[], BreakWindow],
    controller: FakeController,
    clock: FakeClock,
) -> None:
    controller.offers = STRICT
    window = open_card()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    clock.advance(1.0)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    clock.advance(1.0)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert answers(controller) == ["break_emergency_exit"]
    assert window.outcome() is CardAnswer.SKIPPED and window.left_by_emergency_exit()


def test_slow_presses_of_esc_do_not_add_up(
    qtbot: QtBot,
    open_card: Callable[[], BreakWindow],
    controller: FakeController,
    clock: FakeClock,
) -> None:
    controller.offers = STRICT
    window = open_card()
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        clock.advance(BreakWindow.ESC_WINDOW_SECONDS / 2 + 0.1)
    assert window.isVisible() and answers(controller) == []


def test_the_key_combination_named_on_the_card_ends_it(
    qtbot: QtBot, open_card: Callable[[], BreakWindow], controller: FakeController
) -> None:
    controller.offers = STRICT
    window = open_card()
    qtbot.keyClick(
        window,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: not window.isVisible())
    assert answers(controller) == ["break_emergency_exit"]


def test_strict_card_still_ends_by_itself(
    qtbot: QtBot,
    open_card: Callable[[], BreakWindow],
    controller: FakeController,
    clock: FakeClock,
) -> None:
    controller.offers = STRICT
    window = open_card()
    window.tick()
    assert window.countdown_started()
    clock.advance(61)
    controller.run_out()
    assert window.completion_shown()


def test_snoozes_left_are_said_on_the_button_and_skip_gives_way_to_the_exit(
    qtbot: QtBot, open_card: Callable[[], BreakWindow], controller: FakeController
) -> None:
    controller.offers = NO_SKIP
    window = open_card()
    assert window.snooze_button.isVisible() and "(2 left)" in window.snooze_button.text()
    assert not window.skip_button.isVisible()
    assert "Ctrl+Shift+Q" in window.view.hint_label.text()
    qtbot.keyClick(window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert answers(controller) == ["break_snoozed"]


def test_the_buttons_follow_the_rules_as_they_change(
    qtbot: QtBot, open_card: Callable[[], BreakWindow], controller: FakeController
) -> None:
    window = open_card()
    assert window.snooze_button.isVisible() and window.skip_button.isVisible()
    # The snooze window closes while the card is up.
    controller.offers = BreakRules(snooze_window_fraction=0.5).offers(snoozes=0, life_fraction=0.6)
    window.tick()
    assert not window.snooze_button.isVisible() and window.skip_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert window.isVisible() and answers(controller) == []
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert answers(controller) == ["break_skipped"]


def test_closing_a_strict_card_is_an_emergency_exit(
    qtbot: QtBot, open_card: Callable[[], BreakWindow], controller: FakeController
) -> None:
    controller.offers = STRICT
    window = open_card()
    window.close()
    assert answers(controller) == ["break_emergency_exit"]


def test_the_notification_offers_snooze_only_when_the_rules_do() -> None:
    assert notification_actions(NO_SKIP) == NOTIFICATION_ACTIONS
    assert "snooze" not in dict(notification_actions(STRICT))
    assert dict(notification_actions(STRICT))["start"] == "Start break"
