"""The app idling in the tray at speed 1: CPU, memory, wake-ups; and time to a painted tray icon.

Each figure is measured on the real app process under Xvfb with openbox and a
tray (trayer), the way a user's desktop runs it.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from benchmarks.desktop import (
    Unavailable,
    counter_delta,
    memory_mib,
    task_counters,
    virtual_desktop,
)

IDLE_SECONDS = float(os.environ.get("BENCH_IDLE_SECONDS", "60"))
STARTS = int(os.environ.get("BENCH_STARTS", "7"))
# Past the first minutes' one-time work (the first step of the ring builds
# Qt's enum namespace, 30-45 ms once; docs/performance.md, "Measuring idle").
SETTLE_SECONDS = float(os.environ.get("BENCH_SETTLE_SECONDS", "120"))


def _tray_children(env: dict[str, str]) -> int:
    """How many Standup Buddy icons are docked in trayer's panel."""
    result = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                            text=True, check=False)
    lines = result.stdout.splitlines()
    for index, line in enumerate(lines):
        if '"panel": ("panel" "trayer")' in line:
            depth = len(line) - len(line.lstrip())
            count = 0
            for child in lines[index + 1:]:
                if not child.strip() or len(child) - len(child.lstrip()) <= depth:
                    break
                count += '"Standup Buddy"' in child
            return count
    return 0


APP = [sys.executable, "-m", "standup_buddy"]
BARE = [sys.executable, "-m", "benchmarks.bare_tray"]


def _start(env: dict[str, str], command: list[str] = APP) -> tuple[subprocess.Popen[bytes], float]:
    """Start the app; return it and the seconds until its icon was docked in the tray."""
    app, seconds, _cpu = _start_timed(env, command)
    return app, seconds


def _start_timed(
    env: dict[str, str], command: list[str] = APP
) -> tuple[subprocess.Popen[bytes], float, float]:
    """Start the app; return it, the seconds until its icon was docked in the tray, and
    the CPU seconds the process had used by then.

    The CPU figure is the steadier of the two on a shared machine: waiting for
    a core counts in the wall time, not in the CPU time. It includes what ran
    between the dock and this poll noticing it (a few ms at most).
    """
    began = time.perf_counter()
    app = subprocess.Popen(command, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = began + 20
    while _tray_children(env) == 0:
        if time.perf_counter() > deadline or app.poll() is not None:
            raise RuntimeError("the tray icon never appeared")
        time.sleep(0.005)
    seconds = time.perf_counter() - began
    cpu = sum(ns for ns, _switches in task_counters(app.pid).values()) / 1e9
    return app, seconds, cpu


def _at_desk(env: dict[str, str], seconds: float) -> None:
    """Wait ``seconds`` with a user at the desk: the pointer nudged every 15 s.

    A fresh virtual X server has had no input since it started; past 80 % of
    the natural-break threshold the app takes the user for someone who may be
    in a call or leaving, and checks for a meeting every few seconds until
    they are away (then backing off; the "away an hour" rows). Which of those
    phases a fixed window falls in would decide the figure, so the user is
    kept at the desk. The pointer moves in the lower left corner, over no
    window of the app.
    """
    end = time.monotonic() + seconds
    x = 5
    while True:
        if shutil.which("xdotool") is not None:
            subprocess.run(["xdotool", "mousemove", str(x), "700"], env=env, check=False,
                           capture_output=True)
            x = 11 - x  # 5, 6, 5, ...
        left = end - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(15.0, left))


def _stop(app: subprocess.Popen[bytes]) -> None:
    app.terminate()
    try:
        app.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app.kill()


def _remote_timings(env: dict[str, str], home: str) -> tuple[float, float]:
    """Median ms of a status request over the socket, and of the whole CLI command."""
    import statistics
    from pathlib import Path

    from standup_buddy.ipc import send_request
    from standup_buddy.platform.paths import Paths

    name = Paths(Path(home), Path(home)).runtime_name
    socket_ms = []
    for _ in range(20):
        began = time.perf_counter()
        reply = send_request(name, {"cmd": "status"})
        socket_ms.append((time.perf_counter() - began) * 1000)
        assert reply is not None and reply.get("ok")
    command_ms = []
    for _ in range(5):
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "standup_buddy", "status"], env=env,
                       capture_output=True, check=True)
        command_ms.append((time.perf_counter() - began) * 1000)
    return statistics.median(socket_ms), statistics.median(command_ms)


