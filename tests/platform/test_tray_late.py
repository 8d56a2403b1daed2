"""A tray that starts after the app: the real app moves from its window into it, and back.

The app runs as its own process on Xvfb with openbox and no tray, so it shows
the no-tray status window; then ``trayer`` (an XEmbed system tray) starts and
the icon must dock without a restart; when trayer quits the window comes back.
Everything is observed from outside, with ``xwininfo``, as a user would see it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from desktop_env import XServer, wait_for

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]
DOCK_SECONDS = 5.0


def tree(env: dict[str, str]) -> str:
    return subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                          text=True, check=False, timeout=10).stdout


# A window of the app: id, then its WM_CLASS instance (the program name) and size.
APP_WINDOW = re.compile(r'(0x[0-9a-f]+) "Standup Buddy": \("[^"]*" "Standup Buddy"\)\s+(\d+)x(\d+)')


def docked(env: dict[str, str]) -> bool:
    """The app's icon window is inside trayer's panel."""
    text = tree(env)
    panel = text.find('"panel": ("panel" "trayer")')
    return panel >= 0 and APP_WINDOW.search(text[panel:]) is not None


def status_window_mapped(env: dict[str, str]) -> bool:
    """The no-tray window (the app's only big window here) is on screen."""
    for window, width, _height in APP_WINDOW.findall(tree(env)):
        if int(width) < 100:
            continue  # a tray icon
        info = subprocess.run(["xwininfo", "-id", window], env=env, capture_output=True,
                              text=True, check=False, timeout=10).stdout
        if "Map State: IsViewable" in info:
            return True
    return False


def test_icon_docks_in_a_tray_started_after_the_app(openbox: XServer, tmp_path: Path) -> None:
    for tool in ("trayer", "xwininfo"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (packages trayer, x11-utils)")
    env = openbox.env(QT_QPA_PLATFORM="xcb", STANDUP_BUDDY_HOME=str(tmp_path),
                      STANDUP_BUDDY_NO_WELCOME="1", XDG_SESSION_TYPE="x11",
                      DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent")
    app = subprocess.Popen([sys.executable, "-m", "standup_buddy"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    openbox.helpers.insert(0, app)
    wait_for(lambda: status_window_mapped(env), "the no-tray window", timeout=30)

    trayer = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
         "--height", "24", "--SetDockType", "true"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    openbox.helpers.insert(0, trayer)
    wait_for(lambda: '"panel": ("panel" "trayer")' in tree(env), "trayer to start")
    started = time.monotonic()
    wait_for(lambda: docked(env), "the icon to dock in the late tray", timeout=DOCK_SECONDS)
    docked_after = time.monotonic() - started
    wait_for(lambda: not status_window_mapped(env), "the no-tray window to go")
    assert docked_after < DOCK_SECONDS
    assert app.poll() is None, "no restart"

    # The panel goes away: the window comes back, the app keeps running.
    trayer.terminate()
    trayer.wait(timeout=5)
    wait_for(lambda: status_window_mapped(env), "the no-tray window to come back")
    assert app.poll() is None


def test_icon_registers_with_a_status_notifier_tray_started_after_the_app(
    openbox: XServer, private_bus_address: str, tmp_path: Path
) -> None:
    """A StatusNotifierItem tray (watcher and host, as waybar is) arriving late.

    The tray here is a small stand-in on a private session bus
    (``fake_dbus_service.py --sni-watcher``), not waybar: it implements the
    watcher's side of the protocol and records which items register.
    """
    from desktop_env import FakeService

    if shutil.which("xwininfo") is None:
        pytest.skip("xwininfo is not installed (package x11-utils)")
    env = openbox.env(QT_QPA_PLATFORM="xcb", STANDUP_BUDDY_HOME=str(tmp_path),
                      STANDUP_BUDDY_NO_WELCOME="1", XDG_SESSION_TYPE="x11",
                      DBUS_SESSION_BUS_ADDRESS=private_bus_address)
    app = subprocess.Popen([sys.executable, "-m", "standup_buddy"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    openbox.helpers.insert(0, app)
    wait_for(lambda: status_window_mapped(env), "the no-tray window", timeout=30)

    tray = FakeService(private_bus_address, ["--sni-watcher"])
    try:
        assert tray.process.stdout is not None
        from desktop_env import read_line

        line = read_line(tray.process.stdout.fileno(), time.monotonic() + DOCK_SECONDS,
                         "the app's item to register")
        assert line.startswith("item :"), line
        # What a tray host reads to draw the icon: the item answers on the bus.
        service, _, path = line.removeprefix("item ").partition("/")
        path = path or "StatusNotifierItem"  # the spec's default object path
        title = subprocess.run(
            ["dbus-send", f"--bus={private_bus_address}", "--print-reply", f"--dest={service}",
             f"/{path}", "org.freedesktop.DBus.Properties.Get",
             "string:org.kde.StatusNotifierItem", "string:ToolTip"],
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout
        assert "Standup Buddy" in title, title
        wait_for(lambda: not status_window_mapped(env), "the no-tray window to go")
        assert app.poll() is None, "no restart"
    finally:
        tray.stop()
    wait_for(lambda: status_window_mapped(env), "the no-tray window to come back")
    assert app.poll() is None
