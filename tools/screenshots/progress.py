"""Screenshots of the Progress window for the docs.

Usage: ``python -m tools.screenshots.progress OUTDIR``.

The history is the reproducible synthetic one (``tools/synthetic.py``, five
years of office days in Europe/Berlin), cut at the moment the pictures are
taken.  Works headless (``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

SHOT_DAY = dt.date(2026, 3, 26)  # a Thursday
SHOT_TIME = dt.time(15, 10)
SEED = 7


def main(argv: list[str] | None = None) -> int:
    """Write ``progress-{today,week,month}-{light,dark}.png`` into OUTDIR."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tools.screenshots.progress OUTDIR", file=sys.stderr)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    from standup_buddy.core.engine import EngineState
    from standup_buddy.core.model import GoalMetric, GoalSetting
    from standup_buddy.session import Status
    from standup_buddy.settings import Settings
    from standup_buddy.storage.database import open_database
    from standup_buddy.storage.history import CheckIn, HistoryStore
    from tools.screenshots.harness import application, colour_scheme, settle
    from tools.synthetic import ZONE, generate, write

    application()
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

        from standup_buddy.messages import MessageCenter
        from standup_buddy.services.history import HistoryService
        from standup_buddy.ui.progress.window import ProgressWindow

        window = ProgressWindow(
            HistoryService(store, MessageCenter()),
            settings,
            today=lambda: SHOT_DAY,
            now=lambda: now,
            status_provider=lambda: Status(EngineState.SITTING, 24.0, 30.0, 6.0),
            on_goal_change=lambda metric, target: None,
        )
        line = window.fontMetrics().height()
        window.resize(line * 50, line * 44)
        window.show()
        for scheme in ("light", "dark"):
            with colour_scheme(scheme == "dark"):
                for index, name in enumerate(("today", "week", "month")):
                    window.tabs.setCurrentIndex(index)
                    window.week_view.checkin_box.setChecked(scheme == "dark")
                    settle(150)
                    window.grab().save(str(out / f"progress-{name}-{scheme}.png"))
        window.close()
        store.close()
    print(f"wrote 6 screenshots to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
