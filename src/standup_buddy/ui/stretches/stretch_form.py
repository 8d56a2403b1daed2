"""The form for a stretch of the user's own: new, edited, or a copy of a built-in one.

Nothing is written until every field passes :func:`validate_stretch`; each
problem is shown under the field it belongs to. The form is a non-modal
dialog (``open()`` makes it window-modal without a nested event loop).
"""

from __future__ import annotations

import re
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from standup_buddy.core.figure import Animation, animation_to_dict
from standup_buddy.core.problem import Problem
from standup_buddy.core.stretch import (
    FOCUS_AREAS,
    MAX_CAUTION_CHARS,
    MAX_NAME_CHARS,
    MAX_STEP_CHARS,
    MAX_STEPS,
    PLACES,
    SIDES,
    Stretch,
    validate_stretch,
)
from standup_buddy.i18n.reasons import reason_words
from standup_buddy.services.rotation import RotationService, slugify
from standup_buddy.textfmt import QT_TRANSLATE_NOOP, TranslatedLabels
from standup_buddy.ui.figure_widget import FigureWidget
from standup_buddy.ui.stretches.length_spin import length_spin
from standup_buddy.ui.stretches.style import figure_palette, style_sheet
from standup_buddy.ui.stretches.words import (
    FOCUS_LABELS,
    PLACE_LABELS,
    SIDES_LABELS,
    animation_label,
    standard_caution,
)
from standup_buddy.ui.theme import Theme, is_dark, theme_for

FormMode = Literal["new", "edit", "duplicate"]
OWN_ANIMATION = "\x00own"
"""Combo data for "the animation this stretch brought with it" (never a valid id)."""

FIELD_LABELS = TranslatedLabels(
    "StretchForm",
    {
        "name": QT_TRANSLATE_NOOP("StretchForm", "Name"),
        "where": QT_TRANSLATE_NOOP("StretchForm", "Where"),
        "duration_seconds": QT_TRANSLATE_NOOP("StretchForm", "Length"),
        "sides": QT_TRANSLATE_NOOP("StretchForm", "Sides"),
        "focus": QT_TRANSLATE_NOOP("StretchForm", "Focus"),
        "steps": QT_TRANSLATE_NOOP("StretchForm", "Steps"),
        "caution": QT_TRANSLATE_NOOP("StretchForm", "Caution"),
        "animation": QT_TRANSLATE_NOOP("StretchForm", "Animation"),
    },
)
_FOCUS_COLUMNS = 3
_NEW_NAME = "My stretch"


_PALETTE_EVENTS = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)


def _field_root(field: str | None) -> str:
    root = re.split(r"[.\[]", field or "", maxsplit=1)[0]
    # The id is made from the name, so a problem with it is fixed in the name.
    return "name" if root == "id" else root


def friendly_problem(problem: Problem) -> str:
    """A problem phrased for the form, next to its field."""
    field = problem.field or ""
    reason = problem.reason
    if field == "focus" and reason.startswith("must be a non-empty list"):
        return QCoreApplication.translate("StretchForm", "Choose at least one area.")
    if field == "steps" and reason.startswith("must be a list"):
        return QCoreApplication.translate(
            "StretchForm", "Write 1–{most} steps, one per line."
        ).format(most=QLocale().toString(MAX_STEPS))
    said = reason_words(reason)
    if not field:
        return said  # about the whole form, already a sentence ("The file could not be saved: …")
    if match := re.fullmatch(r"steps\[(\d+)\]", field):
        return QCoreApplication.translate("StretchForm", "Step {number} {reason}.").format(
            number=QLocale().toString(int(match.group(1)) + 1), reason=said
        )
    root = _field_root(field)
    if root in FIELD_LABELS:
        # The reason says what is wrong with the field: "Name must not be empty."
        return QCoreApplication.translate("StretchForm", "{field} {reason}.").format(
            field=FIELD_LABELS[root], reason=said
        )
    return QCoreApplication.translate("StretchForm", "This {reason}.").format(reason=said)


