"""The activity engine on a fake clock, shared by the tracker and scheduler tests."""

from __future__ import annotations

from typing import Any

from standup_buddy.core.engine import ActivityEngine, Event, Moment, Sample, TrackingConfig
from standup_buddy.settings import Settings
from standup_buddy.settings.tracking import tracking_config

MONDAY = 1704067200.0  # Monday 2024-01-01 00:00 UTC
# The engine as a new user gets it: the settings schema's defaults.
DEFAULT_CONFIG = tracking_config(Settings().view)


class EngineRig:
    """The engine on a fake clock: both clocks move only when a test says so."""

    def __init__(
        self,
        config: TrackingConfig | None = None,
        *,
        at_hour: float = 9,
        engine_args: dict[str, Any] | None = None,
        **first: Any,
    ) -> None:
        self.mono = 500.0
        self.wall = MONDAY + at_hour * 3600
        self.offset = 0
        self.start = self.wall
        self.events: list[Event] = []
        self.left_at: float | None = None  # when the current absence began
        self.engine = ActivityEngine(
            config or DEFAULT_CONFIG, self.sample(**first), **(engine_args or {})
        )

    def sample(self, **kw: Any) -> Sample:
        return Sample(self.mono, self.wall, self.offset, **kw)

    @property
    def now(self) -> Moment:
        return Moment(self.mono, self.wall, self.offset)

    @property
    def t(self) -> float:
        """Seconds since the first sample."""
        return self.wall - self.start

    def feed(self, **kw: Any) -> list[Event]:
        events = self.engine.feed(self.sample(**kw))
        self.events += events
        return events

    def tick(self, seconds: float, **kw: Any) -> list[Event]:
        self.mono += seconds
        self.wall += seconds
        self.left_at = None
        return self.feed(**kw)

    def sit(self, seconds: float, step: float = 30.0, **kw: Any) -> list[Event]:
        """Work at the desk (input all the time) for ``seconds``."""
        events: list[Event] = []
        while seconds > 1e-9:
            dt = min(step, seconds)
            events += self.tick(dt, **kw)
            seconds -= dt
        return events

    def leave(self, seconds: float, step: float = 30.0, **kw: Any) -> list[Event]:
        """No input for ``seconds`` more (the idle reading grows)."""
        if self.left_at is None:
            self.left_at = self.wall
        events: list[Event] = []
        while seconds > 1e-9:
            dt = min(step, seconds)
            self.mono += dt
            self.wall += dt
            events += self.feed(idle_seconds=self.wall - self.left_at, **kw)
            seconds -= dt
        return events

    def cmd(self, name: str, *args: Any, **kw: Any) -> list[Event]:
        events: list[Event] = getattr(self.engine, name)(self.now, *args, **kw)
        self.events += events
        return events

    def wake_up(self, **kw: Any) -> list[Event]:
        """Sleep until the engine's next wake-up, then sample (input all along)."""
        wake = self.engine.next_wakeup(self.mono)
        assert wake is not None
        return self.tick(wake - self.mono, **kw)
