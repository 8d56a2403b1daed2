"""The questions the Stretches window asks: files to open or save, yes/no, a name.

The window asks through a :class:`Prompts` object handed in at construction,
so tests answer with a fake instead of driving modal dialogs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from standup_buddy.textfmt import QT_TRANSLATE_NOOP

#: Translated where the dialog is opened (``StretchesEditor`` context).
ROTATION_FILTER = QT_TRANSLATE_NOOP("StretchesEditor", "Stretch rotations (*.json);;All files (*)")


class Prompts(Protocol):
    """What the window may ask the user."""

    def open_file(self, title: str, name_filter: str) -> Path | None:
        """A file to read, or None when the user cancels."""
        ...

    def save_file(self, title: str, suggested: str, name_filter: str) -> Path | None:
        """A file to write, or None when the user cancels."""
        ...

    def confirm(self, title: str, text: str, action: str) -> bool:
        """Whether the user goes ahead with ``action`` (the label of the yes button)."""
        ...

    def ask_text(self, title: str, label: str, initial: str) -> str | None:
        """A line of text, or None when the user cancels."""
        ...


class DialogPrompts:
    """The real dialogs, parented to the window that asks."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def open_file(self, title: str, name_filter: str) -> Path | None:
        """Ask with the platform's open dialog."""
        name, _ = QFileDialog.getOpenFileName(self._parent, title, str(Path.home()), name_filter)
        return Path(name) if name else None

    def save_file(self, title: str, suggested: str, name_filter: str) -> Path | None:
        """Ask with the platform's save dialog (which confirms overwriting)."""
        start = str(Path.home() / suggested)
        name, _ = QFileDialog.getSaveFileName(self._parent, title, start, name_filter)
        return Path(name) if name else None

    def confirm(self, title: str, text: str, action: str) -> bool:
        """A two-button question whose safe answer is the default."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is yes

    def ask_text(self, title: str, label: str, initial: str) -> str | None:
        """One line of text."""
        text, ok = QInputDialog.getText(
            self._parent, title, label, QLineEdit.EchoMode.Normal, initial
        )
        return text if ok else None
