"""Break notifications on a real notification server (dunst), watched with dbus-monitor.

dunst runs on a test Xvfb and a private session bus; ``dbus-monitor`` records
what the app sends. The break flow is the app's own (``BreakPresenter``),
with a fake controller standing in for the tracker. The "no server" case runs
on a bare bus that has no service files, so nothing can be started on demand.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from desktop_env import XServer, wait_for
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot
from tests.ui.fakes import FakeClock, FakeController, session, sitting

from standup_buddy.platform.notify import EXPIRE_MS, Notifier
from standup_buddy.platform.paths import Paths
from standup_buddy.platform.session_watch import has_owner
from standup_buddy.stretches.catalog import Catalog, load_catalog
from standup_buddy.ui.break_flow import BreakPresenter
from standup_buddy.ui.tray import TrayController

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]
STRETCH = "standing-hip-flexor"


class Monitor:
    """``dbus-monitor`` on the bus, its output kept in a file the test reads."""

    def __init__(self, address: str, log: Path) -> None:
        binary = shutil.which("dbus-monitor")
        if binary is None:
            pytest.skip("dbus-monitor is not installed (package dbus-bin)")
        self.log = log
        self._out = log.open("w")
        self.process = subprocess.Popen(
            [binary, "--address", address, "interface='org.freedesktop.Notifications'"],
            stdout=self._out, stderr=subprocess.STDOUT,
        )
        wait_for(lambda: "NameAcquired" in log.read_text(), "dbus-monitor to listen")

    def calls(self, member: str) -> list[list[str]]:
        """Each call or signal named ``member``, as its lines of arguments."""
        found: list[list[str]] = []
        current: list[str] | None = None
        for line in self.log.read_text().splitlines():
            if line.startswith(("method call", "signal", "method return", "error")):
                current = [] if f"member={member}" in line else None
                if current is not None:
                    found.append(current)
            elif current is not None:
                current.append(line.strip())
        return found

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=5)
        self._out.close()


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    home = tmp_path_factory.mktemp("catalog")
    return load_catalog(Paths(config_dir=home, data_dir=home))


@pytest.fixture
def dunst(
    xvfb_server: XServer, private_bus_address: str, private_bus: QDBusConnection, tmp_path: Path
) -> XServer:
    binary = shutil.which("dunst")
    if binary is None:
        pytest.skip("dunst is not installed (package dunst)")
    proc = subprocess.Popen(
        [binary],
        env=xvfb_server.env(
            DBUS_SESSION_BUS_ADDRESS=private_bus_address, XDG_CONFIG_HOME=str(tmp_path)
        ),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    xvfb_server.helpers.append(proc)
    wait_for(lambda: has_owner(private_bus, "org.freedesktop.Notifications"),
             "dunst to own org.freedesktop.Notifications")
    return xvfb_server


def uint_after(lines: list[str], index: int) -> int:
    match = re.fullmatch(r"uint32 (\d+)", lines[index])
    assert match, lines
    return int(match.group(1))


def test_dunst_gets_one_notification_per_break_with_actions_that_work(  # noqa: PLR0917
    qtbot: QtBot,
    dunst: XServer,
    private_bus_address: str,
    private_bus: QDBusConnection,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    monitor = Monitor(private_bus_address, tmp_path / "monitor.log")
    controller = FakeController(sitting(30, next_break_minutes=0, break_open=True))
    notifier = Notifier(bus=private_bus, platform="linux")
    tray = TrayController(controller, tray_available=False)  # the no-tray window
    presenter = BreakPresenter(
        controller, catalog, notifier=notifier, tray=tray, idle_seconds=lambda: 0.0,
        clock=FakeClock(),
    )
    try:
        assert notifier.backend_name.startswith("freedesktop D-Bus: dunst")
        assert notifier.has_actions

        controller.push_break(session((STRETCH, 30.0), style="notification"))
        wait_for(lambda: monitor.calls("Notify"), "the first Notify")
        first = monitor.calls("Notify")[0]
        assert first[0] == 'string "Standup Buddy"'
        assert uint_after(first, 1) == 0, "nothing to replace yet"
        assert first[-1] == f"int32 {EXPIRE_MS}", "a real expire timeout, not 0 (never)"
        assert 'string "start"' in first and 'string "Start break"' in first
        assert 'string "snooze"' in first and 'string "Snooze"' in first
        assert not any("tray icon" in line for line in first), "there is no tray here"
        first_id = notifier_id(presenter, notifier)

        # The next break (the first one never answered) replaces it.
        controller.push_break(session((STRETCH, 30.0), style="notification"))
        wait_for(lambda: len(monitor.calls("Notify")) == 2, "the second Notify")
        assert uint_after(monitor.calls("Notify")[1], 1) == first_id

        # The user picks the notification in dunst: the card opens, and the
        # notification is withdrawn because the break is answered.
        with qtbot.waitSignal(presenter.window_opened, timeout=10_000) as opened:
            subprocess.run(
                ["dunstctl", "action", "0"],
                env=dunst.env(DBUS_SESSION_BUS_ADDRESS=private_bus_address),
                check=True, timeout=10,
            )
        assert monitor.calls("ActionInvoked")
        wait_for(lambda: monitor.calls("CloseNotification"), "the notification to be withdrawn")
        window = opened.args[0]
        window.done_button.click()
        assert controller.calls[-1] == ("break_done", ([STRETCH],))
    finally:
        tray.hide()
        monitor.stop()


def notifier_id(presenter: BreakPresenter, notifier: Notifier) -> int:
    fdo = notifier._fdo  # the id the server gave is what replaces_id must carry
    assert fdo is not None and fdo.current_id > 0
    return fdo.current_id


def test_start_break_action_opens_the_card_and_snooze_snoozes(
    qtbot: QtBot, dunst: XServer, private_bus: QDBusConnection, catalog: Catalog
) -> None:
    controller = FakeController(sitting(30, next_break_minutes=0, break_open=True))
    notifier = Notifier(bus=private_bus, platform="linux")
    presenter = BreakPresenter(controller, catalog, notifier=notifier, idle_seconds=lambda: 0.0,
                               clock=FakeClock())
    controller.push_break(session((STRETCH, 30.0), style="notification"))
    # dunstctl can only pick the default action; "Snooze" is picked here the
    # way the server reports it, by the same ActionInvoked signal.
    fdo = notifier._fdo
    assert fdo is not None
    fdo._on_action_invoked(fdo.current_id, "snooze")
    assert "break_snoozed" in controller.names()
    assert presenter.pending() is None and presenter.window() is None


def test_with_no_notification_server_the_apps_own_reminder_appears(
    qtbot: QtBot, bare_bus_address: str, catalog: Catalog, caplog: pytest.LogCaptureFixture
) -> None:
    name = f"bare-{time.monotonic_ns()}"
    bus = QDBusConnection.connectToBus(bare_bus_address, name)
    assert bus.isConnected()
    try:
        controller = FakeController(sitting(30, next_break_minutes=0, break_open=True))
        notifier = Notifier(bus=bus, platform="linux")
        presenter = BreakPresenter(controller, catalog, notifier=notifier,
                                   idle_seconds=lambda: 0.0, clock=FakeClock())
        with caplog.at_level("WARNING"):
            controller.push_break(session((STRETCH, 30.0), style="notification"))
            toast = presenter.toast()
            assert toast is not None and toast.isVisible()
            presenter.withdraw()
            controller.push_break(session((STRETCH, 30.0), style="notification"))
            assert presenter.toast() is not None
        said = [r for r in caplog.records if "no notification server" in r.getMessage()]
        assert len(said) == 1, "logged once, not once per break"
        with qtbot.waitSignal(presenter.window_opened, timeout=5000):
            presenter.toast().open_button.click()  # type: ignore[union-attr]
        presenter.withdraw()
    finally:
        QDBusConnection.disconnectFromBus(name)


def test_with_no_tray_take_a_break_now_opens_the_waiting_break(
    qtbot: QtBot, bare_bus_address: str, catalog: Catalog
) -> None:
    name = f"bare-{time.monotonic_ns()}"
    bus = QDBusConnection.connectToBus(bare_bus_address, name)
    try:
        controller = FakeController(sitting(30, next_break_minutes=0, break_open=True))
        tray = TrayController(controller, tray_available=False)
        notifier = Notifier(bus=bus, platform="linux")
        presenter = BreakPresenter(controller, catalog, notifier=notifier, tray=tray,
                                   idle_seconds=lambda: 0.0, clock=FakeClock())
        controller.push_break(session((STRETCH, 30.0), style="notification"))
        assert tray.status_window is not None
        button = tray.status_window.buttons["take_break"]
        assert button.isEnabled(), "not greyed while the break waits"
        with qtbot.waitSignal(presenter.window_opened, timeout=5000):
            button.click()
        assert "take_break_now" not in controller.names(), "the waiting break, not a new one"
        presenter.withdraw()
        tray.hide()
    finally:
        QDBusConnection.disconnectFromBus(name)
