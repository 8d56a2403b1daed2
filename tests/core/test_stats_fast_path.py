"""The fast statistics give exactly the figures of the plainly written ones."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.core.stats_reference import reference_daily_stats
from tools.synthetic import generate

from standup_buddy.core.model import ActivityKind, GoalMetric, GoalSetting, Outcome
from standup_buddy.core.stats import BreakRow, IntervalRow, daily_stats_from_rows, date_range

DEFAULT_GOAL = GoalSetting(GoalMetric.MOVEMENT_MINUTES, 30, dt.date(2000, 1, 1))
BASE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC).timestamp()
DAYS = [dt.date(2025, 12, 30) + dt.timedelta(days=i) for i in range(8)]
offsets = st.sampled_from([-8 * 3600, 0, 3600, 7200, 5 * 3600 + 1800, 13 * 3600])


@st.composite
def interval_rows(draw: st.DrawFn) -> list[IntervalRow]:
    """Rows as stored, oldest first: mostly touching, some crossing midnight."""
    t = BASE + draw(st.floats(0, 86400 * 2))
    rows: list[IntervalRow] = []
    for _ in range(draw(st.integers(0, 25))):
        length = draw(st.one_of(st.floats(0, 3600), st.floats(0, 86400 * 1.3)))
        kind = draw(st.sampled_from(list(ActivityKind))).value
        rows.append((kind, t, t + length, draw(offsets)))
        t += length + draw(st.sampled_from([0.0, 0.0, 1e-7, 30.0]))
    return rows


@st.composite
def break_rows(draw: st.DrawFn) -> list[BreakRow]:
    rows: list[BreakRow] = []
    for _ in range(draw(st.integers(0, 12))):
        anchor = BASE + draw(st.floats(0, 86400 * 5))
        started = draw(st.one_of(st.none(), st.floats(anchor - 60, anchor + 600)))
        ended = draw(st.one_of(st.none(), st.floats(anchor - 60, anchor + 900)))
        outcome = draw(st.sampled_from(list(Outcome))).value
        rows.append((anchor, outcome, draw(offsets), started, ended, draw(st.integers(0, 3))))
    return sorted(rows, key=lambda r: r[0])


def both(days: list[dt.date], intervals: list[IntervalRow], breaks: list[BreakRow],
         goals: list[GoalSetting], first: dt.date | None = None) -> None:
    kw = {"goals": goals, "default_goal": DEFAULT_GOAL, "natural_break_cap_minutes": 10,
          "first_day": first}
    fast = daily_stats_from_rows(days, intervals, breaks, **kw)  # type: ignore[arg-type]
    plain = reference_daily_stats(days, intervals, breaks, **kw)  # type: ignore[arg-type]
    assert fast == plain


metrics = st.sampled_from(list(GoalMetric))


@settings(max_examples=300, deadline=None)
@given(interval_rows(), break_rows(), metrics, st.integers(1, 40))
def test_any_rows_give_identical_figures(
    intervals: list[IntervalRow], breaks: list[BreakRow], metric: GoalMetric, target: int
) -> None:
    goals = [GoalSetting(metric, target, DAYS[2])]
    both(DAYS, intervals, breaks, goals, first=DAYS[1])


def test_a_synthetic_quarter_gives_identical_figures() -> None:
    last = dt.date(2026, 11, 20)
    history = generate(last, 92, seed=7)
    intervals = sorted(
        ((i.kind.value, i.start, i.end, i.utc_offset) for i in history.intervals),
        key=lambda r: r[1],
    )
    breaks = sorted((
        (b.anchor, b.outcome.value, b.utc_offset, b.started, b.ended, b.snoozes)
        for b in history.breaks
    ), key=lambda r: r[0])
    both(date_range(last, 92), intervals, breaks, history.goals)
