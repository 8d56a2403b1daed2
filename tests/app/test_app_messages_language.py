"""Messages the app reports, and its replies to the remote commands, in the app's language."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.app.test_controller import Rig
from tests.services.test_autostart_service import Broken

from standup_buddy.app.ipc_commands import IpcCommands
from standup_buddy.controller_base import BaseController
from standup_buddy.i18n.qt import install_language, uninstall_language
from standup_buddy.messages import MessageCenter, UserMessage
from standup_buddy.services.autostart import AutostartService

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "release"],
                   cwd=ROOT, check=True, capture_output=True)
    install_language(qapp, "de")
    yield
    uninstall_language(qapp)


class Remote:
    """What the remote commands call on the controller."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def take_break_now(self) -> None:
        self.calls.append("break")

    def pause(self, minutes: float) -> None:
        self.calls.append(f"pause {minutes:g}")

    def resume(self) -> None:
        self.calls.append("resume")


def answers(*requests: dict[str, Any]) -> list[Any]:
    commands = IpcCommands(cast(BaseController, Remote()), lambda _window: None)
    return [commands.answer(r).get("message") for r in requests]


REQUESTS = ({"cmd": "break"}, {"cmd": "pause", "minutes": 15}, {"cmd": "resume"},
            {"cmd": "activate"})


def test_the_replies_to_remote_commands_are_german(german: None) -> None:
    assert answers(*REQUESTS) == [
        "Eine Pause beginnt.",
        "Erinnerungen für 15 Min. pausiert.",
        "Erinnerungen fortgesetzt.",
        "Standup Buddy läuft bereits: sein Fortschrittsfenster wurde geöffnet.",
    ]


def test_the_replies_to_remote_commands_in_english() -> None:
    assert answers(*REQUESTS) == [
        "A break is starting.",
        "Reminders paused for 15 min.",
        "Reminders resumed.",
        "Standup Buddy is already running: its Progress window was opened.",
    ]


def test_settings_that_cannot_be_saved_are_reported_in_german(
    qtbot: QtBot, german: None
) -> None:
    rig = Rig(qtbot)
    shown: list[UserMessage] = []
    rig.messages.subscribe(shown.append)
    rig.paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    rig.paths.settings_file.mkdir()  # a folder where the file should go: the write fails
    settings = rig.controller.settings()
    changed = settings.replace({"breaks.interval_minutes": 45})
    rig.controller.apply_settings(changed)
    [message] = shown
    assert message.title == "Einstellungen nicht gespeichert"
    assert message.text.startswith(f"{rig.paths.settings_file} konnte nicht geschrieben werden: ")
    assert message.text.endswith(
        "Die neuen Einstellungen gelten, bis Standup Buddy beendet wird.")
    assert rig.controller.settings() == changed  # used until the app quits


def test_a_service_message_is_german(german: None) -> None:
    center = MessageCenter()
    seen: list[UserMessage] = []
    center.subscribe(seen.append)
    assert not AutostartService(center, Broken()).set_enabled(True)
    assert [m.title for m in seen] == [
        "„Beim Anmelden starten“ konnte nicht geändert werden"]

