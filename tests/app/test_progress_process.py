"""Progress in its own process: the tray launches one window, which talks to it over the socket.

The tray never loads Qt Quick or Qt Graphs, so the memory they take goes when
the window closes (``docs/performance.md``). What the window changes - the
goal, check-ins - is done by the running app, the only writer of the history
and the sync journal.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from standup_buddy.ipc import BadRequest, parse_request, send_request
from standup_buddy.progress_process import (
    RemoteApp,
    RemoteCheckIns,
    progress_runtime_name,
    status_from_reply,
)
from standup_buddy.storage.history import CheckIn


def _in_thread(qtbot: QtBot, call: Callable[[], Any], timeout: float = 20.0) -> Any:
    """Run a blocking client call while this thread's event loop serves the app's socket."""
    out: list[Any] = []
    worker = threading.Thread(target=lambda: out.append(call()), daemon=True)
    worker.start()
    deadline = time.monotonic() + timeout
    while worker.is_alive():
        if time.monotonic() > deadline:
            raise AssertionError("no answer from the app")
        qtbot.wait(10)
    return out[0]


@pytest.fixture
def running(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from standup_buddy.app import RunningApp
    from standup_buddy.platform.paths import resolve_paths

    monkeypatch.setenv("STANDUP_BUDDY_NO_WELCOME", "1")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    app = RunningApp(qapp, resolve_paths())
    app.start()
    yield app
    app.stop()
    app.tray.hide()


def test_the_window_sets_the_goal_and_check_ins_through_the_app(
    running: Any, qtbot: QtBot
) -> None:
    remote = RemoteApp(running.paths)
    status = _in_thread(qtbot, remote.status)
    assert status is not None and status.state in ("sitting", "away")
    assert _in_thread(qtbot, lambda: remote.ask(
        {"cmd": "set_goal", "metric": "breaks", "target": 7}))["ok"]
    settings = running.controller.settings()
    assert (settings.get_str("goal.metric"), settings.get_int("goal.daily_target")) == ("breaks", 7)

    book = RemoteCheckIns(running.paths, remote)
    today = dt.date(2026, 11, 24)
    _in_thread(qtbot, lambda: book.set_checkin(CheckIn(today, 0.0, 0, 5, "hip ok")))
    [saved] = running.checkins.checkins()
    assert (saved.day, saved.score, saved.note) == (today, 5, "hip ok")
    assert [(c.score, c.note) for c in book.checkins(today, today)] == [(5, "hip ok")]
    assert _in_thread(qtbot, book.delete_checkins) == 1
    assert book.checkins() == []


def test_bad_requests_from_the_window_are_refused_with_a_reason() -> None:
    for request, words in [
        (b'{"cmd": "set_goal", "metric": "steps", "target": 3}', "goal metric"),
        (b'{"cmd": "set_goal", "metric": "breaks", "target": 0}', "goal target"),
        (b'{"cmd": "checkin", "day": "tomorrow", "score": 3}', "check-in day"),
        (b'{"cmd": "checkin", "day": "2026-11-24", "score": 11}', "check-in score"),
        (b'{"cmd": "delete_checkins", "all": true}', "unexpected field"),
    ]:
        with pytest.raises(BadRequest, match=words):
            parse_request(request)
    assert parse_request(b'{"cmd": "checkin", "day": "2026-11-24", "score": 0}')["score"] == 0


def test_status_from_a_reply_keeps_what_the_window_shows() -> None:
    reply = {"ok": True, "status": {"state": "sitting", "sitting_minutes": 12.5,
                                    "next_break_minutes": 17.5, "idle_source": "x11"}}
    status = status_from_reply(reply)
    assert status is not None and status.sitting_minutes == 12.5
    assert status_from_reply({"ok": False, "error": "x"}) is None
    assert status_from_reply(None) is None


def test_the_tray_starts_one_progress_window_process(running: Any, qtbot: QtBot) -> None:
    name = progress_runtime_name(running.paths)
    running.open_window("progress")
    pid = None
    deadline = time.monotonic() + 40
    while pid is None:
        # (While the window is being built the process answers late: ask again.)
        reply = _in_thread(qtbot, lambda: send_request(name, {"cmd": "activate"}, 2.0))
        if reply is not None and reply.get("ok"):
            pid = reply["pid"]
        elif time.monotonic() > deadline:
            raise AssertionError("the Progress process did not start")
        else:
            qtbot.wait(100)
    try:
        assert pid != os.getpid()
        # Asked again (tray, or a second command): the same window is raised.
        running.open_window("progress")
        again = subprocess.run([sys.executable, "-m", "standup_buddy", "progress"],
                               capture_output=True, timeout=60, check=False)
        assert again.returncode == 0
        reply = _in_thread(qtbot, lambda: send_request(name, {"cmd": "activate"}, 5.0))
        assert reply is not None and reply["pid"] == pid
        # The tray itself never loaded Qt Quick for it.
        assert running.windows.get("progress") is None
        # Quitting the app closes the window, as it always did.
        running.stop()
        deadline = time.monotonic() + 10
        while _alive(pid):
            assert time.monotonic() < deadline, "the Progress process outlived the app"
            qtbot.wait(50)
    finally:
        if _alive(pid):
            os.kill(pid, signal.SIGTERM)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A finished child not yet reaped counts as gone.
    stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    return stat.split(")")[-1].split()[0] != "Z"


def test_the_progress_window_has_the_app_icon(
    running: Any, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Progress runs in its own process: it must set the icon itself, or the
    # title bar and the task bar show a blank window icon.
    from PySide6.QtGui import QIcon

    from standup_buddy.progress_process import run_progress

    qapp.setWindowIcon(QIcon())
    seen: dict[str, bool] = {}

    def exec_once(_app: object) -> int:
        window = next(w for w in qapp.topLevelWidgets() if w.windowTitle().endswith("Progress"))
        seen["icon"] = not window.windowIcon().isNull()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    assert run_progress(running.paths) == 0
    assert seen == {"icon": True}
