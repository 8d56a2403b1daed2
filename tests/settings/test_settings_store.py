"""Settings file rules of SPEC section 4: bad input is named, nothing is lost."""

from __future__ import annotations

import datetime as dt
import errno
import os
import tomllib
from pathlib import Path

import pytest

from standup_buddy.settings import Settings, load_settings, save_settings
from standup_buddy.settings import store as store_module
from standup_buddy.settings.schema import SCHEMA

NOW = dt.datetime(2026, 11, 24, 9, 30, 5)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_gives_defaults_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    loaded = load_settings(path, NOW)
    assert loaded.settings == Settings()
    assert loaded.problems == []
    assert not path.exists()


def test_defaults_match_the_spec() -> None:
    s = Settings()
    assert s.get_int("breaks.interval_minutes") == 30
    assert s.get_int("breaks.duration_seconds") == 120
    assert s.get_int("breaks.snooze_minutes") == 5
    assert s.get_int("activity.natural_break_minutes") == 5
    assert s.get_str("goal.metric") == "movement_minutes"
    assert s.get_int("goal.daily_target") == 30
    assert s.get_int("goal.natural_break_cap_minutes") == 10
    assert s.get_days("schedule.work_days") == ("mon", "tue", "wed", "thu", "fri")
    assert s.get_time("schedule.start") == dt.time(8, 0)
    assert s.get_time("schedule.end") == dt.time(19, 0)
    assert s.get_bool("ui.reduced_motion") is False


def test_every_key_has_a_description_and_a_valid_default() -> None:
    for setting in SCHEMA:
        assert setting.description.endswith(".")
        assert setting.validate(setting.to_toml(setting.default)) == setting.default


def test_unparsable_file_is_backed_up_named_with_line_and_left_untouched(tmp_path: Path) -> None:
    text = "version = 1\n[breaks]\ninterval_minutes = 45\nsnooze_minutes = = 3\n"
    path = write(tmp_path / "settings.toml", text)
    loaded = load_settings(path, NOW)
    assert loaded.settings == Settings()
    [problem] = loaded.problems
    message = str(problem)
    assert str(path) in message
    assert "line 4" in message
    assert loaded.backup == tmp_path / "settings.toml.bak-20261124-093005"
    assert loaded.backup.read_text(encoding="utf-8") == text
    assert path.read_text(encoding="utf-8") == text


def test_not_utf8_counts_as_unparsable(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"[breaks]\ninterval_minutes = 40 # \xff\xfe\n")
    loaded = load_settings(path, NOW)
    assert "UTF-8" in str(loaded.problems[0])
    assert loaded.backup is not None and loaded.backup.exists()


def test_wrong_type_resets_only_that_key(tmp_path: Path) -> None:
    path = write(
        tmp_path / "settings.toml",
        'version = 1\n[breaks]\ninterval_minutes = "forty"\nsnooze_minutes = 7\n',
    )
    loaded = load_settings(path, NOW)
    assert loaded.settings.get_int("breaks.interval_minutes") == 30
    assert loaded.settings.get_int("breaks.snooze_minutes") == 7
    [problem] = loaded.problems
    text = str(problem)
    assert "breaks.interval_minutes" in text
    assert '"forty"' in text
    assert "from 5 to 180" in text
    assert problem.field == "breaks.interval_minutes"
    assert loaded.rejected == {"breaks.interval_minutes"}


@pytest.mark.parametrize(
    ("line", "key", "allowed"),
    [
        ("[breaks]\ninterval_minutes = 2", "breaks.interval_minutes", "from 5 to 180"),
        ("[breaks]\nduration_seconds = 99999", "breaks.duration_seconds", "from 20 to 1800"),
        ("[goal]\nmetric = \"steps\"", "goal.metric", '"movement_minutes"'),
        ("[schedule]\nstart = \"25:00\"", "schedule.start", "time of day"),
        ("[schedule]\nwork_days = [\"mon\", \"funday\"]", "schedule.work_days", "list of days"),
        ("[ui]\nreduced_motion = 1", "ui.reduced_motion", "true or false"),
        ("[breaks]\ninterval_minutes = true", "breaks.interval_minutes", "whole number"),
    ],
)
def test_out_of_bounds_and_wrong_values_are_named(
    tmp_path: Path, line: str, key: str, allowed: str
) -> None:
    path = write(tmp_path / "settings.toml", f"version = 1\n{line}\n")
    before = path.read_bytes()
    loaded = load_settings(path, NOW)
    assert loaded.settings[key] == Settings()[key]
    [problem] = loaded.problems
    assert key in str(problem) and allowed in str(problem) and str(path) in str(problem)
    assert path.read_bytes() == before


