"""The About box, and the safety wording it shares with the set-up and the routine.

Each says plainly what the app is not: medical advice, a diagnosis or a
treatment, and names the warning signs that need urgent care. The wording
lives here once so the places that show it never drift apart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from standup_buddy import APP_NAME, __version__
from standup_buddy.textfmt import QT_TRANSLATE_NOOP
from standup_buddy.ui.tray_icon import IconLook, render_look

DESCRIPTION = QT_TRANSLATE_NOOP(
    "Safety",
    "Standup Buddy is a quiet companion for long days at a computer. It notices how long "
    "you have been sitting, suggests a short break with a gentle stretch when it is time, "
    "and shows, day by day, how much you moved against a goal you set yourself. "
    "Everything it records stays on this computer."
)

NOT_MEDICAL_ADVICE = QT_TRANSLATE_NOOP(
    "Safety",
    "Standup Buddy is not medical advice. It does not diagnose or treat any condition. "
    "If pain persists or gets worse, or you notice numbness or tingling, please see a "
    "doctor or physiotherapist."
)

RED_FLAGS = QT_TRANSLATE_NOOP(
    "Safety",
    "Get urgent medical help, and do not stretch, if back or leg pain comes with any of "
    "these: losing control of your bladder or bowels, numbness around your genitals or "
    "bottom (the area a saddle would touch), weakness in a leg that is getting worse, or "
    "a fever or weight loss you cannot explain."
)
"""The warning signs, in plain words; shown once each in the first run, About and the routine."""


def safety_text(text: str) -> str:
    """``DESCRIPTION``, ``NOT_MEDICAL_ADVICE`` or ``RED_FLAGS`` in the interface language."""
    return QCoreApplication.translate("Safety", text)


def about_html() -> str:
    """The About text as rich text."""
    version = QCoreApplication.translate("AboutDialog", "Version {version}").format(
        version=__version__)
    licence = QCoreApplication.translate(
        "AboutDialog", "Free software under the GNU General Public License, version 3 or later."
    )
    return (
        f"<h2 style='margin-bottom:2px'>{APP_NAME}</h2>"
        f"<p style='margin-top:0'>{version}</p>"
        f"<p>{safety_text(DESCRIPTION)}</p>"
        f"<p><b>{safety_text(NOT_MEDICAL_ADVICE)}</b></p>"
        f"<p>{safety_text(RED_FLAGS)}</p>"
        f"<p>{licence}</p>"
    )


class AboutDialog(QDialog):
    """Version, what the app does, and what it is not. Non-modal; ``show()`` it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app}: About").format(app=APP_NAME))
        self.setAccessibleName(self.tr("About {app}").format(app=APP_NAME))
        logo = QLabel()
        logo.setPixmap(self._logo())
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        logo.setAccessibleName(self.tr("{app} logo").format(app=APP_NAME))
        self.text_label = QLabel(about_html())
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setAccessibleName(self.tr("About"))
        self.text_label.setMinimumWidth(380)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.accepted.connect(self.close)
        row = QHBoxLayout()
        row.setSpacing(18)
        row.addWidget(logo)
        row.addWidget(self.text_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _logo(self) -> QPixmap:
        return render_look(IconLook("on_break", 0, 1), 64, self.devicePixelRatioF())
