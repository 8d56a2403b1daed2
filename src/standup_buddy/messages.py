"""One funnel for everything the user should be told.

Logic reports here; it never opens a dialog itself.  Each message is logged,
and shown once in the GUI by whoever subscribed (the tray shows a balloon or
the status window lists it).  A message with a ``key`` is shown only the first
time, so a broken file reported at every start-up does not nag within a run.

The log gets each distinct message once too: a repeat (a full disk failing
every save) is counted, and the count is logged as "... (repeated N times)"
at 10, 100, 1000 ... repeats and when the app closes (``flush_repeats``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

log = logging.getLogger("standup_buddy")


class Severity(StrEnum):
    """How serious a message is: decides the log level and the icon shown."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class UserMessage:
    """A short title and a sentence or two for the user."""

    severity: Severity
    title: str
    text: str
    key: str | None = None


Listener = Callable[[UserMessage], None]


class MessageCenter:
    """Logs every report and hands each new one to the GUI listeners."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._seen: set[str] = set()
        self._backlog: list[UserMessage] = []
        self._repeats: dict[tuple[int, str, str], int] = {}

    def subscribe(self, listener: Listener) -> None:
        """Receive every new message; messages reported before now are replayed."""
        self._listeners.append(listener)
        for message in self._backlog:
            listener(message)
        self._backlog.clear()

    def report(self, severity: Severity, title: str, text: str, key: str | None = None) -> bool:
        """Log and show a message; returns False when ``key`` was shown already."""
        level = {
            Severity.INFO: logging.INFO,
            Severity.WARNING: logging.WARNING,
            Severity.ERROR: logging.ERROR,
        }[severity]
        self._log(level, title, text)
        if key is not None:
            if key in self._seen:
                return False
            self._seen.add(key)
        message = UserMessage(severity, title, text, key)
        if not self._listeners:
            self._backlog.append(message)
        for listener in self._listeners:
            listener(message)
        return True

    def _log(self, level: int, title: str, text: str) -> None:
        seen = (level, title, text)
        count = self._repeats.get(seen)
        if count is None:
            self._repeats[seen] = 0
            log.log(level, "%s: %s", title, text)
            return
        count += 1
        self._repeats[seen] = count
        if _is_milestone(count):
            log.log(level, "%s: %s (repeated %d times)", title, text, count)

    def flush_repeats(self) -> None:
        """Log the count of every repeat not yet logged (at quit)."""
        for (level, title, text), count in self._repeats.items():
            if count and not _is_milestone(count):
                log.log(level, "%s: %s (repeated %d times)", title, text, count)
            self._repeats[(level, title, text)] = 0

    @property
    def pending(self) -> list[UserMessage]:
        """Messages waiting for a listener."""
        return list(self._backlog)


def _is_milestone(count: int) -> bool:
    """10, 100, 1000, ...: a repeat count worth a log line of its own."""
    return count >= 10 and str(count).rstrip("0") == "1"


class _RotatingLog(logging.FileHandler):
    """A log file kept under ``max_bytes``, with ``backups`` older files (``.1`` newest).

    The standard library's ``RotatingFileHandler`` does the same, but its module
    brings ``pickle``, ``queue`` and the socket handlers into the tray process
    for its whole life (about 0.4 MiB) and none of them is used.
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self._max_bytes = max_bytes
        self._backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            stream = self.stream
            size = len(self.format(record)) + 1
            if stream is not None and stream.tell() + size > self._max_bytes:
                self._roll_over()
        except Exception:  # a log line must never take the app down
            self.handleError(record)
            return
        super().emit(record)

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for index in range(self._backups - 1, 0, -1):
            older = Path(f"{base}.{index}")
            if older.exists():
                older.replace(f"{base}.{index + 1}")
        if self._backups > 0 and Path(base).exists():
            Path(base).replace(f"{base}.1")
        self.stream = self._open()


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path | None:
    """Log to a rotating file in the data folder (and stderr); returns the file path."""
    root = logging.getLogger("standup_buddy")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    stream = logging.StreamHandler()
    stream.setLevel(logging.WARNING)
    stream.setFormatter(fmt)
    root.addHandler(stream)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "standup-buddy.log"
        handler = _RotatingLog(path, max_bytes=512 * 1024, backups=3)
    except OSError as exc:
        root.warning("cannot write the log file in %s: %s", log_dir, exc)
        return None
    handler.setFormatter(fmt)
    root.addHandler(handler)
    return path
