"""The compositor probe on a real X server, without and with a real compositor (xcompmgr)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest
from tests.platform.desktop_env import start_xvfb, wait_for

from standup_buddy.platform.compositor import compositor_running, x11_compositor_running


def test_plain_x_has_no_compositor_and_xcompmgr_is_seen() -> None:
    binary = shutil.which("xcompmgr")
    if binary is None:
        pytest.skip("xcompmgr is not installed (package xcompmgr)")
    server = start_xvfb()
    try:
        assert not x11_compositor_running(server.display), "plain Xvfb: no compositor"
        # Only the display: other tests may leave XAUTHORITY and the like behind.
        env = {"DISPLAY": server.display, "PATH": os.environ.get("PATH", "/usr/bin")}
        errors = b""
        seen = False
        deadline = time.monotonic() + 15
        # On a busy machine the first connection to a fresh Xvfb is sometimes
        # refused ("Can't open display"); start xcompmgr again until the deadline.
        while not seen and time.monotonic() < deadline:
            manager = subprocess.Popen([binary], env=env, stderr=subprocess.PIPE)
            server.helpers.append(manager)
            wait_for(
                lambda m=manager: m.poll() is not None or x11_compositor_running(server.display),
                "xcompmgr to own _NET_WM_CM_S0 or exit",
            )
            seen = manager.poll() is None and x11_compositor_running(server.display)
            manager.terminate()
            _, errors = manager.communicate(timeout=5)
            server.helpers.remove(manager)
        assert seen, f"xcompmgr never ran: {errors!r}"
        wait_for(lambda: not x11_compositor_running(server.display), "the selection to go")
    finally:
        server.stop()


def test_no_x_display_means_no_compositor_to_rely_on() -> None:
    assert not x11_compositor_running(":9999")


def test_wayland_is_always_composited() -> None:
    assert compositor_running("wayland")
