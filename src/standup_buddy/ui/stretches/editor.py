"""The Stretches window: choose which stretches come up in breaks, and in what order.

Every change is saved to ``rotation.json`` at once and handed to the app
through ``on_changed``, so the next break already uses it; nothing needs a
restart. The window asks its questions (files, confirmations, a name)
through an injected :class:`Prompts`, and runs no modal loop of its own.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from standup_buddy.core.problem import Problem
from standup_buddy.core.rotation import (
    SPACES,
    RotationConfig,
    Strategy,
)
from standup_buddy.core.stretch import (
    FOCUS_AREAS,
    MAX_NAME_CHARS,
    PLACES,
    Stretch,
)
from standup_buddy.i18n.reasons import reason_words
from standup_buddy.messages import Severity
from standup_buddy.services.rotation import (
    Catalog,
    RotationService,
    UserProgram,
    is_user_program_id,
    program_from_config,
    program_id_for,
)
from standup_buddy.textfmt import QT_TRANSLATE_NOOP, plural
from standup_buddy.ui.stretches import rotation_edits as edits
from standup_buddy.ui.stretches.panels import DetailsPanel, ListPanel, ProgramBar, push_button
from standup_buddy.ui.stretches.prompts import ROTATION_FILTER, DialogPrompts, Prompts
from standup_buddy.ui.stretches.rotation_list import Row
from standup_buddy.ui.stretches.stretch_form import FormMode, StretchForm
from standup_buddy.ui.stretches.style import figure_palette, style_sheet
from standup_buddy.ui.stretches.words import (
    FOCUS_LABELS,
    PLACE_SHORT,
    meta_line,
)
from standup_buddy.ui.theme import Theme, is_dark, theme_for

WINDOW_TITLE = "Standup Buddy: Stretches"
CUSTOM_LABEL = QT_TRANSLATE_NOOP("StretchesEditor", "Custom")
EXPORT_NAME = "stretch-rotation.json"


_PALETTE_EVENTS = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)


class StretchesEditor(QWidget):
    """The stretch rotation editor window (SPEC §6, §7).

    It shows and changes the rotation through ``service``, which saves
    ``rotation.json`` and hands the change to the running app; the rotation's
    place moves on while the window is open and saving never rewinds it.
    """

    #: The rotation changed (already saved): a RotationConfig.
    config_changed = Signal(object)
    #: The catalog was reloaded after a user stretch was saved or deleted: a Catalog.
    catalog_changed = Signal(object)

    def __init__(
        self,
        service: RotationService,
        *,
        prompts: Prompts | None = None,
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(WINDOW_TITLE)
        self._service = service
        # The files' own text, never a translation shown on the card.
        self._catalog = service.editable_catalog()
        self._config = edits.only_known(service.config, self._catalog.ids)
        self._prompts: Prompts = prompts or DialogPrompts(self)
        self._reduced_motion = reduced_motion
        self._form: StretchForm | None = None
        self._closed_form: StretchForm | None = None
        self._theme: Theme = theme_for()
        self._user_programs: list[UserProgram] = []
        self._load_user_programs(report=True)
        self._build()
        self._apply_theme()
        self._refresh()
        if self.rotation_list.count():
            self.rotation_list.setCurrentRow(0)
        self.resize(1100, 780)

    # --- what the app and tests read ------------------------------------------------

    def config(self) -> RotationConfig:
        """The rotation as it is now (and as saved)."""
        return self._config

    def catalog(self) -> Catalog:
        """The catalog the window shows."""
        return self._catalog

    def user_programs(self) -> list[UserProgram]:
        """The programs the user saved."""
        return list(self._user_programs)

    def selected_id(self) -> str | None:
        """The stretch selected in the list."""
        return self.rotation_list.current_id()

    def open_form(self) -> StretchForm | None:
        """The stretch form, while it is open."""
        return self._form

    def status_text(self) -> str:
        """The line at the bottom saying what just happened."""
        return self.status_label.text()

    # --- actions (buttons call these; so can the app and tests) ----------------------

    def select(self, stretch_id: str) -> None:
        """Select ``stretch_id`` in the list and show it."""
        item = self.rotation_list.item_for(stretch_id)
        if item is not None:
            self.rotation_list.setCurrentItem(item)
            self.rotation_list.scrollToItem(item)

    def set_enabled(self, stretch_id: str, enabled: bool) -> None:
        """Switch one stretch on or off (as ticking its box does)."""
        item = self.rotation_list.item_for(stretch_id)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)

    def move_selected(self, delta: int) -> None:
        """Move the selected stretch up (negative) or down."""
        stretch_id = self.selected_id()
        if stretch_id is None:
            return
        self._commit(edits.move(self._config, stretch_id, delta))
        self.select(stretch_id)
        self.rotation_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_program(self, program_id: str | None) -> None:
        """Use a built-in or saved program (None: keep the stretches, call it Custom)."""
        index = self.program_combo.findData(program_id)
        if index >= 0:
            self.program_combo.setCurrentIndex(index)
            self._program_activated(index)

    def new_stretch(self) -> StretchForm:
        """Open the form for a new stretch of the user's own."""
        return self._open_form("new", None)

    def edit_selected(self) -> StretchForm | None:
        """Open the form for the selected stretch, if it is the user's own."""
        stretch = self._selected_stretch()
        if stretch is None or stretch.source == "builtin":
            return None
        return self._open_form("edit", stretch.id)

    def duplicate_selected(self) -> StretchForm | None:
        """Open the form pre-filled with a copy of the selected stretch."""
        stretch = self._selected_stretch()
        return None if stretch is None else self._open_form("duplicate", stretch.id)

    def delete_selected(self) -> bool:
        """Delete the selected user stretch after asking; True when it was deleted."""
        stretch = self._selected_stretch()
        if stretch is None or stretch.source == "builtin":
            return False
        if not self._prompts.confirm(
            self.tr("Delete stretch"),
            self.tr("Delete “{name}”? Its file is removed from your stretches folder.").format(
                name=stretch.name
            ),
            self.tr("Delete"),
        ):
            return False
        row = self.rotation_list.currentRow()
        if not self._service.delete_user_stretch(stretch):
            self._failed(self.tr("Could not delete the stretch"))
            return False
        self._reload_catalog()
        self._commit(self._config, status=self.tr("Deleted “{name}”.").format(name=stretch.name))
        self.rotation_list.setCurrentRow(min(row, self.rotation_list.count() - 1))
        return True

    def import_rotation(self) -> bool:
        """Ask for a rotation file and use it; problems are reported once, the rest applied."""
        path = self._prompts.open_file(
            self.tr("Import a stretch rotation"), self.tr(ROTATION_FILTER)
        )
        if path is None:
            return False
        config, problems = self._service.read_import(path)
        if any(p.field is None or p.field == "entries" for p in problems):
            details = "; ".join(reason_words(p.reason) for p in problems)
            self._tell(
                Severity.ERROR,
                self.tr("Could not import the rotation"),
                self.tr("{file}: {details}. Your rotation is unchanged.").format(
                    file=path.name, details=details
                ),
            )
            return False
        on = sum(1 for e in config.entries if e.enabled)
        self._commit(
            config,
            # English "(es)" settled here; translations give their own plural forms.
            status=self.tr("Imported {file}: %n stretch(es) on.", "", on)
            .replace("(es)", "" if on == 1 else "es")
            .format(file=path.name),
        )
        if problems:
            self._report_import_problems(path, problems)
        return True

    def export_rotation(self) -> Path | None:
        """Ask where, and write the rotation as one shareable file."""
        path = self._prompts.save_file(
            self.tr("Export the stretch rotation"), EXPORT_NAME, self.tr(ROTATION_FILTER)
        )
        if path is None:
            return None
        if not self._service.export(self._config, path):
            self._failed(self.tr("Could not export the rotation"))
            return None
        builtin = self._catalog.builtin_ids
        if any(e.enabled and e.stretch_id not in builtin for e in self._config.entries):
            text = self.tr(
                "Exported to {file}. Your own stretches are listed by id: share their files too."
            )
        else:
            text = self.tr("Exported to {file}.")
        self._set_status(text.format(file=path.name))
        return path

    def save_as_program(self) -> UserProgram | None:
        """Ask for a name and keep the rotation as a program of the user's own."""
        current = self._user_program(self._config.program)
        suggestion = current.name if current else self.tr("My program")
        answer = self._prompts.ask_text(
            self.tr("Save as my program"), self.tr("Name for this program:"), suggestion
        )
        name = (answer or "").strip()[:MAX_NAME_CHARS].strip()
        if not name:
            return None
        same = next((p for p in self._user_programs if p.name.casefold() == name.casefold()), None)
        if same is not None and not self._prompts.confirm(
            self.tr("Replace program"),
            self.tr("Replace your program “{name}”?").format(name=same.name),
            self.tr("Replace"),
        ):
            return None
        program_id = same.id if same else program_id_for(name, (p.id for p in self._user_programs))
        program = program_from_config(program_id, name, self._config)
        if not self._service.save_user_program(program):
            self._failed(self.tr("Could not save the program"))
            return None
        self._load_user_programs()
        self._commit(
            replace(self._config, program=program_id),
            status=self.tr("Saved as “{name}”.").format(name=name),
        )
        return program

    def delete_program(self) -> bool:
        """Remove the selected program of the user's own (the stretches stay as they are)."""
        program = self._user_program(self._shown_program())
        if program is None:
            return False
        if not self._prompts.confirm(
            self.tr("Delete program"),
            self.tr("Delete your program “{name}”? The stretches you have on stay on.").format(
                name=program.name
            ),
            self.tr("Delete"),
        ):
            return False
        if not self._service.delete_user_program(program):
            self._failed(self.tr("Could not delete the program"))
            return False
        self._load_user_programs()
        self._commit(
            replace(self._config, program=None),
            status=self.tr("Deleted “{name}”.").format(name=program.name),
        )
        return True

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("stretcheseditor")
        self.program_bar = bar = ProgramBar()
        self.list_panel = lists = ListPanel()
        self.details = details = DetailsPanel(self._reduced_motion)
        # The controls the editor works with, under short names.
        self.program_combo = bar.program_combo
        self.program_description = bar.program_description
        self.save_program_button = bar.save_program_button
        self.delete_program_button = bar.delete_program_button
        self.strategy_combo = bar.strategy_combo
        self.where_buttons = bar.where_buttons
        self.focus_button = bar.focus_button
        self.focus_menu = bar.focus_menu
        self.focus_any_action = bar.focus_any_action
        self.focus_actions = bar.focus_actions
        self.floor_box = bar.floor_box
        self.space_combo = bar.space_combo
        self.rotation_list = lists.rotation_list
        self.count_label = lists.count_label
        self.up_button = lists.up_button
        self.down_button = lists.down_button
        self.new_button = lists.new_button
        self.preview = details.preview
        self.duration_box = details.duration_box
        self.duration_spin = details.duration_spin
        self.duration_hint = details.duration_hint
        self.weight_spin = details.weight_spin
        self.weight_label = details.weight_label
        self.edit_button = details.edit_button
        self.duplicate_button = details.duplicate_button
        self.delete_button = details.delete_button
        self.readonly_hint = details.readonly_hint

        self.program_combo.activated.connect(self._program_activated)
        self.save_program_button.clicked.connect(self.save_as_program)
        self.delete_program_button.clicked.connect(self.delete_program)
        self.strategy_combo.activated.connect(self._strategy_activated)
        for place, chip in self.where_buttons.items():
            chip.toggled.connect(lambda on, p=place: self._where_toggled(p, on))
        self.focus_any_action.triggered.connect(self._focus_any)
        for action in self.focus_actions.values():
            action.triggered.connect(self._focus_toggled)
        self.floor_box.toggled.connect(self._floor_toggled)
        self.space_combo.activated.connect(self._space_activated)
        self.rotation_list.itemChanged.connect(self._item_changed)
        self.rotation_list.currentItemChanged.connect(self._selection_changed)
        self.rotation_list.model().rowsMoved.connect(self._rows_moved)
        self.rotation_list.move_requested.connect(self.move_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.new_button.clicked.connect(self.new_stretch)
        self.duration_box.toggled.connect(self._duration_changed)
        self.duration_spin.valueChanged.connect(self._duration_changed)
        self.weight_spin.valueChanged.connect(self._weight_changed)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(lists, 5)
        body.addWidget(details, 6)

        # Footer.
        self.import_button = push_button(
            self.tr("Import…"),
            self.tr("Import a rotation"),
            self.tr("Use a rotation someone shared with you"),
        )
        self.import_button.clicked.connect(self.import_rotation)
        self.export_button = push_button(
            self.tr("Export…"),
            self.tr("Export the rotation"),
            self.tr("Save this rotation as one file to share"),
        )
        self.export_button.clicked.connect(self.export_rotation)
        self.status_label = QLabel(self.tr("Changes apply from the next break."))
        self.status_label.setObjectName("status")
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.setWordWrap(True)
        self.close_button = push_button(
            self.tr("Close"), self.tr("Close"), self.tr("Close this window (Esc)")
        )
        self.close_button.setObjectName("primary")
        self.close_button.clicked.connect(self.close)
        footer = QHBoxLayout()
        footer.setSpacing(8)
        footer.addWidget(self.import_button)
        footer.addWidget(self.export_button)
        footer.addSpacing(10)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.close_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 12)
        outer.setSpacing(12)
        outer.addWidget(bar)
        outer.addLayout(body, 1)
        outer.addLayout(footer)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.close)
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.activated.connect(self.new_stretch)

        order: list[QWidget] = [
            self.program_combo,
            self.save_program_button,
            self.delete_program_button,
            self.strategy_combo,
            *self.where_buttons.values(),
            self.focus_button,
            self.space_combo,
            self.floor_box,
            self.rotation_list,
            self.up_button,
            self.down_button,
            self.new_button,
            self.duration_box,
            self.duration_spin,
            self.weight_spin,
            self.edit_button,
            self.duplicate_button,
            self.delete_button,
            self.import_button,
            self.export_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    # --- showing the rotation ----------------------------------------------------------

    def _refresh(self) -> None:
        self._refresh_program()
        config = self._config
        with QSignalBlocker(self.strategy_combo):
            self.strategy_combo.setCurrentIndex(self.strategy_combo.findData(config.strategy))
        for place, chip in self.where_buttons.items():
            with QSignalBlocker(chip):
                chip.setChecked(not config.where_filter or place in config.where_filter)
        with QSignalBlocker(self.focus_menu):
            self.focus_any_action.setChecked(not config.focus_filter)
            for area, action in self.focus_actions.items():
                action.setChecked(area in config.focus_filter)
        self.focus_button.setText(self._focus_text())
        with QSignalBlocker(self.floor_box):
            self.floor_box.setChecked(config.floor_outside_hours_only)
        self.floor_box.setEnabled(config.space == "floor")
        with QSignalBlocker(self.space_combo):
            self.space_combo.setCurrentIndex(self.space_combo.findData(config.space))
        self.rotation_list.show_rows(self._rows())
        total = len(self._catalog.ids)
        on = edits.enabled_count(config, self._catalog.ids)
        self.count_label.setText(
            self.tr("{on} of {total} on").format(
                on=QLocale().toString(on), total=QLocale().toString(total)
            )
        )
        self._show_selected()

    def _focus_text(self) -> str:
        areas = [FOCUS_LABELS[a] for a in FOCUS_AREAS if a in self._config.focus_filter]
        if not areas:
            return self.tr("Focus: any area")
        if len(areas) <= 2:
            return self.tr("Focus: {areas}").format(areas=", ".join(areas))
        return plural(self.tr("Focus: %n area(s)", "", len(areas)), len(areas))

    def _rows(self) -> list[Row]:
        rows: list[Row] = []
        for entry in self._config.entries:
            stretch = self._catalog.get(entry.stretch_id)
            if stretch is None:
                continue
            reason = edits.filtered_out_reason(stretch, self._config, place_words=PLACE_SHORT)
            note = self.tr("Filtered out") if reason else ""
            if not reason and stretch.source == "user":
                note = self.tr("Yours")
            if not reason and stretch.where == "floor" and self._config.floor_outside_hours_only:
                note = self.tr("Routine, evenings")
            rows.append(
                Row(
                    stretch_id=stretch.id,
                    name=stretch.name,
                    meta=meta_line(stretch, entry.duration_override),
                    enabled=entry.enabled,
                    note=note,
                    dimmed=reason is not None,
                )
            )
        return rows

    def _shown_program(self) -> str | None:
        """The program the rotation still is, or None when it has become custom."""
        program_id = self._config.program
        ids = self._catalog.ids
        if is_user_program_id(program_id):
            mine = self._user_program(program_id)
            if mine is not None and edits.matches_user_program(self._config, mine, ids):
                return mine.id
            return None
        program = self._catalog.program(program_id)
        if program is not None and edits.matches_program(self._config, program, ids):
            return program.id
        return None

    def _refresh_program(self) -> None:
        shown = self._shown_program()
        with QSignalBlocker(self.program_combo):
            self.program_combo.clear()
            for program in self._catalog.programs:
                self.program_combo.addItem(program.name, program.id)
                self.program_combo.setItemData(
                    self.program_combo.count() - 1,
                    program.description,
                    Qt.ItemDataRole.ToolTipRole,
                )
            if self._user_programs:
                self.program_combo.insertSeparator(self.program_combo.count())
                for mine in self._user_programs:
                    self.program_combo.addItem(mine.name, mine.id)
            self.program_combo.insertSeparator(self.program_combo.count())
            self.program_combo.addItem(self.tr(CUSTOM_LABEL), None)
            index = self.program_combo.findData(shown) if shown else -1
            if index < 0:
                index = self.program_combo.count() - 1
            self.program_combo.setCurrentIndex(index)
        builtin = self._catalog.program(shown)
        if builtin is not None:
            text = builtin.description
        elif shown is not None:
            text = self.tr(
                "Your own program. Change anything and it becomes Custom until you save again."
            )
        else:
            text = self.tr(
                "Your own choice of stretches. Pick a program to start again from it, "
                "or save this one as your program."
            )
        self.program_description.setText(text)
        self.delete_program_button.setVisible(is_user_program_id(shown))

    def _selected_stretch(self) -> Stretch | None:
        stretch_id = self.selected_id()
        return None if stretch_id is None else self._catalog.get(stretch_id)

    def _show_selected(self) -> None:
        stretch = self._catalog.get(self.selected_id() or "")
        entry = None if stretch is None else self._config.entry(stretch.id)
        override = None if entry is None else entry.duration_override
        status = ""
        if stretch is not None and entry is not None:
            reason = edits.filtered_out_reason(stretch, self._config, place_words=PLACE_SHORT)
            if not entry.enabled:
                status = self.tr("Off: this stretch does not come up in breaks.")
            elif reason:
                status = self.tr("{reason}: it does not come up while the filter is set.").format(
                    reason=reason
                )
            elif stretch.where == "floor" and self._config.floor_outside_hours_only:
                status = self.tr(
                    "Comes up in your daily routine, and in breaks only outside working hours."
                )
        animation = None if stretch is None else self._catalog.animation_for(stretch)
        self.preview.set_stretch(stretch, animation, override, status)
        has = stretch is not None
        mine = has and stretch is not None and stretch.source == "user"
        for widget in (self.duration_box, self.weight_spin, self.duplicate_button):
            widget.setEnabled(has)
        self.edit_button.setVisible(mine)
        self.delete_button.setVisible(mine)
        self.readonly_hint.setVisible(has and not mine)
        shuffled = self._config.strategy == "shuffle"
        self.weight_spin.setEnabled(has and shuffled)
        self.weight_label.setEnabled(has and shuffled)
        with QSignalBlocker(self.duration_box), QSignalBlocker(self.duration_spin):
            self.duration_box.setChecked(override is not None)
            default = stretch.duration_seconds if stretch is not None else 30
            self.duration_spin.setValue(override if override is not None else default)
            self.duration_spin.setEnabled(has and override is not None)
        if stretch is not None:
            written = stretch.duration_seconds
            if override is None:
                hint = (
                    self.tr("each side, as written") if stretch.two_sided else self.tr("as written")
                )
            elif stretch.two_sided:
                hint = self.tr("each side (written: {seconds} s)").format(seconds=written)
            else:
                hint = self.tr("(written: {seconds} s)").format(seconds=written)
            self.duration_hint.setText(hint)
        else:
            self.duration_hint.clear()
        with QSignalBlocker(self.weight_spin):
            self.weight_spin.setValue(entry.weight if entry is not None else 1.0)
        row = self.rotation_list.currentRow()
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and 0 <= row < self.rotation_list.count() - 1)

    # --- reactions ------------------------------------------------------------------

    def _program_activated(self, index: int) -> None:
        program_id = cast("str | None", self.program_combo.itemData(index))
        if program_id == self._shown_program():
            return
        ids = self._catalog.ids
        if program_id is None:
            self._commit(replace(self._config, program=None))
            return
        name = self.program_combo.itemText(index)
        if self._shown_program() is None and not self._prompts.confirm(
            self.tr("Switch program"),
            self.tr(
                "Switch to {name}? It replaces which stretches are on and their order. "
                "To keep your current choice, save it as your program first."
            ).format(name=name),
            self.tr("Switch"),
        ):
            self._refresh_program()
            return
        mine = self._user_program(program_id)
        builtin = self._catalog.program(program_id)
        if mine is not None:
            config = edits.apply_user_program(self._config, mine, ids)
        elif builtin is not None:
            config = edits.apply_program(self._config, builtin, ids)
        else:
            return
        self._commit(config, status=self.tr("Using {name}.").format(name=name))

    def _strategy_activated(self, index: int) -> None:
        strategy = cast("Strategy", self.strategy_combo.itemData(index))
        self._commit(replace(self._config, strategy=strategy))

    def _where_toggled(self, place: str, on: bool) -> None:
        chosen = frozenset(p for p, chip in self.where_buttons.items() if chip.isChecked())
        if not chosen:
            with QSignalBlocker(self.where_buttons[place]):
                self.where_buttons[place].setChecked(True)
            self._set_status(self.tr("Keep at least one place: breaks need somewhere to happen."))
            return
        where = frozenset() if chosen == frozenset(PLACES) else chosen
        self._commit(replace(self._config, where_filter=where))

    def _focus_toggled(self) -> None:
        chosen = frozenset(a for a, action in self.focus_actions.items() if action.isChecked())
        self._commit(replace(self._config, focus_filter=chosen))

    def _focus_any(self) -> None:
        self._commit(replace(self._config, focus_filter=frozenset()))

    def _space_activated(self, index: int) -> None:
        space = self.space_combo.itemData(index)
        if space in SPACES and space != self._config.space:
            self._commit(replace(self._config, space=space))

    def _floor_toggled(self, on: bool) -> None:
        self._commit(replace(self._config, floor_outside_hours_only=on))

    def _item_changed(self, item: QListWidgetItem) -> None:
        stretch_id = str(item.data(Qt.ItemDataRole.UserRole))
        enabled = item.checkState() == Qt.CheckState.Checked
        entry = self._config.entry(stretch_id)
        if entry is not None and entry.enabled != enabled:
            self._commit(edits.set_enabled(self._config, stretch_id, enabled))

    def _rows_moved(
        self,
        parent: QModelIndex | QPersistentModelIndex,
        start: int,
        end: int,
        destination: QModelIndex | QPersistentModelIndex,
        row: int,
    ) -> None:
        self._commit(edits.reorder(self._config, self.rotation_list.ids()))

    def _selection_changed(self, *_: object) -> None:
        self._show_selected()

    def _duration_changed(self, *_: object) -> None:
        stretch_id = self.selected_id()
        if stretch_id is None:
            return
        seconds = self.duration_spin.value() if self.duration_box.isChecked() else None
        self._commit(edits.set_duration(self._config, stretch_id, seconds))

    def _weight_changed(self, value: float) -> None:
        stretch_id = self.selected_id()
        if stretch_id is not None:
            self._commit(edits.set_weight(self._config, stretch_id, round(value, 1)))

    # --- stretches of the user's own -----------------------------------------------------

    def _open_form(self, mode: FormMode, stretch_id: str | None) -> StretchForm:
        if self._form is not None:
            self._form.close()
        original = self._catalog.get(stretch_id) if stretch_id else None
        form = StretchForm(
            self._service,
            mode=mode,
            original=original,
            reduced_motion=self._reduced_motion,
            parent=self,
        )
        form.saved.connect(lambda stretch: self._stretch_saved(form, stretch))
        form.finished.connect(lambda _: self._form_finished(form))
        self._form = form
        form.open()
        return form

    def _form_finished(self, form: StretchForm) -> None:
        if self._form is form:
            self._form = None
        # Deleted only when the next form replaces it, so whoever opened it can
        # still read what it saved.
        if self._closed_form is not None and self._closed_form is not form:
            self._closed_form.deleteLater()
        self._closed_form = form

    def _stretch_saved(self, form: StretchForm, stretch: Stretch) -> None:
        stretch_id, name = stretch.id, stretch.name
        self._reload_catalog()
        ids = self._catalog.ids
        if form.mode == "new":
            config = edits.enable_new(self._config, stretch_id, ids)
            status = self.tr("Added “{name}” at the end of your rotation.").format(name=name)
        elif form.mode == "duplicate" and form.original is not None:
            config = edits.insert_copy(self._config, stretch_id, form.original.id, ids)
            status = self.tr(
                "Your copy “{name}” takes the original's place; the original is off."
            ).format(name=name)
        else:
            config = edits.only_known(self._config, ids)
            status = self.tr("Saved “{name}”.").format(name=name)
        self._commit(config, status=status)
        self.select(stretch_id)

    def _reload_catalog(self) -> None:
        self._service.reload_catalog()
        catalog = self._service.editable_catalog()
        self._catalog = catalog
        self._config = edits.only_known(self._config, catalog.ids)
        self.catalog_changed.emit(catalog)

    # --- saving -----------------------------------------------------------------------

    def _commit(self, config: RotationConfig, *, status: str | None = None) -> None:
        """Save ``config``, hand it to the app and show it."""
        self._config = config
        if self._shown_program() is None and config.program is not None:
            # The rotation no longer is the program it came from: say so in the file too.
            self._config = replace(config, program=None)
        if self._service.set_config(self._config):
            self._set_status(status or self.tr("Saved. Changes apply from the next break."))
        else:
            self._failed(self.tr("Could not save your stretches"))
        self.config_changed.emit(self._config)
        self._refresh()

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("error", error)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

    def _tell(self, severity: Severity, title: str, text: str) -> None:
        self._set_status(
            self.tr("{title}: {text}").format(title=title, text=text),
            error=severity is Severity.ERROR,
        )
        self._service.report(severity, title, text)

    def _failed(self, title: str) -> None:
        # The service has reported the failure; the window says it where the user looks.
        self._set_status(
            self.tr("{title}: {text}").format(title=title, text=self._service.last_problem),
            error=True,
        )

    def _report_import_problems(self, path: Path, problems: list[Problem]) -> None:
        reasons = [
            reason_words(p.reason)
            if (p.field or "").startswith("entries")
            else f"{p.field}: {reason_words(p.reason)}"
            for p in problems
        ]
        count = len(reasons)
        title = self.tr("Part of the rotation was left out")
        text = self.tr("{file}: {details}. Everything else is in use.").format(
            file=path.name, details="; ".join(reasons)
        )
        self._set_status(
            plural(
                self.tr("Imported {file}; %n item(s) left out (see the message).", "", count),
                count,
            ).format(file=path.name)
        )
        self._service.report(Severity.WARNING, title, text)

    def _load_user_programs(self, *, report: bool = False) -> None:
        self._user_programs = self._service.user_programs(report=report)

    def _user_program(self, program_id: str | None) -> UserProgram | None:
        return next((p for p in self._user_programs if p.id == program_id), None)

    # --- theme and closing -----------------------------------------------------------

    def _apply_theme(self) -> None:
        theme = self._theme = theme_for()
        self.setStyleSheet(style_sheet(theme))
        self.rotation_list.set_theme(theme)
        figure = self.preview.figure
        figure.setPalette(figure_palette(theme, figure.palette()))

    def event(self, event: QEvent) -> bool:
        # Qt hands ApplicationPaletteChange to event() but not to changeEvent().
        # Only the desktop switching light/dark re-themes; the style sheet itself
        # changes palettes, and the check below keeps that from looping back.
        theme: Theme | None = getattr(self, "_theme", None)  # None while constructing
        if theme is not None and event.type() in _PALETTE_EVENTS and is_dark() != theme.dark:
            self._apply_theme()
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._form is not None:
            self._form.close()
        super().closeEvent(event)
