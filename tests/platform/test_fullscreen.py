"""Fullscreen detection where no X server is needed (see test_idle_x11 for X11)."""

from __future__ import annotations

import pytest

from standup_buddy.platform.fullscreen import (
    QUNS_ACCEPTS_NOTIFICATIONS,
    QUNS_APP,
    QUNS_BUSY,
    QUNS_NOT_PRESENT,
    QUNS_PRESENTATION_MODE,
    QUNS_QUIET_TIME,
    QUNS_RUNNING_D3D_FULL_SCREEN,
    FullscreenDetector,
    WindowsFullscreenProbe,
)


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (QUNS_BUSY, True),
        (QUNS_RUNNING_D3D_FULL_SCREEN, True),
        (QUNS_PRESENTATION_MODE, True),
        (QUNS_ACCEPTS_NOTIFICATIONS, False),
        (QUNS_QUIET_TIME, False),
        (QUNS_APP, False),
        (QUNS_NOT_PRESENT, False),
    ],
)
def test_windows_notification_state_maps_to_fullscreen(state: int, expected: bool) -> None:
    assert WindowsFullscreenProbe(lambda: state).is_fullscreen() is expected


def test_windows_failed_query_is_unknown() -> None:
    assert WindowsFullscreenProbe(lambda: None).is_fullscreen() is None


def test_windows_probe_needs_windows() -> None:
    detector = FullscreenDetector({}, "win32")
    assert not detector.available
    assert detector.is_fullscreen() is None
    assert "Windows" in detector.reason


@pytest.mark.parametrize(
    ("environ", "platform", "word"),
    [
        ({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, "linux", "Wayland"),
        ({}, "darwin", "macOS"),
        ({}, "linux", "DISPLAY"),
    ],
)
def test_sessions_without_a_probe_answer_unknown(
    environ: dict[str, str], platform: str, word: str
) -> None:
    detector = FullscreenDetector(environ, platform)
    assert detector.method == "none"
    assert detector.is_fullscreen() is None
    assert word in detector.reason
    detector.close()
