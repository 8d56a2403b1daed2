"""Screenshots of the Progress window for the docs.

Usage: ``python -m standup_buddy.ui.progress.screenshots OUTDIR``.

Run from a source checkout: the history is the benchmarks' reproducible
synthetic one (five years of office days in Europe/Berlin), cut at the
moment the pictures are taken.  Works headless (``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

SHOT_DAY = dt.date(2026, 3, 26)  # a Thursday
SHOT_TIME = dt.time(15, 10)
SEED = 7


def _dark_palette() -> object:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202226",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#16181b",
        QPalette.ColorRole.AlternateBase: "#24272b",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#2b2e33",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7fc4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2b2e33",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8a8f96",
        QPalette.ColorRole.Light: "#3a3d42",
        QPalette.ColorRole.Midlight: "#303338",
        QPalette.ColorRole.Mid: "#26292d",
        QPalette.ColorRole.Dark: "#111214",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d8288"))
    return palette


def _settle() -> None:
    """Let queued layout and the chart's deferred render run (a tool, so waiting is fine)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)
    loop.exec()


def main(argv: list[str] | None = None) -> int:
    """Write ``progress-{today,week,month}-{light,dark}.png`` into OUTDIR."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m standup_buddy.ui.progress.screenshots OUTDIR", file=sys.stderr)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    try:
        from benchmarks.synthetic import ZONE, generate, write
    except ModuleNotFoundError:
        print(
            "run this from the source checkout (it uses benchmarks/synthetic.py)", file=sys.stderr
        )
        return 1

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from standup_buddy.core.model import GoalMetric, GoalSetting
    from standup_buddy.session import Status
    from standup_buddy.settings import Settings
    from standup_buddy.storage.database import open_database
    from standup_buddy.storage.history import CheckIn, HistoryStore

    app = QApplication.instance() or QApplication(["standup-buddy-screenshots"])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    now = dt.datetime.combine(SHOT_DAY, SHOT_TIME, tzinfo=ZONE).timestamp()

    history = generate(SHOT_DAY, 120, seed=SEED)
    # The day of the pictures is still going on: keep only what happened before "now".
    history.intervals = [i for i in history.intervals if i.end <= now]
    history.breaks = [b for b in history.breaks if b.anchor <= now]
    # A goal raised mid-week, so the goal line shows a step.
    history.goals = [
        GoalSetting(GoalMetric.MOVEMENT_MINUTES, 30, history.goals[0].effective),
        GoalSetting(GoalMetric.MOVEMENT_MINUTES, 35, SHOT_DAY - dt.timedelta(days=2)),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        store = HistoryStore(open_database(Path(tmp) / "history.sqlite3"))
        write(store, history)
        for back, score in enumerate((4, 3, 5, 6, 4, 2, 3, 4, 5, 3)):
            day = SHOT_DAY - dt.timedelta(days=back)
            at = dt.datetime.combine(day, dt.time(9, 5), tzinfo=ZONE)
            offset = at.utcoffset()
            assert offset is not None
            store.set_checkin(CheckIn(day, at.timestamp(), int(offset.total_seconds()), score))
        settings = Settings().replace({"checkin.enabled": True})

        from standup_buddy.ui.progress.window import ProgressWindow

        window = ProgressWindow(
            store,
            settings,
            today=lambda: SHOT_DAY,
            now=lambda: now,
            status_provider=lambda: Status("sitting", 24.0, 30.0, 6.0),
            on_goal_change=lambda metric, target: None,
        )
        light = app.palette()
        line = window.fontMetrics().height()
        window.resize(line * 50, line * 44)
        window.show()
        for scheme, palette in (("light", light), ("dark", _dark_palette())):
            window.setPalette(palette)  # type: ignore[arg-type]
            for index, name in enumerate(("today", "week", "month")):
                window.tabs.setCurrentIndex(index)
                window.week_view.checkin_box.setChecked(scheme == "dark")
                _settle()
                window.grab().save(str(out / f"progress-{name}-{scheme}.png"))
        window.close()
        store.close()
    print(f"wrote 6 screenshots to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
