"""Plain records shared by the tracker, the scheduler, storage and statistics.

Instants are UTC seconds since the epoch (``float``), always paired with the
UTC offset in force at that moment (``utc_offset``, whole seconds east of
UTC).  Storing the offset with the instant is what lets a day be bucketed by
the user's *local* date even across daylight-saving changes and travel,
without the core needing a time-zone database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

SECONDS_PER_MINUTE = 60.0


class ActivityKind(StrEnum):
    """What the user was doing during an activity interval."""

    SITTING = "sitting"
    NATURAL_BREAK = "natural_break"
    BREAK = "break"  # time spent on a prompted break (the card was open / done)
    STANDING = "standing"
    PAUSED = "paused"


class Outcome(StrEnum):
    """What became of a prompted break (SPEC section 2)."""

    COMPLETED = "completed"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    MISSED = "missed"


class BreakKind(StrEnum):
    """The two kinds of prompted break.

    A movement break is the stretch card the figures count; a micro-pause is a
    short cue (look away, drop the shoulders) recorded for its own series and
    never counted as movement.
    """

    MOVEMENT = "movement"
    MICRO = "micro"


class GoalMetric(StrEnum):
    """The unit a daily goal is counted in."""

    MOVEMENT_MINUTES = "movement_minutes"
    BREAKS = "breaks"
    ACTIVE_HOURS = "active_hours"


@dataclass(frozen=True, slots=True)
class Interval:
    """A span of one activity kind, in UTC seconds, with its UTC offset.

    Writers split an interval whenever the UTC offset changes, so a single
    offset describes the whole span.
    """

    kind: ActivityKind
    start: float
    end: float
    utc_offset: int

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"interval ends before it starts: {self.start} > {self.end}")

    @property
    def seconds(self) -> float:
        """Length of the interval in seconds."""
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class BreakRecord:
    """One prompted break and what became of it.

    ``due`` is when the sitting streak reached the interval; ``prompted`` when
    the card (or notification) reached the user; ``started``/``ended`` bound
    the time actually spent on the break (only for ``completed``).  ``kind``
    tells a movement break from a micro-pause.
    """

    due: float
    outcome: Outcome
    utc_offset: int
    prompted: float | None = None
    started: float | None = None
    ended: float | None = None
    snoozes: int = 0
    stretch_ids: tuple[str, ...] = field(default_factory=tuple)
    kind: BreakKind = BreakKind.MOVEMENT

    @property
    def anchor(self) -> float:
        """The instant that decides which local day the break belongs to."""
        if self.started is not None:
            return self.started
        if self.prompted is not None:
            return self.prompted
        return self.due

    @property
    def seconds_moving(self) -> float:
        """Time spent moving on the break; zero unless a movement break was completed."""
        if self.kind is not BreakKind.MOVEMENT:
            return 0.0
        if self.outcome is not Outcome.COMPLETED or self.started is None or self.ended is None:
            return 0.0
        return max(0.0, self.ended - self.started)


@dataclass(frozen=True, slots=True)
class GoalSetting:
    """A daily goal that is in force from ``effective`` (a local date) on."""

    metric: GoalMetric
    target: int
    effective: dt.date


def local_datetime(instant: float, utc_offset: int) -> dt.datetime:
    """The wall-clock time at ``instant`` for a user at ``utc_offset`` (naive)."""
    return dt.datetime(1970, 1, 1) + dt.timedelta(seconds=instant + utc_offset)


def local_date(instant: float, utc_offset: int) -> dt.date:
    """The user's local calendar date at ``instant``."""
    return local_datetime(instant, utc_offset).date()


def instant_of_local(local: dt.datetime, utc_offset: int) -> float:
    """The UTC instant at which the user's wall clock showed ``local`` (naive)."""
    return (local - dt.datetime(1970, 1, 1)).total_seconds() - utc_offset
