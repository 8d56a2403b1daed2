"""The three panels of the Stretches window, built here and wired by the editor.

``ProgramBar`` holds the program, the order and the filters; ``ListPanel`` the
rotation list and its move buttons; ``DetailsPanel`` the preview of the
selected stretch with its length, weight and actions. They only lay out
controls: what a control does is decided in :mod:`.editor`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from standup_buddy.core.rotation import SPACES, WEIGHT_BOUNDS
from standup_buddy.core.stretch import FOCUS_AREAS, PLACES
from standup_buddy.ui.stretches.length_spin import length_spin
from standup_buddy.ui.stretches.preview import StretchPreview
from standup_buddy.ui.stretches.rotation_list import RotationList
from standup_buddy.ui.stretches.words import (
    FOCUS_LABELS,
    PLACE_LABELS,
    PLACE_SHORT,
    SPACE_LABELS,
    STRATEGY_LABELS,
)


def section(text: str) -> QLabel:
    """A small, spaced, upper-case heading."""
    label = QLabel(text.upper())
    label.setObjectName("section")
    return label


def push_button(text: str, accessible: str, tip: str = "") -> QPushButton:
    """A button reachable by Tab, with a name for screen readers and a tooltip."""
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setToolTip(tip or accessible)
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


def rule() -> QFrame:
    """A thin horizontal line between parts of a panel."""
    line = QFrame()
    line.setObjectName("rule")
    line.setFixedHeight(1)
    return line


class ProgramBar(QFrame):
    """Program picker, order, and the where / focus / floor filters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.program_combo = QComboBox()
        self.program_combo.setAccessibleName(self.tr("Program"))
        self.program_combo.setToolTip(self.tr("A ready-made set of stretches, or one you saved"))
        self.program_combo.setMinimumWidth(190)
        self.program_description = QLabel()
        self.program_description.setObjectName("description")
        self.program_description.setWordWrap(True)
        self.program_description.setAccessibleName(self.tr("About this program"))
        self.save_program_button = push_button(
            self.tr("Save as my program…"),
            self.tr("Save as my program"),
            self.tr("Keep this rotation under a name"),
        )
        self.delete_program_button = push_button(
            self.tr("Delete program"),
            self.tr("Delete my program"),
            self.tr("Remove this program of yours"),
        )
        self.delete_program_button.setObjectName("quiet")
        self.strategy_combo = QComboBox()
        self.strategy_combo.setAccessibleName(self.tr("Order of stretches"))
        for strategy, label in STRATEGY_LABELS.items():
            self.strategy_combo.addItem(label, strategy)
        self.strategy_combo.setToolTip(
            self.tr(
                "In order goes round the list; shuffled shows each stretch once before repeating"
            )
        )

        program_label = QLabel(self.tr("Program"))
        program_label.setObjectName("fieldlabel")
        program_label.setBuddy(self.program_combo)
        order_label = QLabel(self.tr("Order"))
        order_label.setObjectName("fieldlabel")
        order_label.setBuddy(self.strategy_combo)
        program_row = QHBoxLayout()
        program_row.setSpacing(10)
        program_row.addWidget(program_label)
        program_row.addWidget(self.program_combo)
        program_row.addWidget(self.save_program_button)
        program_row.addWidget(self.delete_program_button)
        program_row.addStretch(1)
        program_row.addWidget(order_label)
        program_row.addWidget(self.strategy_combo)

        # Filters.
        self.where_buttons: dict[str, QToolButton] = {}
        where_row = QHBoxLayout()
        where_row.setSpacing(6)
        where_label = QLabel(self.tr("Breaks may use"))
        where_label.setObjectName("fieldlabel")
        where_row.addWidget(where_label)
        for place in PLACES:
            chip = QToolButton()
            chip.setObjectName("chip")
            chip.setText(PLACE_SHORT[place])
            chip.setCheckable(True)
            chip.setAccessibleName(
                self.tr("Use stretches: {place}").format(place=PLACE_LABELS[place])
            )
            chip.setToolTip(
                self.tr("Let breaks use stretches done here: {place}").format(
                    place=PLACE_LABELS[place]
                )
            )
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            where_row.addWidget(chip)
            self.where_buttons[place] = chip
        where_row.addSpacing(14)
        self.focus_button = QToolButton()
        self.focus_button.setObjectName("focusmenu")
        self.focus_button.setAccessibleName(self.tr("Focus filter"))
        self.focus_button.setToolTip(self.tr("Only stretches that work on these areas"))
        self.focus_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.focus_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.focus_menu = QMenu(self.focus_button)
        self.focus_menu.setAccessibleName(self.tr("Focus areas"))
        self.focus_any_action = QAction(self.tr("Any area"), self.focus_menu)
        self.focus_any_action.setCheckable(True)
        self.focus_menu.addAction(self.focus_any_action)
        self.focus_menu.addSeparator()
        self.focus_actions: dict[str, QAction] = {}
        for area in FOCUS_AREAS:
            action = QAction(FOCUS_LABELS[area], self.focus_menu)
            action.setCheckable(True)
            self.focus_menu.addAction(action)
            self.focus_actions[area] = action
        self.focus_button.setMenu(self.focus_menu)
        where_row.addWidget(self.focus_button)
        where_row.addSpacing(14)
        # Where the user said they can move (the set-up asks the same): floor work
        # exists only with floor space, so the floor rule is offered only then.
        self.space_combo = QComboBox()
        for space in SPACES:
            self.space_combo.addItem(SPACE_LABELS[space], space)
        self.space_combo.setAccessibleName(self.tr("Where I can move"))
        self.space_combo.setToolTip(
            self.tr("What the breaks may ask of you: seated, standing or floor")
        )
        where_row.addWidget(self.space_combo)
        self.floor_box = QCheckBox(self.tr("Floor exercises only outside working hours"))
        self.floor_box.setAccessibleName(self.tr("Floor exercises only outside working hours"))
        self.floor_box.setToolTip(self.tr("Few offices have floor space: keep floor work for home"))
        where_row.addWidget(self.floor_box)
        where_row.addStretch(1)

        top_layout = QVBoxLayout(self)
        top_layout.setContentsMargins(18, 14, 18, 14)
        top_layout.setSpacing(8)
        top_layout.addLayout(program_row)
        top_layout.addWidget(self.program_description)
        top_layout.addSpacing(2)
        top_layout.addWidget(rule())
        top_layout.addSpacing(2)
        top_layout.addLayout(where_row)


