"""The micro-pause cue window: focus-free, counts down on the controller's clock, click closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.fakes import FakeController

from standup_buddy.session import BreakTime, MicroCueSession
from standup_buddy.ui.micro_cue import MicroCue

CUE = MicroCueSession("chin-tuck", "Slide your chin gently straight back.", "Small and slow.", 20)


class CueController(FakeController):
    def __init__(self) -> None:
        super().__init__()
        self.remaining = 20.0
        self.dismissed = 0
        self.dismissable = True

    def micro_dismissable(self) -> bool:
        return self.dismissable

    def micro_time(self) -> BreakTime | None:
        return BreakTime(True, 20.0 - self.remaining, self.remaining, 20.0)

    def micro_dismissed(self) -> None:
        self.dismissed += 1
        self.micro_ended.emit()


def test_the_cue_never_takes_focus_and_counts_down(qtbot: QtBot) -> None:
    controller = CueController()
    cue = MicroCue(controller)
    qtbot.addWidget(cue)
    flags = cue.windowFlags()
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert flags & Qt.WindowType.Tool
    assert cue.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert cue.focusPolicy() == Qt.FocusPolicy.NoFocus
    controller.micro_due.emit(CUE)
    assert cue.isVisible()
    assert cue.text_label.text() == CUE.text
    assert cue.caution_label.text() == "Small and slow."
    assert cue.count_label.text() == "20 s"
    controller.remaining = 7.4
    qtbot.waitUntil(lambda: cue.count_label.text() == "7 s", timeout=2000)
    assert cue.bar.value() == 370
    controller.micro_ended.emit()
    assert not cue.isVisible() and cue.session is None


def test_a_still_cue_has_no_caution_line_and_a_click_closes_it(qtbot: QtBot) -> None:
    controller = CueController()
    cue = MicroCue(controller)
    qtbot.addWidget(cue)
    controller.micro_due.emit(MicroCueSession("look-far", "Look 6 m away.", None, 20))
    assert cue.caution_label.isHidden()
    qtbot.mouseClick(cue.text_label, Qt.MouseButton.LeftButton)
    assert controller.dismissed == 1
    assert not cue.isVisible()


def test_a_strict_cue_shows_no_close_control_and_ends_by_itself(qtbot: QtBot) -> None:
    controller = CueController()
    controller.dismissable = False  # micro.strict on (or micro.allow_skip off)
    cue = MicroCue(controller)
    qtbot.addWidget(cue)
    controller.micro_due.emit(CUE)
    assert cue.isVisible() and not cue.dismissable
    # No close control: no "Click to close", no hand cursor, and a click does nothing.
    assert cue.toolTip() == ""
    assert cue.cursor().shape() != Qt.CursorShape.PointingHandCursor
    qtbot.mouseClick(cue.text_label, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(cue, Qt.MouseButton.LeftButton)
    assert controller.dismissed == 0
    assert cue.isVisible() and cue.session is CUE
    # It ends when the engine's time runs out, as any cue does.
    controller.remaining = 0.0
    qtbot.waitUntil(lambda: cue.count_label.text() == "0 s", timeout=2000)
    controller.micro_ended.emit()
    assert not cue.isVisible()


def test_the_close_control_follows_the_rules_while_the_cue_is_up(qtbot: QtBot) -> None:
    controller = CueController()
    cue = MicroCue(controller)
    qtbot.addWidget(cue)
    controller.micro_due.emit(CUE)
    assert cue.dismissable and cue.toolTip() == "Click to close"
    assert cue.cursor().shape() == Qt.CursorShape.PointingHandCursor
    controller.dismissable = False  # strict mode saved while the cue is up
    qtbot.waitUntil(lambda: not cue.dismissable, timeout=2000)
    assert cue.toolTip() == ""
    qtbot.mouseClick(cue.text_label, Qt.MouseButton.LeftButton)
    assert controller.dismissed == 0 and cue.isVisible()
