"""Talking to the running app over a per-user local socket; one instance per user.

One JSON object per line each way.  The server (inside the tray app) answers
``status``, ``break``, ``pause``, ``resume`` and ``activate`` (a second start
hands over by asking the first to show its Progress window).

On Linux and macOS this is a plain ``AF_UNIX`` socket watched by a
``QSocketNotifier``, so neither the tray app nor the CLI loads QtNetwork, and
``standup-buddy status`` needs no Qt at all:

* the socket and its lock file live in a folder only the user can enter
  (``$XDG_RUNTIME_DIR`` on Linux, the per-user temp folder on macOS, else a
  0700 folder in the user's home) - never a guessable name in ``/tmp``;
* one instance per user and data folder: an exclusive ``flock`` on the lock
  file is taken *before* the socket is created, so two starts at the same
  moment cannot both listen, and the kernel drops the lock of a killed
  process, so a stale lock never blocks a restart;
* both ends check who is on the other side (``SO_PEERCRED`` on Linux,
  ``getpeereid`` on macOS) and refuse another account;
* requests are validated here (size, depth, commands, finite minutes in the
  product's bounds); every request gets one reply, ``bad request: ...`` when
  it cannot be used.

Windows keeps a ``QLocalServer`` named pipe restricted to the user.  The
server half, which needs Qt's event loop, is in ``ipc_server``.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import math
import os
import socket
import stat
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

Request = dict[str, Any]
Response = dict[str, Any]
Handler = Callable[[Request], Response]

CONNECT_TIMEOUT_S = 0.3
REPLY_TIMEOUT_S = 2.0
# A second start waits this long for the first one to finish starting and answer.
HANDOVER_TIMEOUT_S = 30.0
MAX_LINE = 64 * 1024
MAX_DEPTH = 4
MAX_CLIENTS = 16
# The CLI's bounds for ``pause MINUTES`` (one minute to one week).
PAUSE_MINUTES = (1.0, 7 * 24 * 60.0)
COMMANDS = frozenset({"status", "break", "pause", "resume", "activate",
                      # from the Progress window's own process (progress_process.py)
                      "set_goal", "checkin", "delete_checkins"})
# Each command's fields besides "cmd".
_FIELDS: dict[str, frozenset[str]] = {
    "pause": frozenset({"minutes"}),
    "status": frozenset({"text"}),
    "set_goal": frozenset({"metric", "target"}),
    "checkin": frozenset({"day", "score", "note"}),
}
GOAL_METRICS = frozenset({"movement_minutes", "breaks", "active_hours"})
GOAL_TARGETS = (1, 600)
NOTE_CHARS = 500
_WINDOWS = sys.platform == "win32"


class BadRequest(ValueError):
    """A request that cannot be used; its text goes back after ``bad request:``."""


class UnsafeSocket(OSError):
    """The socket or its folder belongs to someone else: never talk to it."""


# --- validation ------------------------------------------------------------------


def parse_request(line: bytes) -> Request:
    """Decode and check one request line; raises ``BadRequest``."""
    if len(line) > MAX_LINE:
        raise BadRequest(f"longer than {MAX_LINE} bytes")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("not UTF-8") from None
    if _nesting(text) > MAX_DEPTH:
        raise BadRequest(f"nested deeper than {MAX_DEPTH}")
    try:
        request = json.loads(text, parse_constant=_no_constant)
    except ValueError as exc:
        raise BadRequest(f"not JSON ({exc})") from None
    if not isinstance(request, dict):
        raise BadRequest("not a JSON object")
    command = request.get("cmd")
    if command not in COMMANDS:
        raise BadRequest(f"unknown command {command!r}")
    if set(request) - {"cmd"} - _FIELDS.get(command, frozenset()) or (
        # "text": the status line in words, in the app's language (human output).
        "text" in request and not isinstance(request["text"], bool)
    ):
        raise BadRequest(f"unexpected field(s) {sorted(set(request) - {'cmd'})}")
    if command == "pause":
        request["minutes"] = pause_minutes(request.get("minutes"))
    elif command == "set_goal":
        _check_goal(request)
    elif command == "checkin":
        _check_checkin(request)
    return request


def _whole(value: object, low: int, high: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise BadRequest(f"{what} must be a whole number from {low} to {high}, not {value!r}")
    return value


def _check_goal(request: Request) -> None:
    if request.get("metric") not in GOAL_METRICS:
        raise BadRequest(f"goal metric must be one of {sorted(GOAL_METRICS)}")
    _whole(request.get("target"), *GOAL_TARGETS, "goal target")


def _check_checkin(request: Request) -> None:
    import datetime as dt

    try:
        dt.date.fromisoformat(str(request.get("day")))
    except ValueError:
        day = request.get("day")
        raise BadRequest(f"check-in day must be a date (YYYY-MM-DD), not {day!r}") from None
    _whole(request.get("score"), 0, 10, "check-in score")
    note = request.get("note", "")
    if not isinstance(note, str) or len(note) > NOTE_CHARS:
        raise BadRequest(f"check-in note must be text of at most {NOTE_CHARS} characters")


def pause_minutes(value: object) -> float:
    """A pause length the app can use: a finite number within ``PAUSE_MINUTES``."""
    low, high = PAUSE_MINUTES
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadRequest(f"pause needs a number of minutes, not {value!r}")
    minutes = float(value) if isinstance(value, float) or abs(value) < 2**53 else math.inf
    if not math.isfinite(minutes) or not low <= minutes <= high:
        raise BadRequest(f"pause minutes must be from {low:g} to {high:g}, not {value!r}")
    return minutes


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number")


def _nesting(text: str) -> int:
    """How deep arrays and objects nest (outside strings), without recursion."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                return deepest
        elif char in "]}":
            depth -= 1
    return deepest


