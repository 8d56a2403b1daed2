"""The activity engine: the one object the app feeds with samples and commands.

It combines the :class:`~standup_buddy.core.tracker.SittingTracker` (time and
presence), the :class:`~standup_buddy.core.scheduler.BreakScheduler` (the
life of a prompted break) and :class:`~standup_buddy.core.working_hours.WorkingHours`
(when prompts may interrupt).  Every call takes the current clock reading and
returns the events it caused, in order; nothing here reads a clock, sleeps or
draws random numbers.  ``docs/tracking.md`` describes the state machine and
every rule.

Nothing assumes real seconds: under ``--speed N`` the adapter scales both
clocks and the engine runs N times faster without knowing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from standup_buddy.core.break_rules import Answer, BreakRules, Offers, RefusalReason
from standup_buddy.core.micro import (
    ABSORB_SECONDS,
    MICRO_IDLE_SECONDS,
    MicroDue,
    MicroEnded,
    MicroEndReason,
    MicroPauses,
    MicroRecorded,
)
from standup_buddy.core.model import SECONDS_PER_MINUTE, ActivityKind, Interval
from standup_buddy.core.scheduler import (
    BreakDue,
    BreakPhase,
    BreakRecorded,
    BreakScheduler,
    HoldReason,
    PromptHeld,
    PromptWithdrawn,
    WithdrawReason,
)
from standup_buddy.core.tracker import (
    Moment,
    OpenInterval,
    PresenceChange,
    Sample,
    SittingTracker,
)
from standup_buddy.core.working_hours import WorkingHours

__all__ = [
    "HOLD_POLL_SECONDS",
    "PROMPT_GRACE_SECONDS",
    "RETURN_POLL_SECONDS",
    "ActivityEngine",
    "AnswerRefused",
    "BreakDue",
    "BreakRecorded",
    "EngineState",
    "Event",
    "HoldReason",
    "IntervalClosed",
    "MicroDue",
    "MicroEndReason",
    "MicroEnded",
    "MicroRecorded",
    "Moment",
    "PromptHeld",
    "PromptWithdrawn",
    "Sample",
    "StateChanged",
    "Status",
    "TrackingConfig",
    "WithdrawReason",
]

# A prompt never appears as the direct result of the user's own click
# (saving settings, Resume, "I'm sitting") or of the app starting.
PROMPT_GRACE_SECONDS = 60.0
# Input can only be seen by sampling: while the user is away, or an open
# prompt waits for them to come back, look this often.
RETURN_POLL_SECONDS = 30.0
# A meeting or full-screen hold ends unannounced; look again this often.
HOLD_POLL_SECONDS = 30.0
# The holds only a probe can see (working hours are known in advance).
_PROBED_HOLDS = (HoldReason.MEETING, HoldReason.FULLSCREEN)


@dataclass(frozen=True, slots=True, kw_only=True)
class TrackingConfig:
    """The settings the engine works with, in the engine's own units.

    Built from the settings view (``settings/tracking.py``): ``breaks.*``
    (interval, duration, snooze, the postpone and skip rules), ``micro.*``
    (the micro-pauses), ``activity.*`` (natural break, meeting and full-screen
    holds) and ``schedule.*`` (work days as weekday numbers, the hours).  No
    field has a default: the defaults live only in the settings schema, so
    they cannot drift apart here.
    """

    interval_minutes: float
    duration_seconds: float
    snooze_minutes: float
    natural_break_minutes: float
    work_days: frozenset[int]
    start: dt.time
    end: dt.time
    meeting_awareness: bool
    hold_when_fullscreen: bool
    micro_enabled: bool
    micro_interval_minutes: float
    micro_duration_seconds: float
    # The postpone and skip rules of the movement break (core/break_rules.py).
    rules: BreakRules
    # The micro-pause's rules: only ``skip_allowed`` and ``strict`` apply, since
    # a cue has no Snooze and needs no emergency exit (docs/micro-pauses.md).
    micro_rules: BreakRules

    def __post_init__(self) -> None:
        for name in (
            "interval_minutes",
            "duration_seconds",
            "snooze_minutes",
            "natural_break_minutes",
            "micro_interval_minutes",
            "micro_duration_seconds",
        ):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be positive, not {getattr(self, name)!r}")
        WorkingHours(frozenset(self.work_days), self.start, self.end)  # validates early

    @property
    def interval_seconds(self) -> float:
        """Sitting time after which a break is due."""
        return self.interval_minutes * SECONDS_PER_MINUTE

    @property
    def snooze_seconds(self) -> float:
        """How long a snooze (and the wait after a missed prompt) lasts."""
        return self.snooze_minutes * SECONDS_PER_MINUTE

    @property
    def natural_break_seconds(self) -> float:
        """Absence that counts as a natural break."""
        return self.natural_break_minutes * SECONDS_PER_MINUTE

    @property
    def micro_interval_seconds(self) -> float:
        """Sitting time between two micro-pauses."""
        return self.micro_interval_minutes * SECONDS_PER_MINUTE

    @property
    def working_hours(self) -> WorkingHours:
        """The week's working hours."""
        return WorkingHours(frozenset(self.work_days), self.start, self.end)


