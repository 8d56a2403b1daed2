"""A second start hands over to the running one; remote commands reach it quickly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

from pytestqt.qtbot import QtBot

from standup_buddy.ipc import IpcServer
from standup_buddy.platform.paths import resolve_paths


def spawn(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "standup_buddy", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(qtbot: QtBot, proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    # The server answers from this thread's event loop, so wait while processing events.
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
    out, err = proc.communicate()
    return proc.returncode, out, err


def test_second_start_hands_over_and_exits_0(qtbot: QtBot) -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: dict[str, Any]) -> dict[str, Any]:
        seen.append(request)
        return {"ok": True, "message": "opened Progress"}

    server = IpcServer(resolve_paths().runtime_name, handler)
    assert server.listen()
    try:
        code, out, _ = finish(qtbot, spawn())
    finally:
        server.close()
    assert code == 0
    assert seen == [{"cmd": "activate"}]
    assert "already running" in out


def test_status_and_pause_reach_the_running_app(qtbot: QtBot) -> None:
    status = {
        "state": "sitting",
        "sitting_minutes": 12.0,
        "next_break_minutes": 18.0,
        "paused_until": None,
        "hold_reason": None,
        "idle_source": "x11",
        "summary": "Sitting 12 min · break in 18 min",
    }
    seen: list[dict[str, Any]] = []
    answered_at: list[float] = []

    def handler(request: dict[str, Any]) -> dict[str, Any]:
        seen.append(request)
        answered_at.append(time.perf_counter())
        if request["cmd"] == "status":
            return {"ok": True, "status": status}
        return {"ok": True, "message": "Reminders paused for 30 min."}

    server = IpcServer(resolve_paths().runtime_name, handler)
    assert server.listen()
    try:
        code, out, _ = finish(qtbot, spawn("status", "--json"))
        assert code == 0 and json.loads(out) == status
        code, out, _ = finish(qtbot, spawn("status"))
        assert out.strip() == "Sitting 12 min · break in 18 min"
        code, out, _ = finish(qtbot, spawn("pause", "30"))
        assert code == 0 and "paused for 30 min" in out
    finally:
        server.close()
    assert seen[-1] == {"cmd": "pause", "minutes": 30}


def test_a_stale_socket_from_a_crash_is_replaced(qtbot: QtBot) -> None:
    name = resolve_paths().runtime_name
    first = IpcServer(name, lambda r: {"ok": True})
    assert first.listen()
    # A crash leaves the socket file behind without anyone listening on it.
    first._server.close()
    second = IpcServer(name, lambda r: {"ok": True, "status": {"summary": "fine"}})
    try:
        assert second.listen()
        code, out, _ = finish(qtbot, spawn("status"))
        assert code == 0 and out.strip() == "fine"
    finally:
        second.close()


def test_garbage_on_the_socket_gets_an_error_not_a_crash(qtbot: QtBot) -> None:
    from PySide6.QtNetwork import QLocalSocket

    server = IpcServer(resolve_paths().runtime_name, lambda r: {"ok": True})
    assert server.listen()
    try:
        socket = QLocalSocket()
        socket.connectToServer(resolve_paths().runtime_name)
        qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState)
        socket.write(b"this is not json\n")
        qtbot.waitUntil(lambda: socket.bytesAvailable() > 0 or socket.canReadLine())
        reply = json.loads(bytes(socket.readAll().data()))
        assert reply["ok"] is False and "bad request" in reply["error"]
        socket.abort()
    finally:
        server.close()
