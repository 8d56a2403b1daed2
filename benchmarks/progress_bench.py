"""The Progress window on five years of history: time to open, week redraw, memory."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.stats_bench import build_five_years

LAST_DAY = dt.date(2026, 11, 20)  # a Friday: the current week has five work days of data


def _rss_mb() -> float | None:
    """Resident memory of this process (Linux), in MB."""
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


# What the headless platform says about every window; not about this benchmark.
_OFFSCREEN_NOISE = ("propagateSizeHints", "QRhiGles2: Failed to create")


def _quiet_offscreen(kind: object, context: object, message: str) -> None:
    if not any(noise in message for noise in _OFFSCREEN_NOISE):
        print(message, file=sys.stderr)


def _mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} MB"


def run() -> list[tuple[str, str, str]]:
    """Rows of (figure, measured, target)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from standup_buddy.core.engine import EngineState
    from standup_buddy.messages import MessageCenter
    from standup_buddy.services.history import HistoryService
    from standup_buddy.session import Status
    from standup_buddy.settings import Settings
    from standup_buddy.storage.database import open_database
    from standup_buddy.storage.history import HistoryStore

    app = QApplication.instance() or QApplication(["progress-bench"])
    qInstallMessageHandler(_quiet_offscreen)
    now = dt.datetime.combine(LAST_DAY, dt.time(15)).astimezone().timestamp()

    with tempfile.TemporaryDirectory() as tmp:
        path, _seconds = build_five_years(Path(tmp), LAST_DAY)
        store = HistoryStore(open_database(path, readonly=True))
        settings = Settings()

        def open_window() -> tuple[object, float]:
            began = time.perf_counter()
            from standup_buddy.ui.progress.window import ProgressWindow

            window = ProgressWindow(
                HistoryService(store, MessageCenter()),
                settings,
                today=lambda: LAST_DAY,
                now=lambda: now,
                status_provider=lambda: Status(EngineState.SITTING, 20.0, 30.0, 10.0),
                on_goal_change=lambda metric, target: None,
            )
            window.show()
            app.processEvents()
            window.grab()  # the first frame, painted
            return window, (time.perf_counter() - began) * 1000

        def close(window: object) -> None:
            from standup_buddy.ui.progress.window import ProgressWindow

            assert isinstance(window, ProgressWindow)
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()

        rss_before = _rss_mb()
        window, first_ms = open_window()
        rss_open = _rss_mb()
        close(window)
        rss_closed = _rss_mb()

        again: list[float] = []
        rss_cycles: list[float | None] = []
        for cycle in range(10):
            window, ms = open_window()
            again.append(ms)
            close(window)
            if cycle in (4, 9):
                rss_cycles.append(_rss_mb())

        window, _ms = open_window()
        from standup_buddy.ui.progress.window import ProgressWindow

        assert isinstance(window, ProgressWindow)
        window.tabs.setCurrentWidget(window.week_view)
        app.processEvents()
        redraws: list[float] = []
        for _ in range(20):
            began = time.perf_counter()
            window.week_view.previous_week()
            window.week_view.chart.image()  # renders the new week's frame now
            redraws.append((time.perf_counter() - began) * 1000)
        close(window)
        store.close()

    return [
        ("open Progress, first time", f"{first_ms:.0f} ms (imports Qt Quick + Graphs)", "< 500 ms"),
        ("open Progress again", f"{statistics.median(again):.0f} ms (median of 10)", "< 500 ms"),
        (
            "week navigation redraw",
            f"{statistics.median(redraws):.1f} ms (median of 20, max {max(redraws):.1f})",
            "< 50 ms",
        ),
        ("RSS before opening", _mb(rss_before), ""),
        ("RSS with the window open", _mb(rss_open), ""),
        ("RSS after closing it", _mb(rss_closed), ""),
        (
            "RSS after 5 / 10 more open-close",
            f"{_mb(rss_cycles[0])} / {_mb(rss_cycles[1])}",
            "flat (no leak)",
        ),
    ]
