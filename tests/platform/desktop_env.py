"""Real X servers, window managers and fake desktop services for tests.

Plain functions and classes (no fixtures) so any test folder can use them;
``tests/platform/conftest.py`` wraps them in fixtures.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

STARTUP_TIMEOUT = 15.0
FAKE_SERVICE = Path(__file__).with_name("fake_dbus_service.py")


def read_line(fd: int, deadline: float, what: str) -> str:
    """Read one line from a pipe without blocking past ``deadline``."""
    data = b""
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"{what} did not start within {STARTUP_TIMEOUT:g} s")
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(fd, 256)
        if not chunk:
            raise RuntimeError(f"{what} exited during start-up")
        data += chunk
    return data.decode().strip()


@dataclass
class XServer:
    """A running Xvfb and the environment that points programs at it."""

    display: str
    process: subprocess.Popen[bytes]
    helpers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def env(self, **extra: str) -> dict[str, str]:
        """``os.environ`` with DISPLAY set to this server (plus ``extra``)."""
        return {**os.environ, "DISPLAY": self.display, **extra}

    def stop(self) -> None:
        """Stop helpers first, then the server."""
        for proc in [*self.helpers, self.process]:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def start_xvfb(extra_args: Sequence[str] = ()) -> XServer:
    """Start Xvfb on a display it picks itself; skip the test if Xvfb is missing."""
    binary = shutil.which("Xvfb")
    if binary is None:
        pytest.skip("Xvfb is not installed (package xvfb)")
    read_fd, write_fd = os.pipe()
    try:
        process = subprocess.Popen(
            [
                binary,
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1024x768x24",
                "-nolisten",
                "tcp",
                *extra_args,
            ],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        try:
            number = read_line(read_fd, time.monotonic() + STARTUP_TIMEOUT, "Xvfb")
        except BaseException:
            process.kill()
            process.wait()
            raise
    finally:
        os.close(read_fd)
    return XServer(display=f":{number}", process=process)


def wait_for(condition: Callable[[], object], what: str, timeout: float = STARTUP_TIMEOUT) -> None:
    """Poll ``condition`` until it is truthy; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def xdotool(server: XServer, *args: str) -> None:
    """Run xdotool against ``server``; skip if it is not installed."""
    binary = shutil.which("xdotool")
    if binary is None:
        pytest.skip("xdotool is not installed")
    subprocess.run([binary, *args], env=server.env(), check=True, timeout=10)


# ------------------------------------------------------------------ D-Bus ---


class FakeService:
    """A fake desktop service in a subprocess, driven by lines on its stdin."""

    def __init__(self, address: str, args: Sequence[str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(FAKE_SERVICE), address, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert self.process.stdout is not None
        line = read_line(
            self.process.stdout.fileno(), time.monotonic() + STARTUP_TIMEOUT, "fake service"
        )
        assert line == "ready", line

    def send(self, command: str) -> None:
        """Ask the service to emit a signal (see fake_dbus_service.py)."""
        assert self.process.stdin is not None
        self.process.stdin.write(command.encode() + b"\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        """End the subprocess."""
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=5)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


def midday_timezone() -> str:
    """A POSIX ``TZ`` in which it is about noon now, whatever the hour the tests run at.

    A sped-up app (``--speed``) runs its clock many minutes ahead; near
    midnight its history would be dated tomorrow while ``stats`` reads today.
    """
    utc_hour = time.gmtime().tm_hour
    # POSIX offsets are west-positive: "UTC+5" is five hours behind UTC.
    return f"UTC{utc_hour - 12:+d}"
