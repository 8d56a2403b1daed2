"""The app idling on sway (headless) with the Wayland idle source: CPU, wake-ups, memory.

The same figures as the X11 idle footprint, on a wlroots compositor: sway on
its headless backend with software rendering, the app a real Wayland client
(``QT_QPA_PLATFORM=wayland``). sway runs no panel here, so the app shows its
fallback window instead of a tray icon. sway refuses to run as root; under
root it runs as an unprivileged ``standup-test`` user (made if missing).
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.desktop import Unavailable, counter_delta, memory_mib, task_counters

IDLE_SECONDS = float(os.environ.get("BENCH_IDLE_SECONDS", "60"))
USER = "standup-test"


def _user() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(USER)
    except KeyError:
        if shutil.which("useradd") is None:
            raise Unavailable("root without useradd: cannot run sway unprivileged") from None
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell",
                        "/usr/sbin/nologin", USER], check=True, capture_output=True)
        return pwd.getpwnam(USER)


def _start_sway(runtime: Path) -> subprocess.Popen[bytes]:
    owner = _user()
    if owner is not None:
        os.chown(runtime, owner.pw_uid, owner.pw_gid)
    runtime.chmod(0o700)
    config = runtime / "sway.conf"
    config.write_text("output HEADLESS-1 resolution 1280x800\n")
    config.chmod(0o644)
    argv = ["sway", "-c", str(config)]
    if owner is not None:
        argv = ["setpriv", f"--reuid={owner.pw_uid}", f"--regid={owner.pw_gid}",
                "--clear-groups", *argv]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(runtime), "XDG_RUNTIME_DIR": str(runtime),
           "WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman"}
    sway = subprocess.Popen(argv, env=env, cwd=runtime,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not (runtime / "wayland-1").exists():
        if sway.poll() is not None or time.monotonic() > deadline:
            sway.kill()
            raise Unavailable("sway did not start headless")
        time.sleep(0.05)
    return sway


def _status(env: dict[str, str]) -> dict[str, object]:
    result = subprocess.run([sys.executable, "-m", "standup_buddy", "status", "--json"],
                            env=env, capture_output=True, text=True, check=False)
    return json.loads(result.stdout) if result.returncode == 0 else {}


def _measure(runtime: Path, qpa: str) -> tuple[str, float, float, float, float, int]:
    """Idle source, seconds measured, RSS, PSS, CPU seconds and context switches."""
    with tempfile.TemporaryDirectory() as home:
        base = {k: v for k, v in os.environ.items()
                if k not in {"DISPLAY", "PYTHONDONTWRITEBYTECODE", "XDG_CURRENT_DESKTOP"}}
        env = {**base, "XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": "wayland-1",
               "XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "sway",
               "QT_QPA_PLATFORM": qpa, "STANDUP_BUDDY_HOME": home,
               "STANDUP_BUDDY_NO_WELCOME": "1",
               "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"}
        app = subprocess.Popen([sys.executable, "-m", "standup_buddy"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            while not (state := _status(env)):
                if app.poll() is not None or time.monotonic() > deadline:
                    raise Unavailable(f"the app did not start (QT_QPA_PLATFORM={qpa})")
                time.sleep(0.2)
            time.sleep(2)  # let start-up settle before counting
            before, t0 = task_counters(app.pid), time.monotonic()
            time.sleep(IDLE_SECONDS / 2)
            rss, pss = memory_mib(app.pid)
            time.sleep(IDLE_SECONDS / 2)
            after, t1 = task_counters(app.pid), time.monotonic()
        finally:
            app.terminate()
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
    cpu, switches = counter_delta(before, after)
    return str(state.get("idle_source")), t1 - t0, rss, pss, cpu, switches


def run() -> list[tuple[str, str, str]]:
    if shutil.which("sway") is None:
        return [("Wayland idle footprint", "skipped: sway is not installed", "")]
    try:
        import pywayland  # noqa: F401
    except ImportError:
        return [("Wayland idle footprint", "skipped: pywayland is not installed", "")]
    runtime = Path(tempfile.mkdtemp(prefix="sb-bench-wayland-"))
    try:
        sway = _start_sway(runtime)
    except Unavailable as exc:
        shutil.rmtree(runtime, ignore_errors=True)
        return [("Wayland idle footprint", f"skipped: {exc}", "")]
    try:
        source, elapsed, rss, pss, cpu, switches = _measure(runtime, "wayland")
        # The same app with its windows off screen: what the idle source
        # itself costs, without Qt's own Wayland connection.
        _, elapsed2, rss2, _, cpu2, switches2 = _measure(runtime, "offscreen")
    except Unavailable as exc:
        return [("Wayland idle footprint", f"skipped: {exc}", "")]
    finally:
        sway.terminate()
        try:
            sway.wait(timeout=10)
        except subprocess.TimeoutExpired:
            sway.kill()
        shutil.rmtree(runtime, ignore_errors=True)
    return [
        ("idle source on sway", source, "wayland"),
        (f"CPU while idle ({elapsed:.0f} s)",
         f"{cpu:.3f} s per {elapsed:.0f} s ({100 * cpu / elapsed:.3f} % of a core)",
         "< 0.018 s per 60 s"),
        ("RSS after 30 s idle", f"{rss:.0f} MiB", "< 65 MiB"),
        ("PSS after 30 s idle", f"{pss:.0f} MiB", ""),
        ("context switches while idle", f"{switches / elapsed:.2f} per s", "< 2 per s"),
        ("  same, Qt offscreen (idle source only)",
         f"{100 * cpu2 / elapsed2:.3f} % of a core, {switches2 / elapsed2:.2f} switches per s, "
         f"{rss2:.0f} MiB RSS", "reference"),
    ]
