"""The Wayland idle source on real headless compositors, and its reasons when it cannot work."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from wayland_env import Compositor, require, require_pywayland, start_mutter, start_sway

from standup_buddy.platform.idle.base import IdleSourceUnavailable
from standup_buddy.platform.idle.select import select_idle_source


@pytest.fixture
def sway() -> Iterator[Compositor]:
    require_pywayland()
    comp = start_sway()
    yield comp
    comp.stop()


def poll(condition: object, what: str, timeout: float = 10.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while True:
        QCoreApplication.processEvents()
        if condition():  # type: ignore[operator]
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


@pytest.mark.wayland
def test_reading_is_the_seconds_since_the_last_key_press(sway: Compositor, qapp: object) -> None:
    from standup_buddy.platform.idle.wayland import WaylandIdleSource

    wtype = require("wtype", "wtype")
    env = sway.env()
    source = WaylandIdleSource(env)
    try:
        assert source.describe().startswith(("org_kde_kwin_idle", "ext-idle-notify-v1"))
        subprocess.run([wtype, "-k", "Shift_L"], env=env, check=True, timeout=10)
        pressed = time.clock_gettime(time.CLOCK_BOOTTIME)
        # While the user has just pressed a key the reading is 0 ...
        poll(lambda: source.idle_seconds() == 0.0, "the key press to count")
        # ... and once the compositor says idle, it counts from the key press.
        poll(lambda: (source.idle_seconds() or 0.0) > 0.0, "the idle event")
        time.sleep(0.5)  # let some idle time pass, as a user would sit still
        reading = source.idle_seconds()
        since = time.clock_gettime(time.CLOCK_BOOTTIME) - pressed
        assert reading is not None
        assert abs(reading - since) < 0.5, (reading, since)
        assert source.idle_seconds() is not None
        subprocess.run([wtype, "-k", "Shift_L"], env=env, check=True, timeout=10)
        poll(lambda: source.idle_seconds() == 0.0, "input to end the idle period")
    finally:
        source.close()
        source.close()  # twice is harmless


@pytest.mark.wayland
def test_events_arrive_through_the_event_loop_without_reading(
    sway: Compositor, qapp: object
) -> None:
    from standup_buddy.platform.idle.wayland import WaylandIdleSource

    source = WaylandIdleSource(sway.env())
    try:
        assert source._connection.watched
        # Nobody calls idle_seconds(): the socket notifier alone delivers the event.
        poll(lambda: source.events >= 1, "the idle event on the socket notifier")
    finally:
        source.close()


@pytest.mark.wayland
def test_compositor_going_away_gives_no_reading_and_says_why(
    sway: Compositor, qapp: object
) -> None:
    from standup_buddy.platform.idle.wayland import WaylandIdleSource

    source = WaylandIdleSource(sway.env())
    try:
        assert source.idle_seconds() is not None
        sway.process.terminate()
        sway.process.wait(timeout=10)
        poll(lambda: source.idle_seconds() is None, "the lost connection")
        assert "Wayland connection lost" in source.last_error
    finally:
        source.close()


@pytest.mark.wayland
def test_sway_session_chooses_the_wayland_source(sway: Compositor, qapp: object) -> None:
    selection = select_idle_source(sway.env(), "linux")
    try:
        assert selection.source.name == "wayland"
        assert selection.candidates[0] == "wayland"
    finally:
        selection.source.close()


@pytest.mark.wayland
def test_compositor_without_idle_protocol_is_rejected_with_the_reason(qapp: object) -> None:
    require_pywayland()
    mutter = start_mutter()
    try:
        # Not declared GNOME, so the Wayland source is tried first.
        env = mutter.env(XDG_CURRENT_DESKTOP="Unknown", DBUS_SESSION_BUS_ADDRESS="unix:path=/x")
        selection = select_idle_source(env, "linux")
        selection.source.close()
        reasons = {r.name: r.reason for r in selection.rejected}
        assert "offers neither ext_idle_notifier_v1 nor org_kde_kwin_idle" in reasons["wayland"]
    finally:
        mutter.stop()


def test_no_wayland_display_is_a_reason() -> None:
    from standup_buddy.platform.idle.wayland import WaylandIdleSource

    with pytest.raises(IdleSourceUnavailable, match="WAYLAND_DISPLAY is not set"):
        WaylandIdleSource({"XDG_SESSION_TYPE": "wayland"})


def test_missing_pywayland_is_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    from standup_buddy.platform.idle.wayland import WaylandIdleSource

    monkeypatch.setitem(sys.modules, "pywayland.client.display", None)
    with pytest.raises(IdleSourceUnavailable, match="pywayland is not installed"):
        WaylandIdleSource({"WAYLAND_DISPLAY": "wayland-0"})


def test_selection_falls_back_and_keeps_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pywayland.client.display", None)
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0",
           "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"}
    selection = select_idle_source(env, "linux")
    assert selection.source.name == "none"
    reasons = {r.name: r.reason for r in selection.rejected}
    assert "pywayland is not installed" in reasons["wayland"]


# --- the arithmetic, without a compositor ------------------------------------

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from standup_buddy.platform.idle.wayland import IdlePeriod  # noqa: E402


@given(
    timeout=st.floats(min_value=0.0, max_value=30.0),
    events=st.lists(
        st.tuples(st.booleans(), st.floats(min_value=0.0, max_value=1e4)), max_size=20
    ),
    later=st.floats(min_value=0.0, max_value=1e4),
)
def test_reading_is_time_since_input_stopped_or_zero(
    timeout: float, events: list[tuple[bool, float]], later: float
) -> None:
    period = IdlePeriod(timeout)
    now = 0.0
    last_idled: float | None = None
    for is_idle, gap in events:
        now += gap
        if is_idle:
            period.idled(now)
            last_idled = now
        else:
            period.resumed()
            last_idled = None
    now += later
    reading = period.seconds(now)
    if last_idled is None:
        assert reading == 0.0
    else:
        # Input stopped one timeout before the idle event.
        assert reading == pytest.approx(now - last_idled + timeout)
        assert reading >= timeout - 1e-6


def test_a_five_minute_absence_reads_five_minutes() -> None:
    period = IdlePeriod(1.0)
    period.idled(now=1001.0)  # last key press at 1000 s
    assert period.seconds(now=1300.0) == pytest.approx(300.0)
    period.resumed()
    assert period.seconds(now=1300.5) == 0.0
