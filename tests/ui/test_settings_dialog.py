"""The settings window: generated from the schema, bounded editors, apply saves the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QSpinBox, QTimeEdit
from pytestqt.qtbot import QtBot
from tests.ui.fakes import FakeController, paused, sitting

from standup_buddy.messages import MessageCenter
from standup_buddy.platform.autostart import AutostartError, XdgAutostart
from standup_buddy.services.autostart import AutostartService
from standup_buddy.settings import SCHEMA, Settings, load_settings, save_settings
from standup_buddy.settings.schema import SECTION_TITLES, Kind
from standup_buddy.ui.settings_dialog import DaysEditor, SettingsDialog, next_break_preview

NOW = dt.datetime(2025, 3, 4, 14, 15)


class FakeAutostart:
    def __init__(self, enabled: bool = False, broken: bool = False) -> None:
        self.enabled = enabled
        self.broken = broken

    def is_enabled(self) -> bool:
        return self.enabled

    def enable(self) -> None:
        if self.broken:
            raise AutostartError("cannot write /x/autostart: Permission denied")
        self.enabled = True

    def disable(self) -> None:
        self.enabled = False


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    path = tmp_path / "config" / "settings.toml"
    save_settings(path, Settings())
    return path


@pytest.fixture
def controller(settings_file: Path) -> FakeController:
    return FakeController(sitting(10), Settings(), settings_path=settings_file)


def make_dialog(
    qtbot: QtBot, controller: FakeController, autostart: FakeAutostart | None = None
) -> SettingsDialog:
    service = AutostartService(MessageCenter(), autostart or FakeAutostart())
    dialog = SettingsDialog(controller, autostart=service, now=lambda: NOW)
    qtbot.addWidget(dialog)
    return dialog


def click(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(which).click()


def test_title_and_one_group_per_schema_section(qtbot: QtBot, controller: FakeController) -> None:
    dialog = make_dialog(qtbot, controller)
    assert dialog.windowTitle() == "Standup Buddy: Settings"
    sections = {s.section for s in SCHEMA}
    for section in sections:
        assert dialog.groups[section].title() == SECTION_TITLES[section]


def test_every_key_has_an_editor_of_its_kind_with_its_help(
    qtbot: QtBot, controller: FakeController
) -> None:
    dialog = make_dialog(qtbot, controller)
    expected = {
        Kind.INT: QSpinBox,
        Kind.BOOL: QCheckBox,
        Kind.CHOICE: QComboBox,
        Kind.TIME: QTimeEdit,
        Kind.DAYS: DaysEditor,
    }
    assert set(dialog.editors) == {s.key for s in SCHEMA}
    for setting in SCHEMA:
        editor = dialog.editors[setting.key]
        assert isinstance(editor, expected[setting.kind]), setting.key
        assert editor.toolTip() == setting.description
        assert dialog.captions[setting.key].text() == setting.description
        assert editor.accessibleName()


def test_spin_boxes_enforce_the_schema_bounds(qtbot: QtBot, controller: FakeController) -> None:
    dialog = make_dialog(qtbot, controller)
    for setting in SCHEMA:
        if setting.kind is not Kind.INT:
            continue
        spin = dialog.editors[setting.key]
        assert isinstance(spin, QSpinBox)
        assert (spin.minimum(), spin.maximum()) == (setting.minimum, setting.maximum)
        spin.setValue(10_000)
        assert spin.value() == setting.maximum
        spin.setValue(-5)
        assert spin.value() == setting.minimum
    interval = dialog.editors["breaks.interval_minutes"]
    assert isinstance(interval, QSpinBox) and interval.suffix() == " min"


def test_choices_read_as_words_not_identifiers(qtbot: QtBot, controller: FakeController) -> None:
    dialog = make_dialog(qtbot, controller)
    style = dialog.editors["breaks.style"]
    assert isinstance(style, QComboBox)
    labels = [style.itemText(i) for i in range(style.count())]
    assert labels == ["A notification only", "A stretch card", "A card over dimmed screens"]
    assert style.currentData() == "card"


def test_daily_target_counts_in_the_goal_unit(qtbot: QtBot, controller: FakeController) -> None:
    dialog = make_dialog(qtbot, controller)
    metric = dialog.editors["goal.metric"]
    target = dialog.editors["goal.daily_target"]
    assert isinstance(metric, QComboBox) and isinstance(target, QSpinBox)
    assert target.suffix() == " min"
    metric.setCurrentIndex(metric.findData("breaks"))
    assert target.suffix() == " breaks"


def test_edit_apply_saves_the_file_atomically(
    qtbot: QtBot, controller: FakeController, settings_file: Path
) -> None:
    dialog = make_dialog(qtbot, controller)
    dialog.show()
    interval = dialog.editors["breaks.interval_minutes"]
    reduced = dialog.editors["ui.reduced_motion"]
    start = dialog.editors["schedule.start"]
    days = dialog.editors["schedule.work_days"]
    assert isinstance(interval, QSpinBox) and isinstance(reduced, QCheckBox)
    assert isinstance(start, QTimeEdit) and isinstance(days, DaysEditor)
    interval.setValue(45)
    reduced.setChecked(True)
    start.setTime(QTime(7, 30))
    days.buttons["sat"].click()
    inode_before = settings_file.stat().st_ino

    with qtbot.waitSignal(dialog.applied):
        click(dialog, QDialogButtonBox.StandardButton.Apply)

    assert controller.names() == ["apply_settings"]
    on_disk = load_settings(settings_file, NOW)
    assert on_disk.problems == []
    assert on_disk.settings["breaks.interval_minutes"] == 45
    assert on_disk.settings["ui.reduced_motion"] is True
    assert on_disk.settings["schedule.start"] == dt.time(7, 30)
    assert on_disk.settings["schedule.work_days"] == ("mon", "tue", "wed", "thu", "fri", "sat")
    leftovers = [p.name for p in settings_file.parent.iterdir() if p.name != "settings.toml"]
    assert leftovers == [], "an atomic save leaves no temporary file"
    assert settings_file.stat().st_ino != inode_before, "replaced by rename, not rewritten"
    assert dialog.isVisible(), "Apply keeps the window open"

    # Nothing changed since: OK closes without saving again.
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert controller.names() == ["apply_settings"]
    assert not dialog.isVisible()


def test_cancel_changes_nothing(
    qtbot: QtBot, controller: FakeController, settings_file: Path
) -> None:
    before = settings_file.read_bytes()
    dialog = make_dialog(qtbot, controller)
    dialog.show()
    interval = dialog.editors["breaks.interval_minutes"]
    assert isinstance(interval, QSpinBox)
    interval.setValue(90)
    click(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert not dialog.isVisible()
    assert controller.calls == []
    assert settings_file.read_bytes() == before
    assert controller.settings()["breaks.interval_minutes"] == 30


def test_working_hours_that_end_before_they_start_cannot_be_applied(
    qtbot: QtBot, controller: FakeController
) -> None:
    dialog = make_dialog(qtbot, controller)
    end = dialog.editors["schedule.end"]
    assert isinstance(end, QTimeEdit)
    end.setTime(QTime(7, 0))
    assert dialog.problem_label.text() == "Working hours must end after they start."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.apply() is False
    assert controller.calls == []


def test_restore_defaults_fills_in_the_schema_defaults(qtbot: QtBot, settings_file: Path) -> None:
    custom = Settings({"breaks.interval_minutes": 50, "ui.sound": True})
    controller = FakeController(sitting(5), custom, settings_path=settings_file)
    dialog = make_dialog(qtbot, controller)
    click(dialog, QDialogButtonBox.StandardButton.RestoreDefaults)
    assert dialog.edited_settings() == Settings()
    assert controller.calls == [], "restoring only edits; Apply saves"


def test_preview_follows_the_edited_interval(qtbot: QtBot, controller: FakeController) -> None:
    dialog = make_dialog(qtbot, controller)
    assert dialog.preview_text() == "Next break at 14:35 if you keep sitting"
    interval = dialog.editors["breaks.interval_minutes"]
    assert isinstance(interval, QSpinBox)
    interval.setValue(60)
    assert dialog.preview_text() == "Next break at 15:05 if you keep sitting"
    controller.push_status(paused(10))
    assert dialog.preview_text().startswith("Reminders are paused")


def test_preview_wording() -> None:
    assert next_break_preview(sitting(40), 30, NOW) == "A break is due now with this interval."
    assert next_break_preview(sitting(0), 30, NOW) == "Next break at 14:45 if you keep sitting"


def test_start_at_login_reflects_and_changes_the_real_state(
    qtbot: QtBot, controller: FakeController, tmp_path: Path
) -> None:
    autostart = XdgAutostart(tmp_path / "xdg", command=["standup-buddy"])
    service = AutostartService(MessageCenter(), autostart)
    dialog = SettingsDialog(controller, autostart=service, now=lambda: NOW)
    qtbot.addWidget(dialog)
    assert not dialog.autostart_box.isChecked()
    dialog.autostart_box.setChecked(True)
    assert dialog.apply()
    assert autostart.is_enabled()
    assert controller.calls == [], "only autostart changed: settings are not re-saved"
    # Changed outside the app: the box follows when the window is shown again.
    autostart.disable()
    dialog.show()
    assert not dialog.autostart_box.isChecked()


def test_start_at_login_failure_is_explained_and_the_box_reverts(
    qtbot: QtBot, controller: FakeController
) -> None:
    dialog = make_dialog(qtbot, controller, FakeAutostart(broken=True))
    dialog.autostart_box.setChecked(True)
    assert dialog.apply() is False
    assert "Permission denied" in dialog.problem_label.text()
    assert not dialog.autostart_box.isChecked()


def test_settings_changed_elsewhere_are_shown_when_not_editing(
    qtbot: QtBot, controller: FakeController
) -> None:
    dialog = make_dialog(qtbot, controller)
    controller.settings_changed.emit(
        Settings({"breaks.snooze_minutes": 15}), frozenset({"breaks.snooze_minutes"})
    )
    snooze = dialog.editors["breaks.snooze_minutes"]
    assert isinstance(snooze, QSpinBox) and snooze.value() == 15


def test_every_control_is_keyboard_reachable(qtbot: QtBot, controller: FakeController) -> None:
    dialog = make_dialog(qtbot, controller)
    for key, editor in dialog.editors.items():
        widgets = editor.buttons.values() if isinstance(editor, DaysEditor) else [editor]
        for widget in widgets:
            assert widget.focusPolicy() & widget.focusPolicy().TabFocus, key


def test_reopening_after_cancel_shows_the_settings_in_force(
    qtbot: QtBot, controller: FakeController
) -> None:
    dialog = make_dialog(qtbot, controller)
    dialog.show()
    interval = dialog.editors["breaks.interval_minutes"]
    assert isinstance(interval, QSpinBox)
    interval.setValue(90)
    click(dialog, QDialogButtonBox.StandardButton.Cancel)
    dialog.show()
    assert interval.value() == 30


def test_screen_lock_reads_never_when_off_and_media_pausing_can_be_switched_off(
    qtbot: QtBot, controller: FakeController, settings_file: Path
) -> None:
    dialog = make_dialog(qtbot, controller)
    dialog.show()
    lock = dialog.editors["breaks.lock_after_seconds"]
    media = dialog.editors["breaks.pause_media"]
    assert isinstance(lock, QSpinBox) and isinstance(media, QCheckBox)
    assert lock.value() == 0 and lock.text() == "never", "off by default, said in words"
    assert media.isChecked(), "media pausing is on by default"
    lock.setValue(15)
    assert lock.text() == "15 s"
    media.setChecked(False)
    with qtbot.waitSignal(dialog.applied):
        click(dialog, QDialogButtonBox.StandardButton.Apply)
    on_disk = load_settings(settings_file, NOW).settings
    assert on_disk["breaks.lock_after_seconds"] == 15
    assert on_disk["breaks.pause_media"] is False


def test_a_new_language_is_said_to_apply_at_the_next_start(
    qtbot: QtBot, controller: FakeController
) -> None:
    # The windows are built in one language; the dialog says when a new one shows.
    dialog = make_dialog(qtbot, controller)
    dialog.show()
    chooser = dialog.editors["ui.language"]
    assert isinstance(chooser, QComboBox)
    assert not dialog.language_note.isVisible()
    chooser.setCurrentIndex(chooser.findData("de"))
    assert dialog.language_note.isVisible()
    assert "starts again" in dialog.language_note.text()
    chooser.setCurrentIndex(chooser.findData("en"))
    assert not dialog.language_note.isVisible(), "the language running now needs no restart"
