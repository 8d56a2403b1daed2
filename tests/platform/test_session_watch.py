"""Lock and suspend signals from fake screen savers and a fake logind."""

from __future__ import annotations

from collections.abc import Callable

from desktop_env import FakeService
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from standup_buddy.platform.session_watch import NoBus, SessionWatch

StartService = Callable[..., FakeService]
ALL_SERVICES = ("--screensaver-ms", "0", "--gnome-screensaver", "--logind-block", "")


def test_lock_and_unlock_are_signalled_once_each(
    qtbot: QtBot, private_bus: QDBusConnection, fake_service: StartService
) -> None:
    service = fake_service(*ALL_SERVICES)
    watch = SessionWatch(session=private_bus, system=private_bus)
    assert watch.lock_available and watch.sleep_available

    with qtbot.waitSignal(watch.locked_changed, timeout=5000) as locked:
        service.send("lock 1")
    assert locked.args == [True]
    assert watch.locked

    # GNOME announces the same lock under its own name too: no second signal.
    with qtbot.assertNotEmitted(watch.locked_changed, wait=300):
        service.send("gnome-lock 1")

    with qtbot.waitSignal(watch.locked_changed, timeout=5000) as unlocked:
        service.send("gnome-lock 0")
    assert unlocked.args == [False]
    assert not watch.locked


def test_suspend_and_resume_are_signalled(
    qtbot: QtBot, private_bus: QDBusConnection, fake_service: StartService
) -> None:
    service = fake_service(*ALL_SERVICES)
    watch = SessionWatch(session=private_bus, system=private_bus)

    with qtbot.waitSignal(watch.sleeping_changed, timeout=5000) as going:
        service.send("sleep 1")
    assert going.args == [True]
    assert watch.sleeping
    with qtbot.waitSignal(watch.sleeping_changed, timeout=5000) as back:
        service.send("sleep 0")
    assert back.args == [False]


def test_already_locked_screen_is_known_at_start(
    private_bus: QDBusConnection, fake_service: StartService
) -> None:
    fake_service("--screensaver-active")
    watch = SessionWatch(session=private_bus, system=NoBus.NONE)
    assert watch.locked


def test_without_buses_nothing_is_emitted_and_doctor_says_unavailable(qtbot: QtBot) -> None:
    watch = SessionWatch(session=NoBus.NONE, system=NoBus.NONE)
    assert not watch.lock_available
    assert not watch.sleep_available
    lock, sleep = watch.describe()
    assert lock.startswith("unavailable") and "session" in lock
    assert sleep.startswith("unavailable") and "system" in sleep
    with qtbot.assertNotEmitted(watch.locked_changed, wait=50):
        pass


def test_disconnected_bus_is_reported(qapp: object) -> None:
    bus = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "standup-buddy-dead-bus")
    try:
        watch = SessionWatch(session=bus, system=bus)
        lock, sleep = watch.describe()
        assert "not connected" in lock
        assert "not connected" in sleep
    finally:
        QDBusConnection.disconnectFromBus("standup-buddy-dead-bus")
