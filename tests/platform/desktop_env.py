"""Real X servers, window managers and fake desktop services for tests.

Plain functions and classes (no fixtures) so any test folder can use them;
``tests/platform/conftest.py`` wraps them in fixtures.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

STARTUP_TIMEOUT = 15.0
FAKE_SERVICE = Path(__file__).with_name("fake_dbus_service.py")
# A Tuesday at 10:00 UTC: inside the default working hours whatever day the tests run.
STEP_CLOCK_START = 1795942800.0


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


class StepClock:
    """A clock the test moves by hand (``clock.t += 60``), with no ``--speed``."""

    def __init__(self, start: float = STEP_CLOCK_START) -> None:
        self.t = start

    def mono(self) -> float:
        return self.t

    def wall(self) -> float:
        return self.t

    def utc_offset(self) -> int:
        return 0

    def app_seconds(self, real_seconds: float) -> float:
        return real_seconds

    def real_seconds(self, app_seconds: float) -> float:
        return app_seconds


@contextmanager
def private_dbus(env: Mapping[str, str] | None = None) -> Iterator[str]:
    """A private dbus-daemon (session configuration); yields its address.

    ``env`` is the daemon's environment, and so that of the services it
    starts on demand (dconf-service writing to a test's own folders).
    Skips when dbus-daemon is missing.
    """
    binary = shutil.which("dbus-daemon")
    if binary is None:
        pytest.skip("dbus-daemon is not installed (package dbus)")
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        [binary, "--session", "--nofork", "--nopidfile", f"--print-address={write_fd}"],
        pass_fds=(write_fd,),
        env=None if env is None else dict(env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        address = read_line(read_fd, time.monotonic() + STARTUP_TIMEOUT, "dbus-daemon")
    finally:
        os.close(read_fd)
    try:
        yield address
    finally:
        process.terminate()
        process.wait(timeout=5)


def app_env(
    server: XServer, home: Path, bus: str = "unix:path=/nonexistent", **extra: str
) -> dict[str, str]:
    """The environment of the real app on ``server``: its own home, X11, no welcome.

    Without ``bus`` the app finds no session bus at all.
    """
    return server.env(
        STANDUP_BUDDY_HOME=str(home),
        STANDUP_BUDDY_NO_WELCOME="1",
        QT_QPA_PLATFORM="xcb",
        XDG_SESSION_TYPE="x11",
        DBUS_SESSION_BUS_ADDRESS=bus,
        **extra,
    )


@dataclass
class RealApp:
    """The app running as its own process; ``output`` is filled in when it has stopped."""

    process: subprocess.Popen[str]
    output: str = ""

    def stop(self, timeout: float = 20) -> str:
        """End the app as the desktop does at log-out (SIGTERM); kill it if it hangs."""
        app = self.process
        app.send_signal(signal.SIGTERM)
        try:
            out, _ = app.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            app.kill()
            out, _ = app.communicate()
        self.output = out
        return out

    def assert_clean_exit(self, context: str = "") -> None:
        """It left with status 0 and no traceback in its output."""
        assert self.process.returncode == 0, f"{self.output}{context}"
        assert "Traceback" not in self.output, self.output


@contextmanager
def real_app(env: Mapping[str, str], *args: str, stop_timeout: float = 20) -> Iterator[RealApp]:
    """Run ``python -m standup_buddy *args`` for the block, then stop it (SIGTERM).

    Check ``assert_clean_exit()`` after the block: a failure inside it is
    reported first, with the app already stopped.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "standup_buddy", *args],
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    app = RealApp(process)
    try:
        yield app
    finally:
        app.stop(stop_timeout)
