"""Client bindings for the two Wayland protocols pywayland does not ship.

pywayland's wheel carries bindings for the protocols in wayland-protocols,
``ext-idle-notify-v1`` among them, but not for compositor-specific ones. The
app needs two of those:

* ``org_kde_kwin_idle`` (KDE's ``idle.xml``, plasma-wayland-protocols): the
  idle protocol of KWin before ``ext-idle-notify-v1`` and of sway 1.7.
* ``zwlr_foreign_toplevel_manager_v1`` (wlroots'
  ``wlr-foreign-toplevel-management-unstable-v1.xml``): every window's state,
  full-screen included, on wlroots compositors.

Rather than shipping the XML and running pywayland's scanner at build or run
time, the few messages the app uses are declared here by hand with
pywayland's ``protocol_core``, exactly as the scanner would lay them out. A
Wayland client only has to agree with the compositor on each interface's
name, version, and the order and types of its messages; that is all this
file states (the opcodes follow the order of the messages in the protocol
definitions named above, which never change for a published version).
Requests the app never sends are still declared, as placeholders, where a
later request's opcode depends on them.

Importing this module needs pywayland; callers import it lazily and treat an
``ImportError`` as "Wayland support not installed".
"""

from __future__ import annotations

from typing import Any

from pywayland.protocol.wayland import WlOutput, WlSeat, WlSurface
from pywayland.protocol_core.argument import Argument
from pywayland.protocol_core.interface import Interface
from pywayland.protocol_core.proxy import Proxy
from pywayland.protocol_core.resource import Resource
from pywayland.scanner.argument import ArgumentType

# --- org_kde_kwin_idle (version 1) -----------------------------------------


class OrgKdeKwinIdleTimeout(Interface):
    """One idle timer: ``idle`` after the timeout without input, then ``resumed``."""

    name = "org_kde_kwin_idle_timeout"
    version = 1


class OrgKdeKwinIdle(Interface):
    """The global that hands out idle timers for a seat."""

    name = "org_kde_kwin_idle"
    version = 1


class OrgKdeKwinIdleTimeoutProxy(Proxy[OrgKdeKwinIdleTimeout]):
    interface = OrgKdeKwinIdleTimeout

    @OrgKdeKwinIdleTimeout.request()
    def release(self) -> None:
        """Destroy the timer."""
        self._marshal(0)
        self._destroy()

    @OrgKdeKwinIdleTimeout.request()
    def simulate_user_activity(self) -> None:
        """Reset the timer as if the user had acted (unused; keeps opcodes right)."""
        self._marshal(1)


class OrgKdeKwinIdleTimeoutResource(Resource[OrgKdeKwinIdleTimeout]):
    interface = OrgKdeKwinIdleTimeout

    @OrgKdeKwinIdleTimeout.event()
    def idle(self) -> None:
        """The seat has been idle for the timeout."""
        self._post_event(0)

    @OrgKdeKwinIdleTimeout.event()
    def resumed(self) -> None:
        """Input came again after ``idle``."""
        self._post_event(1)


class OrgKdeKwinIdleProxy(Proxy[OrgKdeKwinIdle]):
    interface = OrgKdeKwinIdle

    @OrgKdeKwinIdle.request(
        Argument(ArgumentType.NewId, interface=OrgKdeKwinIdleTimeout),
        Argument(ArgumentType.Object, interface=WlSeat),
        Argument(ArgumentType.Uint),
    )
    def get_idle_timeout(self, seat: object, timeout: int) -> OrgKdeKwinIdleTimeoutProxy:
        """A timer for ``seat`` that fires after ``timeout`` milliseconds without input."""
        proxy: OrgKdeKwinIdleTimeoutProxy = self._marshal_constructor(
            0, OrgKdeKwinIdleTimeout, seat, timeout
        )
        return proxy


class OrgKdeKwinIdleResource(Resource[OrgKdeKwinIdle]):
    interface = OrgKdeKwinIdle


# --- zwlr_foreign_toplevel_manager_v1 (versions 1-3) -----------------------

#: Values in a toplevel's ``state`` array (an array of native-endian uint32).
TOPLEVEL_STATE_MAXIMIZED = 0
TOPLEVEL_STATE_MINIMIZED = 1
TOPLEVEL_STATE_ACTIVATED = 2
TOPLEVEL_STATE_FULLSCREEN = 3  # since version 2


class ZwlrForeignToplevelHandleV1(Interface):
    """One window of any client, as the compositor reports it."""

    name = "zwlr_foreign_toplevel_handle_v1"
    version = 3


class ZwlrForeignToplevelManagerV1(Interface):
    """The global that announces every window with a ``toplevel`` event."""

    name = "zwlr_foreign_toplevel_manager_v1"
    version = 3


