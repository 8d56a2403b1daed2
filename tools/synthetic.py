"""A reproducible synthetic history: years of office days for benchmarks and tests.

About 8 working hours on each weekday in Europe/Berlin (so DST changes are in
it), sitting runs of 30-60 minutes each ended by a prompted break (mostly
completed, some skipped, snoozed or missed), a lunch away from the desk, the
odd natural break and standing-desk spell, and a goal change now and then.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from standup_buddy.core.model import (
    ActivityKind,
    BreakRecord,
    GoalMetric,
    GoalSetting,
    Interval,
    Outcome,
)
from standup_buddy.storage.history import HistoryStore

ZONE = ZoneInfo("Europe/Berlin")


@dataclass
class SyntheticHistory:
    """Everything the generator wrote, for tests that recompute figures."""

    intervals: list[Interval] = field(default_factory=list)
    breaks: list[BreakRecord] = field(default_factory=list)
    goals: list[GoalSetting] = field(default_factory=list)


def _instant(day: dt.date, minutes: float) -> tuple[float, int]:
    local = dt.datetime.combine(day, dt.time(), tzinfo=ZONE) + dt.timedelta(minutes=minutes)
    local = local.astimezone(ZONE)
    offset = local.utcoffset()
    assert offset is not None
    return local.timestamp(), int(offset.total_seconds())


def generate(last_day: dt.date, days: int, seed: int = 1) -> SyntheticHistory:
    """Build ``days`` days of history ending with ``last_day`` (weekdays only hold data)."""
    rng = random.Random(seed)
    history = SyntheticHistory()
    first = last_day - dt.timedelta(days=days - 1)
    history.goals.append(GoalSetting(GoalMetric.MOVEMENT_MINUTES, 30, first))
    for index in range(days):
        day = first + dt.timedelta(days=index)
        if index and index % 97 == 0:
            metric = rng.choice(list(GoalMetric))
            target = {"movement_minutes": 30, "breaks": 6, "active_hours": 5}[metric.value]
            history.goals.append(GoalSetting(metric, target + rng.randint(-2, 4), day))
        if day.weekday() >= 5:
            continue
        _one_day(rng, day, history)
    return history


def _one_day(rng: random.Random, day: dt.date, history: SyntheticHistory) -> None:
    minute = 8 * 60 + rng.uniform(0, 60)  # arrives 08:00-09:00
    end = minute + 8 * 60 + rng.uniform(30, 60)  # 8 h work plus lunch
    lunch_done = False

    def add(kind: ActivityKind, a: float, b: float) -> None:
        start, off = _instant(day, a)
        stop, _ = _instant(day, b)
        history.intervals.append(Interval(kind, start, stop, off))

    while minute < end:
        run = rng.uniform(30, 60)
        if rng.random() < 0.1:
            stand = rng.uniform(10, 30)
            add(ActivityKind.STANDING, minute, minute + stand)
            minute += stand
        add(ActivityKind.SITTING, minute, minute + run)
        minute += run
        if not lunch_done and minute > 12 * 60:
            lunch = rng.uniform(30, 60)
            add(ActivityKind.NATURAL_BREAK, minute, minute + lunch)
            minute += lunch
            lunch_done = True
            continue
        roll = rng.random()
        snoozes = 1 if rng.random() < 0.15 else 0
        due, off = _instant(day, minute)
        if roll < 0.75:
            length = rng.uniform(1, 5)
            add(ActivityKind.BREAK, minute, minute + length)
            started, _ = _instant(day, minute + 0.2)
            ended, _ = _instant(day, minute + length)
            history.breaks.append(
                BreakRecord(
                    due=due,
                    outcome=Outcome.COMPLETED,
                    utc_offset=off,
                    prompted=due,
                    started=started,
                    ended=ended,
                    snoozes=snoozes,
                    stretch_ids=("walk-break",),
                )
            )
            minute += length
        elif roll < 0.9:
            history.breaks.append(
                BreakRecord(
                    due=due,
                    outcome=Outcome.SKIPPED,
                    utc_offset=off,
                    prompted=due,
                    ended=due + 5,
                    snoozes=snoozes,
                )
            )
        elif roll < 0.95:
            history.breaks.append(
                BreakRecord(
                    due=due, outcome=Outcome.MISSED, utc_offset=off, prompted=due, snoozes=snoozes
                )
            )
        else:
            away = rng.uniform(5, 20)
            add(ActivityKind.NATURAL_BREAK, minute, minute + away)
            minute += away


def write(store: HistoryStore, history: SyntheticHistory) -> None:
    """Store ``history`` in bulk (one transaction, the same rows the app writes)."""
    conn = store.connection
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO intervals (kind, start_utc, end_utc, utc_offset, open) VALUES (?, ?, ?, ?, 0)",
        [(i.kind.value, i.start, i.end, i.utc_offset) for i in history.intervals],
    )
    conn.execute("COMMIT")
    for record in history.breaks:
        store.add_break(record)
    for goal in history.goals:
        store.set_goal(goal, 0.0)
