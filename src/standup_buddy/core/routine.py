"""The daily routine: a guided 5–10 minute session built from the chosen program.

Breaks during the working day stay short and at the desk; the routine is
where the longer floor work of the program lives (hip flexor and Thomas
stretches, the release, bridges, bird-dog, plank and relaxed breathing). It
is built fresh each day from the program's ``routine_ids``, kept to what the
user said they can do, and, when the list is longer than the time allows,
rotated by day so that every exercise comes up within a few days.

Pure: the day is passed in, nothing reads a clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from standup_buddy.core.model import BreakRecord, Outcome, local_date
from standup_buddy.core.rotation import SPACE_PLACES, PlannedStretch, Program, Space
from standup_buddy.core.stretch import Stretch

ROUTINE_MARKER = "routine:"
"""First stretch id of a break record that was the daily routine.

A colon can never be part of a stretch id, so the marker cannot clash with
one; the record is an ordinary completed break otherwise, so its minutes
count as movement with no change to the history schema.
"""

MIN_ROUTINE_SECONDS = 5 * 60
MAX_ROUTINE_SECONDS = 10 * 60
DEFAULT_ROUTINE_TIME = dt.time(18, 45)
"""When the routine is offered if working hours are unknown (default: end of day)."""


def routine_marker(program_id: str) -> str:
    """The marker stored with a routine's break record."""
    return f"{ROUTINE_MARKER}{program_id}"


def is_routine(stretch_ids: Sequence[str]) -> bool:
    """Whether a break record's stretch ids say it was the daily routine."""
    return bool(stretch_ids) and stretch_ids[0].startswith(ROUTINE_MARKER)


def routine_days(breaks: Iterable[BreakRecord]) -> set[dt.date]:
    """The local days on which a daily routine was done (wholly or in part)."""
    return {
        local_date(b.anchor, b.utc_offset)
        for b in breaks
        if b.outcome is Outcome.COMPLETED and is_routine(b.stretch_ids)
    }


@dataclass(frozen=True, slots=True)
class Routine:
    """The day's routine: the stretches in order, each with its sides and time."""

    day: dt.date
    items: tuple[PlannedStretch, ...]

    @property
    def total_seconds(self) -> int:
        """Time for the whole routine, every side included."""
        return sum(item.total_seconds for item in self.items)

    @property
    def stretch_ids(self) -> tuple[str, ...]:
        """The ids of the stretches, in the order they come."""
        return tuple(item.stretch.id for item in self.items)


def _planned(stretch: Stretch) -> PlannedStretch:
    sides = ("left", "right") if stretch.two_sided else ("none",)
    return PlannedStretch(stretch, stretch.duration_seconds, sides)


def build_routine(
    program: Program | None,
    stretches: Mapping[str, Stretch],
    *,
    day: dt.date,
    space: Space = "floor",
    fallback_ids: Sequence[str] = (),
    max_seconds: int = MAX_ROUTINE_SECONDS,
) -> Routine:
    """The routine for ``day``: the program's routine stretches that ``space`` allows.

    When they take longer than ``max_seconds``, the list is started at a
    different place each day (by the day's ordinal) and filled in order until
    the next one would not fit, so over consecutive days each comes up. When
    they come short of five minutes (a desk-only user, say), the program's
    break stretches, then ``fallback_ids``, fill it up.
    """
    places = SPACE_PLACES[space]
    ids = list(program.routine_ids or program.stretch_ids) if program else []
    pool = [stretches[sid] for sid in ids if sid in stretches and stretches[sid].where in places]
    chosen: list[Stretch] = []
    if sum(s.total_seconds for s in pool) <= max_seconds:
        chosen = list(pool)
    elif pool:
        start = day.toordinal() % len(pool)
        total = 0
        for offset in range(len(pool)):
            stretch = pool[(start + offset) % len(pool)]
            if total + stretch.total_seconds > max_seconds:
                continue
            chosen.append(stretch)
            total += stretch.total_seconds
        # Keep the program's own order within the day, calm breathing first.
        order = {s.id: i for i, s in enumerate(pool)}
        chosen.sort(key=lambda s: order[s.id])
    extra_ids = [*(program.stretch_ids if program else ()), *fallback_ids]
    for sid in extra_ids:
        if sum(s.total_seconds for s in chosen) >= MIN_ROUTINE_SECONDS:
            break
        extra = stretches.get(sid)
        if extra is None or extra.where not in places or extra in chosen:
            continue
        if sum(s.total_seconds for s in chosen) + extra.total_seconds > max_seconds:
            continue
        chosen.append(extra)
    return Routine(day, tuple(_planned(s) for s in chosen))


@dataclass(frozen=True, slots=True)
class RoutineOffer:
    """Whether and how to offer the routine now."""

    offer: bool
    reason: str


def should_offer(
    now: dt.datetime,
    *,
    offer_at: dt.time | None,
    done_today: bool,
    offered_today: bool,
    held: bool,
) -> RoutineOffer:
    """Whether the quiet routine reminder is due at ``now``.

    Offered once a day at or after ``offer_at`` (None: never offered, only
    started from the menu), not when the routine was done or already offered
    today, and never while a meeting or full-screen hold is on (it waits for
    the hold to end).
    """
    if offer_at is None:
        return RoutineOffer(False, "the reminder is off")
    if done_today:
        return RoutineOffer(False, "done today")
    if offered_today:
        return RoutineOffer(False, "already offered today")
    if now.time() < offer_at:
        return RoutineOffer(False, "not yet time")
    if held:
        return RoutineOffer(False, "held for a meeting or full-screen app")
    return RoutineOffer(True, "due")


@dataclass(frozen=True, slots=True)
class RoutineStep:
    """Where a running routine is: which card, which side, and the progress strip."""

    index: int
    count: int
    side: str
    seconds_left: float
    finished: bool

    @property
    def progress_text(self) -> str:
        """The progress strip, e.g. "3 of 6"."""
        return f"{min(self.index + 1, self.count)} of {self.count}"


def step_at(routine: Routine, elapsed: float) -> RoutineStep:
    """Where the routine is ``elapsed`` seconds of (unpaused) time after it started."""
    count = len(routine.items)
    remaining = max(0.0, elapsed)
    for index, item in enumerate(routine.items):
        for side in item.sides:
            if remaining < item.seconds_per_side:
                return RoutineStep(index, count, side, item.seconds_per_side - remaining, False)
            remaining -= item.seconds_per_side
    return RoutineStep(count, count, "none", 0.0, True)


def start_offset(routine: Routine, index: int) -> float:
    """Elapsed seconds at which item ``index`` starts (for skipping ahead or back)."""
    index = max(0, min(index, len(routine.items)))
    return float(sum(item.total_seconds for item in routine.items[:index]))
