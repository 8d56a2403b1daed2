"""The one settings schema (SPEC section 4).

Every key's type, default, bounds, group and one-line description live here
and nowhere else: the settings dialog, the validation messages and
``docs/settings.md`` are all produced from this table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from standup_buddy.core.problem import Reason

if TYPE_CHECKING:
    from standup_buddy.settings.view import SettingsView

SettingValue = int | bool | str | dt.time | tuple[str, ...]

WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Kind(StrEnum):
    """How a setting's value is typed in the file and edited in the dialog."""

    INT = "int"
    BOOL = "bool"
    CHOICE = "choice"
    TIME = "time"
    DAYS = "days"


class InvalidValue(ValueError):
    """A value that does not fit its setting; ``reason`` (a Reason) says what is allowed."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Setting:
    """One key of ``settings.toml``: its type, default, bounds and description."""

    key: str
    kind: Kind
    default: SettingValue
    description: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    unit: str = ""
    # What the minimum of a number means when it is not a plain amount
    # ("unlimited", "off"); the dialog shows this word for it.
    special: str = ""

    @property
    def section(self) -> str:
        """The TOML table the key lives in (``breaks`` for ``breaks.snooze_minutes``)."""
        return self.key.split(".", 1)[0]

    @property
    def name(self) -> str:
        """The key inside its table."""
        return self.key.split(".", 1)[1]

    def allowed(self) -> Reason:
        """A human sentence fragment saying which values are accepted."""
        if self.kind is Kind.INT:
            assert self.minimum is not None and self.maximum is not None
            if self.unit and self.special:
                return Reason(
                    "a whole number from {low} to {high} ({unit}); {low} means {special}",
                    low=self.minimum, high=self.maximum, unit=_unit(self.unit),
                    special=_special(self.special),
                )
            if self.unit:
                return Reason(
                    "a whole number from {low} to {high} ({unit})",
                    low=self.minimum, high=self.maximum, unit=_unit(self.unit),
                )
            if self.special:
                return Reason(
                    "a whole number from {low} to {high}; {low} means {special}",
                    low=self.minimum, high=self.maximum, special=_special(self.special),
                )
            return Reason(
                "a whole number from {low} to {high}", low=self.minimum, high=self.maximum
            )
        if self.kind is Kind.BOOL:
            return Reason("true or false")
        if self.kind is Kind.CHOICE:
            return Reason("one of {choices}", choices=", ".join(f'"{c}"' for c in self.choices))
        if self.kind is Kind.TIME:
            return Reason('a time of day such as "08:30"')
        example = '["mon", "tue", "wed", "thu", "fri"]'
        return Reason("a list of days such as {example}", example=example)

    def validate(self, raw: object) -> SettingValue:
        """Return the typed value for ``raw`` (as parsed from TOML) or raise InvalidValue."""
        if self.kind is Kind.INT:
            # bool is an int subclass in Python; `true` is never a valid number here.
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise InvalidValue(Reason("expected {allowed}", allowed=self.allowed()))
            assert self.minimum is not None and self.maximum is not None
            if not self.minimum <= raw <= self.maximum:
                raise InvalidValue(
                    Reason("out of bounds: allowed is {allowed}", allowed=self.allowed())
                )
            return raw
        if self.kind is Kind.BOOL:
            if not isinstance(raw, bool):
                raise InvalidValue(Reason("expected {allowed}", allowed=self.allowed()))
            return raw
        if self.kind is Kind.CHOICE:
            if raw == "" and "system" in self.choices:
                # An empty value means the same as "system" (ui.language).
                return "system"
            if not isinstance(raw, str) or raw not in self.choices:
                raise InvalidValue(Reason("expected {allowed}", allowed=self.allowed()))
            return raw
        if self.kind is Kind.TIME:
            return _parse_time(raw, self.allowed())
        return _parse_days(raw, self.allowed())

    def to_toml(self, value: SettingValue) -> object:
        """The value as it is written to the TOML file."""
        if isinstance(value, dt.time):
            return value.strftime("%H:%M")
        if isinstance(value, tuple):
            return list(value)
        return value


# The unit and special-value words as reasons of their own, so each is translated.
_UNITS: Final = {
    "minutes": Reason("minutes"),
    "seconds": Reason("seconds"),
    "hours": Reason("hours"),
    "percent": Reason("percent"),
}
_SPECIALS: Final = {
    "unlimited": Reason("unlimited"),
    "no budget": Reason("no budget"),
    "never": Reason("never"),
    "off": Reason("off"),
}


def _unit(unit: str) -> Reason:
    return _UNITS[unit]


def _special(special: str) -> Reason:
    return _SPECIALS[special]


def _parse_time(raw: object, allowed: Reason) -> dt.time:
    if isinstance(raw, dt.time):
        return raw.replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(raw, str):
        parts = raw.strip().split(":")
        if len(parts) == 2 and all(p.isdigit() and 1 <= len(p) <= 2 for p in parts):
            hour, minute = int(parts[0]), int(parts[1])
            if hour <= 23 and minute <= 59:
                return dt.time(hour, minute)
    raise InvalidValue(Reason("expected {allowed}", allowed=allowed))


def _parse_days(raw: object, allowed: Reason) -> tuple[str, ...]:
    if not isinstance(raw, list):
        raise InvalidValue(Reason("expected {allowed}", allowed=allowed))
    days: set[str] = set()
    for item in raw:
        if not isinstance(item, str) or item.strip().lower()[:3] not in WEEKDAYS:
            raise InvalidValue(
                Reason("{item} is not a day: expected {allowed}", item=repr(item), allowed=allowed)
            )
        days.add(item.strip().lower()[:3])
    # Keep the week's order so the file and the dialog always read Mon..Sun.
    return tuple(d for d in WEEKDAYS if d in days)


def break_rule_settings(section: str, title: str) -> tuple[Setting, ...]:
    """The postpone and skip rules of one break kind, as keys of ``section``.

    Every break kind takes the same five keys in its own table (``breaks.*``
    for the movement break); ``settings/break_rules.py`` turns them into one
    :class:`~standup_buddy.core.break_rules.BreakRules` value.
    """
    return (
        Setting(
            f"{section}.max_snoozes",
            Kind.INT,
            -1,
            f"How often one {title} may be snoozed.",
            -1,
            20,
            special="unlimited",
        ),
        Setting(
            f"{section}.snooze_window_percent",
            Kind.INT,
            100,
            f"Snooze is offered only during this first part of a {title} prompt's life "
            "(until it would count as missed).",
            0,
            100,
            unit="percent",
        ),
        Setting(
            f"{section}.allow_skip",
            Kind.BOOL,
            True,
            f"Offer Skip on a {title} (without it, the emergency exit is offered instead).",
        ),
        Setting(
            f"{section}.strict",
            Kind.BOOL,
            False,
            f"Strict mode: a {title} offers only Done and ends by itself; the emergency exit "
            "(Esc three times, or Ctrl+Shift+Q) is always there and is recorded.",
        ),
        Setting(
            f"{section}.weekly_skip_budget",
            Kind.INT,
            0,
            f"How many {title}s you allow yourself to skip in a week, shown in Progress.",
            0,
            50,
            special="no budget",
        ),
    )


SCHEMA: Final[tuple[Setting, ...]] = (
    Setting(
        "breaks.interval_minutes",
        Kind.INT,
        30,
        "Minutes of sitting before a break is due.",
        5,
        180,
        unit="minutes",
    ),
    Setting(
        "breaks.duration_seconds",
        Kind.INT,
        120,
        "How long a break lasts.",
        20,
        1800,
        unit="seconds",
    ),
    Setting(
        "breaks.snooze_minutes",
        Kind.INT,
        5,
        "How long Snooze puts a break off.",
        1,
        60,
        unit="minutes",
    ),
    Setting(
        "breaks.style",
        Kind.CHOICE,
        "card",
        "How a break is shown: a notification only, a stretch card, or a card over dimmed screens.",
        choices=("notification", "card", "fullscreen"),
    ),
    *break_rule_settings("breaks", "break"),
    Setting(
        "breaks.pause_media",
        Kind.BOOL,
        True,
        "Pause music and videos that are playing when a break starts, and play them again "
        "when it ends (only what Standup Buddy paused).",
    ),
    Setting(
        "breaks.lock_after_seconds",
        Kind.INT,
        0,
        "Lock the screen this long after a break starts, so you step away (0: never).",
        0,
        600,
        unit="seconds",
        special="never",
    ),
    Setting(
        "micro.enabled",
        Kind.BOOL,
        False,
        "Short micro-pauses between breaks: a small cue (look into the distance, drop your "
        "shoulders) that closes by itself and never takes the keyboard.",
    ),
    Setting(
        "micro.interval_minutes",
        Kind.INT,
        20,
        "Minutes of sitting between micro-pauses (a natural or movement break starts the count "
        "again).",
        5,
        60,
        unit="minutes",
    ),
    Setting(
        "micro.duration_seconds",
        Kind.INT,
        20,
        "How long a micro-pause cue stays up.",
        10,
        60,
        unit="seconds",
    ),
    # Only these two of the break rules fit a micro-pause: its cue has no
    # Snooze, and it needs no emergency exit (it never takes the keyboard or
    # the screen, and closes by itself within a minute).
    Setting(
        "micro.allow_skip",
        Kind.BOOL,
        True,
        "Let a click close a micro-pause cue early (recorded as skipped); without it the cue "
        "has no close control and ends by itself.",
    ),
    Setting(
        "micro.strict",
        Kind.BOOL,
        False,
        "Strict mode for micro-pauses: the cue cannot be closed early and ends by itself "
        "(it still gives way at once to a meeting, a pause or a movement break).",
    ),
    Setting(
        "activity.natural_break_minutes",
        Kind.INT,
        5,
        "Minutes away from the computer that count as a break you took yourself.",
        1,
        60,
        unit="minutes",
    ),
    Setting(
        "activity.meeting_awareness",
        Kind.BOOL,
        True,
        "Treat an open camera or microphone, or a video playing, as being present (meetings are "
        "not breaks) and hold prompts until it ends.",
    ),
    Setting(
        "activity.hold_when_fullscreen",
        Kind.BOOL,
        True,
        "Hold break prompts while a full-screen window (a presentation, a film) is in front.",
    ),
    Setting(
        "activity.daily_screen_time_hours",
        Kind.INT,
        0,
        "After this many hours at the computer in a day, say so once that day.",
        0,
        16,
        unit="hours",
        special="off",
    ),
    Setting(
        "goal.metric",
        Kind.CHOICE,
        "movement_minutes",
        "What your daily goal counts: minutes of movement, breaks, or active hours.",
        choices=("movement_minutes", "breaks", "active_hours"),
    ),
    Setting(
        "goal.daily_target",
        Kind.INT,
        30,
        "Your daily target, in the goal's own unit.",
        1,
        600,
    ),
    Setting(
        "goal.natural_break_cap_minutes",
        Kind.INT,
        10,
        "At most this many minutes of each break you took yourself count as movement.",
        0,
        120,
        unit="minutes",
    ),
    Setting(
        "schedule.work_days",
        Kind.DAYS,
        ("mon", "tue", "wed", "thu", "fri"),
        "Days on which breaks are prompted.",
    ),
    Setting(
        "schedule.start",
        Kind.TIME,
        dt.time(8, 0),
        "Breaks are prompted from this time of day.",
    ),
    Setting(
        "schedule.end",
        Kind.TIME,
        dt.time(19, 0),
        "Breaks are prompted until this time of day.",
    ),
    Setting(
        "ui.reduced_motion",
        Kind.BOOL,
        False,
        "Show a still pose instead of an animated figure.",
    ),
    Setting(
        "ui.sound",
        Kind.BOOL,
        False,
        "Play a soft chime when a break starts and when it is time to switch sides.",
    ),
    Setting(
        "ui.spoken_cues",
        Kind.BOOL,
        False,
        "Say the side aloud when a stretch switches sides (uses the desktop's speech, if any).",
    ),
    Setting(
        "ui.language",
        Kind.CHOICE,
        "system",
        "The language of the windows, the tray and the CLI's text (\"system\" follows the "
        "desktop's language); dates and numbers follow it too. Takes effect at the next start.",
        choices=("system", "en", "de", "fr", "es", "pt_BR", "it", "nl", "pl", "ja", "zh_CN", "ar"),
    ),
    Setting(
        "routine.reminder",
        Kind.BOOL,
        True,
        "Once a day, quietly offer the daily routine (5-10 minutes, floor work included).",
    ),
    Setting(
        "routine.time",
        Kind.TIME,
        dt.time(19, 0),
        "When the routine is offered (the end of the default working day).",
    ),
    Setting(
        "checkin.enabled",
        Kind.BOOL,
        False,
        "Once a day, ask how your hip, back and leg feel (kept on your own computers).",
    ),
)

SCHEMA_BY_KEY: Final[Mapping[str, Setting]] = {s.key: s for s in SCHEMA}

SECTION_TITLES: Final[Mapping[str, str]] = {
    "breaks": "Breaks",
    "micro": "Micro-pauses",
    "activity": "Activity",
    "goal": "Daily goal",
    "schedule": "Working hours",
    "ui": "Appearance",
    "routine": "Daily routine",
    "checkin": "Check-in",
}


class Settings(Mapping[str, SettingValue]):
    """A complete, validated set of values: one for every key of the schema.

    Read a value through the typed ``view`` (``settings.view.goal.metric``);
    the string-keyed getters serve code where the key itself is data.
    """

    __slots__ = ("_values", "_view")

    def __init__(self, values: Mapping[str, SettingValue] | None = None) -> None:
        merged: dict[str, SettingValue] = {s.key: s.default for s in SCHEMA}
        if values:
            for key, value in values.items():
                if key not in SCHEMA_BY_KEY:
                    raise KeyError(f"unknown setting {key!r}")
                merged[key] = SCHEMA_BY_KEY[key].validate(SCHEMA_BY_KEY[key].to_toml(value))
        self._values = merged
        self._view: SettingsView | None = None

    @property
    def view(self) -> SettingsView:
        """The same values as typed, frozen sections: ``settings.view.breaks.interval_minutes``."""
        if self._view is None:
            # Imported here: the view module is built from this one.
            from standup_buddy.settings.view import build_view

            self._view = build_view(self._values)
        return self._view

    def __getitem__(self, key: str) -> SettingValue:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self._values == other._values

    def __hash__(self) -> int:
        return hash(tuple(sorted((k, str(v)) for k, v in self._values.items())))

    def __repr__(self) -> str:
        return f"Settings({self._values!r})"

    def changed_keys(self, other: Settings) -> frozenset[str]:
        """The dotted keys whose value differs between ``self`` and ``other``."""
        keys = set(self._values) | set(other._values)
        return frozenset(k for k in keys if self._values.get(k) != other._values.get(k))

    def replace(self, changes: Mapping[str, SettingValue]) -> Settings:
        """A copy with ``changes`` applied (validated)."""
        return Settings({**self._values, **changes})

    def get_int(self, key: str) -> int:
        """The integer value of ``key``."""
        value = self._values[key]
        assert isinstance(value, int) and not isinstance(value, bool), key
        return value

    def get_bool(self, key: str) -> bool:
        """The boolean value of ``key``."""
        value = self._values[key]
        assert isinstance(value, bool), key
        return value

    def get_str(self, key: str) -> str:
        """The string (choice) value of ``key``."""
        value = self._values[key]
        assert isinstance(value, str), key
        return value

    def get_time(self, key: str) -> dt.time:
        """The time-of-day value of ``key``."""
        value = self._values[key]
        assert isinstance(value, dt.time), key
        return value

    def get_days(self, key: str) -> tuple[str, ...]:
        """The weekday list of ``key`` (``"mon"`` ... ``"sun"``)."""
        value = self._values[key]
        assert isinstance(value, tuple), key
        return value

    def weekday_numbers(self, key: str = "schedule.work_days") -> frozenset[int]:
        """Work days as ``datetime.weekday()`` numbers (0 = Monday)."""
        return frozenset(WEEKDAYS.index(d) for d in self.get_days(key))
