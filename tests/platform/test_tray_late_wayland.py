"""A StatusNotifierItem tray that starts after the app: waybar on sway.

The real app runs as a Wayland client of a headless sway with no tray, so it
shows its no-tray status window (a sway window named "Standup Buddy"). Then
waybar starts with only its tray module: waybar is the StatusNotifierWatcher
and host. The app must register its item with it and take its window away,
without a restart; when waybar quits, the window must come back. Everything
is observed from outside: sway's window tree (``swaymsg``) and the watcher's
list of items (``dbus-send``), as a user or a panel would see it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from wayland_env import require, require_pywayland, start_sway, sway_ipc_socket

pytestmark = [pytest.mark.slow]
TIMEOUT = 20.0


def _until(what: str, check: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)  # polling another process, with a deadline
    raise AssertionError(f"timed out waiting for {what}")


def test_app_moves_into_waybar_started_after_it_and_back(tmp_path: Path) -> None:
    require("waybar", "waybar")
    require("swaymsg", "sway")
    dbus_daemon = require("dbus-daemon", "dbus")
    require("dbus-send", "dbus-bin")
    require_pywayland()
    comp = start_sway()
    bus = subprocess.Popen([dbus_daemon, "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        assert address.startswith("unix:"), address
        env = comp.env(DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="wayland",
                       STANDUP_BUDDY_HOME=str(tmp_path / "home"), STANDUP_BUDDY_NO_WELCOME="1")
        ipc = sway_ipc_socket(comp)

        def app_window_shown() -> bool:
            tree = subprocess.run(["swaymsg", "-s", ipc, "-t", "get_tree"], env=env,
                                  capture_output=True, text=True, check=False, timeout=10)
            return '"name": "Standup Buddy"' in tree.stdout

        def items() -> str:
            reply = subprocess.run(
                ["dbus-send", "--session", "--print-reply",
                 "--dest=org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                 "org.freedesktop.DBus.Properties.Get", "string:org.kde.StatusNotifierWatcher",
                 "string:RegisteredStatusNotifierItems"],
                env=env, capture_output=True, text=True, check=False, timeout=10)
            return reply.stdout

        app = subprocess.Popen([sys.executable, "-m", "standup_buddy"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(app)
        _until("the no-tray status window", app_window_shown)

        config = tmp_path / "config" / "waybar"
        config.mkdir(parents=True)
        (config / "config").write_text(json.dumps({"layer": "top", "modules-right": ["tray"]}))
        waybar_env = dict(env, XDG_CONFIG_HOME=str(tmp_path / "config"), GDK_BACKEND="wayland")
        waybar = subprocess.Popen(["waybar"], env=waybar_env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(waybar)
        _until("the app's item in waybar's tray", lambda: "StatusNotifierItem" in items())
        _until("the status window to give way to the icon", lambda: not app_window_shown())
        service, _, path = items().split('string "')[1].split('"')[0].partition("/")
        title = subprocess.run(
            ["dbus-send", "--session", "--print-reply", f"--dest={service}", f"/{path}",
             "org.freedesktop.DBus.Properties.Get", "string:org.kde.StatusNotifierItem",
             "string:ToolTip"],
            env=env, capture_output=True, text=True, check=False, timeout=10).stdout
        assert "Standup Buddy" in title, title  # the item is the app's, saying its status
        assert app.poll() is None, "the app kept running: no restart"

        waybar.terminate()
        waybar.wait(timeout=10)
        _until("the status window back when the tray went", app_window_shown)
        assert app.poll() is None
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
        bus.terminate()
        bus.wait(timeout=10)
        if bus.stdout is not None:
            bus.stdout.close()
        comp.stop()