class StretchForm(QDialog):
    """Edit the fields of a user stretch; ``saved`` carries the stretch once it is written."""

    saved = Signal(object)

    def __init__(
        self,
        service: RotationService,
        *,
        mode: FormMode = "new",
        original: Stretch | None = None,
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if mode != "new" and original is None:
            raise ValueError(f"a {mode} form needs the stretch it starts from")
        self._service = service
        self._catalog = service.catalog
        self._mode: FormMode = mode
        self._original = original
        self._tried = False
        self._saved_stretch: Stretch | None = None
        self._theme: Theme = theme_for()
        titles = {
            "new": self.tr("New stretch"),
            "edit": self.tr("Edit stretch"),
            "duplicate": self.tr("Your own copy"),
        }
        self.setWindowTitle(
            self.tr("Standup Buddy: Stretches — {title}").format(title=titles[mode])
        )
        self.setObjectName("stretchform")
        self._build(reduced_motion)
        self._fill(original)
        self._apply_theme()
        self._update_file_hint()
        self._update_preview()
        self.resize(820, 780)

    # --- public API -------------------------------------------------------------

    @property
    def mode(self) -> FormMode:
        """Whether this makes a new stretch, edits one, or copies a built-in one."""
        return self._mode

    @property
    def original(self) -> Stretch | None:
        """The stretch the form started from."""
        return self._original

    def saved_stretch(self) -> Stretch | None:
        """The stretch written by the last successful save."""
        return self._saved_stretch

    def stretch_id(self) -> str:
        """The id the stretch is saved under (made from the name for a new one)."""
        if self._mode == "edit" and self._original is not None:
            return self._original.id
        base = slugify(self.name_edit.text()) or "my-stretch"
        taken = set(self._catalog.ids)
        candidate, number = base, 2
        while candidate in taken or self._service.user_stretch_exists(candidate):
            candidate = f"{base}-{number}"
            number += 1
        return candidate

    def data(self) -> dict[str, object]:
        """The stretch as JSON-ready data, exactly as it would be checked and saved."""
        steps = [line.strip() for line in self.steps_edit.toPlainText().splitlines()]
        animation: object = self.animation_combo.currentData()
        if animation == OWN_ANIMATION and self._original is not None:
            own = self._original.animation
            animation = animation_to_dict(own) if isinstance(own, Animation) else own
        return {
            "id": self.stretch_id(),
            "name": self.name_edit.text().strip(),
            "focus": [area for area in FOCUS_AREAS if self.focus_boxes[area].isChecked()],
            "where": self.where_combo.currentData(),
            "duration_seconds": self.duration_spin.value(),
            "sides": self.sides_combo.currentData(),
            "steps": [step for step in steps if step],
            "caution": self.caution_edit.toPlainText().strip(),
            "animation": animation,
        }

    def check(self) -> tuple[Stretch | None, list[Problem]]:
        """Validate the fields and show every problem next to its field."""
        stretch, problems = validate_stretch(
            self.data(),
            known_animations=self._catalog.animations,
            builtin_ids=self._catalog.builtin_ids,
            origin="form",
            source="user",
        )
        self._show_problems(problems)
        return stretch, problems

    def problems_shown(self) -> dict[str, str]:
        """The problem text under each field (only fields that have one)."""
        return {field: label.text() for field, label in self.problem_labels.items() if label.text()}

    def save(self) -> bool:
        """Check, write the file and close; False (and problems shown) when anything is wrong."""
        self._tried = True
        stretch, problems = self.check()
        if stretch is None or problems:
            self._focus_first_problem()
            return False
        if not self._service.save_user_stretch(stretch):
            problem = self.tr("The file could not be saved: {problem}").format(
                problem=self._service.last_problem
            )
            self._show_problems([Problem("form", None, problem)])
            return False
        self._saved_stretch = stretch
        self.saved.emit(stretch)
        self.accept()
        return True

    # --- building -----------------------------------------------------------------

    def _problem_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName("problem")
        label.setWordWrap(True)
        label.setAccessibleName(
            self.tr("Problem with: {field}").format(field=FIELD_LABELS.get(field, field))
        )
        label.hide()
        self.problem_labels[field] = label
        return label

    @staticmethod
    def _caption(text: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text)
        label.setObjectName("fieldlabel")
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    def _build(self, reduced_motion: bool) -> None:
        self.problem_labels: dict[str, QLabel] = {}

        self.general_problem = self._problem_label("")
        self.general_problem.setAccessibleName(self.tr("Problem"))

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("What the break card calls it"))
        self.name_edit.setMaxLength(MAX_NAME_CHARS + 20)
        self.name_edit.textChanged.connect(self._update_file_hint)
        self.file_hint = QLabel()
        self.file_hint.setObjectName("hint")
        self.file_hint.setAccessibleName(self.tr("File name"))

        self.where_combo = QComboBox()
        self.where_combo.setAccessibleName(self.tr("Where"))
        for place in PLACES:
            self.where_combo.addItem(PLACE_LABELS[place], place)
        self.sides_combo = QComboBox()
        self.sides_combo.setAccessibleName(self.tr("Sides"))
        for sides in SIDES:
            self.sides_combo.addItem(SIDES_LABELS[sides], sides)
        self.sides_combo.currentIndexChanged.connect(self._update_length_hint)
        self.duration_spin = length_spin(90)
        self.length_hint = QLabel()
        self.length_hint.setObjectName("hint")

        self.focus_box = QWidget()
        self.focus_box.setAccessibleName(self.tr("Focus areas"))
        focus_grid = QGridLayout(self.focus_box)
        focus_grid.setContentsMargins(0, 0, 0, 0)
        focus_grid.setHorizontalSpacing(18)
        focus_grid.setVerticalSpacing(4)
        self.focus_boxes: dict[str, QCheckBox] = {}
        rows = -(-len(FOCUS_AREAS) // _FOCUS_COLUMNS)
        for index, area in enumerate(FOCUS_AREAS):
            box = QCheckBox(FOCUS_LABELS[area])
            box.setAccessibleName(self.tr("Focus: {area}").format(area=FOCUS_LABELS[area]))
            box.toggled.connect(self._revalidate)
            focus_grid.addWidget(box, index % rows, index // rows)
            self.focus_boxes[area] = box

        self.steps_edit = QPlainTextEdit()
        self.steps_edit.setAccessibleName(self.tr("Steps, one per line"))
        self.steps_edit.setPlaceholderText(self.tr("One short step per line"))
        self.steps_edit.setTabChangesFocus(True)
        self.steps_edit.setMinimumHeight(120)
        self.caution_edit = QPlainTextEdit()
        self.caution_edit.setAccessibleName(self.tr("Caution"))
        self.caution_edit.setTabChangesFocus(True)
        self.caution_edit.setFixedHeight(84)

        self.animation_combo = QComboBox()
        self.animation_combo.setAccessibleName(self.tr("Animation"))
        for animation_id in sorted(self._catalog.animations, key=animation_label):
            self.animation_combo.addItem(animation_label(animation_id), animation_id)
        self.animation_combo.currentIndexChanged.connect(self._update_preview)
        self.figure = FigureWidget()
        self.figure.setFixedSize(150, 150)
        self.figure.set_reduced_motion(reduced_motion)
        self.figure.setAccessibleName(self.tr("Animation preview"))
        figure_frame = QFrame()
        figure_frame.setObjectName("figureframe")
        figure_layout = QVBoxLayout(figure_frame)
        figure_layout.setContentsMargins(6, 6, 6, 6)
        figure_layout.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignCenter)

        for edit in (self.name_edit,):
            edit.textChanged.connect(self._revalidate)
        for text_edit in (self.steps_edit, self.caution_edit):
            text_edit.textChanged.connect(self._revalidate)
        for combo in (self.where_combo, self.sides_combo, self.animation_combo):
            combo.currentIndexChanged.connect(self._revalidate)
        self.duration_spin.valueChanged.connect(self._revalidate)

        form = QVBoxLayout()
        form.setSpacing(5)

        def field(caption: str, widget: QWidget, key: str, hint: QLabel | None = None) -> None:
            form.addWidget(self._caption(caption, widget))
            form.addWidget(widget)
            if hint is not None:
                form.addWidget(hint)
            form.addWidget(self._problem_label(key))
            form.addSpacing(8)

        field("Name", self.name_edit, "name", self.file_hint)

        basics = QGridLayout()
        basics.setHorizontalSpacing(14)
        basics.setVerticalSpacing(4)
        basics.addWidget(self._caption("Where", self.where_combo), 0, 0)
        basics.addWidget(self._caption("Done", self.sides_combo), 0, 1)
        basics.addWidget(self._caption("Length", self.duration_spin), 0, 2)
        basics.addWidget(self.where_combo, 1, 0)
        basics.addWidget(self.sides_combo, 1, 1)
        length_row = QHBoxLayout()
        length_row.setSpacing(6)
        length_row.addWidget(self.duration_spin)
        length_row.addWidget(self.length_hint)
        basics.addLayout(length_row, 1, 2)
        basics.setColumnStretch(0, 1)
        basics.setColumnStretch(1, 1)
        basics.setColumnStretch(2, 1)
        form.addLayout(basics)
        for key in ("where", "sides", "duration_seconds"):
            form.addWidget(self._problem_label(key))
        form.addSpacing(8)

        form.addWidget(self._caption("Focus (up to 5)"))
        form.addWidget(self.focus_box)
        form.addWidget(self._problem_label("focus"))
        form.addSpacing(8)
        steps_hint = QLabel(
            self.tr("Up to {steps} steps, one per line, each at most {chars} characters.").format(
                steps=MAX_STEPS, chars=MAX_STEP_CHARS)
        )
        steps_hint.setObjectName("hint")
        field("Steps", self.steps_edit, "steps", steps_hint)
        caution_hint = QLabel(
            self.tr(
                "Every stretch carries a caution; keep the careful wording and add your own notes."
            )
        )
        caution_hint.setObjectName("hint")
        caution_hint.setWordWrap(True)
        field("Caution", self.caution_edit, "caution", caution_hint)

        side = QVBoxLayout()
        side.setSpacing(4)
        side.addWidget(self._caption("Animation", self.animation_combo))
        side.addWidget(self.animation_combo)
        side.addSpacing(6)
        side.addWidget(figure_frame, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self._problem_label("animation"))
        side.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(form, 1)
        body.addLayout(side, 0)

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save stretch"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save stretch"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        card = QFrame()
        card.setObjectName("panel")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(22, 18, 22, 18)
        card_layout.setSpacing(8)
        card_layout.addWidget(self.general_problem)
        card_layout.addLayout(body, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 14)
        outer.setSpacing(12)
        outer.addWidget(card, 1)
        outer.addLayout(buttons)

    def _fill(self, original: Stretch | None) -> None:
        if original is None:
            self.name_edit.setText(_NEW_NAME)
            self.where_combo.setCurrentIndex(PLACES.index("desk"))
            self.duration_spin.setValue(30)
            self.caution_edit.setPlainText(standard_caution())
            index = self.animation_combo.findData("posture-reset")
            self.animation_combo.setCurrentIndex(max(0, index))
            self._update_length_hint()
            return
        name = original.name
        if self._mode == "duplicate":
            suffix = " (my version)"
            name = original.name[: MAX_NAME_CHARS - len(suffix)].rstrip() + suffix
        self.name_edit.setText(name)
        self.where_combo.setCurrentIndex(max(0, self.where_combo.findData(original.where)))
        self.sides_combo.setCurrentIndex(max(0, self.sides_combo.findData(original.sides)))
        self.duration_spin.setValue(original.duration_seconds)
        for area, box in self.focus_boxes.items():
            box.setChecked(area in original.focus)
        self.steps_edit.setPlainText("\n".join(original.steps))
        self.caution_edit.setPlainText(original.caution[:MAX_CAUTION_CHARS])
        if isinstance(original.animation, Animation):
            self.animation_combo.insertItem(0, self.tr("Its own animation"), OWN_ANIMATION)
            self.animation_combo.setCurrentIndex(0)
        else:
            self.animation_combo.setCurrentIndex(
                max(0, self.animation_combo.findData(original.animation))
            )
        self._update_length_hint()

    # --- reactions ------------------------------------------------------------------

    def _update_file_hint(self) -> None:
        self.file_hint.setText(
            self.tr("Saved in your stretches folder as {file}").format(
                file=f"{self.stretch_id()}.json")
        )

    def _update_length_hint(self) -> None:
        both = self.sides_combo.currentData() == "both"
        self.length_hint.setText(self.tr("per side") if both else "")

    def _update_preview(self) -> None:
        data = self.animation_combo.currentData()
        animation: Animation | None
        if data == OWN_ANIMATION and self._original is not None:
            animation = self._catalog.animation_for(self._original)
        else:
            animation = self._catalog.animations.get(str(data))
        self.figure.set_animation(animation)

    def _revalidate(self) -> None:
        # Quiet until the first save: problems appear once the user asks to save,
        # then clear as soon as each is fixed.
        if self._tried:
            self.check()

    def _show_problems(self, problems: list[Problem]) -> None:
        grouped: dict[str, list[str]] = {}
        for problem in problems:
            key = _field_root(problem.field)
            if key not in self.problem_labels or not key:
                key = ""
            grouped.setdefault(key, []).append(friendly_problem(problem))
        for key, label in self.problem_labels.items():
            text = "\n".join(dict.fromkeys(grouped.get(key, [])))
            label.setText(text)
            label.setVisible(bool(text))

    def _focus_first_problem(self) -> None:
        widgets: dict[str, QWidget] = {
            "name": self.name_edit,
            "where": self.where_combo,
            "sides": self.sides_combo,
            "duration_seconds": self.duration_spin,
            "focus": self.focus_boxes[FOCUS_AREAS[0]],
            "steps": self.steps_edit,
            "caution": self.caution_edit,
            "animation": self.animation_combo,
        }
        for key, widget in widgets.items():
            if self.problem_labels[key].text():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # --- theme ----------------------------------------------------------------------

    def _apply_theme(self) -> None:
        theme = self._theme = theme_for()
        self.setStyleSheet(style_sheet(theme))
        self.figure.setPalette(figure_palette(theme, self.figure.palette()))

    def event(self, event: QEvent) -> bool:
        # Qt hands ApplicationPaletteChange to event() but not to changeEvent().
        # Only the desktop switching light/dark re-themes; the style sheet itself
        # changes palettes, and the check below keeps that from looping back.
        theme: Theme | None = getattr(self, "_theme", None)  # None while constructing
        if theme is not None and event.type() in _PALETTE_EVENTS and is_dark() != theme.dark:
            self._apply_theme()
        return super().event(event)
