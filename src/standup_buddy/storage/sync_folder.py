"""The sync folder: this device's journal and heartbeat out, the other devices' in.

Layout inside the folder the user chose (a sync engine keeps it in step):

    standup-buddy/journal-<device>.jsonl   append-only records of one device
    standup-buddy/beat-<device>.json       that device's latest heartbeat

Each device writes only its own two files.  Every record first goes to a local
journal next to the database (``sync-journal.jsonl``, on the local disk), and a
worker thread copies what the folder's copy lacks.  So a slow, full or
unplugged folder never blocks tracking: the copy is retried and catches up
when the folder works again, and the database is never touched by it.

Conflict copies made by sync engines (``*.sync-conflict-*``, ``(conflicted
copy)``, ``(... conflicted copy ...)``, OneDrive's ``-<computer>`` suffix) are
read like any journal: records are identified by device and sequence, so what
such a copy holds is merged and nothing counts twice.  A device deletes the
conflict copies of its *own* files once its journal holds every record in them.

Nothing in the folder names a path on the computer, a user or a host beyond
the device name the user gave.  See ``docs/sync.md``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from standup_buddy.atomic_file import atomic_write
from standup_buddy.core.continuity import PeerBeat
from standup_buddy.core.journal import Record, RecordType, merge_records, parse_journal

# Re-exported: the sync choice lives in its own small module (read at every start).
from standup_buddy.storage.sync_config import (  # noqa: F401
    CONFIG_NAME,
    SyncConfig,
    load_sync_config,
    new_device_id,
    save_sync_config,
)

log = logging.getLogger(__name__)

SUBFOLDER = "standup-buddy"
LOCAL_JOURNAL = "sync-journal.jsonl"
# Retry a failed copy after this long, doubling up to the maximum (seconds).
RETRY_FIRST_SECONDS = 5.0
RETRY_MAX_SECONDS = 300.0
# Read the other devices' files at least this often (seconds).
SCAN_SECONDS = 30.0

# A device id, then nothing or what a sync engine adds for a conflict:
# ".sync-conflict-<date>-<id>" (Syncthing), " (conflicted copy <date>)"
# (Nextcloud, Dropbox with a name), "-<computer>" (OneDrive), " 2" (iCloud).
_REST = r"(?P<rest>(?:[ .\-_(~].*)?)"
_JOURNAL_RE = re.compile(r"^journal-(?P<dev>[0-9a-f]{1,64})" + _REST + r"\.jsonl$")
_BEAT_RE = re.compile(r"^beat-(?P<dev>[0-9a-f]{1,64})" + _REST + r"\.json$")


def _names(base: Path) -> list[str]:
    return sorted(p.name for p in base.iterdir())


def is_conflict_copy(name: str) -> bool:
    """True for a file a sync engine made from a conflict rather than our own name."""
    for pattern in (_JOURNAL_RE, _BEAT_RE):
        match = pattern.match(name)
        if match:
            return bool(match.group("rest"))
    return False


# --- reading the folder ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FolderSnapshot:
    """What the folder held at one reading."""

    records: tuple[Record, ...] = ()
    beats: dict[str, dict[str, object]] = field(default_factory=dict)
    damaged_lines: int = 0
    error: str | None = None

    def peers(self, own_device: str) -> list[PeerBeat]:
        """The other devices' heartbeats, for the continuity rules."""
        out = []
        for dev, beat in sorted(self.beats.items()):
            if dev == own_device:
                continue
            peer = peer_beat(dev, beat)
            if peer is not None:
                out.append(peer)
        return out


def peer_beat(device: str, beat: dict[str, object]) -> PeerBeat | None:
    """The continuity view of a heartbeat file's content, or None if it is not one."""
    try:
        at = float(beat["at"])  # type: ignore[arg-type]
        return PeerBeat(
            device=device,
            at=at,
            streak_seconds=float(beat.get("streak_seconds", 0.0)),  # type: ignore[arg-type]
            last_input=float(beat.get("last_input", at)),  # type: ignore[arg-type]
            present=bool(beat.get("present", True)),
            prompt_open=bool(beat.get("prompt_open", False)),
        )
    except (KeyError, TypeError, ValueError):
        return None


