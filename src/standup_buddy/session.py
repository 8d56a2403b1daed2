"""What the windows see of the running app: a status snapshot and a break session.

The tray, the break window and the status window depend only on these plain
records and on ``Controller`` (controller.py); they never touch the tracker,
the database or the clock themselves, so tests drive them with fakes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Status:
    """The state shown in the tray and returned by ``standup-buddy status --json``.

    ``state`` is one of ``sitting``, ``away``, ``on_break``, ``paused``,
    ``standing``, ``held`` (SPEC section 5).  Minutes are the app's minutes
    (under ``--speed N`` they run N times faster than the wall clock).
    """

    state: str
    sitting_minutes: float
    interval_minutes: float
    next_break_minutes: float | None
    paused_until: str | None = None  # ISO 8601 local time with offset
    hold_reason: str | None = None  # meeting | fullscreen | outside_hours
    idle_source: str = "none"
    standing: bool = False
    break_open: bool = False

    @property
    def fraction(self) -> float:
        """How far the streak has filled toward the next break (0..1)."""
        if self.interval_minutes <= 0:
            return 0.0
        return max(0.0, min(1.0, self.sitting_minutes / self.interval_minutes))

    def summary(self) -> str:
        """One line in words, e.g. ``Sitting 42 min · break in 8 min``."""
        from standup_buddy.textfmt import duration_words

        if self.state == "paused":
            until = f" until {self.paused_until[11:16]}" if self.paused_until else ""
            return f"Paused{until} · sitting {duration_words(self.sitting_minutes)}"
        if self.state == "on_break":
            return "On a break"
        if self.state == "away":
            return "Away from the desk"
        head = "Standing" if self.standing else f"Sitting {duration_words(self.sitting_minutes)}"
        if self.state == "held":
            reason = {
                "meeting": "in a meeting",
                "fullscreen": "full-screen app",
                "outside_hours": "outside working hours",
            }.get(self.hold_reason or "", "held")
            return f"{head} · break waiting ({reason})"
        if self.next_break_minutes is None:
            return head
        if self.next_break_minutes <= 0:
            return f"{head} · break due now"
        return f"{head} · break in {duration_words(self.next_break_minutes)}"

    def to_json(self) -> dict[str, object]:
        """The SPEC section 5 ``status --json`` object."""
        return {
            "state": self.state,
            "sitting_minutes": round(self.sitting_minutes, 1),
            "next_break_minutes": None
            if self.next_break_minutes is None
            else round(self.next_break_minutes, 1),
            "paused_until": self.paused_until,
            "hold_reason": self.hold_reason,
            "idle_source": self.idle_source,
            "standing": self.standing,
            "summary": self.summary(),
        }


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
    would count as missed (it shrinks with ``--speed``).
    """

    cards: tuple[PlannedCard, ...]
    duration_seconds: float
    style: str = "card"  # notification | card | fullscreen
    reduced_motion: bool = False
    snooze_minutes: int = 5
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
