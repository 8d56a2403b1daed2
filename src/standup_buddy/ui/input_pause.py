"""Waiting for a pause in typing before the break card opens.

The card must never land under someone's fingers mid-sentence. After the
quiet reminder, ``InputPauseWatcher`` polls the idle source every
``POLL_MS`` and reports ``ready`` at the first moment with no keyboard or
pointer input for ``pause_seconds``, or when ``max_wait_seconds`` have passed,
whichever comes first. Both durations are a person's reaction times: they
stay in real seconds even when the app runs faster for a demo.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

IdleReading = Callable[[], float | None]
"""A bound ``IdleSource.idle_seconds`` (platform/idle/base.py): what the card windows read."""


class InputPauseWatcher(QObject):
    """Emits ``ready(reason)`` once: ``"pause"`` (input paused) or ``"timeout"``.

    ``idle_seconds`` returns seconds since the last input, or None when it
    cannot tell; an unknown reading never counts as a pause, so without an
    idle source the card opens after ``max_wait_seconds``.
    """

    POLL_MS = 250

    ready = Signal(str)

    def __init__(
        self,
        idle_seconds: IdleReading | None,
        pause_seconds: float,
        max_wait_seconds: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle_seconds = idle_seconds
        self._pause = pause_seconds
        self._max_wait = max_wait_seconds
        self._clock = clock
        self._started: float | None = None
        self._done = False
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self.poll)

    def set_timing(self, pause_seconds: float, max_wait_seconds: float) -> None:
        """Change the pause that counts and the longest wait, for the next ``start``."""
        self._pause = pause_seconds
        self._max_wait = max_wait_seconds

    def start(self) -> None:
        """Begin watching; checks once at once, then every ``POLL_MS``."""
        self._started = self._clock()
        self._done = False
        self._timer.setInterval(self.POLL_MS)
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        """Stop without reporting."""
        self._timer.stop()
        self._done = True

    def is_active(self) -> bool:
        """Whether it is still waiting."""
        return self._timer.isActive() and not self._done

    def poll(self) -> None:
        """Check the idle reading and the deadline once."""
        if self._done or self._started is None:
            return
        reading: float | None = None
        if self._idle_seconds is not None:
            try:
                reading = self._idle_seconds()
            except Exception:  # an idle source failing must not keep the card away
                reading = None
        if reading is not None and reading >= self._pause:
            self._finish("pause")
        elif self._clock() - self._started >= self._max_wait:
            self._finish("timeout")

    def _finish(self, reason: str) -> None:
        self._done = True
        self._timer.stop()
        self.ready.emit(reason)
