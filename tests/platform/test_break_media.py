"""Media players are paused for a movement break and resumed after it; the screen locks.

Every player here is real to the app: a separate process owning
``org.mpris.MediaPlayer2.*`` on a private session bus (``mpris_test_player.py``),
and mpv with the mpv-mpris plugin playing a silent file. The controller, the
engine and ``BreakEffects`` are the app's own; only the clock is moved by hand.
The screen lock is gnome-screensaver on a test Xvfb.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop_env import (
    STARTUP_TIMEOUT,
    STEP_CLOCK_START,
    StepClock,
    XServer,
    app_env,
    read_line,
    real_app,
    wait_for,
)
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from standup_buddy.app import Controller, Probes
from standup_buddy.app.break_effects import MEDIA_POLL_MS, BreakEffects
from standup_buddy.core.media_ledger import Playback
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.idle.base import FakeIdleSource
from standup_buddy.platform.idle.dbus import DBusCallError, call_dbus
from standup_buddy.platform.mpris import MprisPlayers
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.platform.screen_lock import ScreenLocker
from standup_buddy.platform.session_watch import has_owner
from standup_buddy.settings import Settings

pytestmark = pytest.mark.slow

PLAYER_SCRIPT = Path(__file__).with_name("mpris_test_player.py")
START = STEP_CLOCK_START
ALL_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class MprisTestPlayers:
    """The MPRIS test player process; ``user(...)`` plays the user's own clicks."""

    def __init__(self, address: str, specs: list[str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(PLAYER_SCRIPT), address, *specs],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert self.process.stdout is not None
        self.lines: list[str] = []
        self._pending: list[str] = []
        line = self._line()
        assert line == "ready", line

    def _line(self) -> str:
        """The next line the player printed (a read may bring several at once)."""
        assert self.process.stdout is not None
        while not self._pending:
            chunk = read_line(
                self.process.stdout.fileno(), time.monotonic() + STARTUP_TIMEOUT,
                "MPRIS test player",
            )
            self._pending.extend(chunk.splitlines())
        return self._pending.pop(0)

    def user(self, command: str, name: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{command} {name}\n".encode())
        self.process.stdin.flush()
        # The player answers once the click is done: no race with the next step.
        while (line := self._line()) != f"user {name} {command}":
            self.lines.append(line)

    def stop(self) -> str:
        """End the player; return everything it printed (the calls it received)."""
        if self.process.poll() is None:
            self.process.terminate()
        out, _ = self.process.communicate(timeout=5)
        return "\n".join([*self.lines, *self._pending, out.decode()])


def status_of(bus: QDBusConnection, name: str) -> str:
    reply = call_dbus(
        bus, name, "/org/mpris/MediaPlayer2", "org.freedesktop.DBus.Properties", "Get",
        args=("org.mpris.MediaPlayer2.Player", "PlaybackStatus"),
    )
    value = reply[0]
    return str(value.variant() if hasattr(value, "variant") else value)


def make_controller(clock: StepClock, **settings: object) -> Controller:
    values = {"schedule.work_days": ALL_DAYS, **settings}
    return Controller(
        paths=resolve_paths(),
        settings=Settings(values),  # type: ignore[arg-type]
        unknown_settings={},
        clock=clock,
        probes=Probes(idle=FakeIdleSource(0.0)),
        store=None,
        messages=MessageCenter(),
    )


def start_break(controller: Controller) -> None:
    """What the card does: the break is shown, then its countdown starts."""
    controller.take_break_now()
    controller.break_shown([])
    controller.break_started()
    assert controller.status().state == "on_break"


def end_break_by_time(controller: Controller, clock: StepClock) -> None:
    clock.t += controller.settings().get_int("breaks.duration_seconds") + 1
    controller.wake()
    assert controller.status().state != "on_break"


@pytest.fixture
def players(private_bus_address: str) -> Iterator[list[MprisTestPlayers]]:
    started: list[MprisTestPlayers] = []
    yield started
    for player in started:
        player.stop()


def test_playing_player_paused_for_the_break_and_resumed_after_it(
    qtbot: QtBot,
    private_bus_address: str,
    private_bus: QDBusConnection,
    players: list[MprisTestPlayers],
) -> None:
    music = MprisTestPlayers(
        private_bus_address,
        ["music=Playing", "podcast=Paused", "radio=Stopped", "playerctld=Playing"],
    )
    players.append(music)
    clock = StepClock()
    controller = make_controller(clock)
    mpris = MprisPlayers(private_bus)
    assert mpris.statuses() == {
        "org.mpris.MediaPlayer2.music": Playback.PLAYING,
        "org.mpris.MediaPlayer2.podcast": Playback.PAUSED,
        "org.mpris.MediaPlayer2.radio": Playback.STOPPED,
    }
    effects = BreakEffects(controller, media=mpris, locker=None)
    controller.start()

    start_break(controller)
    assert status_of(private_bus, "org.mpris.MediaPlayer2.music") == "Paused"
    assert effects.paused_players == {"org.mpris.MediaPlayer2.music"}

    end_break_by_time(controller, clock)
    assert status_of(private_bus, "org.mpris.MediaPlayer2.music") == "Playing"
    # The user's own pause and stop are left as they were.
    assert status_of(private_bus, "org.mpris.MediaPlayer2.podcast") == "Paused"
    assert status_of(private_bus, "org.mpris.MediaPlayer2.radio") == "Stopped"
    calls = [line for line in music.stop().splitlines() if line.startswith("called")]
    # playerctld only forwards to the real players: it is never asked itself.
    assert calls == ["called music Pause", "called music Play"]
    controller.shutdown()


def test_player_the_user_takes_over_during_the_break_stays_theirs(
    qtbot: QtBot,
    private_bus_address: str,
    private_bus: QDBusConnection,
    players: list[MprisTestPlayers],
) -> None:
    player = MprisTestPlayers(private_bus_address, ["music=Playing"])
    players.append(player)
    clock = StepClock()
    controller = make_controller(clock)
    effects = BreakEffects(controller, media=MprisPlayers(private_bus), locker=None)
    controller.start()
    start_break(controller)
    assert effects.paused_players == {"org.mpris.MediaPlayer2.music"}

    # During the break the user starts the music again, then pauses it themselves.
    player.user("play", "music")
    qtbot.waitUntil(lambda: not effects.paused_players, timeout=MEDIA_POLL_MS * 5)
    player.user("pause", "music")

    end_break_by_time(controller, clock)
    assert status_of(private_bus, "org.mpris.MediaPlayer2.music") == "Paused"
    calls = [line for line in player.stop().splitlines() if line.startswith("called")]
    assert calls == ["called music Pause"]  # never a Play from the app
    controller.shutdown()


def test_snooze_and_skip_during_the_break_also_resume(
    qtbot: QtBot,
    private_bus_address: str,
    private_bus: QDBusConnection,
    players: list[MprisTestPlayers],
) -> None:
    players.append(MprisTestPlayers(private_bus_address, ["music=Playing"]))
    clock = StepClock()
    controller = make_controller(clock)
    effects = BreakEffects(controller, media=MprisPlayers(private_bus), locker=None)
    controller.start()
    start_break(controller)
    assert effects.paused_players
    assert status_of(private_bus, "org.mpris.MediaPlayer2.music") == "Paused"
    controller.break_skipped()
    assert status_of(private_bus, "org.mpris.MediaPlayer2.music") == "Playing"
    controller.shutdown()


def test_a_break_that_ends_with_the_screen_locked_resumes_at_the_unlock(
    qtbot: QtBot,
    private_bus_address: str,
    private_bus: QDBusConnection,
    players: list[MprisTestPlayers],
) -> None:
    player = MprisTestPlayers(private_bus_address, ["music=Playing"])
    players.append(player)
    clock = StepClock()
    controller = make_controller(clock)
    effects = BreakEffects(controller, media=MprisPlayers(private_bus), locker=None)
    controller.start()
    start_break(controller)
    assert status_of(private_bus, "org.mpris.MediaPlayer2.music") == "Paused"

    effects.set_screen_locked(True)  # the user locked and walked off, as SessionWatch reports
    end_break_by_time(controller, clock)
    assert status_of(private_bus, "org.mpris.MediaPlayer2.music") == "Paused", (
        "no music for an empty room"
    )
    assert effects.resume_waits_for_unlock

    effects.set_screen_locked(False)  # back at the desk
    assert status_of(private_bus, "org.mpris.MediaPlayer2.music") == "Playing"
    assert not effects.resume_waits_for_unlock
    calls = [line for line in player.stop().splitlines() if line.startswith("called")]
    assert calls == ["called music Pause", "called music Play"]
    controller.shutdown()


def test_a_player_the_user_starts_on_another_device_while_locked_is_not_touched(
    qtbot: QtBot,
    private_bus_address: str,
    private_bus: QDBusConnection,
    players: list[MprisTestPlayers],
) -> None:
    player = MprisTestPlayers(private_bus_address, ["music=Playing"])
    players.append(player)
    clock = StepClock()
    controller = make_controller(clock)
    effects = BreakEffects(controller, media=MprisPlayers(private_bus), locker=None)
    controller.start()
    start_break(controller)
    effects.set_screen_locked(True)
    end_break_by_time(controller, clock)
    # From the phone: play, then pause again - the player is the user's now.
    player.user("play", "music")
    player.user("pause", "music")
    # Seen from the players' own signal (no poll runs while the screen is locked).
    qtbot.waitUntil(lambda: not effects.paused_players, timeout=5000)
    effects.set_screen_locked(False)
    assert status_of(private_bus, "org.mpris.MediaPlayer2.music") == "Paused"
    controller.shutdown()


def test_pause_media_off_leaves_players_alone(
    qtbot: QtBot,
    private_bus_address: str,
    private_bus: QDBusConnection,
    players: list[MprisTestPlayers],
) -> None:
    player = MprisTestPlayers(private_bus_address, ["music=Playing"])
    players.append(player)
    clock = StepClock()
    controller = make_controller(clock, **{"breaks.pause_media": False})
    effects = BreakEffects(controller, media=MprisPlayers(private_bus), locker=None)
    controller.start()
    start_break(controller)
    assert not effects.paused_players
    end_break_by_time(controller, clock)
    assert "called" not in player.stop()
    controller.shutdown()


def silent_wav(path: Path, seconds: int = 30) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(1)
        out.setframerate(8000)
        out.writeframes(bytes([128]) * 8000 * seconds)  # 8-bit PCM silence is 128
    return path


def mpv_mpris_installed() -> bool:
    candidates = [
        Path("/etc/mpv/scripts/mpris.so"),
        Path("/usr/lib/mpv-mpris/mpris.so"),
        Path.home() / ".config/mpv/scripts/mpris.so",
    ]
    return any(p.exists() for p in candidates)


def test_real_mpv_paused_for_the_break_and_resumed_after_it(
    qtbot: QtBot,
    private_bus_address: str,
    private_bus: QDBusConnection,
    tmp_path: Path,
) -> None:
    mpv = shutil.which("mpv")
    if mpv is None or not mpv_mpris_installed():
        pytest.skip("mpv and its MPRIS plugin are not installed (packages mpv, mpv-mpris)")
    proc = subprocess.Popen(
        [
            mpv, "--no-config", "--no-video", "--ao=null", "--loop-file=inf", "--really-quiet",
            "--script=/etc/mpv/scripts/mpris.so" if Path("/etc/mpv/scripts/mpris.so").exists()
            else "--script=/usr/lib/mpv-mpris/mpris.so",
            str(silent_wav(tmp_path / "silence.wav")),
        ],
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": private_bus_address},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        name = "org.mpris.MediaPlayer2.mpv"
        wait_for(lambda: has_owner(private_bus, name), "mpv to own its MPRIS name")
        wait_for(lambda: status_of(private_bus, name) == "Playing", "mpv to play")
        clock = StepClock()
        controller = make_controller(clock)
        effects = BreakEffects(controller, media=MprisPlayers(private_bus), locker=None)
        controller.start()
        start_break(controller)
        wait_for(lambda: status_of(private_bus, name) == "Paused", "mpv to pause")
        # mpv reports Paused a moment after the call: the ledger sees it on its next look.
        qtbot.waitUntil(lambda: name in effects.paused_players, timeout=MEDIA_POLL_MS * 5)
        end_break_by_time(controller, clock)
        wait_for(lambda: status_of(private_bus, name) == "Playing", "mpv to play again")
        controller.shutdown()
    finally:
        proc.terminate()
        proc.wait(timeout=5)


@pytest.mark.xvfb
@pytest.mark.parametrize(
    ("daemon", "service"),
    [("gnome-screensaver", "org.gnome.ScreenSaver"), ("mate-screensaver", "org.mate.ScreenSaver")],
)
def test_real_screen_saver_locks_after_the_countdown(  # noqa: PLR0917 - pytest fixtures
    qtbot: QtBot,
    xvfb_server: XServer,
    private_bus_address: str,
    private_bus: QDBusConnection,
    daemon: str,
    service: str,
) -> None:
    binary = shutil.which(daemon)
    if binary is None:
        pytest.skip(f"{daemon} is not installed (package {daemon})")
    proc = subprocess.Popen(
        [binary, "--no-daemon"],
        env=xvfb_server.env(DBUS_SESSION_BUS_ADDRESS=private_bus_address),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    xvfb_server.helpers.append(proc)
    path = "/" + service.replace(".", "/")
    wait_for(lambda: has_owner(private_bus, service), f"{daemon} on the bus")

    def active() -> bool:
        # A screen saver busy putting up its lock may answer late: ask again.
        try:
            reply = call_dbus(private_bus, service, path, service, "GetActive", timeout_ms=3000)
        except DBusCallError:
            return False
        return bool(reply[0])

    locker = ScreenLocker(private_bus)
    assert locker.describe() == f"{service}.Lock"
    clock = StepClock()
    controller = make_controller(clock, **{"breaks.lock_after_seconds": 1})
    effects = BreakEffects(controller, media=None, locker=locker)
    controller.start()
    start_break(controller)
    assert not active()
    assert not effects.screen_locked
    # The break's own clock reaches the countdown's end; the lock follows.
    clock.t += 1
    qtbot.waitUntil(lambda: effects.screen_locked, timeout=5000)
    wait_for(active, f"{daemon} to lock the screen", timeout=10)
    controller.shutdown()


def test_no_lock_when_the_break_ends_before_the_countdown(qtbot: QtBot) -> None:
    calls: list[str] = []

    class RecordingLocker:
        def lock(self) -> str:
            calls.append("lock")
            return "recorded"

    clock = StepClock()
    controller = make_controller(clock, **{"breaks.lock_after_seconds": 1})
    effects = BreakEffects(controller, media=None, locker=RecordingLocker())
    controller.start()
    start_break(controller)
    assert effects.lock_pending
    controller.break_done([])
    assert not effects.lock_pending  # Done before the countdown's end: no lock at all
    assert calls == []
    assert not effects.screen_locked
    controller.shutdown()


@pytest.mark.xvfb
def test_real_app_pauses_the_player_for_a_break_and_resumes_it(
    openbox: XServer,
    private_home: Path,
    private_bus_address: str,
    private_bus: QDBusConnection,
    players: list[MprisTestPlayers],
) -> None:
    """The app as a user runs it: ``standup-buddy break``, the card, the break's end."""
    import json

    players.append(MprisTestPlayers(private_bus_address, ["music=Playing"]))
    name = "org.mpris.MediaPlayer2.music"
    (private_home / "settings.toml").write_text(
        "version = 1\n[breaks]\nduration_seconds = 20\n"
        '[schedule]\nwork_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\n'
        'start = "00:00"\nend = "23:59"\n'
    )
    env = app_env(openbox, private_home, private_bus_address)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "standup_buddy", *args], env=env,
                              capture_output=True, text=True, timeout=30, check=False)

    def state() -> object:
        result = cli("status", "--json")
        return json.loads(result.stdout).get("state") if result.returncode == 0 else None

    # --speed 4: the 20 s break lasts 5 real seconds; the card's 2 s key guard stays real.
    with real_app(env, "--speed", "4") as app:
        wait_for(lambda: state() is not None, "the app to answer", timeout=30)
        assert status_of(private_bus, name) == "Playing"
        assert cli("break").returncode == 0
        wait_for(lambda: status_of(private_bus, name) == "Paused", "the break to pause the music",
                 timeout=20)
        wait_for(lambda: status_of(private_bus, name) == "Playing",
                 "the music to play again after the break", timeout=30)
        assert state() != "on_break"
    app.assert_clean_exit()
    calls = [line for line in players[-1].stop().splitlines() if line.startswith("called")]
    assert calls == ["called music Pause", "called music Play"]
