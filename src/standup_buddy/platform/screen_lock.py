"""Lock the screen now (``breaks.lock_after_seconds``).

Linux: ``Lock`` on the first screen saver that owns its name on the session
bus (sent without waiting for an answer: see ``_send_lock``) -
``org.freedesktop.ScreenSaver`` (KDE, Xfce and others),
``org.gnome.ScreenSaver`` (GNOME Shell, gnome-screensaver),
``org.mate.ScreenSaver``, ``org.cinnamon.ScreenSaver`` - and otherwise
``loginctl lock-session``, which asks logind to tell the session's own
locker. Windows: ``LockWorkStation`` from user32, implemented but never run
on Windows (written to Microsoft's documentation; only the call is tested,
against a fake ctypes). macOS: not offered.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from standup_buddy.platform.idle.base import IdleSourceUnavailable
from standup_buddy.platform.idle.dbus import session_bus
from standup_buddy.platform.session_watch import SCREENSAVERS, has_owner

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

LOGINCTL_TIMEOUT_SECONDS = 5.0


class LockFailed(Exception):
    """No way to lock the screen worked; ``str()`` says what was tried."""


Runner = Callable[[list[str]], "subprocess.CompletedProcess[str]"]


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, capture_output=True, text=True, timeout=LOGINCTL_TIMEOUT_SECONDS, check=False
    )


class ScreenLocker:
    """Locks the screen the way this desktop does."""

    def __init__(
        self,
        bus: QDBusConnection | None = None,
        *,
        run: Runner = _run,
        plat: str = sys.platform,
    ) -> None:
        self._bus = bus
        self._run = run
        self._plat = plat

    def _connection(self) -> QDBusConnection | None:
        if self._bus is None:
            try:
                self._bus = session_bus()
            except IdleSourceUnavailable:
                return None
        return self._bus

    def lock(self) -> str:
        """Lock now and return how; raise ``LockFailed`` saying what was tried."""
        if self._plat == "win32":
            return _lock_windows()
        if self._plat == "darwin":
            raise LockFailed("locking the screen is not offered on macOS")
        tried: list[str] = []
        bus = self._connection()
        if bus is not None:
            for service, path, interface in SCREENSAVERS:
                if not has_owner(bus, service):
                    continue
                if _send_lock(bus, service, path, interface):
                    return f"{service}.Lock"
                tried.append(f"{service}.Lock: could not be sent")
        else:
            tried.append("no session bus")
        loginctl = shutil.which("loginctl")
        if loginctl is None:
            tried.append("loginctl not installed")
        else:
            try:
                done = self._run([loginctl, "lock-session"])
            except (OSError, subprocess.TimeoutExpired) as exc:
                tried.append(f"loginctl lock-session: {exc}")
            else:
                if done.returncode == 0:
                    return "loginctl lock-session"
                tried.append(
                    f"loginctl lock-session: {(done.stderr or '').strip() or done.returncode}"
                )
        raise LockFailed("; ".join(tried) or "no screen locker found")

    def describe(self) -> str:
        """For ``doctor``: what ``lock`` would use now."""
        if self._plat == "win32":
            return "LockWorkStation (user32; not verified by these tests)"
        if self._plat == "darwin":
            return "not offered on macOS"
        bus = self._connection()
        if bus is not None:
            for service, _, _ in SCREENSAVERS:
                if has_owner(bus, service):
                    return f"{service}.Lock"
        if shutil.which("loginctl"):
            return "loginctl lock-session (no screen saver on the session bus)"
        return "unavailable (no screen saver on the session bus, no loginctl)"


def _send_lock(bus: QDBusConnection, service: str, path: str, interface: str) -> bool:
    """Send ``Lock`` without waiting for its answer.

    mate-screensaver 1.26 locks but never answers the call (a caller waiting
    for it would hang until its timeout, with the card frozen meanwhile), so
    the answer is not waited for; the screen saver owns its name, checked
    just before.
    """
    from PySide6.QtDBus import QDBusMessage

    message = QDBusMessage.createMethodCall(service, path, interface, "Lock")
    message.setAutoStartService(False)
    return bool(bus.send(message))


def _lock_windows() -> str:
    import ctypes

    win_dll = getattr(ctypes, "WinDLL")  # noqa: B009 - absent from ctypes off Windows
    user32: ctypes.CDLL = win_dll("user32", use_last_error=True)
    user32.LockWorkStation.argtypes = []
    user32.LockWorkStation.restype = ctypes.c_int
    if not user32.LockWorkStation():
        raise LockFailed("LockWorkStation failed")
    return "LockWorkStation"
