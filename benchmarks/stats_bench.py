"""Statistics over a five-year synthetic history: query time and database size."""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from tools.synthetic import generate, write

from standup_buddy.core.stats import date_range
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.daystats import stats_for_days
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


def run() -> list[tuple[str, str, str]]:
    """Rows of (figure, measured, target)."""
    last_day = dt.date(2026, 11, 20)
    with tempfile.TemporaryDirectory() as tmp:
        path, build_seconds = build_five_years(Path(tmp), last_day)
        store = HistoryStore(open_database(path, readonly=True))
        rows = store.connection.execute("SELECT COUNT(*) FROM intervals").fetchone()[0]
        breaks = store.connection.execute("SELECT COUNT(*) FROM breaks").fetchone()[0]
        week = _median_ms(store, date_range(last_day, 7), 50)
        year = _median_ms(store, date_range(last_day, 365), 20)
        store.close()
        size_mb = path.stat().st_size / 1e6
    return [
        ("synthetic history", f"{YEARS} years, {rows} intervals, {breaks} breaks "
         f"(built in {build_seconds:.1f} s)", ""),
        ("stats, last 7 days", f"{week[0]:.2f} ms (CPU {week[1]:.2f} ms)", "< 2 ms"),
        ("stats, last 365 days", f"{year[0]:.1f} ms (CPU {year[1]:.1f} ms)", "< 10 ms"),
        ("database size, 5 years", f"{size_mb:.1f} MB", "< 20 MB"),
    ]
