"""The status line in the user's language; ``status --json`` in English whatever it is."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.app.test_single_instance import app_env, finish, spawn

from standup_buddy.app.ipc_commands import IpcCommands
from standup_buddy.controller_base import BaseController
from standup_buddy.i18n.qt import install_language, uninstall_language
from standup_buddy.ipc import BadRequest, parse_request
from standup_buddy.ipc_server import IpcServer
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.session import Status

ROOT = Path(__file__).resolve().parents[2]
SITTING = Status("sitting", 12.0, 30.0, 18.0)


class StatusOnly:
    def status(self) -> Status:
        return SITTING


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "release"],
                   cwd=ROOT, check=True, capture_output=True)
    install_language(qapp, "de")
    yield
    uninstall_language(qapp)


def answer(request: dict[str, Any]) -> dict[str, Any]:
    commands = IpcCommands(cast(BaseController, StatusOnly()), lambda _window: None)
    return commands.answer(request)


def test_the_app_answers_the_status_line_in_its_language_and_json_in_english(
    german: None,
) -> None:
    reply = answer({"cmd": "status", "text": True})
    assert reply["text"] == "Sitzt seit 12 Min. · Pause in 18 Min."
    assert reply["status"]["summary"] == "Sitting 12 min · break in 18 min"
    assert "text" not in answer({"cmd": "status"})
    assert answer({"cmd": "status"})["status"] == SITTING.to_json()


def test_only_status_may_ask_for_the_text() -> None:
    assert parse_request(b'{"cmd": "status", "text": true}')["text"] is True
    with pytest.raises(BadRequest):
        parse_request(b'{"cmd": "pause", "text": true}')
    with pytest.raises(BadRequest):
        parse_request(b'{"cmd": "status", "text": "yes"}')


def test_the_cli_prints_the_apps_words_without_loading_qt(qtbot: QtBot) -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: dict[str, Any]) -> dict[str, Any]:
        seen.append(request)
        reply: dict[str, Any] = {"ok": True, "status": {"summary": "Sitting 12 min"}}
        if request.get("text"):
            reply["text"] = "Sitzt seit 12 Min."
        return reply

    server = IpcServer(resolve_paths().runtime_name, handler)
    assert server.listen()
    script = ("import sys; from standup_buddy.cli import main; main(sys.argv[1:]); "
              "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    try:
        proc = subprocess.Popen([sys.executable, "-c", script, "status"], env=app_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        code, out, err = finish(qtbot, proc)
        assert code == 0, err
        assert out.splitlines() == ["Sitzt seit 12 Min.", "[]"]
        code, out, _ = finish(qtbot, spawn("status", "--json"))
        assert json.loads(out) == {"summary": "Sitting 12 min"}
    finally:
        server.close()
    assert seen == [{"cmd": "status", "text": True}, {"cmd": "status"}]
