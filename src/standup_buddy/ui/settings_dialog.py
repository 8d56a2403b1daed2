"""The settings window, generated from the one settings schema.

Each section of the schema becomes a group, each key a row whose editor is
chosen by the key's kind and limited by its bounds, with the key's
description as help. Nothing here knows individual keys except for friendlier
labels; a key added to the schema appears here without further work.

The dialog is non-modal (``show()`` it): it never runs a nested event loop, so
tests and the tray stay responsive while it is open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from standup_buddy import APP_NAME
from standup_buddy.controller_base import BaseController
from standup_buddy.i18n import resolve_language
from standup_buddy.i18n.qt import current_language, system_languages
from standup_buddy.i18n.schema_strings import schema_text
from standup_buddy.services.autostart import AutostartService
from standup_buddy.session import Status, hold_words
from standup_buddy.settings import SCHEMA, Settings, SettingValue
from standup_buddy.settings.schema import SECTION_TITLES, Setting
from standup_buddy.ui.settings_editors import (
    TARGET_SUFFIX,
    DaysEditor,
    Editor,
    connect_changed,
    editor_value,
    label_for,
    make_editor,
    set_editor_value,
    settings_style_sheet,
)
from standup_buddy.ui.theme import theme_for


def next_break_preview(status: Status, interval_minutes: int, now: dt.datetime) -> str:
    """The preview line: when the next break comes with ``interval_minutes`` from ``now``."""
    if status.state == "paused":
        return SettingsPreview.tr(
            "Reminders are paused. Then a break comes after {minutes} min of sitting."
        ).format(minutes=_num(interval_minutes))
    if status.state == "standing" or status.standing:
        return SettingsPreview.tr(
            "You are standing. Once you sit, a break comes after {minutes} min of sitting."
        ).format(minutes=_num(interval_minutes))
    if status.state in ("away", "on_break"):
        return SettingsPreview.tr("A break comes after {minutes} min of sitting.").format(
            minutes=_num(interval_minutes)
        )
    held = hold_words(status)
    if held is not None:
        # The same words as the tray: no "next break at" a break that will not come.
        return f"{held[0].upper()}{held[1:]}."
    remaining = interval_minutes - status.sitting_minutes
    if remaining <= 0:
        return SettingsPreview.tr("A break is due now with this interval.")
    at = now + dt.timedelta(minutes=remaining)
    # The locale's short time: 14:30 in most of Europe, 2:30 PM in the US.
    clock = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
    return SettingsPreview.tr("Next break at {time} if you keep sitting").format(time=clock)


class SettingsPreview:
    """Translation context of the preview line (``SettingsPreview.tr`` is what lupdate reads)."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("SettingsPreview", text)


def _num(value: int) -> str:
    return QLocale().toString(value)