# --- where the socket lives ----------------------------------------------------------


def _private_dir(path: Path, *, create: bool) -> Path | None:
    """``path`` when it is a real folder of ours that nobody else may enter."""
    if create:
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=0o700, parents=False)
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        return None
    if info.st_mode & 0o077:
        if not create:
            return None
        # Our own folder with loose permissions (an old umask): tighten it.
        path.chmod(0o700)
    return path


def runtime_dir(environ: dict[str, str] | None = None) -> Path:
    """The per-user folder for the socket and the instance lock (created 0700)."""
    env = os.environ if environ is None else environ
    candidates: list[Path] = []
    xdg = env.get("XDG_RUNTIME_DIR", "").strip()
    if xdg and Path(xdg).is_absolute():
        candidates.append(Path(xdg))
    if sys.platform == "darwin":
        tmp = env.get("TMPDIR", "").strip()  # /var/folders/..., per user, 0700
        if tmp and Path(tmp).is_absolute():
            candidates.append(Path(tmp))
    for base in candidates:
        # The system's folder must already be private; ours inside it is made so.
        if _private_dir(base, create=False) is not None:
            mine = _private_dir(base / "standup-buddy", create=True)
            if mine is not None:
                return mine
    # No usable runtime folder: a 0700 folder under the home folder, which other
    # accounts cannot write into (never a guessable name in /tmp).
    home = Path(env.get("HOME") or Path.home())
    cache = env.get("XDG_CACHE_HOME", "").strip()
    parent = Path(cache) if cache and Path(cache).is_absolute() else home / ".cache"
    parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    mine = _private_dir(parent / "standup-buddy-run", create=True)
    if mine is None:
        raise UnsafeSocket(
            f"{parent / 'standup-buddy-run'} is not a private folder of this user; "
            "move it aside and start again"
        )
    return mine


def socket_path(name: str, environ: dict[str, str] | None = None) -> Path:
    """The socket file for the instance called ``name``."""
    path = runtime_dir(environ) / f"{name}.sock"
    if len(os.fsencode(path)) >= 100:  # sun_path holds 104-108 bytes
        import zlib

        short = f"sb-{zlib.crc32(os.fsencode(path)):08x}.sock"
        path = _short_dir() / short
    return path


def _short_dir() -> Path:
    """A private folder with a short path, for very long home paths (``~/.sb-run``)."""
    mine = _private_dir(Path.home() / ".sb-run", create=True)
    if mine is None:
        raise UnsafeSocket(f"{Path.home() / '.sb-run'} is not a private folder of this user")
    return mine


# --- who is on the other side ----------------------------------------------------------


