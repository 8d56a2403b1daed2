"""The postpone and skip rules as settings: defaults as before, bad values named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from standup_buddy.core.break_rules import BreakRules
from standup_buddy.settings import Settings, load_settings
from standup_buddy.settings.break_rules import break_rules, view_micro_rules, weekly_skip_budget
from standup_buddy.settings.schema import SCHEMA_BY_KEY, break_rule_settings

NOW = dt.datetime(2026, 11, 24, 9, 30, 5)


def test_the_defaults_keep_todays_behaviour() -> None:
    settings = Settings()
    assert break_rules(settings) == BreakRules()
    assert weekly_skip_budget(settings) is None
    assert settings.get_int("activity.daily_screen_time_hours") == 0


def test_the_keys_become_one_rules_value() -> None:
    settings = Settings().replace(
        {
            "breaks.max_snoozes": 2,
            "breaks.snooze_window_percent": 25,
            "breaks.allow_skip": False,
            "breaks.strict": True,
            "breaks.weekly_skip_budget": 3,
        }
    )
    assert break_rules(settings) == BreakRules(
        max_snoozes=2, snooze_window_fraction=0.25, skip_allowed=False, strict=True
    )
    assert weekly_skip_budget(settings) == 3


def test_every_break_kind_takes_the_same_rule_keys() -> None:
    names = [s.name for s in break_rule_settings("micro", "micro-pause")]
    assert names == [
        "max_snoozes",
        "snooze_window_percent",
        "allow_skip",
        "strict",
        "weekly_skip_budget",
    ]
    assert all(s.key.startswith("micro.") for s in break_rule_settings("micro", "micro-pause"))


def test_a_bad_rule_value_is_named_and_only_that_key_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        "version = 1\n[breaks]\nmax_snoozes = -5\nsnooze_window_percent = 150\n"
        'strict = "yes"\nallow_skip = false\n',
        encoding="utf-8",
    )
    loaded = load_settings(path, NOW)
    text = "\n".join(str(p) for p in loaded.problems)
    assert "breaks.max_snoozes" in text and "-1 means unlimited" in text
    assert "breaks.snooze_window_percent" in text and "from 0 to 100 (percent)" in text
    assert "breaks.strict" in text and "true or false" in text
    rules = break_rules(loaded.settings)
    assert rules == BreakRules(skip_allowed=False)
    assert path.read_text(encoding="utf-8").count("max_snoozes = -5") == 1


def test_the_special_word_is_said_in_what_is_allowed() -> None:
    assert SCHEMA_BY_KEY["activity.daily_screen_time_hours"].allowed() == (
        "a whole number from 0 to 16 (hours); 0 means off"
    )


def test_micro_pauses_take_only_the_skip_and_strict_keys() -> None:
    micro = {key for key in SCHEMA_BY_KEY if key.startswith("micro.")}
    assert {"micro.allow_skip", "micro.strict"} <= micro
    # A cue has no Snooze and no budget of its own: those keys would do nothing.
    assert not micro & {"micro.max_snoozes", "micro.snooze_window_percent"}
    assert "micro.weekly_skip_budget" not in micro
    defaults = Settings().view.micro
    assert (defaults.allow_skip, defaults.strict) == (True, False)
    assert view_micro_rules(defaults) == BreakRules()
    strict = Settings().replace({"micro.strict": True, "micro.allow_skip": False}).view.micro
    assert view_micro_rules(strict) == BreakRules(skip_allowed=False, strict=True)


def test_a_bad_micro_rule_value_is_named_and_only_that_key_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'version = 1\n[micro]\nenabled = true\nallow_skip = "no"\nstrict = 1\n',
        encoding="utf-8",
    )
    loaded = load_settings(path, NOW)
    problems = [str(p) for p in loaded.problems]
    assert len(problems) == 2, problems
    text = "\n".join(problems)
    assert "micro.allow_skip" in text and "micro.strict" in text
    assert text.count("expected true or false") == 2
    micro = loaded.settings.view.micro
    assert micro.enabled and micro.allow_skip and not micro.strict
