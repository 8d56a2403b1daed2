"""The break card: answers reach the controller, keys are guarded, typing is never stolen."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from tests.ui.fakes import FakeClock, FakeController, session, sitting

from standup_buddy.platform.notify import Notifier
from standup_buddy.platform.paths import Paths
from standup_buddy.session import BreakSession, CardAnswer
from standup_buddy.settings import Settings
from standup_buddy.stretches.catalog import Catalog, load_catalog
from standup_buddy.ui.break_flow import BreakPresenter
from standup_buddy.ui.break_window import BreakWindow
from standup_buddy.ui.input_pause import InputPauseWatcher
from standup_buddy.ui.tray import TrayController

TWO_SIDED = "standing-hip-flexor"
ONE_SIDED = "seated-pelvic-tilt"
OTHER = "seated-figure-four"


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


Opener = Callable[..., BreakWindow]


@pytest.fixture
def open_window(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> Iterator[Opener]:
    def opener(break_session: BreakSession | None = None, **kwargs: object) -> BreakWindow:
        break_session = break_session or session((TWO_SIDED, 60.0, "left"), (OTHER, 40.0))
        controller.break_length = break_session.duration_seconds
        window = BreakWindow(
            controller,
            break_session,
            catalog,
            clock=clock,
            **kwargs,  # type: ignore[arg-type]
        )
        qtbot.addWidget(window)
        window.open()
        qtbot.waitExposed(window)
        return window

    yield opener


def test_title_and_card_content(open_window: Opener, controller: FakeController) -> None:
    window = open_window()
    assert window.windowTitle().startswith("Standup Buddy: Break")
    assert window.name_label.text() == "Standing hip flexor stretch"
    assert window.steps()[0].startswith("Left side first")
    assert "Ease in gently" in window.caution_text.text()
    assert window.caution_frame.isVisible(), "the caution is always shown"
    assert window.snooze_button.text() == "Snooze 5 min"
    assert window.side_text() == "Left side"
    assert window.counter_text() == "Stretch 1 of 2"
    assert controller.calls[0] == ("break_shown", ([TWO_SIDED],)), "only what is on screen"


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        ("done_button", ("break_done", ([TWO_SIDED],))),
        ("snooze_button", ("break_snoozed", ())),
        ("skip_button", ("break_skipped", ())),
    ],
)
def test_buttons_answer_the_break_and_close(
    qtbot: QtBot,
    open_window: Opener,
    controller: FakeController,
    button: str,
    expected: tuple[str, tuple[object, ...]],
) -> None:
    window = open_window()
    with qtbot.waitSignal(window.finished):
        getattr(window, button).click()
    assert controller.calls[-1] == expected
    outcomes = [
        n for n in controller.names() if n.startswith("break_") and n not in ("break_shown",)
    ]
    assert outcomes == ["break_started", expected[0]], "exactly one outcome"
    assert not window.isVisible()


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (Qt.Key.Key_Return, "break_done"),
        (Qt.Key.Key_Enter, "break_done"),
        (Qt.Key.Key_Space, "break_done"),
        (Qt.Key.Key_S, "break_snoozed"),
        (Qt.Key.Key_Escape, "break_skipped"),
    ],
)
def test_keys_answer_the_break(
    qtbot: QtBot, open_window: Opener, controller: FakeController, key: Qt.Key, expected: str
) -> None:
    window = open_window()
    qtbot.keyClick(window, key)
    assert controller.names()[-1] == expected
    assert window.outcome() is not None


def test_keys_are_ignored_during_the_guard(
    qtbot: QtBot,
    open_window: Opener,
    controller: FakeController,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(BreakWindow, "KEY_GUARD_SECONDS", 2.0)
    window = open_window()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_S, Qt.Key.Key_Escape):
        qtbot.keyClick(window, key)
        qtbot.keyClick(window.done_button, key)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    clock.advance(1.9)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.outcome() is None
    assert window.card_index() == 0
    assert controller.names() == ["break_shown"], "no countdown, no answer yet"

    clock.advance(0.2)
    window.tick()
    assert controller.names() == ["break_shown", "break_started"]
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert controller.names()[-1] == "break_snoozed"


def test_mouse_still_works_during_the_key_guard(
    open_window: Opener, controller: FakeController, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(BreakWindow, "KEY_GUARD_SECONDS", 2.0)
    window = open_window()
    window.skip_button.click()
    assert controller.names()[-1] == "break_skipped"


def test_arrows_change_the_stretch_and_done_reports_what_was_shown(
    qtbot: QtBot, open_window: Opener, controller: FakeController
) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.stretch().id == OTHER
    assert window.name_label.text() == "Seated figure-four stretch"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.stretch().id == TWO_SIDED, "wraps around"
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.stretch().id == OTHER
    window.next_button.click()
    window.prev_button.click()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert controller.calls[-1] == ("break_done", ([TWO_SIDED, OTHER],))


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    # As in Arabic: the app sets the direction before the first window opens.
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.usefixtures("right_to_left")
def test_right_to_left_the_arrows_and_their_keys_follow_the_reading_direction(
    qtbot: QtBot, open_window: Opener
) -> None:
    window = open_window()
    # "Next" sits on the left and points left; the Left key goes on.
    next_x = window.next_button.mapTo(window, window.next_button.rect().center()).x()
    prev_x = window.prev_button.mapTo(window, window.prev_button.rect().center()).x()
    assert next_x < prev_x
    # Left-to-right marks keep a style from mirroring the glyphs back.
    assert window.prev_button.text() == "\u200e›\u200e"
    assert window.next_button.text() == "\u200e‹\u200e"
    # The hint row reads right to left too: it starts with a right-to-left mark.
    assert window.view.hint_label.text().startswith("\u200f")
    assert "←" in window.next_button.toolTip() and "→" in window.prev_button.toolTip()
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.stretch().id == OTHER
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.stretch().id == TWO_SIDED
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.stretch().id == OTHER, "back past the first wraps to the last"


def test_left_to_right_the_arrows_point_as_read(open_window: Opener) -> None:
    window = open_window()
    assert window.prev_button.text() == "\u200e‹\u200e"
    assert window.next_button.text() == "\u200e›\u200e"
    assert not window.view.hint_label.text().startswith("\u200f")
    assert "→" in window.next_button.toolTip() and "←" in window.prev_button.toolTip()


def test_arrows_change_the_stretch_never_the_time_left(
    qtbot: QtBot, open_window: Opener, controller: FakeController, clock: FakeClock
) -> None:
    window = open_window()
    clock.advance(20)
    window.tick()
    assert window.ring.text() == "1:20"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    window.tick()
    assert window.stretch().id == OTHER
    assert window.ring.text() == "1:20", "the break's end did not move"
    assert controller.args_of("stretch_shown") == [(OTHER,)]


def test_a_one_stretch_break_has_no_arrows_and_the_keys_do_nothing(
    qtbot: QtBot, open_window: Opener, controller: FakeController, clock: FakeClock
) -> None:
    window = open_window(session(("walk-break", 120.0)))
    assert not window.next_button.isVisible() and not window.prev_button.isVisible()
    assert "←" not in window.view.hint_label.text(), "the hint row does not offer them"
    clock.advance(109)
    window.tick()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    window.tick()
    assert window.ring.text() == "0:11", "→ does not restart the ring"
    assert window.remaining_seconds() == pytest.approx(11.0)


def test_countdown_runs_through_the_cards_and_completes(
    qtbot: QtBot, open_window: Opener, controller: FakeController, clock: FakeClock
) -> None:
    window = open_window()
    assert window.countdown_started()
    assert window.ring.text() == "1:40", "the whole break's time"
    clock.advance(15)
    window.tick()
    assert window.ring.text() == "1:25"
    clock.advance(46)
    window.tick()
    assert window.stretch().id == OTHER, "the next planned card follows"
    assert window.ring.text() == "0:39"
    clock.advance(41)
    window.tick()
    assert window.ring.text() == "0:00"
    assert window.outcome() is None, "the window never ends the break by itself"
    with qtbot.waitSignal(window.finished) as blocker:
        controller.run_out()
        assert window.completion_shown()
        assert window.name_label.text() == "Break complete"
        assert window.meta_label.text() == "Nice work — 14 of 30 movement minutes today"
    assert blocker.args == [CardAnswer.COMPLETED]
    assert "break_done" not in controller.names(), "the engine recorded it already"
    assert controller.names().count("break_started") == 1


def test_done_before_the_countdown_ends_still_counts(
    open_window: Opener, controller: FakeController, clock: FakeClock
) -> None:
    window = open_window()
    clock.advance(5)
    window.tick()
    window.done_button.click()
    assert controller.calls[-1] == ("break_done", ([TWO_SIDED],))


def test_two_sided_stretch_cues_a_switch_at_half_time(
    open_window: Opener, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(BreakWindow, "SWITCH_CUE_SECONDS", 4.0)
    window = open_window()
    assert window.side_text() == "Left side"
    assert not window.switch_cue_visible()
    assert not window.figure().is_mirrored()
    clock.advance(29.5)
    window.tick()
    assert not window.switch_cue_visible()
    clock.advance(0.6)
    window.tick()
    assert window.switch_cue_visible()
    assert window.side_text() == "Right side"
    assert window.figure().is_mirrored()
    clock.advance(4.0)
    window.tick()
    assert not window.switch_cue_visible()
    assert window.side_text() == "Right side"


def test_one_sided_stretch_has_no_side_and_no_cue(open_window: Opener, clock: FakeClock) -> None:
    window = open_window(session((ONE_SIDED, 40.0)))
    assert window.side_text() == ""
    assert not window.side_label.isVisibleTo(window), "no empty side label"
    clock.advance(20)
    window.tick()
    assert not window.switch_cue_visible()


def test_sides_on_separate_cards_switch_between_the_cards(
    open_window: Opener, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(BreakWindow, "SWITCH_CUE_SECONDS", 4.0)
    window = open_window(session((TWO_SIDED, 30.0, "left"), (TWO_SIDED, 30.0, "right")))
    assert window.counter_text() == "", "one stretch, so no 'Stretch 1 of 2'"
    clock.advance(16)
    window.tick()
    assert window.side_text() == "Left side"
    assert not window.switch_cue_visible(), "no switch in the middle of one side"
    assert not window.figure().is_mirrored()
    clock.advance(15)
    window.tick()
    assert window.side_text() == "Right side"
    assert window.switch_cue_visible()
    assert window.figure().is_mirrored()
    clock.advance(4.5)
    window.tick()
    assert not window.switch_cue_visible()


@pytest.mark.parametrize("source", ["session", "settings"])
def test_reduced_motion_shows_a_still_pose(
    qtbot: QtBot, catalog: Catalog, clock: FakeClock, source: str
) -> None:
    settings = Settings({"ui.reduced_motion": source == "settings"})
    controller = FakeController(sitting(30), settings)
    window = BreakWindow(
        controller,
        session((TWO_SIDED, 60.0), reduced_motion=source == "session"),
        catalog,
        clock=clock,
    )
    qtbot.addWidget(window)
    window.open()
    qtbot.waitExposed(window)
    assert window.figure().reduced_motion()
    assert not window.figure().is_animating()


def test_animated_figure_runs_without_reduced_motion(open_window: Opener) -> None:
    window = open_window()
    assert window.figure().is_animating()


def test_the_card_never_takes_focus_from_what_you_type(
    qtbot: QtBot, open_window: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(BreakWindow, "KEY_GUARD_SECONDS", 2.0)
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)

    window = open_window()
    assert window.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert QApplication.focusWidget() is editor
    assert QApplication.activeWindow() is not window
    qtbot.keyClicks(editor, "still typing")
    assert editor.text() == "still typing"


def test_after_the_guard_the_card_takes_focus_only_if_you_are_idle(
    qtbot: QtBot,
    controller: FakeController,
    catalog: Catalog,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(BreakWindow, "KEY_GUARD_SECONDS", 2.0)
    idle = [0.1]
    window = BreakWindow(controller, session(), catalog, clock=clock, idle_seconds=lambda: idle[0])
    qtbot.addWidget(window)
    window.open()
    qtbot.waitExposed(window)
    clock.advance(2.5)
    window.tick()
    assert window.windowHandle() is not None
    assert not window.windowHandle().flags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert QApplication.activeWindow() is not window, "the user was typing: no focus taken"

    other = BreakWindow(controller, session(), catalog, clock=clock, idle_seconds=lambda: 5.0)
    qtbot.addWidget(other)
    other.open()
    qtbot.waitExposed(other)
    clock.advance(2.5)
    other.tick()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    assert QApplication.focusWidget() is other.done_button


def test_closing_the_window_counts_as_skipping(
    open_window: Opener, controller: FakeController
) -> None:
    window = open_window()
    window.close()
    assert controller.names()[-1] == "break_skipped"


def test_withdraw_closes_without_an_answer(
    qtbot: QtBot, open_window: Opener, controller: FakeController
) -> None:
    window = open_window()
    with qtbot.waitSignal(window.finished) as blocker:
        window.withdraw()
    assert blocker.args == [None], "no answer"
    assert not window.isVisible()
    assert controller.names() == ["break_shown", "break_started"]


def test_unknown_stretches_fall_back_to_a_walk(open_window: Opener) -> None:
    window = open_window(session(("no-such-stretch", 30.0)))
    assert window.stretch().id == "walk-break"


def test_fullscreen_style_dims_every_screen_and_esc_still_skips(
    qtbot: QtBot, open_window: Opener, controller: FakeController
) -> None:
    window = open_window(session((ONE_SIDED, 30.0), style="fullscreen"))
    screens = QApplication.screens()
    assert len(window.overlays) == len(screens)
    overlays = list(window.overlays)
    assert all(o.isVisible() for o in overlays)
    assert all(o.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus for o in overlays)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert controller.names()[-1] == "break_skipped"
    assert window.overlays == []


def test_every_control_has_a_name_and_takes_keyboard_focus(open_window: Opener) -> None:
    window = open_window()
    for control in (
        window.done_button,
        window.snooze_button,
        window.skip_button,
        window.prev_button,
        window.next_button,
    ):
        assert control.accessibleName()
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert window.figure().accessibleName()
    assert window.ring.accessibleName() == "Time left"


def test_the_card_opens_on_the_screen_under_the_pointer(open_window: Opener) -> None:
    window = open_window()
    screen = QApplication.screenAt(window.geometry().center())
    assert screen is not None
    assert screen.availableGeometry().contains(window.geometry().center())


# --- from due to open: the reminder, the wait for a typing pause, the deadline ---------------


class Idle:
    """A settable idle reading."""

    def __init__(self, seconds: float | None = 0.0) -> None:
        self.seconds = seconds

    def __call__(self) -> float | None:
        return self.seconds


@pytest.fixture
def fast_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(InputPauseWatcher, "POLL_MS", 5)
    monkeypatch.setattr(BreakWindow, "TYPING_PAUSE_SECONDS", 2.0)


def make_presenter(
    controller: FakeController, catalog: Catalog, clock: FakeClock, idle: Idle, **kwargs: object
) -> BreakPresenter:
    return BreakPresenter(
        controller,
        catalog,
        idle_seconds=idle,
        clock=clock,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.mark.usefixtures("fast_polls")
def test_card_waits_for_a_pause_in_typing(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    idle = Idle(0.2)  # typing right now
    presenter = make_presenter(controller, catalog, clock, idle)
    controller.push_break(session((ONE_SIDED, 30.0)))
    toast = presenter.toast()
    assert toast is not None and toast.isVisible()
    assert toast.text_label.text() == "The card opens when you pause typing."
    assert toast.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    with qtbot.assertNotEmitted(presenter.window_opened, wait=50):
        pass
    assert presenter.window() is None
    assert controller.calls == [], "nothing is shown to the controller before the card"

    with qtbot.waitSignal(presenter.window_opened) as blocker:
        idle.seconds = 2.1  # the fingers stopped
    window = blocker.args[0]
    assert isinstance(window, BreakWindow)
    assert presenter.toast() is None
    assert controller.calls[0] == ("break_shown", ([ONE_SIDED],))


@pytest.mark.usefixtures("fast_polls")
def test_card_opens_at_the_latest_after_max_wait(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    presenter = make_presenter(controller, catalog, clock, Idle(0.0))  # typing non-stop
    controller.push_break(session((ONE_SIDED, 30.0)))
    clock.advance(59.0)
    with qtbot.assertNotEmitted(presenter.window_opened, wait=30):
        pass
    with qtbot.waitSignal(presenter.window_opened):
        clock.advance(1.0)


@pytest.mark.usefixtures("fast_polls")
def test_without_an_idle_reading_the_deadline_still_opens_the_card(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    presenter = make_presenter(controller, catalog, clock, Idle(None))
    controller.push_break(session((ONE_SIDED, 30.0)))
    assert presenter.window() is None
    with qtbot.waitSignal(presenter.window_opened):
        clock.advance(60.0)


@pytest.mark.usefixtures("fast_polls")
def test_open_now_on_the_reminder_opens_at_once(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    presenter = make_presenter(controller, catalog, clock, Idle(0.0))
    controller.push_break(session((ONE_SIDED, 30.0)))
    toast = presenter.toast()
    assert toast is not None
    with qtbot.waitSignal(presenter.window_opened):
        toast.open_button.click()


@pytest.mark.usefixtures("fast_polls")
def test_withdrawn_break_takes_reminder_and_card_away(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    idle = Idle(0.0)
    presenter = make_presenter(controller, catalog, clock, idle)
    controller.push_break(session((ONE_SIDED, 30.0)))
    controller.break_withdrawn.emit()
    assert presenter.toast() is None and presenter.pending() is None
    idle.seconds = 10.0
    with qtbot.assertNotEmitted(presenter.window_opened, wait=30):
        pass

    with qtbot.waitSignal(presenter.window_opened) as blocker:
        controller.push_break(session((ONE_SIDED, 30.0)))  # idle already: opens at once
    window = blocker.args[0]
    with qtbot.waitSignal(window.finished) as finished:
        controller.break_withdrawn.emit()
    assert finished.args == [None], "withdrawn: no answer"
    assert presenter.window() is None
    assert "break_skipped" not in controller.names()


def test_notification_style_notifies_and_the_tray_click_opens_the_card(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    sent: list[tuple[str, str]] = []
    notifier = Notifier(lambda t, m: sent.append((t, m)), None, detect=False)
    tray = TrayController(controller, tray_available=True)
    presenter = make_presenter(controller, catalog, clock, Idle(10.0), notifier=notifier, tray=tray)
    controller.push_break(session((ONE_SIDED, 30.0), style="notification"))
    assert sent and sent[0][0] == "Time for a short break"
    assert presenter.window() is None and presenter.toast() is None
    assert controller.calls == [("break_shown", ([],))], "no stretch has been shown yet"

    with qtbot.waitSignal(presenter.window_opened) as blocker:
        tray.message_clicked.emit()
    window = blocker.args[0]
    assert controller.names().count("break_shown") == 1, "shown once, when notified"
    assert controller.args_of("stretch_shown") == [(ONE_SIDED,)], "the card shows the stretch"
    window.done_button.click()
    assert controller.calls[-1] == ("break_done", ([ONE_SIDED],))
    tray.hide()


def test_done_leaves_a_short_focus_free_acknowledgement(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("standup_buddy.ui.break_flow.THANKS_SECONDS", 0.2)
    presenter = make_presenter(controller, catalog, clock, Idle(10.0))
    controller.push_break(session((ONE_SIDED, 30.0), forced=True))
    window = presenter.window()
    assert window is not None
    window.done_button.click()
    thanks = presenter.acknowledgement()
    assert thanks is not None and thanks.isVisible(), "the card went: something says it counted"
    assert thanks.title_label.text() == "Break complete"
    assert thanks.text_label.text() == "Nice work — 16 of 30 movement minutes today"
    assert not thanks.open_button.isVisible(), "nothing to open: it only acknowledges"
    assert thanks.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    qtbot.waitUntil(lambda: presenter.acknowledgement() is None, timeout=3000)


def test_the_next_break_takes_the_acknowledgement_away(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    presenter = make_presenter(controller, catalog, clock, Idle(10.0))
    controller.push_break(session((ONE_SIDED, 30.0), forced=True))
    window = presenter.window()
    assert window is not None
    window.done_button.click()
    thanks = presenter.acknowledgement()
    assert thanks is not None
    controller.push_break(session((ONE_SIDED, 30.0), forced=True))
    assert presenter.acknowledgement() is None and not thanks.isVisible()


def test_a_second_acknowledgement_stays_tracked_after_the_first_is_deleted(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    presenter = make_presenter(controller, catalog, clock, Idle(10.0))
    for _ in range(2):
        controller.push_break(session((ONE_SIDED, 30.0), forced=True))
        window = presenter.window()
        assert window is not None
        window.done_button.click()
    second = presenter.acknowledgement()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert presenter.acknowledgement() is second and second is not None


def test_a_tray_click_with_no_break_waiting_opens_progress(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    tray = TrayController(controller, tray_available=True)
    presenter = make_presenter(controller, catalog, clock, Idle(10.0), tray=tray)
    with qtbot.waitSignal(controller.open_window) as blocker:
        tray.icon_clicked.emit()
    assert blocker.args == ["progress"]
    assert presenter.pending() is None
    tray.hide()


def test_input_pause_watcher_reports_once(qtbot: QtBot, clock: FakeClock) -> None:
    idle = Idle(3.0)
    watcher = InputPauseWatcher(idle, 2.0, 60.0, clock=clock)
    with qtbot.waitSignal(watcher.ready) as blocker:
        watcher.start()
    assert blocker.args == ["pause"]
    assert not watcher.is_active()
    with qtbot.assertNotEmitted(watcher.ready):
        watcher.poll()


def test_input_pause_watcher_survives_a_failing_idle_source(qtbot: QtBot, clock: FakeClock) -> None:
    def broken() -> float:
        raise OSError("display gone")

    watcher = InputPauseWatcher(broken, 2.0, 5.0, clock=clock)
    watcher.start()
    clock.advance(5.0)
    with qtbot.waitSignal(watcher.ready) as blocker:
        watcher.poll()
    assert blocker.args == ["timeout"]


# --- the soft chime ---------------------------------------------------------------------


class FakeChime:
    def __init__(self) -> None:
        self.plays = 0

    def play(self) -> bool:
        self.plays += 1
        return True


def test_chime_plays_when_the_card_opens_and_at_the_switch(
    qtbot: QtBot, catalog: Catalog, clock: FakeClock
) -> None:
    chime = FakeChime()
    controller = FakeController(sitting(30), Settings({"ui.sound": True}), clock=clock)
    window = BreakWindow(
        controller,
        session((TWO_SIDED, 60.0)),
        catalog,
        clock=clock,
        chime=chime,  # type: ignore[arg-type]
    )
    qtbot.addWidget(window)
    window.open()
    qtbot.waitExposed(window)
    assert chime.plays == 1
    clock.advance(31)
    window.tick()
    assert chime.plays == 2


def test_without_sound_no_chime_is_made(open_window: Opener) -> None:
    window = open_window()
    assert window._chime is None  # ui.sound is off by default


def test_chime_sound_is_a_short_valid_wav() -> None:
    import io
    import wave

    from standup_buddy.ui.chime import SAMPLE_RATE, chime_wav_bytes

    with wave.open(io.BytesIO(chime_wav_bytes())) as wav:
        assert wav.getnchannels() == 1
        assert wav.getframerate() == SAMPLE_RATE
        assert 1.0 <= wav.getnframes() / SAMPLE_RATE <= 1.5


def test_audio_failure_silences_the_chime_instead_of_failing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from standup_buddy.ui.chime import Chime

    def no_audio(self: Chime) -> object:
        raise RuntimeError("no audio device")

    monkeypatch.setattr(Chime, "_load", no_audio)
    chime = Chime()
    assert chime.play() is False
    assert chime.available is False
    assert chime.play() is False


def test_card_follows_the_desktop_switching_to_dark(qtbot: QtBot, open_window: Opener) -> None:
    from PySide6.QtGui import QColor, QPalette

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    window = open_window()
    was_dark = window._theme.dark
    flipped = QPalette()
    window_colour, text_colour = ("#fafafa", "#111111") if was_dark else ("#1e1e1e", "#eeeeee")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        flipped.setColor(role, QColor(window_colour))
    flipped.setColor(QPalette.ColorRole.WindowText, QColor(text_colour))
    try:
        app.setPalette(flipped)
        qtbot.waitUntil(lambda: window._theme.dark != was_dark)
    finally:
        app.setPalette(original)


# --- keyboard focus, Tab, the focus ring ----------------------------------------------------


def test_a_key_pressed_during_the_guard_only_delays_taking_focus(
    qtbot: QtBot,
    controller: FakeController,
    catalog: Catalog,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(BreakWindow, "KEY_GUARD_SECONDS", 2.0)
    idle = Idle(0.0)
    window = BreakWindow(controller, session(), catalog, clock=clock, idle_seconds=idle)
    qtbot.addWidget(window)
    window.open()
    qtbot.waitExposed(window)
    clock.advance(2.1)
    idle.seconds = 0.3  # a key was pressed near the end of the guard: still typing
    window.tick()
    assert QApplication.activeWindow() is not window, "typing: the card waits"
    clock.advance(2.0)
    idle.seconds = 2.3  # the fingers stopped
    window.tick()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.done_button
    qtbot.keyClick(window.done_button, Qt.Key.Key_Return)
    assert controller.names()[-1] == "break_done", "Enter reaches the card"


def focused_card(
    qtbot: QtBot,
    controller: FakeController,
    catalog: Catalog,
    clock: FakeClock,
    break_session: BreakSession,
) -> BreakWindow:
    window = BreakWindow(controller, break_session, catalog, clock=clock, idle_seconds=Idle(5.0))
    qtbot.addWidget(window)
    window.open()
    qtbot.waitExposed(window)
    window.tick()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def tab_order(qtbot: QtBot, window: BreakWindow, first: object, steps: int) -> list[object]:
    first.setFocus()  # type: ignore[attr-defined]
    order = [QApplication.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    return order


def test_tab_runs_left_to_right_through_the_arrows_and_the_buttons(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    window = focused_card(
        qtbot, controller, catalog, clock, session((TWO_SIDED, 60.0), (OTHER, 40.0))
    )
    order = tab_order(qtbot, window, window.prev_button, 5)
    assert order == [
        window.prev_button,
        window.next_button,
        window.skip_button,
        window.snooze_button,
        window.done_button,
        window.prev_button,
    ]
    assert controller.names().count("break_done") == 0, "Tab answers nothing"


def test_without_arrows_tab_runs_skip_snooze_done(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    window = focused_card(qtbot, controller, catalog, clock, session((ONE_SIDED, 60.0)))
    order = tab_order(qtbot, window, window.skip_button, 3)
    assert order == [
        window.skip_button,
        window.snooze_button,
        window.done_button,
        window.skip_button,
    ]


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("name", ["done_button", "snooze_button", "next_button"])
def test_the_focus_ring_stands_out(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock, name: str
) -> None:
    window = focused_card(
        qtbot, controller, catalog, clock, session((TWO_SIDED, 60.0), (OTHER, 40.0))
    )
    button = getattr(window, name)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    ring = button.grab().toImage().pixelColor(1, button.height() // 2)
    window.skip_button.setFocus()
    qtbot.waitUntil(lambda: not button.hasFocus())
    plain = button.grab().toImage().pixelColor(1, button.height() // 2)
    fill = button.grab().toImage().pixelColor(button.width() // 2, 4)
    assert contrast(ring, fill) >= 3.0, "the ring is visible against the button (WCAG 1.4.11)"
    assert contrast(ring, plain) >= 1.5, "focus changes the edge clearly"


# --- take a break now, the compositor ---------------------------------------------------------


@pytest.mark.usefixtures("fast_polls")
def test_take_a_break_now_opens_the_card_at_once(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    presenter = make_presenter(controller, catalog, clock, Idle(0.0))  # typing
    with qtbot.waitSignal(presenter.window_opened, timeout=500):
        controller.push_break(session((ONE_SIDED, 30.0), forced=True))
    assert presenter.toast() is None, "no 'opens when you pause typing' reminder"


@pytest.mark.usefixtures("fast_polls")
def test_the_longest_wait_for_a_pause_comes_with_the_session(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    presenter = make_presenter(controller, catalog, clock, Idle(0.0))  # typing non-stop
    controller.push_break(session((ONE_SIDED, 30.0), wait_for_pause_seconds=1.0))
    with qtbot.waitSignal(presenter.window_opened):
        clock.advance(1.0)


def test_without_a_compositor_the_fullscreen_style_does_not_black_out_the_screen(
    qtbot: QtBot, open_window: Opener, controller: FakeController
) -> None:
    window = open_window(session((ONE_SIDED, 30.0), style="fullscreen"), composited=False)
    assert window.overlays == [], "no opaque layer over everything"
    assert "No compositor is running" in window.view.hint_label.text(), "and it says why"


def test_the_presenter_asks_about_the_compositor_when_a_card_opens(
    qtbot: QtBot, controller: FakeController, catalog: Catalog, clock: FakeClock
) -> None:
    presenter = make_presenter(controller, catalog, clock, Idle(5.0), composited=lambda: False)
    controller.push_break(session((ONE_SIDED, 30.0), style="fullscreen", forced=True))
    window = presenter.window()
    assert window is not None and window.overlays == []


# --- the screen lock countdown (breaks.lock_after_seconds) -----------------------------


def test_card_counts_down_to_the_screen_lock_on_the_breaks_clock(
    qtbot: QtBot, open_window: Opener, clock: FakeClock
) -> None:
    from dataclasses import replace

    window = open_window(replace(session((TWO_SIDED, 60.0, "left")), lock_after_seconds=10.0))
    window.tick()
    label = window.view.lock_label
    assert label.isVisibleTo(window)
    assert label.text() == "Screen locks in 10 s"
    clock.advance(6.5)
    window.tick()
    assert label.text() == "Screen locks in 4 s"
    clock.advance(4)
    window.tick()
    assert not label.isVisibleTo(window), "gone once the lock is due"


def test_no_lock_countdown_when_the_lock_is_off(open_window: Opener) -> None:
    window = open_window()
    window.tick()
    assert not window.view.lock_label.isVisibleTo(window)
