"""The one-time offer to switch GNOME's own movement reminders off.

Shown at most once (the answer is remembered), never modal, and nothing is
changed unless the user picks "Switch GNOME's off".
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from standup_buddy import APP_NAME

SWITCH_OFF = "Switch GNOME's off"
KEEP_BOTH = "Keep both"


class Wellbeing(Protocol):
    """GNOME's own break reminders as read by ``platform.gnome_wellbeing``."""

    def describe(self) -> str:
        """What GNOME reminds the user of, in words."""
        ...


class WellbeingOffer(QMessageBox):
    """Asks once; ``answered(switch_off)`` tells the app what the user chose."""

    answered = Signal(bool)

    def __init__(self, state: Wellbeing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME}: GNOME break reminders")
        self.setIcon(QMessageBox.Icon.Question)
        self.setText(self.tr("GNOME is also reminding you to move."))
        self.setInformativeText(
            f"{state.describe()} (Settings → Wellbeing). With {APP_NAME} running as well, "
            "you would be asked to get up by two apps that do not know about each other.\n\n"
            f"Switch GNOME's movement reminders off and let {APP_NAME} do it? Its eyesight "
            "breaks stay as they are, and you can switch movement reminders back on in "
            "GNOME Settings at any time."
        )
        self.switch_button = self.addButton(SWITCH_OFF, QMessageBox.ButtonRole.AcceptRole)
        self.keep_button = self.addButton(KEEP_BOTH, QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)
        self.setModal(False)
        self.buttonClicked.connect(self._on_clicked)

    def _on_clicked(self, button: object) -> None:
        self.answered.emit(button is self.switch_button)
