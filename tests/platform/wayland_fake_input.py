"""KWin's ``org_kde_kwin_fake_input``: pointer motion for tests on a headless KWin.

A hand-written client binding (pywayland does not ship this KDE protocol),
declaring the requests up to ``pointer_motion`` in the protocol's order; the
later ones are never sent. KWin lists the global only to clients it trusts;
``KWIN_WAYLAND_NO_PERMISSION_CHECKS=1`` trusts every client it can identify
(which needs the client to run as the same user as KWin).
"""

from __future__ import annotations

from typing import Any

from pywayland.protocol_core.argument import Argument
from pywayland.protocol_core.interface import Interface
from pywayland.protocol_core.proxy import Proxy
from pywayland.scanner.argument import ArgumentType

from standup_buddy.platform.wayland_client import WaylandConnection


class OrgKdeKwinFakeInput(Interface):
    name = "org_kde_kwin_fake_input"
    version = 1


class OrgKdeKwinFakeInputProxy(Proxy[OrgKdeKwinFakeInput]):
    interface = OrgKdeKwinFakeInput

    @OrgKdeKwinFakeInput.request(Argument(ArgumentType.String), Argument(ArgumentType.String))
    def authenticate(self, application: str, reason: str) -> None:
        self._marshal(0, application, reason)

    @OrgKdeKwinFakeInput.request(Argument(ArgumentType.Fixed), Argument(ArgumentType.Fixed))
    def pointer_motion(self, delta_x: float, delta_y: float) -> None:
        self._marshal(1, delta_x, delta_y)


OrgKdeKwinFakeInput._gen_c()
OrgKdeKwinFakeInput.proxy_class = OrgKdeKwinFakeInputProxy


class FakeInput:
    """Moves KWin's pointer, which counts as user activity."""

    def __init__(self, environ: dict[str, str]) -> None:
        self._connection = WaylandConnection(environ, watch=False)
        if not self._connection.offered(OrgKdeKwinFakeInput.name):
            self._connection.close()
            raise RuntimeError("KWin does not offer org_kde_kwin_fake_input to this client")
        self._input: Any = self._connection.bind(OrgKdeKwinFakeInput, 1)
        self._input.authenticate("standup-buddy tests", "simulate a user at the desk")
        self._connection.roundtrip()
        self._step = 1.0

    def nudge(self) -> None:
        """Move the pointer a few pixels and back and forth, like a hand on the mouse."""
        self._step = -self._step
        self._input.pointer_motion(5.0 * self._step, 3.0)
        self._connection.roundtrip()

    def close(self) -> None:
        self._connection.close()
