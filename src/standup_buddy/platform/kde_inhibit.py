"""KDE Plasma's idle inhibitors, from PowerDevil's policy agent.

Browsers and players ask KDE not to go idle with
``org.freedesktop.ScreenSaver.Inhibit``; Plasma's screen locker hands those
requests to PowerDevil as "change screen settings" inhibitions. PowerDevil's
``org.freedesktop.PowerManagement.Inhibit.HasInhibit`` only answers for
"interrupt session" (suspend) inhibitions, so it says no while a video plays.
The policy agent answers for both:
``org.kde.Solid.PowerManagement.PolicyAgent.HasInhibition(u types) -> b`` at
``/org/kde/Solid/PowerManagement/PolicyAgent`` (Plasma 5 and 6).

``types`` is unsigned and PowerDevil checks the signature, so the call goes
through a typed ``QDBusInterface`` as in ``fdo_notify``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, ClassInfo, QMetaObject, QObject, Qt, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

SERVICE = "org.kde.Solid.PowerManagement.PolicyAgent"
PATH = "/org/kde/Solid/PowerManagement/PolicyAgent"
INTERFACE = "org.kde.Solid.PowerManagement.PolicyAgent"
SHAPE_PATH = "/io/github/standup_buddy/PolicyAgentShape"
INTERRUPT_SESSION = 1
CHANGE_SCREEN_SETTINGS = 4

_DBUS_INTERFACE: Any = ClassInfo({"D-Bus Interface": INTERFACE})  # type: ignore[call-arg]


@_DBUS_INTERFACE
class _Shape(QObject):
    """Describes ``HasInhibition`` with its real argument type (never called)."""

    @Slot("uint", result=bool)
    def HasInhibition(self, types: int) -> bool:
        return False


_shapes: dict[str, _Shape] = {}


def kde_inhibited(bus: QDBusConnection, timeout_ms: int = 250) -> bool:
    """True when some app holds a Plasma idle or sleep inhibition.

    Raises ``LookupError`` (with the D-Bus error) when PowerDevil does not answer.
    """
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    from standup_buddy.platform.session_watch import has_owner

    if not has_owner(bus, SERVICE):
        raise LookupError(f"{SERVICE} is not on the session bus")
    key = bus.name()
    if key not in _shapes:
        shape = _Shape()
        bus.registerObject(SHAPE_PATH, shape, QDBusConnection.RegisterOption.ExportAllSlots)
        QDBusInterface(bus.baseService(), SHAPE_PATH, INTERFACE, bus)
        _shapes[key] = shape
    iface = QDBusInterface(SERVICE, PATH, INTERFACE, bus)
    iface.setTimeout(timeout_ms)
    try:
        answer = QMetaObject.invokeMethod(
            iface, "HasInhibition", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG(bool),
            Q_ARG("uint", CHANGE_SCREEN_SETTINGS | INTERRUPT_SESSION),
        )
    except RuntimeError as exc:
        raise LookupError(f"HasInhibition could not be called ({exc})") from exc
    error = iface.lastError()
    if error.isValid():
        raise LookupError(f"{error.name()}: {error.message()}")
    return bool(answer)
