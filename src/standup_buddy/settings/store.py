"""Reading and writing ``settings.toml`` without ever losing the user's data.

Rules (SPEC section 4): a file that does not parse, a wrong type or a value out
of bounds never stops the app.  Each problem names the file, the key, the bad
value and what is allowed; only that key falls back to its default; the user's
file is left untouched until they save from the dialog (a file that does not
parse is first copied to ``settings.toml.bak-<timestamp>``).  Unknown keys are
warned about and written back unchanged.  Writes are atomic.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from standup_buddy.atomic_file import atomic_write
from standup_buddy.core.problem import Problem, Reason
from standup_buddy.settings.schema import (
    SCHEMA,
    SCHEMA_BY_KEY,
    InvalidValue,
    Settings,
    SettingValue,
)
from standup_buddy.settings.toml_writer import dumps, format_value

CURRENT_VERSION = 1

# Registered steps that turn a file of version N into version N + 1.  Version 0
# is a file without a ``version`` key: the shape is the same as version 1.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {0: lambda doc: doc}
# Unknown keys named one by one; the rest are summed up in one line, so a
# file with thousands of them cannot flood the log or delay the tray.
MAX_UNKNOWN_NAMED = 20


@dataclass(slots=True)
class LoadedSettings:
    """What ``load_settings`` found: the values to use and what was wrong."""

    settings: Settings
    problems: list[Problem] = field(default_factory=list)
    # Everything in the file that is not a schema key, kept so a save preserves it.
    unknown: dict[str, Any] = field(default_factory=dict)
    # Keys whose file value was rejected: a save from the dialog replaces them.
    rejected: set[str] = field(default_factory=set)
    backup: Path | None = None
    exists: bool = False
    version: int = CURRENT_VERSION


def load_settings(path: Path, now: dt.datetime) -> LoadedSettings:
    """Read ``path``; never raises for anything wrong with the file itself.

    ``now`` names the backup of a file that does not parse (the caller owns the
    clock).
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return LoadedSettings(
            Settings(),
            [
                Problem(
                    str(path),
                    None,
                    Reason(
                        "cannot be read ({error}); using the defaults for every key", error=reason
                    ),
                )
            ],
            exists=True,
        )
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        backup = _backup_unparsable(path, now)
        return LoadedSettings(
            Settings(),
            [Problem(str(path), None, _unparsable(exc, backup))],
            backup=backup,
            exists=True,
        )
    return _interpret(path, document)


def _interpret(path: Path, document: dict[str, Any]) -> LoadedSettings:
    problems: list[Problem] = []
    version_raw = document.pop("version", 0)
    if isinstance(version_raw, bool) or not isinstance(version_raw, int) or version_raw < 0:
        problems.append(
            Problem(
                str(path),
                "version",
                Reason(
                    "{value} is not a whole number; reading the file as version {version}",
                    value=format_value(version_raw),
                    version=CURRENT_VERSION,
                ),
            )
        )
        version_raw = CURRENT_VERSION
    version = version_raw
    if version > CURRENT_VERSION:
        problems.append(
            Problem(
                str(path),
                None,
                Reason(
                    "was written by a newer Standup Buddy (version {version}); reading the keys "
                    "this version knows and keeping the rest",
                    version=version,
                ),
            )
        )
    while version < CURRENT_VERSION:
        document = MIGRATIONS[version](document)
        version += 1

    values: dict[str, SettingValue] = {}
    rejected: set[str] = set()
    unknown: dict[str, Any] = {}
    unknown_count = 0

    def note_unknown(key: str) -> None:
        nonlocal unknown_count
        unknown_count += 1
        if unknown_count <= MAX_UNKNOWN_NAMED:
            problems.append(Problem(str(path), key, Reason("unknown key (kept as it is)")))

    for section, content in document.items():
        if not isinstance(content, dict):
            unknown[section] = content
            note_unknown(section)
            continue
        for name, raw in content.items():
            key = f"{section}.{name}"
            setting = SCHEMA_BY_KEY.get(key)
            if setting is None:
                unknown.setdefault(section, {})[name] = raw
                note_unknown(key)
                continue
            try:
                values[key] = setting.validate(raw)
            except InvalidValue as exc:
                rejected.add(key)
                problems.append(
                    Problem(
                        str(path),
                        key,
                        Reason(
                            "{value} is not allowed ({why}); using the default {default}",
                            value=_show(raw),
                            why=exc.reason,
                            default=format_value(setting.to_toml(setting.default)),
                        ),
                    )
                )
    if unknown_count > MAX_UNKNOWN_NAMED:
        more = unknown_count - MAX_UNKNOWN_NAMED
        problems.append(
            Problem(
                str(path), None, Reason("{count} more unknown keys (kept as they are)", count=more)
            )
        )
    return LoadedSettings(
        Settings(values), problems, unknown, rejected, exists=True, version=version_raw
    )


def save_settings(path: Path, settings: Settings, unknown: Mapping[str, Any] | None = None) -> None:
    """Write every key (with its description as a comment) atomically.

    Keys the app does not know are written back where they were.  Raises
    ``OSError`` (disk full, permissions) with the old file intact.
    """
    document: dict[str, Any] = {"version": CURRENT_VERSION}
    for setting in SCHEMA:
        document.setdefault(setting.section, {})[setting.name] = setting.to_toml(
            settings[setting.key]
        )
    for section, content in (unknown or {}).items():
        if isinstance(content, Mapping) and isinstance(document.get(section), dict):
            for name, raw in content.items():
                document[section].setdefault(name, raw)
        else:
            document.setdefault(section, content)
    comments = {s.key: s.description for s in SCHEMA}
    text = dumps(
        document,
        comments,
        header="Standup Buddy settings. Edit here or in the Settings window.\n"
        "Every key is described in docs/settings.md.",
    )
    atomic_write(path, text)


def _backup_unparsable(path: Path, now: dt.datetime) -> Path | None:
    backup = path.with_name(f"{path.name}.bak-{now.strftime('%Y%m%d-%H%M%S')}")
    try:
        if not backup.exists():
            shutil.copy2(path, backup)
    except OSError:
        return None
    return backup


def _unparsable(exc: Exception, backup: Path | None) -> Reason:
    """Why a file that does not parse is not used, where it broke and where its copy is."""
    why: str
    if isinstance(exc, UnicodeDecodeError):
        why = Reason("it is not UTF-8 text")
    else:
        # The TOML reader's own words stay as it says them (English).
        why = re.sub(r"\s*\(at line.*\)$", "", str(exc)).strip() or Reason("syntax error")
    match = re.search(r"at line (\d+)(?:, column (\d+))?", str(exc))
    line, column = (int(match.group(1)), match.group(2)) if match else (0, None)
    if match and column:
        head = Reason(
            "is not valid TOML at line {line}, column {column} ({why})",
            line=line, column=int(column), why=why,
        )
    elif match:
        head = Reason("is not valid TOML at line {line} ({why})", line=line, why=why)
    else:
        head = Reason("is not valid TOML ({why})", why=why)
    if backup:
        return Reason(
            "{problem}; using the defaults for every key until you save from the Settings "
            "window; a copy was saved as {backup}",
            problem=head, backup=backup.name,
        )
    return Reason(
        "{problem}; using the defaults for every key until you save from the Settings window",
        problem=head,
    )


def _show(raw: object) -> str:
    try:
        return format_value(raw)
    except TypeError:
        return repr(raw)
