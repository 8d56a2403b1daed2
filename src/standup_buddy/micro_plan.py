"""Turning the engine's ``MicroDue`` into the cue the window shows.

The cue comes next in turn from the built-in list; the last one shown is kept
in the history file's ``app_state`` (``micro_cue``) so the turn goes on after
a restart, and in memory when the history cannot be written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from standup_buddy.core.micro import MicroDue
from standup_buddy.session import MicroCueSession
from standup_buddy.storage.history import HistoryStore

if TYPE_CHECKING:
    from standup_buddy.stretches.micro_cues import MicroCue

MICRO_CUE_KEY = "micro_cue"

# Runs an action on the store and reports a failure; None when it could not.
StoreCall = Callable[[Callable[[HistoryStore], object]], object]


class MicroPlanner:
    """Picks each micro-pause's cue and lays it on the real-seconds timeline."""

    def __init__(
        self,
        db: StoreCall,
        real_seconds: Callable[[float], float],
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        self._db = db
        self._real_seconds = real_seconds
        # The content language is asked for when the first cue is due, so the
        # cues speak the same language as the stretch card.
        self._language = language
        self._last: str | None = None
        self._cues: tuple[MicroCue, ...] | None = None  # read when the first cue is due

    def session(self, event: MicroDue) -> MicroCueSession:
        """The next cue in turn for ``event``."""
        # Imported with the first cue: the idle tray holds no stretch content.
        from standup_buddy.stretches.micro_cues import builtin_cues, next_cue

        if self._cues is None:
            from standup_buddy.stretches.translations import localized_cues

            # A broken translation file falls back to English field by field;
            # its problems are reported where the stretch catalog reports its own.
            self._cues, _problems = localized_cues(builtin_cues(), self._language())
        stored = self._db(lambda s: s.get_state(MICRO_CUE_KEY))
        cue = next_cue(self._cues, stored if isinstance(stored, str) else self._last)
        self._last = cue.id
        self._db(lambda s: s.set_state(MICRO_CUE_KEY, cue.id))
        seconds = self._real_seconds(event.ends - event.started)
        return MicroCueSession(cue.id, cue.text, cue.caution, seconds)