class SettingsDialog(QDialog):
    """``Standup Buddy: Settings``: every key of the schema, plus Start at login."""

    #: Emitted after settings were handed to the controller.
    applied = Signal(object)

    def __init__(
        self,
        controller: BaseController,
        *,
        autostart: AutostartService,
        now: Callable[[], dt.datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._autostart = autostart
        self._now = now or dt.datetime.now
        self.setWindowTitle(self.tr("{app}: Settings").format(app=APP_NAME))
        self.setModal(False)
        self.setAccessibleName(self.tr("{app} settings").format(app=APP_NAME))
        self.editors: dict[str, Editor] = {}
        self.captions: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 6, 0)
        body_layout.setSpacing(14)
        for section, settings in self._sections():
            title = SECTION_TITLES.get(section)
            group = QGroupBox(schema_text(title) if title else section.capitalize())
            group.setAccessibleName(group.title())
            form = QFormLayout(group)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.setHorizontalSpacing(14)
            form.setVerticalSpacing(4)
            for setting in settings:
                self._add_row(form, setting)
            if section == "breaks":
                self.preview_label = QLabel()
                self.preview_label.setObjectName("preview")
                self.preview_label.setAccessibleName(self.tr("Next break preview"))
                self.preview_label.setWordWrap(True)
                form.insertRow(0, self.preview_label)
            self.groups[section] = group
            body_layout.addWidget(group)

        startup = QGroupBox(self.tr("Startup"))
        startup_layout = QVBoxLayout(startup)
        self.autostart_box = QCheckBox(self.tr("Start at login"))
        self.autostart_box.setAccessibleName(self.tr("Start at login"))
        tip = self.tr("Start Standup Buddy automatically when you log in to this computer.")
        self.autostart_box.setToolTip(tip)
        self.autostart_box.setAccessibleDescription(tip)
        self.autostart_caption = self._caption(tip)
        startup_layout.addWidget(self.autostart_box)
        startup_layout.addWidget(self.autostart_caption)
        self.groups["startup"] = startup
        body_layout.addWidget(startup)
        body_layout.addStretch(1)

        self._body = body
        scroll = self._scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setAccessibleName(self.tr("Problem"))
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c0392b;")
        self.problem_label.hide()
        # Windows are built once in one language: a new one shows from the
        # next start, and the dialog says so instead of seeming to do nothing.
        self.language_note = QLabel(
            self.tr("The new language is used when Standup Buddy starts again.")
        )
        self.language_note.setObjectName("language-note")
        self.language_note.setWordWrap(True)
        self.language_note.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Ok
        )
        for role, name in (
            (QDialogButtonBox.StandardButton.Ok, self.tr("OK")),
            (QDialogButtonBox.StandardButton.Apply, self.tr("Apply")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel")),
            (QDialogButtonBox.StandardButton.RestoreDefaults, self.tr("Restore defaults")),
        ):
            self.buttons.button(role).setAccessibleName(name)
        self.buttons.clicked.connect(self._on_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.language_note)
        layout.addWidget(self.buttons)
        self.resize(600, 720)
        self._align_labels()
        self.setMinimumWidth(body.minimumSizeHint().width() + 48)
        self.setStyleSheet(settings_style_sheet(theme_for(self.palette())))

        self.load(controller.settings())
        self.refresh_autostart()
        # Bound methods (not lambdas), so Qt drops the connections with the dialog.
        controller.status_changed.connect(self._on_status_changed)
        controller.settings_changed.connect(self._on_settings_changed)
        for editor in self.editors.values():
            connect_changed(editor, self._on_edited)
        self._on_edited()

    # --- public API ------------------------------------------------------------------

    def add_section(self, name: str, group: QGroupBox) -> None:
        """Add a section that is not a schema table (sync), above the closing stretch."""
        layout = self._body.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, group)
        self.groups[name] = group

    def load(self, settings: Settings) -> None:
        """Show ``settings`` in the editors."""
        self._loaded = settings
        for key, editor in self.editors.items():
            set_editor_value(editor, settings[key])
        self._on_edited()

    def values(self) -> dict[str, SettingValue]:
        """What the editors show, key by key."""
        return {key: editor_value(editor) for key, editor in self.editors.items()}

    def edited_settings(self) -> Settings:
        """The settings as edited (validated by the schema)."""
        return self._loaded.replace(self.values())

    def is_dirty(self) -> bool:
        """Whether anything differs from the settings in force or the real autostart state."""
        return (
            self.edited_settings() != self._loaded
            or self.autostart_box.isChecked() != self._autostart_state
        )

    def problem(self) -> str:
        """Why the edited values cannot be applied, or ``""``."""
        values = self.values()
        start, end = values.get("schedule.start"), values.get("schedule.end")
        if isinstance(start, dt.time) and isinstance(end, dt.time) and end <= start:
            return self.tr("Working hours must end after they start.")
        if values.get("schedule.work_days") == ():
            return self.tr("Choose at least one work day.")
        return ""

    def apply(self) -> bool:
        """Hand the edited settings to the controller; returns False if something is wrong."""
        problem = self.problem()
        if problem:
            self._show_problem(problem)
            return False
        settings = self.edited_settings()
        if settings != self._loaded:
            self._controller.apply_settings(settings)
            self._loaded = settings
            self.applied.emit(settings)
        if not self._apply_autostart():
            return False
        self._on_edited()
        return True

    def full_height(self) -> int:
        """The window height at which every group shows without scrolling."""
        viewport = self._scroll.viewport()
        needed = self._body.heightForWidth(viewport.width())
        if needed <= 0:
            needed = self._body.sizeHint().height()
        return self.height() - viewport.height() + needed + 8

    def refresh_autostart(self) -> None:
        """Read the real Start-at-login state (it may have changed outside the app)."""
        self._autostart_state = self._autostart.is_enabled()
        with QSignalBlocker(self.autostart_box):
            self.autostart_box.setChecked(self._autostart_state)

    def preview_text(self) -> str:
        """The live 'next break' line."""
        return self.preview_label.text()

    def update_preview(self) -> None:
        """Recompute the preview from the status and the interval being edited."""
        interval = self.editors.get("breaks.interval_minutes")
        minutes = interval.value() if isinstance(interval, QSpinBox) else 30
        status = self._controller.status()
        self.preview_label.setText(next_break_preview(status, minutes, self._now()))

    # --- Qt ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            # Opened again from the tray: start from what is in force, not
            # from edits that were cancelled last time.
            self.load(self._controller.settings())
            self._show_problem(self.problem())
        self.refresh_autostart()
        self.update_preview()
        self._fit_width()

    def _fit_width(self) -> None:
        # Styled and translated, the rows may need more than the width set at
        # construction (German labels, Arabic day names): grow so nothing is
        # cut at the side of the scroll area, which never scrolls sideways.
        self._body.ensurePolished()
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        sides = (
            0
            if layout is None
            else (layout.contentsMargins().left() + layout.contentsMargins().right())
        )
        need = self._body.minimumSizeHint().width() + bar + sides + 2 * self._scroll.frameWidth()
        if need > self.minimumWidth():
            self.setMinimumWidth(need)
        if self.width() < need:
            self.resize(need, self.height())

    # --- internals -----------------------------------------------------------------------

    @staticmethod
    def _sections() -> list[tuple[str, list[Setting]]]:
        order: dict[str, list[Setting]] = {}
        for setting in SCHEMA:
            order.setdefault(setting.section, []).append(setting)
        return list(order.items())

    def _caption(self, text: str) -> QLabel:
        caption = QLabel(text)
        caption.setWordWrap(True)
        font = caption.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        caption.setFont(font)
        caption.setStyleSheet("color: palette(placeholder-text);")
        caption.setAccessibleName(self.tr("Help: {text}").format(text=text))
        return caption

    def _add_row(self, form: QFormLayout, setting: Setting) -> None:
        editor = make_editor(setting)
        self.editors[setting.key] = editor
        caption = self._caption(schema_text(setting.description))
        self.captions[setting.key] = caption
        if isinstance(editor, QCheckBox):
            form.addRow(editor)
            caption.setContentsMargins(24, 0, 0, 6)
            form.addRow(caption)
            return
        label = QLabel(label_for(setting) + ":")
        label.setObjectName("row-label")
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setBuddy(editor)
        label.setToolTip(schema_text(setting.description))
        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 6)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor)
        if not isinstance(editor, DaysEditor):
            row.addStretch(1)
        column.addLayout(row)
        column.addWidget(caption)
        form.addRow(label, field)

    def _align_labels(self) -> None:
        # One label column for every group, so the editors line up down the window.
        labels = [w for g in self.groups.values() for w in g.findChildren(QLabel, "row-label")]
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    def _on_edited(self) -> None:
        metric = self.editors.get("goal.metric")
        target = self.editors.get("goal.daily_target")
        if isinstance(metric, QComboBox) and isinstance(target, QSpinBox):
            target.setSuffix(
                QCoreApplication.translate(
                    "SettingsEditors", TARGET_SUFFIX.get(str(metric.currentData()), "")
                )
            )
        self.update_preview()
        self._show_language_note()
        problem = self.problem()
        self._show_problem(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        ok.setEnabled(not problem)
        apply.setEnabled(not problem)

    def _show_language_note(self) -> None:
        chooser = self.editors.get("ui.language")
        if not isinstance(chooser, QComboBox):
            return
        wanted = resolve_language(str(chooser.currentData()), system_languages())
        self.language_note.setVisible(wanted != current_language())

    def _show_problem(self, problem: str) -> None:
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))

    def _apply_autostart(self) -> bool:
        wanted = self.autostart_box.isChecked()
        if wanted == self._autostart_state:
            return True
        if not self._autostart.set_enabled(wanted):
            self._show_problem(
                self.tr("Start at login could not be changed: {error}").format(
                    error=self._autostart.last_problem
                )
            )
            self.refresh_autostart()
            return False
        self.refresh_autostart()
        return True

    def _on_status_changed(self, status: Status) -> None:
        self.update_preview()

    def _on_settings_changed(self, settings: Settings) -> None:
        # Settings changed elsewhere (the file, the CLI): follow them unless the
        # user is in the middle of editing.
        if self.edited_settings() == self._loaded:
            self.load(settings)
        else:
            self._loaded = settings

    def _on_button(self, button: QAbstractButton) -> None:
        role = self.buttons.standardButton(button)
        if role == QDialogButtonBox.StandardButton.Ok:
            if self.apply():
                self.accept()
        elif role == QDialogButtonBox.StandardButton.Apply:
            self.apply()
        elif role == QDialogButtonBox.StandardButton.Cancel:
            self.reject()
        elif role == QDialogButtonBox.StandardButton.RestoreDefaults:
            defaults = Settings()
            for key, editor in self.editors.items():
                set_editor_value(editor, defaults[key])
            self._on_edited()
