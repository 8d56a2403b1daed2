"""The real app on a real X server at --speed: micro-pauses come at their interval and
never take the keyboard from the window the user is typing in.

Xvfb and openbox run for this test only; a small Qt window holds the focus
and receives the key presses xdotool types (real XTEST input to whatever
window has the focus, not events sent to a chosen window).  The app is
watched only through what a user has: the windows on the screen, the focused
window, ``status --json`` and the history file.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from desktop_env import XServer, app_env, midday_timezone, real_app, wait_for

SPEED = 20  # micro-pause every 5 app minutes = 15 s; a 60 s cue is up 3 s
INTERVAL_REAL = 5 * 60 / SPEED
CUE_REAL = 60 / SPEED
CUE_TITLE = "Standup Buddy: Micro-pause"
TYPING = Path(__file__).with_name("typing_window.py")


def run(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        list(args), env=env, capture_output=True, text=True, timeout=20, check=False
    )
    return result.stdout.strip()


def status(env: dict[str, str]) -> dict[str, object] | None:
    out = run(env, sys.executable, "-m", "standup_buddy", "status", "--json")
    try:
        found = json.loads(out)
    except json.JSONDecodeError:
        return None
    return found if isinstance(found, dict) else None


@dataclass
class Seen:
    """One micro-pause cue as the screen showed it."""

    appeared: float
    gone: float | None = None
    active: set[str] = field(default_factory=set)  # the focused window while it was up
    typed_during: int = 0  # characters that reached the typing window meanwhile


@pytest.mark.slow
@pytest.mark.xvfb
def test_micro_pauses_come_at_the_interval_and_never_take_focus(
    openbox: XServer, private_home: Path, tmp_path: Path
) -> None:
    home = private_home
    (home / "settings.toml").write_text(
        "version = 1\n"
        "[breaks]\ninterval_minutes = 180\n"
        "[activity]\nnatural_break_minutes = 60\n"
        "[micro]\nenabled = true\ninterval_minutes = 5\nduration_seconds = 60\n"
        '[schedule]\nwork_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\n'
        'start = "00:00"\nend = "23:59"\n'
    )
    env = app_env(openbox, home, TZ=midday_timezone())
    typed_file = tmp_path / "typed.txt"
    typing = subprocess.Popen(
        [sys.executable, str(TYPING), str(typed_file)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    openbox.helpers.append(typing)
    typing_id: list[str] = []

    def typing_window_up() -> bool:
        typing_id[:] = run(env, "xdotool", "search", "--name", "^Typing window$").split()
        return bool(typing_id)

    wait_for(typing_window_up, "the typing window", timeout=30)

    def typed() -> int:
        try:
            return len(typed_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return 0

    cues: list[Seen] = []
    focus_lost: list[str] = []
    with real_app(env, "--speed", str(SPEED)) as app:
        wait_for(lambda: status(env) is not None, "the app to answer", timeout=40)
        # The app is up (with its status window: this bare desktop has no
        # tray); the user clicks into the window they type in.
        run(env, "xdotool", "windowactivate", "--sync", typing_id[0])
        wait_for(
            lambda: run(env, "xdotool", "getactivewindow") == typing_id[0],
            "the typing window to hold the focus",
            timeout=15,
        )
        first_status = status(env)
        assert first_status is not None
        assert first_status["next_micro_minutes"] is not None
        started = time.monotonic()
        deadline = started + 5 * INTERVAL_REAL + 30
        # Type steadily into the focused window (whatever it is) and watch the screen.
        while len([c for c in cues if c.gone is not None]) < 2:
            assert time.monotonic() < deadline, f"two micro-pauses did not come: {cues}"
            before = typed()
            run(env, "xdotool", "type", "--delay", "20", "ab")
            up = bool(run(env, "xdotool", "search", "--onlyvisible", "--name", CUE_TITLE))
            active = run(env, "xdotool", "getactivewindow")
            if active != typing_id[0]:
                focus_lost.append(active)
            now = time.monotonic()
            if up and (not cues or cues[-1].gone is not None):
                cues.append(Seen(now))
            if cues and cues[-1].gone is None:
                if up:
                    cues[-1].active.add(active)
                    cues[-1].typed_during += max(0, typed() - before)
                else:
                    cues[-1].gone = now
        in_status = status(env)
    app.assert_clean_exit()

    # The focus never moved: every key went on reaching the typing window.
    assert focus_lost == [], f"the focus moved to {focus_lost}"
    for cue in cues:
        assert cue.active == {typing_id[0]}
        assert cue.typed_during > 0, "no key reached the typing window while the cue was up"
        # It closed by itself after its few seconds (nobody clicked it).
        assert cue.gone is not None
        assert cue.gone - cue.appeared < CUE_REAL + 6
    # At the interval: the first after about 5 app minutes of typing, the next
    # 5 app minutes after the first appeared (generous bounds for a loaded machine).
    first, second = cues[0], cues[1]
    assert first.appeared - started < INTERVAL_REAL + 8
    gap = second.appeared - first.appeared
    assert INTERVAL_REAL - 3 < gap < INTERVAL_REAL + 8, f"{gap:.1f} s between cues"
    assert in_status is not None and in_status["next_micro_minutes"] is not None

    with sqlite3.connect(home / "history.sqlite3") as conn:
        rows = conn.execute("SELECT kind, outcome FROM breaks ORDER BY anchor_utc").fetchall()
    assert rows[:2] == [("micro", "completed"), ("micro", "completed")]
    assert all(kind == "micro" for kind, _ in rows)
