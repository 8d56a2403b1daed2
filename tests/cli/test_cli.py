"""The command line: stats, export, exit codes, no tracebacks for user mistakes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from standup_buddy import __version__
from standup_buddy.cli import main
from standup_buddy.core.model import (
    ActivityKind,
    BreakRecord,
    GoalMetric,
    GoalSetting,
    Interval,
    Outcome,
)
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore

SPEC_FIELDS = {
    "date",
    "sitting_minutes",
    "longest_sitting_minutes",
    "breaks_completed",
    "breaks_skipped",
    "breaks_snoozed",
    "natural_breaks",
    "movement_minutes",
    "active_hours",
    "goal_metric",
    "goal_target",
    "goal_value",
    "goal_met",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def local_today_at(hour: int, minute: int = 0, days_ago: int = 0) -> tuple[float, int]:
    day = dt.datetime.now().astimezone().date() - dt.timedelta(days=days_ago)
    local = dt.datetime.combine(day, dt.time(hour, minute)).astimezone()
    offset = local.utcoffset()
    assert offset is not None
    return local.timestamp(), int(offset.total_seconds())


def seed_history() -> None:
    store = HistoryStore(open_database(resolve_paths().history_db))
    s, off = local_today_at(9)
    store.set_goal(
        GoalSetting(
            GoalMetric.MOVEMENT_MINUTES,
            15,
            dt.datetime.now().astimezone().date() - dt.timedelta(days=3),
        ),
        s,
    )
    store.add_interval(Interval(ActivityKind.SITTING, s, s + 40 * 60, off))
    store.add_interval(Interval(ActivityKind.BREAK, s + 40 * 60, s + 44 * 60, off))
    store.add_break(
        BreakRecord(
            due=s + 40 * 60,
            outcome=Outcome.COMPLETED,
            utc_offset=off,
            prompted=s + 40 * 60,
            started=s + 40 * 60,
            ended=s + 44 * 60,
            snoozes=1,
            stretch_ids=("walk-break",),
        )
    )
    store.add_interval(Interval(ActivityKind.SITTING, s + 44 * 60, s + 100 * 60, off))
    store.add_interval(Interval(ActivityKind.NATURAL_BREAK, s + 100 * 60, s + 130 * 60, off))
    y, yoff = local_today_at(14, days_ago=1)
    store.add_interval(Interval(ActivityKind.SITTING, y, y + 3600, yoff))
    store.close()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_stats_json_on_an_empty_home_prints_seven_empty_days(
    capsys: pytest.CaptureFixture[str], private_home: Path
) -> None:
    code, out, err = run(capsys, "stats", "--json")
    assert code == 0, err
    days = json.loads(out)["days"]
    assert len(days) == 7
    today = dt.datetime.now().astimezone().date()
    assert [d["date"] for d in days] == [
        (today - dt.timedelta(days=i)).isoformat() for i in range(6, -1, -1)
    ]
    for d in days:
        assert d.keys() >= SPEC_FIELDS
        assert d["sitting_minutes"] == 0 and d["goal_met"] is False
        assert d["goal_metric"] == "movement_minutes" and d["goal_target"] == 30
    assert not (private_home / "history.sqlite3").exists()


def test_stats_json_matches_hand_computed_figures(capsys: pytest.CaptureFixture[str]) -> None:
    seed_history()
    code, out, _ = run(capsys, "stats", "--days", "2", "--json")
    assert code == 0
    yesterday, today = json.loads(out)["days"]
    assert yesterday["sitting_minutes"] == 60.0 and yesterday["goal_target"] == 15
    assert today["sitting_minutes"] == 96.0
    assert today["longest_sitting_minutes"] == 56.0
    assert today["breaks_completed"] == 1 and today["breaks_snoozed"] == 1
    assert today["natural_breaks"] == 1
    assert today["movement_minutes"] == 4 + 10
    assert today["active_hours"] == 2
    assert (today["goal_value"], today["goal_met"]) == (14.0, False)


def test_stats_table_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    seed_history()
    code, out, _ = run(capsys, "stats", "--days", "3")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Date") and len(lines) == 4
    assert "1 h 36" in lines[-1]


def test_settings_problems_are_warned_on_stderr(
    capsys: pytest.CaptureFixture[str], private_home: Path
) -> None:
    (private_home / "settings.toml").write_text("[goal]\ndaily_target = 0\n")
    code, out, err = run(capsys, "stats", "--json")
    assert code == 0
    assert "field 'goal.daily_target': 0 is not allowed" in err and "from 1 to 600" in err
    assert json.loads(out)["days"][0]["goal_target"] == 30


@pytest.mark.parametrize("days", ["0", "-3", "seven", "99999"])
def test_bad_days_is_a_usage_error_without_traceback(
    capsys: pytest.CaptureFixture[str], days: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["stats", "--days", days])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "--days" in err and "Traceback" not in err


def test_export_json_and_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    seed_history()
    out_json = tmp_path / "h.json"
    assert run(capsys, "export", "--format", "json", "--out", str(out_json))[0] == 0
    data = json.loads(out_json.read_text())
    assert len(data["intervals"]) == 5 and len(data["breaks"]) == 1
    assert data["breaks"][0]["stretch_ids"] == ["walk-break"]
    assert data["goals"][0]["target"] == 15
    code, out, _ = run(capsys, "export", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["record"] for r in rows].count("interval") == 5
    assert [r["record"] for r in rows].count("break") == 1


def test_export_to_an_unwritable_place_is_a_clear_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "export", "--format", "csv", "--out", str(tmp_path / "missing" / "x.csv")
    )
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    code, _, err = run(capsys, "export", "--format", "csv", "--out", str(tmp_path))
    assert code == 2 and "is a folder" in err


def test_bad_export_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", "xml"])
    assert exit_info.value.code == 2


@pytest.mark.parametrize(
    "argv", [["status"], ["status", "--json"], ["break"], ["pause", "30"], ["resume"]]
)
def test_remote_commands_say_the_app_is_not_running(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert "not running" in err


def test_newer_database_is_reported_not_crashed(
    capsys: pytest.CaptureFixture[str], private_home: Path
) -> None:
    import sqlite3

    conn = sqlite3.connect(private_home / "history.sqlite3")
    conn.execute("PRAGMA user_version = 42")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "stats")
    assert code == 1 and "newer Standup Buddy" in err and "Traceback" not in err


def test_python_dash_m_entry_point(private_home: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "standup_buddy", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and __version__ in result.stdout


@pytest.mark.parametrize(
    ("argv", "speed", "parser_built"),
    [([], 1, False), (["--speed", "60"], 60, True)],
)
def test_no_arguments_start_the_tray_app_without_building_the_parser(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], speed: int, parser_built: bool
) -> None:
    # The plain command is the autostart entry: its icon should not wait for
    # the parser of every other command.
    from standup_buddy import cli
    from standup_buddy.app import launch

    started: list[int] = []
    built: list[bool] = []
    plain_build = cli.build_parser

    def counting_build() -> object:
        built.append(True)
        return plain_build()

    monkeypatch.setattr(cli, "build_parser", counting_build)
    monkeypatch.setattr(launch, "run_app", lambda paths, *, speed: started.append(speed) or 0)
    assert main(argv) == 0
    assert started == [speed]
    assert bool(built) is parser_built
