"""The first-run set-up wizard: keyboard only, answers saved, Skip keeps defaults."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from standup_buddy.core.rotation import RotationConfig
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.autostart import XdgAutostart
from standup_buddy.platform.paths import Paths, resolve_paths
from standup_buddy.services.autostart import AutostartService
from standup_buddy.settings import Settings, load_settings, save_settings
from standup_buddy.stretches.catalog import load_catalog
from standup_buddy.stretches.rotation_store import load_rotation, save_rotation
from standup_buddy.ui.about import RED_FLAGS
from standup_buddy.ui.setup_wizard import SetupWizard

NOW = dt.datetime(2026, 3, 2, 9, 0)


class Rig:
    def __init__(self, tmp_path: Path) -> None:
        self.paths: Paths = resolve_paths()
        self.paths.stretches_dir.mkdir(parents=True, exist_ok=True)
        self.catalog = load_catalog(self.paths)
        self.config, self.state, _ = load_rotation(self.paths, self.catalog)
        self.autostart = XdgAutostart(tmp_path / "xdg-config")
        self.breaks_tried = 0

    def apply(self, settings: Settings, config: RotationConfig) -> None:
        # What the app does with the answers: settings.toml and rotation.json.
        save_settings(self.paths.settings_file, settings)
        save_rotation(self.paths, config, self.state)

    def try_break(self) -> None:
        self.breaks_tried += 1

    def wizard(self, qtbot: QtBot) -> SetupWizard:
        wizard = SetupWizard(
            load_settings(self.paths.settings_file, NOW).settings,
            self.config,
            {p.id: p.stretch_ids for p in self.catalog.programs},
            autostart=AutostartService(MessageCenter(), self.autostart),
            apply=self.apply,
            try_break=self.try_break,
            has_tray=True,
        )
        wizard.show()
        wizard.activateWindow()
        qtbot.waitExposed(wizard)
        return wizard


@pytest.fixture
def rig(tmp_path: Path) -> Rig:
    return Rig(tmp_path)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qt_key: Qt.Key) -> None:
    QTest.keyClick(focused(), qt_key)


def tab_to(target: QWidget) -> None:
    """Press Tab until ``target`` has the focus (as a keyboard user would)."""
    for _ in range(40):
        if QApplication.focusWidget() is target:
            return
        key(Qt.Key.Key_Tab)
    seen = []
    for _ in range(12):
        key(Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        seen.append(
            (type(w).__name__, w.accessibleName() if w else None, getattr(w, "text", lambda: "")())
        )
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}: {seen}")


def test_the_wizard_completes_by_keyboard_and_saves_every_answer(qtbot: QtBot, rig: Rig) -> None:
    wizard = rig.wizard(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert RED_FLAGS in wizard.red_flags_label.text()
    key(Qt.Key.Key_Return)  # welcome -> hours
    tab_to(wizard.end_edit)
    QTest.keyClicks(focused(), "18")
    assert wizard.end_edit.time().hour() == 18
    tab_to(wizard.day_boxes["sat"])
    key(Qt.Key.Key_Space)  # works Saturdays too
    key(Qt.Key.Key_Return)  # -> breaks and goal
    tab_to(wizard.goal_spin)
    for _ in range(15):
        key(Qt.Key.Key_Up)
    assert wizard.goal_spin.value() == 45
    assert "minutes of movement a day" in wizard.goal_spin.text()
    assert not wizard.micro_box.isChecked()  # micro-pauses are off unless chosen
    tab_to(wizard.micro_box)
    key(Qt.Key.Key_Space)
    assert "20-second cue every 20 minutes" in wizard.micro_box.text()
    key(Qt.Key.Key_Return)  # -> help with
    assert wizard.help_buttons["stiffness"].isChecked()  # the default program, Maintain
    tab_to(wizard.help_buttons["hips"])
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Space)
    assert wizard.help_buttons["sciatica"].isChecked()
    key(Qt.Key.Key_Return)  # -> where you can move
    assert wizard.space_buttons["floor"].isChecked()  # the default: floor space at home
    tab_to(wizard.space_buttons["desk"])
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Space)
    assert wizard.space_buttons["standing"].isChecked()
    key(Qt.Key.Key_Return)  # -> start at login
    assert wizard.login_box.isChecked()  # on by default
    tab_to(wizard.try_button)
    key(Qt.Key.Key_Space)
    assert rig.breaks_tried == 1
    key(Qt.Key.Key_Return)  # -> all set
    assert "tray" in wizard.done_text and "Click" in wizard.done_text
    with qtbot.waitSignal(wizard.destroyed, timeout=3000):
        key(Qt.Key.Key_Return)  # Finish

    settings = load_settings(rig.paths.settings_file, NOW).settings
    assert settings.get_time("schedule.end") == dt.time(18, 0)
    assert settings.get_days("schedule.work_days") == ("mon", "tue", "wed", "thu", "fri", "sat")
    assert settings.get_int("goal.daily_target") == 45
    assert settings.get_str("goal.metric") == "movement_minutes"
    assert settings.get_bool("micro.enabled")
    config, _, problems = load_rotation(rig.paths, rig.catalog)
    assert problems == []
    assert config.program == "relief"
    assert config.space == "standing"
    relief = rig.catalog.program("relief")
    assert relief is not None
    enabled = [e.stretch_id for e in config.entries if e.enabled]
    assert enabled == list(relief.stretch_ids)
    assert rig.autostart.is_enabled()


def test_skipping_leaves_working_defaults(qtbot: QtBot, rig: Rig) -> None:
    wizard = rig.wizard(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    with qtbot.waitSignal(wizard.destroyed, timeout=3000):
        key(Qt.Key.Key_Escape)
    assert not rig.paths.settings_file.exists()
    loaded = load_settings(rig.paths.settings_file, NOW)
    assert loaded.settings == Settings()
    config, _, _ = load_rotation(rig.paths, rig.catalog)
    assert config.program == "maintain" and config.space == "floor"
    assert not rig.autostart.is_enabled()


def test_closing_the_wizard_leaves_nothing_behind(qtbot: QtBot, rig: Rig) -> None:
    wizard = rig.wizard(qtbot)
    children = [wizard.goal_spin, wizard.login_box]
    with qtbot.waitSignal(wizard.destroyed, timeout=3000):
        wizard.reject()
    QApplication.processEvents()
    gc.collect()
    assert not shiboken6.isValid(wizard)
    assert not any(shiboken6.isValid(child) for child in children)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, SetupWizard)]


def test_next_stays_under_the_pointer_on_every_page(qtbot: QtBot, rig: Rig) -> None:
    # The wizard used to widen on the breaks page, moving Next onto where Back
    # had been: a quick second click on Next went back a page.
    wizard = rig.wizard(qtbot)
    next_button = wizard.button(wizard.WizardButton.NextButton)
    seen = set()
    for _ in range(len(wizard.pageIds()) - 1):
        QApplication.processEvents()
        where = next_button.mapTo(wizard, next_button.rect().center())
        seen.add((wizard.size().toTuple(), where.toTuple()))
        page = wizard.currentPage()
        for child in page.findChildren(QWidget):
            if child.isVisible() and not child.sizePolicy().hasHeightForWidth():
                assert child.width() >= child.minimumSizeHint().width(), child.objectName() or child
        wizard.next()
    assert len(seen) == 1, seen


@pytest.mark.parametrize(("locale", "shown"), [("en_US", "7:00\u202fPM"), ("de_DE", "19:00")])
def test_times_are_shown_in_the_locale_clock(
    qtbot: QtBot, rig: Rig, locale: str, shown: str
) -> None:
    # The status lines say "9:22 AM" in US English; the time fields use the same clock.
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(locale))
    wizard = rig.wizard(qtbot)
    assert wizard.end_edit.text() == shown
    assert wizard.end_edit.time().hour() == 19


def test_the_wizard_stays_centred_once_sized_for_its_largest_page(qtbot: QtBot, rig: Rig) -> None:
    # Sized up after Qt had centred it, it used to grow to the right and down.
    wizard = rig.wizard(qtbot)
    QApplication.processEvents()
    screen = wizard.screen().availableGeometry()
    centre = wizard.frameGeometry().center()
    assert abs(centre.x() - screen.center().x()) <= 2, (centre, screen)
    assert abs(centre.y() - screen.center().y()) <= 2, (centre, screen)
