"""The optional daily symptom check-in: "How are your hip, back and leg today?" (0-10).

Off by default (``checkin.enabled``).  Answers stay in the local history
database and, when a sync folder is set, go to the user's other computers
through it (``storage/checkins.py``); nothing is sent anywhere else.  It is a
personal log to set against sitting time, not a diagnosis.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from standup_buddy.services.history import CheckIn, HistoryService
from standup_buddy.textfmt import QT_TRANSLATE_NOOP, plural
from standup_buddy.ui.progress.source import system_offset

QUESTION = QT_TRANSLATE_NOOP("CheckInWidget", "How are your hip, back and leg today?")

#: (parent, title, question) -> True when the user said yes.  Tests pass their own.
Confirm = Callable[[QWidget, str, str], bool]


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    """A modal yes/no question, No by default."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class CheckInWidget(QGroupBox):
    """Score slider, optional note, Save, and "Delete all check-ins"."""

    #: A check-in was saved or all were deleted.
    changed = Signal()

    def __init__(
        self,
        store: HistoryService,
        today: Callable[[], dt.date],
        now: Callable[[], float],
        confirm: Confirm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Daily check-in"))
        self._store = store
        self._today = today
        self._now = now
        self._confirm = confirm or ask_yes_no

        question = QLabel(self.tr(QUESTION))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickInterval(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(self.tr(QUESTION))
        self.slider.setAccessibleDescription(self.tr("0 means no pain or stiffness, 10 the worst."))
        question.setBuddy(self.slider)
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("10 / 10  "))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional note"))
        self.note.setAccessibleName(self.tr("Check-in note"))
        self.note.setMaxLength(500)
        self.save_button = QPushButton(self.tr("Save check-in"))
        self.delete_button = QPushButton(self.tr("Delete all check-ins…"))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        privacy = QLabel(
            self.tr(
                "Kept on this computer and, through your sync folder, your other computers, "
                "for your own record; never sent anywhere else."
            )
            if getattr(store, "synced", False)
            else self.tr("Kept only on this computer, for your own record; never sent anywhere.")
        )
        privacy.setWordWrap(True)
        privacy.setEnabled(False)

        scale = QHBoxLayout()
        scale.addWidget(QLabel(self.tr("0 none")))
        scale.addWidget(self.slider, 1)
        scale.addWidget(QLabel(self.tr("10 worst")))
        scale.addWidget(self.value_label)
        actions = QHBoxLayout()
        actions.addWidget(self.note, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(scale)
        layout.addLayout(actions)
        layout.addWidget(self.state_label)
        layout.addWidget(privacy)

        self.slider.valueChanged.connect(self._show_value)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_all)
        self.refresh()

    def _show_value(self, value: int) -> None:
        self.value_label.setText(f"{QLocale().toString(value)} / {QLocale().toString(10)}")

    def refresh(self) -> None:
        """Show today's saved answer, if any."""
        today = self._today()
        saved = self._store.checkin_on(today)
        if saved is not None:
            self.slider.setValue(saved.score)
            self.note.setText(saved.note)
            self.state_label.setText(
                self.tr("Saved for today: {score}/10.").format(
                    score=QLocale().toString(saved.score)
                )
            )
        else:
            self.slider.setValue(0)
            self.note.clear()
            self.state_label.setText(self.tr("Not answered today."))
        self._show_value(self.slider.value())

    def save(self) -> None:
        """Store (or replace) today's answer."""
        now = self._now()
        score = self.slider.value()
        checkin = CheckIn(self._today(), now, system_offset(now), score, self.note.text().strip())
        if not self._store.save_checkin(checkin):
            # The answer stays in the form, so nothing typed is lost; the
            # message centre has told the user why.
            self.state_label.setText(
                self.tr("Not saved: {problem}. Your answer is still here; try again.").format(
                    problem=self._store.last_problem
                )
            )
            return
        self.state_label.setText(
            self.tr("Saved for today: {score}/10.").format(score=QLocale().toString(score))
        )
        self.changed.emit()

    def delete_all(self) -> None:
        """After confirmation, forget every check-in."""
        if not self._confirm(
            self,
            self.tr("Delete all check-ins"),
            self.tr("Delete every check-in score and note you have saved? This cannot be undone."),
        ):
            return
        count = self._store.delete_checkins()
        if count is None:
            self.state_label.setText(
                self.tr("Not deleted: {problem}.").format(problem=self._store.last_problem)
            )
            return
        self.refresh()
        self.state_label.setText(plural(self.tr("Deleted %n check-in(s).", "", count), count))
        self.changed.emit()
