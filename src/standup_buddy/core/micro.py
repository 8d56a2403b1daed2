"""Micro-pauses: the short, frequent second kind of break (look away, drop the shoulders).

A micro-pause is due when the sitting streak has grown by
``micro_interval`` seconds since the last micro-pause, natural break or
movement break.  It is a cue on screen for ``duration`` seconds that needs no
answer: it ends by itself (recorded ``completed``) or the user waves it away
(recorded ``skipped``).  It never changes the activity timeline: the user
stays at the desk, so the seconds stay sitting time and no movement minutes
come from it.

The engine (:mod:`standup_buddy.core.engine`) owns this object and tells it,
at every decision, what else is going on: whether something holds prompts,
and how far off the next movement break is.  The rules, also in
``docs/micro-pauses.md``:

* a micro-pause never shows while a hold applies (meeting, full-screen,
  outside working hours), while paused or away, while standing, or while a
  movement break is pending (due, on screen, being taken or snoozed);
* it starts only after input within :data:`MICRO_IDLE_SECONDS`;
* a movement break due within :data:`ABSORB_SECONDS` absorbs it: the
  movement break comes instead, and its end starts the count again;
* one that is on screen when any of those begins is closed at once and not
  recorded (it comes back when the reason ends, if still due).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from standup_buddy.core.model import BreakKind, BreakRecord, Outcome

__all__ = [
    "ABSORB_SECONDS",
    "MICRO_DURATION_MAX_SECONDS",
    "MICRO_IDLE_SECONDS",
    "MicroDue",
    "MicroEndReason",
    "MicroEnded",
    "MicroPauses",
    "MicroRecorded",
]

# A movement break this close (in sitting seconds) takes the micro-pause's
# place: two cues within three minutes would be one too many, and the
# movement break rests the eyes as well.  It is longer than the longest
# micro-pause allowed, so a micro-pause that starts can never run into a
# movement break that comes due on schedule.
ABSORB_SECONDS = 180.0
MICRO_DURATION_MAX_SECONDS = 60.0
# A cue starts only for someone seen at the keyboard this recently: after
# half a minute without input the user may already be away (the natural
# break is only known later) or looking elsewhere, and the cue waits for
# their input.  A shorter wait would hold cues back from someone reading.
MICRO_IDLE_SECONDS = 30.0


class MicroEndReason(StrEnum):
    """Why the micro-pause cue closed."""

    DONE = "done"  # its time ran out (recorded completed)
    DISMISSED = "dismissed"  # the user clicked it away (recorded skipped)
    HELD = "held"  # a meeting, full-screen window or the end of working hours
    AWAY = "away"  # a natural break began
    PAUSED = "paused"
    BREAK = "break"  # a movement break took the screen
    OFF = "off"  # micro-pauses were switched off


@dataclass(frozen=True, slots=True)
class MicroDue:
    """Show the micro-pause cue now; it ends at ``ends`` (engine time)."""

    due: float
    started: float
    ends: float


@dataclass(frozen=True, slots=True)
class MicroEnded:
    """Close the micro-pause cue."""

    reason: MicroEndReason


@dataclass(frozen=True, slots=True)
class MicroRecorded:
    """A micro-pause was shown through (or waved away): store ``record``."""

    record: BreakRecord


MicroEvent = MicroDue | MicroEnded | MicroRecorded


@dataclass(frozen=True, slots=True)
class _Active:
    due: float
    started: float
    ends: float
    streak: float  # the sitting streak when the cue appeared


class MicroPauses:
    """The schedule of micro-pauses along the sitting streak.

    ``anchor`` is the streak length at the last reset or micro-pause: the
    next one is due when the streak reaches ``anchor + interval``.  The
    streak itself restarts at 0 after a natural or movement break; the
    engine calls :meth:`reset` then.
    """

    def __init__(self, *, enabled: bool, interval_seconds: float, duration_seconds: float) -> None:
        self._anchor = 0.0
        self._active: _Active | None = None
        self.configure(
            enabled=enabled, interval_seconds=interval_seconds, duration_seconds=duration_seconds
        )

    def configure(self, *, enabled: bool, interval_seconds: float, duration_seconds: float) -> None:
        """New settings (the count so far is kept)."""
        if not interval_seconds > 0 or not 0 < duration_seconds <= MICRO_DURATION_MAX_SECONDS:
            raise ValueError(
                f"micro-pause interval {interval_seconds!r} s must be positive and its length "
                f"{duration_seconds!r} s between 0 and {MICRO_DURATION_MAX_SECONDS:g}"
            )
        self._enabled = enabled
        self._interval = interval_seconds
        self._duration = duration_seconds

    # -- reading ----------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        """Whether micro-pauses are on."""
        return self._enabled

    @property
    def active(self) -> bool:
        """A cue is on screen."""
        return self._active is not None

    @property
    def ends_at(self) -> float | None:
        """When the cue on screen closes by itself."""
        return None if self._active is None else self._active.ends

    def time(self, at: float) -> tuple[float, float, float] | None:
        """``(elapsed, remaining, total)`` seconds of the cue on screen at ``at``."""
        a = self._active
        if a is None:
            return None
        total = a.ends - a.started
        elapsed = min(total, max(0.0, at - a.started))
        return elapsed, total - elapsed, total

    def seconds_until_due(self, streak_seconds: float) -> float | None:
        """Sitting seconds until the next micro-pause is due (0 if due); None when off."""
        if not self._enabled:
            return None
        return max(0.0, self._anchor + self._interval - self._fresh_anchor(streak_seconds))

    def _fresh_anchor(self, streak_seconds: float) -> float:
        # The streak went below the anchor (restarted without a reset call,
        # for instance after the clock was set back): count from zero.
        if streak_seconds < self._anchor:
            self._anchor = 0.0
        return streak_seconds

    # -- decisions ---------------------------------------------------------------

    def reset(self) -> None:
        """The streak restarted (a natural or movement break): count from zero again."""
        self._anchor = 0.0

    def shift(self, delta: float) -> None:
        """Move the cue's instants by ``delta`` (the wall clock was set back)."""
        a = self._active
        if a is not None:
            self._active = _Active(a.due + delta, a.started + delta, a.ends + delta, a.streak)

    def decide(
        self,
        now: float,
        streak_seconds: float,
        *,
        blocked: MicroEndReason | None,
        utc_offset: int,
    ) -> list[MicroEvent]:
        """Act at ``now``: end the cue when its time is up or it is blocked, or show one.

        ``blocked`` is the reason no cue may be on screen now (``None`` when
        one may); the engine works it out from holds, pause, presence and
        the movement break.
        """
        events: list[MicroEvent] = []
        a = self._active
        if a is not None:
            if a.ends <= now:
                events += self._settle(Outcome.COMPLETED, a.ends, utc_offset, MicroEndReason.DONE)
            elif not self._enabled:
                events += self.close(MicroEndReason.OFF)
            elif blocked is not None:
                events += self.close(blocked)
            else:
                return events
        if not self._enabled or blocked is not None:
            return events
        until = self.seconds_until_due(streak_seconds)
        if until is None or until > 0:
            return events
        due = now - (streak_seconds - self._anchor - self._interval)
        self._active = _Active(min(due, now), now, now + self._duration, streak_seconds)
        events.append(MicroDue(min(due, now), now, now + self._duration))
        return events

    def dismiss(self, now: float, utc_offset: int) -> list[MicroEvent]:
        """The user clicked the cue away: recorded ``skipped``."""
        if self._active is None:
            return []
        return self._settle(Outcome.SKIPPED, now, utc_offset, MicroEndReason.DISMISSED)

    def close(self, reason: MicroEndReason) -> list[MicroEvent]:
        """Take the cue off the screen unrecorded; it stays due."""
        if self._active is None:
            return []
        self._active = None
        return [MicroEnded(reason)]

    def _settle(
        self, outcome: Outcome, ended: float, utc_offset: int, reason: MicroEndReason
    ) -> list[MicroEvent]:
        a = self._active
        assert a is not None
        self._active = None
        # The next one counts from when this one appeared, however late a
        # hold made it: a long meeting is not followed by a burst of cues.
        self._anchor = a.streak
        record = BreakRecord(
            due=a.due,
            outcome=outcome,
            utc_offset=utc_offset,
            prompted=a.started,
            started=a.started,
            ended=max(a.started, min(ended, a.ends)),
            kind=BreakKind.MICRO,
        )
        return [MicroEnded(reason), MicroRecorded(record)]
