"""What the windows see of the running app: a status snapshot and a break session.

The tray, the break window and the status window depend only on these plain
records and on ``BaseController`` (controller_base.py); they never touch the
tracker, the database or the clock themselves, so tests drive them with fakes.
``Status`` speaks the core's vocabulary (``EngineState``, ``HoldReason``):
there is one status view, not a second one in strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from standup_buddy.core.engine import EngineState
from standup_buddy.core.scheduler import HoldReason
from standup_buddy.textfmt import ENGLISH, QT_TRANSLATE_NOOP, WORDS, Words, duration_words

_HOLD_WORDS = {
    HoldReason.MEETING: QT_TRANSLATE_NOOP("Status", "in a meeting"),
    HoldReason.FULLSCREEN: QT_TRANSLATE_NOOP("Status", "full-screen app"),
    HoldReason.OUTSIDE_HOURS: QT_TRANSLATE_NOOP("Status", "outside working hours"),
}


def moment_words(at: str, as_of: str | None, words: Words | None = None) -> str:
    """``08:00``, ``08:00 tomorrow``, ``08:00 Monday`` or ``08:00 on 4 January``.

    ``at`` and ``as_of`` are ISO 8601 local times; the day word is relative to
    ``as_of`` (the moment the status was taken), never to the clock of
    whoever reads it.
    """
    w = words or WORDS
    when = dt.datetime.fromisoformat(at)
    clock = w.time(when.hour, when.minute)
    if as_of is None:
        return clock
    days = (when.date() - dt.datetime.fromisoformat(as_of).date()).days
    if days <= 0:
        return clock
    if days == 1:
        return w.translate("Status", "{time} tomorrow").format(time=clock)
    if days < 7:
        return w.translate("Status", "{time} {weekday}").format(
            time=clock, weekday=w.date(when.date(), "dddd"))
    day_month = w.date(when.date(), w.translate("DateFormats", "d MMMM"))
    return w.translate("Status", "{time} on {date}").format(time=clock, date=day_month)


def hold_words(status: Status, words: Words | None = None) -> str | None:
    """What holds breaks back, said as a promise about the next one; None when nothing.

    The one place the hold is put into words, so the tooltip, the tray menu,
    the status window, ``standup-buddy status`` and the Settings preview say
    the same thing.
    """
    w = words or WORDS
    if status.hold_reason is HoldReason.OUTSIDE_HOURS:
        if status.held_until is None:
            return w.translate("Status", "no breaks (outside working hours)")
        return w.translate("Status", "no breaks until {moment} (working hours)").format(
            moment=moment_words(status.held_until, status.as_of, w))
    if status.hold_reason is not None:
        if status.state is EngineState.HELD:
            reason = w.translate("Status", _HOLD_WORDS[status.hold_reason])
            return w.translate("Status", "break waiting ({reason})").format(reason=reason)
        return None
    if status.state is EngineState.HELD:
        return w.translate("Status", "break waiting (held)")
    return None


@dataclass(frozen=True, slots=True)
class Status:
    """The state shown in the tray and returned by ``standup-buddy status --json``.

    ``state`` is the engine's ``EngineState`` (SPEC section 5) and
    ``hold_reason`` its ``HoldReason``; a plain word (``"sitting"``) given
    here is turned into its member, and an unknown one is refused.  Minutes
    are the app's minutes (under ``--speed N`` they run N times faster than
    the wall clock).
    """

    state: EngineState
    sitting_minutes: float
    interval_minutes: float
    next_break_minutes: float | None
    paused_until: str | None = None  # ISO 8601 local time with offset
    hold_reason: HoldReason | None = None
    idle_source: str = "none"
    standing: bool = False
    break_open: bool = False
    # ISO 8601 local times with offset: when the next prompt is expected (None
    # when none is: held, paused, away, standing), when the hold ends (the
    # next working-hours start; None when no hold ends by itself), and when
    # this status was taken (for "tomorrow" in the wording).
    next_prompt_at: str | None = None
    held_until: str | None = None
    as_of: str | None = None
    # Sitting minutes until the next micro-pause (0: one is up or due); None when off.
    next_micro_minutes: float | None = None
    # The break rules as they stand for the pending break: snoozes it has left
    # (None: unlimited, or no break pending) and whether strict mode is on.
    snoozes_left: int | None = None
    strict: bool = False

    def __post_init__(self) -> None:
        # Frozen: the members replace the words through object.__setattr__.
        object.__setattr__(self, "state", EngineState(self.state))
        if self.hold_reason is not None:
            object.__setattr__(self, "hold_reason", HoldReason(self.hold_reason))

    @property
    def fraction(self) -> float:
        """How far the streak has filled toward the next break (0..1)."""
        if self.interval_minutes <= 0:
            return 0.0
        return max(0.0, min(1.0, self.sitting_minutes / self.interval_minutes))

    def summary(self, words: Words | None = None) -> str:
        """One line in words, e.g. ``Sitting 42 min · break in 8 min``.

        In the interface language; ``words=ENGLISH`` gives the English line
        ``status --json`` carries whatever the language.
        """
        w = words or WORDS
        sitting = duration_words(self.sitting_minutes, w)
        if self.state is EngineState.PAUSED:
            if self.paused_until:
                until = dt.datetime.fromisoformat(self.paused_until)
                return w.translate("Status", "Paused until {time} · sitting {duration}").format(
                    time=w.time(until.hour, until.minute), duration=sitting)
            return w.translate("Status", "Paused · sitting {duration}").format(duration=sitting)
        if self.state is EngineState.ON_BREAK:
            return w.translate("Status", "On a break")
        if self.state is EngineState.AWAY:
            return w.translate("Status", "Away from the desk")
        if self.standing or self.state is EngineState.STANDING:
            # Standing is moving: no countdown and no break waiting on the user.
            return w.translate("Status", "Standing")
        head = w.translate("Status", "Sitting {duration}").format(duration=sitting)
        held = hold_words(self, w)
        if held is not None:
            return f"{head} · {held}"
        if self.next_break_minutes is None:
            return head
        # Do Not Disturb holds nothing back: the break comes as a notification only.
        quietly = (
            w.translate("Status", " (quietly: Do Not Disturb)")
            if self.hold_reason is HoldReason.DO_NOT_DISTURB
            else ""
        )
        rules = self.rules_words(w)
        tail = f"{quietly} · {rules}" if rules else quietly
        if self.next_break_minutes <= 0:
            return w.translate("Status", "{head} · break due now").format(head=head) + tail
        return w.translate("Status", "{head} · break in {duration}").format(
            head=head, duration=duration_words(self.next_break_minutes, w)) + tail

    def rules_words(self, words: Words | None = None) -> str:
        """What the break rules will let the user do with the pending break ("" if nothing).

        Said only where it differs from the usual: strict mode, or a snooze limit.
        """
        w = words or WORDS
        if self.strict and (self.break_open or self.snoozes_left is not None):
            return w.translate("Status", "strict: Done only")
        left = self.snoozes_left
        if left is None:
            return ""
        if left == 0:
            return w.translate("Status", "no snoozes left")
        if left == 1:
            return w.translate("Status", "1 snooze left")
        return w.translate("Status", "{count} snoozes left").format(count=w.number(left))

    def to_json(self) -> dict[str, object]:
        """The SPEC section 5 ``status --json`` object (plain JSON values only)."""
        return {
            "state": self.state.value,
            "sitting_minutes": round(self.sitting_minutes, 1),
            "next_break_minutes": None
            if self.next_break_minutes is None
            else round(self.next_break_minutes, 1),
            "paused_until": self.paused_until,
            "hold_reason": None if self.hold_reason is None else self.hold_reason.value,
            "next_prompt_at": self.next_prompt_at,
            "held_until": self.held_until,
            "idle_source": self.idle_source,
            "standing": self.standing,
            "next_micro_minutes": None
            if self.next_micro_minutes is None
            else round(self.next_micro_minutes, 1),
            "snoozes_left": self.snoozes_left,
            "strict": self.strict,
            # English whatever the interface language: JSON is for scripts.
            "summary": self.summary(ENGLISH),
        }

    def micro_words(self, words: Words | None = None) -> str | None:
        """The next micro-pause in words (``Micro-pause in 12 min``); None when there is none."""
        w = words or WORDS
        if self.next_micro_minutes is None or self.state not in (
            EngineState.SITTING,
            EngineState.HELD,
        ):
            return None
        if self.next_micro_minutes <= 0:
            if hold_words(self, w) is None:
                return w.translate("Status", "Micro-pause now")
            return w.translate("Status", "Micro-pause waiting")
        return w.translate("Status", "Micro-pause in {duration}").format(
            duration=duration_words(self.next_micro_minutes, w)
        )


@dataclass(frozen=True, slots=True)
class MicroCueSession:
    """A micro-pause to show: its one-line cue, a caution where the body moves, its length.

    ``duration_seconds`` is in real seconds; the cue's own clock is the
    engine's (``Controller.micro_time``), so it closes when the engine says.
    """

    cue_id: str
    text: str
    caution: str | None
    duration_seconds: float


class CardAnswer(StrEnum):
    """What the user answered on the card.

    The values are those of ``core.model.Outcome`` (the words stored in the
    history), so the windows and the core speak one vocabulary: Done is
    ``completed``, never a separate "done".
    """

    COMPLETED = "completed"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class PlannedCard:
    """One stretch to show during a break: when it starts, how long it lasts, its side.

    ``starts_at`` is the offset from the start of the break's countdown
    (real seconds), so the cards lie end to end on the break's one timeline.
    """

    stretch_id: str
    seconds: float
    side: str | None = None  # "left" / "right" for two-sided stretches, else None
    starts_at: float = 0.0

    @property
    def ends_at(self) -> float:
        """Offset at which this card's time is up."""
        return self.starts_at + self.seconds


