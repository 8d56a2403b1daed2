"""The real app on a real X server at --speed: a natural break and a due break land in stats.

The app runs as a separate process on its own Xvfb with openbox, input comes
from xdotool, and the app is observed only through what a user has: the
``status`` command, the break window, and ``stats --json``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from desktop_env import XServer, app_env, real_app, xdotool

SPEED = 30  # 5-minute interval = 10 s; natural break after 5 min idle = 10 s


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "standup_buddy", *args], env=env,
                          capture_output=True, text=True, timeout=30, check=False)


def status(env: dict[str, str]) -> dict[str, object] | None:
    result = cli(env, "status", "--json")
    return json.loads(result.stdout) if result.returncode == 0 else None


def until(condition: Callable[[], object], what: str, timeout: float, tick: Callable[[], None]
          ) -> None:
    """Keep doing ``tick`` (user input, a key press) until ``condition`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        tick()


def _zone_at_local_noon() -> str:
    """A fixed-offset zone in which it is about noon now.

    At --speed 30 the app's clock runs up to an hour ahead of the wall clock;
    run near midnight, its records would fall on a date `stats --days 2` does
    not cover yet. Far from midnight, the hour the suite runs at cannot matter.
    """
    import datetime as dt

    utc_hour = dt.datetime.now(dt.UTC).hour
    east = (12 - utc_hour + 12) % 24 - 12  # -12..11 hours east of UTC
    return f"NOON{-east:+d}"  # POSIX TZ: the sign is west of UTC


@pytest.mark.slow
@pytest.mark.xvfb
def test_natural_and_due_break_reach_stats(openbox: XServer, private_home: Path) -> None:
    home = private_home
    (home / "settings.toml").write_text(
        "version = 1\n[breaks]\ninterval_minutes = 5\nduration_seconds = 60\n"
        "[schedule]\nwork_days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"]\n"
        "start = \"00:00\"\nend = \"23:59\"\n"
    )
    env = app_env(openbox, home, TZ=_zone_at_local_noon())
    x = 100

    def wiggle() -> None:
        nonlocal x
        x = 100 + (x + 7) % 400
        xdotool(openbox, "mousemove", str(x), "300")
        time.sleep(0.3)  # the pace of a person's input, not a timing assumption

    def idle_tick() -> None:
        time.sleep(0.3)

    with real_app(env, "--speed", str(SPEED)) as app:
        until(lambda: status(env) is not None, "the app to answer", 30, idle_tick)
        # Present, then away long enough for a natural break, then back.
        until(lambda: (status(env) or {}).get("state") == "sitting", "sitting", 20, wiggle)
        until(lambda: (status(env) or {}).get("state") == "away", "a natural break", 40,
              idle_tick)
        until(lambda: (status(env) or {}).get("state") == "sitting", "back at the desk", 20,
              wiggle)
        # Keep working until the break is due and the reminder is up.
        until(lambda: (status(env) or {}).get("next_break_minutes") == 0, "a due break", 60,
              wiggle)
        # Stop typing: the card opens at the pause; answer it with Enter.
        found: list[str] = []

        def card_open() -> bool:
            result = subprocess.run(["xdotool", "search", "--name", "Standup Buddy: Break"],
                                    env=env, capture_output=True, text=True, check=False)
            found[:] = result.stdout.split()
            return bool(found)

        until(card_open, "the break card", 30, idle_tick)

        def press_enter() -> None:
            subprocess.run(["xdotool", "windowactivate", "--sync", found[-1]], env=env,
                           check=False, timeout=10, capture_output=True)
            subprocess.run(["xdotool", "key", "Return"], env=env, check=False, timeout=10)
            time.sleep(0.3)

        until(lambda: (status(env) or {}).get("next_break_minutes") != 0, "the break to end",
              30, press_enter)
    app.assert_clean_exit()

    result = cli(env, "stats", "--days", "2", "--json")
    assert result.returncode == 0, result.stderr
    days = json.loads(result.stdout)["days"]
    assert sum(d["natural_breaks"] for d in days) >= 1
    assert sum(d["breaks_completed"] for d in days) == 1
    assert sum(d["sitting_minutes"] for d in days) > 5
    assert (home / "history.sqlite3").exists()
