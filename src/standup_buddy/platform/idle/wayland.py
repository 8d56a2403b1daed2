"""Idle time from the Wayland compositor (KDE Plasma, sway and other wlroots desktops).

Wayland has no "how long idle?" request; compositors instead send an event
when the seat has had no input for a timeout the client chose, and another
when input comes back. Tried in this order:

1. ``ext_idle_notifier_v1`` version 2, ``get_input_idle_notification``:
   input alone counts, so a playing video's idle inhibitor does not hide that
   the user left (KWin 6.1+, sway 1.10+ and recent wlroots compositors).
2. ``ext_idle_notifier_v1`` version 1, ``get_idle_notification``: the same,
   but an inhibitor counts as activity (KWin 5.27, sway 1.8/1.9).
3. ``org_kde_kwin_idle``: KDE's older protocol (KWin, sway 1.7).

Reading: the notification timeout is :data:`TIMEOUT_MS` (one second). When
the ``idled`` event comes, input stopped one timeout earlier; the source keeps
that instant and reports the seconds since it, so a break is measured to the
second. Until ``idled`` (and after ``resumed``) the reading is 0: the user is
at most one second into a pause. Timestamps use ``CLOCK_BOOTTIME`` so time
spent suspended counts as idle, like the compositors' own idle times.

The first idle period is counted from when the source started, since a
compositor announces only what happens after a notification is created.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from standup_buddy.platform.idle.base import IdleSourceUnavailable

#: The notification timeout. Short, so natural breaks are seen to the second;
#: it costs two events per pause in typing longer than this, none while idle.
TIMEOUT_MS = 1000

EXT_IDLE = "ext_idle_notifier_v1"
KDE_IDLE = "org_kde_kwin_idle"


def boottime() -> float:
    """Seconds on a clock that keeps running through suspend."""
    return time.clock_gettime(time.CLOCK_BOOTTIME)


class IdlePeriod:
    """Turns idled/resumed events into "seconds since the last input".

    ``idled`` comes one timeout after input stopped, so the idle period began
    that much earlier; ``resumed`` ends it. Instants are given by the caller.
    """

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.began: float | None = None

    def idled(self, now: float) -> None:
        """The compositor says the seat has been idle for the timeout."""
        self.began = now - self.timeout

    def resumed(self) -> None:
        """Input came back."""
        self.began = None

    def seconds(self, now: float) -> float:
        """Seconds since input stopped; 0 while the user is active."""
        return 0.0 if self.began is None else max(0.0, now - self.began)


class WaylandIdleSource:
    """Seconds since the compositor last saw input, from idle/resumed events."""

    name = "wayland"

    def __init__(
        self,
        environ: Mapping[str, str],
        *,
        timeout_ms: int = TIMEOUT_MS,
        clock: Callable[[], float] = boottime,
        watch: bool = True,
    ) -> None:
        from standup_buddy.platform.wayland_client import WaylandConnection, WaylandUnavailable

        try:
            self._connection = WaylandConnection(environ, watch=watch)
        except WaylandUnavailable as exc:
            raise IdleSourceUnavailable(str(exc)) from exc
        self._clock = clock
        self._period = IdlePeriod(timeout_ms / 1000.0)
        self.last_error = ""
        self.events = 0
        try:
            self._notification, self.detail = self._subscribe(timeout_ms)
        except IdleSourceUnavailable:
            self._connection.close()
            raise
        self._connection.on_error(self._lost)
        self._connection.roundtrip()

    @property
    def protocols_offered(self) -> dict[str, int]:
        """The idle protocols the compositor lists, with their versions."""
        return {
            name: version
            for name, (_global, version) in self._connection.globals.items()
            if name in {EXT_IDLE, KDE_IDLE}
        }

    def _subscribe(self, timeout_ms: int) -> tuple[Any, str]:
        connection = self._connection
        from pywayland.protocol.wayland import WlSeat

        if not connection.offered(WlSeat.name):
            raise IdleSourceUnavailable("the compositor offers no wl_seat")
        seat = connection.bind(WlSeat, 1)
        ext_offered = connection.offered(EXT_IDLE)
        if ext_offered:
            from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1

            version = min(ext_offered, ExtIdleNotifierV1.version)
            notifier = connection.bind(ExtIdleNotifierV1, version)
            if version >= 2:
                notification = notifier.get_input_idle_notification(timeout_ms, seat)
                detail = "ext-idle-notify-v1 version 2, input idle (inhibitors ignored)"
            else:
                notification = notifier.get_idle_notification(timeout_ms, seat)
                detail = "ext-idle-notify-v1 version 1 (idle inhibitors count as activity)"
                if ext_offered >= 2:
                    detail += f"; the compositor offers version {ext_offered}, pywayland binds 1"
            notification.dispatcher["idled"] = self._on_idle
            notification.dispatcher["resumed"] = self._on_resumed
            return notification, detail
        if connection.offered(KDE_IDLE):
            from standup_buddy.platform.wayland_protocols import OrgKdeKwinIdle

            manager = connection.bind(OrgKdeKwinIdle, 1)
            notification = manager.get_idle_timeout(seat, timeout_ms)
            notification.dispatcher["idle"] = self._on_idle
            notification.dispatcher["resumed"] = self._on_resumed
            return notification, "org_kde_kwin_idle version 1 (no ext-idle-notify-v1 offered)"
        raise IdleSourceUnavailable(
            f"compositor on {connection.display_name} offers neither {EXT_IDLE} nor {KDE_IDLE}"
        )

    def _on_idle(self, *_args: object) -> None:
        self.events += 1
        self._period.idled(self._clock())

    def _on_resumed(self, *_args: object) -> None:
        self.events += 1
        self._period.resumed()

    def _lost(self, reason: str) -> None:
        self.last_error = reason
        self._period.resumed()

    def describe(self) -> str:
        """The protocol in use, for ``doctor``."""
        return self.detail

    def idle_seconds(self) -> float | None:
        """Seconds since the last input, to within the one-second timeout; None if lost."""
        if not self._connection.pump():
            self.last_error = self.last_error or self._connection.error
            return None
        return self._period.seconds(self._clock())

    def close(self) -> None:
        """Drop the notification and the connection."""
        notification, self._notification = getattr(self, "_notification", None), None
        if notification is not None and not self._connection.error:
            try:
                if hasattr(notification, "release"):
                    notification.release()
                else:
                    notification.destroy()
                self._connection.flush()
            except RuntimeError:
                pass
        self._connection.close()
