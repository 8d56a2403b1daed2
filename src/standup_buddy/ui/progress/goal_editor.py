"""The goal editor: metric and daily target, taking effect today."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from standup_buddy.core.model import GoalMetric, GoalSetting
from standup_buddy.settings.schema import SCHEMA_BY_KEY
from standup_buddy.ui.progress.figures import METRIC_NAMES, SUGGESTED_TARGETS


def _target_bounds() -> tuple[int, int]:
    # The bounds are the schema's metadata, looked up by name; no value is read here.
    setting = SCHEMA_BY_KEY["goal.daily_target"]
    low, high = setting.minimum, setting.maximum
    assert isinstance(low, int) and isinstance(high, int)
    return low, high


class GoalEditor(QWidget):
    """``Daily goal: [Movement minutes] [30] [Set goal]``; emits ``goal_requested``."""

    #: (GoalMetric, target): the user asked for this goal from today on.
    goal_requested = Signal(object, int)

    def __init__(self, current: GoalSetting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The goal the settings give until ``set_current`` says which is in force
        # today: passed in, so no default goal is written here beside the schema's.
        self._current = current
        self.metric_box = QComboBox()
        self.metric_box.setAccessibleName(self.tr("Goal counts"))
        # Labels of their own, not the sentence words capitalised: a language
        # may capitalise a list entry differently from a word in a sentence.
        labels = {
            GoalMetric.MOVEMENT_MINUTES: self.tr("Movement minutes"),
            GoalMetric.BREAKS: self.tr("Breaks"),
            GoalMetric.ACTIVE_HOURS: self.tr("Active hours"),
        }
        for metric in METRIC_NAMES:
            self.metric_box.addItem(labels.get(metric, metric.value), metric.value)
        self.target_box = QSpinBox()
        self.target_box.setAccessibleName(self.tr("Daily target"))
        self.target_box.setRange(*_target_bounds())
        self.apply_button = QPushButton(self.tr("Set goal"))
        self.apply_button.setToolTip(
            self.tr("Takes effect today; past days keep the goal they had.")
        )
        label = QLabel(self.tr("Daily goal:"))
        label.setBuddy(self.metric_box)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.metric_box)
        layout.addWidget(self.target_box)
        layout.addWidget(self.apply_button)

        self.metric_box.activated.connect(self._metric_changed)
        self.target_box.valueChanged.connect(lambda _v: self._update_button())
        self.apply_button.clicked.connect(self.apply)
        self._update_button()

    def chosen_metric(self) -> GoalMetric:
        """The metric chosen in the editor."""
        return GoalMetric(self.metric_box.currentData())

    def set_current(self, goal: GoalSetting) -> None:
        """Show the goal in force today."""
        self._current = goal
        self.metric_box.setCurrentIndex(self.metric_box.findData(goal.metric.value))
        self.target_box.setValue(goal.target)
        self._update_button()

    def choose(self, metric: GoalMetric, target: int) -> None:
        """Fill the editor as a user would (tests, keyboard)."""
        self.metric_box.setCurrentIndex(self.metric_box.findData(metric.value))
        self.target_box.setValue(target)
        self._update_button()

    def apply(self) -> None:
        """Ask for the edited goal, if it differs from today's."""
        metric, target = self.chosen_metric(), self.target_box.value()
        if (metric, target) == (self._current.metric, self._current.target):
            return
        self.goal_requested.emit(metric, target)

    def _metric_changed(self, index: int) -> None:
        metric = GoalMetric(self.metric_box.itemData(index))
        unit_target = (
            self._current.target if metric is self._current.metric else SUGGESTED_TARGETS[metric]
        )
        self.target_box.setValue(unit_target)
        self._update_button()

    def _update_button(self) -> None:
        changed = (self.chosen_metric(), self.target_box.value()) != (
            self._current.metric,
            self._current.target,
        )
        self.apply_button.setEnabled(changed)
