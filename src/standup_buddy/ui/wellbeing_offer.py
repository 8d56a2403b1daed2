"""The one-time offer to switch GNOME's own movement reminders off.

Shown at most once (the answer is remembered), never modal, and nothing is
changed unless the user picks "Switch GNOME's off". GNOME's schedule is said
here from its numbers, in the interface language (``doctor`` keeps its own
English line).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from standup_buddy import APP_NAME
from standup_buddy.ui.break_card_view import seconds_words


class Wellbeing(Protocol):
    """GNOME's own break reminders as read by ``platform.gnome_wellbeing``."""

    @property
    def interval_seconds(self) -> int | None: ...

    @property
    def duration_seconds(self) -> int | None: ...


class WellbeingOffer(QMessageBox):
    """Asks once; ``answered(switch_off)`` tells the app what the user chose."""

    answered = Signal(bool)

    def __init__(self, state: Wellbeing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app}: GNOME break reminders").format(app=APP_NAME))
        self.setIcon(QMessageBox.Icon.Question)
        self.setText(self.tr("GNOME is also reminding you to move."))
        self.setInformativeText(
            self.tr(
                "{gnome} (Settings → Wellbeing). With {app} running as well, you would be "
                "asked to get up by two apps that do not know about each other.\n\n"
                "Switch GNOME's movement reminders off and let {app} do it? Its eyesight "
                "breaks stay as they are, and you can switch movement reminders back on in "
                "GNOME Settings at any time."
            ).format(gnome=self.gnome_words(state), app=APP_NAME)
        )
        self.switch_button = self.addButton(
            self.tr("Switch GNOME's off"), QMessageBox.ButtonRole.AcceptRole
        )
        self.keep_button = self.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)
        self.setModal(False)
        self.buttonClicked.connect(self._on_clicked)

    def gnome_words(self, state: Wellbeing) -> str:
        """GNOME's own schedule, said in the interface language (offered only while it is on)."""
        if state.interval_seconds and state.duration_seconds is not None:
            return self.tr("GNOME movement reminders are on: {length} every {interval}").format(
                length=seconds_words(state.duration_seconds),
                interval=seconds_words(state.interval_seconds),
            )
        return self.tr("GNOME movement reminders are on")

    def _on_clicked(self, button: object) -> None:
        self.answered.emit(button is self.switch_button)
