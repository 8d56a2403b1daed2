"""The real app on real Wayland compositors, headless: sway, KWin and GNOME's Mutter.

Each test starts its compositor itself (see ``wayland_env``), runs the app as
a separate process at ``--speed`` with ``QT_QPA_PLATFORM=wayland`` (its
windows are real clients of that compositor), drives input the way that
desktop allows (``wtype`` on sway, KWin's fake-input protocol, Mutter's
RemoteDesktop D-Bus API) and observes only what a user can: ``status
--json`` (which names the idle source), ``doctor`` and ``stats --json``.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from desktop_env import midday_timezone
from wayland_env import (
    Compositor,
    MutterRemoteInput,
    require,
    require_pywayland,
    start_kwin,
    start_mutter,
    start_sway,
    sway_ipc_socket,
)

SPEED = 30  # a natural break needs 5 min idle: 10 s here
PACE = 0.3  # seconds between a person's key presses or mouse moves

pytestmark = [pytest.mark.slow, pytest.mark.wayland]


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "standup_buddy", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def status(env: dict[str, str]) -> dict[str, object]:
    result = cli(env, "status", "--json")
    return json.loads(result.stdout) if result.returncode == 0 else {}


def until(
    condition: Callable[[], object], what: str, timeout: float, tick: Callable[[], None]
) -> None:
    """Keep doing ``tick`` (input, or just waiting) until ``condition`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        tick()


def wait_a_moment() -> None:
    time.sleep(PACE)


def sitting_and_natural_break(
    comp: Compositor, home: Path, nudge: Callable[[], None], expected_source: str
) -> dict[str, object]:
    """Run the app: typing keeps it sitting, idle gives a natural break; return doctor's rows."""
    # start == end means the whole day: the hour the test runs at never matters.
    (home / "settings.toml").write_text(
        "version = 1\n[breaks]\ninterval_minutes = 60\nduration_seconds = 60\n"
        '[schedule]\nwork_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\n'
        'start = "00:00"\nend = "00:00"\n'
    )
    env = comp.env(
        STANDUP_BUDDY_HOME=str(home), STANDUP_BUDDY_NO_WELCOME="1", QT_QPA_PLATFORM="wayland",
        TZ=midday_timezone(),
    )
    doctor = cli(env, "doctor")
    assert doctor.returncode == 0, doctor.stderr
    app = subprocess.Popen(
        [sys.executable, "-m", "standup_buddy", "--speed", str(SPEED)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )

    def pause_then_nudge() -> None:
        nudge()
        time.sleep(PACE)

    try:
        until(lambda: status(env), "the app to answer", 60, wait_a_moment)
        assert status(env).get("idle_source") == expected_source, status(env)
        until(lambda: status(env).get("state") == "sitting", "sitting", 30, pause_then_nudge)
        # Typing for longer than the natural-break threshold (5 app minutes)
        # keeps the user sitting the whole time.
        typing_until = time.monotonic() + 12
        while time.monotonic() < typing_until:
            pause_then_nudge()
            assert status(env).get("state") == "sitting", "typing was taken for absence"
        until(lambda: status(env).get("state") == "away", "a natural break", 45, wait_a_moment)
        until(
            lambda: status(env).get("state") == "sitting", "back at the desk", 30, pause_then_nudge
        )
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            out, _ = app.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            out, _ = app.communicate()
    assert app.returncode == 0, f"{out}\n--- {comp.name} ---\n{comp.log_tail()}"
    assert "Traceback" not in out, out

    result = cli(env, "stats", "--days", "2", "--json")
    assert result.returncode == 0, result.stderr
    days = json.loads(result.stdout)["days"]
    assert sum(d["natural_breaks"] for d in days) >= 1
    assert sum(d["sitting_minutes"] for d in days) >= 5
    return {"doctor": doctor.stdout}


@pytest.fixture
def sway() -> Iterator[Compositor]:
    require_pywayland()
    comp = start_sway()
    yield comp
    comp.stop()


@pytest.fixture
def kwin() -> Iterator[Compositor]:
    require_pywayland()
    comp = start_kwin()
    yield comp
    comp.stop()


@pytest.fixture
def mutter() -> Iterator[Compositor]:
    comp = start_mutter()
    yield comp
    comp.stop()


def test_sway_typing_keeps_sitting_and_idle_is_a_natural_break(
    sway: Compositor, private_home: Path
) -> None:
    wtype = require("wtype", "wtype")
    env = sway.env()

    def type_a_key() -> None:
        subprocess.run([wtype, "-k", "Shift_L"], env=env, check=True, timeout=10)

    seen = sitting_and_natural_break(sway, private_home, type_a_key, "wayland")
    # sway 1.7 offers only KDE's idle protocol; later releases ext-idle-notify-v1.
    assert "Idle source" in seen["doctor"] and "wayland" in seen["doctor"]
    assert "org_kde_kwin_idle" in seen["doctor"] or "ext-idle-notify-v1" in seen["doctor"]


def test_kwin_typing_keeps_sitting_and_idle_is_a_natural_break(
    kwin: Compositor, private_home: Path
) -> None:
    from wayland_fake_input import FakeInput

    pointer = FakeInput(kwin.env())
    try:
        seen = sitting_and_natural_break(kwin, private_home, pointer.nudge, "wayland")
    finally:
        pointer.close()
    assert "ext-idle-notify-v1" in seen["doctor"], seen["doctor"]


def test_gnome_keeps_mutter_idle_monitor(
    mutter: Compositor, private_home: Path, qapp: object
) -> None:
    from PySide6.QtCore import QCoreApplication

    pointer = MutterRemoteInput(mutter.bus_address)

    def move_the_mouse() -> None:
        pointer.nudge()
        QCoreApplication.processEvents()

    try:
        seen = sitting_and_natural_break(mutter, private_home, move_the_mouse, "gnome-mutter")
    finally:
        pointer.close()
    assert "gnome-mutter" in seen["doctor"]


def test_sway_fullscreen_window_puts_the_hold_on(sway: Compositor, qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from standup_buddy.platform.fullscreen import FullscreenDetector

    foot = require("foot", "foot")
    swaymsg = require("swaymsg", "sway")
    env = sway.env()
    detector = FullscreenDetector(env, "linux")
    assert detector.method == "wlr-foreign-toplevel", detector.reason
    terminal = subprocess.Popen(
        [foot, "--app-id", "standup-test-foot", "sleep", "120"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    sway.helpers.append(terminal)
    ipc = sway_ipc_socket(sway)

    def answer() -> bool | None:
        QCoreApplication.processEvents()
        return detector.is_fullscreen()

    def swaymsg_run(command: str) -> None:
        subprocess.run(
            [swaymsg, "-s", ipc, command], env=env, check=True, timeout=10, capture_output=True
        )

    def terminal_mapped() -> bool:
        tree = subprocess.run(
            [swaymsg, "-s", ipc, "-t", "get_tree"],
            env=env,
            timeout=10,
            capture_output=True,
            text=True,
            check=False,
        )
        return "standup-test-foot" in tree.stdout

    try:
        until(terminal_mapped, "the terminal window", 20, lambda: time.sleep(0.1))
        until(lambda: answer() is False, "the window's first state", 10, lambda: time.sleep(0.05))
        swaymsg_run("[app_id=standup-test-foot] fullscreen enable")
        until(lambda: answer() is True, "the full-screen hold", 10, lambda: time.sleep(0.05))
        swaymsg_run("[app_id=standup-test-foot] fullscreen disable")
        until(lambda: answer() is False, "the hold to lift", 10, lambda: time.sleep(0.05))
    finally:
        detector.close()


TWO_CONNECTIONS = """
import gc, subprocess, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from standup_buddy.platform.fullscreen import FullscreenDetector
from standup_buddy.platform.idle.wayland import WaylandIdleSource
import os
env = dict(os.environ)
idle = WaylandIdleSource(env)
detector = FullscreenDetector(env, "linux")
terminal = subprocess.Popen([sys.argv[1], "sleep", "60"], env=env)
deadline = time.monotonic() + 20
while detector._probe.windows < 1:
    assert time.monotonic() < deadline, "no window"
    app.processEvents()
    detector.is_fullscreen()
    time.sleep(0.05)
first, second = (idle, detector) if sys.argv[2] == "idle-first" else (detector, idle)
first.close()
gc.collect()
second.close()
gc.collect()
terminal.kill()
terminal.wait()
print("ok")
"""


@pytest.mark.parametrize("order", ["idle-first", "fullscreen-first"])
def test_idle_source_and_fullscreen_probe_close_cleanly_together(
    sway: Compositor, order: str
) -> None:
    # A separate process: a crash on close must fail this test, not end the run.
    foot = require("foot", "foot")
    result = subprocess.run([sys.executable, "-c", TWO_CONNECTIONS, foot, order],
                            env=sway.env(QT_QPA_PLATFORM="offscreen"), capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")
