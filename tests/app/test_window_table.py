"""The window table: one window per name, made on first use, made again once closed for good."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from standup_buddy.app.windows import WindowTable
from standup_buddy.controller_base import Window


class Counting:
    def __init__(self) -> None:
        self.made: list[QWidget] = []

    def __call__(self) -> QWidget:
        widget = QWidget()
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.made.append(widget)
        return widget


def test_opening_twice_raises_the_same_window(qtbot: QtBot) -> None:
    factory = Counting()
    table = WindowTable({Window.ABOUT: factory})
    table.open(Window.ABOUT)
    table.open("about")  # the name a tray action carries
    assert len(factory.made) == 1 and factory.made[0].isVisible()
    assert table.get(Window.ABOUT) is factory.made[0] and "about" in table
    factory.made[0].close()


def test_a_window_closed_for_good_is_made_afresh(qtbot: QtBot) -> None:
    factory = Counting()
    table = WindowTable({Window.ABOUT: factory})
    table.open(Window.ABOUT)
    first = factory.made[0]
    first.close()  # deleted on close, later in the event loop
    qtbot.waitUntil(lambda: Window.ABOUT not in table)
    table.open(Window.ABOUT)
    assert len(factory.made) == 2
    factory.made[1].close()


def test_an_unknown_name_opens_nothing_and_is_logged(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    table = WindowTable({})
    table.open("no-such-window")
    table.open(Window.PROGRESS)  # known, but this table has no factory for it
    assert "unknown window 'no-such-window'" in caplog.text
    assert table.get("no-such-window") is None and Window.PROGRESS not in table


def test_a_factory_that_declines_leaves_no_entry(qtbot: QtBot) -> None:
    table = WindowTable({Window.PROGRESS: lambda: None})  # e.g. no history database
    table.open(Window.PROGRESS)
    assert Window.PROGRESS not in table
