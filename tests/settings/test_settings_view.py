"""The typed settings view holds exactly the schema's keys, with the schema's defaults."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from standup_buddy.core import engine
from standup_buddy.core.break_rules import BreakRules
from standup_buddy.core.working_hours import WorkingHours
from standup_buddy.settings import Settings, load_settings
from standup_buddy.settings.schema import SCHEMA, SCHEMA_BY_KEY, InvalidValue
from standup_buddy.settings.tracking import tracking_config
from standup_buddy.settings.view import KIND_TYPES, build_view, section_types, view_keys

NOW = dt.datetime(2026, 11, 24, 9, 30, 5)


def _mismatch(schema_keys: set[str], held: set[str]) -> list[str]:
    """What a developer must fix, one line per key, naming the key."""
    sections = set(section_types())
    lines = [
        f"schema key {key!r} has no field in settings/view.py ("
        + (
            f"add it to the {key.split('.')[0]!r} section's dataclass)"
            if key.split(".")[0] in sections
            else f"add a dataclass for the {key.split('.')[0]!r} section and a "
            f"SettingsView.{key.split('.')[0]} field)"
        )
        for key in sorted(schema_keys - held)
    ]
    lines += [
        f"settings/view.py field {key!r} has no schema key (remove it or add the key)"
        for key in sorted(held - schema_keys)
    ]
    return lines


def test_the_view_holds_exactly_the_schema_keys() -> None:
    problems = _mismatch({s.key for s in SCHEMA}, set(view_keys()))
    assert not problems, "\n".join(problems)


def test_a_key_added_to_the_schema_without_a_field_is_named() -> None:
    problems = _mismatch({s.key for s in SCHEMA} | {"breaks.new_rule"}, set(view_keys()))
    assert problems == [
        "schema key 'breaks.new_rule' has no field in settings/view.py "
        "(add it to the 'breaks' section's dataclass)"
    ]


def test_a_new_section_without_a_dataclass_is_named() -> None:
    problems = _mismatch({s.key for s in SCHEMA} | {"posture.enabled"}, set(view_keys()))
    assert problems == [
        "schema key 'posture.enabled' has no field in settings/view.py (add a dataclass for "
        "the 'posture' section and a SettingsView.posture field)"
    ]


def test_every_field_is_typed_as_its_key_s_kind() -> None:
    wrong = [
        f"{key}: field is {annotation}, the schema's {SCHEMA_BY_KEY[key].kind} needs "
        f"{KIND_TYPES[SCHEMA_BY_KEY[key].kind]}"
        for key, annotation in view_keys().items()
        if key in SCHEMA_BY_KEY and annotation != KIND_TYPES[SCHEMA_BY_KEY[key].kind]
    ]
    assert not wrong, "\n".join(wrong)


def test_no_field_carries_a_default_of_its_own() -> None:
    # Defaults live only in the schema; a second copy here would drift.
    classes = [*section_types().values(), engine.TrackingConfig, WorkingHours]
    with_default = [
        f"{cls.__name__}.{f.name}"
        for cls in classes
        for f in dataclasses.fields(cls)
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
    ]
    assert not with_default, f"fields with their own default: {with_default}"


def test_a_new_user_s_view_is_the_schema_defaults() -> None:
    view = Settings().view
    for setting in SCHEMA:
        section = getattr(view, setting.section)
        assert getattr(section, setting.name) == setting.default, setting.key


def test_the_view_shows_the_file_and_falls_back_per_key(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        '[breaks]\ninterval_minutes = 45\nsnooze_minutes = "soon"\n'
        '[schedule]\nwork_days = ["sat", "mon"]\nstart = "07:30"\n'
        "[extra]\nkept = 1\n",
        encoding="utf-8",
    )
    loaded = load_settings(path, NOW)
    view = loaded.settings.view
    assert view.breaks.interval_minutes == 45
    assert view.breaks.snooze_minutes == SCHEMA_BY_KEY["breaks.snooze_minutes"].default
    assert view.schedule.work_days == ("mon", "sat")
    assert view.schedule.weekday_numbers == frozenset({0, 5})
    assert view.schedule.start == dt.time(7, 30)
    assert loaded.unknown == {"extra": {"kept": 1}}


def test_the_view_is_frozen_and_follows_replace() -> None:
    settings = Settings()
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.view.breaks.interval_minutes = 10  # type: ignore[misc]
    changed = settings.replace({"breaks.style": "fullscreen", "ui.sound": True})
    assert changed.view.breaks.style == "fullscreen"
    assert changed.view.ui.sound is True
    assert settings.view.breaks.style == "card"


def test_a_plain_mapping_is_checked_and_a_bad_value_names_its_key() -> None:
    assert build_view({"goal.daily_target": 12}).goal.daily_target == 12
    with pytest.raises(InvalidValue, match=r"^goal\.daily_target: out of bounds"):
        build_view({"goal.daily_target": 0})
    with pytest.raises(InvalidValue, match=r"^ui\.sound: expected true or false"):
        build_view({"ui.sound": "yes"})


def test_the_engine_takes_its_configuration_from_the_view() -> None:
    settings = Settings().replace(
        {
            "breaks.interval_minutes": 50,
            "breaks.duration_seconds": 300,
            "breaks.snooze_minutes": 7,
            "activity.natural_break_minutes": 9,
            "activity.meeting_awareness": False,
            "activity.hold_when_fullscreen": False,
            "schedule.work_days": ("tue", "sun"),
            "schedule.start": dt.time(6, 0),
            "schedule.end": dt.time(14, 0),
            "micro.enabled": True,
            "micro.interval_minutes": 25,
            "micro.duration_seconds": 40,
            "breaks.max_snoozes": 2,
            "breaks.snooze_window_percent": 50,
            "breaks.allow_skip": False,
            "breaks.strict": True,
            "micro.allow_skip": False,
        }
    )
    config = tracking_config(settings.view)
    assert config == engine.TrackingConfig(
        interval_minutes=50,
        duration_seconds=300,
        snooze_minutes=7,
        natural_break_minutes=9,
        work_days=frozenset({1, 6}),
        start=dt.time(6, 0),
        end=dt.time(14, 0),
        meeting_awareness=False,
        hold_when_fullscreen=False,
        micro_enabled=True,
        micro_interval_minutes=25,
        micro_duration_seconds=40,
        rules=BreakRules(
            max_snoozes=2, snooze_window_fraction=0.5, skip_allowed=False, strict=True
        ),
        micro_rules=BreakRules(skip_allowed=False),
    )
    assert config.interval_seconds == 3000
