"""The Stretches window: what the user changes is saved at once and shapes the next breaks."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from standup_buddy.core.rotation import (
    RotationConfig,
    RotationEntry,
    RotationState,
    StretchRotation,
)
from standup_buddy.messages import MessageCenter, UserMessage
from standup_buddy.platform.paths import Paths, resolve_paths
from standup_buddy.services.rotation import RotationService
from standup_buddy.stretches.catalog import Catalog, load_catalog, user_stretch_path, validate_files
from standup_buddy.stretches.files import write_json_atomic
from standup_buddy.stretches.rotation_store import (
    default_rotation,
    import_rotation,
    load_rotation,
    save_rotation,
)
from standup_buddy.stretches.user_programs import (
    UserProgram,
    load_user_programs,
    save_user_program,
    user_programs_file,
)
from standup_buddy.ui.stretches import rotation_edits as edits
from standup_buddy.ui.stretches.editor import StretchesEditor
from standup_buddy.ui.stretches.stretch_form import StretchForm
from standup_buddy.ui.stretches.words import STANDARD_CAUTION
from standup_buddy.ui.stretches_editor import open_editor
from standup_buddy.ui.theme import palette_for


class FakePrompts:
    """Answers the window's questions from queues, and records what was asked."""

    def __init__(self) -> None:
        self.open_paths: list[Path | None] = []
        self.save_paths: list[Path | None] = []
        self.texts: list[str | None] = []
        self.confirm_answer = True
        self.asked: list[tuple[str, str]] = []

    def open_file(self, title: str, name_filter: str) -> Path | None:
        self.asked.append(("open", title))
        return self.open_paths.pop(0)

    def save_file(self, title: str, suggested: str, name_filter: str) -> Path | None:
        self.asked.append(("save", title))
        return self.save_paths.pop(0)

    def confirm(self, title: str, text: str, action: str) -> bool:
        self.asked.append(("confirm", text))
        return self.confirm_answer

    def ask_text(self, title: str, label: str, initial: str) -> str | None:
        self.asked.append(("text", title))
        return self.texts.pop(0)


class Harness:
    """An open editor with everything it reported."""

    def __init__(self, editor: StretchesEditor, prompts: FakePrompts, paths: Paths) -> None:
        self.editor = editor
        self.prompts = prompts
        self.paths = paths
        self.changes: list[RotationConfig] = []
        self.messages: list[UserMessage] = []

    @property
    def last(self) -> RotationConfig:
        assert self.changes, "on_changed was never called"
        return self.changes[-1]

    def saved_config(self) -> RotationConfig:
        config, _, problems = load_rotation(self.paths, load_catalog(self.paths))
        assert problems == []
        return config


@pytest.fixture
def paths() -> Paths:
    return resolve_paths()


def make_editor(
    qtbot: QtBot,
    paths: Paths,
    config: RotationConfig | None = None,
    state: RotationState | None = None,
    *,
    reduced_motion: bool = True,
) -> Harness:
    if config is not None or state is not None:
        # Where the app left the rotation: the window reads it through the service.
        catalog = load_catalog(paths)
        save_rotation(paths, config or default_rotation(catalog), state or RotationState())
    prompts = FakePrompts()
    center = MessageCenter()
    service = RotationService(paths, center)
    editor = StretchesEditor(service, prompts=prompts, reduced_motion=reduced_motion)
    harness = Harness(editor, prompts, paths)
    editor.config_changed.connect(harness.changes.append)
    center.subscribe(harness.messages.append)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return harness


def enabled_ids(config: RotationConfig) -> list[str]:
    return [e.stretch_id for e in config.entries if e.enabled]


def drawn_ids(catalog: Catalog, config: RotationConfig, breaks: int, at_work: bool) -> set[str]:
    rotation = StretchRotation(catalog.by_id(), config, rng=random.Random(3))
    seen: set[str] = set()
    for _ in range(breaks):
        seen.update(p.stretch.id for p in rotation.plan_break(120, within_working_hours=at_work))
    return seen


def check_rect(view: QListWidget, row: int) -> QPoint:
    """The centre of the row's checkbox, where a user clicks."""
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    view.itemDelegate().initStyleOption(option, index)  # type: ignore[attr-defined]
    rect = view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
    )
    return rect.center()


