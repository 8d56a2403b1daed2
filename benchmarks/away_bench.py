"""What the app costs while the user is away for an hour.

Away, the only work left is the meeting check (is a call going on in the
empty chair?), which backs off 1, 2, 4 ... 30 minutes. An hour cannot be
waited for in a benchmark, so this measures the two parts and adds them up:

- the CPU one meeting check really costs here, children (``pactl``) included,
  against a real PulseAudio server when one can be started;
- how many checks the controller's back-off schedule makes in the first hour.

The idle app's own CPU between checks is the "CPU while idle" row of the idle
footprint (timers only: none fire while away but the heartbeat).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHECKS = 20


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


@contextmanager
def _pulse() -> Iterator[bool]:
    """A private PulseAudio server for the checks to ask, if one can run."""
    if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
        yield False
        return
    with tempfile.TemporaryDirectory() as runtime:
        env = dict(os.environ, XDG_RUNTIME_DIR=runtime, HOME=runtime)
        server = subprocess.Popen(
            ["pulseaudio", "-n", "-F", "/dev/null", "--daemonize=no", "--exit-idle-time=-1",
             "--load=module-native-protocol-unix auth-anonymous=1",
             "--load=module-null-sink"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        saved = os.environ.get("XDG_RUNTIME_DIR")
        os.environ["XDG_RUNTIME_DIR"] = runtime
        try:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                probe = subprocess.run(["pactl", "info"], env=env, capture_output=True,
                                       check=False)
                if probe.returncode == 0:
                    break
                time.sleep(0.1)
            yield (Path(runtime) / "pulse" / "native").exists()
        finally:
            if saved is None:
                os.environ.pop("XDG_RUNTIME_DIR", None)
            else:
                os.environ["XDG_RUNTIME_DIR"] = saved
            server.terminate()
            server.wait(timeout=10)


def checks_in_first_hour() -> int:
    """Meeting checks the away back-off makes in 60 minutes away."""
    from standup_buddy.core.probe_gating import AWAY_PROBE_FIRST_SECONDS, AWAY_PROBE_MAX_SECONDS

    gap, at, count = AWAY_PROBE_FIRST_SECONDS, 0.0, 1  # one on going away
    while at + gap <= 3600:
        at += gap
        count += 1
        gap = min(AWAY_PROBE_MAX_SECONDS, gap * 2)
    return count


def run() -> list[tuple[str, str, str]]:
    from standup_buddy.platform.meetings import MeetingDetector

    with _pulse() as real_server:
        detector = MeetingDetector()
        detector.check()  # warm caches, as the running app has
        began = _cpu_seconds()
        for _ in range(CHECKS):
            detector.check()
        per_check = (_cpu_seconds() - began) / CHECKS
    checks = checks_in_first_hour()
    share = 100 * checks * per_check / 3600
    server = "a real PulseAudio" if real_server else "no sound server"
    return [
        ("one meeting check, CPU", f"{per_check * 1000:.1f} ms incl. pactl ({server})", ""),
        ("meeting checks in an hour away", f"{checks} (back-off 1, 2, 4 … 30 min)",
         "no check every 30 s"),
        ("CPU while away an hour (checks)", f"{share:.4f} % of a core, plus the idle row",
         "≤ 0.01 % of a core"),
    ]
