"""One instance per user; a second start hands over; remote commands reach it quickly."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from standup_buddy.ipc import runtime_dir, send_request, socket_path
from standup_buddy.ipc_server import IpcServer
from standup_buddy.platform.paths import resolve_paths

PROBE = Path(__file__).with_name("instance_probe.py")


def app_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STANDUP_BUDDY_NO_WELCOME": "1",
            **extra}


def spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "standup_buddy", *args], env=app_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(qtbot: QtBot, proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    # The server answers from this thread's event loop, so wait while processing events.
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
    out, err = proc.communicate()
    return proc.returncode, out, err


def wait_for_status(proc: subprocess.Popen[str], timeout: float = 30.0) -> dict[str, Any]:
    """Poll the running app (an external process) until it answers, with a deadline."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        reply = send_request(resolve_paths().runtime_name, {"cmd": "status"})
        if reply is not None and reply.get("ok"):
            return reply
        time.sleep(0.05)
    raise AssertionError("the app never answered status")


def stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- handing over ------------------------------------------------------------------


def test_second_start_hands_over_and_exits_0(qtbot: QtBot) -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: dict[str, Any]) -> dict[str, Any]:
        seen.append(request)
        # The running app's words, in its language: the second start prints them.
        return {"ok": True, "message": "Standup Buddy läuft bereits: sein Fortschrittsfenster "
                "wurde geöffnet."}

    server = IpcServer(resolve_paths().runtime_name, handler)
    assert server.listen()
    try:
        code, out, _ = finish(qtbot, spawn())
    finally:
        server.close()
    assert code == 0
    assert seen == [{"cmd": "activate"}]
    assert out == "Standup Buddy läuft bereits: sein Fortschrittsfenster wurde geöffnet.\n"


def test_status_and_pause_reach_the_running_app(qtbot: QtBot) -> None:
    status = {"state": "sitting", "sitting_minutes": 12.0, "next_break_minutes": 18.0,
              "paused_until": None, "hold_reason": None, "idle_source": "x11",
              "summary": "Sitting 12 min · break in 18 min"}
    seen: list[dict[str, Any]] = []

    def handler(request: dict[str, Any]) -> dict[str, Any]:
        seen.append(request)
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
    assert seen[-1] == {"cmd": "pause", "minutes": 30.0}


