"""Real screen savers lock the screen: the watcher sees it and the tracker counts you away.

gnome-screensaver and mate-screensaver run on a test Xvfb and a private session
bus; their own ``--lock`` commands lock the screen, exactly as a user's
shortcut would. MATE announces only on ``org.mate.ScreenSaver``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from desktop_env import STEP_CLOCK_START, StepClock, XServer, wait_for
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from standup_buddy.app import Controller, Probes
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.idle.base import FakeIdleSource
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.platform.session_watch import NoBus, SessionWatch, has_owner
from standup_buddy.settings import Settings

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

START = STEP_CLOCK_START


def start_daemon(
    server: XServer, bus_address: str, bus: QDBusConnection, binary: str, name: str
) -> None:
    path = shutil.which(binary)
    if path is None:
        pytest.skip(f"{binary} is not installed (package {binary})")
    proc = subprocess.Popen(
        [path, "--no-daemon"],
        env=server.env(DBUS_SESSION_BUS_ADDRESS=bus_address),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server.helpers.append(proc)
    wait_for(lambda: has_owner(bus, name), f"{binary} to own {name}")


@pytest.mark.parametrize(
    ("daemon", "name"),
    [("gnome-screensaver", "org.gnome.ScreenSaver"), ("mate-screensaver", "org.mate.ScreenSaver")],
)
def test_real_screen_saver_lock_means_away(  # noqa: PLR0917 - pytest fixtures
    qtbot: QtBot,
    xvfb_server: XServer,
    private_bus_address: str,
    private_bus: QDBusConnection,
    tmp_path: Path,
    daemon: str,
    name: str,
) -> None:
    start_daemon(xvfb_server, private_bus_address, private_bus, daemon, name)
    watch = SessionWatch(session=private_bus, system=NoBus.NONE)
    lock, _ = watch.describe()
    assert lock == f"ActiveChanged from {name}"

    clock = StepClock()
    controller = Controller(
        paths=resolve_paths(), settings=Settings(), unknown_settings={}, clock=clock,
        probes=Probes(idle=FakeIdleSource(0.0)), store=None, messages=MessageCenter(),
    )
    watch.locked_changed.connect(controller.set_locked)
    controller.start()
    assert controller.status().state == "sitting"

    with qtbot.waitSignal(watch.locked_changed, timeout=10_000) as locked:
        subprocess.run(
            [f"{daemon}-command", "--lock"],
            env=xvfb_server.env(DBUS_SESSION_BUS_ADDRESS=private_bus_address),
            check=True, timeout=10, capture_output=True,
        )
    assert locked.args == [True]
    # The idle reading stays 0 (a locked screen sees no input at all), yet a
    # lock longer than the natural-break threshold is a break.
    clock.t += Settings().get_int("activity.natural_break_minutes") * 60 + 1
    controller.wake()
    assert controller.status().state == "away"
    controller.shutdown()
