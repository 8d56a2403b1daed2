"""Where Standup Buddy keeps its files (SPEC section 3).

This is the only module that asks platformdirs; everything else takes a
``Paths`` value, so tests and portable installs can point the whole app at
one folder with ``STANDUP_BUDDY_HOME``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "standup-buddy"
HOME_ENV = "STANDUP_BUDDY_HOME"


@dataclass(frozen=True, slots=True)
class Paths:
    """The folders and files the app reads and writes."""

    config_dir: Path
    data_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def stretches_dir(self) -> Path:
        return self.config_dir / "stretches"

    @property
    def rotation_file(self) -> Path:
        return self.config_dir / "rotation.json"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def runtime_name(self) -> str:
        """A name for the per-user local socket, unique per data folder."""
        # zlib, not hashlib: hashlib would load OpenSSL (3 MB resident) for a name.
        import zlib

        digest = f"{zlib.crc32(str(self.data_dir.resolve()).encode()):08x}"
        user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
        return f"standup-buddy-{user}-{digest}"


def resolve_paths(environ: dict[str, str] | None = None) -> Paths:
    """Resolve the config and data folders, honouring ``STANDUP_BUDDY_HOME``."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV, "").strip()
    if home:
        base = Path(home).expanduser()
        return Paths(config_dir=base, data_dir=base)
    import platformdirs

    return Paths(
        config_dir=Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
    )
