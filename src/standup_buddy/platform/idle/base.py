"""The idle-time interface every OS adapter implements, plus two stand-ins.

An idle source answers one question: how many seconds since the last keyboard
or pointer input in this user session? It is polled from the GUI thread every
few seconds, so a reading must be cheap and must never block for long.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


class IdleSourceUnavailable(Exception):
    """Raised while opening a source that cannot work here; the message says why."""


@runtime_checkable
class IdleSource(Protocol):
    """Seconds since the user last touched the keyboard or pointer.

    ``idle_seconds`` returns ``None`` when no reading can be had right now
    (a bus call timed out, the display went away); callers keep their last
    state instead of inventing activity or absence. ``close`` releases any
    handle and may be called more than once.
    """

    name: str

    def idle_seconds(self) -> float | None:
        """The current idle time in seconds, or ``None`` if unknown right now."""
        ...

    def close(self) -> None:
        """Release the resources held by the source."""
        ...


class NoIdleSource:
    """The last resort: always reports the user as active.

    Sitting is then counted for as long as the app runs, and the user marks
    breaks by hand. Reporting 0 rather than ``None`` keeps the tracker simple:
    it never has to guess about absence it cannot see.
    """

    name: str = "none"
    last_error: str = ""

    def idle_seconds(self) -> float:
        """Always 0.0: without a real source every moment counts as present."""
        return 0.0

    def close(self) -> None:
        """Nothing to release."""


class FakeIdleSource:
    """A settable source for tests and demos."""

    def __init__(self, value: float | None = 0.0, name: str = "fake") -> None:
        self.value = value
        self.name = name
        self.closed = False
        self.reads = 0

    @property
    def last_error(self) -> str:
        """Why there is no reading, like the real sources say."""
        return "" if self.value is not None else "fake source set to no reading"

    def set(self, value: float | None) -> None:
        """Change what the next reading returns."""
        self.value = value

    def idle_seconds(self) -> float | None:
        """Return the value last set."""
        self.reads += 1
        return self.value

    def close(self) -> None:
        """Remember that the source was closed."""
        self.closed = True
