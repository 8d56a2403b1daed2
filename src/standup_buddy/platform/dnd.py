"""Is the desktop in Do Not Disturb? (Linux; Windows and macOS: not known.)

Sources, the first that answers wins:

* GNOME (``XDG_CURRENT_DESKTOP`` names GNOME): the GSettings key
  ``org.gnome.desktop.notifications show-banners``; false is GNOME's Do Not
  Disturb switch. Read with the ``gsettings`` tool, which uses whatever
  backend the session uses (dconf), so no GLib bindings are needed.
* The notification server on the session bus: the ``Inhibited`` property of
  ``org.freedesktop.Notifications`` (desktop notifications spec 1.3; KDE
  Plasma's Do Not Disturb), then dunst's own ``paused`` property on
  ``org.dunstproject.cmd0`` (``dunstctl set-paused true``), since dunst
  does not implement ``Inhibited``.
* Windows Focus Assist has no documented API (only an undocumented WNF
  state); it is not read, and ``describe`` says so.

A reading is kept for ``CACHE_SECONDS`` (real time): the controller asks at
every wake-up, and a subprocess each time would be wasteful.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from standup_buddy.platform.idle.base import IdleSourceUnavailable
from standup_buddy.platform.idle.dbus import DBusCallError, call_dbus, session_bus
from standup_buddy.platform.session_watch import has_owner

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

CACHE_SECONDS = 5.0
GSETTINGS_TIMEOUT_SECONDS = 2.0
GNOME_SCHEMA = "org.gnome.desktop.notifications"
GNOME_KEY = "show-banners"
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
DUNST_INTERFACE = "org.dunstproject.cmd0"
PROPERTIES = "org.freedesktop.DBus.Properties"

GNOME_SOURCE = f"GNOME {GNOME_SCHEMA} {GNOME_KEY} (gsettings)"
INHIBITED_SOURCE = f"{NOTIFICATIONS} Inhibited property"
DUNST_SOURCE = f"dunst {DUNST_INTERFACE} paused property"


class DoNotDisturb:
    """Reads the desktop's Do Not Disturb state; ``None`` when no source answers."""

    def __init__(
        self,
        bus: QDBusConnection | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        plat: str = sys.platform,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._bus = bus
        self._environ = dict(os.environ if environ is None else environ)
        self._plat = plat
        self._clock = clock
        self._cached: tuple[float, bool | None, str] | None = None

    def active(self) -> bool:
        """True while Do Not Disturb is on (a reading at most ``CACHE_SECONDS`` old)."""
        now = self._clock()
        if self._cached is None or now - self._cached[0] >= CACHE_SECONDS:
            state, source = self.read()
            self._cached = (now, state, source)
        return bool(self._cached[1])

    def read(self) -> tuple[bool | None, str]:
        """A fresh reading and the source that gave it (``None``: no source answered)."""
        if self._plat in {"win32", "darwin"}:
            return None, ""
        if self._is_gnome():
            state = self._gnome()
            if state is not None:
                return state, GNOME_SOURCE
        bus = self._connection()
        if bus is not None and has_owner(bus, NOTIFICATIONS):
            for interface, name, source in (
                (NOTIFICATIONS, "Inhibited", INHIBITED_SOURCE),
                (DUNST_INTERFACE, "paused", DUNST_SOURCE),
            ):
                state = _bool_property(bus, interface, name)
                if state is not None:
                    return state, source
        return None, ""

    def describe(self) -> str:
        """For ``doctor``: the source in use and what it says now."""
        if self._plat == "win32":
            return "not read on Windows (Focus Assist has no documented API)"
        if self._plat == "darwin":
            return "not read on macOS (Focus has no public API)"
        state, source = self.read()
        if state is None:
            return (
                "unavailable (not GNOME, and the notification server has neither "
                "the Inhibited property nor dunst's paused)"
            )
        return f"{source}: {'on' if state else 'off'}"

    # --- sources -----------------------------------------------------------------------

    def _is_gnome(self) -> bool:
        desktops = self._environ.get("XDG_CURRENT_DESKTOP", "")
        return "gnome" in desktops.lower().split(":")

    def _gnome(self) -> bool | None:
        binary = shutil.which("gsettings", path=self._environ.get("PATH"))
        if binary is None:
            return None
        try:
            done = subprocess.run(
                [binary, "get", GNOME_SCHEMA, GNOME_KEY],
                capture_output=True,
                text=True,
                timeout=GSETTINGS_TIMEOUT_SECONDS,
                env=self._environ,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.info("gsettings did not answer: %s", exc)
            return None
        answer = done.stdout.strip()
        if done.returncode != 0 or answer not in {"true", "false"}:
            return None  # no such schema (not a full GNOME install)
        return answer == "false"

    def _connection(self) -> QDBusConnection | None:
        if self._bus is None:
            try:
                self._bus = session_bus()
            except IdleSourceUnavailable:
                return None
        return self._bus


def _bool_property(bus: QDBusConnection, interface: str, name: str) -> bool | None:
    try:
        reply = call_dbus(
            bus, NOTIFICATIONS, NOTIFICATIONS_PATH, PROPERTIES, "Get", args=(interface, name)
        )
    except DBusCallError:
        return None  # this server has no such property
    value = reply[0] if reply else None
    unwrap = getattr(value, "variant", None)
    value = unwrap() if callable(unwrap) else value
    return value if isinstance(value, bool) else None
