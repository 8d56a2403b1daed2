"""The daily screen-time cap: say once a day that the day's time at the computer is long.

Pure decisions only; the controller reads the day's figures and the day's
mark from history and shows the notice through the desktop's notifications.
Screen time is the day's sitting, standing and paused time
(:attr:`~standup_buddy.core.stats.DayStats.screen_minutes`): every minute the
user was at the computer, breaks of any kind left out.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ScreenTimeCap"]

NOTICE_TITLE = "Long day at the screen"


@dataclass(frozen=True, slots=True)
class ScreenTimeCap:
    """``hours`` of screen time a day, then one notice (0: off)."""

    hours: int = 0

    def __post_init__(self) -> None:
        if self.hours < 0:
            raise ValueError(f"hours must be 0 (off) or more, not {self.hours!r}")

    @property
    def enabled(self) -> bool:
        """Whether a cap is set."""
        return self.hours > 0

    def notice_due(self, screen_minutes: float, *, noticed_today: bool) -> bool:
        """Whether to give the day's notice now: the cap is reached and none was given."""
        return self.enabled and not noticed_today and screen_minutes >= self.hours * 60

    def notice_text(self) -> str:
        """What the notice says: a fact and a suggestion, never a command."""
        unit = "hour" if self.hours == 1 else "hours"
        return (
            f"You have been at the computer for {self.hours} {unit} today, the limit you set. "
            "A good moment to wrap up or step away for a while."
        )
