"""``standup-buddy sync`` and the merged view ``stats`` reads (no Qt here).

The words go through ``textfmt.WORDS``: the CLI loads the user's language
before it runs a sync command, so they print in it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import replace
from typing import TextIO

from standup_buddy.core.journal import RecordType, merged_history
from standup_buddy.platform.paths import Paths
from standup_buddy.settings import Settings
from standup_buddy.storage.sync_config import load_sync_config, save_sync_config
from standup_buddy.storage.sync_folder import (
    LOCAL_JOURNAL,
    FolderSnapshot,
    LocalJournal,
    read_folder,
)
from standup_buddy.storage.sync_view import (
    DeviceFilter,
    OtherDevices,
    UnknownDevice,
    resolve_devices,
)
from standup_buddy.textfmt import WORDS, plural


class SyncWords:
    """Translation context of the sync command's words (``SyncWords.tr`` is what lupdate reads)."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        if n < 0:
            return WORDS.translate("SyncWords", text)
        return plural(WORDS.translate_counted("SyncWords", text, n), n)


def _devices(snapshot: FolderSnapshot, own: str, names: Sequence[str]) -> frozenset[str]:
    """``resolve_devices``, with an unknown name said in the user's language."""
    try:
        return resolve_devices(snapshot, own, names)
    except UnknownDevice as exc:
        said = SyncWords.tr("no device named {name!r}; devices seen: {known}")
        raise ValueError(said.format(name=exc.name, known=exc.known)) from None


def merged_view(
    paths: Paths, settings: Settings, devices: Sequence[str] | None
) -> OtherDevices | None:
    """What ``stats`` adds for the other devices; None when sync is off and no filter."""
    config = load_sync_config(paths.config_dir, save_new=False)
    threshold = settings.view.activity.natural_break_minutes * 60.0
    if config.folder is None:
        if devices and set(devices) - {"this", config.device_id}:
            raise ValueError(
                SyncWords.tr("sync is off, so only this device ('this') has history here")
            )
        return None
    snapshot = read_folder(config.folder)
    journal = LocalJournal(paths.data_dir / LOCAL_JOURNAL, config.device_id)
    only = DeviceFilter(
        None if not devices else _devices(snapshot, config.device_id, devices)
    )
    return OtherDevices(config.device_id, journal.records(), snapshot, threshold, only)


def run_sync_command(paths: Paths, args: argparse.Namespace, out: TextIO) -> int:
    """show / set / off / forget. Raises ValueError for bad input, OSError for the disk."""
    config = load_sync_config(paths.config_dir)
    action = args.sync_command
    if action == "set":
        folder = args.folder.expanduser().resolve()
        if not folder.is_dir():
            raise ValueError(SyncWords.tr("{folder} is not a folder").format(folder=folder))
        name = (args.name or config.device_name).strip()[:80] or config.device_name
        save_sync_config(paths.config_dir, replace(config, folder=folder, device_name=name))
        said = SyncWords.tr("Syncing through {folder} as {name}. Restart Standup Buddy to use it.")
        print(said.format(folder=folder, name=repr(name)), file=out)
        return 0
    if action == "off":
        save_sync_config(paths.config_dir, replace(config, folder=None))
        print(SyncWords.tr("Sync is off. The folder's files were left as they are."), file=out)
        return 0
    if config.folder is None:
        raise ValueError(
            SyncWords.tr("sync is off; choose a folder with: standup-buddy sync set FOLDER")
        )
    snapshot = read_folder(config.folder)
    if action == "forget":
        ids = _devices(snapshot, config.device_id, [args.device])
        if config.device_id in ids:
            raise ValueError(
                SyncWords.tr("this is the device you are on; 'sync off' stops it syncing")
            )
        journal = LocalJournal(paths.data_dir / LOCAL_JOURNAL, config.device_id)
        from standup_buddy.storage.sync_folder import copy_to_folder, forget_device_files

        now = time.time()
        offset = int((dt.datetime.now().astimezone().utcoffset() or dt.timedelta()).total_seconds())
        for dev in sorted(ids):
            upto = max((r.seq for r in snapshot.records if r.device == dev), default=-1)
            journal.append(RecordType.FORGET, now, offset, {"device": dev, "upto_seq": upto})
            forget_device_files(config.folder, dev)
        copy_to_folder(journal, config.folder, config.device_id)
        print(SyncWords.tr("Forgot %n device(s).", "", len(ids)), file=out)
        return 0
    print(SyncWords.tr("Folder: {folder}").format(folder=config.folder), file=out)
    print(
        SyncWords.tr("This device: {name} ({device})").format(
            name=config.device_name, device=config.device_id
        ),
        file=out,
    )
    for seen in merged_history(snapshot.records).devices:
        beat = snapshot.beats.get(seen.device, {})
        last = max(seen.last_at, float(beat.get("at", 0.0)))  # type: ignore[arg-type]
        when = dt.datetime.fromtimestamp(last).astimezone().strftime("%Y-%m-%d %H:%M")
        mark = " " + SyncWords.tr("(this device)") if seen.device == config.device_id else ""
        last_sync = SyncWords.tr("last sync {when}").format(when=when)
        print(f"  {seen.name:<20} {seen.device}  {last_sync}{mark}", file=out)
    return 0
