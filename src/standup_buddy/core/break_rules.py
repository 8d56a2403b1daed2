"""Postpone and skip rules for one kind of break: which answers a prompt may get.

A :class:`BreakRules` value is plain data, the same for every kind of break
(the movement break reads it from ``breaks.*``; another kind reads its own
table into another value).  :meth:`BreakRules.offers` says which answers a
card may offer at a moment, and :meth:`BreakRules.refusal` why an answer is
refused; the engine asks the second before it acts on any answer, so a
stale button or notification action cannot get past the rules.

Done is always offered.  Whenever Skip is not, the emergency exit is: Esc
three times, or the key combination named on the card, ends the break and
is recorded as an emergency exit (``docs/break-rules.md``).  Nothing the
user sets can leave a card without a way out, and every card still ends by
itself when its time is up.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Answer", "BreakRules", "Offers", "RefusalReason"]


class Answer(StrEnum):
    """An answer the user can give an open break prompt."""

    DONE = "done"
    SNOOZE = "snooze"
    SKIP = "skip"
    EMERGENCY_EXIT = "emergency_exit"


class RefusalReason(StrEnum):
    """Why an answer was refused."""

    STRICT = "strict"  # strict mode: only Done (and the emergency exit)
    SNOOZE_LIMIT = "snooze_limit"  # this break was snoozed as often as allowed
    SNOOZE_WINDOW = "snooze_window"  # too late in the prompt's life to snooze
    SKIP_NOT_ALLOWED = "skip_not_allowed"

    def words(self) -> str:
        """The reason as the user reads it."""
        return _WORDS[self]


_WORDS = {
    RefusalReason.STRICT: "strict mode is on: only Done",
    RefusalReason.SNOOZE_LIMIT: "no snoozes left for this break",
    RefusalReason.SNOOZE_WINDOW: "snooze is only possible early in the prompt",
    RefusalReason.SKIP_NOT_ALLOWED: "skipping is turned off",
}


@dataclass(frozen=True, slots=True)
class Offers:
    """What the card may offer now.

    ``snoozes_left`` is ``None`` when snoozes are unlimited; Done is always
    offered and is not listed.
    """

    snooze: bool
    skip: bool
    emergency_exit: bool
    snoozes_left: int | None

    @property
    def answers(self) -> frozenset[Answer]:
        """Every answer offered, Done included."""
        offered = {Answer.DONE}
        if self.snooze:
            offered.add(Answer.SNOOZE)
        if self.skip:
            offered.add(Answer.SKIP)
        if self.emergency_exit:
            offered.add(Answer.EMERGENCY_EXIT)
        return frozenset(offered)


#: Every answer, as before there were rules (and when nothing is open to check).
OFFER_ALL = Offers(snooze=True, skip=True, emergency_exit=False, snoozes_left=None)


@dataclass(frozen=True, slots=True)
class BreakRules:
    """The rules for one break kind.

    ``max_snoozes``: how often one break may be snoozed (``None``: no limit).
    ``snooze_window_fraction``: snooze is offered only while the open prompt
    has lived less than this share of its life (the time until it would be
    recorded ``missed``); 1 or more means for all of it.
    ``skip_allowed``: whether Skip is offered.
    ``strict``: only Done is offered (and the emergency exit).
    """

    max_snoozes: int | None = None
    snooze_window_fraction: float = 1.0
    skip_allowed: bool = True
    strict: bool = False

    def __post_init__(self) -> None:
        if self.max_snoozes is not None and self.max_snoozes < 0:
            raise ValueError(f"max_snoozes must be 0 or more, not {self.max_snoozes!r}")
        if self.snooze_window_fraction < 0.0:
            raise ValueError(
                f"snooze_window_fraction must be 0 or more, not {self.snooze_window_fraction!r}"
            )

    def snoozes_left(self, snoozes: int) -> int | None:
        """Snoozes still allowed after ``snoozes`` of them (``None``: unlimited)."""
        if self.strict:
            return 0
        if self.max_snoozes is None:
            return None
        return max(0, self.max_snoozes - snoozes)

    def refusal(
        self, answer: Answer, *, snoozes: int, life_fraction: float
    ) -> RefusalReason | None:
        """Why ``answer`` is refused now, or ``None`` when it is allowed.

        ``snoozes`` counts the snoozes of this break so far; ``life_fraction``
        is how much of the prompt's life has passed (0 when it appeared, 1
        when it would count as missed; more for a prompt waiting for input or
        a countdown that runs).
        """
        if answer in (Answer.DONE, Answer.EMERGENCY_EXIT):
            return None
        if self.strict:
            return RefusalReason.STRICT
        if answer is Answer.SKIP:
            return None if self.skip_allowed else RefusalReason.SKIP_NOT_ALLOWED
        left = self.snoozes_left(snoozes)
        if left is not None and left <= 0:
            return RefusalReason.SNOOZE_LIMIT
        if self.snooze_window_fraction < 1.0 and life_fraction >= self.snooze_window_fraction:
            return RefusalReason.SNOOZE_WINDOW
        return None

    def offers(self, *, snoozes: int, life_fraction: float) -> Offers:
        """What the card may offer at this moment of the prompt's life."""
        skip = self.refusal(Answer.SKIP, snoozes=snoozes, life_fraction=life_fraction) is None
        snooze = self.refusal(Answer.SNOOZE, snoozes=snoozes, life_fraction=life_fraction) is None
        return Offers(
            snooze=snooze,
            skip=skip,
            emergency_exit=not skip,
            snoozes_left=self.snoozes_left(snoozes),
        )

    def snooze_closes_at(self, life: float) -> float | None:
        """Seconds after the prompt appeared at which Snooze stops being offered.

        ``None`` when the window never closes by itself (whole life, or no
        snooze at all is a matter of the count, not of time).
        """
        if self.strict or self.snooze_window_fraction >= 1.0:
            return None
        return self.snooze_window_fraction * life
