"""Media players over MPRIS (Linux, QtDBus): read, pause and resume them.

Every MPRIS player owns a name ``org.mpris.MediaPlayer2.<something>`` on the
session bus and serves ``/org/mpris/MediaPlayer2`` with the interface
``org.mpris.MediaPlayer2.Player``: the ``PlaybackStatus`` property
(``Playing``, ``Paused``, ``Stopped``) and the methods ``Pause`` and
``Play``. Nothing here decides what to pause or resume; that is
``core/media_ledger.py``. Calls never start a service and time out fast, so
a hung player cannot stall the break card.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from standup_buddy.core.media_ledger import Playback, playback
from standup_buddy.platform.idle.base import IdleSourceUnavailable
from standup_buddy.platform.idle.dbus import DBusCallError, call_dbus, session_bus

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

PREFIX = "org.mpris.MediaPlayer2."
PATH = "/org/mpris/MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
PROPERTIES = "org.freedesktop.DBus.Properties"
TIMEOUT_MS = 500
# playerctld only forwards to whichever real player was active last: asking
# it as well would pause or play a real player twice, maybe the wrong one.
PROXIES = frozenset({PREFIX + "playerctld"})


class MprisPlayers:
    """The MPRIS players on one session bus."""

    def __init__(self, bus: QDBusConnection | None = None) -> None:
        self._bus = bus
        self._problem = ""

    def _connection(self) -> QDBusConnection | None:
        if self._bus is None:
            try:
                self._bus = session_bus()
            except IdleSourceUnavailable as exc:
                self._problem = str(exc)
                return None
        return self._bus

    def names(self) -> list[str]:
        """The bus names of the players present now."""
        bus = self._connection()
        if bus is None:
            return []
        try:
            reply = call_dbus(
                bus,
                "org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus",
                "ListNames",
                timeout_ms=TIMEOUT_MS,
            )
        except DBusCallError as exc:
            log.warning("cannot list the players on the session bus: %s", exc)
            return []
        names = reply[0] if reply and isinstance(reply[0], list) else []
        return sorted(
            n for n in names if isinstance(n, str) and n.startswith(PREFIX) and n not in PROXIES
        )

    def statuses(self) -> dict[str, Playback]:
        """Each player's ``PlaybackStatus``; a player that does not answer is left out."""
        bus = self._connection()
        result: dict[str, Playback] = {}
        if bus is None:
            return result
        for name in self.names():
            try:
                reply = call_dbus(
                    bus, name, PATH, PROPERTIES, "Get",
                    args=(PLAYER_INTERFACE, "PlaybackStatus"), timeout_ms=TIMEOUT_MS,
                )
            except DBusCallError as exc:
                log.info("player %s does not say its status: %s", name, exc)
                continue
            value = reply[0] if reply else None
            # Properties.Get answers a variant; QtDBus hands it over wrapped.
            unwrap = getattr(value, "variant", None)
            result[name] = playback(unwrap() if callable(unwrap) else value)
        return result

    def pause(self, name: str) -> bool:
        """Ask ``name`` to pause; False when it refused or did not answer."""
        return self._call(name, "Pause")

    def play(self, name: str) -> bool:
        """Ask ``name`` to play; False when it refused or did not answer."""
        return self._call(name, "Play")

    def _call(self, name: str, method: str) -> bool:
        bus = self._connection()
        if bus is None:
            return False
        try:
            call_dbus(bus, name, PATH, PLAYER_INTERFACE, method, timeout_ms=TIMEOUT_MS)
        except DBusCallError as exc:
            log.warning("player %s refused %s: %s", name, method, exc)
            return False
        return True

    def describe(self) -> str:
        """For ``doctor``: where players are looked for, and how many are there now."""
        bus = self._connection()
        if bus is None:
            return f"unavailable ({self._problem or 'no session bus'})"
        count = len(self.names())
        return f"MPRIS on the session bus ({count} player{'s' if count != 1 else ''} now)"
