"""The engine's configuration, taken from the settings view.

The core cannot import the settings (it sits below them), so the one place
that turns settings into a ``TrackingConfig`` is here, above both.
"""

from __future__ import annotations

from standup_buddy.core.engine import TrackingConfig
from standup_buddy.settings.break_rules import view_break_rules, view_micro_rules
from standup_buddy.settings.view import SettingsView


def tracking_config(view: SettingsView) -> TrackingConfig:
    """The engine's view of the settings."""
    return TrackingConfig(
        interval_minutes=view.breaks.interval_minutes,
        duration_seconds=view.breaks.duration_seconds,
        snooze_minutes=view.breaks.snooze_minutes,
        natural_break_minutes=view.activity.natural_break_minutes,
        work_days=view.schedule.weekday_numbers,
        start=view.schedule.start,
        end=view.schedule.end,
        meeting_awareness=view.activity.meeting_awareness,
        hold_when_fullscreen=view.activity.hold_when_fullscreen,
        micro_enabled=view.micro.enabled,
        micro_interval_minutes=view.micro.interval_minutes,
        micro_duration_seconds=view.micro.duration_seconds,
        rules=view_break_rules(view.breaks),
        micro_rules=view_micro_rules(view.micro),
    )
