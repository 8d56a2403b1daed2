"""The merged view of all devices that ``stats`` and Progress read.

This device's history comes from its own database (the source of truth
here); every other device's comes from its journal in the sync folder, plus
the interval it is running now (from its heartbeat).  The overlay in
``core/journal.py`` turns the lot into one timeline, so a moment sat at two
computers counts once and the walk between them is no natural break.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from standup_buddy.core.journal import Record, merge_records, merged_history, overlay
from standup_buddy.core.model import ActivityKind, BreakRecord, GoalSetting, Interval
from standup_buddy.core.stats import split_at_local_midnight
from standup_buddy.storage.sync_folder import FolderSnapshot


@dataclass(frozen=True, slots=True)
class DeviceFilter:
    """Which devices' intervals and breaks to count (None: all)."""

    devices: frozenset[str] | None = None

    def wants(self, device: str) -> bool:
        return self.devices is None or device in self.devices


@dataclass(frozen=True)
class OtherDevices:
    """Everything the folder says, ready to be combined with this device's rows."""

    own_device: str
    own_records: tuple[Record, ...]
    snapshot: FolderSnapshot
    natural_break_seconds: float
    only: DeviceFilter = DeviceFilter()

    @property
    def include_own(self) -> bool:
        return self.only.wants(self.own_device)

    def _foreign(self) -> list[Record]:
        return [r for r in self.snapshot.records if r.device != self.own_device]

    def running(self) -> list[Interval]:
        """The interval each other device is in now, as far as its heartbeat says."""
        out = []
        for dev, beat in sorted(self.snapshot.beats.items()):
            if dev == self.own_device or not self.only.wants(dev):
                continue
            try:
                kind = ActivityKind(str(beat.get("kind")))
                start = float(beat["open_start"])  # type: ignore[arg-type]
                end = float(beat["at"])  # type: ignore[arg-type]
                offset = int(beat.get("off", 0))  # type: ignore[call-overload]
            except (KeyError, TypeError, ValueError):
                continue
            if end > start:
                out.append(Interval(kind, start, end, offset))
        return out

    def combine(
        self,
        intervals: Sequence[Interval],
        breaks: Sequence[BreakRecord],
        goals: Sequence[GoalSetting],
        lo: float,
        hi: float,
    ) -> tuple[list[Interval], list[BreakRecord], list[GoalSetting]]:
        """This device's rows for [lo, hi) joined with the other devices' records."""
        foreign = [r for r in self._foreign() if self.only.wants(r.device)]
        history = merged_history(merge_records(foreign))
        line: list[Interval] = list(intervals) if self.include_own else []
        line += [i for i in history.intervals if i.end > lo and i.start < hi]
        closed = {(i.kind, i.start) for i in history.intervals}
        line += [
            i
            for i in self.running()
            if i.end > lo and i.start < hi and (i.kind, i.start) not in closed
        ]
        timeline = [
            part
            for i in overlay(line, self.natural_break_seconds)
            for part in split_at_local_midnight(i)
        ]
        all_breaks = list(breaks) if self.include_own else []
        all_breaks += [b for b in history.breaks if lo <= b.anchor < hi]
        all_breaks.sort(key=lambda b: (b.anchor, b.due))
        return timeline, all_breaks, self.goals(goals)

    def breaks_between(
        self, local: Sequence[BreakRecord], lo: float, hi: float
    ) -> list[BreakRecord]:
        """This device's breaks (``local``, already for [lo, hi)) with the other devices'."""
        foreign = [r for r in self._foreign() if self.only.wants(r.device)]
        history = merged_history(merge_records(foreign))
        out = list(local) if self.include_own else []
        out += [b for b in history.breaks if lo <= b.anchor < hi]
        out.sort(key=lambda b: (b.anchor, b.due))
        return out

    def goals(self, local: Iterable[GoalSetting]) -> list[GoalSetting]:
        """Goal history: this device's, overridden per date by the last writer anywhere.

        Goals set before sync was switched on have no journal record; any
        journal record for the same date is newer and wins.
        """
        by_date = {g.effective: g for g in local}
        journaled = merged_history(merge_records(self._foreign(), self.own_records)).goals
        for goal in journaled:
            by_date[goal.effective] = goal
        return [by_date[d] for d in sorted(by_date)]


class UnknownDevice(ValueError):
    """A device name or id no device has synced under; the CLI says it in the user's language."""

    def __init__(self, name: str, known: str) -> None:
        super().__init__(f"no device named {name!r}; devices seen: {known}")
        self.name = name
        self.known = known


def resolve_devices(snapshot: FolderSnapshot, own: str, names: Iterable[str]) -> frozenset[str]:
    """Device ids for what the user typed: an id, a name, or ``this``. Raises UnknownDevice."""
    history = merged_history(snapshot.records)
    by_name: dict[str, set[str]] = {}
    for seen in history.devices:
        by_name.setdefault(seen.name.casefold(), set()).add(seen.device)
    ids = {s.device for s in history.devices} | {own}
    out: set[str] = set()
    for name in names:
        if name == "this":
            out.add(own)
        elif name in ids:
            out.add(name)
        elif name.casefold() in by_name:
            out |= by_name[name.casefold()]
        else:
            known = ", ".join(sorted({s.name for s in history.devices} | {"this"}))
            raise UnknownDevice(name, known)
    return frozenset(out)
