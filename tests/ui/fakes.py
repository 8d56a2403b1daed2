"""Stand-ins for the running app, shared by the UI tests (and any other test that needs them).

``FakeController`` records every request a window makes and lets a test push
a new status, a break or new settings exactly as the real controller would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from standup_buddy.controller_base import BaseController
from standup_buddy.core.break_rules import OFFER_ALL, Offers
from standup_buddy.core.model import GoalMetric
from standup_buddy.core.stats import DayStats
from standup_buddy.session import BreakSession, BreakTime, Status, lay_out_cards
from standup_buddy.settings import Settings, save_settings


def sitting(minutes: float = 10.0, interval: float = 30.0, **extra: Any) -> Status:
    """A sitting status ``minutes`` into a streak of ``interval``."""
    return Status(
        state=extra.pop("state", "sitting"),
        sitting_minutes=minutes,
        interval_minutes=interval,
        next_break_minutes=extra.pop("next_break_minutes", interval - minutes),
        **extra,
    )


def paused(minutes: float = 10.0, until: str = "2025-03-04T15:30:00+01:00") -> Status:
    """A paused status."""
    return Status("paused", minutes, 30.0, None, paused_until=until)


def standing(minutes: float = 10.0) -> Status:
    """Standing-desk mode."""
    return Status("standing", minutes, 30.0, None, standing=True)


class FakeController(BaseController):
    """Records the UI's requests; ``push_*`` methods play the app's part.

    With ``settings_path`` set, ``apply_settings`` saves the file for real
    (atomically, through ``save_settings``) as the real controller does.

    It keeps the break's clock as the engine would: ``break_started`` starts
    a countdown of ``break_length`` seconds on ``clock``, ``break_time``
    reads it, and ``run_out`` plays the engine's timer ending the break.
    """

    def __init__(
        self,
        status: Status | None = None,
        settings: Settings | None = None,
        settings_path: Path | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__()
        self._status = status or sitting()
        self._settings = settings or Settings()
        self.settings_path = settings_path
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.clock = clock or (lambda: 0.0)
        self.break_length = 60.0
        self.started_at: float | None = None
        self.offers = OFFER_ALL  # what the break rules allow; a test sets others

    # --- what a test inspects -------------------------------------------------
    def names(self) -> list[str]:
        """The requests made so far, in order."""
        return [name for name, _ in self.calls]

    def args_of(self, name: str) -> list[tuple[Any, ...]]:
        """The arguments of every ``name`` request."""
        return [args for call, args in self.calls if call == name]

    # --- what the app would do -------------------------------------------------
    def push_status(self, status: Status) -> None:
        """Change the status and tell the windows."""
        self._status = status
        self.status_changed.emit(status)

    def push_break(self, session: BreakSession) -> None:
        """A break is due."""
        self.break_length = session.duration_seconds
        self.started_at = None
        self.break_due.emit(session)

    def run_out(self, day: DayStats | None = None) -> None:
        """The break's time is up (the engine's timer fired): it completes by itself."""
        self.started_at = None
        self._record("completed_by_time")
        self.break_completed.emit(day if day is not None else sample_day(14.0))

    # --- BaseController --------------------------------------------------------
    def status(self) -> Status:
        return self._status

    def settings(self) -> Settings:
        return self._settings

    def _record(self, name: str, *args: Any) -> None:
        self.calls.append((name, args))

    def take_break_now(self) -> None:
        self._record("take_break_now")

    def pause(self, minutes: float | None) -> None:
        self._record("pause", minutes)

    def resume(self) -> None:
        self._record("resume")

    def set_standing(self, standing: bool) -> None:
        self._record("set_standing", standing)

    def break_shown(self, stretch_ids: list[str]) -> None:
        self._record("break_shown", list(stretch_ids))

    def break_started(self) -> None:
        self._record("break_started")
        self.started_at = self.clock()

    def stretch_shown(self, stretch_id: str) -> None:
        self._record("stretch_shown", stretch_id)

    def break_time(self) -> BreakTime | None:
        if self.started_at is None:
            return None
        elapsed = min(self.break_length, max(0.0, self.clock() - self.started_at))
        return BreakTime(True, elapsed, self.break_length - elapsed, self.break_length)

    def break_done(self, stretch_ids: list[str]) -> None:
        self._record("break_done", list(stretch_ids))
        self.started_at = None
        self.break_acknowledged.emit(sample_day(16.0))

    def break_snoozed(self) -> None:
        self._record("break_snoozed")
        self.started_at = None

    def break_skipped(self) -> None:
        self._record("break_skipped")
        self.started_at = None

    def break_offers(self) -> Offers:
        return self.offers

    def break_emergency_exit(self) -> None:
        self._record("break_emergency_exit")
        self.started_at = None

    def apply_settings(self, settings: Settings) -> None:
        self._record("apply_settings", settings)
        if self.settings_path is not None:
            save_settings(self.settings_path, settings)
        changed = self._settings.changed_keys(settings)
        self._settings = settings
        self.settings_changed.emit(settings, changed)

    def quit(self) -> None:
        self._record("quit")


def session(
    *cards: tuple[str, float] | tuple[str, float, str | None],
    style: str | None = None,
    reduced_motion: bool | None = None,
    snooze_minutes: int | None = None,
    forced: bool = False,
    wait_for_pause_seconds: float = 60.0,
) -> BreakSession:
    """A break session from ``(stretch_id, seconds[, side])`` tuples, laid end to end.

    A setting not given takes the schema's default, as the app's would.
    """
    defaults = Settings().view
    rows = [(c[0], c[1], c[2] if len(c) > 2 else None) for c in cards] or [
        ("standing-hip-flexor", 60.0, "left")
    ]
    planned = lay_out_cards(rows)  # type: ignore[arg-type]
    return BreakSession(
        cards=planned,
        duration_seconds=sum(card.seconds for card in planned),
        style=defaults.breaks.style if style is None else style,
        reduced_motion=defaults.ui.reduced_motion if reduced_motion is None else reduced_motion,
        snooze_minutes=defaults.breaks.snooze_minutes if snooze_minutes is None else snooze_minutes,
        lock_after_seconds=defaults.breaks.lock_after_seconds,
        forced=forced,
        wait_for_pause_seconds=wait_for_pause_seconds,
    )


class FakeClock:
    """A monotonic clock a test moves by hand (seconds)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass."""
        self.now += seconds


def sample_day(movement_minutes: float, target: int = 30) -> DayStats:
    """A day with ``movement_minutes`` against a movement goal of ``target``."""
    return DayStats(
        date=dt.date(2026, 3, 2), sitting_minutes=120.0, longest_sitting_minutes=50.0,
        standing_minutes=0.0, paused_minutes=0.0, breaks_completed=2, breaks_skipped=0,
        breaks_snoozed=0, breaks_missed=0, break_minutes=movement_minutes, natural_breaks=0,
        natural_break_minutes=0.0, movement_minutes=movement_minutes,
        movement_from_breaks=movement_minutes, movement_from_natural=0.0, active_hours=2,
        goal_metric=GoalMetric.MOVEMENT_MINUTES, goal_target=target,
        goal_value=movement_minutes, goal_met=movement_minutes >= target,
    )