@dataclass(frozen=True, slots=True)
class BreakTime:
    """Where the running break stands on the engine's clock (real seconds).

    The break window only displays this: the engine alone decides when the
    break ends.  ``started`` is False until the countdown runs; then
    ``elapsed`` counts from its start and ``remaining`` down to its end.
    """

    started: bool
    elapsed: float
    remaining: float
    total: float


@dataclass(frozen=True, slots=True)
class BreakSession:
    """A break that is due: which stretches to show, on which timeline (real seconds).

    ``duration_seconds`` is the break's end, as an offset from the start of
    its countdown; ``forced`` marks "Take a break now" (the card opens at
    once); ``snoozes`` counts how often this break was put off already;
    ``wait_for_pause_seconds`` is the longest the card waits for a pause in
    typing, short enough that the card is on screen well before the prompt
    would count as missed (it shrinks with ``--speed``);
    ``lock_after_seconds`` is when the screen locks after the countdown
    starts (0: never; ``breaks.lock_after_seconds``).

    The fields taken from the settings have no defaults here: whoever builds
    a session passes them from ``Settings.view``, so the schema stays the one
    place a setting's default is written.
    """

    cards: tuple[PlannedCard, ...]
    duration_seconds: float
    style: str  # breaks.style: notification | card | fullscreen
    reduced_motion: bool  # ui.reduced_motion
    snooze_minutes: int  # breaks.snooze_minutes
    lock_after_seconds: float  # breaks.lock_after_seconds, in real seconds
    forced: bool = False
    snoozes: int = 0
    wait_for_pause_seconds: float = 60.0

    def card_at(self, elapsed: float) -> int:
        """Index of the card whose time slot holds ``elapsed`` (the last one at the end)."""
        for index, card in enumerate(self.cards):
            if elapsed < card.ends_at:
                return index
        return max(0, len(self.cards) - 1)


def lay_out_cards(cards: Sequence[tuple[str, float, str | None]]) -> tuple[PlannedCard, ...]:
    """``(stretch id, seconds, side)`` one after another on the break's timeline."""
    planned: list[PlannedCard] = []
    at = 0.0
    for stretch_id, seconds, side in cards:
        planned.append(PlannedCard(stretch_id, seconds, side, at))
        at += seconds
    return tuple(planned)