class EngineState(StrEnum):
    """The state shown to the user (SPEC section 5, ``status --json`` ``state``)."""

    SITTING = "sitting"
    AWAY = "away"
    ON_BREAK = "on_break"
    PAUSED = "paused"
    STANDING = "standing"
    HELD = "held"


@dataclass(frozen=True, slots=True)
class Status:
    """A snapshot for the tray, the tooltip and ``status --json``.

    ``sitting_minutes`` is the current streak; ``next_break_minutes`` the time
    until the next prompt (0 when one is on screen, due or held; ``None`` when
    none is scheduled: paused, away, or standing with nothing pending);
    ``paused_until`` wall UTC seconds; ``hold_reason`` what holds prompts right
    now, even when none is due (``do_not_disturb`` holds only the lighter
    prompts: a movement break still comes, quietly); ``present`` False while
    away; ``next_micro_minutes`` the sitting time until the next micro-pause
    (0 when one is on screen or due; ``None`` when they are off, paused or
    away).
    """

    state: EngineState
    sitting_minutes: float
    next_break_minutes: float | None
    paused_until: float | None
    hold_reason: HoldReason | None
    standing: bool
    present: bool
    prompt_open: bool
    interval_minutes: float
    at: float
    utc_offset: int
    next_micro_minutes: float | None = None
    micro_open: bool = False
    # Snoozes the pending break has left under the rules (None: unlimited,
    # or no break pending); ``strict``: strict mode is on (only Done).
    snoozes_left: int | None = None
    strict: bool = False

    def as_dict(self) -> dict[str, object]:
        """The fields as plain JSON-ready values (instants stay UTC seconds)."""
        return {
            "state": str(self.state),
            "sitting_minutes": self.sitting_minutes,
            "next_break_minutes": self.next_break_minutes,
            "paused_until": self.paused_until,
            "hold_reason": None if self.hold_reason is None else str(self.hold_reason),
            "standing": self.standing,
            "present": self.present,
            "prompt_open": self.prompt_open,
            "interval_minutes": self.interval_minutes,
            "next_micro_minutes": self.next_micro_minutes,
        }


@dataclass(frozen=True, slots=True)
class IntervalClosed:
    """An interval is finished: store it (it replaces the heartbeat row)."""

    interval: Interval


@dataclass(frozen=True, slots=True)
class AnswerRefused:
    """The user's answer broke the break rules and was not acted on."""

    answer: Answer
    reason: RefusalReason


@dataclass(frozen=True, slots=True)
class StateChanged:
    """The state, hold, standing, pause, presence or prompt flag changed."""

    status: Status


Event = (
    IntervalClosed
    | StateChanged
    | BreakDue
    | PromptHeld
    | PromptWithdrawn
    | BreakRecorded
    | MicroDue
    | MicroEnded
    | MicroRecorded
    | AnswerRefused
)


