"""A writer process for the crash test: records history and reports each commit."""

from __future__ import annotations

import sys
from pathlib import Path

from standup_buddy.core.model import ActivityKind, BreakRecord, Interval, Outcome
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore


def main() -> None:
    store = HistoryStore(open_database(Path(sys.argv[1])))
    base = float(sys.argv[2])
    print("ready", flush=True)
    t = base
    n = 0
    while True:
        running = store.open_interval(ActivityKind.SITTING, t, 3600)
        for _ in range(3):
            t += 50.0
            running = store.heartbeat(running, t)
            print(f"H {running.row_id} {t}", flush=True)
        store.close_interval(running, t)
        print(f"I sitting {running.start} {t}", flush=True)
        store.add_interval(Interval(ActivityKind.NATURAL_BREAK, t, t + 400.0, 3600))
        print(f"I natural_break {t} {t + 400.0}", flush=True)
        t += 400.0
        store.add_break(BreakRecord(due=t, outcome=Outcome.COMPLETED, utc_offset=3600,
                                    prompted=t, started=t, ended=t + 60.0, stretch_ids=(str(n),)))
        print(f"B {t}", flush=True)
        t += 60.0
        n += 1


if __name__ == "__main__":
    main()