# --- the window --------------------------------------------------------------------


def test_title_and_every_control_is_named_and_reachable(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    assert h.editor.windowTitle().startswith("Standup Buddy: Stretches")
    form = h.editor.new_stretch()
    controls = (QAbstractButton, QComboBox, QAbstractSpinBox, QListWidget, QLineEdit)
    for window in (h.editor, form):
        found = [w for w in window.findChildren(QWidget) if isinstance(w, controls)]
        found += window.findChildren(QPlainTextEdit)
        assert len(found) > 10
        for widget in found:
            if widget.objectName().startswith("qt_") or isinstance(
                widget.parent(), QAbstractSpinBox
            ):
                continue  # Qt's own parts of a spin box or scroll area
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()}"
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.accessibleName()


def test_the_list_shows_every_stretch_in_rotation_order(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    config = h.editor.config()
    assert h.editor.rotation_list.ids() == [e.stretch_id for e in config.entries]
    assert sorted(h.editor.rotation_list.ids()) == sorted(h.editor.catalog().ids)
    assert h.editor.rotation_list.checked_ids() == enabled_ids(config)
    on, total = len(enabled_ids(config)), len(config.entries)
    assert h.editor.count_label.text() == f"{on} of {total} on"


def test_selecting_a_stretch_previews_it_with_steps_and_caution(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    h.editor.select("standing-hip-flexor")
    stretch = h.editor.catalog().get("standing-hip-flexor")
    assert stretch is not None
    preview = h.editor.preview
    assert preview.name_label.text() == stretch.name
    assert preview.steps() == list(stretch.steps)
    assert preview.caution_label.text() == stretch.caution
    assert preview.figure.animation() is h.editor.catalog().animation_for(stretch)
    assert preview.badge.text() == "Built-in"
    assert not h.editor.edit_button.isVisible() and h.editor.duplicate_button.isVisible()


def test_preview_animates_unless_motion_is_reduced(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths, reduced_motion=False)
    figure = h.editor.preview.figure
    assert figure.is_animating()
    with qtbot.waitSignal(figure.frame_timer().timeout):
        pass
    h.editor.select("glute-bridge")
    bridge = h.editor.catalog().get("glute-bridge")
    assert bridge is not None
    assert figure.animation() is h.editor.catalog().animation_for(bridge)
    assert figure.is_animating()

    form = h.editor.new_stretch()
    form.animation_combo.setCurrentIndex(form.animation_combo.findData("plank"))
    assert form.figure.animation() is h.editor.catalog().animations["plank"]
    assert form.figure.is_animating()
    form.close()
    assert not form.figure.is_animating()

    still = make_editor(qtbot, paths)
    assert not still.editor.preview.figure.is_animating()


# --- switching stretches on and off -------------------------------------------------------


def test_unticking_a_stretch_saves_it_and_it_never_comes_up(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    view = h.editor.rotation_list
    first = view.ids()[0]
    assert first in view.checked_ids()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=check_rect(view, 0))

    assert first not in view.checked_ids()
    entry = h.last.entry(first)
    assert entry is not None and not entry.enabled
    saved = h.saved_config().entry(first)
    assert saved is not None and not saved.enabled
    data = json.loads(paths.rotation_file.read_text(encoding="utf-8"))
    assert {"stretch_id": first, "enabled": False}.items() <= next(
        e for e in data["config"]["entries"] if e["stretch_id"] == first
    ).items()
    catalog = h.editor.catalog()
    for at_work in (True, False):
        assert first not in drawn_ids(catalog, h.last, 40, at_work)


def test_space_ticks_the_selected_stretch_back_on(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    view = h.editor.rotation_list
    off = next(sid for sid in view.ids() if sid not in view.checked_ids())
    h.editor.select(off)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert off in enabled_ids(h.last)
    assert off in enabled_ids(h.saved_config())
    assert off in drawn_ids(h.editor.catalog(), h.last, 40, at_work=False)


def test_changing_the_stretches_of_a_program_makes_it_custom(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    assert h.editor.program_combo.currentText() == "Maintain"
    h.editor.set_enabled(h.editor.rotation_list.checked_ids()[0], False)
    assert h.editor.program_combo.currentText() == "Custom"
    assert h.last.program is None and h.saved_config().program is None


# --- order -----------------------------------------------------------------------------


def test_dragging_a_row_reorders_the_rotation(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    view = h.editor.rotation_list
    before = view.ids()
    # What a drop does in InternalMove mode: the model moves the row.
    assert view.model().moveRow(view.rootIndex(), 3, view.rootIndex(), 0)
    expected = [before[3], *before[:3], *before[4:]]
    assert view.ids() == expected
    assert [e.stretch_id for e in h.last.entries] == expected
    assert [e.stretch_id for e in h.saved_config().entries] == expected


def test_move_buttons_and_keys_reorder_for_keyboard_users(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    view = h.editor.rotation_list
    before = view.ids()
    h.editor.select(before[1])
    assert h.editor.up_button.isEnabled()
    qtbot.mouseClick(h.editor.up_button, Qt.MouseButton.LeftButton)
    assert view.ids()[:2] == [before[1], before[0]]
    assert h.editor.selected_id() == before[1]
    assert not h.editor.up_button.isEnabled()  # at the top now

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.ids()[:3] == [before[0], before[2], before[1]]
    assert [e.stretch_id for e in h.saved_config().entries][:3] == view.ids()[:3]


def test_in_order_breaks_follow_the_new_order(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    view = h.editor.rotation_list
    on = view.checked_ids()
    h.editor.select(on[-1])
    for _ in range(len(view.ids())):
        h.editor.move_selected(-1)
    rotation = StretchRotation(h.editor.catalog().by_id(), h.last)
    first = rotation.plan_break(10, within_working_hours=False)
    assert first[0].stretch.id == on[-1]


# --- filters and drawing --------------------------------------------------------------------


def test_where_filter_keeps_floor_exercises_out(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    catalog = h.editor.catalog()
    for sid in catalog.ids:
        h.editor.set_enabled(sid, True)
    qtbot.mouseClick(h.editor.where_buttons["floor"], Qt.MouseButton.LeftButton)
    assert h.last.where_filter == frozenset({"desk", "standing"})
    assert h.saved_config().where_filter == frozenset({"desk", "standing"})
    floor = [s.id for s in catalog.stretches if s.where == "floor"]
    assert floor
    assert not drawn_ids(catalog, h.last, 40, at_work=False).intersection(floor)
    item = h.editor.rotation_list.item_for(floor[0])
    assert item is not None and item.data(Qt.ItemDataRole.UserRole + 2) == "Filtered out"

    # The last place cannot be switched off too: breaks need somewhere to happen.
    qtbot.mouseClick(h.editor.where_buttons["desk"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(h.editor.where_buttons["standing"], Qt.MouseButton.LeftButton)
    assert h.editor.where_buttons["standing"].isChecked()
    assert h.last.where_filter == frozenset({"standing"})
    assert "at least one place" in h.editor.status_text()

    for place in ("desk", "floor"):
        qtbot.mouseClick(h.editor.where_buttons[place], Qt.MouseButton.LeftButton)
    assert h.last.where_filter == frozenset()  # all three: no filter


def test_focus_filter_and_any_area(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    catalog = h.editor.catalog()
    for sid in catalog.ids:
        h.editor.set_enabled(sid, True)
    h.editor.focus_actions["breathing"].trigger()
    assert h.last.focus_filter == frozenset({"breathing"})
    assert h.editor.focus_button.text() == "Focus: Breathing"
    drawn = drawn_ids(catalog, h.last, 30, at_work=False)
    assert drawn
    assert all("breathing" in catalog.get(sid).focus for sid in drawn)  # type: ignore[union-attr]
    h.editor.focus_any_action.trigger()
    assert h.last.focus_filter == frozenset()
    assert h.editor.focus_button.text() == "Focus: any area"


def test_floor_rule_can_be_switched_off(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    h.editor.choose_program("strengthen")
    catalog = h.editor.catalog()
    floor = {s.id for s in catalog.stretches if s.where == "floor"}
    assert h.editor.floor_box.isChecked()
    assert not drawn_ids(catalog, h.last, 30, at_work=True).intersection(floor)
    qtbot.mouseClick(h.editor.floor_box, Qt.MouseButton.LeftButton)
    assert h.last.floor_outside_hours_only is False
    assert drawn_ids(catalog, h.last, 30, at_work=True).intersection(floor)


def test_where_i_can_move_matches_the_set_up_and_keeps_floor_and_standing_out(
    qtbot: QtBot, paths: Paths
) -> None:
    h = make_editor(qtbot, paths)
    catalog = h.editor.catalog()
    for sid in catalog.ids:
        h.editor.set_enabled(sid, True)
    combo = h.editor.space_combo
    assert combo.currentData() == "floor" and h.editor.floor_box.isEnabled()

    combo.setCurrentIndex(combo.findData("desk"))
    combo.activated.emit(combo.currentIndex())
    assert h.last.space == "desk" and h.saved_config().space == "desk"
    drawn = drawn_ids(catalog, h.last, 40, at_work=False)
    assert drawn
    assert all(catalog.get(sid).where == "desk" for sid in drawn)  # type: ignore[union-attr]
    # Floor work is out, so its rule has nothing to say; the rows say why.
    assert not h.editor.floor_box.isEnabled()
    standing = next(s.id for s in catalog.stretches if s.where == "standing")
    item = h.editor.rotation_list.item_for(standing)
    assert item is not None and item.data(Qt.ItemDataRole.UserRole + 2) == "Filtered out"


def test_strategy_weight_and_own_length(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    assert not h.editor.weight_spin.isEnabled()  # only matters when shuffled
    h.editor.strategy_combo.setCurrentIndex(h.editor.strategy_combo.findData("shuffle"))
    h.editor.strategy_combo.activated.emit(h.editor.strategy_combo.currentIndex())
    assert h.last.strategy == "shuffle" and h.saved_config().strategy == "shuffle"
    sid = h.editor.rotation_list.checked_ids()[0]
    h.editor.select(sid)
    assert h.editor.weight_spin.isEnabled()
    h.editor.weight_spin.setValue(3.0)
    assert h.last.entry(sid).weight == 3.0  # type: ignore[union-attr]

    assert not h.editor.duration_spin.isEnabled()
    qtbot.mouseClick(h.editor.duration_box, Qt.MouseButton.LeftButton)
    h.editor.duration_spin.setValue(75)
    assert h.saved_config().entry(sid).duration_override == 75  # type: ignore[union-attr]
    for bad in (5, 900):  # the spin box keeps to the bounds a stretch allows
        h.editor.duration_spin.setValue(bad)
        assert 10 <= h.last.entry(sid).duration_override <= 600  # type: ignore[union-attr,operator]
    h.editor.duration_spin.setValue(75)
    plan = StretchRotation(h.editor.catalog().by_id(), h.last).plan_break(1800, False)
    assert next(p for p in plan if p.stretch.id == sid).seconds_per_side == 75
    qtbot.mouseClick(h.editor.duration_box, Qt.MouseButton.LeftButton)
    assert h.last.entry(sid).duration_override is None  # type: ignore[union-attr]


# --- programs --------------------------------------------------------------------------------


def test_program_picker_sets_stretches_and_order(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    catalog = h.editor.catalog()
    names = [h.editor.program_combo.itemText(i) for i in range(h.editor.program_combo.count())]
    assert [n for n in names if n] == ["Relief", "Strengthen", "Maintain", "Custom"]
    for program in catalog.programs:
        h.editor.choose_program(program.id)
        assert enabled_ids(h.last) == list(program.stretch_ids)
        assert h.editor.rotation_list.checked_ids() == list(program.stretch_ids)
        assert h.last.program == program.id and h.saved_config().program == program.id
        assert h.editor.program_combo.currentText() == program.name
        assert h.editor.program_description.text() == program.description
    assert h.prompts.asked == []  # nothing of the user's own was replaced


def test_leaving_a_custom_rotation_asks_first(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    h.editor.choose_program(None)
    assert h.editor.program_combo.currentText() == "Custom"
    custom = h.editor.config()
    h.prompts.confirm_answer = False
    h.editor.choose_program("relief")
    assert h.editor.config() == custom
    assert h.editor.program_combo.currentText() == "Custom"
    h.prompts.confirm_answer = True
    h.editor.choose_program("relief")
    assert h.editor.config().program == "relief"
    assert len([a for a in h.prompts.asked if a[0] == "confirm"]) == 2


def test_save_as_my_program_and_choose_it_again(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    h.editor.choose_program("strengthen")
    h.editor.set_enabled("deep-breathing", True)
    h.editor.select("deep-breathing")
    qtbot.mouseClick(h.editor.duration_box, Qt.MouseButton.LeftButton)
    mine = h.editor.config()
    h.prompts.texts.append("Physio list")
    qtbot.mouseClick(h.editor.save_program_button, Qt.MouseButton.LeftButton)
    assert h.editor.program_combo.currentText() == "Physio list"
    assert h.last.program == "user:physio-list"
    programs, problems = load_user_programs(paths)
    assert problems == [] and [p.name for p in programs] == ["Physio list"]
    assert programs[0].enabled_ids == tuple(enabled_ids(mine))
    assert user_programs_file(paths).exists()
    assert h.editor.delete_program_button.isVisible()

    h.editor.choose_program("relief")
    assert enabled_ids(h.last) != enabled_ids(mine)
    h.editor.choose_program("user:physio-list")
    assert enabled_ids(h.last) == enabled_ids(mine)
    assert h.last.entry("deep-breathing") == mine.entry("deep-breathing")

    # A second window (or a restart) offers it too.
    again = make_editor(qtbot, paths, h.saved_config())
    assert again.editor.program_combo.currentText() == "Physio list"


def test_delete_my_program_keeps_the_stretches(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    h.prompts.texts.append("Mine")
    h.editor.save_as_program()
    before = enabled_ids(h.editor.config())
    assert h.editor.delete_program()
    assert load_user_programs(paths)[0] == []
    assert h.editor.program_combo.currentText() == "Custom"
    assert enabled_ids(h.last) == before
    assert h.editor.program_combo.findText("Mine") == -1


def test_user_programs_file_survives_bad_content(paths: Paths) -> None:
    path = user_programs_file(paths)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    programs, problems = load_user_programs(paths)
    assert programs == [] and problems and str(path) in str(problems[0])
    save_user_program(paths, UserProgram("user:a", "A", (RotationEntry("plank"),)))
    assert path.with_name("programs.json.bak").read_text(encoding="utf-8") == "{not json"
    write_json_atomic(
        path,
        {
            "version": 1,
            "programs": [
                {"id": "relief", "name": "Clash", "entries": []},
                {"id": "user:ok", "name": "Fine", "entries": ["plank", "no-such-stretch"]},
            ],
        },
    )
    programs, problems = load_user_programs(paths, known_ids=["plank"])
    assert [p.id for p in programs] == ["user:ok"]
    assert [e.stretch_id for e in programs[0].entries] == ["plank"]
    fields = [p.field for p in problems]
    assert "programs[0].id" in fields and "programs[1].entries[1].stretch_id" in fields


# --- stretches of the user's own ------------------------------------------------------------


def fill_form(form: StretchForm, name: str = "Doorway chest opener") -> None:
    form.name_edit.setText(name)
    for box in form.focus_boxes.values():
        box.setChecked(False)
    form.focus_boxes["shoulders"].setChecked(True)
    form.focus_boxes["posture"].setChecked(True)
    form.where_combo.setCurrentIndex(form.where_combo.findData("standing"))
    form.duration_spin.setValue(30)
    form.steps_edit.setPlainText(
        "Stand in a doorway with forearms on the frame.\n\n"
        "Step one foot forward until you feel a gentle stretch.\n"
        "Hold and breathe slowly, then step back.\n"
    )
    form.animation_combo.setCurrentIndex(form.animation_combo.findData("standing-back-extension"))


def test_new_stretch_is_saved_validated_and_switched_on(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    qtbot.mouseClick(h.editor.new_button, Qt.MouseButton.LeftButton)
    form = h.editor.open_form()
    assert form is not None and form.isVisible() and form.mode == "new"
    assert form.caution_edit.toPlainText() == STANDARD_CAUTION
    fill_form(form)
    assert "doorway-chest-opener.json" in form.file_hint.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    path = user_stretch_path(paths, "doorway-chest-opener")
    assert path.exists() and validate_files([path]) == []
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["steps"][1] == "Step one foot forward until you feel a gentle stretch."
    assert len(data["steps"]) == 3 and data["caution"] == STANDARD_CAUTION
    assert not form.isVisible() and h.editor.open_form() is None
    assert h.editor.catalog().get("doorway-chest-opener") is not None
    assert enabled_ids(h.last)[-1] == "doorway-chest-opener"
    assert enabled_ids(h.saved_config())[-1] == "doorway-chest-opener"
    assert h.editor.selected_id() == "doorway-chest-opener"
    assert h.editor.preview.badge.text() == "Yours"
    assert h.editor.edit_button.isVisible() and h.editor.delete_button.isVisible()
    drawn = drawn_ids(h.editor.catalog(), h.last, 30, at_work=True)
    assert "doorway-chest-opener" in drawn


def test_edit_my_stretch_keeps_its_id(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    form = h.editor.new_stretch()
    fill_form(form)
    assert form.save()
    form = h.editor.edit_selected()  # type: ignore[assignment]
    assert form is not None and form.mode == "edit"
    assert form.name_edit.text() == "Doorway chest opener"
    assert form.focus_boxes["shoulders"].isChecked()
    form.name_edit.setText("Doorway stretch")
    form.duration_spin.setValue(45)
    form.sides_combo.setCurrentIndex(form.sides_combo.findData("both"))
    assert "doorway-chest-opener.json" in form.file_hint.text()
    assert form.save()
    files = sorted(p.name for p in paths.stretches_dir.glob("*.json"))
    assert files == ["doorway-chest-opener.json"]
    stretch = h.editor.catalog().get("doorway-chest-opener")
    assert stretch is not None
    assert (stretch.name, stretch.duration_seconds, stretch.sides) == (
        "Doorway stretch",
        45,
        "both",
    )
    assert h.editor.preview.name_label.text() == "Doorway stretch"
    assert "45 s each side" in h.editor.preview.meta_label.text()


def test_invalid_form_shows_each_problem_and_saves_nothing(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    form = h.editor.new_stretch()
    form.name_edit.setText("  ")
    form.steps_edit.setPlainText("Fine step.\n" + "x" * 150)
    form.caution_edit.setPlainText("")
    changes = len(h.changes)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    problems = form.problems_shown()
    assert set(problems) == {"name", "focus", "steps", "caution"}
    assert problems["name"] == "Name must not be empty."
    assert problems["focus"] == "Choose at least one area."
    assert problems["steps"].startswith("Step 2 is 150 characters long (at most 140)")
    assert form.problem_labels["name"].isVisible()
    assert form.isVisible()
    assert not paths.stretches_dir.exists() or list(paths.stretches_dir.iterdir()) == []
    assert len(h.changes) == changes

    # Problems clear as they are fixed, without another click.
    form.name_edit.setText("Neck tilt")
    assert "name" not in form.problems_shown()
    assert not form.problem_labels["name"].isVisible()
    form.focus_boxes["neck"].setChecked(True)
    form.focus_boxes["shoulders"].setChecked(True)
    form.focus_boxes["posture"].setChecked(True)
    form.focus_boxes["upper_back"].setChecked(True)
    form.focus_boxes["breathing"].setChecked(True)
    form.focus_boxes["balance"].setChecked(True)
    assert form.problems_shown()["focus"] == "Focus has 6 entries (at most 5)."
    assert not form.save()
    assert not paths.stretches_dir.exists() or list(paths.stretches_dir.iterdir()) == []


def test_duplicate_a_builtin_takes_its_place(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    h.editor.choose_program("relief")
    h.editor.select("standing-hip-flexor")
    assert h.editor.edit_selected() is None  # built-ins are read-only
    assert not h.editor.delete_selected()
    qtbot.mouseClick(h.editor.duplicate_button, Qt.MouseButton.LeftButton)
    form = h.editor.open_form()
    assert form is not None and form.mode == "duplicate"
    original = h.editor.catalog().get("standing-hip-flexor")
    assert original is not None
    assert form.name_edit.text() == "Standing hip flexor stretch (my version)"
    assert form.steps_edit.toPlainText().splitlines() == list(original.steps)
    assert form.caution_edit.toPlainText() == original.caution
    form.duration_spin.setValue(40)
    assert form.save()

    saved = form.saved_stretch()
    assert saved is not None
    copy_id = saved.id
    assert copy_id == "standing-hip-flexor-stretch-my-version"
    path = user_stretch_path(paths, copy_id)
    assert path.exists() and validate_files([path]) == []
    ids = [e.stretch_id for e in h.last.entries]
    assert ids[ids.index("standing-hip-flexor") + 1] == copy_id
    assert copy_id in enabled_ids(h.last) and "standing-hip-flexor" not in enabled_ids(h.last)
    assert h.editor.catalog().get("standing-hip-flexor") == original  # untouched


def test_delete_my_stretch_after_confirming(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    form = h.editor.new_stretch()
    fill_form(form)
    assert form.save()
    path = user_stretch_path(paths, "doorway-chest-opener")
    h.prompts.confirm_answer = False
    qtbot.mouseClick(h.editor.delete_button, Qt.MouseButton.LeftButton)
    assert path.exists()
    h.prompts.confirm_answer = True
    qtbot.mouseClick(h.editor.delete_button, Qt.MouseButton.LeftButton)
    assert not path.exists()
    assert h.editor.catalog().get("doorway-chest-opener") is None
    assert h.last.entry("doorway-chest-opener") is None
    assert "doorway-chest-opener" not in h.editor.rotation_list.ids()
    assert h.saved_config().entry("doorway-chest-opener") is None


# --- sharing ------------------------------------------------------------------------------------


def test_import_applies_what_it_can_and_reports_the_rest_once(
    qtbot: QtBot, paths: Paths, tmp_path: Path
) -> None:
    h = make_editor(qtbot, paths)
    shared = tmp_path / "from-my-physio.json"
    shared.write_text(
        json.dumps(["glute-bridge", "cobra-pose", "bird-dog", "standing-hip-flexor"]),
        encoding="utf-8",
    )
    h.prompts.open_paths.append(shared)
    qtbot.mouseClick(h.editor.import_button, Qt.MouseButton.LeftButton)

    wanted = ["glute-bridge", "bird-dog", "standing-hip-flexor"]
    assert enabled_ids(h.last) == wanted
    assert enabled_ids(h.saved_config()) == wanted
    assert h.editor.rotation_list.checked_ids() == wanted
    assert len(h.messages) == 1
    assert "cobra-pose" in h.messages[0].text and "from-my-physio.json" in h.messages[0].text
    assert "left out" in h.editor.status_text()


def test_import_of_an_unusable_file_changes_nothing(
    qtbot: QtBot, paths: Paths, tmp_path: Path
) -> None:
    h = make_editor(qtbot, paths)
    before = h.editor.config()
    broken = tmp_path / "broken.json"
    broken.write_text("{oops", encoding="utf-8")
    unknown = tmp_path / "unknown.json"
    unknown.write_text('["no-such-stretch"]', encoding="utf-8")
    for path in (broken, unknown):
        h.prompts.open_paths.append(path)
        assert not h.editor.import_rotation()
        assert h.editor.config() == before
    assert h.changes == [] and not paths.rotation_file.exists()
    assert len(h.messages) == 2 and all("unchanged" in m.text for m in h.messages)
    h.prompts.open_paths.append(None)  # cancelled
    assert not h.editor.import_rotation()


def test_export_round_trips(qtbot: QtBot, paths: Paths, tmp_path: Path) -> None:
    h = make_editor(qtbot, paths)
    h.editor.choose_program("strengthen")
    h.editor.select("plank")
    h.editor.move_selected(-2)
    qtbot.mouseClick(h.editor.where_buttons["floor"], Qt.MouseButton.LeftButton)
    target = tmp_path / "share" / "rotation.json"
    h.prompts.save_paths.append(target)
    qtbot.mouseClick(h.editor.export_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "standup-buddy-rotation"
    config, problems = import_rotation(target, h.editor.catalog())
    assert problems == []
    assert config == h.editor.config()

    # And it arrives on another machine as the same rotation.
    other = make_editor(qtbot, paths)
    other.prompts.open_paths.append(target)
    assert other.editor.import_rotation()
    assert other.last.entries == h.editor.config().entries
    assert other.messages == []


# --- saving ---------------------------------------------------------------------------------


def test_saving_keeps_the_apps_place_in_the_rotation(qtbot: QtBot, paths: Paths) -> None:
    service = RotationService(paths, MessageCenter())
    editor = StretchesEditor(service, prompts=FakePrompts())
    qtbot.addWidget(editor)
    # A break shows a stretch while the window is open: the rotation moves on.
    first = service.config.entries[0].stretch_id
    service.rotation.mark_shown(first)
    moved = service.state
    assert moved.history == (first,)
    editor.set_enabled("plank", True)
    _, state, _ = load_rotation(paths, service.catalog)
    assert state == moved


def test_open_editor_wires_the_window_to_the_app(qtbot: QtBot, paths: Paths) -> None:
    catalog = load_catalog(paths)
    save_rotation(paths, default_rotation(catalog), RotationState(position=2))
    service = RotationService(paths, MessageCenter())
    planned_from: list[StretchRotation] = []
    service.on_rotation_changed(planned_from.append)
    editor = open_editor(service, reduced_motion=True)
    qtbot.addWidget(editor)
    assert editor.preview.figure.reduced_motion()
    editor.set_enabled("plank", True)
    entry = planned_from[-1].config.entry("plank")
    assert entry is not None and entry.enabled, "the next break plans from the change"
    assert load_rotation(paths, catalog)[1].position == 2


def test_follows_the_desktop_switching_to_dark(qtbot: QtBot, paths: Paths) -> None:
    h = make_editor(qtbot, paths)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    light_sheet = h.editor.styleSheet()
    try:
        app.setPalette(palette_for(True))
        qtbot.waitUntil(lambda: h.editor.styleSheet() != light_sheet)
        assert h.editor.rotation_list.delegate.theme.dark
    finally:
        app.setPalette(original)
    qtbot.waitUntil(lambda: h.editor.styleSheet() == light_sheet)


# --- pure rotation edits ---------------------------------------------------------------------


def test_apply_program_keeps_personal_lengths(paths: Paths) -> None:
    catalog = load_catalog(paths)
    relief = catalog.program("relief")
    assert relief is not None
    config = edits.set_duration(default_rotation(catalog), "deep-breathing", 90)
    applied = edits.apply_program(config, relief, catalog.ids)
    assert enabled_ids(applied) == list(relief.stretch_ids)
    assert applied.entry("deep-breathing").duration_override == 90  # type: ignore[union-attr]
    assert sorted(e.stretch_id for e in applied.entries) == sorted(catalog.ids)
    assert edits.matches_program(applied, relief, catalog.ids)


def test_screenshot_generator_writes_the_picture(tmp_path: Path) -> None:
    from tools.screenshots import stretches as screenshots

    assert screenshots.main([str(tmp_path)]) == 0
    picture = tmp_path / "stretches-editor.png"
    assert picture.exists() and picture.stat().st_size > 20_000


def test_a_read_only_folder_keeps_the_change_and_says_so(
    qtbot: QtBot, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from standup_buddy import atomic_file

    h = make_editor(qtbot, paths)
    h.editor.set_enabled("plank", True)
    before = paths.rotation_file.read_bytes()

    def refuse(**_: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_file.tempfile, "mkstemp", refuse)
    h.editor.set_enabled("plank", False)  # a Qt-driven change: it must not raise
    # The window says it where the user looks, the tray once, and the change is in use.
    assert "Could not save your stretches" in h.editor.status_label.text()
    assert [m.title for m in h.messages] == ["Rotation not saved"]
    entry = h.last.entry("plank")
    assert entry is not None and not entry.enabled
    assert paths.rotation_file.read_bytes() == before
