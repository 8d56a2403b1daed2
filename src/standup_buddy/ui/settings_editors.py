"""The editors of the settings window: one widget per setting, chosen by its kind.

Labels and readable choice names live here too; everything else (kind,
bounds, unit, description) comes from the schema, so a new key needs no
new code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QSignalBlocker,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from standup_buddy.i18n import LANGUAGES
from standup_buddy.i18n.schema_strings import schema_text
from standup_buddy.settings import SettingValue
from standup_buddy.settings.schema import WEEKDAYS, Kind, Setting
from standup_buddy.textfmt import QT_TRANSLATE_NOOP
from standup_buddy.ui.theme import Theme, mix

#: Friendlier row labels than the key names; any key not listed gets one made from its name.
LABELS = {
    "breaks.interval_minutes": QT_TRANSLATE_NOOP("SettingsEditors", "Break after sitting for"),
    "breaks.duration_seconds": QT_TRANSLATE_NOOP("SettingsEditors", "Break length"),
    "breaks.snooze_minutes": QT_TRANSLATE_NOOP("SettingsEditors", "Snooze for"),
    "breaks.style": QT_TRANSLATE_NOOP("SettingsEditors", "Show breaks as"),
    "activity.natural_break_minutes": QT_TRANSLATE_NOOP(
        "SettingsEditors", "Counts as a break after"
    ),
    "activity.meeting_awareness": QT_TRANSLATE_NOOP(
        "SettingsEditors", "Hold breaks during meetings"
    ),
    "activity.hold_when_fullscreen": QT_TRANSLATE_NOOP(
        "SettingsEditors", "Hold breaks while an app is full screen"
    ),
    "goal.metric": QT_TRANSLATE_NOOP("SettingsEditors", "Goal counts"),
    "goal.daily_target": QT_TRANSLATE_NOOP("SettingsEditors", "Daily target"),
    "goal.natural_break_cap_minutes": QT_TRANSLATE_NOOP(
        "SettingsEditors", "Cap per break you take"
    ),
    "schedule.work_days": QT_TRANSLATE_NOOP("SettingsEditors", "Work days"),
    "schedule.start": QT_TRANSLATE_NOOP("SettingsEditors", "From"),
    "schedule.end": QT_TRANSLATE_NOOP("SettingsEditors", "Until"),
    "ui.reduced_motion": QT_TRANSLATE_NOOP("SettingsEditors", "Reduce motion"),
    "ui.sound": QT_TRANSLATE_NOOP("SettingsEditors", "Soft chime"),
    "checkin.enabled": QT_TRANSLATE_NOOP("SettingsEditors", "Daily check-in"),
    "ui.spoken_cues": QT_TRANSLATE_NOOP("SettingsEditors", "Spoken cues"),
    "ui.language": QT_TRANSLATE_NOOP("SettingsEditors", "Language"),
    "breaks.pause_media": QT_TRANSLATE_NOOP(
        "SettingsEditors", "Pause music and videos during a break"
    ),
    "breaks.lock_after_seconds": QT_TRANSLATE_NOOP("SettingsEditors", "Lock the screen after"),
    "activity.daily_screen_time_hours": QT_TRANSLATE_NOOP(
        "SettingsEditors", "Screen-time notice after"
    ),
    # A cue has no Skip button or Done: its rules say whether a click closes it.
    "micro.allow_skip": QT_TRANSLATE_NOOP("SettingsEditors", "A click closes the cue"),
    "micro.strict": QT_TRANSLATE_NOOP("SettingsEditors", "Strict mode (no closing early)"),
}

#: The postpone and skip rules have the same names in every break kind's table.
RULE_LABELS = {
    "max_snoozes": QT_TRANSLATE_NOOP("SettingsEditors", "Snoozes per break"),
    "snooze_window_percent": QT_TRANSLATE_NOOP("SettingsEditors", "Snooze offered during"),
    "allow_skip": QT_TRANSLATE_NOOP("SettingsEditors", "Offer Skip"),
    "strict": QT_TRANSLATE_NOOP("SettingsEditors", "Strict mode (only Done)"),
    "weekly_skip_budget": QT_TRANSLATE_NOOP("SettingsEditors", "Skips allowed a week"),
}

CHOICE_LABELS = {
    "notification": QT_TRANSLATE_NOOP("SettingsEditors", "A notification only"),
    "card": QT_TRANSLATE_NOOP("SettingsEditors", "A stretch card"),
    "fullscreen": QT_TRANSLATE_NOOP("SettingsEditors", "A card over dimmed screens"),
    "movement_minutes": QT_TRANSLATE_NOOP("SettingsEditors", "Minutes of movement"),
    "breaks": QT_TRANSLATE_NOOP("SettingsEditors", "Breaks completed"),
    "active_hours": QT_TRANSLATE_NOOP("SettingsEditors", "Active hours"),
}

UNIT_SUFFIX = {
    "minutes": QT_TRANSLATE_NOOP("SettingsEditors", " min"),
    "seconds": QT_TRANSLATE_NOOP("SettingsEditors", " s"),
    "hours": QT_TRANSLATE_NOOP("SettingsEditors", " h"),
    "percent": QT_TRANSLATE_NOOP("SettingsEditors", " %"),
}
#: ``goal.daily_target`` has no unit of its own: it counts in the goal's unit.
TARGET_SUFFIX = {
    "movement_minutes": QT_TRANSLATE_NOOP("SettingsEditors", " min"),
    "breaks": QT_TRANSLATE_NOOP("SettingsEditors", " breaks"),
    "active_hours": QT_TRANSLATE_NOOP("SettingsEditors", " hours"),
}
LANGUAGE_NAMES = {
    "system": QT_TRANSLATE_NOOP("SettingsEditors", "The system's language"),
    "en": "English",
    **LANGUAGES,
}
DAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}



def clock_format() -> str:
    """The interface locale's hours-and-minutes format for time fields.

    ``HH:mm`` in most of the world, ``h:mm AP`` in US English: the same clock
    the status lines use ("Next break at 9:22 AM"), never seconds.
    """
    short = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    for seconds in (":ss", ".ss"):
        short = short.replace(seconds, "")
    return short

def label_for(setting: Setting) -> str:
    """The row label for ``setting``."""
    label = LABELS.get(setting.key) or RULE_LABELS.get(setting.name)
    if label:
        return QCoreApplication.translate("SettingsEditors", label)
    return setting.name.replace("_", " ").capitalize()


def choice_label(value: str) -> str:
    """A readable label for a choice value."""
    if value in LANGUAGE_NAMES:
        # Each language in its own name: found by someone who cannot read the current one.
        name = LANGUAGE_NAMES[value]
        return QCoreApplication.translate("SettingsEditors", name) if value == "system" else name
    label = CHOICE_LABELS.get(value)
    if label:
        return QCoreApplication.translate("SettingsEditors", label)
    return value.replace("_", " ").capitalize()


class _DayButton(QToolButton):
    """A day toggle: at least 40 px, and never narrower than its day's name.

    The name is the locale's ("Mo.", "月", "الاثنين"), so the width is
    measured, not fixed; the Settings window grows to hold the seven.
    """

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(max(40, hint.width()), hint.height())


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
            button = _DayButton()
            # The locale's short and long day names (Mon / Mo / 月 / الاثنين).
            number = WEEKDAYS.index(day) + 1
            locale = QLocale()
            long_name = locale.dayName(number, QLocale.FormatType.LongFormat)
            button.setText(locale.dayName(number, QLocale.FormatType.ShortFormat))
            button.setCheckable(True)
            button.setAccessibleName(long_name)
            button.setToolTip(long_name)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
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


def make_editor(setting: Setting) -> Editor:
    """The editor for ``setting``, limited to its bounds, with its description as help."""
    editor: Editor
    if setting.kind is Kind.INT:
        editor = QSpinBox()
        assert setting.minimum is not None and setting.maximum is not None
        editor.setRange(setting.minimum, setting.maximum)
        suffix = UNIT_SUFFIX.get(setting.unit)
        editor.setSuffix(
            QCoreApplication.translate("SettingsEditors", suffix) if suffix
            else (f" {setting.unit}" if setting.unit else "")
        )
        editor.setAccelerated(True)
        editor.setMinimumWidth(110)
        if setting.special:
            # The minimum stands for a word ("unlimited", "off"), not an amount.
            editor.setSpecialValueText(schema_text(setting.special))
    elif setting.kind is Kind.BOOL:
        editor = QCheckBox(label_for(setting))
    elif setting.kind is Kind.CHOICE:
        editor = QComboBox()
        for choice in setting.choices:
            editor.addItem(choice_label(choice), choice)
    elif setting.kind is Kind.TIME:
        editor = QTimeEdit()
        editor.setDisplayFormat(clock_format())
        editor.setMinimumWidth(90)
    else:
        editor = DaysEditor()
    if not isinstance(editor, QCheckBox | DaysEditor):
        editor.setMinimumHeight(26)  # roomier than some styles' default, easier to hit
    editor.setObjectName(setting.key)
    editor.setAccessibleName(label_for(setting))
    editor.setAccessibleDescription(setting.description)
    editor.setToolTip(setting.description)
    return editor


def set_editor_value(editor: Editor, value: SettingValue) -> None:
    """Show ``value`` without emitting change signals."""
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


def editor_value(editor: Editor) -> SettingValue:
    """The value an editor shows, typed as the schema expects."""
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


def connect_changed(editor: Editor, slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever the user changes the editor."""
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


def settings_style_sheet(theme: Theme) -> str:
    """The settings window's cards, preview line and day buttons for ``theme``."""
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
