"""Statistics over a five-year synthetic history: query time and database size."""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tools.synthetic import generate, write

from standup_buddy.core.model import ActivityKind
from standup_buddy.core.stats import date_range
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.daystats import keep_figures, stats_for_days
from standup_buddy.storage.history import HistoryStore

YEARS = 5


def build_five_years(folder: Path, last_day: dt.date) -> tuple[Path, float]:
    """Create the synthetic database; returns its path and the seconds it took."""
    path = folder / "history.sqlite3"
    began = time.perf_counter()
    store = HistoryStore(open_database(path))
    write(store, generate(last_day, YEARS * 365 + 1, seed=2026))
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path, time.perf_counter() - began


def _median_ms(store: HistoryStore, days: list[dt.date], repeat: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds (CPU time does not count waiting for a core)."""
    settings = Settings()
    wall, cpu = [], []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.thread_time()
        stats_for_days(store, days, settings)
        wall.append((time.perf_counter() - began) * 1000)
        cpu.append((time.thread_time() - began_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _once_ms(action: Callable[[], object]) -> tuple[float, float]:
    began, began_cpu = time.perf_counter(), time.thread_time()
    action()
    return (time.perf_counter() - began) * 1000, (time.thread_time() - began_cpu) * 1000


def _readonly(path: Path) -> HistoryStore:
    return HistoryStore(open_database(path, readonly=True))


def _ms(figure: tuple[float, float], digits: int) -> str:
    return f"{figure[0]:.{digits}f} ms (CPU {figure[1]:.{digits}f} ms)"


def run() -> list[tuple[str, str, str]]:
    """Rows of (figure, measured, target).

    Cold: a read-only connection (as ``standup-buddy stats`` and the Progress
    window open) with an empty figure cache, so every day is computed from
    rows.  Warm: the cache filled by a writable connection (as the running app
    does after start-up and at each new day), then read through a read-only
    one.  The targets are for the warm figures: what a reader sees while the
    app runs.
    """
    last_day = dt.date(2026, 11, 20)
    week, year = date_range(last_day, 7), date_range(last_day, 365)
    with tempfile.TemporaryDirectory() as tmp:
        path, build_seconds = build_five_years(Path(tmp), last_day)
        store = _readonly(path)
        rows = store.connection.execute("SELECT COUNT(*) FROM intervals").fetchone()[0]
        breaks = store.connection.execute("SELECT COUNT(*) FROM breaks").fetchone()[0]
        cold_week = _median_ms(store, week, 50)
        cold_year = _median_ms(store, year, 20)
        store.close()

        writer = HistoryStore(open_database(path))
        fill = _once_ms(lambda: keep_figures(writer, year, Settings()))
        store = _readonly(path)
        warm_week = _median_ms(store, week, 50)
        warm_year = _median_ms(store, year, 20)
        store.close()

        # The app running: its open row's heartbeats clear the last three
        # days (the running interval's day and two before), computed afresh.
        evening = dt.datetime.combine(last_day, dt.time(18), dt.UTC).timestamp()
        writer.open_interval(ActivityKind.SITTING, evening, 0)
        store = _readonly(path)
        cached = store.connection.execute("SELECT COUNT(*) FROM day_figures").fetchone()[0]
        running_week = _median_ms(store, week, 50)
        running_year = _median_ms(store, year, 20)
        store.close()
        writer.close()
        size_mb = path.stat().st_size / 1e6
    return [
        ("synthetic history", f"{YEARS} years, {rows} intervals, {breaks} breaks "
         f"(built in {build_seconds:.1f} s)", ""),
        ("stats, last 7 days, cold", _ms(cold_week, 2), "no cache"),
        ("stats, last 365 days, cold", _ms(cold_year, 1), "no cache"),
        ("figure cache filled, 365 days", _ms(fill, 1), "once, writable"),
        ("stats, last 7 days, warm", _ms(warm_week, 2), "< 2 ms (warm)"),
        ("stats, last 365 days, warm", _ms(warm_year, 1), "< 10 ms (warm)"),
        ("  app running: last 3 days computed",
         f"7 days {_ms(running_week, 2)}; 365 days {_ms(running_year, 1)} "
         f"({cached} days cached)", "< 2 ms / < 10 ms (warm)"),
        ("database size, 5 years", f"{size_mb:.1f} MB", "< 20 MB"),
    ]