class ListPanel(QFrame):
    """The rotation list with its count, hint and move / new buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.rotation_list = RotationList()
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.setAccessibleName(self.tr("How many stretches are on"))
        self.up_button = QToolButton()
        self.up_button.setObjectName("move")
        self.up_button.setText(self.tr("↑  Up"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move the selected stretch up (Ctrl+Up)"))
        self.down_button = QToolButton()
        self.down_button.setObjectName("move")
        self.down_button.setText(self.tr("↓  Down"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move the selected stretch down (Ctrl+Down)"))
        for button in (self.up_button, self.down_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.new_button = push_button(
            self.tr("New stretch…"), self.tr("New stretch"), self.tr("Make a stretch of your own")
        )
        list_header = QHBoxLayout()
        list_header.addWidget(section(self.tr("Your rotation")))
        list_header.addStretch(1)
        list_header.addWidget(self.count_label)
        list_hint = QLabel(
            self.tr("Ticked stretches come up in breaks, top to bottom; drag to reorder.")
        )
        list_hint.setObjectName("hint")
        list_hint.setWordWrap(True)
        list_footer = QHBoxLayout()
        list_footer.setSpacing(6)
        list_footer.addWidget(self.up_button)
        list_footer.addWidget(self.down_button)
        list_footer.addStretch(1)
        list_footer.addWidget(self.new_button)
        left_layout = QVBoxLayout(self)
        left_layout.setContentsMargins(14, 14, 14, 12)
        left_layout.setSpacing(6)
        left_layout.addLayout(list_header)
        left_layout.addWidget(list_hint)
        left_layout.addWidget(self.rotation_list, 1)
        left_layout.addLayout(list_footer)


class DetailsPanel(QFrame):
    """The selected stretch: its preview, its length and weight, and what can be done with it."""

    def __init__(self, reduced_motion: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.preview = StretchPreview(reduced_motion)
        preview_scroll = QScrollArea()
        preview_scroll.setWidget(self.preview)
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setFrameShape(QFrame.Shape.NoFrame)
        preview_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        preview_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.duration_box = QCheckBox(self.tr("Own length"))
        self.duration_box.setAccessibleName(self.tr("Use my own length for this stretch"))
        self.duration_box.setToolTip(self.tr("Hold this stretch for a length of your choosing"))
        self.duration_spin = length_spin(86)
        self.duration_hint = QLabel()
        self.duration_hint.setObjectName("hint")
        self.weight_spin = QDoubleSpinBox()
        self.weight_spin.setAccessibleName(self.tr("Weight when shuffled"))
        self.weight_spin.setRange(*WEIGHT_BOUNDS)
        self.weight_spin.setSingleStep(0.5)
        self.weight_spin.setDecimals(1)
        self.weight_spin.setMinimumWidth(76)
        self.weight_spin.setToolTip(
            self.tr("When shuffled, heavier stretches tend to come up earlier in each round")
        )
        weight_label = QLabel(self.tr("Weight when shuffled"))
        weight_label.setBuddy(self.weight_spin)
        self.weight_label = weight_label
        tuning = QHBoxLayout()
        tuning.setSpacing(8)
        tuning.addWidget(self.duration_box)
        tuning.addWidget(self.duration_spin)
        tuning.addWidget(self.duration_hint)
        tuning.addStretch(1)
        tuning.addWidget(weight_label)
        tuning.addWidget(self.weight_spin)

        self.edit_button = push_button(
            self.tr("Edit…"), self.tr("Edit stretch"), self.tr("Change this stretch of yours")
        )
        self.duplicate_button = push_button(
            self.tr("Duplicate as my own…"),
            self.tr("Duplicate as my own"),
            self.tr("Make your own copy of this stretch to change"),
        )
        self.delete_button = push_button(
            self.tr("Delete…"), self.tr("Delete stretch"), self.tr("Delete this stretch of yours")
        )
        self.delete_button.setObjectName("quiet")
        self.readonly_hint = QLabel(
            self.tr("Built-in stretches stay as they are; copy one to change it.")
        )
        self.readonly_hint.setObjectName("hint")
        self.readonly_hint.setWordWrap(True)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.duplicate_button)
        actions.addWidget(self.readonly_hint, 1)
        actions.addWidget(self.delete_button)

        right_layout = QVBoxLayout(self)
        right_layout.setContentsMargins(20, 16, 20, 14)
        right_layout.setSpacing(10)
        right_layout.addWidget(section(self.tr("Preview")))
        right_layout.addWidget(preview_scroll, 1)
        right_layout.addWidget(rule())
        right_layout.addWidget(section(self.tr("In your breaks")))
        right_layout.addLayout(tuning)
        right_layout.addSpacing(4)
        right_layout.addLayout(actions)
