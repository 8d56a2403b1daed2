"""``stats --json`` over the benchmark generator's history agrees with a plain recount."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict

import pytest
from tools.synthetic import ZONE, generate, write

from standup_buddy.cli import main
from standup_buddy.core.model import ActivityKind, Outcome
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore


def test_stats_agree_with_a_recount(capsys: pytest.CaptureFixture[str]) -> None:
    today = dt.datetime.now().astimezone().date()
    history = generate(today, 21, seed=7)
    store = HistoryStore(open_database(resolve_paths().history_db))
    write(store, history)
    store.close()

    assert main(["stats", "--days", "21", "--json"]) == 0
    days = {d["date"]: d for d in json.loads(capsys.readouterr().out)["days"]}

    sitting: dict[str, float] = defaultdict(float)
    natural: Counter[str] = Counter()
    for i in history.intervals:
        day = dt.datetime.fromtimestamp(i.start, ZONE).date().isoformat()
        if i.kind is ActivityKind.SITTING:
            sitting[day] += i.seconds / 60
        elif i.kind is ActivityKind.NATURAL_BREAK:
            natural[day] += 1
    outcomes: dict[str, Counter[Outcome]] = defaultdict(Counter)
    for b in history.breaks:
        outcomes[dt.datetime.fromtimestamp(b.anchor, ZONE).date().isoformat()][b.outcome] += 1

    assert any(sitting.values())
    for date, figures in days.items():
        # Cut, never rounded up, to one decimal (docs/statistics.md).
        assert sitting[date] - 0.1 - 1e-6 < figures["sitting_minutes"] <= sitting[date] + 1e-6
        assert figures["natural_breaks"] == natural[date]
        assert figures["breaks_completed"] == outcomes[date][Outcome.COMPLETED]
        assert figures["breaks_skipped"] == outcomes[date][Outcome.SKIPPED]
        weekday = dt.date.fromisoformat(date).weekday()
        if weekday >= 5:
            assert figures["sitting_minutes"] == 0
