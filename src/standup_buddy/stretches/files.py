"""Careful JSON file reading and atomic writing for user-editable data files."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from standup_buddy.atomic_file import atomic_write
from standup_buddy.core.problem import Reason

MAX_FILE_BYTES = 1024 * 1024
"""Stretch, animation and rotation files larger than this are refused unread."""


class FileRefused(Exception):
    """A file that could not be used, with a reason fit to show the user (``reason``)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason)
        self.reason = reason


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed in these files")


def read_json(path: Path, *, inside: Path | None = None) -> object:
    """Parse the JSON file at ``path`` or raise :class:`FileRefused` saying why.

    With ``inside``, the file (after following any symlink) must lie within
    that folder. Files over ``MAX_FILE_BYTES`` and anything that is not a
    regular file (a FIFO would block forever) are refused before reading.
    """
    try:
        if inside is not None:
            real = path.resolve(strict=True)
            if not real.is_relative_to(inside.resolve()):
                raise FileRefused(
                    Reason("points outside the stretches folder (symlinks may not leave it)")
                )
        info = path.stat()
    except FileNotFoundError:
        raise FileRefused(Reason("does not exist (or is a broken symlink)")) from None
    except (OSError, RuntimeError) as err:  # RuntimeError: a symlink loop
        raise FileRefused(Reason("cannot be read: {error}", error=str(err))) from None
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(Reason("is not a regular file"))
    if info.st_size > MAX_FILE_BYTES:
        raise FileRefused(
            Reason(
                "is {size} bytes; the limit is {limit} bytes (1 MB)",
                size=info.st_size,
                limit=MAX_FILE_BYTES,
            )
        )
    try:
        with path.open("rb") as handle:
            # Read at most one byte past the limit, in case the file grew.
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        said = str(err.strerror or err)
        raise FileRefused(Reason("cannot be read: {error}", error=said)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise FileRefused(
            Reason("is larger than the limit of {limit} bytes (1 MB)", limit=MAX_FILE_BYTES)
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused(Reason("is not UTF-8 text")) from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as err:
        raise FileRefused(
            Reason(
                "is not valid JSON: {error} (line {line}, column {column})",
                error=err.msg,
                line=err.lineno,
                column=err.colno,
            )
        ) from None
    except (ValueError, RecursionError) as err:
        raise FileRefused(Reason("is not valid JSON: {error}", error=str(err))) from None


def write_json_atomic(path: Path, data: object) -> None:
    """Write ``data`` as JSON to ``path`` so that readers see the old or the new file, whole."""
    atomic_write(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
