"""The selected stretch as the break card will show it: figure, steps and caution."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from standup_buddy.core.figure import Animation
from standup_buddy.core.stretch import MAX_STEPS, Stretch
from standup_buddy.ui.caution_box import caution_box
from standup_buddy.ui.figure_widget import FigureWidget
from standup_buddy.ui.stretches.words import meta_line


class StretchPreview(QWidget):
    """A live, animated preview of one stretch with its steps and its caution."""

    def __init__(self, reduced_motion: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Selected stretch"))
        self.figure = FigureWidget()
        self.figure.setFixedSize(196, 196)
        self.figure.set_reduced_motion(reduced_motion)
        figure_frame = QFrame()
        figure_frame.setObjectName("figureframe")
        figure_layout = QVBoxLayout(figure_frame)
        figure_layout.setContentsMargins(8, 8, 8, 8)
        figure_layout.addWidget(self.figure)
        self.figure_frame = figure_frame

        self.badge = QLabel()
        self.badge.setObjectName("badge")
        self.badge.setAccessibleName(self.tr("Built-in or yours"))
        self.name_label = QLabel()
        self.name_label.setObjectName("name")
        self.name_label.setWordWrap(True)
        self.name_label.setAccessibleName(self.tr("Stretch name"))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label = QLabel()
        self.meta_label.setObjectName("meta")
        self.meta_label.setWordWrap(True)
        self.meta_label.setAccessibleName(self.tr("Where, what for and how long"))
        self.status_label = QLabel()
        self.status_label.setObjectName("rowstatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("In breaks"))

        self.steps_box = QWidget()
        self.steps_box.setAccessibleName(self.tr("Steps"))
        steps_layout = QVBoxLayout(self.steps_box)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.setSpacing(7)
        self._step_rows: list[tuple[QWidget, QLabel]] = []
        for number in range(1, MAX_STEPS + 1):
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.setSpacing(10)
            bullet = QLabel(str(number))
            bullet.setObjectName("stepnum")
            bullet.setAlignment(Qt.AlignmentFlag.AlignCenter)
            bullet.setFixedSize(22, 22)
            text = QLabel()
            text.setObjectName("step")
            text.setWordWrap(True)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            row_layout.addWidget(bullet, 0, Qt.AlignmentFlag.AlignTop)
            row_layout.addWidget(text, 1)
            steps_layout.addWidget(row)
            self._step_rows.append((row, text))

        self.caution_frame, self.caution_label = caution_box(9)

        badge_row = QHBoxLayout()
        badge_row.addWidget(self.name_label, 1)
        badge_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        steps_column = QVBoxLayout()
        steps_column.addWidget(self.steps_box)
        steps_column.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(figure_frame, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(steps_column, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(4)
        layout.addLayout(badge_row)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.status_label)
        layout.addSpacing(10)
        layout.addLayout(body)
        layout.addSpacing(12)
        layout.addWidget(self.caution_frame)
        layout.addStretch(1)
        self._stretch: Stretch | None = None

    def stretch(self) -> Stretch | None:
        """The stretch shown."""
        return self._stretch

    def steps(self) -> list[str]:
        """The steps as shown."""
        return [text.text() for row, text in self._step_rows if not row.isHidden()]

    def set_reduced_motion(self, reduced: bool) -> None:
        """Show a still figure instead of the animation."""
        self.figure.set_reduced_motion(reduced)

    def set_stretch(
        self,
        stretch: Stretch | None,
        animation: Animation | None,
        seconds: int | None = None,
        status: str = "",
    ) -> None:
        """Show ``stretch`` (None clears the preview) at ``seconds`` per side."""
        self._stretch = stretch
        if stretch is None:
            self.figure.set_animation(None)
            self.name_label.setText(self.tr("No stretch selected"))
            for label in (self.badge, self.meta_label, self.status_label):
                label.clear()
            self.badge.hide()
            for row, _ in self._step_rows:
                row.hide()
            self.caution_frame.hide()
            return
        if self.figure.animation() is not animation:
            self.figure.set_animation(animation)
        self.badge.setText(self.tr("Built-in") if stretch.source == "builtin" else self.tr("Yours"))
        self.badge.setProperty("mine", stretch.source != "builtin")
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)
        self.badge.show()
        self.name_label.setText(stretch.name)
        self.meta_label.setText(meta_line(stretch, seconds))
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))
        for index, (row, text) in enumerate(self._step_rows):
            if index < len(stretch.steps):
                text.setText(stretch.steps[index])
                row.show()
            else:
                row.hide()
        self.caution_label.setText(stretch.caution)
        self.caution_frame.show()
