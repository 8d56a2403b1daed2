"""Screen lock and system suspend, as Qt signals (Linux, over D-Bus).

* Suspend: logind's ``org.freedesktop.login1.Manager.PrepareForSleep(b)`` on
  the system bus, true just before sleeping and false after waking.
* Lock: ``ActiveChanged(b)`` from ``org.freedesktop.ScreenSaver`` (KDE,
  Xfce and others), ``org.gnome.ScreenSaver`` (GNOME Shell, gnome-screensaver),
  ``org.mate.ScreenSaver`` (MATE) and ``org.cinnamon.ScreenSaver`` (Cinnamon)
  on the session bus. MATE and Cinnamon announce only on their own names. The
  initial state is asked once with ``GetActive``.

Subscribing costs nothing and a screen saver may start after the app, so
every name is subscribed; what ``describe`` reports (for ``doctor``) is only
the names that have an owner on the bus right now (``NameHasOwner``).

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
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
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
        self._session_bus: QDBusConnection | None = None
        self._system_bus: QDBusConnection | None = None
        self._problems: dict[str, str] = {}
        self._session = self._resolve(session, "session")
        self._system = self._resolve(system, "system")
        self._session_bus = self._session
        self._system_bus = self._system
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

    def lock_services(self) -> list[str]:
        """The screen-saver names that have an owner on the session bus now."""
        if self._session_bus is None:
            return []
        return [name for name in self._lock_sources if has_owner(self._session_bus, name)]

    def sleep_service_present(self) -> bool:
        """True when logind owns its name on the system bus now."""
        return (
            bool(self._sleep_source)
            and self._system_bus is not None
            and has_owner(self._system_bus, LOGIND_SERVICE)
        )

    def describe(self) -> tuple[str, str]:
        """(lock, suspend) as ``doctor`` shows them: only services that answer count."""
        if self._session_bus is None:
            lock = f"unavailable ({self._problems.get('session', 'no session bus')})"
        else:
            owners = self.lock_services()
            lock = (
                "ActiveChanged from " + ", ".join(owners)
                if owners
                else "unavailable (no screen saver on the session bus: "
                + ", ".join(name for name, _, _ in SCREENSAVERS)
                + " all unowned)"
            )
        if self._system_bus is None:
            sleep = f"unavailable ({self._problems.get('system', 'no system bus')})"
        elif self.sleep_service_present():
            sleep = f"{self._sleep_source} ({LOGIND_SERVICE})"
        else:
            sleep = f"unavailable ({LOGIND_SERVICE} is not on the system bus)"
        return lock, sleep


def has_owner(bus: QDBusConnection, name: str) -> bool:
    """Whether some process owns ``name`` on ``bus`` (never starts a service)."""
    try:
        reply = call_dbus(
            bus,
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            args=(name,),
        )
    except DBusCallError:
        return False
    return bool(reply and reply[0] is True)
