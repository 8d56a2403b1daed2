"""The running app's link to the sync folder: what the controller tells it, what it reads.

The controller calls the ``journal_*`` methods as it stores history (one short
append to the local journal each) and :meth:`beat` with each heartbeat; the
folder worker does the rest on its own thread.  Reading (:meth:`peers`,
:meth:`new_peer_breaks`, :meth:`others`) only looks at the latest snapshot the
worker made, so nothing here waits on the folder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from standup_buddy.core.continuity import PeerBeat
from standup_buddy.core.journal import (
    Record,
    RecordType,
    break_data,
    goal_data,
    interval_data,
    merged_history,
)
from standup_buddy.core.model import BreakRecord, GoalSetting, Interval
from standup_buddy.storage.sync_config import SyncConfig
from standup_buddy.storage.sync_folder import (
    LOCAL_JOURNAL,
    FolderSnapshot,
    LocalJournal,
    SyncWorker,
)
from standup_buddy.storage.sync_view import OtherDevices

log = logging.getLogger(__name__)


class SyncLink:
    """This device's journal and heartbeat, and the other devices' latest state."""

    def __init__(
        self,
        config: SyncConfig,
        data_dir: Path,
        *,
        on_update: Callable[[FolderSnapshot], None] | None = None,
        start_thread: bool = True,
    ) -> None:
        assert config.folder is not None
        self.config = config
        self.device = config.device_id
        self.journal = LocalJournal(data_dir / LOCAL_JOURNAL, self.device)
        self.worker = SyncWorker(self.journal, config.folder, self.device, on_update=on_update)
        self._seen_breaks: set[tuple[str, int]] = set()
        # The newest goal record this computer has written or followed, and
        # the folder reading last looked through for a newer one.
        own_goals = [r for r in self.journal.records() if r.type is RecordType.GOAL]
        self._goal_latest = max((_order(r) for r in own_goals), default=_NEVER)
        self._goal_snapshot: FolderSnapshot | None = None
        self._failed = False
        self._name_record(config.device_name)
        if start_thread:
            self.worker.start()

    def close(self) -> None:
        """Let the worker copy what is left (bounded) and stop."""
        self.worker.kick()
        self.worker.stop()

    # --- writing -------------------------------------------------------------------

    def _append(
        self, rtype: RecordType, at: float, utc_offset: int, data: dict[str, object]
    ) -> None:
        try:
            self.journal.append(rtype, at, utc_offset, data)
        except OSError as exc:
            # The local journal sits next to the database; if it cannot be
            # written the database write has already been reported.
            if not self._failed:
                log.warning("sync journal not written: %s", exc)
            self._failed = True
            return
        self._failed = False
        self.worker.kick()

    def _name_record(self, name: str) -> None:
        names = merged_history(self.journal.records()).devices
        if not names or names[0].name != name:
            self._append(RecordType.DEVICE, 0.0, 0, {"name": name})

    def journal_interval(self, interval: Interval, at: float) -> None:
        self._append(RecordType.INTERVAL, at, interval.utc_offset, interval_data(interval))

    def journal_break(self, record: BreakRecord, at: float) -> None:
        self._append(RecordType.BREAK, at, record.utc_offset, break_data(record))

    def journal_goal(self, goal: GoalSetting, at: float, utc_offset: int) -> None:
        self._append(RecordType.GOAL, at, utc_offset, goal_data(goal))
        self._goal_latest = max(self._goal_latest, (at, self.device, 1 << 62))

    def journal_checkin(self, day: str, score: int, note: str, at: float, utc_offset: int) -> None:
        self._append(RecordType.CHECKIN, at, utc_offset, {"day": day, "score": score, "note": note})

    def journal_checkin_deleted(self, day: str, at: float, utc_offset: int) -> None:
        self._append(RecordType.CHECKIN, at, utc_offset, {"day": day, "deleted": True})

    def checkin_records(self) -> list[Record]:
        """Every check-in record: this computer's journal and the others' latest files."""
        own = [r for r in self.journal.records() if r.type is RecordType.CHECKIN]
        foreign = [
            r
            for r in self.snapshot.records
            if r.type is RecordType.CHECKIN and r.device != self.device
        ]
        return own + foreign

    def journal_rotation(self, state: dict[str, object], at: float, utc_offset: int) -> None:
        self._append(RecordType.ROTATION, at, utc_offset, {"state": state})

    def forget(self, device: str, at: float, utc_offset: int) -> None:
        """Leave ``device`` out of the merged history everywhere and remove its files."""
        upto = max((r.seq for r in self.worker.snapshot.records if r.device == device), default=-1)
        self._append(RecordType.FORGET, at, utc_offset, {"device": device, "upto_seq": upto})
        self.worker.forget(device)

    def beat(self, payload: dict[str, object]) -> None:
        """Hand the latest heartbeat to the worker (it replaces the file soon)."""
        self.worker.kick({**payload, "name": self.config.device_name})

    # --- reading -------------------------------------------------------------------

    @property
    def snapshot(self) -> FolderSnapshot:
        return self.worker.snapshot

    def peers(self) -> list[PeerBeat]:
        return self.snapshot.peers(self.device)

    def new_peer_breaks(self) -> list[BreakRecord]:
        """Breaks other devices recorded that this link has not handed out before."""
        out: list[BreakRecord] = []
        fresh = [
            r
            for r in self.snapshot.records
            if r.type is RecordType.BREAK
            and r.device != self.device
            and r.key not in self._seen_breaks
        ]
        for r in fresh:
            self._seen_breaks.add(r.key)
        out.extend(merged_history(fresh).breaks)
        return out

    def newer_goal(self) -> GoalSetting | None:
        """A goal another computer set after the newest one here, once; else None.

        Last writer wins by UTC instant, then device id (``core/journal.py``),
        so every computer settles on the same goal.
        """
        snapshot = self.snapshot
        if snapshot is self._goal_snapshot:
            return None  # nothing new arrived since the last look
        self._goal_snapshot = snapshot
        fresh = [
            r
            for r in snapshot.records
            if r.type is RecordType.GOAL
            and r.device != self.device
            and _order(r) > self._goal_latest
        ]
        goals = [(r, merged_history([r]).goals) for r in fresh]
        usable = [(r, g[0]) for r, g in goals if g]
        if not usable:
            return None
        record, goal = max(usable, key=lambda pair: _order(pair[0]))
        self._goal_latest = _order(record)
        return goal

    def others(self, natural_break_seconds: float) -> OtherDevices:
        """The merged view for statistics, as of the latest snapshot."""
        return OtherDevices(
            self.device, self.journal.records(), self.snapshot, natural_break_seconds
        )


class RotationFollower:
    """The stretch rotation follows the user: the newest saved rotation anywhere wins.

    Every save here is journaled; a newer one from another computer (last
    writer wins, by UTC instant, then device id) is handed out once to be
    used and saved here.
    """

    def __init__(self, link: SyncLink) -> None:
        self._link = link
        own = [r for r in link.journal.records() if r.type is RecordType.ROTATION]
        self._latest = max((_order(r) for r in own), default=(float("-inf"), "", -1))

    def saved(self, data: dict[str, object], at: float, utc_offset: int) -> None:
        """This computer saved its rotation (after a break, or an edit)."""
        self._link.journal_rotation(data, at, utc_offset)
        self._latest = max(self._latest, (at, self._link.device, 1 << 62))

    def newer(self) -> dict[str, object] | None:
        """A rotation saved later on another computer, once; None when there is none."""
        best = None
        for r in self._link.snapshot.records:
            if r.type is not RecordType.ROTATION or r.device == self._link.device:
                continue
            usable = isinstance(r.data.get("state"), dict) and _order(r) > self._latest
            if usable and (best is None or _order(r) > _order(best)):
                best = r
        if best is None:
            return None
        self._latest = _order(best)
        state = best.data["state"]
        assert isinstance(state, dict)
        return state


def _order(r: Record) -> tuple[float, str, int]:
    return (r.at, r.device, r.seq)


_NEVER = (float("-inf"), "", -1)
