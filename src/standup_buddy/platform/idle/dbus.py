"""Idle time from desktop services on the D-Bus session bus (QtDBus).

Two services are known to answer:

* GNOME (Mutter, X11 and Wayland): ``org.gnome.Mutter.IdleMonitor`` at
  ``/org/gnome/Mutter/IdleMonitor/Core``, method ``GetIdletime`` -> ``t``,
  milliseconds.
* ``org.freedesktop.ScreenSaver.GetSessionIdleTime`` -> ``u``. Not part of any
  written spec. The one live implementation, KDE's screen locker, returns
  ``KIdleTime::idleTime()``, which is milliseconds; only the long-gone
  gnome-screensaver 2.x answered in seconds, and several stubs answer a
  constant 0. Milliseconds are assumed. Recent KDE releases refuse the call
  on Wayland (``NotSupported``), so there the probe fails and selection moves
  on. The object sits at ``/org/freedesktop/ScreenSaver`` on most desktops
  and at ``/ScreenSaver`` on older KDE; both are tried.

Every call is made with auto-start disabled (asking must never launch a
service) and a short timeout; after a timeout the source stays quiet for a
while so a hung bus cannot stall the GUI thread on every poll.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from standup_buddy.platform.idle.base import IdleSourceUnavailable

DEFAULT_TIMEOUT_MS = 250
BACKOFF_SECONDS = 30.0

MUTTER_SERVICE = "org.gnome.Mutter.IdleMonitor"
MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
MUTTER_INTERFACE = "org.gnome.Mutter.IdleMonitor"

SCREENSAVER_SERVICE = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
SCREENSAVER_INTERFACE = "org.freedesktop.ScreenSaver"

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

_TIMEOUT_ERRORS = frozenset(
    {"org.freedesktop.DBus.Error.NoReply", "org.freedesktop.DBus.Error.Timeout"}
)


class DBusCallError(Exception):
    """A D-Bus call that returned an error; ``name`` is the D-Bus error name."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}" if message else name)
        self.name = name

    @property
    def timed_out(self) -> bool:
        """True when the peer did not answer in time."""
        return self.name in _TIMEOUT_ERRORS


def qt_app_running() -> bool:
    """QtDBus wants a QCoreApplication; without one we do not touch the bus."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() is not None


def session_bus() -> QDBusConnection:
    """The session bus connection, or raise ``IdleSourceUnavailable``."""
    return _bus("session")


def system_bus() -> QDBusConnection:
    """The system bus connection, or raise ``IdleSourceUnavailable``."""
    return _bus("system")


def _bus(kind: str) -> QDBusConnection:
    if not qt_app_running():
        raise IdleSourceUnavailable("D-Bus needs a running Qt application")
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.sessionBus() if kind == "session" else QDBusConnection.systemBus()
    if not bus.isConnected():
        error = bus.lastError().message() or "not connected"
        raise IdleSourceUnavailable(f"no D-Bus {kind} bus ({error})")
    return bus


def call_dbus(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    method: str,
    *,
    args: Sequence[object] = (),
    timeout_ms: int = DEFAULT_TIMEOUT_MS,
    auto_start: bool = False,
) -> list[Any]:
    """Call ``method`` and return the reply's arguments; raise ``DBusCallError`` on error.

    ``auto_start`` lets the bus start an activatable service (a notification
    server is often started on first use); probes of other services never do.

    Integers in ``args`` travel as D-Bus ``i`` (PySide6 cannot send ``u``),
    so methods that take unsigned arguments are reached another way.
    """
    from PySide6.QtDBus import QDBus, QDBusMessage

    message = QDBusMessage.createMethodCall(service, path, interface, method)
    message.setAutoStartService(auto_start)
    if args:
        message.setArguments(list(args))
    reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
    if reply.type() == QDBusMessage.MessageType.ReplyMessage:
        return list(reply.arguments())
    name = reply.errorName() or "org.freedesktop.DBus.Error.Failed"
    raise DBusCallError(name, reply.errorMessage())


def get_property(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    name: str,
    *,
    timeout_ms: int = DEFAULT_TIMEOUT_MS,
) -> Any:
    """Read one property through ``org.freedesktop.DBus.Properties.Get``."""
    args = call_dbus(
        bus,
        service,
        path,
        "org.freedesktop.DBus.Properties",
        "Get",
        args=(interface, name),
        timeout_ms=timeout_ms,
    )
    value = args[0] if args else None
    variant = getattr(value, "variant", None)
    return variant() if callable(variant) else value


@dataclass(frozen=True, slots=True)
class IdleMethod:
    """Where a D-Bus idle-time method lives and the unit of its answer."""

    service: str
    paths: tuple[str, ...]
    interface: str
    method: str
    unit_seconds: float


MUTTER_IDLE = IdleMethod(MUTTER_SERVICE, (MUTTER_PATH,), MUTTER_INTERFACE, "GetIdletime", 0.001)
SCREENSAVER_IDLE = IdleMethod(
    SCREENSAVER_SERVICE, SCREENSAVER_PATHS, SCREENSAVER_INTERFACE, "GetSessionIdleTime", 0.001
)


class DBusIdleSource:
    """Idle time from one D-Bus method (see :class:`IdleMethod`)."""

    def __init__(
        self,
        name: str,
        method: IdleMethod,
        bus: QDBusConnection,
        *,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.last_error = ""
        self._bus = bus
        self._method = method
        self._paths = list(method.paths)
        self._timeout_ms = timeout_ms
        self._clock = clock
        self._quiet_until = float("-inf")
        self._closed = False

    def idle_seconds(self) -> float | None:
        """Ask the service; ``None`` on error, timeout or during the back-off."""
        if self._closed:
            self.last_error = "closed"
            return None
        if self._clock() < self._quiet_until:
            return None
        errors: list[str] = []
        for path in list(self._paths):
            try:
                args = call_dbus(
                    self._bus,
                    self._method.service,
                    path,
                    self._method.interface,
                    self._method.method,
                    timeout_ms=self._timeout_ms,
                )
            except DBusCallError as exc:
                errors.append(f"{path}: {exc}")
                if exc.timed_out:
                    self._quiet_until = self._clock() + BACKOFF_SECONDS
                    break
                continue
            value = args[0] if args else None
            if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
                errors.append(f"{path}: unexpected reply {args!r}")
                continue
            # Remember the path that answered so later polls make one call.
            self._paths = [path]
            self.last_error = ""
            return float(value) * self._method.unit_seconds
        self.last_error = "; ".join(errors) or "no reply"
        return None

    def close(self) -> None:
        """Stop asking; the shared bus connection stays open for others."""
        self._closed = True


def mutter_idle_source(bus: QDBusConnection | None = None, **kwargs: Any) -> DBusIdleSource:
    """GNOME's idle monitor (milliseconds)."""
    return DBusIdleSource(
        "gnome-mutter", MUTTER_IDLE, bus if bus is not None else session_bus(), **kwargs
    )


def freedesktop_idle_source(bus: QDBusConnection | None = None, **kwargs: Any) -> DBusIdleSource:
    """``org.freedesktop.ScreenSaver.GetSessionIdleTime``, read as milliseconds (see above)."""
    return DBusIdleSource(
        "freedesktop-screensaver",
        SCREENSAVER_IDLE,
        bus if bus is not None else session_bus(),
        **kwargs,
    )
