"""Desktop notifications over the freedesktop Notifications D-Bus API (QtDBus).

``org.freedesktop.Notifications`` at ``/org/freedesktop/Notifications``:
``Notify(s app, u replaces_id, s icon, s summary, s body, as actions,
a{sv} hints, i expire_ms) -> u id``, ``CloseNotification(u)``,
``GetCapabilities() -> as``, ``GetServerInformation() -> ssss`` and the
signals ``ActionInvoked(u id, s key)`` and ``NotificationClosed(u id, u why)``.
Every notification of a break passes the id of the last one as
``replaces_id``, so one break never leaves more than one on screen.

PySide6 sends every Python ``int`` as a signed ``i``, and servers check the
signature (GDBus servers such as dunst answer ``Notify`` with an error).
QtDBus itself marshals by the declared parameter types of an interface's
meta-object, and it builds that meta-object once per interface name: so the
interface is first described by a local, never-called object whose slots
carry the right types (``uint`` and ``QVariantMap``), and calls then go
through ``QMetaObject.invokeMethod`` on a ``QDBusInterface`` for the server.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    ClassInfo,
    QMetaObject,
    QObject,
    Qt,
    Signal,
    Slot,
)

from standup_buddy import APP_ID, APP_NAME
from standup_buddy.platform.idle.dbus import DBusCallError, call_dbus

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
SHAPE_PATH = "/io/github/standup_buddy/NotificationsShape"
#: How long a server may take to answer (it may be D-Bus activated on first use).
CALL_TIMEOUT_MS = 3000

_ON_ACTION: Any = SLOT("_on_action_invoked(uint,QString)")
_ON_CLOSED: Any = SLOT("_on_closed(uint,uint)")


_DBUS_INTERFACE: Any = ClassInfo({"D-Bus Interface": INTERFACE})  # type: ignore[call-arg]


@_DBUS_INTERFACE
class _Shape(QObject):
    """Describes the server's methods with their real D-Bus types (never called)."""

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(  # noqa: PLR0917 - the D-Bus method, argument for argument
        self, app: str, replaces: int, icon: str, summary: str, body: str,
        actions: list[str], hints: dict[str, Any], expire: int,
    ) -> int:
        return 0

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:
        """Not called: only its signature matters."""


class FreedesktopNotifications(QObject):
    """One app's notifications on a notification server; at most one on screen.

    ``action_invoked(key)`` fires when the user picks an action (``"default"``
    is a click on the notification itself) on the notification shown now;
    ``closed()`` when the server took it away (expired or dismissed).
    """

    action_invoked = Signal(str)
    closed = Signal()

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._current = 0  # the id shown now (0: none)
        self._last = 0  # the id the next notification replaces
        self._iface: QDBusInterface | None = None
        self._shape: _Shape | None = None
        self._connected = False
        self.server: tuple[str, str, str, str] | None = None
        self.capabilities: list[str] = []
        self.error = ""

    # --- what the server is -------------------------------------------------------

    def probe(self, *, auto_start: bool = True) -> bool:
        """Ask the server who it is and what it can do; False when none answers.

        ``auto_start=False`` (``doctor``) never starts an activatable server.
        """
        try:
            info = call_dbus(
                self._bus, SERVICE, PATH, INTERFACE, "GetServerInformation",
                timeout_ms=CALL_TIMEOUT_MS, auto_start=auto_start,
            )
            caps = call_dbus(
                self._bus, SERVICE, PATH, INTERFACE, "GetCapabilities",
                timeout_ms=CALL_TIMEOUT_MS, auto_start=auto_start,
            )
        except DBusCallError as exc:
            self.server = None
            self.error = str(exc)
            return False
        self.server = tuple(str(part) for part in (*info, "", "", "", ""))[:4]  # type: ignore[assignment]
        self.capabilities = [str(cap) for cap in (caps[0] if caps else [])]
        self.error = ""
        self._listen()
        return True

    @property
    def has_actions(self) -> bool:
        """True when the server shows action buttons (the ``actions`` capability)."""
        return "actions" in self.capabilities

    def describe(self) -> str:
        """``name version (vendor); capabilities: …`` for ``doctor``."""
        if self.server is None:
            return f"no notification server ({self.error or 'not probed'})"
        name, vendor, version, spec = self.server
        caps = ", ".join(self.capabilities) or "none"
        return f"{name} {version} ({vendor}, spec {spec}); capabilities: {caps}"

    # --- showing -------------------------------------------------------------------

    def show(
        self, summary: str, body: str, actions: Sequence[tuple[str, str]], expire_ms: int
    ) -> int:
        """Show (or replace) the app's notification; returns its id, 0 on failure."""
        iface = self._interface()
        flat: list[str] = []
        for key, label in actions if self.has_actions else ():
            flat += [key, label]
        hints = {"desktop-entry": APP_ID, "category": "presence"}
        try:
            new_id = QMetaObject.invokeMethod(
                iface, "Notify", Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG("QString", APP_NAME), Q_ARG("uint", self._last),
                Q_ARG("QString", APP_ID), Q_ARG("QString", summary), Q_ARG("QString", body),
                Q_ARG("QStringList", flat), Q_ARG("QVariantMap", hints),
                Q_ARG("int", int(expire_ms)),
            )
        except RuntimeError as exc:
            self.error = f"Notify could not be called ({exc})"
            return 0
        error = iface.lastError()
        if error.isValid():
            self.error = f"{error.name()}: {error.message()}"
            return 0
        self._current = self._last = new_id if isinstance(new_id, int) else 0
        return self._current

    def close(self) -> None:
        """Take the notification shown now away (the break was answered elsewhere)."""
        if not self._current:
            return
        shown, self._current = self._current, 0
        try:
            QMetaObject.invokeMethod(
                self._interface(), "CloseNotification", Qt.ConnectionType.DirectConnection,
                Q_ARG("uint", shown),
            )
        except RuntimeError as exc:
            log.info("notification %s not withdrawn: %s", shown, exc)

    @property
    def current_id(self) -> int:
        """The id on screen now, 0 when none."""
        return self._current

    # --- internals --------------------------------------------------------------------

    def _interface(self) -> QDBusInterface:
        if self._iface is None:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface

            # Describe the interface with typed slots first (see the module text).
            self._shape = _Shape(self)
            self._bus.registerObject(
                SHAPE_PATH, self._shape, QDBusConnection.RegisterOption.ExportAllSlots
            )
            QDBusInterface(self._bus.baseService(), SHAPE_PATH, INTERFACE, self._bus)
            self._iface = QDBusInterface(SERVICE, PATH, INTERFACE, self._bus, self)
            self._iface.setTimeout(CALL_TIMEOUT_MS)
        return self._iface

    def _listen(self) -> None:
        if self._connected:
            return
        self._connected = True
        self._bus.connect(SERVICE, PATH, INTERFACE, "ActionInvoked", self, _ON_ACTION)
        self._bus.connect(SERVICE, PATH, INTERFACE, "NotificationClosed", self, _ON_CLOSED)

    @Slot("uint", str)
    def _on_action_invoked(self, notification_id: int, key: str) -> None:
        if notification_id and notification_id == self._current:
            self.action_invoked.emit(str(key))

    @Slot("uint", "uint")
    def _on_closed(self, notification_id: int, _reason: int) -> None:
        if notification_id and notification_id == self._current:
            self._current = 0
            self.closed.emit()
