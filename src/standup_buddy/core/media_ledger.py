"""Which media players a break paused, and which of them it may start again.

A movement break pauses what is playing and, when it ends, resumes exactly
what it paused - never a player the user paused themselves. The rules:

* at the break's start only players reported ``Playing`` are paused; one
  already ``Paused`` or ``Stopped`` was the user's choice and is never
  touched;
* a player counts as ours once it is seen ``Paused`` after our Pause;
* if one of ours is later seen in any other state (the user pressed play,
  or stopped it, or it went away), the user has taken it over: it is not
  ours any more, even if it is paused again before the break ends;
* at the end, ours that still read ``Paused`` are resumed.

Pure: the adapter (``platform/mpris.py``) reads the players and reports
what it saw; this class decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum


class Playback(StrEnum):
    """MPRIS ``PlaybackStatus`` values (plus ``gone`` for a player that left)."""

    PLAYING = "Playing"
    PAUSED = "Paused"
    STOPPED = "Stopped"
    GONE = "gone"


def playback(raw: object) -> Playback:
    """The status a player reported; anything unknown counts as stopped (never resumed)."""
    if isinstance(raw, str):
        for status in Playback:
            if raw == status.value:
                return status
    return Playback.STOPPED


class MediaLedger:
    """The players this app paused during the running break."""

    __slots__ = ("_asked", "_ours")

    def __init__(self) -> None:
        self._asked: set[str] = set()  # Pause was sent, not yet seen paused
        self._ours: set[str] = set()

    @property
    def ours(self) -> frozenset[str]:
        """Players paused by this app and not touched by the user since."""
        return frozenset(self._ours)

    @property
    def active(self) -> bool:
        """Whether any player is waiting to be resumed (or to be seen paused)."""
        return bool(self._asked or self._ours)

    def begin(self, statuses: Mapping[str, Playback]) -> list[str]:
        """The break starts: the players to pause (those playing), in name order."""
        playing = sorted(name for name, status in statuses.items() if status is Playback.PLAYING)
        self._asked.update(playing)
        return playing

    def observe(self, statuses: Mapping[str, Playback]) -> None:
        """What the players report now; a player missing from ``statuses`` has gone."""
        for name in list(self._asked):
            status = statuses.get(name, Playback.GONE)
            if status is Playback.PAUSED:
                self._asked.discard(name)
                self._ours.add(name)
            elif status is not Playback.PLAYING:
                # Stopped or gone before it paused: nothing of ours to resume.
                self._asked.discard(name)
        for name in list(self._ours):
            if statuses.get(name, Playback.GONE) is not Playback.PAUSED:
                self._ours.discard(name)  # the user took it over

    def seen(self, name: str, status: Playback) -> None:
        """One player's new status, as it changed (its own signal)."""
        if status is Playback.PAUSED:
            if name in self._asked:
                self._asked.discard(name)
                self._ours.add(name)
            return
        if status is Playback.PLAYING and name in self._asked:
            return  # our Pause not carried out yet
        self._asked.discard(name)
        self._ours.discard(name)  # played, stopped or gone: the user's now

    def finish(self, statuses: Mapping[str, Playback]) -> list[str]:
        """The break ended: the players to resume, in name order; the ledger empties."""
        self.observe(statuses)
        resume = sorted(self._ours)
        self.forget(self._asked | self._ours)
        return resume

    def forget(self, names: Iterable[str]) -> None:
        """Drop these players (e.g. a Pause that failed)."""
        for name in list(names):
            self._asked.discard(name)
            self._ours.discard(name)
