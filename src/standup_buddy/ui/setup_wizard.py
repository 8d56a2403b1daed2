"""The first-run set-up: a short wizard, skippable and done entirely by keyboard.

It asks when you work, how often to break, your daily goal, what you want
help with (which picks the program), where you can move, and whether to start
at login, offers a test break, and ends by saying where the icon is and what
a click does. Answers go to ``settings.toml`` (through the controller), the
rotation and the autostart adapter; Skip keeps every default. It can be
opened again from the tray menu.

The window deletes itself when closed and holds nothing but its own widgets,
so closing it gives its memory back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from standup_buddy import APP_NAME
from standup_buddy.core.rotation import RotationConfig, RotationEntry, Space
from standup_buddy.services.autostart import AutostartService
from standup_buddy.settings import Settings
from standup_buddy.settings.schema import SCHEMA_BY_KEY, WEEKDAYS
from standup_buddy.textfmt import QT_TRANSLATE_NOOP
from standup_buddy.ui.about import NOT_MEDICAL_ADVICE, RED_FLAGS, safety_text
from standup_buddy.ui.settings_editors import clock_format

HELP_CHOICES: tuple[tuple[str, str, str], ...] = (
    ("hips", QT_TRANSLATE_NOOP("SetupWizard", "&Tight hips"), "relief"),
    ("back", QT_TRANSLATE_NOOP("SetupWizard", "&Low back"), "relief"),
    ("sciatica", QT_TRANSLATE_NOOP("SetupWizard", "&Sciatica (pain down the leg)"), "relief"),
    ("stiffness", QT_TRANSLATE_NOOP("SetupWizard", "&General stiffness from sitting"), "maintain"),
    ("strength", QT_TRANSLATE_NOOP("SetupWizard", "&Building strength"), "strengthen"),
)
"""What the user wants help with, and the program each answer picks."""
SPACE_CHOICES: tuple[tuple[Space, str], ...] = (
    ("desk", QT_TRANSLATE_NOOP("SetupWizard", "At my &desk only (seated)")),
    ("standing", QT_TRANSLATE_NOOP("SetupWizard", "I can &stand up and step away from the desk")),
    ("floor", QT_TRANSLATE_NOOP("SetupWizard", "I have &floor space at home as well")),
)


@dataclass(frozen=True, slots=True)
class SetupAnswers:
    """Everything the wizard asks, as plain values."""

    work_days: tuple[str, ...]
    start: dt.time
    end: dt.time
    interval_minutes: int
    goal_minutes: int
    program: str
    space: Space
    start_at_login: bool
    routine_reminder: bool
    routine_time: dt.time
    micro_pauses: bool = False


def answers_from(settings: Settings, config: RotationConfig) -> SetupAnswers:
    """The answers as the current settings already give them (the prefill)."""
    view = settings.view
    metric = view.goal.metric
    # The wizard asks for movement minutes; another metric's target means
    # nothing in that unit, so the prefill is the default goal.
    goal = (view.goal if metric == "movement_minutes" else Settings().view.goal).daily_target
    return SetupAnswers(
        work_days=view.schedule.work_days,
        start=view.schedule.start,
        end=view.schedule.end,
        interval_minutes=view.breaks.interval_minutes,
        goal_minutes=goal,
        program=config.program or "maintain",
        space=config.space,
        start_at_login=True,
        routine_reminder=view.routine.reminder,
        routine_time=view.routine.time,
        micro_pauses=view.micro.enabled,
    )


def apply_answers(
    answers: SetupAnswers,
    settings: Settings,
    config: RotationConfig,
    program_ids: dict[str, tuple[str, ...]],
) -> tuple[Settings, RotationConfig]:
    """New settings and rotation from the answers (pure; the caller saves them).

    ``program_ids`` maps each program id to its stretch ids; choosing a
    program switches the rotation to it, as the Stretches window does.
    """
    interval = SCHEMA_BY_KEY["breaks.interval_minutes"]
    target = SCHEMA_BY_KEY["goal.daily_target"]
    new_settings = settings.replace(
        {
            "schedule.work_days": answers.work_days,
            "schedule.start": answers.start,
            "schedule.end": answers.end,
            "breaks.interval_minutes": interval.validate(answers.interval_minutes),
            "goal.metric": "movement_minutes",
            "goal.daily_target": target.validate(answers.goal_minutes),
            "routine.reminder": answers.routine_reminder,
            "routine.time": answers.routine_time,
            "micro.enabled": answers.micro_pauses,
        }
    )
    new_config = replace(config, space=answers.space)
    chosen = program_ids.get(answers.program)
    if chosen is not None and answers.program != config.program:
        known = [e.stretch_id for e in config.entries]
        entries = tuple(RotationEntry(sid) for sid in chosen)
        new_config = replace(new_config, entries=entries, program=answers.program).with_all(known)
    return new_settings, new_config


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _time_edit(value: dt.time, name: str) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat(clock_format())
    edit.setAccessibleName(name)
    return edit


def _py_time(edit: QTimeEdit) -> dt.time:
    value = edit.time()
    return dt.time(value.hour(), value.minute())


class SetupWizard(QWizard):
    """The set-up wizard. Non-modal; deletes itself when closed."""

    def __init__(
        self,
        settings: Settings,
        config: RotationConfig,
        programs: dict[str, tuple[str, ...]],
        *,
        autostart: AutostartService,
        apply: Callable[[Settings, RotationConfig], None],
        try_break: Callable[[], None],
        has_tray: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("{app}: Set up").format(app=APP_NAME))
        self.setAccessibleName(self.tr("{app} set-up").format(app=APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("S&kip set-up"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self._settings = settings
        self._config = config
        self._programs = programs
        self._autostart = autostart
        self._apply = apply
        self._try_break = try_break
        self.autostart_problem: str | None = None
        start = answers_from(settings, config)

        self.addPage(self._welcome_page())
        self.addPage(self._hours_page(start))
        self.addPage(self._breaks_page(start))
        self.addPage(self._help_page(start))
        self.addPage(self._move_page(start))
        self.addPage(self._login_page())
        self.addPage(self._done_page(has_tray))
        self.accepted.connect(self._finish)
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_every_page()

    def _fit_every_page(self) -> None:
        # QWizard grows when a wider page comes up, which moved Next from under
        # the pointer onto Back: a quick second click on Next went back a page.
        # Sized once for the largest page, the buttons stay where they are.
        pages = [self.page(page_id) for page_id in self.pageIds()]
        shown = self.currentPage()
        if shown is None:
            return
        wide = max(page.minimumSizeHint().width() for page in pages) - shown.width()
        tall = max(page.minimumSizeHint().height() for page in pages) - shown.height()
        if wide > 0 or tall > 0:
            self.resize(self.width() + max(0, wide), self.height() + max(0, tall))

    # --- pages --------------------------------------------------------------------

    def _page(self, title: str, text: str) -> tuple[QWizardPage, QVBoxLayout]:
        page = QWizardPage()
        page.setTitle(title)
        layout = QVBoxLayout(page)
        intro = _heading(text)
        layout.addWidget(intro)
        return page, layout

    def _welcome_page(self) -> QWizardPage:
        page, layout = self._page(
            self.tr("Welcome to Standup Buddy"),
            self.tr(
                "Standup Buddy sits quietly in your tray and suggests a short stretch break now "
                "and then, plus a short daily routine at home. A few questions set it up; "
                "Skip keeps the standard settings, and you can come back here from the tray "
                "menu (Set up…)."
            ),
        )
        caution = _heading(
            f"<p>{safety_text(NOT_MEDICAL_ADVICE)}</p><p><b>{safety_text(RED_FLAGS)}</b></p>"
        )
        caution.setTextFormat(Qt.TextFormat.RichText)
        caution.setAccessibleName(self.tr("Safety"))
        caution.setAccessibleDescription(f"{NOT_MEDICAL_ADVICE} {RED_FLAGS}")
        layout.addWidget(caution)
        self.red_flags_label = caution
        return page

    def _hours_page(self, start: SetupAnswers) -> QWizardPage:
        page, layout = self._page(
            self.tr("When do you work?"),
            self.tr("Breaks are suggested only on these days and between these times."),
        )
        days = QHBoxLayout()
        self.day_boxes: dict[str, QCheckBox] = {}
        locale = QLocale()
        for number, key in enumerate(WEEKDAYS, start=1):
            day_name = locale.dayName(number, QLocale.FormatType.ShortFormat)
            box = QCheckBox(day_name)
            box.setChecked(key in start.work_days)
            box.setAccessibleName(
                self.tr("Work on {day}").format(
                    day=locale.dayName(number, QLocale.FormatType.LongFormat)
                )
            )
            self.day_boxes[key] = box
            days.addWidget(box)
        layout.addLayout(days)
        grid = QGridLayout()
        self.start_edit = _time_edit(start.start, self.tr("Work starts at"))
        self.end_edit = _time_edit(start.end, self.tr("Work ends at"))
        for row, (caption, edit) in enumerate(
            (
                (self.tr("Work &starts at"), self.start_edit),
                (self.tr("Work &ends at"), self.end_edit),
            )
        ):
            label = QLabel(caption)
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        return page

    def _breaks_page(self, start: SetupAnswers) -> QWizardPage:
        page, layout = self._page(
            self.tr("How often, and how much?"),
            self.tr(
                "Moving every 30–60 minutes breaks up long sitting. The goal counts the minutes "
                "you move in breaks, in your routine and when you step away yourself."
            ),
        )
        grid = QGridLayout()
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(5, 180)
        self.interval_spin.setValue(start.interval_minutes)
        self.interval_spin.setSuffix(self.tr(" minutes of sitting"))
        self.interval_spin.setAccessibleName(self.tr("Suggest a break after"))
        self.goal_spin = QSpinBox()
        self.goal_spin.setRange(1, 600)
        self.goal_spin.setValue(start.goal_minutes)
        self.goal_spin.setSuffix(self.tr(" minutes of movement a day"))
        self.goal_spin.setAccessibleName(self.tr("Daily goal"))
        for row, (caption, spin) in enumerate(
            (
                (self.tr("Suggest a &break after"), self.interval_spin),
                (self.tr("Daily &goal"), self.goal_spin),
            )
        ):
            label = QLabel(caption)
            label.setBuddy(spin)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
        layout.addLayout(grid)
        # The second kind of break, off unless chosen: a short cue in the corner.
        micro = self._settings.view.micro
        self.micro_box = QCheckBox(
            self.tr(
                "Also &micro-pauses: a {seconds}-second cue every {minutes} minutes "
                "to rest your eyes or loosen up"
            ).format(
                seconds=QLocale().toString(micro.duration_seconds),
                minutes=QLocale().toString(micro.interval_minutes),
            )
        )
        self.micro_box.setToolTip(
            self.tr(
                "A small note in the corner that closes by itself and never takes the keyboard."
            )
        )
        self.micro_box.setAccessibleName(self.tr("Micro-pauses"))
        self.micro_box.setChecked(start.micro_pauses)
        layout.addWidget(self.micro_box)
        layout.addStretch(1)
        return page

    def _help_page(self, start: SetupAnswers) -> QWizardPage:
        page, layout = self._page(
            self.tr("What would you like help with?"),
            self.tr(
                "This picks the stretches that come up; you can change them any time in "
                "Stretches…"
            ),
        )
        self.help_group = QButtonGroup(page)
        self.help_buttons: dict[str, QRadioButton] = {}
        current = next((key for key, _, pid in HELP_CHOICES if pid == start.program), "stiffness")
        for key, english, _ in HELP_CHOICES:
            text = self.tr(english)  # marked where HELP_CHOICES is written
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.setChecked(key == current)
            self.help_group.addButton(button)
            self.help_buttons[key] = button
            layout.addWidget(button)
        layout.addStretch(1)
        return page

    def _move_page(self, start: SetupAnswers) -> QWizardPage:
        page, layout = self._page(
            self.tr("Where can you move?"),
            self.tr(
                "Breaks during working hours stay at the desk or standing. Floor exercises "
                "(bridges, bird-dog, plank, hip flexor and Thomas stretches) go in a 5–10 minute "
                "daily routine you do at home."
            ),
        )
        self.space_group = QButtonGroup(page)
        self.space_buttons: dict[Space, QRadioButton] = {}
        for key, english in SPACE_CHOICES:
            text = self.tr(english)  # marked where SPACE_CHOICES is written
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.setChecked(key == start.space)
            self.space_group.addButton(button)
            self.space_buttons[key] = button
            layout.addWidget(button)
        row = QHBoxLayout()
        self.routine_box = QCheckBox(self.tr("&Remind me about my daily routine at"))
        self.routine_box.setChecked(start.routine_reminder)
        self.routine_time_edit = _time_edit(start.routine_time, self.tr("Routine reminder time"))
        self.routine_box.toggled.connect(self.routine_time_edit.setEnabled)
        self.routine_time_edit.setEnabled(start.routine_reminder)
        row.addWidget(self.routine_box)
        row.addWidget(self.routine_time_edit)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _login_page(self) -> QWizardPage:
        page, layout = self._page(
            self.tr("Start with your computer"),
            self.tr(
                "Standup Buddy can only remind you while it is running. With this on, it starts "
                "by itself each time you log in; you can turn it off in Settings."
            ),
        )
        self.login_box = QCheckBox(self.tr("Start Standup Buddy when I &log in"))
        self.login_box.setChecked(True)
        self.login_box.setAccessibleName(self.tr("Start Standup Buddy when I log in"))
        layout.addWidget(self.login_box)
        self.try_button = QPushButton(self.tr("&Try a break now"))
        self.try_button.setAccessibleName(self.tr("Try a break now"))
        self.try_button.setAutoDefault(False)
        self.try_button.clicked.connect(self._try)
        layout.addWidget(
            _heading(self.tr("See what a break looks like (it counts as a real one):"))
        )
        layout.addWidget(self.try_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _done_page(self, has_tray: bool) -> QWizardPage:
        if has_tray:
            where = self.tr(
                "Standup Buddy now lives in your system tray: look for its round icon near "
                "the clock. The ring on the icon fills up as you sit. Click it to see your "
                "Progress, or to open a break that is waiting; right-click it for the menu "
                "(Take a break now, Start my routine, Set up…, Settings…)."
            )
        else:
            where = self.tr(
                "This desktop has no system tray, so Standup Buddy shows a small status "
                "window instead. Its buttons take a break, open Progress and the rest; "
                "closing it keeps Standup Buddy running."
            )
        page, layout = self._page(self.tr("All set"), where)
        self.done_text = where
        layout.addStretch(1)
        return page

    # --- actions ------------------------------------------------------------------

    def answers(self) -> SetupAnswers:
        """What the pages say now."""
        help_key = next((k for k, b in self.help_buttons.items() if b.isChecked()), "stiffness")
        program = next(pid for key, _, pid in HELP_CHOICES if key == help_key)
        space: Space = next(
            (k for k, b in self.space_buttons.items() if b.isChecked()),
            "floor",
        )
        days = tuple(key for key, box in self.day_boxes.items() if box.isChecked())
        return SetupAnswers(
            work_days=days,
            start=_py_time(self.start_edit),
            end=_py_time(self.end_edit),
            interval_minutes=self.interval_spin.value(),
            goal_minutes=self.goal_spin.value(),
            program=program,
            space=space,
            start_at_login=self.login_box.isChecked(),
            routine_reminder=self.routine_box.isChecked(),
            routine_time=_py_time(self.routine_time_edit),
            micro_pauses=self.micro_box.isChecked(),
        )

    def _try(self) -> None:
        self._try_break()

    def _finish(self) -> None:
        answers = self.answers()
        settings, config = apply_answers(answers, self._settings, self._config, self._programs)
        self._apply(settings, config)
        if not self._autostart.set_enabled(answers.start_at_login):
            self.autostart_problem = self._autostart.last_problem
