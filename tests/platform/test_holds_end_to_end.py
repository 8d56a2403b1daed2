"""The real app on a real X server: no card on a call or a film, nothing lost at quit.

The app runs as its own process at ``--speed`` on Xvfb with openbox. A call
is a real PulseAudio server (started here, in a private runtime folder) with
a null source that ``parec`` records from, which is what makes the
microphone "in use"; a film is a real window that openbox makes full screen.
The app is observed only through what a user has: the ``status`` command,
the break window, the history file and ``export``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from desktop_env import XServer, wait_for, xdotool

CARD_TITLE = "Standup Buddy: Break"
# The card, its dimmed screen, or the reminder shown before it (a toast when
# there is no notification service, as here).
PROMPT_TITLES = "^Standup Buddy: "
SETTINGS = (
    "version = 1\n[breaks]\ninterval_minutes = {interval}\nduration_seconds = 120\n"
    "[activity]\nnatural_break_minutes = 5\n"
    '[schedule]\nwork_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\n'
    'start = "00:00"\nend = "23:59"\n'
)


def need(*binaries: str) -> None:
    for binary in binaries:
        if shutil.which(binary) is None:
            pytest.skip(f"{binary} is not installed (see .ci/run PACKAGES)")


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "standup_buddy", *args], env=env,
                          capture_output=True, text=True, timeout=30, check=False)


def status(env: dict[str, str]) -> dict[str, object]:
    result = cli(env, "status", "--json")
    return json.loads(result.stdout) if result.returncode == 0 else {}


def shown(env: dict[str, str], title: str) -> bool:
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title], env=env,
                            capture_output=True, text=True, check=False, timeout=10)
    return bool(result.stdout.split())


def card_open(env: dict[str, str]) -> bool:
    return shown(env, CARD_TITLE)


def prompt_shown(env: dict[str, str]) -> bool:
    return shown(env, PROMPT_TITLES)


def until(condition: Callable[[], object], what: str, timeout: float,
          tick: Callable[[], None] = lambda: time.sleep(0.2)) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        tick()


class App:
    """The app started at ``speed`` with its own home on the test's X server."""

    def __init__(self, server: XServer, home: Path, speed: int, interval: int,
                 **extra_env: str) -> None:
        (home / "settings.toml").write_text(SETTINGS.format(interval=interval))
        self.speed = speed
        self.home = home
        self.server = server
        self.env = server.env(
            STANDUP_BUDDY_HOME=str(home), STANDUP_BUDDY_NO_WELCOME="1", QT_QPA_PLATFORM="xcb",
            XDG_SESSION_TYPE="x11", DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent",
            **extra_env,
        )
        self.process = subprocess.Popen(
            [sys.executable, "-m", "standup_buddy", "--speed", str(speed)], env=self.env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self._x = 100
        until(lambda: status(self.env), "the app to answer", 30)

    def wiggle(self) -> None:
        self._x = 100 + (self._x + 7) % 400
        xdotool(self.server, "mousemove", str(self._x), "300")
        time.sleep(0.2)  # the pace of a person's input, not a timing assumption

    def work_until(self, condition: Callable[[dict[str, object]], bool], what: str,
                   timeout: float) -> None:
        until(lambda: condition(status(self.env)), what, timeout, self.wiggle)

    def quit(self) -> str:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            out, _ = self.process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, _ = self.process.communicate()
        return out


@pytest.fixture
def pulse(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private PulseAudio with a null source; yields the environment that reaches it."""
    need("pulseaudio", "pactl", "parec")
    runtime = tmp_path / "pulse-runtime"
    runtime.mkdir(mode=0o700)
    socket_path = runtime / "native"
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(tmp_path),
           "PULSE_SERVER": f"unix:{socket_path}"}
    # -n: no default script; as root this still runs per-user (no --system),
    # with its own socket in the private runtime folder.
    server = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n", "-F", "/dev/null",
         "--use-pid-file=no", "--disable-shm=yes",
         "-L", f"module-native-protocol-unix socket={socket_path} auth-anonymous=1",
         "-L", "module-null-source source_name=call_mic"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        def ready() -> bool:
            probe = subprocess.run(["pactl", "list", "short", "sources"], env=env,
                                   capture_output=True, text=True, check=False, timeout=10)
            return "call_mic" in probe.stdout

        wait_for(ready, "PulseAudio to start", timeout=20)
        yield {"XDG_RUNTIME_DIR": str(runtime), "PULSE_SERVER": f"unix:{socket_path}"}
    finally:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if server.stderr is not None:
            server.stderr.close()


def assert_no_card_while(app: App, app_minutes: float, hold: str,
                         tick: Callable[[], None] = lambda: time.sleep(0.2)) -> None:
    """Until ``app_minutes`` of app time pass: no card, no reminder; then the break is held.

    Only the screen is watched meanwhile: asking ``status`` makes the app take
    a fresh sample, which would hide a card that the app's own schedule let
    through.
    """
    deadline = time.monotonic() + app_minutes * 60 / app.speed
    while time.monotonic() < deadline:
        assert not prompt_shown(app.env), "a break prompt appeared during the hold"
        tick()
    now = status(app.env)
    assert (now.get("state"), now.get("hold_reason")) == ("held", hold), now


@pytest.mark.slow
@pytest.mark.xvfb
def test_a_call_started_before_the_break_gets_no_card(
    openbox: XServer, private_home: Path, pulse: dict[str, str]
) -> None:
    app = App(openbox, private_home, speed=10, interval=10, **pulse)
    call: subprocess.Popen[bytes] | None = None
    try:
        app.work_until(lambda s: s.get("state") == "sitting", "sitting", 30)
        # Work until the break is 3 minutes away, then join a call and stop typing.
        app.work_until(lambda s: (s.get("next_break_minutes") or 99) <= 3.0,
                       "3 minutes before the break", 120)
        call = subprocess.Popen(["parec", "-d", "call_mic"], env={**os.environ, **pulse},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert_no_card_while(app, app_minutes=7, hold="meeting")
        assert call.poll() is None
        call.terminate()
        call.wait(timeout=5)
        ended = time.monotonic()
        until(lambda: card_open(app.env), "the card after the call", 60)
        late = (time.monotonic() - ended) * app.speed
        assert late <= 60, f"the card came {late:.0f} app seconds after the call"
    finally:
        if call is not None and call.poll() is None:
            call.kill()
            call.wait()
        out = app.quit()
    assert app.process.returncode == 0, out
    assert "Traceback" not in out, out
    # No break was credited during the call.
    exported = json.loads(cli(app.env, "export", "--format", "json").stdout)
    assert [b for b in exported["breaks"] if b["outcome"] == "completed"] == []


@pytest.mark.slow
@pytest.mark.xvfb
def test_a_full_screen_film_started_before_the_break_gets_no_card(
    openbox: XServer, private_home: Path
) -> None:
    need("wmctrl", "xev")
    app = App(openbox, private_home, speed=10, interval=10)
    film: subprocess.Popen[bytes] | None = None
    try:
        app.work_until(lambda s: s.get("state") == "sitting", "sitting", 30)
        app.work_until(lambda s: (s.get("next_break_minutes") or 99) <= 3.0,
                       "3 minutes before the break", 120)
        film = subprocess.Popen(["xev", "-name", "film"], env=app.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        window: list[str] = []

        def mapped() -> bool:
            found = subprocess.run(["xdotool", "search", "--name", "^film$"], env=app.env,
                                   capture_output=True, text=True, check=False, timeout=10)
            window[:] = found.stdout.split()
            return bool(window)

        until(mapped, "the film window", 20)
        subprocess.run(["wmctrl", "-i", "-r", window[0], "-b", "add,fullscreen"],
                       env=app.env, check=True, timeout=10)
        subprocess.run(["wmctrl", "-i", "-a", window[0]], env=app.env, check=True, timeout=10)
        # The viewer nudges the mouse now and then (present, not away).
        assert_no_card_while(app, app_minutes=7, hold="fullscreen", tick=app.wiggle)
        film.terminate()
        film.wait(timeout=5)
        ended = time.monotonic()
        until(lambda: prompt_shown(app.env), "the prompt after the film", 60)
        late = (time.monotonic() - ended) * app.speed
        assert late <= 60, f"the card came {late:.0f} app seconds after the film"
    finally:
        if film is not None and film.poll() is None:
            film.kill()
            film.wait()
        out = app.quit()
    assert app.process.returncode == 0, out
    assert "Traceback" not in out, out


@pytest.mark.slow
@pytest.mark.xvfb
def test_sigterm_ends_the_last_interval_at_the_signal(
    openbox: XServer, private_home: Path
) -> None:
    app = App(openbox, private_home, speed=1, interval=30)
    try:
        app.work_until(lambda s: s.get("state") == "sitting", "sitting", 30)
        for _ in range(10):
            app.wiggle()
        time.sleep(2)  # the pace of a person: the app is between two of its wake-ups
        signalled = time.time()
        app.process.send_signal(signal.SIGTERM)
    finally:
        out = app.quit()
    assert app.process.returncode == 0, out
    with contextlib.closing(sqlite3.connect(private_home / "history.sqlite3")) as conn:
        (end, still_open) = conn.execute(
            "SELECT end_utc, open FROM intervals ORDER BY end_utc DESC LIMIT 1").fetchone()
    assert still_open == 0
    assert abs(end - signalled) <= 1.0, f"history ends {signalled - end:.1f} s before the quit"


@pytest.mark.slow
@pytest.mark.xvfb
def test_a_twelve_minute_walk_away_is_one_export_row(
    openbox: XServer, private_home: Path
) -> None:
    app = App(openbox, private_home, speed=30, interval=30)
    try:
        app.work_until(lambda s: s.get("state") == "sitting", "sitting", 30)
        for _ in range(10):
            app.wiggle()
        left = time.monotonic()
        until(lambda: status(app.env).get("state") == "away", "a natural break", 40)
        # Stay away 12 app minutes in all, then come back and work a little.
        while time.monotonic() < left + 12 * 60 / app.speed:
            time.sleep(0.2)
        app.work_until(lambda s: s.get("state") == "sitting", "back at the desk", 30)
        for _ in range(10):
            app.wiggle()
    finally:
        out = app.quit()
    assert app.process.returncode == 0, out
    exported = json.loads(cli(app.env, "export", "--format", "json").stdout)
    natural = [i for i in exported["intervals"] if i["kind"] == "natural_break"]
    # Every row lies inside one local day: a walk-away across local midnight
    # (the fast clock can cross it at any hour) is one row per day, and only there.
    continued = [p for p in natural if any(q["end"] == p["start"] for q in natural)]
    assert all(p["start"][11:19] == "00:00:00" for p in continued), natural
    assert len(natural) - len(continued) == 1, natural
    assert 11 <= sum(float(p["minutes"]) for p in natural) <= 13
    assert all(i["minutes"] > 0 for i in exported["intervals"])
