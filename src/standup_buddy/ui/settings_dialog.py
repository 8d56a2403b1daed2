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

from PySide6.QtCore import QSignalBlocker, Qt, QTime, Signal
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
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import standup_buddy.ui.refcount_guard  # noqa: F401
from standup_buddy import APP_NAME
from standup_buddy.controller_base import BaseController
from standup_buddy.platform.autostart import Autostart, AutostartError, autostart_for
from standup_buddy.session import Status
from standup_buddy.settings import SCHEMA, Settings, SettingValue
from standup_buddy.settings.schema import SECTION_TITLES, WEEKDAYS, Kind, Setting
from standup_buddy.ui.theme import Theme, mix, theme_for

#: Friendlier row labels than the key names; any key not listed gets one made from its name.
LABELS = {
    "breaks.interval_minutes": "Break after sitting for",
    "breaks.duration_seconds": "Break length",
    "breaks.snooze_minutes": "Snooze for",
    "breaks.style": "Show breaks as",
    "activity.natural_break_minutes": "Counts as a break after",
    "activity.meeting_awareness": "Hold breaks during meetings",
    "goal.metric": "Goal counts",
    "goal.daily_target": "Daily target",
    "goal.natural_break_cap_minutes": "Cap per break you take",
    "schedule.work_days": "Work days",
    "schedule.start": "From",
    "schedule.end": "Until",
    "ui.reduced_motion": "Reduce motion",
    "ui.sound": "Soft chime",
    "checkin.enabled": "Daily check-in",
}

CHOICE_LABELS = {
    "notification": "A notification only",
    "card": "A stretch card",
    "fullscreen": "A card over dimmed screens",
    "movement_minutes": "Minutes of movement",
    "breaks": "Breaks completed",
    "active_hours": "Active hours",
}

UNIT_SUFFIX = {"minutes": " min", "seconds": " s", "hours": " h"}
#: ``goal.daily_target`` has no unit of its own: it counts in the goal's unit.
TARGET_SUFFIX = {"movement_minutes": " min", "breaks": " breaks", "active_hours": " hours"}
DAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}


def _style_sheet(theme: Theme) -> str:
    accent, css = theme.accent, theme.css
    soft = mix(theme.accent, theme.card, 0.86)
    return f"""
    QGroupBox {{
        background: {css(theme.card)};
        border: 1px solid {css(theme.card_border)};
        border-radius: 10px;
        margin-top: 22px;
        padding: 14px 14px 6px 14px;
    }}
    QGroupBox::title {{
        subcontrol-origin: margin;
        subcontrol-position: top left;
        left: 4px;
        top: 2px;
        color: {css(theme.text)};
    }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; }}
    QLabel#preview {{
        background: {css(soft)};
        color: {css(theme.text)};
        border-radius: 8px;
        padding: 8px 10px;
        margin-bottom: 8px;
        font-weight: 600;
    }}
    QToolButton#day {{
        border: 1px solid {css(theme.card_border)};
        border-radius: 6px;
        padding: 4px 4px;
        background: {css(theme.card)};
        color: {css(theme.subtle_text)};
    }}
    QToolButton#day:checked {{
        background: {css(accent)};
        border-color: {css(accent)};
        color: {css(theme.accent_text)};
        font-weight: 600;
    }}
    QToolButton#day:focus {{ border: 2px solid {css(mix(accent, theme.text, 0.3))}; }}
    """


def label_for(setting: Setting) -> str:
    """The row label for ``setting``."""
    return LABELS.get(setting.key) or setting.name.replace("_", " ").capitalize()


def choice_label(value: str) -> str:
    """A readable label for a choice value."""
    return CHOICE_LABELS.get(value) or value.replace("_", " ").capitalize()


