"""Full history export as CSV or JSON (``standup-buddy export`` and the Progress window)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from typing import TextIO

from standup_buddy.core.model import local_datetime
from standup_buddy.storage.history import HistoryStore

FORMATS = ("csv", "json")
CSV_COLUMNS = (
    "record",
    "kind",
    "start",
    "end",
    "minutes",
    "utc_offset_minutes",
    "local_date",
    "due",
    "prompted",
    "snoozes",
    "stretch_ids",
    "target",
    "score",
    "note",
)


def _iso(instant: float | None, utc_offset: int) -> str:
    """Local wall time with its offset, e.g. ``2026-11-23T10:00:00+01:00``."""
    if instant is None:
        return ""
    tz = dt.timezone(dt.timedelta(seconds=utc_offset))
    return dt.datetime.fromtimestamp(round(instant), tz).isoformat()


def history_records(store: HistoryStore) -> dict[str, list[dict[str, object]]]:
    """Everything the user's history holds, as plain JSON-ready records."""
    intervals: list[dict[str, object]] = [
        {
            "kind": i.kind.value,
            "start": _iso(i.start, i.utc_offset),
            "end": _iso(i.end, i.utc_offset),
            "minutes": round(i.seconds / 60, 2),
            "utc_offset_minutes": i.utc_offset // 60,
            "local_date": local_datetime(i.start, i.utc_offset).date().isoformat(),
        }
        for i in store.all_intervals()
    ]
    breaks: list[dict[str, object]] = [
        {
            "break_kind": b.kind.value,
            "outcome": b.outcome.value,
            "due": _iso(b.due, b.utc_offset),
            "prompted": _iso(b.prompted, b.utc_offset),
            "start": _iso(b.started, b.utc_offset),
            "end": _iso(b.ended, b.utc_offset),
            "minutes": round(b.seconds_moving / 60, 2),
            "snoozes": b.snoozes,
            "stretch_ids": list(b.stretch_ids),
            "utc_offset_minutes": b.utc_offset // 60,
            "local_date": local_datetime(b.anchor, b.utc_offset).date().isoformat(),
        }
        for b in store.all_breaks()
    ]
    goals: list[dict[str, object]] = [
        {"metric": g.metric.value, "target": g.target, "effective_date": g.effective.isoformat()}
        for g in store.goals()
    ]
    checkins: list[dict[str, object]] = [
        {
            "local_date": c.day.isoformat(),
            "at": _iso(c.at, c.utc_offset),
            "score": c.score,
            "note": c.note,
        }
        for c in store.checkins()
    ]
    # Emergency exits and the days the screen-time cap was reached (core/marks.py).
    marks: list[dict[str, object]] = [
        {"kind": m.kind.value, "at": _iso(m.at, m.utc_offset), "local_date": m.day.isoformat()}
        for m in store.marks(dt.date.min, dt.date.max)
    ]
    return {
        "intervals": intervals,
        "breaks": breaks,
        "goals": goals,
        "checkins": checkins,
        "day_marks": marks,
    }


def write_export(store: HistoryStore, fmt: str, out: TextIO) -> int:
    """Write the whole history to ``out``; returns the number of records written."""
    records = history_records(store)
    count = sum(len(v) for v in records.values())
    if fmt == "json":
        json.dump({"format": "standup-buddy-history", "version": 1, **records}, out, indent=2)
        out.write("\n")
        return count
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in records["intervals"]:
        writer.writerow({"record": "interval", **row})
    for row in records["breaks"]:
        ids = row["stretch_ids"]
        assert isinstance(ids, list)
        # A micro-pause is its own record type, so a sheet summing "break"
        # rows keeps counting movement breaks only.
        record = "micro_pause" if row["break_kind"] == "micro" else "break"
        writer.writerow(
            {"record": record, **row, "kind": row["outcome"], "stretch_ids": " ".join(ids)}
        )
    for row in records["goals"]:
        writer.writerow(
            {
                "record": "goal",
                "kind": row["metric"],
                "target": row["target"],
                "local_date": row["effective_date"],
            }
        )
    for row in records["checkins"]:
        writer.writerow(
            {
                "record": "checkin",
                "start": row["at"],
                "local_date": row["local_date"],
                "score": row["score"],
                "note": row["note"],
            }
        )
    for row in records["day_marks"]:
        writer.writerow(
            {
                "record": "mark",
                "kind": row["kind"],
                "start": row["at"],
                "local_date": row["local_date"],
            }
        )
    return count
