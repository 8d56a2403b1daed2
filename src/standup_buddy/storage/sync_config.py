"""This computer's sync choice (``sync.json`` in the config folder): folder, device id, name.

Apart from the sync folder's reading and writing (``sync_folder.py``) so that
the app can learn at start-up that sync is off without loading the worker,
the journal files and the folder scanning.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
from dataclasses import dataclass
from pathlib import Path

from standup_buddy.atomic_file import atomic_write

# The logger these lines always had: a log reader finds them where they were.
log = logging.getLogger("standup_buddy.storage.sync_folder")

CONFIG_NAME = "sync.json"


def new_device_id() -> str:
    """A random id for this computer's copy of the app (no name, no address in it)."""
    # os.urandom, not secrets: secrets imports hmac and so OpenSSL (3 MB resident).
    return os.urandom(8).hex()


@dataclass(frozen=True, slots=True)
class SyncConfig:
    """This computer's sync choice: the folder (None: off), its device id and name."""

    folder: Path | None
    device_id: str
    device_name: str

    def to_json(self) -> dict[str, object]:
        return {
            "folder": None if self.folder is None else str(self.folder),
            "device_id": self.device_id,
            "device_name": self.device_name,
        }


def load_sync_config(config_dir: Path, *, save_new: bool = True) -> SyncConfig:
    """The saved sync choice, or a new device id with sync off (saved unless told not to)."""
    path = config_dir / CONFIG_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        dev = data["device_id"]
        if not isinstance(dev, str) or not re.fullmatch(r"[0-9a-f]{1,64}", dev):
            raise ValueError("bad device id")
        folder = data.get("folder")
        name = data.get("device_name") or _default_name()
        return SyncConfig(
            Path(folder) if isinstance(folder, str) and folder else None, dev, str(name)[:80]
        )
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("sync settings unreadable (%s); starting with sync off", exc)
    config = SyncConfig(None, new_device_id(), _default_name())
    if not save_new:
        return config
    try:
        save_sync_config(config_dir, config)
    except OSError:
        log.warning("could not save the sync settings")
    return config


def save_sync_config(config_dir: Path, config: SyncConfig) -> None:
    """Write the sync choice atomically (local settings: never in the shared folder)."""
    config_dir.mkdir(parents=True, exist_ok=True)
    atomic_write(config_dir / CONFIG_NAME, json.dumps(config.to_json(), indent=2) + "\n")


def _default_name() -> str:
    # The computer's short name is what the user recognises in the device list;
    # it is not a path and can be changed in Settings.
    return socket.gethostname().split(".")[0][:40] or "computer"
