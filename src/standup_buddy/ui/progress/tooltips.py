"""Tooltips for painted widgets: text for the point under the pointer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget


def show_point_tooltip(
    widget: QWidget, event: QEvent, text_at: Callable[[float, float], str]
) -> bool:
    """Handle a ToolTip event with ``text_at(x, y)``; False for any other event."""
    if event.type() != QEvent.Type.ToolTip:
        return False
    assert isinstance(event, QHelpEvent)
    text = text_at(event.pos().x(), event.pos().y())
    if text:
        QToolTip.showText(event.globalPos(), text, widget)
    else:
        QToolTip.hideText()
        event.ignore()
    return True