def test_the_cli_client_loads_no_qt(qtbot: QtBot) -> None:
    server = IpcServer(resolve_paths().runtime_name, lambda r: {"ok": True, "status": {
        "summary": "fine"}})
    assert server.listen()
    script = ("import sys; from standup_buddy.cli import main; code = main(['status']); "
              "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    proc = subprocess.Popen([sys.executable, "-c", script], env=app_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        code, out, err = finish(qtbot, proc)
    finally:
        server.close()
    assert code == 0, err
    assert out.splitlines() == ["fine", "[]"]


# --- exactly one instance -------------------------------------------------------------------


def race(mode: str) -> list[subprocess.Popen[str]]:
    """Start two probes and release them at the same instant (closing a pipe)."""
    read_end, write_end = os.pipe()
    procs = [
        subprocess.Popen([sys.executable, str(PROBE), str(read_end), mode], env=app_env(),
                         pass_fds=(read_end,), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
        for _ in range(2)
    ]
    os.close(read_end)
    for proc in procs:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.communicate()
    os.close(write_end)  # both probes wake from the same read
    return procs


def test_two_starts_at_the_same_instant_make_one_instance_50_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for trial in range(50):
        home = tmp_path / f"trial-{trial}"
        home.mkdir()
        monkeypatch.setenv("STANDUP_BUDDY_HOME", str(home))
        outputs = []
        for proc in race("claim"):
            out, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
            outputs.append(out.strip())
        # Exactly one instance, which got exactly one hand-over from the other start.
        assert sorted(outputs) == ["handed-over", "instance 1"], (trial, outputs)


def test_two_real_app_starts_at_once_leave_one_tray_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for trial in range(3):
        home = tmp_path / f"app-{trial}"
        home.mkdir()
        monkeypatch.setenv("STANDUP_BUDDY_HOME", str(home))
        first, second = race("app")
        try:
            deadline = time.monotonic() + 60
            while first.poll() is None and second.poll() is None:
                assert time.monotonic() < deadline, "neither start gave way"
                time.sleep(0.05)
            loser, winner = (first, second) if first.poll() is not None else (second, first)
            out, _ = loser.communicate()
            assert loser.returncode == 0 and "already running" in out
            assert wait_for_status(winner)["status"]["state"]
            assert winner.poll() is None
        finally:
            stop(first)
            stop(second)


def test_a_killed_instance_leaves_no_lock_behind(qtbot: QtBot) -> None:
    read_end, write_end = os.pipe()
    holder = subprocess.Popen([sys.executable, str(PROBE), str(read_end), "claim"],
                              env=app_env(), pass_fds=(read_end,), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    os.close(read_end)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    os.close(write_end)
    name = resolve_paths().runtime_name
    lock = runtime_dir() / f"{name}.lock"
    deadline = time.monotonic() + 30
    while not socket_path(name).exists():  # the probe has claimed the instance
        assert time.monotonic() < deadline and holder.poll() is None
        time.sleep(0.02)
    assert not IpcServer(name).listen()  # held: a second claim gives way
    holder.kill()
    holder.communicate()
    assert lock.exists() and socket_path(name).exists()  # what a kill leaves behind
    server = IpcServer(name, lambda r: {"ok": True, "status": {"summary": "fine"}})
    try:
        assert server.listen()
        code, out, _ = finish(qtbot, spawn("status"))
        assert code == 0 and out.strip() == "fine"
    finally:
        server.close()


# --- the socket's folder and owner ------------------------------------------------------------


def test_the_socket_lives_in_a_folder_only_the_user_can_enter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert runtime_dir() == runtime / "standup-buddy"
    assert (runtime / "standup-buddy").stat().st_mode & 0o777 == 0o700
    # A runtime folder others may enter is not used; neither is /tmp.
    runtime.chmod(0o755)
    fallback = runtime_dir()
    assert fallback == tmp_path / "user" / ".cache" / "standup-buddy-run"
    assert fallback.stat().st_mode & 0o777 == 0o700 and fallback.stat().st_uid == os.getuid()
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert runtime_dir() == fallback


def test_the_socket_file_admits_only_its_owner() -> None:
    server = IpcServer(resolve_paths().runtime_name, lambda r: {"ok": True})
    assert server.listen()
    try:
        assert server.path is not None
        assert server.path.stat().st_mode & 0o777 == 0o600
        assert server.path.parent.stat().st_mode & 0o777 == 0o700
    finally:
        server.close()
    assert not server.path.exists()


# --- bad input ---------------------------------------------------------------------------------


def raw(path: Path, payload: bytes) -> dict[str, Any]:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(10)
        sock.connect(str(path))
        sock.sendall(payload)
        buffer = b""
        while b"\n" not in buffer:
            chunk = sock.recv(65536)
            assert chunk, "closed without an answer"
            buffer += chunk
    reply: dict[str, Any] = json.loads(buffer.split(b"\n", 1)[0])
    return reply


BAD_REQUESTS = [
    b"this is not json",
    b"[1, 2]",
    b'{"cmd": "format-disk"}',
    b'{"cmd": "status", "extra": 1}',
    b"[" * 5000 + b"]" * 5000,
    b'{"cmd": "status", "x": ' + b"[" * 30 + b"]" * 30 + b"}",
    b"x" * 70_000,
    b"\xff\xfe",
]
BAD_PAUSES = ["NaN", "Infinity", "-Infinity", "1e300", "1e12", "-5", "0", '"30"', "null",
              "true", "[30]", "1e999", "123456789012345678901234567890"]


def test_the_running_app_refuses_bad_requests_and_stays_idle() -> None:
    proc = spawn()
    try:
        wait_for_status(proc)
        path = socket_path(resolve_paths().runtime_name)
        for payload in BAD_REQUESTS:
            reply = raw(path, payload + b"\n")
            assert reply["ok"] is False and reply["error"].startswith("bad request"), payload
        for minutes in BAD_PAUSES:
            line = f'{{"cmd": "pause", "minutes": {minutes}}}\n'.encode()
            reply = raw(path, line)
            assert reply["ok"] is False and reply["error"].startswith("bad request"), minutes
        # It keeps answering, is not paused, and does not spin.
        cpu_before, wall_before = cpu_seconds(proc.pid), time.monotonic()
        answered = 0
        while time.monotonic() - wall_before < 2.0:
            started = time.perf_counter()
            reply = raw(path, b'{"cmd": "status"}\n')
            assert time.perf_counter() - started < 0.2
            assert reply["ok"] and reply["status"]["paused_until"] is None
            answered += 1
            time.sleep(0.1)
        used = cpu_seconds(proc.pid) - cpu_before
        assert used < 0.5, f"{used:.2f} s of CPU in 2 s while answering {answered} requests"
        assert raw(path, b'{"cmd": "pause", "minutes": 30}\n')["ok"] is True
    finally:
        stop(proc)
    assert proc.returncode == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/maps")
def test_the_idle_app_does_not_load_qtnetwork() -> None:
    proc = spawn()
    try:
        wait_for_status(proc)
        maps = Path(f"/proc/{proc.pid}/maps").read_text()
    finally:
        stop(proc)
    assert "libQt6Network" not in maps
    assert "libQt6Core" in maps


def test_a_handler_error_is_answered_and_the_server_keeps_serving(qtbot: QtBot) -> None:
    import threading

    calls: list[str] = []

    def handler(request: dict[str, Any]) -> dict[str, Any]:
        calls.append(request["cmd"])
        if len(calls) == 1:
            raise RuntimeError("a bug")
        return {"ok": True, "status": {"summary": "fine"}}

    name = resolve_paths().runtime_name
    server = IpcServer(name, handler)
    assert server.listen()
    replies: list[dict[str, Any] | None] = []
    try:
        for _ in range(2):
            client = threading.Thread(
                target=lambda: replies.append(send_request(name, {"cmd": "status"})))
            client.start()
            qtbot.waitUntil(lambda c=client: not c.is_alive(), timeout=10_000)
            client.join()
    finally:
        server.close()
    first, second = replies
    assert first is not None and first["ok"] is False and "see its log" in first["error"]
    assert second == {"ok": True, "status": {"summary": "fine"}}
