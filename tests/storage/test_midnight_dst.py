"""Zones whose daylight-saving change falls at local midnight: days and longest sit exact.

America/Santiago falls back from 24:00 to 23:00: an unbroken sit across the
change stays on the day it began and counts as one sit.  Where midnight is
skipped (24:00 -> 01:00) the sit is split where the new day really begins.
The zones are found from zoneinfo itself, not listed by hand.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from standup_buddy.core.model import ActivityKind, Interval
from standup_buddy.core.stats import exact_minutes, tenths
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.daystats import stats_for_days
from standup_buddy.storage.history import HistoryStore
from standup_buddy.storage.zone import split_at_offset_changes

UTC = dt.UTC


def offset_in(zone: zoneinfo.ZoneInfo, instant: float) -> int:
    offset = dt.datetime.fromtimestamp(instant, zone).utcoffset()
    assert offset is not None
    return int(offset.total_seconds())


@functools.cache
def midnight_changes() -> list[tuple[str, float]]:
    """(zone, instant) of every offset change in 2020-2026 made at local 24:00."""
    found: list[tuple[str, float]] = []
    for name in sorted(zoneinfo.available_timezones()):
        if name.startswith(("Etc/", "posix/", "right/")) or "/" not in name:
            continue
        zone = zoneinfo.ZoneInfo(name)
        t = dt.datetime(2020, 1, 1, tzinfo=UTC).timestamp()
        end = dt.datetime(2027, 1, 1, tzinfo=UTC).timestamp()
        previous = offset_in(zone, t)
        while t < end:
            t += 86400  # changes are months apart: a daily look, then bisect
            now = offset_in(zone, t)
            if now != previous:
                low, high = t - 86400, t
                while high - low > 1:
                    middle = (low + high) // 2
                    low, high = (middle, high) if offset_in(zone, middle) == previous else (
                        low, middle)
                before = dt.datetime.fromtimestamp(high - 1, zone)
                if (before.hour, before.minute, before.second) == (23, 59, 59):
                    found.append((name, float(high)))
                previous = now
    return found


def test_zoneinfo_knows_zones_that_change_at_midnight() -> None:
    zones = {name for name, _ in midnight_changes()}
    assert {"America/Santiago", "Asia/Beirut", "Africa/Cairo"} <= zones


def truth(zone: zoneinfo.ZoneInfo, start: float, end: float) -> Counter[dt.date]:
    """Seconds per local date, second by second, straight from zoneinfo."""
    days: Counter[dt.date] = Counter()
    for second in range(int(start), int(end)):
        days[dt.datetime.fromtimestamp(second + 0.5, zone).date()] += 1
    return days


def as_tracked(zone: zoneinfo.ZoneInfo, start: float, change: float, late: float,
               end: float) -> list[Interval]:
    """What the tracker hands over: the new offset is seen ``late`` seconds after the change."""
    seen = min(change + late, end)
    return [Interval(ActivityKind.SITTING, start, seen, offset_in(zone, start)),
            Interval(ActivityKind.SITTING, seen, end, offset_in(zone, end))]


def figures(tmp: Path, zone: zoneinfo.ZoneInfo, intervals: list[Interval],
            days: list[dt.date]) -> dict[dt.date, tuple[float, float]]:
    path = tmp / "h.sqlite3"
    path.unlink(missing_ok=True)
    store = HistoryStore(open_database(path), offset_at=lambda t: offset_in(zone, t))
    for interval in intervals:
        store.add_interval(interval)
    rows = stats_for_days(store, days, Settings())
    store.close()
    return {r.date: (r.sitting_minutes, r.longest_sitting_minutes) for r in rows}


def check(tmp: Path, name: str, change: float, *, before: float, after: float, late: float
          ) -> None:
    zone = zoneinfo.ZoneInfo(name)
    start, end = change - before, change + after
    expected = truth(zone, start, end)
    days = sorted(expected)
    got = figures(tmp, zone, as_tracked(zone, start, change, late, end), days)
    for day in days:
        # Cut to one decimal, never rounded up (the one rounding rule, docs/statistics.md).
        minutes = tenths(exact_minutes(expected[day]))
        # One unbroken sit: each day's longest is all of that day's sitting.
        assert got[day] == (minutes, minutes), (name, day, got, expected)


def test_santiago_fall_back_at_midnight_keeps_an_unbroken_sit_whole(tmp_path: Path) -> None:
    change = dt.datetime(2024, 4, 7, 3, 0, tzinfo=UTC).timestamp()  # 24:00 -03 -> 23:00 -04
    zone = zoneinfo.ZoneInfo("America/Santiago")
    start, end = change - 360, change + 366  # 12.1 minutes
    got = figures(tmp_path, zone, as_tracked(zone, start, change, 50, end),
                  [dt.date(2024, 4, 6), dt.date(2024, 4, 7)])
    assert got == {dt.date(2024, 4, 6): (12.1, 12.1), dt.date(2024, 4, 7): (0.0, 0.0)}


def test_without_the_zone_the_sit_was_split(tmp_path: Path) -> None:
    # The defect as it was: labels trusted, 50 s land on a day not yet begun.
    change = dt.datetime(2024, 4, 7, 3, 0, tzinfo=UTC).timestamp()
    zone = zoneinfo.ZoneInfo("America/Santiago")
    store = HistoryStore(open_database(tmp_path / "h.sqlite3"))
    for interval in as_tracked(zone, change - 360, change, 50, change + 366):
        store.add_interval(interval)
    rows = stats_for_days(store, [dt.date(2024, 4, 6), dt.date(2024, 4, 7)], Settings())
    assert rows[1].sitting_minutes > 0 and rows[0].longest_sitting_minutes < 12.1


@pytest.mark.parametrize("name, change", midnight_changes()[:60])
def test_every_midnight_change_gives_exact_days(tmp_path: Path, name: str, change: float
                                                ) -> None:
    for late in (0.0, 1.0, 50.0, 59.9):
        check(tmp_path, name, change, before=360.0, after=366.0, late=late)


@given(before=st.floats(1, 3 * 3600), after=st.floats(1, 3 * 3600), late=st.floats(0, 60),
       pick=st.integers(0, 10_000))
def test_any_sit_across_a_midnight_change_is_exact(tmp_path_factory: pytest.TempPathFactory,
                                                   before: float, after: float, late: float,
                                                   pick: int) -> None:
    changes = midnight_changes()
    name, change = changes[pick % len(changes)]
    check(tmp_path_factory.mktemp("dst"), name, change, before=round(before),
          after=round(after), late=late)


def test_an_interval_labelled_for_another_zone_keeps_its_label() -> None:
    zone = zoneinfo.ZoneInfo("America/Santiago")
    change = dt.datetime(2024, 4, 7, 3, 0, tzinfo=UTC).timestamp()
    travelled = Interval(ActivityKind.SITTING, change - 60, change + 60, 3600)
    assert split_at_offset_changes(travelled, lambda t: offset_in(zone, t)) == [travelled]
