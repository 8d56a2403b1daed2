"""The one way the app replaces a file: readers see the old file or the new one, whole.

Every file the app writes for the user (settings, ``rotation.json``, user
stretches and programs, exports, the autostart entry, the sync choice and
heartbeat) goes through :func:`atomic_write`, so they all get the same
guarantees:

* the new content goes to a temporary file in the *same* folder (``os.replace``
  is only atomic within one file system), created with a unique name so two
  writers never share it;
* the temporary file is flushed and ``fsync``-ed before the rename, so a power
  cut cannot leave a renamed but empty file;
* ``os.replace`` swaps it in (atomic on POSIX and Windows), keeping the old
  file's permission bits (a new file is 0600: it is the user's own data);
* the folder is ``fsync``-ed afterwards (POSIX), so the rename itself survives
  a crash;
* on any failure the temporary file is removed and the old file is untouched;
  a full disk or quota is raised as :class:`WriteFailed` whose message says so
  in words rather than as "errno 28".
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class WriteFailed(OSError):
    """A file could not be replaced; ``str()`` is a sentence for the user."""

    def __init__(self, path: Path, cause: OSError) -> None:
        if cause.errno in _NO_SPACE:
            reason = "the disk is full (free some space and try again)"
        elif isinstance(cause, PermissionError):
            reason = "the folder is not writable"
        else:
            reason = cause.strerror or str(cause)
        super().__init__(cause.errno, f"{path} could not be saved: {reason}")
        self.path = path
        self.disk_full = cause.errno in _NO_SPACE

    def __str__(self) -> str:
        return str(self.strerror)


def atomic_write(path: Path, data: str | bytes, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` (text is written with ``\\n`` line ends).

    Raises :class:`WriteFailed` (an ``OSError``) when the file cannot be
    written; the previous file, if any, is then unchanged.
    """
    payload = data.encode(encoding) if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise WriteFailed(path, err) from err
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(path, tmp)
        tmp.replace(path)  # os.replace
    except BaseException as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(err, OSError) and not isinstance(err, WriteFailed):
            raise WriteFailed(path, err) from err
        raise
    _sync_folder(path.parent)


def _keep_mode(path: Path, tmp: Path) -> None:
    # An existing file keeps its own bits; a new one keeps mkstemp's 0600,
    # since everything the app writes is the user's own data.
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    tmp.chmod(mode)


def _sync_folder(folder: Path) -> None:
    # The rename lives in the folder's entry table; without this a crash right
    # after the write can bring the old file back. Windows cannot open folders.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
