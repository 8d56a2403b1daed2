"""The app's clock: real time, or real time running N times faster (``--speed N``).

This is the only place the running app reads the clock; the core gets every
instant from here as an argument.  Under ``--speed N`` both the monotonic and
the wall clock start at the real "now" and then advance N times faster, so a
30-minute interval passes in 30 real seconds at N = 60 and history is dated on
the app's clock.  Timings that exist for a person's reaction (the break card's
key guard, the wait for a pause in typing) do not use this clock.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path


def local_utc_offset(instant: float) -> int:
    """The UTC offset (seconds) the system time zone has at ``instant``."""
    offset = dt.datetime.fromtimestamp(instant).astimezone().utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


@dataclass
class AppClock:
    """Monotonic and wall time in app seconds, plus the UTC offset in force."""

    speed: float = 1.0
    _mono0: float = field(default_factory=time.monotonic)
    _wall0: float = field(default_factory=time.time)

    def mono(self) -> float:
        """App-monotonic seconds (never jumps, scaled by ``speed``)."""
        return self._mono0 + (time.monotonic() - self._mono0) * self.speed

    def wall(self) -> float:
        """App wall-clock UTC seconds.

        At speed 1 this is the real wall clock, so a suspend or a clock change
        shows up as a jump between wall and monotonic time (the tracker counts
        such a gap as time away).  Faster, it is derived from the monotonic
        clock, plus any real wall-clock jump since start.
        """
        if self.speed == 1:
            return time.time()
        real_mono = time.monotonic() - self._mono0
        drift = (time.time() - self._wall0) - real_mono  # suspends and clock changes
        return self._wall0 + real_mono * self.speed + drift

    def utc_offset(self) -> int:
        """The UTC offset in force at the app's wall time."""
        return local_utc_offset(self.wall())

    def boot_clock(self) -> tuple[str, float] | None:
        """This boot's id and the real seconds since it (suspends included), where known.

        A restart compares it with the last heartbeat's reading: unlike the wall
        clock it cannot be set back, and unlike the app's clock it does not run
        ``speed`` times faster.  Only Linux says which boot it is.
        """
        if not sys.platform.startswith("linux"):
            return None
        try:
            boot_id = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
            return boot_id, time.clock_gettime(time.CLOCK_BOOTTIME)
        except (OSError, AttributeError):
            return None

    def app_seconds(self, real_seconds: float) -> float:
        """How many app seconds pass in ``real_seconds`` of real time."""
        return real_seconds * self.speed

    def real_seconds(self, app_seconds: float) -> float:
        """How many real seconds ``app_seconds`` of app time take."""
        return app_seconds / self.speed
