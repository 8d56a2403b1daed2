"""The sync journal: one append-only record per line, and the merge of many devices.

Each device writes only its own journal; a sync engine copies the files
between computers.  Such engines deliver files late, half-copied, twice, or as
"conflict copies", so the format and the merge are built to make all of that
harmless:

* a record is one JSON object on one line that ends with ``\\n``; a line
  without its newline is a copy still in progress and is skipped until it is
  complete; a line that is not a valid record is skipped (and counted);
* every record names its device and carries that device's monotonic sequence
  number, so ``(device, seq)`` identifies it wherever it is found: a record
  delivered twice, or present in the journal and in a conflict copy, counts
  once;
* the merge sorts by identity, never by arrival, so any order, duplication or
  truncation of the same records gives the same result, and merging a merge
  changes nothing.

Instants are UTC seconds with the UTC offset in force (as in ``model``).
Nothing here reads a clock or the disk.  See ``docs/sync.md``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from standup_buddy.core.model import (
    ActivityKind,
    BreakRecord,
    GoalMetric,
    GoalSetting,
    Interval,
    Outcome,
)

FORMAT_VERSION = 1


class RecordType(StrEnum):
    """What a journal line says."""

    INTERVAL = "interval"  # a closed activity interval
    BREAK = "break"  # a prompted break and its outcome
    GOAL = "goal"  # the daily goal from a local date on
    CHECKIN = "checkin"  # the day's symptom check-in
    ROTATION = "rotation"  # where the stretch rotation stands (opaque to the merge)
    FORGET = "forget"  # leave another device's records up to a sequence out
    DEVICE = "device"  # the device's display name


@dataclass(frozen=True, slots=True)
class Record:
    """One journal line: who wrote it, its place in that device's sequence, and data."""

    device: str
    seq: int
    type: RecordType
    at: float  # when it was written (UTC seconds)
    utc_offset: int
    data: Mapping[str, object] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, int]:
        """The identity of the record across every copy of every file."""
        return (self.device, self.seq)

    def to_line(self) -> str:
        """The record as one journal line, newline included (keys sorted: stable bytes)."""
        body = {
            "v": FORMAT_VERSION,
            "dev": self.device,
            "seq": self.seq,
            "type": self.type.value,
            "at": self.at,
            "off": self.utc_offset,
            "data": dict(self.data),
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True) + "\n"


@dataclass(frozen=True, slots=True)
class Parsed:
    """The complete records of a text, how many lines were damaged, and the tail.

    ``complete_bytes`` is how much of the text (in UTF-8 bytes) ends in a
    newline: a reader that only appends can resume there.
    """

    records: tuple[Record, ...]
    damaged: int
    partial_tail: bool
    complete_bytes: int


