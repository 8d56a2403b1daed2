"""Do Not Disturb read from real desktop components, and what the app does with it.

* dunst (a real notification server on a test Xvfb and a private bus):
  ``dunstctl set-paused true`` is Do Not Disturb;
* GNOME's switch, ``org.gnome.desktop.notifications show-banners``, set with
  the real ``gsettings`` tool on a private dconf (its own bus, config and
  runtime folders, so the user's settings are never touched);
* the spec 1.3 ``Inhibited`` property, from a stand-in server (KDE Plasma's
  own server is not run here).

With Do Not Disturb on, ``status`` says ``do_not_disturb`` and a movement
break comes as a notification only; "Take a break now" still opens the card.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from desktop_env import STEP_CLOCK_START, FakeService, StepClock, XServer, private_dbus, wait_for
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from standup_buddy.app import Controller, Probes
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.dnd import (
    DUNST_SOURCE,
    GNOME_SOURCE,
    INHIBITED_SOURCE,
    DoNotDisturb,
)
from standup_buddy.platform.idle.base import FakeIdleSource
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.platform.session_watch import has_owner
from standup_buddy.session import BreakSession
from standup_buddy.settings import Settings

pytestmark = pytest.mark.slow

START = STEP_CLOCK_START
ALL_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
NOT_GNOME = {"PATH": os.environ.get("PATH", ""), "XDG_CURRENT_DESKTOP": "sway"}


class Ticker:
    """The reader's own clock, moved past its cache by the test."""

    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def dunst(xvfb_server: XServer, private_bus_address: str, private_bus: QDBusConnection) -> str:
    binary = shutil.which("dunst")
    if binary is None:
        pytest.skip("dunst is not installed (package dunst)")
    proc = subprocess.Popen(
        [binary],
        env=xvfb_server.env(DBUS_SESSION_BUS_ADDRESS=private_bus_address),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    xvfb_server.helpers.append(proc)
    wait_for(lambda: has_owner(private_bus, "org.freedesktop.Notifications"), "dunst on the bus")
    return private_bus_address


def dunstctl(address: str, *args: str) -> None:
    subprocess.run(
        ["dunstctl", *args],
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address},
        check=True, timeout=10, capture_output=True,
    )


@pytest.mark.xvfb
def test_real_dunst_paused_is_do_not_disturb(dunst: str, private_bus: QDBusConnection) -> None:
    reader = DoNotDisturb(private_bus, environ=NOT_GNOME)
    assert reader.read() == (False, DUNST_SOURCE)
    dunstctl(dunst, "set-paused", "true")
    assert reader.read() == (True, DUNST_SOURCE)
    assert reader.describe() == f"{DUNST_SOURCE}: on"
    dunstctl(dunst, "set-paused", "false")
    assert reader.read() == (False, DUNST_SOURCE)


def test_inhibited_property_is_do_not_disturb(
    private_bus: QDBusConnection, fake_service: Callable[..., FakeService]
) -> None:
    fake_service("--notifications-inhibited", "true")
    assert DoNotDisturb(private_bus, environ=NOT_GNOME).read() == (True, INHIBITED_SOURCE)


def test_no_source_says_so(private_bus: QDBusConnection) -> None:
    reader = DoNotDisturb(private_bus, environ=NOT_GNOME)
    assert reader.read() == (None, "")
    assert not reader.active()
    assert reader.describe().startswith("unavailable")


def test_windows_focus_assist_is_not_claimed() -> None:
    reader = DoNotDisturb(environ={}, plat="win32")
    assert reader.read() == (None, "")
    assert "not read on Windows" in reader.describe()


