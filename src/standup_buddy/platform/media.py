"""The media players of this desktop, for pausing them during a break.

Linux: MPRIS over the session bus (``platform/mpris.py``). Windows has
GlobalSystemMediaTransportControlsSessionManager, reachable from Python only
through WinRT bindings this app does not ship; until it does, Windows has no
media adapter and ``breaks.pause_media`` does nothing there (``doctor`` says
so). macOS has no public API for other apps' playback.
"""

from __future__ import annotations

import sys
from typing import Protocol

from standup_buddy.core.media_ledger import Playback


class MediaPlayers(Protocol):
    """What pausing media during a break needs of a platform's players."""

    def statuses(self) -> dict[str, Playback]: ...
    def pause(self, name: str) -> bool: ...
    def play(self, name: str) -> bool: ...


def media_players(plat: str = sys.platform) -> MediaPlayers | None:
    """The adapter for this platform, or None where there is none."""
    if plat in {"win32", "darwin"}:
        return None
    from standup_buddy.platform.mpris import MprisPlayers

    return MprisPlayers()


def describe_media(plat: str = sys.platform) -> str:
    """For ``doctor``: how media would be paused during a break."""
    if plat == "win32":
        return "not available on Windows yet (media sessions need WinRT bindings)"
    if plat == "darwin":
        return "not available on macOS"
    from standup_buddy.platform.mpris import MprisPlayers

    return MprisPlayers().describe()
