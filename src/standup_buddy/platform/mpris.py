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
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT, QObject, Slot

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


# Typed so QtDBus itself turns the a{sv} into a dict (PySide6 cannot read a
# raw QDBusArgument map); the third argument (invalidated names) is not taken,
# so a player that sends it in an odd type cannot abort the demarshalling.
_ON_CHANGED: Any = SLOT("_on_changed(QString,QVariantMap)")


class _ChangeRelay(QObject):
    """One player's ``PropertiesChanged``: reports each new ``PlaybackStatus``."""

    def __init__(self, name: str, callback: Callable[[str, Playback], None]) -> None:
        super().__init__()
        self.name = name
        self._callback = callback

    @Slot(str, "QVariantMap")
    def _on_changed(self, interface: str, changed: dict[str, object]) -> None:
        if interface != PLAYER_INTERFACE or "PlaybackStatus" not in changed:
            return  # metadata, volume: not what the break cares about
        value = changed["PlaybackStatus"]
        self._callback(self.name, playback(value.variant() if hasattr(value, "variant") else value))


class MprisPlayers:
    """The MPRIS players on one session bus."""

    def __init__(self, bus: QDBusConnection | None = None) -> None:
        self._bus = bus
        self._problem = ""
        self._relays: list[_ChangeRelay] = []

    def watch(self, callback: Callable[[str, Playback], None]) -> bool:
        """Call ``callback(player, status)`` on each playback change; False where it cannot.

        For the long waits (a break that ended with the screen locked): the
        players' own signal, where a poll would wake the app every second.
        Each change is reported as it comes, so a play and a pause in quick
        succession are both seen.
        """
        bus = self._connection()
        if bus is None:
            return False
        self.unwatch()
        # One subscription per player present now: a player that comes later
        # was not playing when the break began, so it is never one of ours.
        for name in self.names():
            relay = _ChangeRelay(name, callback)
            if bus.connect(name, PATH, PROPERTIES, "PropertiesChanged", relay, _ON_CHANGED):
                self._relays.append(relay)
        return bool(self._relays)

    def unwatch(self) -> None:
        """Stop the callbacks of ``watch``."""
        relays, self._relays = self._relays, []
        bus = self._bus
        if bus is None:
            return
        for relay in relays:
            bus.disconnect(relay.name, PATH, PROPERTIES, "PropertiesChanged", relay, _ON_CHANGED)

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