@pytest.fixture
def private_dconf(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An environment whose gsettings writes to a dconf of its own (bus and folders)."""
    for tool in ("gsettings", "dbus-daemon"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (packages libglib2.0-bin, dbus)")
    if not Path("/usr/share/glib-2.0/schemas/org.gnome.desktop.notifications.gschema.xml").exists():
        pytest.skip("GNOME's desktop schemas are not installed (package gsettings-desktop-schemas)")
    if not Path("/usr/libexec/dconf-service").exists():
        pytest.skip("dconf is not installed (packages dconf-service, dconf-gsettings-backend)")
    config, runtime = tmp_path / "config", tmp_path / "runtime"
    config.mkdir()
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(config),
        "XDG_RUNTIME_DIR": str(runtime),
        "GSETTINGS_BACKEND": "dconf",
        "XDG_CURRENT_DESKTOP": "ubuntu:GNOME",
    }
    # The bus starts dconf-service itself, with this environment: it writes here only.
    with private_dbus(env) as address:
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        yield env


def gsettings_set(env: dict[str, str], value: str) -> None:
    subprocess.run(
        ["gsettings", "set", "org.gnome.desktop.notifications", "show-banners", value],
        env=env, check=True, timeout=10, capture_output=True,
    )


def test_real_gsettings_show_banners_off_is_do_not_disturb(
    private_dconf: dict[str, str], tmp_path: Path
) -> None:
    reader = DoNotDisturb(environ=private_dconf)
    assert reader.read() == (False, GNOME_SOURCE)
    gsettings_set(private_dconf, "false")
    wait_for(lambda: reader.read() == (True, GNOME_SOURCE), "GNOME's switch to read on")
    assert (tmp_path / "config" / "dconf" / "user").exists(), "written to the private dconf"
    gsettings_set(private_dconf, "true")
    wait_for(lambda: reader.read() == (False, GNOME_SOURCE), "GNOME's switch to read off")


def make_controller(clock: StepClock, reader: DoNotDisturb) -> Controller:
    return Controller(
        paths=resolve_paths(),
        settings=Settings({"schedule.work_days": ALL_DAYS}),
        unknown_settings={},
        clock=clock,
        probes=Probes(idle=FakeIdleSource(0.0), dnd=reader),
        store=None,
        messages=MessageCenter(),
    )


@pytest.mark.xvfb
def test_do_not_disturb_on_real_dunst_quietens_breaks_and_shows_in_status(
    qtbot: QtBot, dunst: str, private_bus: QDBusConnection
) -> None:
    ticker = Ticker()
    reader = DoNotDisturb(private_bus, environ=NOT_GNOME, clock=ticker)
    clock = StepClock()
    controller = make_controller(clock, reader)
    sessions: list[BreakSession] = []
    controller.break_due.connect(sessions.append)
    controller.start()
    assert controller.status().hold_reason is None

    dunstctl(dunst, "set-paused", "true")
    ticker.t += 60
    status = controller.status()
    assert status.hold_reason == "do_not_disturb"
    assert status.to_json()["hold_reason"] == "do_not_disturb"
    assert status.state == "sitting", "a movement break is not held by it"
    assert status.next_prompt_at is not None

    clock.t += Settings().get_int("breaks.interval_minutes") * 60 + 1
    controller.wake()
    assert sessions, "the break still came due"
    assert sessions[-1].style == "notification", "in the quietest style"
    controller.break_skipped()

    controller.take_break_now()
    assert sessions[-1].style == "card", "the user's own 'Take a break now' is not quietened"
    controller.break_skipped()

    dunstctl(dunst, "set-paused", "false")
    ticker.t += 60
    assert controller.status().hold_reason is None
    controller.shutdown()


@pytest.mark.xvfb
def test_doctor_names_dunst_as_the_do_not_disturb_source(
    dunst: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_doctor import doctor_on

    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "sway")  # not GNOME: the server is asked

    dunstctl(dunst, "set-paused", "true")
    report = doctor_on(dunst, tmp_path)
    assert report["Do not disturb"] == f"{DUNST_SOURCE}: on"
    assert report["Media in breaks"] == "MPRIS on the session bus (0 players now)"
