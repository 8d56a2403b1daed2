"""A small TOML writer: the standard library reads TOML but cannot write it.

It handles every value ``tomllib`` can produce, so keys the app does not know
(kept for the user, SPEC section 4) survive a save unchanged.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def format_key(key: str) -> str:
    """A key as TOML writes it: bare when it can be, quoted otherwise."""
    return key if _BARE_KEY.fullmatch(key) else format_string(key)


def format_string(text: str) -> str:
    """A TOML basic string with every character TOML forbids escaped."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def format_value(value: object) -> str:
    """One TOML value, inline (tables inside arrays become inline tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return format_string(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Mapping):
        inner = ", ".join(f"{format_key(str(k))} = {format_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    if isinstance(value, Sequence):
        return "[" + ", ".join(format_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def dumps(
    document: Mapping[str, object],
    comments: Mapping[str, str] | None = None,
    header: str = "",
) -> str:
    """Serialise ``document``; ``comments`` maps dotted keys to a line written above them."""
    notes = comments or {}
    lines: list[str] = [f"# {line}" if line else "#" for line in header.splitlines()]
    if lines:
        lines.append("")
    _write_table(lines, (), document, notes)
    return "\n".join(lines).rstrip("\n") + "\n"


def _write_table(
    lines: list[str],
    path: tuple[str, ...],
    table: Mapping[str, object],
    notes: Mapping[str, str],
) -> None:
    scalars = [(k, v) for k, v in table.items() if not isinstance(v, Mapping)]
    tables = [(k, v) for k, v in table.items() if isinstance(v, Mapping)]
    if path and (scalars or not tables):
        lines.append("[" + ".".join(format_key(p) for p in path) + "]")
    for key, value in scalars:
        note = notes.get(".".join((*path, key)))
        if note:
            lines.append(f"# {note}")
        lines.append(f"{format_key(key)} = {format_value(value)}")
    if path and (scalars or not tables):
        lines.append("")
    for key, value in tables:
        assert isinstance(value, Mapping)
        _write_table(lines, (*path, key), value, notes)