class ZwlrForeignToplevelHandleV1Proxy(Proxy[ZwlrForeignToplevelHandleV1]):
    interface = ZwlrForeignToplevelHandleV1

    # Opcodes 0-6 (set/unset maximized and minimized, activate, close,
    # set_rectangle) are never sent; only destroy (7) is.
    @ZwlrForeignToplevelHandleV1.request()
    def set_maximized(self) -> None:  # never sent
        self._marshal(0)

    @ZwlrForeignToplevelHandleV1.request()
    def unset_maximized(self) -> None:  # never sent
        self._marshal(1)

    @ZwlrForeignToplevelHandleV1.request()
    def set_minimized(self) -> None:  # never sent
        self._marshal(2)

    @ZwlrForeignToplevelHandleV1.request()
    def unset_minimized(self) -> None:  # never sent
        self._marshal(3)

    @ZwlrForeignToplevelHandleV1.request(Argument(ArgumentType.Object, interface=WlSeat))
    def activate(self, seat: object) -> None:  # never sent
        self._marshal(4, seat)

    @ZwlrForeignToplevelHandleV1.request()
    def close(self) -> None:  # never sent
        self._marshal(5)

    @ZwlrForeignToplevelHandleV1.request(
        Argument(ArgumentType.Object, interface=WlSurface),
        Argument(ArgumentType.Int),
        Argument(ArgumentType.Int),
        Argument(ArgumentType.Int),
        Argument(ArgumentType.Int),
    )
    def set_rectangle(self, surface: object, x: int, y: int, w: int, h: int) -> None:  # never sent
        self._marshal(6, surface, x, y, w, h)

    @ZwlrForeignToplevelHandleV1.request()
    def destroy(self) -> None:
        """Forget this handle (sent after ``closed``)."""
        self._marshal(7)
        self._destroy()


class ZwlrForeignToplevelHandleV1Resource(Resource[ZwlrForeignToplevelHandleV1]):
    interface = ZwlrForeignToplevelHandleV1

    @ZwlrForeignToplevelHandleV1.event(Argument(ArgumentType.String))
    def title(self, title: str) -> None:
        self._post_event(0, title)

    @ZwlrForeignToplevelHandleV1.event(Argument(ArgumentType.String))
    def app_id(self, app_id: str) -> None:
        self._post_event(1, app_id)

    @ZwlrForeignToplevelHandleV1.event(Argument(ArgumentType.Object, interface=WlOutput))
    def output_enter(self, output: object) -> None:
        self._post_event(2, output)

    @ZwlrForeignToplevelHandleV1.event(Argument(ArgumentType.Object, interface=WlOutput))
    def output_leave(self, output: object) -> None:
        self._post_event(3, output)

    @ZwlrForeignToplevelHandleV1.event(Argument(ArgumentType.Array))
    def state(self, state: bytes) -> None:
        self._post_event(4, state)

    @ZwlrForeignToplevelHandleV1.event()
    def done(self) -> None:
        self._post_event(5)

    @ZwlrForeignToplevelHandleV1.event()
    def closed(self) -> None:
        self._post_event(6)

    @ZwlrForeignToplevelHandleV1.event(
        Argument(ArgumentType.Object, interface=ZwlrForeignToplevelHandleV1, nullable=True),
        version=3,
    )
    def parent(self, parent: object) -> None:
        self._post_event(7, parent)


class ZwlrForeignToplevelManagerV1Proxy(Proxy[ZwlrForeignToplevelManagerV1]):
    interface = ZwlrForeignToplevelManagerV1

    @ZwlrForeignToplevelManagerV1.request()
    def stop(self) -> None:
        """Ask for no more events; the compositor answers with ``finished``."""
        self._marshal(0)


class ZwlrForeignToplevelManagerV1Resource(Resource[ZwlrForeignToplevelManagerV1]):
    interface = ZwlrForeignToplevelManagerV1

    @ZwlrForeignToplevelManagerV1.event(
        Argument(ArgumentType.NewId, interface=ZwlrForeignToplevelHandleV1)
    )
    def toplevel(self, toplevel: object) -> None:
        self._post_event(0, toplevel)

    @ZwlrForeignToplevelManagerV1.event()
    def finished(self) -> None:
        self._post_event(1)


def _finish(interface: type[Interface], proxy: type[Any], resource: type[Any]) -> None:
    interface._gen_c()
    interface.proxy_class = proxy
    interface.resource_class = resource


_finish(OrgKdeKwinIdleTimeout, OrgKdeKwinIdleTimeoutProxy, OrgKdeKwinIdleTimeoutResource)
_finish(OrgKdeKwinIdle, OrgKdeKwinIdleProxy, OrgKdeKwinIdleResource)
_finish(
    ZwlrForeignToplevelHandleV1,
    ZwlrForeignToplevelHandleV1Proxy,
    ZwlrForeignToplevelHandleV1Resource,
)
_finish(
    ZwlrForeignToplevelManagerV1,
    ZwlrForeignToplevelManagerV1Proxy,
    ZwlrForeignToplevelManagerV1Resource,
)


def toplevel_states(array: bytes) -> frozenset[int]:
    """The state values in a ``state`` event's array (native-endian uint32)."""
    import array as array_module

    values = array_module.array("I")
    values.frombytes(array[: len(array) - len(array) % values.itemsize])
    return frozenset(values)
