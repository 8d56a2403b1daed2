"""The break scheduler: the life of one prompted break, from due to its outcome.

At most one break is pending at a time.  It goes through three phases::

    WAITING  --ready, nothing holds it-->  PROMPTED  --start-->  ON_BREAK
       ^                                     |  |                  |
       +------- snooze / missed / held ------+  +-- complete/skip -+--> recorded

The scheduler decides *when* a pending break is shown and *what* becomes of
it; *whether* a break is due (the sitting streak reached the interval) and
what holds it are decided by the caller (:mod:`standup_buddy.core.engine`),
which also owns the clock.  Every method takes the current instant.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from standup_buddy.core.model import BreakRecord, Outcome


class HoldReason(StrEnum):
    """Why a due break is not shown yet (SPEC section 5, ``hold_reason``)."""

    OUTSIDE_HOURS = "outside_hours"
    MEETING = "meeting"
    FULLSCREEN = "fullscreen"
    # The desktop is in Do Not Disturb. Movement breaks are not held by it
    # (they come in the quietest style); lighter prompts such as micro-pauses
    # wait for it like any other hold (``ActivityEngine.current_hold``).
    DO_NOT_DISTURB = "do_not_disturb"


class BreakPhase(StrEnum):
    """Where the pending break stands."""

    WAITING = "waiting"  # due (or snoozed), not on screen
    PROMPTED = "prompted"  # the prompt is on screen, unanswered
    ON_BREAK = "on_break"  # the user started it; the countdown runs


class WithdrawReason(StrEnum):
    """Why an open prompt was taken off the screen without an answer."""

    AWAY = "away"  # the user got up: a natural break overtook the prompt
    PAUSED = "paused"  # the user paused reminders
    HELD = "held"  # a meeting, full-screen window or the end of working hours


@dataclass(frozen=True, slots=True)
class BreakDue:
    """Show the break prompt now.

    ``due`` is when the sitting streak reached the interval; ``snoozes`` how
    often this break was snoozed so far; ``forced`` is True for "Take a break
    now", which no hold can stop.
    """

    due: float
    snoozes: int = 0
    forced: bool = False


@dataclass(frozen=True, slots=True)
class PromptHeld:
    """A break is due but held back for ``reason``; it comes when the reason ends."""

    reason: HoldReason


@dataclass(frozen=True, slots=True)
class PromptWithdrawn:
    """Close the prompt: it went unanswered and is not recorded (yet)."""

    reason: WithdrawReason


@dataclass(frozen=True, slots=True)
class BreakRecorded:
    """A prompted break is settled; store ``record``.

    ``emergency_exit`` marks a break the user left by the emergency exit
    (recorded ``skipped``; ``docs/break-rules.md``).
    """

    record: BreakRecord
    emergency_exit: bool = False


SchedulerEvent = BreakDue | PromptHeld | PromptWithdrawn | BreakRecorded


@dataclass(slots=True)
class _Pending:
    due: float
    ready_at: float
    phase: BreakPhase = BreakPhase.WAITING
    snoozes: int = 0
    prompted: float | None = None
    answer_by: float = math.inf
    life: float = 0.0  # how long the open prompt lives before it counts as missed
    started: float | None = None
    ends_at: float = math.inf
    stretch_ids: tuple[str, ...] = ()
    forced: bool = False
    held_for: HoldReason | None = None
    # The user answered the open card (Start, or input since it appeared):
    # from then on the break is theirs and no hold takes it away.
    confirmed: bool = False

    def shift(self, delta: float) -> None:
        self.due += delta
        self.ready_at += delta
        self.answer_by += delta
        self.ends_at += delta
        if self.prompted is not None:
            self.prompted += delta
        if self.started is not None:
            self.started += delta


class BreakScheduler:
    """Shows a pending break at the right time and settles what becomes of it.

    Rules (details in ``docs/tracking.md``):

    * a prompt unanswered for ``missed_after`` seconds while the user keeps
      working (there was input after it appeared) is recorded ``missed`` and
      shown again one snooze period later; with no input since it appeared
      the verdict waits: input means ``missed``, a natural break withdraws it;
    * snooze hides the prompt for the snooze period and counts the snooze;
    * a started break completes by itself when its countdown ends;
    * an unforced prompt is withdrawn while something holds it and comes back
      when the hold ends;
    * no unforced prompt appears before :attr:`not_before` (a short grace
      after the user changed settings, resumed or sat down).
    """

    def __init__(self, not_before: float = -math.inf) -> None:
        self._pending: _Pending | None = None
        self._not_before = not_before

    # -- what the caller reads ------------------------------------------------

    @property
    def phase(self) -> BreakPhase | None:
        """The phase of the pending break, ``None`` when nothing is pending."""
        return None if self._pending is None else self._pending.phase

    @property
    def not_before(self) -> float:
        """No unforced prompt is shown before this instant."""
        return self._not_before

    @property
    def due(self) -> float | None:
        """When the pending break fell due."""
        return None if self._pending is None else self._pending.due

    @property
    def prompted(self) -> float | None:
        """When the pending break was last put on screen."""
        return None if self._pending is None else self._pending.prompted

    @property
    def snoozes(self) -> int:
        """How often the pending break was snoozed."""
        return 0 if self._pending is None else self._pending.snoozes

    @property
    def prompt_life(self) -> float:
        """Seconds the open prompt lives before it would count as missed (0 if none)."""
        return 0.0 if self._pending is None else self._pending.life

    @property
    def answer_by(self) -> float | None:
        """When an open prompt times out (only while prompted)."""
        p = self._pending
        if p is None or p.phase is not BreakPhase.PROMPTED:
            return None
        return p.answer_by

    @property
    def break_started_at(self) -> float | None:
        """When the running break's countdown started (only while on a break)."""
        p = self._pending
        if p is None or p.phase is not BreakPhase.ON_BREAK:
            return None
        return p.started

    @property
    def break_ends_at(self) -> float | None:
        """When the running break's countdown ends (only while on a break)."""
        p = self._pending
        if p is None or p.phase is not BreakPhase.ON_BREAK:
            return None
        return p.ends_at

    def show_at(self) -> float | None:
        """When a waiting break may be shown, holds aside (``None`` if not waiting)."""
        p = self._pending
        if p is None or p.phase is not BreakPhase.WAITING:
            return None
        return p.ready_at if p.forced else max(p.ready_at, self._not_before)

    @property
    def unconfirmed(self) -> bool:
        """A card is open (prompted or counting down) that the user has not answered.

        Forced breaks ("Take a break now") count as answered.
        """
        p = self._pending
        return (
            p is not None and p.phase is not BreakPhase.WAITING and not p.forced and not p.confirmed
        )

    def next_deadline(self, now: float) -> float | None:
        """The next instant after ``now`` at which this scheduler acts by itself."""
        p = self._pending
        if p is None:
            return None
        if p.phase is BreakPhase.PROMPTED:
            candidate = p.answer_by
        elif p.phase is BreakPhase.ON_BREAK:
            candidate = p.ends_at
        else:
            candidate = self.show_at() or math.inf
        return candidate if now < candidate < math.inf else None

    # -- decisions ------------------------------------------------------------

    def defer_until(self, instant: float) -> None:
        """Show no unforced prompt before ``instant``."""
        self._not_before = max(self._not_before, instant)

    def begin(self, due: float, now: float) -> None:
        """A break fell due at ``due`` (the streak reached the interval)."""
        if self._pending is None:
            self._pending = _Pending(due=due, ready_at=now)

    def consider(
        self,
        now: float,
        *,
        hold: HoldReason | None,
        blocked: bool,
        snooze_seconds: float,
        missed_after: float,
        last_input: float,
        utc_offset: int,
    ) -> list[SchedulerEvent]:
        """Act at ``now``: time out, withdraw, hold or show the pending break.

        ``blocked`` (paused, or the user is away) keeps a waiting break off the
        screen without a hold message; ``missed_after`` is the break length;
        ``last_input`` tells whether the user kept working after the prompt.
        """
        p = self._pending
        events: list[SchedulerEvent] = []
        if p is None:
            return events
        if p.phase is BreakPhase.PROMPTED:
            kept_working = p.prompted is not None and last_input > p.prompted
            if now >= p.answer_by and kept_working:
                events.append(BreakRecorded(self._record(Outcome.MISSED, utc_offset)))
                p.phase = BreakPhase.WAITING
                # Counted from when the miss is noticed, so a late wake-up
                # never closes and reopens the card in one go.
                p.ready_at = now + snooze_seconds
                p.answer_by = math.inf
                p.snoozes = 0
                p.prompted = None
                p.stretch_ids = ()
                p.forced = False
            elif hold is not None and not p.forced:
                events.append(PromptWithdrawn(WithdrawReason.HELD))
                p.phase = BreakPhase.WAITING
                p.ready_at = now
                p.answer_by = math.inf
        show_at = self.show_at()
        if p.phase is BreakPhase.WAITING and not blocked and show_at is not None:
            if now < show_at:
                return events
            if hold is not None and not p.forced:
                if p.held_for is not hold:
                    p.held_for = hold
                    events.append(PromptHeld(hold))
            else:
                p.phase = BreakPhase.PROMPTED
                p.prompted = now
                p.answer_by = now + missed_after
                p.life = missed_after
                p.held_for = None
                p.confirmed = False
                events.append(BreakDue(p.due, p.snoozes, p.forced))
        return events

    def force(self, now: float, missed_after: float) -> list[SchedulerEvent]:
        """Take a break now: show a prompt at once, whatever holds it."""
        p = self._pending
        if p is None:
            p = self._pending = _Pending(due=now, ready_at=now)
        if p.phase is BreakPhase.ON_BREAK:
            return []
        p.forced = True
        p.confirmed = False
        p.phase = BreakPhase.PROMPTED
        p.prompted = now
        p.answer_by = now + missed_after
        p.life = missed_after
        p.held_for = None
        return [BreakDue(p.due, p.snoozes, True)]

    def withdraw(self, now: float, reason: WithdrawReason) -> list[SchedulerEvent]:
        """Take an unanswered prompt off the screen; the break stays pending."""
        p = self._pending
        if p is None or p.phase is not BreakPhase.PROMPTED:
            return []
        p.phase = BreakPhase.WAITING
        p.ready_at = now
        p.answer_by = math.inf
        p.forced = False
        return [PromptWithdrawn(reason)]

    def withdraw_unconfirmed(self, now: float) -> tuple[list[SchedulerEvent], float | None]:
        """A hold appeared while the user had not answered the card: take it away.

        A countdown the card began by itself is undone: nothing is recorded and
        the break waits again.  Returns the events and when the undone
        countdown had started (``None`` if none ran).
        """
        p = self._pending
        if p is None or not self.unconfirmed:
            return [], None
        started = p.started if p.phase is BreakPhase.ON_BREAK else None
        p.phase = BreakPhase.WAITING
        p.ready_at = now
        p.answer_by = math.inf
        p.ends_at = math.inf
        p.started = None
        return [PromptWithdrawn(WithdrawReason.HELD)], started

    def overtake(self, utc_offset: int) -> list[SchedulerEvent]:
        """A natural break began: the user got up, so drop the pending break.

        A break already being taken is kept.  An open prompt is withdrawn.
        If the user had snoozed it, the break is recorded ``snoozed`` (the
        last answer they gave); otherwise nothing is recorded: the absence
        itself is stored as a natural break, and claiming a completed
        stretch, or a missed one, would both be untrue.
        """
        p = self._pending
        if p is None or p.phase is BreakPhase.ON_BREAK:
            return []
        events: list[SchedulerEvent] = []
        if p.phase is BreakPhase.PROMPTED:
            events.append(PromptWithdrawn(WithdrawReason.AWAY))
        if p.snoozes > 0:
            events.append(BreakRecorded(self._record(Outcome.SNOOZED, utc_offset)))
        self._pending = None
        return events

    def shift(self, delta: float) -> None:
        """Move every stored instant by ``delta`` (the wall clock was set back)."""
        self._not_before += delta
        if self._pending is not None:
            self._pending.shift(delta)

    # -- answers --------------------------------------------------------------

    def card_shown(self, now: float, stretch_ids: Sequence[str], missed_after: float) -> bool:
        """The prompt reached the screen with these stretches.

        The unanswered-prompt timeout counts from here, so a card the UI held
        back (waiting for a pause in typing) gets its full time.
        """
        p = self._pending
        if p is None or p.phase is not BreakPhase.PROMPTED:
            return False
        p.prompted = now
        p.answer_by = now + missed_after
        p.life = missed_after
        p.stretch_ids = tuple(stretch_ids)
        return True

    def note_shown(self, stretch_ids: Sequence[str]) -> None:
        """More stretches reached the screen on the open card (the arrows, the countdown)."""
        p = self._pending
        if p is None or p.phase is BreakPhase.WAITING:
            return
        p.stretch_ids = (*p.stretch_ids, *(s for s in stretch_ids if s not in p.stretch_ids))

    def confirm(self) -> None:
        """The user answered the open card (input on it, or Start pressed)."""
        p = self._pending
        if p is not None and p.phase is not BreakPhase.WAITING:
            p.confirmed = True

    def start(self, now: float, duration_seconds: float, *, confirmed: bool = False) -> bool:
        """The card's countdown of ``duration_seconds`` runs from ``now``.

        ``confirmed`` says the user pressed Start; a countdown the card began by
        itself stays unconfirmed until input shows the user is there.
        """
        p = self._pending
        if p is None or p.phase is not BreakPhase.PROMPTED:
            return False
        p.confirmed = p.confirmed or confirmed
        p.phase = BreakPhase.ON_BREAK
        p.started = now
        p.ends_at = now + duration_seconds
        p.answer_by = math.inf
        return True

    def complete(
        self, now: float, utc_offset: int, started: float | None = None
    ) -> BreakRecord | None:
        """Done (or the countdown ended): record ``completed`` with the real duration.

        A prompt completed without being started counts from ``started`` (the
        caller passes when the card appeared, clamped to what it can still
        relabel), or from ``now``.
        """
        p = self._pending
        if p is None or p.phase is BreakPhase.WAITING:
            return None
        if p.phase is BreakPhase.PROMPTED:
            p.started = now if started is None else min(started, now)
        assert p.started is not None
        return self._settle(Outcome.COMPLETED, utc_offset, ended=max(now, p.started))

    def snooze(self, now: float, snooze_seconds: float) -> bool:
        """Hide the prompt (or stop the countdown) for ``snooze_seconds``."""
        p = self._pending
        if p is None or p.phase is BreakPhase.WAITING:
            return False
        p.snoozes += 1
        p.phase = BreakPhase.WAITING
        p.ready_at = now + snooze_seconds
        p.answer_by = math.inf
        p.ends_at = math.inf
        p.started = None
        p.forced = False
        p.held_for = None
        return True

    def skip(self, now: float, utc_offset: int) -> BreakRecord | None:
        """Skip the break (or leave it by the emergency exit): record ``skipped``.

        The caller restarts the streak.
        """
        p = self._pending
        if p is None or p.phase is BreakPhase.WAITING:
            return None
        ended = now if p.started is not None else None
        return self._settle(Outcome.SKIPPED, utc_offset, ended=ended)

    # -- records --------------------------------------------------------------

    def _settle(self, outcome: Outcome, utc_offset: int, ended: float | None) -> BreakRecord:
        record = self._record(outcome, utc_offset, ended)
        self._pending = None
        return record

    def _record(self, outcome: Outcome, utc_offset: int, ended: float | None = None) -> BreakRecord:
        p = self._pending
        assert p is not None
        started = p.started if outcome in (Outcome.COMPLETED, Outcome.SKIPPED) else None
        return BreakRecord(
            due=p.due,
            outcome=outcome,
            utc_offset=utc_offset,
            prompted=p.prompted,
            started=started,
            ended=ended if started is not None else None,
            snoozes=p.snoozes,
            stretch_ids=p.stretch_ids,
        )
