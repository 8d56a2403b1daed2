"""X11 idle time and fullscreen detection against a real Xvfb."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from desktop_env import XServer, start_xvfb, wait_for, xdotool
from pytestqt.qtbot import QtBot

from standup_buddy.platform.fullscreen import FullscreenDetector
from standup_buddy.platform.idle import IdleSourceUnavailable, select_idle_source
from standup_buddy.platform.idle.x11 import X11IdleSource

pytestmark = pytest.mark.xvfb


@pytest.fixture
def x11_source(xvfb_display: str) -> Iterator[X11IdleSource]:
    source = X11IdleSource(xvfb_display)
    yield source
    source.close()


def _reading(source: X11IdleSource) -> float:
    value = source.idle_seconds()
    assert value is not None, source.last_error
    return value


def test_pointer_motion_resets_idle_and_then_it_grows(
    qtbot: QtBot, xvfb_server: XServer, x11_source: X11IdleSource
) -> None:
    # Let some idle time build up first so a reset is visible.
    qtbot.waitUntil(lambda: _reading(x11_source) >= 0.4, timeout=5000)

    xdotool(xvfb_server, "mousemove", "200", "150")
    after_move = _reading(x11_source)
    assert after_move < 0.3

    qtbot.waitUntil(lambda: _reading(x11_source) >= after_move + 0.3, timeout=5000)

    xdotool(xvfb_server, "mousemove", "400", "300")
    assert _reading(x11_source) < 0.3


def test_key_press_resets_idle(
    qtbot: QtBot, xvfb_server: XServer, x11_source: X11IdleSource
) -> None:
    qtbot.waitUntil(lambda: _reading(x11_source) >= 0.3, timeout=5000)
    xdotool(xvfb_server, "key", "shift")
    assert _reading(x11_source) < 0.3


def test_selection_picks_libxss_on_an_x11_session(xvfb_display: str) -> None:
    selection = select_idle_source({"DISPLAY": xvfb_display, "XDG_SESSION_TYPE": "x11"}, "linux")
    try:
        assert selection.source.name == "x11"
        assert selection.reading >= 0.0
        assert selection.rejected == ()
    finally:
        selection.source.close()


def test_server_without_the_screensaver_extension_is_refused() -> None:
    server = start_xvfb(["-extension", "MIT-SCREEN-SAVER"])
    try:
        with pytest.raises(IdleSourceUnavailable, match="MIT-SCREEN-SAVER"):
            X11IdleSource(server.display)
        selection = select_idle_source({"DISPLAY": server.display}, "linux", factories=None)
        reasons = {r.name: r.reason for r in selection.rejected}
        assert "MIT-SCREEN-SAVER" in reasons["x11"]
        selection.source.close()
    finally:
        server.stop()


def test_unreachable_display_is_refused_not_fatal() -> None:
    with pytest.raises(IdleSourceUnavailable, match="cannot open X display"):
        X11IdleSource(":4711")


def test_no_display_is_refused() -> None:
    with pytest.raises(IdleSourceUnavailable, match="DISPLAY"):
        X11IdleSource(None)


def test_closed_source_gives_no_reading(xvfb_display: str) -> None:
    source = X11IdleSource(xvfb_display)
    source.close()
    source.close()
    assert source.idle_seconds() is None


# ------------------------------------------------------------- fullscreen ---

_WINDOW_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("fullscreen probe")
if sys.argv[1] == "fullscreen":
    window.showFullScreen()
else:
    window.resize(300, 200)
    window.show()
window.activateWindow()
sys.exit(app.exec())
"""


def _window(server: XServer, mode: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _WINDOW_SCRIPT, mode],
        env=server.env(QT_QPA_PLATFORM="xcb"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server.helpers.append(proc)
    return proc


def test_no_window_manager_means_no_active_window(xvfb_display: str) -> None:
    detector = FullscreenDetector({"DISPLAY": xvfb_display}, "linux")
    try:
        assert detector.method == "x11-ewmh"
        assert detector.is_fullscreen() is False
    finally:
        detector.close()


def test_fullscreen_window_in_front_is_seen_and_its_end_too(openbox: XServer) -> None:
    detector = FullscreenDetector({"DISPLAY": openbox.display}, "linux")
    try:
        assert detector.is_fullscreen() is False
        window = _window(openbox, "fullscreen")
        wait_for(lambda: detector.is_fullscreen() is True, "the fullscreen window")
        window.terminate()
        window.wait(timeout=10)
        # The active window is gone; the stale id must read as "not fullscreen".
        wait_for(lambda: detector.is_fullscreen() is False, "fullscreen to end")
    finally:
        detector.close()


def test_ordinary_window_in_front_is_not_fullscreen(openbox: XServer) -> None:
    from standup_buddy.platform.fullscreen import X11FullscreenProbe

    probe = X11FullscreenProbe(openbox.display)
    try:
        _window(openbox, "normal")
        wait_for(lambda: probe.active_window() is not None, "the window to become active")
        assert probe.is_fullscreen() is False
    finally:
        probe.close()