def _valid_device(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 64 and value.isprintable()


def record_from_json(obj: object) -> Record | None:
    """The record an already decoded JSON value holds, or None if it is not one."""
    if not isinstance(obj, dict):
        return None
    dev, seq, kind, at, off = (obj.get(k) for k in ("dev", "seq", "type", "at", "off"))
    data = obj.get("data", {})
    if obj.get("v") != FORMAT_VERSION or not _valid_device(dev):
        return None
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
        return None
    if isinstance(at, bool) or not isinstance(at, int | float):
        return None
    if isinstance(off, bool) or not isinstance(off, int) or abs(off) > 18 * 3600:
        return None
    if not isinstance(data, dict):
        return None
    try:
        rtype = RecordType(str(kind))
    except ValueError:
        return None  # a record type from a newer version: skipped, not an error
    assert isinstance(dev, str)
    return Record(dev, seq, rtype, float(at), off, data)


def parse_journal(text: str) -> Parsed:
    """Every complete, valid record in ``text``; a last line without newline is left out."""
    records: list[Record] = []
    damaged = 0
    lines = text.split("\n")
    tail = lines.pop()  # "" when the text ends in a newline
    for line in lines:
        if not line.strip():
            continue
        try:
            record = record_from_json(json.loads(line))
        except ValueError:
            record = None
        if record is None:
            damaged += 1
        else:
            records.append(record)
    complete = len(text.encode("utf-8")) - len(tail.encode("utf-8"))
    return Parsed(tuple(records), damaged, bool(tail), complete)


def _canonical(record: Record) -> str:
    return record.to_line()


def merge_records(*sources: Iterable[Record]) -> tuple[Record, ...]:
    """One copy of every record, in identity order; any input order gives the same output.

    Two different records with the same identity can only come from a copied
    device folder (two computers using one device id); the one with the
    smaller canonical text is kept, so every computer keeps the same one.
    """
    best: dict[tuple[str, int], Record] = {}
    for source in sources:
        for record in source:
            held = best.get(record.key)
            if held is None or _canonical(record) < _canonical(held):
                best[record.key] = record
    forgotten = _forgotten(best.values())
    kept = [
        r
        for key, r in best.items()
        if not (key[0] in forgotten and key[1] <= forgotten[key[0]])
        or (r.type is RecordType.FORGET)
    ]
    return tuple(sorted(kept, key=lambda r: r.key))


def _forgotten(records: Iterable[Record]) -> dict[str, int]:
    """Device → the sequence up to which its records were forgotten (by another device)."""
    out: dict[str, int] = {}
    for r in records:
        if r.type is not RecordType.FORGET:
            continue
        target, upto = r.data.get("device"), r.data.get("upto_seq")
        if _valid_device(target) and target != r.device and isinstance(upto, int):
            assert isinstance(target, str)
            out[target] = max(out.get(target, -1), upto)
    return out


# --- building records --------------------------------------------------------


def interval_data(interval: Interval) -> dict[str, object]:
    """The data of an interval record."""
    return {"kind": interval.kind.value, "start": interval.start, "end": interval.end}


def break_data(record: BreakRecord) -> dict[str, object]:
    """The data of a break record."""
    return {
        "due": record.due,
        "outcome": record.outcome.value,
        "prompted": record.prompted,
        "started": record.started,
        "ended": record.ended,
        "snoozes": record.snoozes,
        "stretch_ids": list(record.stretch_ids),
    }


def goal_data(goal: GoalSetting) -> dict[str, object]:
    """The data of a goal record."""
    return {
        "metric": goal.metric.value,
        "target": goal.target,
        "effective": goal.effective.isoformat(),
    }


# --- the merged view ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckInEntry:
    """A day's check-in as merged (the last one written wins)."""

    day: dt.date
    at: float
    utc_offset: int
    score: int
    note: str
    device: str


@dataclass(frozen=True, slots=True)
class DeviceSeen:
    """A device that wrote to the journal: its name and its newest record."""

    device: str
    name: str
    last_at: float
    records: int


@dataclass(frozen=True, slots=True)
class MergedHistory:
    """What every device's journals say, as the statistics want it."""

    intervals: tuple[Interval, ...]
    breaks: tuple[BreakRecord, ...]
    goals: tuple[GoalSetting, ...]
    checkins: tuple[CheckInEntry, ...]
    rotation: Mapping[str, object] | None
    devices: tuple[DeviceSeen, ...]


def _num(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _interval(r: Record) -> Interval | None:
    start, end = _num(r.data.get("start")), _num(r.data.get("end"))
    try:
        kind = ActivityKind(str(r.data.get("kind")))
    except ValueError:
        return None
    if start is None or end is None or end <= start:
        return None
    return Interval(kind, start, end, r.utc_offset)


def _break(r: Record) -> BreakRecord | None:
    due = _num(r.data.get("due"))
    try:
        outcome = Outcome(str(r.data.get("outcome")))
    except ValueError:
        return None
    snoozes = r.data.get("snoozes", 0)
    ids = r.data.get("stretch_ids", [])
    if due is None or isinstance(snoozes, bool) or not isinstance(snoozes, int):
        return None
    if not isinstance(ids, list):
        return None
    return BreakRecord(
        due=due,
        outcome=outcome,
        utc_offset=r.utc_offset,
        prompted=_num(r.data.get("prompted")),
        started=_num(r.data.get("started")),
        ended=_num(r.data.get("ended")),
        snoozes=snoozes,
        stretch_ids=tuple(str(i) for i in ids),
    )


def _writer_order(r: Record) -> tuple[float, str, int]:
    """Last writer wins: the later ``at``; on a tie the larger device id, then sequence."""
    return (r.at, r.device, r.seq)


def merged_history(
    records: Sequence[Record], *, devices: Iterable[str] | None = None
) -> MergedHistory:
    """The merged view of ``records`` (already merged), optionally of some devices only.

    Goals, check-ins and the rotation follow the user: for each key (a goal's
    effective date, a check-in's local date, the one rotation) the record
    written last wins, by its UTC instant, then by device id, so every
    computer picks the same winner.  ``devices`` filters intervals and breaks
    only; the goal in force is the user's, whichever computer set it.
    """
    wanted = None if devices is None else set(devices)
    intervals: list[Interval] = []
    breaks: list[BreakRecord] = []
    goals: dict[dt.date, tuple[tuple[float, str, int], GoalSetting]] = {}
    checkins: dict[dt.date, tuple[tuple[float, str, int], CheckInEntry | None]] = {}
    rotation: tuple[tuple[float, str, int], Mapping[str, object]] | None = None
    names: dict[str, tuple[tuple[float, str, int], str]] = {}
    last: dict[str, float] = {}
    counts: dict[str, int] = {}
    for r in records:
        last[r.device] = max(last.get(r.device, r.at), r.at)
        counts[r.device] = counts.get(r.device, 0) + 1
        order = _writer_order(r)
        mine = wanted is None or r.device in wanted
        if r.type is RecordType.INTERVAL and mine:
            interval = _interval(r)
            if interval is not None:
                intervals.append(interval)
        elif r.type is RecordType.BREAK and mine:
            record = _break(r)
            if record is not None:
                breaks.append(record)
        elif r.type is RecordType.GOAL:
            goal = _goal(r)
            if goal is not None and (
                goal.effective not in goals or goals[goal.effective][0] < order
            ):
                goals[goal.effective] = (order, goal)
        elif r.type is RecordType.CHECKIN:
            keyed = checkin_of(r)
            if keyed is not None and (keyed[0] not in checkins or checkins[keyed[0]][0] < order):
                checkins[keyed[0]] = (order, keyed[1])
        elif r.type is RecordType.ROTATION:
            state = r.data.get("state")
            if isinstance(state, dict) and (rotation is None or rotation[0] < order):
                rotation = (order, state)
        elif r.type is RecordType.DEVICE:
            name = r.data.get("name")
            if isinstance(name, str) and (r.device not in names or names[r.device][0] < order):
                names[r.device] = (order, name[:80])
    intervals.sort(key=lambda i: (i.start, i.end, i.kind.value, i.utc_offset))
    breaks.sort(key=lambda b: (b.anchor, b.due, b.outcome.value, b.snoozes))
    seen = tuple(
        DeviceSeen(d, names[d][1] if d in names else d, last[d], counts[d]) for d in sorted(last)
    )
    return MergedHistory(
        intervals=tuple(intervals),
        breaks=tuple(breaks),
        goals=tuple(g for _, (_, g) in sorted(goals.items())),
        checkins=tuple(c for _, (_, c) in sorted(checkins.items()) if c is not None),
        rotation=None if rotation is None else rotation[1],
        devices=seen,
    )


def _goal(r: Record) -> GoalSetting | None:
    target, effective = r.data.get("target"), r.data.get("effective")
    try:
        metric = GoalMetric(str(r.data.get("metric")))
        day = dt.date.fromisoformat(str(effective))
    except ValueError:
        return None
    if isinstance(target, bool) or not isinstance(target, int):
        return None
    return GoalSetting(metric, target, day)


def checkin_of(r: Record) -> tuple[dt.date, CheckInEntry | None] | None:
    """A check-in record's day and entry; the entry is None when it deletes that day's.

    "Delete all check-ins" writes one deleting record per day, so the
    deletion reaches the other computers and wins over older answers there
    (last writer wins, as for any check-in). None for a record that is neither.
    """
    if r.data.get("deleted") is True:
        try:
            return dt.date.fromisoformat(str(r.data.get("day"))), None
        except ValueError:
            return None
    entry = _checkin(r)
    return None if entry is None else (entry.day, entry)


def _checkin(r: Record) -> CheckInEntry | None:
    score, note = r.data.get("score"), r.data.get("note", "")
    try:
        day = dt.date.fromisoformat(str(r.data.get("day")))
    except ValueError:
        return None
    if isinstance(score, bool) or not isinstance(score, int) or not isinstance(note, str):
        return None
    return CheckInEntry(day, r.at, r.utc_offset, score, note, r.device)


# --- one timeline from several computers -------------------------------------

# When two computers describe the same moment differently, the stronger kind
# wins: a prompted break taken anywhere is a break; presence at any computer
# means the user is there (sitting beats standing: never under-count sitting);
# a computer left alone only shows a natural break where no other saw the user.
_STRENGTH: dict[ActivityKind, int] = {
    ActivityKind.BREAK: 4,
    ActivityKind.SITTING: 3,
    ActivityKind.STANDING: 2,
    ActivityKind.PAUSED: 1,
    ActivityKind.NATURAL_BREAK: 0,
}


def overlay(intervals: Iterable[Interval], natural_break_seconds: float) -> list[Interval]:
    """One non-overlapping timeline from intervals that several computers wrote.

    Each moment takes the strongest kind any computer recorded for it.  A
    natural break that another computer's presence cut down below
    ``natural_break_seconds`` was the user walking from one computer to the
    other: it counts as sitting, as the streak continues across a switch.
    Such a remnant with presence on one side only is left out: one computer's
    news is just newer than the other's.  The result is sorted and
    deterministic for any input order.
    """
    items = sorted(intervals, key=lambda i: (i.start, i.end, i.kind.value, i.utc_offset))
    cuts = sorted({t for i in items for t in (i.start, i.end)})
    pieces: list[Interval] = []
    active: list[Interval] = []
    nxt = 0
    for a, b in itertools.pairwise(cuts):
        while nxt < len(items) and items[nxt].start <= a:
            active.append(items[nxt])
            nxt += 1
        active = [i for i in active if i.end > a]
        if not active:
            continue
        top = max(active, key=lambda i: (_STRENGTH[i.kind], i.utc_offset, i.start))
        prev = pieces[-1] if pieces else None
        if prev and prev.end == a and prev.kind is top.kind and prev.utc_offset == top.utc_offset:
            pieces[-1] = Interval(top.kind, prev.start, b, prev.utc_offset)
        else:
            pieces.append(Interval(top.kind, a, b, top.utc_offset))
    present = (ActivityKind.SITTING, ActivityKind.STANDING)
    out: list[Interval] = []
    for n, original in enumerate(pieces):
        piece: Interval | None = original
        if original.kind is ActivityKind.NATURAL_BREAK and original.seconds < natural_break_seconds:
            before = (
                n > 0 and pieces[n - 1].end == original.start and (pieces[n - 1].kind in present)
            )
            after = (
                n + 1 < len(pieces)
                and pieces[n + 1].start == original.end
                and (pieces[n + 1].kind in present)
            )
            if before and after:
                piece = Interval(
                    ActivityKind.SITTING, original.start, original.end, original.utc_offset
                )
            elif before or after:
                # Shorter than a natural break and beside presence: one computer's
                # news is newer than the other's.  Not a break; not known yet either.
                piece = None
        if piece is None:
            continue
        last = out[-1] if out else None
        if (
            last is not None
            and last.end == piece.start
            and last.kind is piece.kind
            and last.utc_offset == piece.utc_offset
        ):
            out[-1] = Interval(piece.kind, last.start, piece.end, piece.utc_offset)
        else:
            out.append(piece)
    return out
