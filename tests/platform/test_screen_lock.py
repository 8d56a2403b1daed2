"""Locking falls back to ``loginctl lock-session`` and says what it tried when nothing works."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable

import pytest
from desktop_env import FakeService
from PySide6.QtDBus import QDBusConnection

from standup_buddy.platform.screen_lock import LockFailed, ScreenLocker


def answering(code: int, stderr: str = "") -> tuple[list[list[str]], Callable[..., object]]:
    calls: list[list[str]] = []

    def run(argv: list[str]) -> subprocess.CompletedProcess[str]:
        calls.append(argv)
        return subprocess.CompletedProcess(argv, code, "", stderr)

    return calls, run


def test_without_a_screen_saver_loginctl_locks(qapp: object, bare_bus_address: str) -> None:
    if shutil.which("loginctl") is None:
        pytest.skip("loginctl is not installed (package systemd)")
    bus = QDBusConnection.connectToBus(bare_bus_address, "lock-bare")
    try:
        calls, run = answering(0)
        locker = ScreenLocker(bus, run=run)  # type: ignore[arg-type]
        assert locker.lock() == "loginctl lock-session"
        assert calls and calls[0][1:] == ["lock-session"]
        assert locker.describe().startswith("loginctl lock-session")
    finally:
        QDBusConnection.disconnectFromBus("lock-bare")


def test_real_loginctl_without_logind_fails_with_its_reason(
    qapp: object, bare_bus_address: str
) -> None:
    """On this machine logind does not run: the failure says what loginctl answered."""
    if shutil.which("loginctl") is None:
        pytest.skip("loginctl is not installed (package systemd)")
    bus = QDBusConnection.connectToBus(bare_bus_address, "lock-real")
    try:
        locker = ScreenLocker(bus)
        try:
            how = locker.lock()
        except LockFailed as exc:
            assert "loginctl lock-session" in str(exc)
        else:  # a machine with a logind session really locks
            assert how == "loginctl lock-session"
    finally:
        QDBusConnection.disconnectFromBus("lock-real")


def test_the_screen_saver_on_the_bus_is_asked_first(
    private_bus: QDBusConnection, fake_service: Callable[..., FakeService]
) -> None:
    fake_service("--gnome-screensaver")
    calls, run = answering(0)
    locker = ScreenLocker(private_bus, run=run)  # type: ignore[arg-type]
    assert locker.describe() == "org.gnome.ScreenSaver.Lock"
    assert locker.lock() == "org.gnome.ScreenSaver.Lock"
    assert calls == [], "loginctl is only the fallback"


def test_windows_and_macos() -> None:
    assert "LockWorkStation" in ScreenLocker(plat="win32").describe()
    with pytest.raises(LockFailed, match="macOS"):
        ScreenLocker(plat="darwin").lock()


class FakeLockWorkStation:
    """user32's ``LockWorkStation`` as ctypes hands it out: a callable with argtypes/restype."""

    def __init__(self, result: int) -> None:
        self.result = result
        self.calls = 0
        self.argtypes: list[object] | None = None
        self.restype: object = None

    def __call__(self) -> int:
        self.calls += 1
        return self.result


class FakeUser32:
    def __init__(self, result: int) -> None:
        self.LockWorkStation = FakeLockWorkStation(result)


def fake_win_dll(
    monkeypatch: pytest.MonkeyPatch, result: int
) -> tuple[list[tuple[str, bool]], FakeUser32]:
    import ctypes

    user32 = FakeUser32(result)
    loaded: list[tuple[str, bool]] = []

    def win_dll(name: str, *, use_last_error: bool = False) -> FakeUser32:
        loaded.append((name, use_last_error))
        return user32

    # ctypes has no WinDLL off Windows: the fake stands in for it.
    monkeypatch.setattr(ctypes, "WinDLL", win_dll, raising=False)
    return loaded, user32


def test_windows_locks_with_lock_work_station(monkeypatch: pytest.MonkeyPatch) -> None:
    """The call as written for Windows, against a fake user32 (no Windows machine here)."""
    import ctypes

    loaded, user32 = fake_win_dll(monkeypatch, 1)
    calls, run = answering(0)
    assert ScreenLocker(run=run, plat="win32").lock() == "LockWorkStation"  # type: ignore[arg-type]
    assert loaded == [("user32", True)]
    lock = user32.LockWorkStation
    assert lock.calls == 1 and lock.argtypes == [] and lock.restype is ctypes.c_int
    assert calls == [], "no loginctl, no bus on Windows"


def test_windows_says_when_lock_work_station_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    _, user32 = fake_win_dll(monkeypatch, 0)
    with pytest.raises(LockFailed, match="LockWorkStation failed"):
        ScreenLocker(plat="win32").lock()
    assert user32.LockWorkStation.calls == 1
