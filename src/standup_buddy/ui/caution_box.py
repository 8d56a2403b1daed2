"""The caution panel every stretch shows: an "i" mark and the caution text.

Shared by the break card and the Stretches window so a stretch's caution
looks and reads the same everywhere; each window styles the object names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel


def caution_box(vertical_margin: int = 10) -> tuple[QFrame, QLabel]:
    """A frame named ``caution`` holding the mark and a word-wrapped text label."""
    frame = QFrame()
    frame.setObjectName("caution")
    icon = QLabel("i")
    icon.setObjectName("cautionicon")
    icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
    icon.setFixedSize(20, 20)
    text = QLabel()
    text.setObjectName("cautiontext")
    text.setWordWrap(True)
    text.setAccessibleName(QCoreApplication.translate("CautionBox", "Caution"))
    layout = QHBoxLayout(frame)
    layout.setContentsMargins(12, vertical_margin, 12, vertical_margin)
    layout.setSpacing(10)
    layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(text, 1)
    return frame, text
