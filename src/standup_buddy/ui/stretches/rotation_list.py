"""The rotation as a list: a checkbox per stretch, drag (or buttons) to reorder.

Each row shows the stretch's name on one line and where / what for / how long
on a second, quieter line; rows the filters keep out of breaks are dimmed and
say why. The list is a plain ``QListWidget`` in ``InternalMove`` mode, so
Space toggles the current row and a drag moves it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from standup_buddy.ui.theme import Theme, mix, theme_for

ID_ROLE = Qt.ItemDataRole.UserRole
META_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_ROLE = Qt.ItemDataRole.UserRole + 2
DIMMED_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Row:
    """What one row shows."""

    stretch_id: str
    name: str
    meta: str
    enabled: bool
    note: str = ""
    dimmed: bool = False


class RowDelegate(QStyledItemDelegate):
    """Paints a row as a bold name over a quiet detail line, with an optional note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: Theme = theme_for()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 20)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Geometry comes from the style, so the box is drawn exactly where the
        # style's click handling (QStyledItemDelegate.editorEvent) looks for it.
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(4, 0, -8, 0)
        check_rect = style.subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget
        )
        checked = opt.checkState == Qt.CheckState.Checked
        opt.features = opt.features & ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        theme = self.theme
        dimmed = bool(index.data(DIMMED_ROLE))
        ink = theme.text
        quiet = theme.subtle_text
        if dimmed:
            ink = mix(ink, theme.card, 0.45)
            quiet = mix(quiet, theme.card, 0.35)
        self._paint_check(
            painter, check_rect, checked, bool(opt.state & QStyle.StateFlag.State_HasFocus)
        )

        base_font = QFont(opt.font)
        name_font = QFont(base_font)
        name_font.setWeight(QFont.Weight.DemiBold)
        meta_font = QFont(base_font)
        meta_font.setPointSizeF(max(6.0, base_font.pointSizeF() * 0.9))
        line = QFontMetrics(base_font).height()
        top = rect.top() + (rect.height() - 2 * line - 2) // 2

        note = str(index.data(NOTE_ROLE) or "")
        painter.save()
        note_width = 0
        if note:
            note_font = QFont(meta_font)
            note_font.setPointSizeF(meta_font.pointSizeF() * 0.95)
            metrics = QFontMetrics(note_font)
            note_width = metrics.horizontalAdvance(note) + 16
            pill = QRect(rect.right() - note_width, top + 1, note_width, metrics.height() + 4)
            back = (
                mix(theme.caution_back, theme.caution_border, 0.35)
                if dimmed
                else mix(theme.accent, theme.card, 0.86)
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(back)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(note_font)
            colour = theme.caution_text if dimmed else theme.accent
            painter.setPen(colour)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, note)
            note_width += 8

        name_rect = QRect(rect.left(), top, rect.width() - note_width, line)
        painter.setFont(name_font)
        painter.setPen(QColor(ink))
        elided = QFontMetrics(name_font).elidedText(
            name, Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
        )
        meta_rect = QRect(rect.left(), top + line + 2, rect.width(), line)
        painter.setFont(meta_font)
        painter.setPen(QColor(quiet))
        meta = QFontMetrics(meta_font).elidedText(
            str(index.data(META_ROLE) or ""), Qt.TextElideMode.ElideRight, meta_rect.width()
        )
        painter.drawText(
            meta_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, meta
        )
        painter.restore()

    def _paint_check(self, painter: QPainter, area: QRect, checked: bool, focus: bool) -> None:
        theme = self.theme
        size = 16
        box = QRectF(
            area.center().x() - size / 2 + 0.5, area.center().y() - size / 2 + 0.5, size, size
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if checked:
            painter.setPen(QPen(theme.accent, 1.0))
            painter.setBrush(theme.accent)
        else:
            painter.setPen(QPen(mix(theme.text, theme.card, 0.6), 1.3))
            painter.setBrush(theme.card)
        painter.drawRoundedRect(box, 4, 4)
        if checked:
            pen = QPen(theme.accent_text, 2.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            x, y = box.left(), box.top()
            painter.drawPolyline(
                [QPointF(x + 4, y + 8.5), QPointF(x + 7, y + 11.5), QPointF(x + 12.5, y + 5)]
            )
        painter.restore()


class RotationList(QListWidget):
    """The stretches in rotation order; checked rows come up in breaks.

    Ctrl+Up / Ctrl+Down (or Alt+…) ask to move the selected row: ``move_requested``
    carries -1 or +1, and the owner decides what moving means.
    """

    move_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotation")
        self.setAccessibleName(self.tr("Stretches in your rotation"))
        self.setAccessibleDescription(
            self.tr("Checked stretches come up in breaks, top to bottom. Space switches the "
            "selected stretch on or off; Ctrl+Up and Ctrl+Down move it.")
        )
        self.delegate = RowDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setDropIndicatorShown(True)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if modifiers and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def set_theme(self, theme: Theme) -> None:
        """Colours for the rows."""
        self.delegate.theme = theme
        self.viewport().update()

    def ids(self) -> list[str]:
        """Stretch ids top to bottom."""
        return [str(self.item(row).data(ID_ROLE)) for row in range(self.count())]

    def checked_ids(self) -> list[str]:
        """Ids of the checked rows, top to bottom."""
        return [
            str(self.item(row).data(ID_ROLE))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def item_for(self, stretch_id: str) -> QListWidgetItem | None:
        """The row showing ``stretch_id``."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(ID_ROLE) == stretch_id:
                return item
        return None

    def current_id(self) -> str | None:
        """The selected stretch."""
        item = self.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def show_rows(self, rows: list[Row]) -> None:
        """Show ``rows``, updating in place when only the details changed.

        Updating in place matters after a drag: the drop is still being handled
        when the rotation changes, and the dragged item must not be deleted.
        """
        current = self.current_id()
        blocker = self.blockSignals(True)
        try:
            if self.ids() != [r.stretch_id for r in rows]:
                self.clear()
                for row in rows:
                    item = QListWidgetItem()
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                        | Qt.ItemFlag.ItemIsDragEnabled
                    )
                    item.setData(ID_ROLE, row.stretch_id)
                    self.addItem(item)
            for index, row in enumerate(rows):
                self._fill(self.item(index), row)
            selected = self.item_for(current) if current is not None else None
            if selected is not None:
                self.setCurrentItem(selected)
        finally:
            self.blockSignals(blocker)

    @staticmethod
    def _fill(item: QListWidgetItem, row: Row) -> None:
        item.setText(row.name)
        item.setData(META_ROLE, row.meta)
        item.setData(NOTE_ROLE, row.note)
        item.setData(DIMMED_ROLE, row.dimmed)
        state = Qt.CheckState.Checked if row.enabled else Qt.CheckState.Unchecked
        # A new item has no check state at all (and so no box) until one is set.
        if item.data(Qt.ItemDataRole.CheckStateRole) is None or item.checkState() != state:
            item.setCheckState(state)
        on = "on" if row.enabled else "off"
        extra = f", {row.note}" if row.note else ""
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row.name}, {on}{extra}")
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, row.meta)
        item.setToolTip(f"{row.meta}\n{row.note}" if row.note else row.meta)
