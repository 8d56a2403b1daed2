"""The Sync part of Settings: the folder, this computer's name, the devices seen.

The widget only shows and asks; :class:`SyncSettings` (in ``sync_qt``) reads
and writes.  Tests give it a fake model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class DeviceRow:
    """One line of the device list."""

    device: str
    name: str
    last_sync: float | None  # UTC seconds
    this_device: bool


class SyncModel(Protocol):
    """What the section needs: the choice, the devices, and the actions."""

    def folder(self) -> Path | None: ...
    def device_name(self) -> str: ...
    def choose(self, folder: Path | None, name: str) -> str: ...
    def devices(self) -> list[DeviceRow]: ...
    def forget(self, device: str) -> str: ...
    def problem(self) -> str | None: ...


_ROLE = Qt.ItemDataRole.UserRole

FolderChooser = Callable[[QWidget, str, str], str]
Confirm = Callable[[QWidget, str, str], bool]


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def _when(instant: float | None) -> str:
    if instant is None:
        return QCoreApplication.translate("SyncSection", "not yet")
    # The locale's short date and time: day names, order and digits follow the language.
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(round(instant)), QLocale.FormatType.ShortFormat
    )


class SyncSection(QGroupBox):
    """``Sync between computers``: folder, name, devices, forget."""

    def __init__(
        self,
        model: SyncModel,
        *,
        choose_folder: FolderChooser | None = None,
        confirm: Confirm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Sync between computers", parent)
        self.setAccessibleName(self.title())
        self._model = model
        self._shown_rows: list[tuple[str, str, str, bool]] | None = None
        self._choose_folder = choose_folder or QFileDialog.getExistingDirectory
        self._confirm = confirm or _confirm
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Point Standup Buddy at a folder that a sync app (Syncthing, Nextcloud, "
                "Dropbox, OneDrive, iCloud Drive) keeps the same on your computers. "
                "Standup Buddy never goes online itself. Idle and style settings stay "
                "per computer; the goal, the rotation and the history follow you."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setAccessibleName(self.tr("Sync folder"))
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.off_button = QPushButton(self.tr("Turn off"))
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.off_button)
        layout.addLayout(row)

        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("This computer's name:")))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("This computer's name"))
        self.name_edit.setMaxLength(80)
        name_row.addWidget(self.name_edit, 1)
        layout.addLayout(name_row)

        self.devices_view = QTreeWidget()
        self.devices_view.setAccessibleName(self.tr("Devices seen"))
        self.devices_view.setHeaderLabels([self.tr("Device"), self.tr("Last sync")])
        self.devices_view.setRootIsDecorated(False)
        self.devices_view.setMinimumHeight(90)
        layout.addWidget(self.devices_view)
        self.forget_button = QPushButton(self.tr("Forget this device"))
        self.forget_button.setEnabled(False)
        layout.addWidget(self.forget_button)

        self.status_label = QLabel()
        self.status_label.setObjectName("sync-status")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        self.choose_button.clicked.connect(self._choose)
        self.off_button.clicked.connect(self._off)
        self.name_edit.editingFinished.connect(self._rename)
        self.forget_button.clicked.connect(self._forget)
        self.devices_view.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self) -> None:
        """Show the model's current state."""
        folder = self._model.folder()
        self.folder_label.setText(
            self.tr("Off") if folder is None else self.tr("Folder: {folder}").format(folder=folder)
        )
        self.off_button.setEnabled(folder is not None)
        self.name_edit.setText(self._model.device_name())
        self._shown_rows = None
        self.refresh_devices()
        problem = self._model.problem()
        if problem:
            self.status_label.setText(problem)

    def refresh_devices(self) -> None:
        """Show the devices as the folder's latest reading has them (after each reading).

        Only the list changes: a name being typed and the selected device stay.
        """
        rows = [
            (
                self.tr("{name} (this computer)").format(name=r.name) if r.this_device else r.name,
                _when(r.last_sync),
                r.device,
                r.this_device,
            )
            for r in self._model.devices()
        ]
        if rows == self._shown_rows:
            return
        self._shown_rows = rows
        current = self.devices_view.currentItem()
        selected = None if current is None else current.data(0, _ROLE)
        self.devices_view.clear()
        for label, when, device, this_device in rows:
            item = QTreeWidgetItem([label, when])
            item.setData(0, _ROLE, device)
            item.setData(1, _ROLE, this_device)
            self.devices_view.addTopLevelItem(item)
            if device == selected:
                self.devices_view.setCurrentItem(item)
        problem = self._model.problem()
        if problem:
            self.status_label.setText(problem)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def _choose(self) -> None:
        start = str(self._model.folder() or Path.home())
        chosen = self._choose_folder(self, self.tr("Choose the sync folder"), start)
        if chosen:
            self._say(self._model.choose(Path(chosen), self.name_edit.text()))
            self.refresh_keep_status()

    def _off(self) -> None:
        self._say(self._model.choose(None, self.name_edit.text()))
        self.refresh_keep_status()

    def _rename(self) -> None:
        name = self.name_edit.text().strip()
        if name and name != self._model.device_name():
            self._say(self._model.choose(self._model.folder(), name))

    def _selected(self) -> tuple[str, str, bool] | None:
        items = self.devices_view.selectedItems()
        if not items:
            return None
        item = items[0]
        return str(item.data(0, _ROLE)), item.text(0), bool(item.data(1, _ROLE))

    def _selection_changed(self) -> None:
        chosen = self._selected()
        self.forget_button.setEnabled(chosen is not None and not chosen[2])

    def _forget(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen[2]:
            return
        device, name, _ = chosen
        if not self._confirm(
            self,
            self.tr("Forget this device"),
            self.tr(
                "Leave the history of {name} out on every computer and remove its files "
                "from the sync folder? Its own database is not touched."
            ).format(name=name),
        ):
            return
        self._say(self._model.forget(device))
        self.refresh_keep_status()

    def refresh_keep_status(self) -> None:
        text = self.status_label.text()
        self.refresh()
        if not self._model.problem():
            self.status_label.setText(text)