def peer_uid(sock: socket.socket) -> int | None:
    """The user id of the process at the other end (None where unknown)."""
    if sys.platform.startswith("linux"):
        creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        _pid, uid, _gid = struct.unpack("3i", creds)
        return int(uid)
    if sys.platform == "darwin" or "bsd" in sys.platform:
        import ctypes
        import ctypes.util

        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        uid_t, gid_t = ctypes.c_uint32(), ctypes.c_uint32()
        if libc.getpeereid(sock.fileno(), ctypes.byref(uid_t), ctypes.byref(gid_t)) != 0:
            return None
        return int(uid_t.value)
    return None


def _owner_name(uid: int) -> str:
    try:
        import pwd

        return f"{pwd.getpwuid(uid).pw_name!r} (uid {uid})"
    except (ImportError, KeyError):
        return f"uid {uid}"


def _refuse_stranger(sock: socket.socket, path: Path) -> None:
    uid = peer_uid(sock)
    if uid is not None and uid != os.getuid():
        raise UnsafeSocket(
            f"the socket {path} is served by another account, {_owner_name(uid)}, "
            "not by your Standup Buddy; nothing was sent to it"
        )


# --- the client (no Qt) -------------------------------------------------------------------


def request_at(
    path: Path, request: Request, timeout_s: float = REPLY_TIMEOUT_S
) -> Response | None:
    """Send one request to the server at ``path``; None when nobody listens there.

    A socket served by another account is refused: the answer is an error and
    the request is never written to it.
    """
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if info.st_uid != os.getuid():
        return {"ok": False, "error": str(UnsafeSocket(
            f"the socket {path} belongs to another account, {_owner_name(info.st_uid)}; "
            "nothing was sent to it"))}
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(CONNECT_TIMEOUT_S)
        try:
            sock.connect(os.fspath(path))
        except OSError:
            return None  # a socket file left behind with nobody listening
        try:
            _refuse_stranger(sock, path)
        except UnsafeSocket as exc:
            return {"ok": False, "error": str(exc)}
        sock.settimeout(timeout_s)
        try:
            sock.sendall(json.dumps(request).encode() + b"\n")
            buffer = b""
            deadline = time.monotonic() + timeout_s
            while b"\n" not in buffer:
                sock.settimeout(max(0.001, deadline - time.monotonic()))
                chunk = sock.recv(65536)
                if not chunk:
                    return {"ok": False, "error": "the running app closed the connection"}
                buffer += chunk
                if len(buffer) > 4 * MAX_LINE:
                    return {"ok": False, "error": "the running app sent too long an answer"}
        except TimeoutError:
            return {"ok": False, "error": "the running app did not answer in time"}
        except OSError as exc:
            return {"ok": False, "error": f"the running app could not be reached: {exc}"}
    try:
        reply = json.loads(buffer.split(b"\n", 1)[0])
    except ValueError:
        return {"ok": False, "error": "the running app sent an unreadable answer"}
    return reply if isinstance(reply, dict) else {"ok": False, "error": "unexpected answer"}


def send_request(
    name: str, request: Request, timeout_s: float = REPLY_TIMEOUT_S
) -> Response | None:
    """Send one request to the running app; None when no app is listening."""
    if _WINDOWS:
        return _pipe_request(name, request, timeout_s)
    try:
        path = socket_path(name)
    except OSError as exc:
        return {"ok": False, "error": str(exc)}
    return request_at(path, request, timeout_s)


# --- one instance per user ---------------------------------------------------------------


@dataclass
class InstanceLock:
    """The exclusive lock held by the one running instance (released on exit or kill)."""

    path: Path
    fd: int

    @classmethod
    def try_acquire(cls, path: Path) -> InstanceLock | None:
        """Take the lock without waiting; None when another instance holds it."""
        import fcntl

        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(path, flags, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return None
            raise
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        return cls(path, fd)

    def release(self) -> None:
        """Give the lock up (closing the file drops it)."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def _pipe_request(name: str, request: Request, timeout_s: float) -> Response | None:
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(int(CONNECT_TIMEOUT_S * 1000)):
        return None
    sock.write(json.dumps(request).encode() + b"\n")
    sock.flush()
    buffer = b""
    while b"\n" not in buffer:
        if not sock.waitForReadyRead(int(timeout_s * 1000)):
            sock.abort()
            return {"ok": False, "error": "the running app did not answer in time"}
        buffer += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    try:
        reply = json.loads(buffer.split(b"\n", 1)[0])
    except ValueError:
        return {"ok": False, "error": "the running app sent an unreadable answer"}
    return reply if isinstance(reply, dict) else {"ok": False, "error": "unexpected answer"}