def read_folder(folder: Path) -> FolderSnapshot:
    """Every record of every journal (conflict copies included) and the latest heartbeats."""
    base = folder / SUBFOLDER
    try:
        names = sorted(_names(base))
    except FileNotFoundError:
        return FolderSnapshot()
    except OSError as exc:
        return FolderSnapshot(error=str(exc))
    sources: list[tuple[Record, ...]] = []
    damaged = 0
    beats: dict[str, tuple[float, dict[str, object]]] = {}
    for name in names:
        if _JOURNAL_RE.match(name):
            try:
                text = (base / name).read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue  # being replaced by the sync engine: read it next time
            parsed = parse_journal(text)
            sources.append(parsed.records)
            damaged += parsed.damaged
        elif (match := _BEAT_RE.match(name)) is not None:
            try:
                beat = json.loads((base / name).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if not isinstance(beat, dict) or not isinstance(beat.get("at"), int | float):
                continue
            dev = match.group("dev")
            # A conflict copy of a heartbeat is just an older or newer beat.
            if dev not in beats or beats[dev][0] < float(beat["at"]):
                beats[dev] = (float(beat["at"]), beat)
    return FolderSnapshot(
        records=merge_records(*sources),
        beats={d: b for d, (_, b) in beats.items()},
        damaged_lines=damaged,
    )


# --- this device's journal ---------------------------------------------------------


class LocalJournal:
    """The local, authoritative copy of this device's records (next to the database)."""

    def __init__(self, path: Path, device: str) -> None:
        self._path = path
        self._device = device
        self._lock = threading.Lock()
        self._next_seq = self._scan_next_seq()

    @property
    def path(self) -> Path:
        return self._path

    def _scan_next_seq(self) -> int:
        try:
            parsed = parse_journal(self._path.read_text(encoding="utf-8", errors="replace"))
        except FileNotFoundError:
            return 0
        own = [r.seq for r in parsed.records if r.device == self._device]
        if parsed.partial_tail:
            # A crash mid-line: cut the half line so the next record starts clean.
            with self._path.open("rb+") as fh:
                fh.truncate(parsed.complete_bytes)
        return max(own, default=-1) + 1

    def append(
        self, rtype: RecordType, at: float, utc_offset: int, data: dict[str, object]
    ) -> Record:
        """Add a record with the next sequence number (one short local write)."""
        with self._lock:
            record = Record(self._device, self._next_seq, rtype, at, utc_offset, data)
            self._path.parent.mkdir(parents=True, exist_ok=True)
            with self._path.open("a", encoding="utf-8") as fh:
                fh.write(record.to_line())
            self._next_seq += 1
            return record

    def records(self) -> tuple[Record, ...]:
        """Every record written so far."""
        with self._lock:
            try:
                text = self._path.read_text(encoding="utf-8", errors="replace")
            except FileNotFoundError:
                return ()
        return tuple(r for r in parse_journal(text).records if r.device == self._device)


def copy_to_folder(journal: LocalJournal, folder: Path, device: str) -> int:
    """Append to the folder's copy the records it lacks; returns how many. Raises OSError.

    Idempotent: the folder copy's own last complete record says where to go on,
    so a copy interrupted half-way (or a half line left by a full disk) is
    finished, never doubled.  Conflict copies of this device's journal are
    removed once every record in them is in the journal.
    """
    base = folder / SUBFOLDER
    base.mkdir(parents=True, exist_ok=True)
    target = base / f"journal-{device}.jsonl"
    try:
        existing = target.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        existing = ""
    parsed = parse_journal(existing)
    have = {r.seq for r in parsed.records if r.device == device}
    ours = journal.records()
    missing = [r for r in ours if r.seq not in have]
    if parsed.partial_tail or missing:
        with target.open("rb+" if target.exists() else "wb") as fh:
            fh.truncate(parsed.complete_bytes)
            fh.seek(parsed.complete_bytes)
            fh.write("".join(r.to_line() for r in missing).encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
    known = {r.seq for r in ours}
    for name in _names(base):
        match = _JOURNAL_RE.match(name)
        if match is None or match.group("dev") != device or not match.group("rest"):
            continue
        try:
            copy = parse_journal((base / name).read_text(encoding="utf-8", errors="replace"))
        except OSError:
            continue
        if all(r.seq in known for r in copy.records if r.device == device):
            (base / name).unlink(missing_ok=True)
    for name in _names(base):
        match = _BEAT_RE.match(name)
        if match is not None and match.group("dev") == device and match.group("rest"):
            (base / name).unlink(missing_ok=True)
    return len(missing)


def write_beat(folder: Path, device: str, beat: dict[str, object]) -> None:
    """Replace this device's heartbeat file (small, atomic). Raises OSError."""
    base = folder / SUBFOLDER
    base.mkdir(parents=True, exist_ok=True)
    atomic_write(base / f"beat-{device}.json", json.dumps(beat, sort_keys=True) + "\n")


def forget_device_files(folder: Path, device: str) -> None:
    """Delete another device's files from the folder (the sync engine spreads it)."""
    base = folder / SUBFOLDER
    for name in _names(base):
        for pattern in (_JOURNAL_RE, _BEAT_RE):
            match = pattern.match(name)
            if match is not None and match.group("dev") == device:
                (base / name).unlink(missing_ok=True)


# --- the worker ----------------------------------------------------------------------


class SyncWorker:
    """Copies this device's records and heartbeat to the folder and reads the others.

    All folder I/O runs on one daemon thread.  The caller only appends to the
    local journal and hands over the heartbeat; it reads the latest snapshot
    without waiting.  ``on_update`` is called on the worker thread after every
    reading (the Qt adapter turns it into a queued signal).
    """

    def __init__(
        self,
        journal: LocalJournal,
        folder: Path,
        device: str,
        *,
        on_update: Callable[[FolderSnapshot], None] | None = None,
        wait: Callable[[threading.Event, float], bool] | None = None,
    ) -> None:
        self._journal = journal
        self._folder = folder
        self._device = device
        self._on_update = on_update
        self._wake = threading.Event()
        self._stop = False
        self._beat: dict[str, object] | None = None
        self._forget: list[str] = []
        self._lock = threading.Lock()
        self._snapshot = FolderSnapshot()
        self._pending = True
        self._error: str | None = None
        self._last_ok: float | None = None
        self._wait = wait or (lambda event, seconds: event.wait(seconds))
        self._thread = threading.Thread(target=self._run, name="sync-folder", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Ask the thread to finish what it is doing and end (bounded: a hung disk is left)."""
        self._stop = True
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    @property
    def snapshot(self) -> FolderSnapshot:
        with self._lock:
            return self._snapshot

    @property
    def error(self) -> str | None:
        """The last copy error, None once a copy succeeded."""
        return self._error

    @property
    def last_ok(self) -> float | None:
        """The wall instant (from the heartbeat) of the last successful copy."""
        return self._last_ok

    def kick(self, beat: dict[str, object] | None = None) -> None:
        """New records or a new heartbeat: copy soon (never blocks)."""
        with self._lock:
            if beat is not None:
                self._beat = beat
            self._pending = True
        self._wake.set()

    def forget(self, device: str) -> None:
        with self._lock:
            self._forget.append(device)
        self._wake.set()

    def run_once(self) -> bool:
        """One pass (the thread's body; tests call it directly). True on success."""
        with self._lock:
            beat, self._beat = self._beat, None
            forget, self._forget = self._forget, []
            self._pending = False
        try:
            copy_to_folder(self._journal, self._folder, self._device)
            if beat is not None:
                write_beat(self._folder, self._device, beat)
            for dev in forget:
                forget_device_files(self._folder, dev)
            self._error = None
            if beat is not None and isinstance(beat.get("at"), float | int):
                self._last_ok = float(beat["at"])  # type: ignore[arg-type]
            ok = True
        except OSError as exc:
            self._error = exc.strerror or str(exc)
            log.warning("sync folder not written: %s", exc)
            with self._lock:
                if beat is not None and self._beat is None:
                    self._beat = beat
                self._forget = forget + self._forget
                self._pending = True
            ok = False
        snapshot = read_folder(self._folder)
        with self._lock:
            self._snapshot = snapshot
        if self._on_update is not None:
            self._on_update(snapshot)
        return ok

    def _run(self) -> None:
        delay = RETRY_FIRST_SECONDS
        while not self._stop:
            # Cleared before the pass: a kick during it makes the wait return at once.
            self._wake.clear()
            ok = self.run_once()
            delay = RETRY_FIRST_SECONDS if ok else min(RETRY_MAX_SECONDS, delay * 2)
            with self._lock:
                pending = self._pending
            if not self._stop:
                self._wait(self._wake, delay if (pending and not ok) else SCAN_SECONDS)


def other_devices(records: Iterable[Record], own: str) -> list[Record]:
    """The records written by every device but this one."""
    return [r for r in records if r.device != own]
