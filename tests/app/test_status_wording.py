"""The status line promises only breaks that will come: every hold reason, and the hours
around working hours, with the clock injected (never the hour the test runs at)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot
from tests.app.test_controller import Rig

from standup_buddy.session import Status, hold_words
from standup_buddy.settings import Settings
from standup_buddy.ui.settings_dialog import next_break_preview
from standup_buddy.ui.tray_icon import look_for

# Working hours 08:00-19:00 Monday to Friday, set here so the defaults may change.
HOURS = Settings(
    {
        "schedule.work_days": ("mon", "tue", "wed", "thu", "fri"),
        "schedule.start": dt.time(8, 0),
        "schedule.end": dt.time(19, 0),
    }
)
PLUS_ONE = dt.timezone(dt.timedelta(hours=1))


def rig_at(qtbot: QtBot, local: dt.datetime) -> Rig:
    """A running app whose user comes back to the desk at ``local``."""
    rig = Rig(qtbot, HOURS)
    rig.clock.t = local.timestamp() - 20 * 60
    rig.controller.wake()
    rig.away(20)  # a natural break: the streak starts at ``local``
    rig.idle.set(0.0)
    rig.controller.wake()
    return rig


def local(day: int, hour: int, minute: int = 0) -> dt.datetime:
    # November 2026: the 24th is a Tuesday, the 27th a Friday.
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=PLUS_ONE)


def test_the_evening_promises_the_morning_not_a_countdown(qtbot: QtBot) -> None:
    rig = rig_at(qtbot, local(24, 20, 30))
    rig.work(12)
    status = rig.controller.status()
    assert status.summary() == "Sitting 12 min · no breaks until 08:00 tomorrow (working hours)"
    data = status.to_json()
    assert data["hold_reason"] == "outside_hours"
    assert data["held_until"] == "2026-11-25T08:00+01:00"
    assert data["next_prompt_at"] is None
    assert "break in" not in str(data["summary"])
    assert look_for(status).mode == "held"


def test_past_the_interval_outside_hours_no_break_is_due(qtbot: QtBot) -> None:
    rig = rig_at(qtbot, local(24, 21, 0))
    rig.work(45)
    status = rig.controller.status()
    assert status.summary() == "Sitting 45 min · no breaks until 08:00 tomorrow (working hours)"
    assert rig.sessions == []
    assert look_for(status).mode == "held"  # no "due" badge for a break that waits on hours
    preview = next_break_preview(status, 30, local(24, 21, 45))
    assert preview == "No breaks until 08:00 tomorrow (working hours)."


def test_friday_evening_names_monday(qtbot: QtBot) -> None:
    rig = rig_at(qtbot, local(27, 19, 0))
    rig.work(5)
    status = rig.controller.status()
    assert status.summary() == "Sitting 5 min · no breaks until 08:00 Monday (working hours)"
    assert status.held_until == "2026-11-30T08:00+01:00"


def test_early_morning_names_today(qtbot: QtBot) -> None:
    rig = rig_at(qtbot, local(24, 7, 40))
    rig.work(10)
    status = rig.controller.status()
    assert status.summary() == "Sitting 10 min · no breaks until 08:00 (working hours)"
    assert status.held_until == "2026-11-24T08:00+01:00"


def test_just_inside_working_hours_the_countdown_is_true(qtbot: QtBot) -> None:
    rig = rig_at(qtbot, local(24, 8, 0))
    rig.work(10)
    status = rig.controller.status()
    assert status.summary() == "Sitting 10 min · break in 20 min"
    assert status.held_until is None
    assert status.next_prompt_at == "2026-11-24T08:30+01:00"
    preview = next_break_preview(status, 30, local(24, 8, 10))
    assert preview == "Next break at 08:30 if you keep sitting"


def test_the_last_minutes_before_the_end_of_working_hours(qtbot: QtBot) -> None:
    rig = rig_at(qtbot, local(24, 18, 40))
    rig.work(10)
    status = rig.controller.status()
    assert status.summary() == "Sitting 10 min · break in 20 min"
    rig.work(10)  # 19:00: working hours are over before the break came
    status = rig.controller.status()
    assert status.summary() == "Sitting 20 min · no breaks until 08:00 tomorrow (working hours)"
    assert status.to_json()["next_prompt_at"] is None


def test_a_meeting_holds_the_break_in_words(qtbot: QtBot) -> None:
    rig = rig_at(qtbot, local(24, 10, 0))
    rig.work(25)
    rig.meetings.presence_likely = True
    rig.away(10)
    status = rig.controller.status()
    assert status.state == "held"
    assert status.summary() == "Sitting 35 min · break waiting (in a meeting)"
    assert status.to_json()["next_prompt_at"] is None


def test_standing_clears_a_waiting_break(qtbot: QtBot) -> None:
    rig = rig_at(qtbot, local(24, 10, 0))
    rig.work(25)
    rig.meetings.presence_likely = True
    rig.away(10)
    assert rig.controller.status().state == "held"
    rig.controller.set_standing(True)
    status = rig.controller.status()
    assert status.state == "standing"
    assert status.summary() == "Standing"
    assert look_for(status).mode == "standing"


@pytest.mark.parametrize(
    ("reason", "state", "words"),
    [
        ("meeting", "held", "break waiting (in a meeting)"),
        ("fullscreen", "held", "break waiting (full-screen app)"),
        ("outside_hours", "held", "no breaks until 08:00 tomorrow (working hours)"),
        ("outside_hours", "sitting", "no breaks until 08:00 tomorrow (working hours)"),
        (None, "held", "break waiting (held)"),
        ("meeting", "sitting", None),
        (None, "sitting", None),
    ],
)
def test_every_hold_reason_has_words(reason: str | None, state: str, words: str | None) -> None:
    status = Status(
        state,
        40.0,
        30.0,
        0.0,
        hold_reason=reason,
        held_until="2026-11-25T08:00+01:00" if reason == "outside_hours" else None,
        as_of="2026-11-24T22:00+01:00",
    )
    assert hold_words(status) == words
    if words is not None:
        assert status.summary() == f"Sitting 40 min · {words}"


def test_no_work_days_at_all_promises_nothing() -> None:
    status = Status("sitting", 5.0, 30.0, 25.0, hold_reason="outside_hours", as_of=None)
    assert status.summary() == "Sitting 5 min · no breaks (outside working hours)"


def test_a_hold_ending_more_than_a_week_on_gives_the_date() -> None:
    status = Status(
        "sitting",
        5.0,
        30.0,
        25.0,
        hold_reason="outside_hours",
        held_until="2027-01-04T08:00+01:00",
        as_of="2026-12-24T18:00+01:00",
    )
    assert status.summary() == "Sitting 5 min · no breaks until 08:00 on 4 January (working hours)"


def test_do_not_disturb_promises_a_quiet_break_not_a_hold() -> None:
    status = Status("sitting", 12.0, 30.0, 18.0, hold_reason="do_not_disturb")
    assert hold_words(status) is None, "nothing is held back"
    assert status.summary() == "Sitting 12 min · break in 18 min (quietly: Do Not Disturb)"
