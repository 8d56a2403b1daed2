"""Two devices on one fake clock, each with its own home and its own copy of the
sync folder, and a simulated sync engine between the copies.

The simulated engine behaves like the real ones at their worst: it delivers a
file only after a delay, first half-copied, and now and then leaves a
conflict copy of an older version beside the new one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from standup_buddy.app import Controller, Probes
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.idle.base import FakeIdleSource
from standup_buddy.platform.paths import Paths
from standup_buddy.session import BreakSession
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore
from standup_buddy.storage.sync_folder import SUBFOLDER, SyncConfig
from standup_buddy.sync_link import SyncLink

# A Tuesday at 09:00 UTC, 10:00 local: inside the default working hours.
START = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC).timestamp()


@dataclass
class SharedClock:
    t: float = START
    offset: int = 3600

    def mono(self) -> float:
        return self.t

    def wall(self) -> float:
        return self.t

    def utc_offset(self) -> int:
        return self.offset

    def app_seconds(self, real_seconds: float) -> float:
        return real_seconds

    def real_seconds(self, app_seconds: float) -> float:
        return app_seconds


class Device:
    """One computer: its home, its database, its folder copy, its controller."""

    def __init__(
        self, root: Path, name: str, dev_id: str, clock: SharedClock, settings: Settings
    ) -> None:
        home = root / f"home-{name}"
        home.mkdir()
        self.folder = root / f"folder-{name}"
        self.folder.mkdir()
        self.paths = Paths(config_dir=home, data_dir=home)
        self.idle = FakeIdleSource(0.0)
        self.store = HistoryStore(open_database(self.paths.history_db))
        self.link = SyncLink(SyncConfig(self.folder, dev_id, name), home, start_thread=False)
        self.sessions: list[BreakSession] = []
        self.controller = Controller(
            paths=self.paths,
            settings=settings,
            unknown_settings={},
            clock=clock,
            probes=Probes(idle=self.idle),
            store=self.store,
            messages=MessageCenter(),
            sync=self.link,
        )
        self.controller.break_due.connect(self.sessions.append)
        self.controller.start()
        self.input_at = clock.t

    def close(self) -> None:
        self.controller.shutdown()
        self.store.close()


@dataclass
class _InFlight:
    due: float
    target: Path
    text: str


@dataclass
class SimulatedSync:
    """Copies each device's own files to the other copies, late and messily."""

    devices: list[Device]
    delay: float = 20.0
    conflict_every: int = 3
    _flight: list[_InFlight] = field(default_factory=list)
    _sent: dict[Path, str] = field(default_factory=dict)
    _count: int = 0

    def step(self, now: float) -> None:
        for src in self.devices:
            base = src.folder / SUBFOLDER
            if not base.is_dir():
                continue
            for path in sorted(base.iterdir()):
                if path.name.startswith(".") or src.link.device not in path.name:
                    continue  # only a device's own files travel from it
                text = path.read_text(encoding="utf-8")
                for dst in self.devices:
                    if dst is src:
                        continue
                    target = dst.folder / SUBFOLDER / path.name
                    if self._sent.get(target) == text:
                        continue
                    self._sent[target] = text
                    self._flight.append(_InFlight(now + self.delay, target, text))
        for item in [f for f in self._flight if f.due <= now]:
            self._flight.remove(item)
            item.target.parent.mkdir(parents=True, exist_ok=True)
            self._count += 1
            old = item.target.read_text(encoding="utf-8") if item.target.exists() else ""
            if old and self._count % self.conflict_every == 0:
                stem, suffix = item.target.name.rsplit(".", 1)
                conflict = f"{stem}.sync-conflict-20261124-100000-SIMSYNC.{suffix}"
                (item.target.parent / conflict).write_text(old, encoding="utf-8")
            # Half the file first (a copy in progress), then all of it.
            item.target.write_text(item.text[: len(item.text) // 2], encoding="utf-8")
            for d in self.devices:
                d.link.worker.run_once()
            item.target.write_text(item.text, encoding="utf-8")


class World:
    """Both devices, the user moving between them, time in small steps."""

    def __init__(self, root: Path, settings: Settings | None = None, delay: float = 20.0) -> None:
        self.clock = SharedClock()
        settings = settings or Settings()
        self.desk = Device(root, "desk", "aa01", self.clock, settings)
        self.laptop = Device(root, "laptop", "bb02", self.clock, settings)
        self.sync = SimulatedSync([self.desk, self.laptop], delay=delay)
        self.at: Device | None = self.desk

    @property
    def devices(self) -> list[Device]:
        return [self.desk, self.laptop]

    def run(self, minutes: float, step: float = 15.0) -> None:
        """Let time pass; the user types at ``self.at`` (nowhere when None)."""
        end = self.clock.t + minutes * 60
        while self.clock.t < end - 1e-9:
            self.clock.t = min(end, self.clock.t + step)
            for d in self.devices:
                if d is self.at:
                    d.input_at = self.clock.t
                d.idle.set(self.clock.t - d.input_at)
                d.controller.wake()
                d.link.worker.run_once()
            self.sync.step(self.clock.t)
            for d in self.devices:
                d.link.worker.run_once()
                d.controller.wake()

    def close(self) -> None:
        for d in self.devices:
            d.close()
