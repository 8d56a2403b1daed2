"""The app's one timer: armed for the moment the engine says something can change.

There is no periodic tick.  The engine names its next wake-up in app seconds
(``next_wakeup``); this converts it to real time for the timer (under
``--speed N`` app time runs N times faster), bounded by the tray refresh so
the minute count stays true, and never sooner than a floor in real seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer

from standup_buddy.app.probes import Clock

# Wake at least this often (app seconds) so the tray's minute count stays true.
REFRESH_SECONDS = 60.0
# Never wake more often than this (real seconds), whatever the speed.
MIN_REAL_WAKE_SECONDS = 0.25


def real_delay(clock: Clock, wake: float | None) -> float:
    """Real seconds from now until ``wake`` (an app monotonic instant; None: no need)."""
    mono = clock.mono()
    limit = mono + REFRESH_SECONDS
    target = limit if wake is None else min(wake, limit)
    return max(MIN_REAL_WAKE_SECONDS, clock.real_seconds(target - mono))


class WakeTimer(QTimer):
    """A precise single-shot timer re-armed after every wake-up."""

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setSingleShot(True)
        self.setTimerType(Qt.TimerType.PreciseTimer)

    def arm(self, wake: float | None) -> None:
        """Fire at ``wake`` (app monotonic seconds), or at the next refresh."""
        self.start(int(real_delay(self._clock, wake) * 1000) + 1)
