"""Working hours decide when a prompt may interrupt, in the user's local time."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standup_buddy.core.model import instant_of_local
from standup_buddy.core.working_hours import WorkingHours

OFFICE = WorkingHours(frozenset(range(5)), dt.time(8, 0), dt.time(19, 0))
NIGHT_SHIFT = WorkingHours(frozenset({0, 1, 2, 3, 4}), dt.time(22, 0), dt.time(6, 0))
CEST = 2 * 3600


def at(local: str, offset: int = 0) -> float:
    """The UTC instant when the user's clock shows ``local``."""
    return instant_of_local(dt.datetime.fromisoformat(local), offset)


@pytest.mark.parametrize(
    ("local", "inside"),
    [
        ("2024-01-01 07:59", False),  # Monday, before start
        ("2024-01-01 08:00", True),  # start is inside
        ("2024-01-01 18:59", True),
        ("2024-01-01 19:00", False),  # end is outside
        ("2024-01-05 12:00", True),  # Friday
        ("2024-01-06 12:00", False),  # Saturday
        ("2024-01-07 12:00", False),  # Sunday
    ],
)
def test_office_hours_follow_work_days_and_window(local: str, inside: bool) -> None:
    assert OFFICE.contains(at(local), 0) is inside


def test_local_time_uses_the_offset_in_force() -> None:
    # 07:30 UTC is 09:30 in Central European Summer Time: inside for that user.
    instant = at("2024-07-01 07:30")
    assert OFFICE.contains(instant, CEST)
    assert not OFFICE.contains(instant, 0)


def test_night_shift_belongs_to_the_day_it_starts() -> None:
    assert NIGHT_SHIFT.contains(at("2024-01-05 23:00"), 0)  # Friday night
    assert NIGHT_SHIFT.contains(at("2024-01-06 05:59"), 0)  # ... into Saturday morning
    assert not NIGHT_SHIFT.contains(at("2024-01-06 23:00"), 0)  # Saturday night is free
    assert not NIGHT_SHIFT.contains(at("2024-01-01 05:00"), 0)  # Sunday night was free
    assert not NIGHT_SHIFT.contains(at("2024-01-02 12:00"), 0)


def test_equal_start_and_end_mean_the_whole_day() -> None:
    all_day = WorkingHours(frozenset({5}), dt.time(9, 0), dt.time(9, 0))
    assert all_day.contains(at("2024-01-06 00:00"), 0)
    assert all_day.contains(at("2024-01-06 23:59"), 0)
    assert not all_day.contains(at("2024-01-07 00:00"), 0)


def test_next_change_is_the_next_start_or_end() -> None:
    assert OFFICE.next_change(at("2024-01-01 07:00"), 0) == at("2024-01-01 08:00")
    assert OFFICE.next_change(at("2024-01-01 08:00"), 0) == at("2024-01-01 19:00")
    # Friday evening: the next start is Monday morning.
    assert OFFICE.next_change(at("2024-01-05 19:30"), 0) == at("2024-01-08 08:00")
    assert OFFICE.next_change(at("2024-07-01 05:00"), CEST) == at("2024-07-01 08:00", CEST)


def test_next_change_is_none_when_nothing_ever_changes() -> None:
    always = WorkingHours(frozenset(range(7)), dt.time(0, 0), dt.time(0, 0))
    never = WorkingHours(frozenset(), dt.time(8, 0), dt.time(19, 0))
    assert always.next_change(at("2024-01-01 12:00"), 0) is None
    assert never.next_change(at("2024-01-01 12:00"), 0) is None
    assert not never.contains(at("2024-01-01 12:00"), 0)


def test_bad_days_are_refused() -> None:
    with pytest.raises(ValueError, match="work days"):
        WorkingHours(frozenset({7}), dt.time(8, 0), dt.time(9, 0))


@settings(max_examples=150, deadline=None)
@given(
    days=st.frozensets(st.integers(0, 6)),
    start=st.times(),
    end=st.times(),
    instant=st.floats(1.6e9, 1.9e9),
    offset=st.integers(-12 * 3600, 14 * 3600),
)
def test_next_change_really_flips_and_nothing_flips_before(
    days: frozenset[int], start: dt.time, end: dt.time, instant: float, offset: int
) -> None:
    hours = WorkingHours(days, start.replace(microsecond=0), end.replace(microsecond=0))
    change = hours.next_change(instant, offset)
    inside = hours.contains(instant, offset)
    if change is None:
        return
    assert change > instant
    assert hours.contains(change, offset) is not inside
    # Probe a few points in between: no flip before the reported one.
    for fraction in (0.25, 0.5, 0.75, 0.999):
        probe = instant + (change - instant) * fraction
        if probe < change:
            assert hours.contains(probe, offset) is inside
