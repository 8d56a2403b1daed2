"""The loop's inputs: the clock and the platform probes, read into one ``Sample``.

The rule for when the meeting and full-screen probes run lives in
``core.probe_gating``; this adapter reads the idle time, asks the gate and
runs exactly the probes it names.  A probe that fails counts as "no".
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from standup_buddy.core.engine import ActivityEngine, Sample
from standup_buddy.core.probe_gating import PROBE_CACHE_SECONDS, GateInput, GateState, decide
from standup_buddy.platform.idle.base import IdleSource

log = logging.getLogger(__name__)


class Clock(Protocol):
    """The app clock (``clock.AppClock``), or a fake one in tests."""

    def mono(self) -> float: ...
    def wall(self) -> float: ...
    def utc_offset(self) -> int: ...
    def app_seconds(self, real_seconds: float) -> float: ...
    def real_seconds(self, app_seconds: float) -> float: ...


class MeetingProbe(Protocol):
    """What the controller needs of the meeting detector."""

    def check(self) -> Any: ...


class FullscreenProbe(Protocol):
    """What the controller needs of the full-screen detector."""

    def is_fullscreen(self) -> bool | None: ...


class DndProbe(Protocol):
    """What the controller needs of the Do Not Disturb reader (``platform/dnd.py``)."""

    def active(self) -> bool: ...


@dataclass
class Probes:
    """The platform adapters the controller samples."""

    idle: IdleSource  # the one idle protocol (platform/idle/base.py)
    meetings: MeetingProbe | None = None
    fullscreen: FullscreenProbe | None = None
    dnd: DndProbe | None = None


class Sampler:
    """Reads one ``Sample``: the clock, the idle time, lock and sleep, and the holds."""

    def __init__(self, clock: Clock, probes: Probes) -> None:
        self.clock = clock
        self.probes = probes
        self.locked = False
        self.sleeping = False
        self._in_meeting = False
        self._fullscreen = False
        self.do_not_disturb = False
        self._gate = GateState()

    def sample(
        self,
        engine: ActivityEngine | None,
        *,
        natural_break_seconds: float,
        meeting_awareness: bool,
    ) -> Sample:
        """A fresh sample; ``engine`` is None for the very first one (before it exists)."""
        clock = self.clock
        idle = self.probes.idle.idle_seconds()
        idle_app = None if idle is None else clock.app_seconds(idle)
        decision = decide(
            self._gate,
            GateInput(
                real_now=clock.real_seconds(clock.mono()),
                decisive=engine is not None and engine.holds_matter(clock.wall()),
                away=engine is not None and engine.status().state == "away",
                idle_seconds=idle_app,
                natural_break_seconds=natural_break_seconds,
                # Never older than a few app seconds either, however fast the clock runs.
                fresh_seconds=min(PROBE_CACHE_SECONDS, clock.real_seconds(5.0)),
                meeting_probe=self.probes.meetings is not None and meeting_awareness,
                fullscreen_probe=self.probes.fullscreen is not None,
            ),
        )
        self._gate = decision.state
        if decision.check_meeting and self.probes.meetings is not None:
            try:
                state = self.probes.meetings.check()
                self._in_meeting = bool(getattr(state, "presence_likely", False))
            except Exception:  # a detector bug must not stop tracking
                log.exception("meeting check failed")
                self._in_meeting = False
        elif decision.forget_meeting:
            self._in_meeting = False
        if decision.check_fullscreen and self.probes.fullscreen is not None:
            self._fullscreen = bool(self.probes.fullscreen.is_fullscreen())
        elif decision.forget_fullscreen:
            self._fullscreen = False
        self.do_not_disturb = self._read_dnd()
        return Sample(
            mono=clock.mono(),
            wall=clock.wall(),
            utc_offset=clock.utc_offset(),
            idle_seconds=idle_app,
            locked=self.locked,
            sleeping=self.sleeping,
            in_meeting=self._in_meeting,
            fullscreen=self._fullscreen,
            do_not_disturb=self.do_not_disturb,
        )

    def _read_dnd(self) -> bool:
        # The reader keeps its answer a few seconds: asking at every wake-up is cheap.
        if self.probes.dnd is None:
            return False
        try:
            return self.probes.dnd.active()
        except Exception:  # a reader bug must not stop tracking
            log.exception("do-not-disturb check failed")
            return False