def run() -> list[tuple[str, str, str]]:
    try:
        with virtual_desktop(tray=True) as desktop, tempfile.TemporaryDirectory() as home:
            env = desktop.env(STANDUP_BUDDY_HOME=home, STANDUP_BUDDY_NO_WELCOME="1")
            # An installed app runs from compiled modules (pip compiles them at
            # install); without them every start would compile the app's ~100
            # modules again. The first, uncounted start writes them.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            # App and bare tray start in turns, so both see the same load on
            # this shared machine; the first (cold) start of each is not counted.
            starts: list[float] = []
            bare_starts: list[float] = []
            cpu_starts: list[float] = []
            bare_cpu_starts: list[float] = []
            for _ in range(STARTS):
                app, seconds, cpu_seconds = _start_timed(env)
                starts.append(seconds)
                cpu_starts.append(cpu_seconds)
                _stop(app)
                bare, seconds, cpu_seconds = _start_timed(env, BARE)
                bare_starts.append(seconds)
                bare_cpu_starts.append(cpu_seconds)
                _stop(bare)
            bare, _ = _start(env, BARE)
            _at_desk(env, SETTLE_SECONDS + IDLE_SECONDS / 2)  # as old as the app when read
            bare_rss, bare_pss = memory_mib(bare.pid)
            _stop(bare)
            app, _ = _start(env)
            try:
                # Settle first: the first minutes hold one-time work (the figure
                # cache filled, modules imported and types built on first use).
                _at_desk(env, SETTLE_SECONDS)
                before, t0 = task_counters(app.pid), time.monotonic()
                _at_desk(env, IDLE_SECONDS / 2)
                rss, pss = memory_mib(app.pid)
                _at_desk(env, IDLE_SECONDS / 2)
                after, t1 = task_counters(app.pid), time.monotonic()
                socket_ms, command_ms = _remote_timings(env, home)
            finally:
                _stop(app)
    except Unavailable as exc:
        return [("idle footprint", f"skipped: {exc}", "")]
    elapsed = t1 - t0
    age = SETTLE_SECONDS + IDLE_SECONDS / 2  # when the memory was read
    cpu, switches = counter_delta(before, after)
    warm, bare_warm = statistics.median(starts[1:]), statistics.median(bare_starts[1:])
    warm_cpu = statistics.median(cpu_starts[1:])
    bare_warm_cpu = statistics.median(bare_cpu_starts[1:])
    # This machine is shared and noisy: the ratios against the bare tray measured
    # in the same run are the figures to compare between runs.
    return [
        ("start to tray icon docked (cold)", f"{starts[0] * 1000:.0f} ms", ""),
        (f"start to tray icon docked (warm, median of {len(starts) - 1})",
         f"{warm * 1000:.0f} ms = {warm / bare_warm:.2f}× the bare tray", "≤ 1.3×"),
        (f"  CPU used by then (warm, median of {len(starts) - 1})",
         f"{warm_cpu * 1000:.0f} ms = {warm_cpu / bare_warm_cpu:.2f}× the bare tray's "
         f"{bare_warm_cpu * 1000:.0f} ms", "≤ 1.3×"),
        (f"CPU while idle at the desk ({elapsed:.0f} s)",
         f"{cpu:.3f} s per {elapsed:.0f} s ({100 * cpu / elapsed:.3f} % of a core)",
         "≤ 0.01 % of a core"),
        (f"RSS after {age:.0f} s idle",
         f"{rss:.1f} MiB = {rss / bare_rss:.2f}× the bare tray",
         "≤ 1.15×"),
        (f"PSS after {age:.0f} s idle",
         f"{pss:.1f} MiB = {pss / bare_pss:.2f}× the bare tray",
         "≤ 1.15×"),
        ("  bare PySide6 tray, same desktop",
         f"{bare_rss:.1f} MiB RSS, {bare_pss:.1f} MiB PSS, docked in "
         f"{bare_warm * 1000:.0f} ms (warm)", "reference"),
        ("context switches while idle", f"{switches / elapsed:.2f} per s", "≤ 0.2 per s"),
        ("status answered over the socket", f"{socket_ms:.1f} ms (median of 20)", "< 200 ms"),
        ("`standup-buddy status`, whole command", f"{command_ms:.0f} ms (median of 5)", ""),
    ]
