"""Screen lock and system suspend, as Qt signals (Linux, over D-Bus).

* Suspend: logind's ``org.freedesktop.login1.Manager.PrepareForSleep(b)`` on
  the system bus, true just before sleeping and false after waking.
* Lock: ``ActiveChanged(b)`` from ``org.freedesktop.ScreenSaver`` (KDE,
  Xfce, Cinnamon, MATE and others) and ``org.gnome.ScreenSaver`` (GNOME Shell)
  on the session bus. The initial state is asked once with ``GetActive``.

Either bus may be missing (containers, Windows, macOS, a bare X session): the
watcher then emits nothing and says which parts are unavailable. On those
systems a lock still shows up as growing idle time.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

from standup_buddy.platform.idle.base import IdleSourceUnavailable
from standup_buddy.platform.idle.dbus import (
    DBusCallError,
    call_dbus,
    session_bus,
    system_bus,
)

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_INTERFACE = "org.freedesktop.login1.Manager"

# (service, object path, interface) of the screen savers that announce locking.
SCREENSAVERS: tuple[tuple[str, str, str], ...] = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


# QtDBus wants the receiving slot by its normalised C++ signature. PySide6's
# stubs declare it as bytes, but at run time only str is accepted.
_ON_ACTIVE: Any = SLOT("_on_active_changed(bool)")
_ON_SLEEP: Any = SLOT("_on_prepare_for_sleep(bool)")


class NoBus(Enum):
    """Pass ``NoBus.NONE`` as ``session=`` or ``system=`` to watch without that bus."""

    NONE = "none"


class SessionWatch(QObject):
    """Emits ``locked_changed(bool)`` and ``sleeping_changed(bool)`` on real changes.

    Pass buses explicitly to watch private ones (tests); by default the
    session and system buses are used when they exist.
    """

    locked_changed = Signal(bool)
    sleeping_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session: QDBusConnection | NoBus | None = None,
        system: QDBusConnection | NoBus | None = None,
        query_initial_state: bool = True,
    ) -> None:
        super().__init__(parent)
        self._locked = False
        self._sleeping = False
        self._lock_sources: list[str] = []
        self._sleep_source = ""
        self._problems: dict[str, str] = {}
        self._session = self._resolve(session, "session")
        self._system = self._resolve(system, "system")
        if self._session is not None:
            self._watch_screensavers(self._session, query_initial_state)
        if self._system is not None:
            self._watch_logind(self._system)

    def _resolve(self, given: QDBusConnection | NoBus | None, kind: str) -> QDBusConnection | None:
        if isinstance(given, NoBus):
            self._problems[kind] = f"no {kind} bus"
            return None
        if given is not None:
            if given.isConnected():
                return given
            self._problems[kind] = f"{kind} bus not connected"
            return None
        try:
            return session_bus() if kind == "session" else system_bus()
        except IdleSourceUnavailable as exc:
            self._problems[kind] = str(exc)
            return None

    def _watch_screensavers(self, bus: QDBusConnection, query: bool) -> None:
        for service, path, interface in SCREENSAVERS:
            if bus.connect(service, path, interface, "ActiveChanged", self, _ON_ACTIVE):
                self._lock_sources.append(service)
            if query:
                self._ask_active(bus, service, path, interface)

    def _ask_active(self, bus: QDBusConnection, service: str, path: str, interface: str) -> None:
        try:
            reply = call_dbus(bus, service, path, interface, "GetActive")
        except DBusCallError:
            return  # Not running: normal on most desktops for one of the two.
        if reply and reply[0] is True:
            self._on_active_changed(True)

    def _watch_logind(self, bus: QDBusConnection) -> None:
        if bus.connect(
            LOGIND_SERVICE,
            LOGIND_PATH,
            LOGIND_INTERFACE,
            "PrepareForSleep",
            self,
            _ON_SLEEP,
        ):
            self._sleep_source = "logind PrepareForSleep"

    @Slot(bool)
    def _on_active_changed(self, active: bool) -> None:
        # GNOME may announce on both names; only a change is passed on.
        if bool(active) != self._locked:
            self._locked = bool(active)
            self.locked_changed.emit(self._locked)

    @Slot(bool)
    def _on_prepare_for_sleep(self, sleeping: bool) -> None:
        if bool(sleeping) != self._sleeping:
            self._sleeping = bool(sleeping)
            self.sleeping_changed.emit(self._sleeping)

    @property
    def locked(self) -> bool:
        """The last lock state seen (False when unknown)."""
        return self._locked

    @property
    def sleeping(self) -> bool:
        """True between PrepareForSleep(true) and PrepareForSleep(false)."""
        return self._sleeping

    @property
    def lock_available(self) -> bool:
        """True when at least one screen-saver signal is subscribed."""
        return bool(self._lock_sources)

    @property
    def sleep_available(self) -> bool:
        """True when logind's PrepareForSleep is subscribed."""
        return bool(self._sleep_source)

    def describe(self) -> tuple[str, str]:
        """Human-readable (lock, suspend) availability, for ``doctor``."""
        lock_problem = self._problems.get("session", "no screen-saver signal")
        sleep_problem = self._problems.get("system", "logind not reachable")
        lock = (
            "ActiveChanged from " + ", ".join(self._lock_sources)
            if self._lock_sources
            else f"unavailable ({lock_problem})"
        )
        sleep = self._sleep_source or f"unavailable ({sleep_problem})"
        return lock, sleep
