"""The settings as typed, frozen values: ``settings.view.breaks.interval_minutes``.

One dataclass per schema section, one field per key, and no defaults: every
value comes from a validated ``Settings`` (whose defaults are the schema's),
so a default cannot be written twice and drift.  A key read through the view
is checked by mypy; a string key is checked by nothing.

``tests/settings/test_settings_view.py`` fails when a schema key has no field
here (or a field no key), naming it, and when a field's type does not match
its key's kind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from standup_buddy.settings.schema import (
    SCHEMA_BY_KEY,
    WEEKDAYS,
    InvalidValue,
    Kind,
    SettingValue,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class BreaksSettings:
    """``[breaks]``: when a break is due, how long it lasts, how it is shown,
    how often it may be postponed or skipped, and what happens around it."""

    interval_minutes: int
    duration_seconds: int
    snooze_minutes: int
    style: str
    max_snoozes: int
    snooze_window_percent: int
    allow_skip: bool
    strict: bool
    weekly_skip_budget: int
    pause_media: bool
    lock_after_seconds: int


@dataclass(frozen=True, slots=True, kw_only=True)
class MicroSettings:
    """``[micro]``: the short eye-and-posture pauses between movement breaks,
    and whether a click may close one early."""

    enabled: bool
    interval_minutes: int
    duration_seconds: int
    allow_skip: bool
    strict: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class ActivitySettings:
    """``[activity]``: what counts as a natural break, what holds a prompt."""

    natural_break_minutes: int
    meeting_awareness: bool
    hold_when_fullscreen: bool
    daily_screen_time_hours: int


@dataclass(frozen=True, slots=True, kw_only=True)
class GoalSettings:
    """``[goal]``: the daily goal and how natural breaks count towards it."""

    metric: str
    daily_target: int
    natural_break_cap_minutes: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ScheduleSettings:
    """``[schedule]``: the working days and hours in which breaks are prompted."""

    work_days: tuple[str, ...]
    start: dt.time
    end: dt.time

    @property
    def weekday_numbers(self) -> frozenset[int]:
        """``work_days`` as ``datetime.weekday()`` numbers (0 = Monday)."""
        return frozenset(WEEKDAYS.index(day) for day in self.work_days)


@dataclass(frozen=True, slots=True, kw_only=True)
class UiSettings:
    """``[ui]``: motion, sound, spoken cues and the interface language."""

    reduced_motion: bool
    sound: bool
    spoken_cues: bool
    language: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RoutineSettings:
    """``[routine]``: the daily routine offer."""

    reminder: bool
    time: dt.time


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckinSettings:
    """``[checkin]``: the daily symptom check-in."""

    enabled: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class SettingsView:
    """Every setting, one attribute per schema section (the section's TOML table name)."""

    breaks: BreaksSettings
    micro: MicroSettings
    activity: ActivitySettings
    goal: GoalSettings
    schedule: ScheduleSettings
    ui: UiSettings
    routine: RoutineSettings
    checkin: CheckinSettings


# The Python type each kind of setting is held as; the test of the view checks
# every field's annotation against its key's kind with this table.
KIND_TYPES: Final[Mapping[Kind, object]] = {
    Kind.INT: int,
    Kind.BOOL: bool,
    Kind.CHOICE: str,
    Kind.TIME: dt.time,
    Kind.DAYS: tuple[str, ...],
}


def section_types() -> dict[str, type[Any]]:
    """Each section's name (a ``SettingsView`` field) and its dataclass."""
    hints = typing.get_type_hints(SettingsView)
    return {f.name: hints[f.name] for f in dataclasses.fields(SettingsView)}


def view_keys() -> dict[str, object]:
    """Every dotted key the view holds, with the field's annotated type."""
    keys: dict[str, object] = {}
    for section, cls in section_types().items():
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            keys[f"{section}.{f.name}"] = hints[f.name]
    return keys


def build_view(values: Mapping[str, SettingValue]) -> SettingsView:
    """The view of ``values``: a key missing from it takes the schema's default.

    Every value is checked against its key's schema entry, so a plain mapping
    (a test's, a migration's) cannot smuggle in a wrong type; a bad one raises
    ``InvalidValue`` naming the key.
    """
    sections: dict[str, Any] = {}
    for section, cls in section_types().items():
        fields: dict[str, SettingValue] = {}
        for f in dataclasses.fields(cls):
            key = f"{section}.{f.name}"
            setting = SCHEMA_BY_KEY[key]
            raw = values.get(key, setting.default)
            try:
                fields[f.name] = setting.validate(setting.to_toml(raw))
            except InvalidValue as exc:
                raise InvalidValue(f"{key}: {exc}") from exc
        sections[section] = cls(**fields)
    return SettingsView(**sections)
