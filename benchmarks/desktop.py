"""A throwaway X desktop for benchmarks: Xvfb, a window manager and a tray (trayer)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


class Unavailable(Exception):
    """A tool the benchmark needs is not installed."""


@dataclass
class Desktop:
    """The environment that points programs at the virtual desktop."""

    display: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def env(self, **extra: str) -> dict[str, str]:
        # Byte-code caches on, as in any installed app: a warm start reads them.
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        return {**base, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb",
                "XDG_SESSION_TYPE": "x11", **extra}


@contextmanager
def virtual_desktop(tray: bool = True) -> Iterator[Desktop]:
    """Start Xvfb (+ openbox + trayer); stop everything afterwards."""
    for tool in ("Xvfb", "openbox", *(["trayer"] if tray else [])):
        if shutil.which(tool) is None:
            raise Unavailable(f"{tool} is not installed")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    desktop = Desktop(f":{number}", [xvfb])
    try:
        env = desktop.env()
        desktop.processes.append(subprocess.Popen(
            ["openbox", "--sm-disable"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(0.5)
        if tray:
            desktop.processes.append(subprocess.Popen(
                ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                 "--height", "24", "--SetDockType", "true", "--transparent", "false"],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            time.sleep(0.5)
        yield desktop
    finally:
        for proc in reversed(desktop.processes):
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()


def task_counters(pid: int) -> dict[str, tuple[int, int]]:
    """Per thread: (nanoseconds on CPU, context switches), from schedstat and status.

    Per-thread nanosecond counters are far finer than /proc/PID/stat's clock
    ticks (10 ms), which matters when a whole minute of idling costs less.
    """
    counters: dict[str, tuple[int, int]] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            cpu_ns = int((task / "schedstat").read_text().split()[0])
            switches = 0
            for line in (task / "status").read_text().splitlines():
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    switches += int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue
        counters[task.name] = (cpu_ns, switches)
    return counters


def counter_delta(
    before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]
) -> tuple[float, int]:
    """CPU seconds and context switches between two snapshots (threads born meanwhile count
    whole; threads that ended meanwhile are lost, which can only under-count)."""
    cpu = 0
    switches = 0
    for name, (ns, ctx) in after.items():
        ns0, ctx0 = before.get(name, (0, 0))
        cpu += ns - ns0
        switches += ctx - ctx0
    return cpu / 1e9, switches


def memory_mib(pid: int) -> tuple[float, float]:
    """(RSS, PSS) in MiB."""
    rss = pss = 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1]) / 1024
    except OSError:
        pss = float("nan")
    return rss, pss
