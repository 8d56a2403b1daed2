"""When the meeting and full-screen probes must run, decided without running them.

Both probes cost something (a D-Bus round trip, a look at every window), so
the app does not ask them at every wake-up.  This module holds the rule; the
adapter (``app/probes.py``) reads the idle time and the engine, asks
``decide`` and runs exactly the probes it names.  All times are real
(monotonic) seconds supplied by the caller.

* When a sample could show, keep or withdraw a prompt (``decisive``), both
  holds are probed fresh: no prompt is decided on an answer older than the
  cache age.
* Otherwise the meeting check runs only when the user looks idle (a call, or
  an absence?), and while they are away it backs off: first after
  ``AWAY_PROBE_FIRST_SECONDS``, then doubling up to ``AWAY_PROBE_MAX_SECONDS``.
* Typing again (not idle, not away, nothing decisive) forgets the meeting
  answer, so it is looked at afresh the next time it matters; full screen
  matters only for prompts and is forgotten whenever nothing is decisive.
"""

from __future__ import annotations

from dataclasses import dataclass

# A meeting or full-screen answer is reused for this long (real seconds): a
# burst of wake-ups (a lock, a command, a timer) costs one probe, and no prompt
# is decided on anything older.
PROBE_CACHE_SECONDS = 3.0
# While the user is away the meeting check backs off from this (real seconds)...
AWAY_PROBE_FIRST_SECONDS = 60.0
# ...doubling up to this; it looks again as soon as input returns or a prompt nears.
AWAY_PROBE_MAX_SECONDS = 1800.0
# The share of the natural-break threshold from which the user "looks idle".
LOOKS_IDLE_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class GateState:
    """What the gate remembers between samples (real monotonic seconds)."""

    meeting_at: float | None = None  # when the meeting probe last ran; None: never
    fullscreen_at: float | None = None  # when the full-screen probe last ran
    away_gap: float = AWAY_PROBE_FIRST_SECONDS  # the back-off's next wait


@dataclass(frozen=True, slots=True)
class GateInput:
    """One wake-up as the gate sees it."""

    real_now: float
    decisive: bool  # this sample could show, keep or withdraw a prompt
    away: bool  # the engine says the user is away from the desk
    idle_seconds: float | None  # app seconds without input; None when unknown
    natural_break_seconds: float  # the threshold for a natural break (app seconds)
    fresh_seconds: float = PROBE_CACHE_SECONDS  # the cache age (real seconds)
    meeting_probe: bool = True  # a meeting probe exists and meeting awareness is on
    fullscreen_probe: bool = True  # a full-screen probe exists

    @property
    def looks_idle(self) -> bool:
        """Idle long enough that a call or an absence may be starting."""
        return (
            self.idle_seconds is not None
            and self.idle_seconds >= self.natural_break_seconds * LOOKS_IDLE_SHARE
        )


@dataclass(frozen=True, slots=True)
class GateDecision:
    """What to do at this wake-up, and the gate's next state.

    ``check_*``: run the probe now and use its answer.  ``forget_*``: the
    last answer no longer holds (treat it as "no"), without probing.
    """

    state: GateState
    check_meeting: bool = False
    forget_meeting: bool = False
    check_fullscreen: bool = False
    forget_fullscreen: bool = False


def _older_than(at: float | None, now: float, age: float) -> bool:
    return at is None or now - at >= age


def decide(state: GateState, sample: GateInput) -> GateDecision:
    """Which probes run at this wake-up (see the module docstring for the rule)."""
    now = sample.real_now
    meeting_at, fullscreen_at, gap = state.meeting_at, state.fullscreen_at, state.away_gap
    check_meeting = forget_meeting = check_fullscreen = forget_fullscreen = False

    if sample.meeting_probe:
        if not sample.away:
            gap = AWAY_PROBE_FIRST_SECONDS
        if sample.decisive:
            due = _older_than(meeting_at, now, sample.fresh_seconds)
        elif sample.away:
            due = _older_than(meeting_at, now, gap)
            if due and meeting_at is not None:
                gap = min(AWAY_PROBE_MAX_SECONDS, gap * 2)
        else:
            due = sample.looks_idle and _older_than(meeting_at, now, sample.fresh_seconds)
        if due:
            check_meeting = True
            meeting_at = now
        elif not sample.decisive and not sample.looks_idle and not sample.away:
            forget_meeting = True  # typing again: look afresh next time it matters
            meeting_at = None

    if sample.decisive:
        if sample.fullscreen_probe and _older_than(fullscreen_at, now, sample.fresh_seconds):
            check_fullscreen = True
            fullscreen_at = now
    else:
        forget_fullscreen = True
        fullscreen_at = None

    return GateDecision(
        GateState(meeting_at, fullscreen_at, gap),
        check_meeting=check_meeting,
        forget_meeting=forget_meeting,
        check_fullscreen=check_fullscreen,
        forget_fullscreen=forget_fullscreen,
    )