def test_native_toml_time_and_day_names_are_accepted(tmp_path: Path) -> None:
    path = write(
        tmp_path / "settings.toml",
        "[schedule]\nstart = 07:30:00\nwork_days = [\"Sunday\", \"mon\"]\n",
    )
    loaded = load_settings(path, NOW)
    assert loaded.problems == []
    assert loaded.settings.get_time("schedule.start") == dt.time(7, 30)
    assert loaded.settings.get_days("schedule.work_days") == ("mon", "sun")


def test_unknown_keys_are_warned_about_and_preserved_on_save(tmp_path: Path) -> None:
    path = write(
        tmp_path / "settings.toml",
        "version = 1\ntheme = \"sepia\"\n[breaks]\ninterval_minutes = 50\nfuture_flag = [1, 2]\n"
        "[plugins.sync]\nurl = \"x\"\n",
    )
    loaded = load_settings(path, NOW)
    messages = " | ".join(str(p) for p in loaded.problems)
    assert "breaks.future_flag" in messages and "theme" in messages
    save_settings(path, loaded.settings.replace({"breaks.snooze_minutes": 9}), loaded.unknown)
    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved["theme"] == "sepia"
    assert saved["breaks"]["future_flag"] == [1, 2]
    assert saved["breaks"]["interval_minutes"] == 50
    assert saved["breaks"]["snooze_minutes"] == 9
    assert saved["plugins"] == {"sync": {"url": "x"}}
    assert saved["version"] == 1


def test_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "settings.toml"
    changed = Settings().replace(
        {
            "breaks.interval_minutes": 45,
            "schedule.work_days": ("tue", "sat"),
            "schedule.end": dt.time(17, 15),
            "ui.reduced_motion": True,
        }
    )
    save_settings(path, changed)
    loaded = load_settings(path, NOW)
    assert loaded.problems == []
    assert loaded.settings == changed
    # The file documents itself: each key carries its description.
    assert "# Minutes of sitting before a break is due." in path.read_text(encoding="utf-8")


def test_unreadable_file_uses_defaults_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "settings.toml", "[breaks]\ninterval_minutes = 40\n")

    def denied(self: Path) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    loaded = load_settings(path, NOW)
    assert loaded.settings == Settings()
    assert "cannot be read (Permission denied)" in str(loaded.problems[0])


def test_a_directory_in_place_of_the_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.mkdir()
    loaded = load_settings(path, NOW)
    assert "cannot be read" in str(loaded.problems[0])


def test_failed_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "config"
    path = folder / "settings.toml"
    save_settings(path, Settings().replace({"breaks.interval_minutes": 40}))
    before = path.read_bytes()
    real_fsync = os.fsync

    def disk_full(fd: int) -> None:
        real_fsync(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="disk is full"):
        save_settings(path, Settings().replace({"breaks.interval_minutes": 90}))
    assert path.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["settings.toml"]


def test_newer_file_version_is_read_and_warned(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.toml", "version = 7\n[breaks]\ninterval_minutes = 60\n")
    loaded = load_settings(path, NOW)
    assert loaded.settings.get_int("breaks.interval_minutes") == 60
    assert "newer Standup Buddy" in str(loaded.problems[0])


def test_migrations_run_in_steps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "CURRENT_VERSION", 2)

    def rename_interval(doc: dict[str, object]) -> dict[str, object]:
        breaks = doc.get("breaks")
        if isinstance(breaks, dict) and "every" in breaks:
            breaks["interval_minutes"] = breaks.pop("every")
        return doc

    monkeypatch.setitem(store_module.MIGRATIONS, 1, rename_interval)
    path = write(tmp_path / "settings.toml", "version = 1\n[breaks]\nevery = 55\n")
    loaded = load_settings(path, NOW)
    assert loaded.problems == []
    assert loaded.settings.get_int("breaks.interval_minutes") == 55


def test_settings_reference_is_generated_from_the_schema() -> None:
    from standup_buddy.settings.docs import render

    committed = Path(__file__).parents[2] / "docs" / "settings.md"
    assert committed.read_text(encoding="utf-8") == render(), (
        "docs/settings.md is stale: run python -m standup_buddy.settings.docs"
    )


def test_a_flood_of_unknown_keys_is_summed_up_after_the_first_20(tmp_path: Path) -> None:
    import time

    path = tmp_path / "settings.toml"
    path.write_text("[breaks]\ninterval_minutes = 45\n[junk]\n"
                    + "".join(f"k{i} = {i}\n" for i in range(250_000)))
    started = time.perf_counter()
    loaded = load_settings(path, dt.datetime(2026, 1, 1))
    took = time.perf_counter() - started
    assert len(loaded.problems) == 21
    assert loaded.problems[0].field == "junk.k0"
    assert loaded.problems[0].reason == "unknown key (kept as it is)"
    assert loaded.problems[-1].reason == "249980 more unknown keys (kept as they are)"
    assert loaded.settings.get_int("breaks.interval_minutes") == 45
    assert len(loaded.unknown["junk"]) == 250_000  # still kept for the next save
    assert took < 10, f"{took:.1f} s"