class DaysEditor(QWidget):
    """Seven toggle buttons, Monday to Sunday."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: dict[str, QToolButton] = {}
        for day in WEEKDAYS:
            button = QToolButton()
            button.setText(day.capitalize())
            button.setCheckable(True)
            button.setAccessibleName(DAY_NAMES[day])
            button.setToolTip(DAY_NAMES[day])
            button.setMinimumWidth(40)
            button.setObjectName("day")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.toggled.connect(self.changed)
            layout.addWidget(button)
            self.buttons[day] = button
        layout.addStretch(1)

    def value(self) -> tuple[str, ...]:
        """The checked days in week order."""
        return tuple(day for day in WEEKDAYS if self.buttons[day].isChecked())

    def set_value(self, days: tuple[str, ...]) -> None:
        """Check exactly ``days``."""
        for day, button in self.buttons.items():
            with QSignalBlocker(button):
                button.setChecked(day in days)
        self.changed.emit()


Editor = QSpinBox | QCheckBox | QComboBox | QTimeEdit | DaysEditor


def _make_editor(setting: Setting) -> Editor:
    editor: Editor
    if setting.kind is Kind.INT:
        editor = QSpinBox()
        assert setting.minimum is not None and setting.maximum is not None
        editor.setRange(setting.minimum, setting.maximum)
        editor.setSuffix(UNIT_SUFFIX.get(setting.unit, f" {setting.unit}" if setting.unit else ""))
        editor.setAccelerated(True)
        editor.setMinimumWidth(110)
    elif setting.kind is Kind.BOOL:
        editor = QCheckBox(label_for(setting))
    elif setting.kind is Kind.CHOICE:
        editor = QComboBox()
        for choice in setting.choices:
            editor.addItem(choice_label(choice), choice)
    elif setting.kind is Kind.TIME:
        editor = QTimeEdit()
        editor.setDisplayFormat("HH:mm")
        editor.setMinimumWidth(90)
    else:
        editor = DaysEditor()
    editor.setObjectName(setting.key)
    editor.setAccessibleName(label_for(setting))
    editor.setAccessibleDescription(setting.description)
    editor.setToolTip(setting.description)
    return editor


def _set_editor(editor: Editor, value: SettingValue) -> None:
    with QSignalBlocker(editor):
        if isinstance(editor, QSpinBox):
            assert isinstance(value, int)
            editor.setValue(value)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QTimeEdit):
            assert isinstance(value, dt.time)
            editor.setTime(QTime(value.hour, value.minute))
    if isinstance(editor, DaysEditor):
        assert isinstance(value, tuple)
        editor.set_value(value)


def _editor_value(editor: Editor) -> SettingValue:
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        return str(editor.currentData())
    if isinstance(editor, QTimeEdit):
        time = editor.time()
        return dt.time(time.hour(), time.minute())
    return editor.value()


def _connect_changed(editor: Editor, slot: Callable[[], None]) -> None:
    if isinstance(editor, QSpinBox):
        editor.valueChanged.connect(slot)
    elif isinstance(editor, QCheckBox):
        editor.toggled.connect(slot)
    elif isinstance(editor, QComboBox):
        editor.currentIndexChanged.connect(slot)
    elif isinstance(editor, QTimeEdit):
        editor.timeChanged.connect(slot)
    else:
        editor.changed.connect(slot)


def next_break_preview(status: Status, interval_minutes: int, now: dt.datetime) -> str:
    """The preview line: when the next break comes with ``interval_minutes`` from ``now``."""
    if status.state == "paused":
        return f"Reminders are paused. Then a break comes after {interval_minutes} min of sitting."
    if status.state == "standing" or status.standing:
        return (
            f"You are standing. Once you sit, a break comes after {interval_minutes} min "
            "of sitting."
        )
    if status.state in ("away", "on_break"):
        return f"A break comes after {interval_minutes} min of sitting."
    remaining = interval_minutes - status.sitting_minutes
    if remaining <= 0:
        return "A break is due now with this interval."
    at = now + dt.timedelta(minutes=remaining)
    return f"Next break at {at:%H:%M} if you keep sitting"


class SettingsDialog(QDialog):
    """``Standup Buddy: Settings``: every key of the schema, plus Start at login."""

    #: Emitted after settings were handed to the controller.
    applied = Signal(object)

    def __init__(
        self,
        controller: BaseController,
        *,
        autostart: Autostart | None = None,
        now: Callable[[], dt.datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._autostart = autostart if autostart is not None else autostart_for()
        self._now = now or dt.datetime.now
        self.setWindowTitle(f"{APP_NAME}: Settings")
        self.setModal(False)
        self.setAccessibleName(f"{APP_NAME} settings")
        self.editors: dict[str, Editor] = {}
        self.captions: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 6, 0)
        body_layout.setSpacing(14)
        for section, settings in self._sections():
            group = QGroupBox(SECTION_TITLES.get(section, section.capitalize()))
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
                self.preview_label.setAccessibleName("Next break preview")
                self.preview_label.setWordWrap(True)
                form.insertRow(0, self.preview_label)
            self.groups[section] = group
            body_layout.addWidget(group)

        startup = QGroupBox("Startup")
        startup_layout = QVBoxLayout(startup)
        self.autostart_box = QCheckBox("Start at login")
        self.autostart_box.setAccessibleName("Start at login")
        tip = "Start Standup Buddy automatically when you log in to this computer."
        self.autostart_box.setToolTip(tip)
        self.autostart_box.setAccessibleDescription(tip)
        self.autostart_caption = self._caption(tip)
        startup_layout.addWidget(self.autostart_box)
        startup_layout.addWidget(self.autostart_caption)
        self.groups["startup"] = startup
        body_layout.addWidget(startup)
        body_layout.addStretch(1)

        self._body = body
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setAccessibleName("Problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c0392b;")
        self.problem_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Ok
        )
        for role, name in (
            (QDialogButtonBox.StandardButton.Ok, "OK"),
            (QDialogButtonBox.StandardButton.Apply, "Apply"),
            (QDialogButtonBox.StandardButton.Cancel, "Cancel"),
            (QDialogButtonBox.StandardButton.RestoreDefaults, "Restore defaults"),
        ):
            self.buttons.button(role).setAccessibleName(name)
        self.buttons.clicked.connect(self._on_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.resize(600, 720)
        self._align_labels()
        self.setMinimumWidth(body.minimumSizeHint().width() + 48)
        self.setStyleSheet(_style_sheet(theme_for(self.palette())))

        self.load(controller.settings())
        self.refresh_autostart()
        controller.status_changed.connect(lambda _status: self.update_preview())
        controller.settings_changed.connect(self._on_settings_changed)
        for editor in self.editors.values():
            _connect_changed(editor, self._on_edited)
        self._on_edited()

    # --- public API ------------------------------------------------------------------

    def load(self, settings: Settings) -> None:
        """Show ``settings`` in the editors."""
        self._loaded = settings
        for key, editor in self.editors.items():
            _set_editor(editor, settings[key])
        self._on_edited()

    def values(self) -> dict[str, SettingValue]:
        """What the editors show, key by key."""
        return {key: _editor_value(editor) for key, editor in self.editors.items()}

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
            return "Working hours must end after they start."
        if values.get("schedule.work_days") == ():
            return "Choose at least one work day."
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
        """The height at which every group shows without scrolling."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        extra = (margins.top() + margins.bottom()) if margins is not None else 0
        body = self._body.heightForWidth(self.width() - 40)
        if body <= 0:
            body = self._body.sizeHint().height()
        return body + self.buttons.sizeHint().height() + extra + 24

    def refresh_autostart(self) -> None:
        """Read the real Start-at-login state (it may have changed outside the app)."""
        try:
            self._autostart_state = self._autostart.is_enabled()
        except OSError:
            self._autostart_state = False
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
        self.refresh_autostart()
        self.update_preview()

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
        caption.setAccessibleName(f"Help: {text}")
        return caption

    def _add_row(self, form: QFormLayout, setting: Setting) -> None:
        editor = _make_editor(setting)
        self.editors[setting.key] = editor
        caption = self._caption(setting.description)
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
        label.setToolTip(setting.description)
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
            target.setSuffix(TARGET_SUFFIX.get(str(metric.currentData()), ""))
        self.update_preview()
        problem = self.problem()
        self._show_problem(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        ok.setEnabled(not problem)
        apply.setEnabled(not problem)

    def _show_problem(self, problem: str) -> None:
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))

    def _apply_autostart(self) -> bool:
        wanted = self.autostart_box.isChecked()
        if wanted == self._autostart_state:
            return True
        try:
            if wanted:
                self._autostart.enable()
            else:
                self._autostart.disable()
        except AutostartError as exc:
            self._show_problem(f"Start at login could not be changed: {exc}")
            self.refresh_autostart()
            return False
        self.refresh_autostart()
        return True

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
                _set_editor(editor, defaults[key])
            self._on_edited()
