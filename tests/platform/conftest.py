"""Fixtures for the platform tests: a real Xvfb, openbox, a private D-Bus.

Each starts its own process (Xvfb picks a free display through
``-displayfd``) and skips with the reason when a binary is missing; nothing
touches the user's own display or buses. ``xvfb_display`` yields a DISPLAY
string and is meant for reuse by end-to-end tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from desktop_env import FakeService, XServer, private_dbus, start_xvfb, wait_for


@pytest.fixture
def xvfb_server() -> Iterator[XServer]:
    """A fresh Xvfb for one test."""
    server = start_xvfb()
    yield server
    server.stop()


@pytest.fixture
def xvfb_display(xvfb_server: XServer) -> str:
    """The DISPLAY string (``":N"``) of a fresh Xvfb for one test."""
    return xvfb_server.display


@pytest.fixture
def openbox(xvfb_server: XServer) -> XServer:
    """Run openbox (an EWMH window manager) on the test's Xvfb."""
    binary = shutil.which("openbox")
    if binary is None:
        pytest.skip("openbox is not installed")
    proc = subprocess.Popen(
        [binary, "--sm-disable"],
        env=xvfb_server.env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    xvfb_server.helpers.append(proc)
    from standup_buddy.platform.idle.xlib import XA_WINDOW, XLib

    probe = XLib(xvfb_server.display)
    try:
        check = probe.intern_atom("_NET_SUPPORTING_WM_CHECK", only_if_exists=False)
        wait_for(
            lambda: probe.get_property_longs(probe.root, check, XA_WINDOW),
            "openbox to manage the screen",
        )
    finally:
        probe.close()
    return xvfb_server


@pytest.fixture
def private_bus_address() -> Iterator[str]:
    """Address of a private dbus-daemon (session configuration) for one test."""
    with private_dbus() as address:
        yield address


@pytest.fixture
def private_bus(qapp: object, private_bus_address: str) -> Iterator[object]:
    """A QDBusConnection to the private bus, as seen from the test process."""
    from PySide6.QtDBus import QDBusConnection

    name = f"standup-buddy-test-{os.getpid()}-{time.monotonic_ns()}"
    bus = QDBusConnection.connectToBus(private_bus_address, name)
    assert bus.isConnected(), bus.lastError().message()
    yield bus
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def fake_service(private_bus_address: str) -> Iterator[Callable[..., FakeService]]:
    """Factory: ``fake_service("--mutter-ms", "1234")`` starts a fake desktop service."""
    started: list[FakeService] = []

    def start(*args: str) -> FakeService:
        service = FakeService(private_bus_address, args)
        started.append(service)
        return service

    yield start
    for service in started:
        service.stop()


@pytest.fixture
def bare_bus_address(tmp_path: Path) -> Iterator[str]:
    """A session bus with no service files: nothing on it but the app."""
    binary = shutil.which("dbus-daemon")
    if binary is None:
        pytest.skip("dbus-daemon is not installed")
    config = tmp_path / "bare-bus.conf"
    config.write_text(
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
        "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        f"<busconfig><type>session</type><listen>unix:dir={tmp_path}</listen>"
        "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
        "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n"
    )
    proc = subprocess.Popen(
        [binary, f"--config-file={config}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    yield address
    proc.terminate()
    proc.wait(timeout=5)
    proc.stdout.close()
