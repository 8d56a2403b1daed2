"""The sitting tracker: samples of the user's activity in, intervals and a streak out.

The tracker keeps one *timeline* in wall-clock UTC seconds and cuts it into
contiguous intervals (sitting, natural break, break, standing, paused).  It
never reads a clock: every reading arrives in a :class:`Sample` (or a
:class:`Moment` for a user command) with both a monotonic and a wall time.

Presence is decided from *evidence*: each sample says when the last keyboard
or pointer input was (``wall - idle_seconds``), so the tracker knows the user
gave no input from that instant up to the sample.  A lock, a suspend or an
unannounced clock jump stretches that knowledge over the time it covers.
When the known absence reaches the natural-break threshold it becomes a
natural break that starts at the last input, and the sitting interval is cut
back to it retroactively.  Time between two samples that no reading covers
counts as present: absence is never invented.  See ``docs/tracking.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from standup_buddy.core.model import ActivityKind, Interval

# Wall and monotonic clocks may disagree by this much between two readings
# before the difference counts as a jump (suspend without notice, clock set).
JUMP_TOLERANCE_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class Moment:
    """A clock reading: monotonic seconds, wall UTC seconds and the UTC offset."""

    mono: float
    wall: float
    utc_offset: int


@dataclass(frozen=True, slots=True)
class Sample:
    """What the platform adapter observed at one moment.

    ``idle_seconds`` is the time since the last keyboard or pointer input
    (0 when the platform has no idle source, ``None`` when the source could
    not be read this time: the tracker then keeps its current verdict).
    ``locked`` and ``sleeping`` mean no input can be happening;
    ``in_meeting`` means a camera, microphone or idle inhibitor is active;
    ``fullscreen`` means the active window covers the screen;
    ``do_not_disturb`` means the desktop is in Do Not Disturb.
    """

    mono: float
    wall: float
    utc_offset: int
    idle_seconds: float | None = 0.0
    locked: bool = False
    sleeping: bool = False
    in_meeting: bool = False
    fullscreen: bool = False
    do_not_disturb: bool = False

    @property
    def moment(self) -> Moment:
        """The clock reading of this sample."""
        return Moment(self.mono, self.wall, self.utc_offset)

    @property
    def absent(self) -> bool:
        """True when the session cannot be receiving input (locked or asleep)."""
        return self.locked or self.sleeping


@dataclass(frozen=True, slots=True)
class TrackerMode:
    """What the user and the break schedule say about the time, apart from presence.

    ``paused_until`` is the wall instant a pause ends (``None``: not paused);
    ``on_break`` means a prompted break's countdown runs; ``standing`` means
    the user said they are standing.  The tracker holds the one value in
    force; everything else reads it from there, so no copy can drift.
    """

    paused_until: float | None = None
    on_break: bool = False
    standing: bool = False

    @property
    def paused(self) -> bool:
        """Whether tracking and reminders are paused."""
        return self.paused_until is not None

    def pause(self, until: float | None) -> TrackerMode:
        """This mode with the pause set to end at ``until`` (``None``: ended)."""
        return replace(self, paused_until=until)

    def breaking(self, on_break: bool) -> TrackerMode:
        """This mode with a prompted break begun or ended."""
        return replace(self, on_break=on_break)

    def stand(self, standing: bool) -> TrackerMode:
        """This mode standing or sitting."""
        return replace(self, standing=standing)


@dataclass(frozen=True, slots=True)
class OpenInterval:
    """The interval still running: its kind, start and UTC offset.

    Storage heartbeats it; the interval that finally closes it may end a
    little earlier than the last heartbeat when the tracker learns, from an
    idle reading, that the user had already left (a retroactive cut).
    """

    kind: ActivityKind
    start: float
    utc_offset: int

    def until(self, end: float) -> Interval:
        """This interval closed at ``end``."""
        return Interval(self.kind, self.start, end, self.utc_offset)


@dataclass(frozen=True, slots=True)
class ClockStep:
    """How the timeline moves to a new clock reading.

    ``target`` is the timeline instant of the reading.  After a forward jump
    (the wall clock ran ahead of the monotonic clock, as during a suspend the
    app was not told about) the unexplained gap runs from ``gap_start`` (the
    previous reading) to ``wake``: no input can have happened inside it.  After
    a backward jump ``rebase_from`` is the old-timeline instant reached by
    monotonic progress; the timeline then restarts at ``target``.
    """

    target: float
    gap_start: float | None = None
    wake: float | None = None
    rebase_from: float | None = None


@dataclass(frozen=True, slots=True)
class PresenceChange:
    """What an observation changed: a natural break that began and/or ended.

    ``began`` is the instant the natural break starts (the last input, or the
    start of the running interval if that is later); ``ended`` is the instant
    the user came back.  Both are set when a whole absence was only noticed
    after the user returned.
    """

    began: float | None = None
    ended: float | None = None


@dataclass(frozen=True, slots=True)
class StepResult:
    """What one :meth:`SittingTracker.step_to` changed.

    ``start`` and ``reached`` are the timeline instants before and after;
    ``shift`` is how far the timeline was moved after the wall clock was set
    back (0 otherwise); ``gap`` the ``(start, wake)`` of an unexplained
    forward jump, which the next presence evaluation counts as absence;
    ``pause_ended`` the instant a pause ran out inside the step;
    ``offset_changed`` whether the running interval was split for a new UTC
    offset; ``closed`` the intervals closed during the step (also given to
    ``on_interval``), in time order; ``kind_before`` and ``kind`` the running
    interval's kind before and after.
    """

    start: float
    reached: float
    kind_before: ActivityKind
    kind: ActivityKind
    shift: float = 0.0
    gap: tuple[float, float] | None = None
    pause_ended: float | None = None
    offset_changed: bool = False
    closed: tuple[Interval, ...] = ()

    @property
    def kind_changed(self) -> bool:
        """Whether the running interval is of another kind than before the step."""
        return self.kind is not self.kind_before


class StepStops(Protocol):
    """The caller's say while the tracker runs time forward in one step.

    Some instants inside a step need the caller: a break countdown or a cue
    that ends there changes the mode from that instant on, so the time after
    it must run with the new mode.
    """

    def next_stop(self) -> float | None:
        """The next timeline instant at which the caller must act (``None``: none)."""
        ...

    def stopped(self, at: float) -> None:
        """Time has reached ``at``, a stop; the caller may set the mode now."""
        ...

    def shifted(self, by: float) -> None:
        """The timeline moved by ``by`` (clock set back): move the caller's own instants."""
        ...


