"""The other computers, through the sync folder: their breaks, their streak, who prompts.

The rules are the pure ``core.continuity``; this applies them to the engine
and hands the engine's news to the folder link (``sync_link.SyncLink``).
Without a sync folder every method does nothing and this computer prompts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from standup_buddy.core import continuity
from standup_buddy.core.engine import ActivityEngine, EngineState, Event
from standup_buddy.core.model import BreakRecord, GoalSetting, Interval, Outcome
from standup_buddy.core.tracker import Moment


class Peers:
    """The link to the other computers, or an inert stand-in when sync is off."""

    def __init__(self, link: Any, natural_break_seconds: Callable[[], float]) -> None:
        self._link = link
        self._natural_break_seconds = natural_break_seconds
        # When the streak last restarted for a break, here or elsewhere.
        self._last_reset = -1e18

    def recovered(self, intervals: Sequence[Interval], wall: float) -> None:
        """Intervals a crash left open, closed by the store: the others learn how they ended."""
        if self._link is not None:
            for interval in intervals:
                self._link.journal_interval(interval, wall)

    def events(self, engine: ActivityEngine, moment: Callable[[], Moment]) -> list[Event]:
        """Apply what the other devices' latest files say: their breaks, their streak."""
        link = self._link
        if link is None:
            return []
        events: list[Event] = []
        now = engine.now
        for record in link.new_peer_breaks():
            if continuity.break_resets_streak(record, now, engine.streak_seconds):
                events += engine.break_elsewhere(moment())
                self._last_reset = max(self._last_reset, record.ended or record.anchor)
        peers = [p for p in link.peers() if p.last_input > self._last_reset]
        local = engine.streak_seconds
        carried = continuity.carried_streak(now, local, peers, self._natural_break_seconds())
        if carried > local + 1.0:
            events += engine.carry_streak(moment(), carried)
        return events

    def owns_prompt(self, engine: ActivityEngine) -> bool:
        """Whether this computer shows a due break (the one the user is at)."""
        link = self._link
        if link is None:
            return True
        return continuity.owns_prompt(link.device, engine.now, engine.last_input, link.peers())

    def beat(self, engine: ActivityEngine) -> None:
        """Tell the others where this computer stands."""
        if self._link is None:
            return
        s = engine.status()
        running = engine.open_interval
        self._link.beat(
            {
                "at": s.at,
                "off": s.utc_offset,
                "streak_seconds": engine.streak_seconds,
                "last_input": engine.last_input,
                "present": s.present,
                "prompt_open": s.prompt_open or s.state is EngineState.ON_BREAK,
                "kind": running.kind.value,
                "open_start": running.start,
            }
        )

    def interval(self, interval: Interval, now: float) -> None:
        """A closed interval for the journal."""
        if self._link is not None:
            self._link.journal_interval(interval, now)

    def break_record(self, record: BreakRecord, wall: float) -> None:
        """A break record for the journal; a break taken here restarts the streak."""
        if record.outcome in (Outcome.COMPLETED, Outcome.SKIPPED):
            self._last_reset = max(self._last_reset, record.ended or record.anchor)
        if self._link is not None:
            self._link.journal_break(record, wall)

    def goal(self, goal: GoalSetting, wall: float, utc_offset: int) -> None:
        """A goal change for the journal."""
        if self._link is not None:
            self._link.journal_goal(goal, wall, utc_offset)

    def newer_goal(self) -> GoalSetting | None:
        """A goal another computer set after the newest one here (once), else None."""
        return None if self._link is None else self._link.newer_goal()

    @property
    def link(self) -> Any:
        """The sync folder link (``sync_link.SyncLink``), None when sync is off."""
        return self._link

    def use(self, link: Any) -> None:
        """Another sync folder link (None: sync off) from now on; the caller closed the old."""
        self._link = link

    def close(self, engine: ActivityEngine) -> None:
        """A last beat, then the folder worker stops."""
        if self._link is not None:
            self.beat(engine)
            self._link.close()
