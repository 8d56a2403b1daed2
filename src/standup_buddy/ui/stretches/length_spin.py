"""The seconds box used wherever a stretch's length is set (form and rotation panel)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox

from standup_buddy.core.stretch import DURATION_BOUNDS


def length_spin(min_width: int) -> QSpinBox:
    """A spin box for a stretch length in seconds, within the stretch file's bounds."""
    spin = QSpinBox()
    spin.setAccessibleName(QCoreApplication.translate("LengthSpin", "Length in seconds"))
    spin.setRange(*DURATION_BOUNDS)
    spin.setSingleStep(5)
    spin.setSuffix(QCoreApplication.translate("LengthSpin", " s"))
    spin.setAccelerated(True)
    spin.setMinimumWidth(min_width)
    return spin