def _discard(_interval: Interval) -> None:
    """Default sink for closed intervals when nobody listens."""


class SittingTracker:
    """Turns clock readings and presence evidence into intervals and a streak.

    The sitting streak is the present sitting time since the last break of any
    kind: it grows only while the running interval is ``sitting``, is reset by
    a natural break (here) or by a completed or skipped prompted break (the
    caller calls :meth:`reset_streak`), and is never negative.

    The caller sets one :class:`TrackerMode` (standing, paused, on a break)
    with :meth:`set_mode`; together with the away flag it decides the kind of
    the running interval, in this order of precedence: paused, break, natural
    break, standing, sitting.
    Closed intervals go to ``on_interval`` in time order, contiguous, never of
    zero or negative length.
    """

    def __init__(
        self,
        first: Sample,
        *,
        natural_break_seconds: float,
        meeting_awareness: bool = True,
        mode: TrackerMode = TrackerMode(),
        streak_seconds: float = 0.0,
        on_interval: Callable[[Interval], None] = _discard,
    ) -> None:
        if natural_break_seconds <= 0:
            raise ValueError("the natural-break threshold must be positive")
        self._threshold = natural_break_seconds
        self._meeting_awareness = meeting_awareness
        self._emit = on_interval
        self._t = first.wall
        self._mono = first.mono
        self._wall = first.wall
        self._mode = mode
        self._away = False
        self._streak = max(0.0, streak_seconds)
        self._conditions = first
        self._open = OpenInterval(self._kind(), first.wall, first.utc_offset)
        # Nothing before the first reading is known; an idle reading may still
        # say the user has been gone for a while (then they start "away").
        self._last_input = first.wall
        self._known_until = first.wall
        self._gap_until: float | None = None
        self._step_closed: list[Interval] | None = None
        if not first.absent and first.idle_seconds is not None:
            self._last_input = first.wall - max(0.0, first.idle_seconds)
        self._evaluate(None, first.wall)

    # -- what the caller reads ------------------------------------------------

    @property
    def now(self) -> float:
        """The timeline instant reached (wall UTC seconds)."""
        return self._t

    @property
    def mono(self) -> float:
        """The monotonic reading that goes with :attr:`now`."""
        return self._mono

    @property
    def utc_offset(self) -> int:
        """The UTC offset in force."""
        return self._open.utc_offset

    @property
    def streak_seconds(self) -> float:
        """The current sitting streak in seconds (never negative)."""
        return self._streak

    @property
    def away(self) -> bool:
        """True while a natural break is in progress."""
        return self._away

    @property
    def last_input(self) -> float:
        """The timeline instant of the latest evidence that the user was present."""
        return self._last_input

    @property
    def natural_break_seconds(self) -> float:
        """The absence that makes a natural break."""
        return self._threshold

    @property
    def conditions(self) -> Sample:
        """The latest sample (locked, meeting and fullscreen flags are read from it)."""
        return self._conditions

    @property
    def mode(self) -> TrackerMode:
        """The mode in force (standing, paused, on a break)."""
        return self._mode

    @property
    def kind(self) -> ActivityKind:
        """The kind of the running interval."""
        return self._open.kind

    @property
    def open_interval(self) -> OpenInterval:
        """The running interval (kind, start, offset) for storage to heartbeat."""
        return self._open

    # -- clock ----------------------------------------------------------------

    def step_to(self, moment: Moment, stops: StepStops | None = None) -> StepResult:
        """Run the timeline to ``moment`` with the modes in force: the only way time moves.

        A clock set back closes the running interval where monotonic progress
        reached and restarts the timeline at the new wall time; a forward jump
        is remembered as a gap no input can have happened in.  A pause ends
        by itself at its end, exactly there; at every instant ``stops`` asks
        for the caller acts before time goes on.  A new UTC offset splits the
        running interval.  Presence evidence is not part of a step: the
        caller observes the sample at the instant reached.
        """
        start, kind_before = self._t, self._open.kind
        closed: list[Interval] = []
        self._step_closed = closed
        try:
            step = self._plan(moment.mono, moment.wall)
            shift = 0.0
            pause_ended: float | None = None
            if step.rebase_from is not None:
                pause_ended = self._run_until(step.rebase_from, stops)
                shift = step.target - self._t
                self._rebase(step.target)
                if stops is not None:
                    stops.shifted(shift)
                if pause_ended is not None:
                    pause_ended += shift
            pause_ended = self._run_until(step.target, stops) or pause_ended
            self._commit_clock(step, moment.mono, moment.wall)
            offset_changed = self._set_offset(moment.utc_offset)
        finally:
            self._step_closed = None
        gap_start, wake = step.gap_start, step.wake
        return StepResult(
            start=start,
            reached=self._t,
            kind_before=kind_before,
            kind=self._open.kind,
            shift=shift,
            gap=None if gap_start is None or wake is None else (gap_start, wake),
            pause_ended=pause_ended,
            offset_changed=offset_changed,
            closed=tuple(closed),
        )

    def _run_until(self, target: float, stops: StepStops | None) -> float | None:
        """Advance to ``target``, stopping exactly where the pause or a caller's stop falls.

        Returns the instant the pause ended, if it did.
        """
        pause_ended: float | None = None
        while True:
            stop = None if stops is None else stops.next_stop()
            pending = [c for c in (self._mode.paused_until, stop) if c is not None]
            if not pending or min(pending) > target:
                break
            self._advance_to(min(pending))
            t = self._t
            until = self._mode.paused_until
            if until is not None and until <= t:
                self.set_mode(self._mode.pause(None))
                pause_ended = t
            if stops is not None and stop is not None and stop <= t:
                stops.stopped(t)
        self._advance_to(target)
        return pause_ended

    def _plan(self, mono: float, wall: float) -> ClockStep:
        """Classify the step from the previous reading to ``(mono, wall)``."""
        progress = max(0.0, mono - self._mono)
        skew = (wall - self._wall) - progress
        if skew < -JUMP_TOLERANCE_SECONDS:
            return ClockStep(target=wall, rebase_from=self._t + progress)
        # A small step back (clock slewing) holds the timeline still rather
        # than running it backwards; it catches up as the wall clock does.
        target = max(self._t, wall)
        if skew > JUMP_TOLERANCE_SECONDS:
            return ClockStep(target, gap_start=self._t, wake=max(self._t, target - progress))
        return ClockStep(target=target)

    def _advance_to(self, instant: float) -> None:
        """Let time run to ``instant`` with the current modes (no-op if not later)."""
        if instant <= self._t:
            return
        if self._open.kind is ActivityKind.SITTING:
            self._streak += instant - self._t
        self._t = instant

    def _commit_clock(self, step: ClockStep, mono: float, wall: float) -> None:
        """Finish ``step``: ``(mono, wall)`` is what the next step is measured from.

        A jump gap is remembered for the next presence evaluation as known
        absence.  Time before it that no reading covers counts as present, as
        everywhere else, so the absence then starts with the gap.
        """
        self._mono = mono
        self._wall = wall
        gap_start = step.gap_start
        if step.wake is None or gap_start is None:
            return
        if self._known_until < gap_start and not self._away:
            self._last_input = self._known_until = gap_start
        previous = self._gap_until
        self._gap_until = step.wake if previous is None else max(previous, step.wake)

    def _rebase(self, new_now: float) -> None:
        """Restart the timeline at ``new_now`` after the wall clock was set back.

        The running interval is closed where the old timeline stood and a new
        one of the same kind opens at ``new_now``; the streak and the last
        input carry over, shifted with the clock.
        """
        shift = new_now - self._t
        self._close_running(self._t)
        self._t = new_now
        self._last_input += shift
        self._known_until += shift
        self._gap_until = None
        until = self._mode.paused_until
        if until is not None:
            # The pause lasts as long as it was meant to, on the new timeline.
            self._mode = self._mode.pause(until + shift)
        self._open = OpenInterval(self._open.kind, new_now, self._open.utc_offset)

    def _set_offset(self, utc_offset: int) -> bool:
        """Split the running interval when the UTC offset changes; say whether it did."""
        if utc_offset == self._open.utc_offset:
            return False
        self._close_running(self._t)
        self._open = OpenInterval(self._open.kind, self._t, utc_offset)
        return True

    # -- presence -------------------------------------------------------------

    def configure(self, *, natural_break_seconds: float, meeting_awareness: bool) -> None:
        """Change the natural-break threshold and meeting awareness from now on."""
        if natural_break_seconds <= 0:
            raise ValueError("the natural-break threshold must be positive")
        self._threshold = natural_break_seconds
        self._meeting_awareness = meeting_awareness

    def observe(self, sample: Sample) -> PresenceChange:
        """Take the presence evidence of ``sample`` at the current instant."""
        was_absent = self._conditions.absent
        was_locked = self._conditions.locked
        self._conditions = sample
        t = self._t
        evidence: float | None = None
        known: float | None = t
        if was_locked and not sample.absent:
            # Unlocking is the user's first act back; a bump the locked screen
            # saw (and the idle counter kept) is not a return.
            evidence = t
        elif sample.absent:
            # The moment of locking is the user's last act at the keyboard
            # (or the idle reading says when that was); later locked samples
            # only say the absence goes on.
            if not was_absent:
                evidence = t - max(0.0, sample.idle_seconds or 0.0)
        elif self._meeting_awareness and sample.in_meeting:
            evidence = t
        elif sample.idle_seconds is None:
            # An unreadable source says nothing either way.
            known = t if was_absent else None
        else:
            evidence = t - max(0.0, sample.idle_seconds)
        if evidence is not None and self._gap_until is not None and evidence < self._gap_until:
            evidence = None  # no input since before the jump
        return self._evaluate(evidence, known, lock_held=was_absent)

    def note_input(self) -> PresenceChange:
        """A user command arrived now: that is input, unless the session is locked."""
        if self._conditions.absent:
            return self._evaluate(None, self._t, lock_held=True)
        return self._evaluate(self._t, self._t)

    def refresh(self) -> PresenceChange:
        """Re-check the threshold with no new evidence (time passed, settings changed)."""
        known = self._t if self._conditions.absent else None
        return self._evaluate(None, known, lock_held=self._conditions.absent)

    def _evaluate(
        self, evidence: float | None, known: float | None, *, lock_held: bool = False
    ) -> PresenceChange:
        """Apply new evidence of input at ``evidence`` and of no input up to ``known``.

        ``lock_held`` says the session was locked or asleep since the last
        evaluation, so no input can have happened in that time.
        """
        began: float | None = None
        ended: float | None = None
        known_before = self._known_until
        if lock_held:
            known_before = self._t
        if self._gap_until is not None:
            known_before = max(known_before, self._gap_until)
            self._gap_until = None
        if evidence is not None and evidence > self._last_input:
            if self._away:
                ended = self._end_away(evidence)
            else:
                # Only the absence a reading covers counts; what lies between
                # two readings is taken as present.
                back = min(evidence, known_before)
                if back - self._last_input >= self._threshold:
                    began = self._begin_away(self._last_input)
                    ended = self._end_away(back)
            self._last_input = evidence
            self._known_until = evidence
        elif known_before > self._known_until:
            self._known_until = known_before
        if known is not None:
            self._known_until = max(self._known_until, known)
        if not self._away and self._known_until - self._last_input >= self._threshold:
            began = self._begin_away(self._last_input)
        return PresenceChange(began, ended)

    def _begin_away(self, at: float) -> float:
        before = self._open.kind
        self._away = True
        start = self._relabel(before, at)
        self._streak = 0.0
        return start

    def _end_away(self, at: float) -> float:
        before = self._open.kind
        self._away = False
        return self._relabel(before, at)

    # -- modes ----------------------------------------------------------------

    def set_mode(self, mode: TrackerMode, *, at: float | None = None) -> None:
        """Put ``mode`` in force from now, or back from ``at`` (within the running interval)."""
        before = self._open.kind
        self._mode = mode
        self._relabel(before, self._t if at is None else at)

    def reset_streak(self) -> None:
        """Start the streak again from zero (a break was taken or skipped)."""
        self._streak = 0.0

    def carry_streak(self, seconds: float) -> None:
        """Raise the streak to ``seconds`` (it went on at another computer); never lowers it."""
        if self._open.kind is ActivityKind.SITTING:
            self._streak = max(self._streak, seconds)

    # -- intervals ------------------------------------------------------------

    def _kind(self) -> ActivityKind:
        mode = self._mode
        if mode.paused:
            return ActivityKind.PAUSED
        if mode.on_break:
            return ActivityKind.BREAK
        if self._away:
            return ActivityKind.NATURAL_BREAK
        if mode.standing:
            return ActivityKind.STANDING
        return ActivityKind.SITTING

    def _relabel(self, before: ActivityKind, at: float) -> float:
        """Give ``[at, now]`` the kind the modes now say; return the clamped ``at``.

        ``at`` is clamped into the running interval: what has been closed
        stays as it was written.
        """
        after = self._kind()
        at = min(max(at, self._open.start), self._t)
        span = self._t - at
        if before is ActivityKind.SITTING:
            self._streak = max(0.0, self._streak - span)
        if after is ActivityKind.SITTING:
            self._streak += span
        if after is not before:
            self._close_running(at)
            self._open = OpenInterval(after, at, self._open.utc_offset)
        return at

    def _close_running(self, end: float) -> None:
        if end > self._open.start:
            interval = self._open.until(end)
            if self._step_closed is not None:
                self._step_closed.append(interval)
            self._emit(interval)
