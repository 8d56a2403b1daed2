"""GNOME's own movement reminders (Settings → Wellbeing, GNOME 48 and later).

GNOME keeps them in GSettings: ``org.gnome.desktop.break-reminders`` has
``selected-breaks`` (a list of break kinds, ``"movement"`` and
``"eyesight"``), and the child schema ``org.gnome.desktop.break-reminders.movement``
has ``interval-seconds`` and ``duration-seconds`` (unsigned, default 1800 and
300). Someone who also runs Standup Buddy would be prompted twice by two apps
that disagree, so the app offers, once, to switch GNOME's movement reminders
off. Nothing is ever changed without the user saying yes, and only
``"movement"`` is taken out of the list: eyesight breaks stay as they were.

The settings are read and written with the ``gsettings`` tool (GLib's, on
every GNOME system) in a short-lived subprocess, so the app needs no GLib
binding; where the tool or the schema is missing there is simply nothing to
offer.
"""

from __future__ import annotations

import ast
import logging
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

log = logging.getLogger(__name__)

SCHEMA = "org.gnome.desktop.break-reminders"
MOVEMENT_SCHEMA = f"{SCHEMA}.movement"
MOVEMENT = "movement"
TIMEOUT_SECONDS = 3.0

Runner = Callable[[Sequence[str]], subprocess.CompletedProcess[str]]


@dataclass(frozen=True, slots=True)
class Wellbeing:
    """What GNOME's break reminders are set to."""

    selected: tuple[str, ...]
    interval_seconds: int | None
    duration_seconds: int | None

    @property
    def movement_on(self) -> bool:
        """True when GNOME reminds the user to move."""
        return MOVEMENT in self.selected

    def describe(self) -> str:
        """One line for ``doctor`` and the offer."""
        if not self.movement_on:
            return "GNOME movement reminders are off"
        schedule = ""
        if self.interval_seconds and self.duration_seconds is not None:
            schedule = (
                f": {_minutes(self.duration_seconds)} every {_minutes(self.interval_seconds)}"
            )
        return f"GNOME movement reminders are on{schedule}"


def _minutes(seconds: int) -> str:
    if seconds % 60:
        return f"{seconds} s"
    return f"{seconds // 60} min"


def default_runner(environ: Mapping[str, str] | None = None) -> Runner | None:
    """Run ``gsettings`` with a short timeout; None where it is not installed."""
    binary = shutil.which("gsettings")
    if binary is None:
        return None
    env = dict(environ) if environ is not None else None

    def run(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [binary, *args], capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
            check=False, env=env,
        )

    return run


def parse_string_list(text: str) -> tuple[str, ...]:
    """``['eyesight', 'movement']`` or ``@as []`` (GVariant text) as a tuple."""
    text = text.strip().removeprefix("@as").strip()
    value = ast.literal_eval(text) if text else []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"not a list of strings: {text!r}")
    return tuple(value)


def parse_uint(text: str) -> int:
    """``uint32 1800`` or ``1800`` as an int."""
    return int(text.strip().removeprefix("uint32").strip())


def read_wellbeing(run: Runner | None) -> Wellbeing | None:
    """GNOME's break-reminder settings, or None where the schema is not installed."""
    if run is None:
        return None
    try:
        selected = run(["get", SCHEMA, "selected-breaks"])
        if selected.returncode != 0:
            return None  # "No such schema": GNOME before 48, or not GNOME
        breaks = parse_string_list(selected.stdout)
        numbers: dict[str, int | None] = {}
        for key in ("interval-seconds", "duration-seconds"):
            reply = run(["get", MOVEMENT_SCHEMA, key])
            numbers[key] = parse_uint(reply.stdout) if reply.returncode == 0 else None
    except (OSError, subprocess.TimeoutExpired, ValueError, SyntaxError) as exc:
        log.info("GNOME break reminders unreadable: %s", exc)
        return None
    return Wellbeing(breaks, numbers["interval-seconds"], numbers["duration-seconds"])


def switch_movement_off(run: Runner | None) -> str:
    """Take ``movement`` out of GNOME's selected breaks; returns "" or the error."""
    state = read_wellbeing(run)
    if run is None or state is None:
        return "GNOME's break-reminder settings are not available"
    if not state.movement_on:
        return ""
    kept = [kind for kind in state.selected if kind != MOVEMENT]
    value = "@as []" if not kept else "[" + ", ".join(repr(kind) for kind in kept) + "]"
    try:
        reply = run(["set", SCHEMA, "selected-breaks", value])
    except (OSError, subprocess.TimeoutExpired) as exc:
        return str(exc)
    if reply.returncode != 0:
        return reply.stderr.strip() or f"gsettings exited with {reply.returncode}"
    return ""