class ActivityEngine:
    """Sitting tracking and break scheduling behind one small interface.

    Construct it from the first sample of a run (storage closes the previous
    run's open interval itself); pass ``standing``, ``paused_until`` or
    ``streak_seconds`` to carry state over a restart if wanted.  Then:

    * :meth:`feed` every sample the adapter takes;
    * call a command method for every user action, with the current clock;
    * store :class:`IntervalClosed` and :class:`BreakRecorded`, heartbeat
      :attr:`open_interval`, show the prompt on :class:`BreakDue`, close it on
      :class:`PromptWithdrawn` or :class:`BreakRecorded`;
    * arm a single-shot timer for :meth:`next_wakeup` and feed a fresh sample
      when it fires.
    """

    def __init__(
        self,
        config: TrackingConfig,
        first: Sample,
        *,
        standing: bool = False,
        paused_until: float | None = None,
        streak_seconds: float = 0.0,
    ) -> None:
        self._config = config
        self._hours = config.working_hours
        self._out: list[Event] = []
        paused = paused_until is not None and paused_until > first.wall
        self._paused_until = paused_until if paused else None
        self._tracker = SittingTracker(
            first,
            natural_break_seconds=config.natural_break_seconds,
            meeting_awareness=config.meeting_awareness,
            standing=standing,
            paused=paused,
            streak_seconds=streak_seconds,
            on_interval=self._interval_closed,
        )
        self._scheduler = BreakScheduler(not_before=first.wall + PROMPT_GRACE_SECONDS)
        self._micro = MicroPauses(
            enabled=config.micro_enabled,
            interval_seconds=config.micro_interval_seconds,
            duration_seconds=config.micro_duration_seconds,
        )
        self._decide()
        # The grace above keeps a first decision from prompting and a first
        # interval cannot close yet, so nothing of interest is dropped here.
        self._out.clear()
        self._shown = self._status_key(self.status())

    # -- reading --------------------------------------------------------------

    @property
    def config(self) -> TrackingConfig:
        """The settings in force."""
        return self._config

    @property
    def now(self) -> float:
        """The wall instant the engine has reached."""
        return self._tracker.now

    @property
    def open_interval(self) -> OpenInterval:
        """The running interval (kind, start, offset), for the storage heartbeat."""
        return self._tracker.open_interval

    @property
    def streak_seconds(self) -> float:
        """The current sitting streak in seconds."""
        return self._tracker.streak_seconds

    @property
    def last_input(self) -> float:
        """The latest instant the user was seen at this computer."""
        return self._tracker.last_input

    @property
    def break_phase(self) -> BreakPhase | None:
        """Where the pending break stands, ``None`` when none is pending."""
        return self._scheduler.phase

    def break_time(self, mono: float) -> tuple[float, float, float] | None:
        """``(elapsed, remaining, total)`` seconds of the running break at ``mono``.

        ``None`` until the countdown starts.  This is the one clock of a break:
        the card displays it and the break ends when ``remaining`` reaches 0
        (at :meth:`next_wakeup`), so the two can never disagree.
        """
        scheduler = self._scheduler
        started, ends = scheduler.break_started_at, scheduler.break_ends_at
        if started is None or ends is None:
            return None
        at = self._tracker.now + max(0.0, mono - self._tracker.mono)
        total = ends - started
        elapsed = min(total, max(0.0, at - started))
        return elapsed, total - elapsed, total

    def micro_time(self, mono: float) -> tuple[float, float, float] | None:
        """``(elapsed, remaining, total)`` seconds of the micro-pause cue on screen at ``mono``.

        ``None`` when no cue is up; it closes when ``remaining`` reaches 0
        (at :meth:`next_wakeup`), like a movement break.
        """
        at = self._tracker.now + max(0.0, mono - self._tracker.mono)
        return self._micro.time(at)

    @property
    def micro_open(self) -> bool:
        """A micro-pause cue is on screen."""
        return self._micro.active

    def current_hold(self, *, quiet_counts: bool = True) -> HoldReason | None:
        """What holds prompts right now, as of the last sample.

        Every hold a movement break waits for (working hours, a meeting, a
        full-screen window), and with ``quiet_counts`` also Do Not Disturb:
        a movement break is not held by it (it is shown in the quietest
        style), but lighter prompts such as micro-pauses wait for it.
        """
        hold = self._hold_reason()
        if hold is None and quiet_counts and self._tracker.conditions.do_not_disturb:
            return HoldReason.DO_NOT_DISTURB
        return hold

    def status(self) -> Status:
        """The current state as of the last call (feed a sample first for a fresh one)."""
        tracker, scheduler = self._tracker, self._scheduler
        t = tracker.now
        hold = self._hold_reason()
        phase = scheduler.phase
        paused = self._paused_until is not None
        show_at = scheduler.show_at()
        held = (
            hold is not None
            and show_at is not None
            and show_at <= t
            and not paused
            and not tracker.away
            # "I'm standing" is the user moving: no break is waiting on them.
            and not tracker.standing
        )
        if phase is BreakPhase.ON_BREAK:
            state = EngineState.ON_BREAK
        elif paused:
            state = EngineState.PAUSED
        elif tracker.away:
            state = EngineState.AWAY
        elif held:
            state = EngineState.HELD
        elif tracker.standing:
            state = EngineState.STANDING
        else:
            state = EngineState.SITTING
        next_break: float | None
        if paused or tracker.away:
            next_break = None
        elif phase in (BreakPhase.PROMPTED, BreakPhase.ON_BREAK):
            next_break = 0.0
        elif show_at is not None:
            next_break = max(0.0, show_at - t) / SECONDS_PER_MINUTE
        elif tracker.kind is ActivityKind.SITTING:
            remaining = self._config.interval_seconds - tracker.streak_seconds
            next_break = max(0.0, remaining) / SECONDS_PER_MINUTE
        else:
            next_break = None
        next_micro: float | None = None
        if not (paused or tracker.away):
            until = self._micro.seconds_until_due(tracker.streak_seconds)
            if until is not None:
                next_micro = 0.0 if self._micro.active else until / SECONDS_PER_MINUTE
        return Status(
            state=state,
            sitting_minutes=tracker.streak_seconds / SECONDS_PER_MINUTE,
            next_break_minutes=next_break,
            paused_until=self._paused_until,
            hold_reason=self.current_hold(),
            standing=tracker.standing,
            present=not tracker.away,
            prompt_open=phase is BreakPhase.PROMPTED,
            interval_minutes=self._config.interval_minutes,
            at=t,
            utc_offset=tracker.utc_offset,
            next_micro_minutes=next_micro,
            micro_open=self._micro.active,
            snoozes_left=None
            if phase is None
            else self._config.rules.snoozes_left(scheduler.snoozes),
            strict=self._config.rules.strict,
        )

    def offers(self, mono: float) -> Offers | None:
        """Which answers the open prompt may get at ``mono`` (``None``: no prompt open).

        The card and the notification offer exactly these; the commands check
        the same rules, so an answer given anyway is refused.
        """
        if self._scheduler.phase not in (BreakPhase.PROMPTED, BreakPhase.ON_BREAK):
            return None
        at = self._tracker.now + max(0.0, mono - self._tracker.mono)
        return self._config.rules.offers(
            snoozes=self._scheduler.snoozes, life_fraction=self._life_fraction(at)
        )

    def _life_fraction(self, at: float) -> float:
        scheduler = self._scheduler
        prompted, life = scheduler.prompted, scheduler.prompt_life
        if prompted is None or life <= 0:
            return 0.0
        return max(0.0, at - prompted) / life

    def _refused(self, answer: Answer) -> bool:
        """Whether the rules refuse ``answer`` now; a refusal is reported as an event."""
        if self._scheduler.phase not in (BreakPhase.PROMPTED, BreakPhase.ON_BREAK):
            return False  # nothing to answer: the command does nothing anyway
        reason = self._config.rules.refusal(
            answer,
            snoozes=self._scheduler.snoozes,
            life_fraction=self._life_fraction(self.now),
        )
        if reason is None:
            return False
        self._out.append(AnswerRefused(answer, reason))
        return True

    def next_wakeup(self, mono: float) -> float | None:
        """The monotonic time by which the adapter should feed the next sample.

        It is the earliest moment at which something could change without new
        input: the streak reaching the interval, the idle time reaching the
        natural-break threshold (the *latest* safe poll: the last input plus
        the threshold), a snooze, pause, countdown or unanswered-prompt
        timeout ending, working hours beginning or ending, and a re-check
        every :data:`RETURN_POLL_SECONDS` while the user is away (or an open
        prompt past its timeout waits for their input) and every
        :data:`HOLD_POLL_SECONDS` while a meeting or full-screen window holds
        a break.  Never earlier than ``mono``.
        """
        tracker, scheduler = self._tracker, self._scheduler
        t = tracker.now
        candidates: list[float] = []
        answer_by = scheduler.answer_by
        if tracker.away or (answer_by is not None and answer_by <= t):
            candidates.append(t + RETURN_POLL_SECONDS)
        if not tracker.away:
            candidates.append(tracker.last_input + tracker.natural_break_seconds)
        if self._paused_until is not None:
            candidates.append(self._paused_until)
        deadline = scheduler.next_deadline(t)
        if deadline is not None:
            candidates.append(deadline)
        if scheduler.phase is None and tracker.kind is ActivityKind.SITTING:
            candidates.append(t + self._config.interval_seconds - tracker.streak_seconds)
        if (scheduler.phase is not None and self._hold_reason() in _PROBED_HOLDS) or (
            scheduler.unconfirmed
        ):
            # A held break ends unannounced; an unanswered card must give way
            # to a call or a film that starts while it is open.
            candidates.append(t + HOLD_POLL_SECONDS)
        change = self._hours.next_change(t, tracker.utc_offset)
        if change is not None:
            candidates.append(change)
        candidates += self._micro_wakeups(t)
        future = [c for c in candidates if c > t]
        if not future:
            return None
        return max(mono, tracker.mono + (min(future) - t))

    def holds_matter(self, wall: float) -> bool:
        """Whether a sample taken at ``wall`` could show, keep or withdraw a prompt.

        The adapter probes meetings and full-screen windows fresh for such a
        sample, so no prompt is decided on a stale answer: a break that would
        come due by ``wall``, one waiting, and an open card nobody answered.
        """
        tracker, scheduler = self._tracker, self._scheduler
        phase = scheduler.phase
        if phase is BreakPhase.WAITING or scheduler.unconfirmed or self._micro.active:
            return True
        micro_until = self._micro.seconds_until_due(tracker.streak_seconds)
        sitting = tracker.kind is ActivityKind.SITTING and not tracker.away
        if sitting and micro_until is not None and micro_until <= max(0.0, wall - tracker.now):
            return True
        if phase is None and tracker.kind is ActivityKind.SITTING and not tracker.away:
            ahead = max(0.0, wall - tracker.now)
            return tracker.streak_seconds + ahead >= self._config.interval_seconds
        return False

    # -- input ----------------------------------------------------------------

    def feed(self, sample: Sample) -> list[Event]:
        """Take one sample of the clocks, idle time, lock, meeting and full-screen state."""
        self._note_card_input(sample)
        if self._scheduler.break_ends_at is not None and self._sample_holds(sample):
            # A countdown nobody confirmed must not run out under a hold this
            # sample reveals: it is undone from the last instant known clear.
            self._withdraw_unconfirmed()
        self._advance(sample.moment)
        self._presence_changed(self._tracker.observe(sample))
        return self._finish()

    def set_standing(self, now: Moment, standing: bool) -> list[Event]:
        """Switch between "I'm standing" and "I'm sitting"."""
        self._command(now)
        if standing != self._tracker.standing:
            self._tracker.set_standing(standing)
            if not standing:
                self._scheduler.defer_until(self.now + PROMPT_GRACE_SECONDS)
        return self._finish()

    def pause(self, now: Moment, until_wall: float) -> list[Event]:
        """Pause tracking and reminders until the wall instant ``until_wall``.

        An open prompt is withdrawn and comes back after the pause; a break
        being taken is completed now.  A time not in the future resumes.
        """
        self._command(now)
        if until_wall <= self.now:
            self._resume()
            return self._finish()
        self._out.extend(self._scheduler.withdraw(self.now, WithdrawReason.PAUSED))
        if self._scheduler.phase is BreakPhase.ON_BREAK:
            self._complete_break()
        self._paused_until = until_wall
        if not self._tracker.paused:
            self._tracker.set_paused(True)
        return self._finish()

    def resume(self, now: Moment) -> list[Event]:
        """End a pause now (a break held by it follows after the grace period)."""
        self._command(now)
        self._resume()
        return self._finish()

    def break_now(self, now: Moment) -> list[Event]:
        """Take a break now: prompt at once, ending a pause, ignoring holds."""
        self._command(now)
        if self._paused_until is not None:
            self._end_pause()
        self._movement_events(self._scheduler.force(self.now, self._config.duration_seconds))
        return self._finish()

    def card_shown(
        self, now: Moment, stretch_ids: Sequence[str], *, answer_within: float = 0.0
    ) -> list[Event]:
        """The prompt is on screen with these stretches (not user input).

        It counts as missed after the break's length, or after
        ``answer_within`` seconds if that is longer: the time a person needs
        to see and answer a card, which the adapter keeps in real seconds so
        that under ``--speed`` a card is not missed before it can be answered.
        """
        self._command(now, user_input=False)
        missed_after = max(self._config.duration_seconds, answer_within)
        self._scheduler.card_shown(self.now, stretch_ids, missed_after)
        return self._finish()

    def stretch_shown(self, stretch_ids: Sequence[str]) -> None:
        """More stretches reached the open card; the break record lists them."""
        self._scheduler.note_shown(stretch_ids)

    def break_started(self, now: Moment, *, confirmed: bool = False) -> list[Event]:
        """The card's countdown began: by itself (default) or because the user pressed Start.

        From now the time is a break interval and the countdown of
        ``duration_seconds`` runs; at its end the break completes by itself.
        A countdown the card began by itself is not input and stays
        unconfirmed until input since the card appeared shows the user is
        there: a meeting or full-screen hold appearing before that withdraws
        the card and credits nothing.
        """
        self._command(now, user_input=confirmed)
        if self._scheduler.start(self.now, self._config.duration_seconds, confirmed=confirmed):
            self._tracker.set_on_break(True)
        return self._finish()

    def complete(self, now: Moment) -> list[Event]:
        """Done: record the break ``completed`` with the time really spent.

        Done on a prompt that was never started counts from when the card
        appeared: the user followed it without pressing Start.
        """
        self._command(now)
        self._complete_break()
        return self._finish()

    def snooze(self, now: Moment) -> list[Event]:
        """Snooze: the prompt comes back after ``snooze_minutes``.

        Refused (:class:`AnswerRefused`, nothing else changes) when the break
        rules do not allow it now.
        """
        self._command(now)
        if self._refused(Answer.SNOOZE):
            return self._finish()
        if self._scheduler.snooze(self.now, self._config.snooze_seconds) and self._tracker.on_break:
            self._tracker.set_on_break(False)
        return self._finish()

    def skip(self, now: Moment) -> list[Event]:
        """Skip: record ``skipped`` and start the sitting streak again.

        Refused (:class:`AnswerRefused`) when the break rules do not allow it.
        """
        self._command(now)
        if not self._refused(Answer.SKIP):
            self._skip(emergency_exit=False)
        return self._finish()

    def emergency_exit(self, now: Moment) -> list[Event]:
        """The emergency exit: end the open break whatever the rules say.

        Recorded ``skipped`` with the emergency-exit mark
        (:attr:`BreakRecorded.emergency_exit`); the streak starts again.
        """
        self._command(now)
        self._skip(emergency_exit=True)
        return self._finish()

    def _skip(self, *, emergency_exit: bool) -> None:
        record = self._scheduler.skip(self.now, self._tracker.utc_offset)
        if record is not None:
            if self._tracker.on_break:
                self._tracker.set_on_break(False)
            self._tracker.reset_streak()
            self._micro.reset()
            self._out.append(BreakRecorded(record, emergency_exit=emergency_exit))

    @property
    def micro_dismissable(self) -> bool:
        """Whether the micro-pause rules let the user close a cue early."""
        return self._micro_refusal() is None

    def _micro_refusal(self) -> RefusalReason | None:
        # A cue has no snoozes and no life to speak of: only strict and skip matter.
        return self._config.micro_rules.refusal(Answer.SKIP, snoozes=0, life_fraction=0.0)

    def dismiss_micro(self, now: Moment) -> list[Event]:
        """The user clicked the micro-pause cue away: recorded ``skipped``.

        Refused (:class:`AnswerRefused`, the cue stays up and nothing is
        recorded) when ``micro.allow_skip`` is off or ``micro.strict`` on: the
        cue then ends only by its own time or by something taking its place.
        """
        self._command(now)
        reason = self._micro_refusal() if self._micro.active else None
        if reason is not None:
            self._out.append(AnswerRefused(Answer.SKIP, reason))
        else:
            self._out.extend(self._micro.dismiss(self.now, self._tracker.utc_offset))
        return self._finish()

    def advance(self, now: Moment) -> list[Event]:
        """Let time run to ``now`` with no new evidence (the app is about to quit)."""
        self._command(now, user_input=False)
        return self._finish()

    def update_config(self, now: Moment, config: TrackingConfig) -> list[Event]:
        """Apply new settings from the next decision on.

        A shorter interval the streak already exceeds makes a break due now,
        shown after :data:`PROMPT_GRACE_SECONDS`, never on the same call.
        """
        self._command(now, user_input=False)
        self._config = config
        self._hours = config.working_hours
        self._tracker.configure(
            natural_break_seconds=config.natural_break_seconds,
            meeting_awareness=config.meeting_awareness,
        )
        self._micro.configure(
            enabled=config.micro_enabled,
            interval_seconds=config.micro_interval_seconds,
            duration_seconds=config.micro_duration_seconds,
        )
        self._scheduler.defer_until(self.now + PROMPT_GRACE_SECONDS)
        return self._finish()

    # -- other computers (see core/continuity.py) --------------------------------

    def carry_streak(self, now: Moment, streak_seconds: float) -> list[Event]:
        """The user came over from another computer: their streak goes on here."""
        self._command(now, user_input=False)
        if not self._tracker.away:
            self._tracker.carry_streak(streak_seconds)
        return self._finish()

    def break_elsewhere(self, now: Moment) -> list[Event]:
        """A break was taken (or skipped) at another computer: it counts here too."""
        self._command(now, user_input=False)
        if self._scheduler.phase is not BreakPhase.ON_BREAK:
            self._out.extend(self._scheduler.overtake(self._tracker.utc_offset))
            self._tracker.reset_streak()
            self._micro.reset()
        return self._finish()

    def defer_prompt(self, now: Moment, seconds: float) -> list[Event]:
        """Another computer shows this break: keep it off this screen for ``seconds``."""
        self._command(now, user_input=False)
        self._out.extend(self._scheduler.withdraw(self.now, WithdrawReason.HELD))
        self._scheduler.defer_until(self.now + seconds)
        return self._finish()

    # -- machinery ------------------------------------------------------------

    def _interval_closed(self, interval: Interval) -> None:
        self._out.append(IntervalClosed(interval))

    def _command(self, now: Moment, *, user_input: bool = True) -> None:
        self._advance(now)
        tracker = self._tracker
        self._presence_changed(tracker.note_input() if user_input else tracker.refresh())

    def _advance(self, moment: Moment) -> None:
        """Run time forward to ``moment`` (splitting at pause and countdown ends)."""
        tracker = self._tracker
        step = tracker.plan(moment.mono, moment.wall)
        if step.rebase_from is not None:
            self._run_until(step.rebase_from)
            shift = step.target - tracker.now
            tracker.rebase(step.target)
            self._scheduler.shift(shift)
            self._micro.shift(shift)
            if self._paused_until is not None:
                self._paused_until += shift
        self._run_until(step.target)
        tracker.commit_clock(step, moment.mono, moment.wall)
        tracker.set_offset(moment.utc_offset)

    def _run_until(self, target: float) -> None:
        """Advance to ``target``, stopping exactly where a pause, countdown or cue ends."""
        while True:
            pending = [
                c
                for c in (self._paused_until, self._scheduler.break_ends_at, self._micro.ends_at)
                if c is not None
            ]
            if not pending or min(pending) > target:
                break
            self._tracker.advance_to(min(pending))
            t = self._tracker.now
            if self._paused_until is not None and self._paused_until <= t:
                self._end_pause()
            ends = self._scheduler.break_ends_at
            if ends is not None and ends <= t:
                self._complete_break()
            micro_ends = self._micro.ends_at
            if micro_ends is not None and micro_ends <= t:
                self._decide_micro()
        self._tracker.advance_to(target)

    def _note_card_input(self, sample: Sample) -> None:
        """Input after the card appeared answers it (a meeting is no such input)."""
        prompted = self._scheduler.prompted
        idle = sample.idle_seconds
        if prompted is None or idle is None or sample.absent or not self._scheduler.unconfirmed:
            return
        if sample.wall - max(0.0, idle) > prompted:
            self._scheduler.confirm()

    def _sample_holds(self, sample: Sample) -> bool:
        config = self._config
        return (config.meeting_awareness and sample.in_meeting) or (
            config.hold_when_fullscreen and sample.fullscreen
        )

    def _withdraw_unconfirmed(self) -> None:
        tracker = self._tracker
        events, started = self._scheduler.withdraw_unconfirmed(tracker.now)
        self._out.extend(events)
        if tracker.on_break:
            # Undo the countdown: that time was spent at the desk.
            tracker.set_on_break(False, at=tracker.now if started is None else started)

    def _presence_changed(self, change: PresenceChange) -> None:
        # Leaving drops what is pending; so does coming back, for anything
        # (a snooze) set up while the session was locked and the user away.
        if change.began is not None or change.ended is not None:
            self._out.extend(self._scheduler.overtake(self._tracker.utc_offset))
            # A natural break rests the eyes too: the micro count starts again.
            self._out.extend(self._micro.close(MicroEndReason.AWAY))
            self._micro.reset()

    def _decide(self) -> None:
        tracker, scheduler, config = self._tracker, self._scheduler, self._config
        self._presence_changed(tracker.refresh())
        t = tracker.now
        overshoot = tracker.streak_seconds - config.interval_seconds
        if scheduler.phase is None and tracker.kind is ActivityKind.SITTING and overshoot >= 0:
            scheduler.begin(max(tracker.open_interval.start, t - overshoot), t)
        if scheduler.unconfirmed and self._hold_reason() in _PROBED_HOLDS:
            self._withdraw_unconfirmed()
        self._movement_events(
            scheduler.consider(
                t,
                hold=self._hold_reason(),
                blocked=self._paused_until is not None or tracker.away,
                snooze_seconds=config.snooze_seconds,
                missed_after=config.duration_seconds,
                last_input=tracker.last_input,
                utc_offset=tracker.utc_offset,
            )
        )
        self._decide_micro()

    def _movement_events(self, events: Sequence[Event]) -> None:
        """Pass on the scheduler's events; a movement prompt first closes a micro-pause cue."""
        if any(isinstance(e, BreakDue) for e in events):
            self._out.extend(self._micro.close(MicroEndReason.BREAK))
        self._out.extend(events)

    def _micro_blocked(self) -> MicroEndReason | None:
        """Why no micro-pause may be on screen now (``None``: one may)."""
        tracker, scheduler = self._tracker, self._scheduler
        t = tracker.now
        if self._paused_until is not None:
            return MicroEndReason.PAUSED
        if tracker.away:
            return MicroEndReason.AWAY
        if self.current_hold(quiet_counts=True) is not None:
            # Do Not Disturb counts here: a micro-pause is a light prompt and waits.
            return MicroEndReason.HELD
        if tracker.kind is not ActivityKind.SITTING:
            # Standing, on a movement break: not sitting at the screen.
            return MicroEndReason.BREAK
        if scheduler.phase is not None:
            # A movement break is due, on screen, being taken, or snoozed: it
            # comes first (a cue right after Snooze would only nag).
            return MicroEndReason.BREAK
        if self._config.interval_seconds - tracker.streak_seconds <= ABSORB_SECONDS:
            # The movement break is near: it comes instead.
            return MicroEndReason.BREAK
        if not self._micro.active:
            if t < scheduler.not_before:
                # No cue as the direct result of a click, a start or new settings.
                return MicroEndReason.HELD
            if t - tracker.last_input > MICRO_IDLE_SECONDS:
                # Maybe already away: wait for input (a cue up stays up).
                return MicroEndReason.AWAY
        return None

    def _decide_micro(self) -> None:
        tracker = self._tracker
        if not self._micro.enabled and not self._micro.active:
            return  # off: nothing to decide, and no cost on every sample
        self._out.extend(
            self._micro.decide(
                tracker.now,
                tracker.streak_seconds,
                blocked=self._micro_blocked(),
                utc_offset=tracker.utc_offset,
            )
        )

    def _micro_wakeups(self, t: float) -> list[float]:
        """When the micro-pause schedule could next act by itself."""
        micro, tracker = self._micro, self._tracker
        ends = micro.ends_at
        if ends is not None:
            return [ends]
        until = micro.seconds_until_due(tracker.streak_seconds)
        if until is None or tracker.away or tracker.kind is not ActivityKind.SITTING:
            return []
        if until > 0:
            return [t + until]
        # Due but held back: grace ends at a known time; a probed hold and
        # the user's return are only seen by looking again.
        wakeups = [self._scheduler.not_before]
        hold = self.current_hold(quiet_counts=True)
        if hold in _PROBED_HOLDS or hold is HoldReason.DO_NOT_DISTURB:
            wakeups.append(t + HOLD_POLL_SECONDS)
        if t - tracker.last_input > MICRO_IDLE_SECONDS:
            wakeups.append(t + RETURN_POLL_SECONDS)
        return wakeups

    def _finish(self) -> list[Event]:
        self._decide()
        status = self.status()
        key = self._status_key(status)
        if key != self._shown:
            self._shown = key
            self._out.append(StateChanged(status))
        events, self._out = self._out, []
        return events

    @staticmethod
    def _status_key(status: Status) -> tuple[object, ...]:
        return (
            status.state,
            status.hold_reason,
            status.standing,
            status.paused_until,
            status.present,
            status.prompt_open,
            status.micro_open,
            status.snoozes_left,
        )

    def _hold_reason(self) -> HoldReason | None:
        tracker = self._tracker
        conditions = tracker.conditions
        if not self._hours.contains(tracker.now, tracker.utc_offset):
            return HoldReason.OUTSIDE_HOURS
        if self._config.meeting_awareness and conditions.in_meeting:
            return HoldReason.MEETING
        if self._config.hold_when_fullscreen and conditions.fullscreen:
            return HoldReason.FULLSCREEN
        return None

    def _resume(self) -> None:
        if self._paused_until is not None:
            self._end_pause()
            self._scheduler.defer_until(self.now + PROMPT_GRACE_SECONDS)

    def _end_pause(self) -> None:
        self._paused_until = None
        self._tracker.set_paused(False)

    def _complete_break(self) -> None:
        tracker, scheduler = self._tracker, self._scheduler
        phase = scheduler.phase
        if phase not in (BreakPhase.PROMPTED, BreakPhase.ON_BREAK):
            return
        started: float | None = None
        if phase is BreakPhase.PROMPTED:
            prompted = scheduler.prompted
            if prompted is not None:
                # What is already stored stays as it is: relabel only the running interval.
                started = max(prompted, tracker.open_interval.start)
        record = scheduler.complete(tracker.now, tracker.utc_offset, started)
        if record is None:
            return
        if not tracker.on_break and record.started is not None:
            tracker.set_on_break(True, at=record.started)
        tracker.set_on_break(False)
        tracker.reset_streak()
        self._micro.reset()
        self._out.append(BreakRecorded(record))
