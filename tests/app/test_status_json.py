"""``standup-buddy status --json`` prints exactly the same bytes whatever types sit behind it.

The reply is built by the running app (``Status.to_json``), sent over the
socket as JSON and printed by the CLI with ``json.dumps(..., indent=2)``;
this pins that text for a running controller in each kind of state
(micro-pauses off, as by default: ``next_micro_minutes`` is null).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pytestqt.qtbot import QtBot
from tests.app.test_controller import Rig

from standup_buddy.settings import Settings

HOURS = Settings(
    {
        "schedule.work_days": ("mon", "tue", "wed", "thu", "fri"),
        "schedule.start": dt.time(8, 0),
        "schedule.end": dt.time(19, 0),
    }
)


def printed(rig: Rig) -> str:
    # As the CLI prints it, after the trip over the socket.
    over_the_socket = json.loads(json.dumps({"status": rig.controller.status().to_json()}))
    return json.dumps(over_the_socket["status"], indent=2)


def test_sitting_in_working_hours(qtbot: QtBot) -> None:
    rig = Rig(qtbot, HOURS)
    rig.work(12)
    assert printed(rig) == """{
  "state": "sitting",
  "sitting_minutes": 12.0,
  "next_break_minutes": 18.0,
  "paused_until": null,
  "hold_reason": null,
  "next_prompt_at": "2026-11-24T10:30+01:00",
  "held_until": null,
  "idle_source": "fake",
  "standing": false,
  "next_micro_minutes": null,
  "snoozes_left": null,
  "strict": false,
  "summary": "Sitting 12 min \\u00b7 break in 18 min"
}"""


def test_paused(qtbot: QtBot) -> None:
    rig = Rig(qtbot, HOURS)
    rig.work(5)
    rig.controller.pause(30)
    assert printed(rig) == """{
  "state": "paused",
  "sitting_minutes": 5.0,
  "next_break_minutes": null,
  "paused_until": "2026-11-24T10:35+01:00",
  "hold_reason": null,
  "next_prompt_at": null,
  "held_until": null,
  "idle_source": "fake",
  "standing": false,
  "next_micro_minutes": null,
  "snoozes_left": null,
  "strict": false,
  "summary": "Paused until 10:35 \\u00b7 sitting 5 min"
}"""


def test_held_outside_working_hours(qtbot: QtBot) -> None:
    rig = Rig(qtbot, HOURS)
    rig.clock.t += 10 * 3600  # 20:00 local, the input source saying "typing" all along
    rig.work(40)
    assert printed(rig) == """{
  "state": "held",
  "sitting_minutes": 640.0,
  "next_break_minutes": 0.0,
  "paused_until": null,
  "hold_reason": "outside_hours",
  "next_prompt_at": null,
  "held_until": "2026-11-25T08:00+01:00",
  "idle_source": "fake",
  "standing": false,
  "next_micro_minutes": null,
  "snoozes_left": null,
  "strict": false,
  "summary": "Sitting 10 h 40 min \\u00b7 no breaks until 08:00 tomorrow (working hours)"
}"""


def test_every_value_is_a_plain_json_type(qtbot: QtBot) -> None:
    # Enum members would print the same, but the reply must not depend on that.
    rig = Rig(qtbot, HOURS)
    rig.work(3)
    rig.controller.set_standing(True)
    for value in rig.controller.status().to_json().values():
        assert type(value) in (str, float, bool, type(None)), value


def test_the_status_speaks_the_cores_vocabulary() -> None:
    from standup_buddy.core.engine import EngineState
    from standup_buddy.core.scheduler import HoldReason
    from standup_buddy.session import Status

    status = Status("held", 31.0, 30.0, 0.0, hold_reason="meeting")
    assert status.state is EngineState.HELD and status.hold_reason is HoldReason.MEETING
    assert status.summary() == "Sitting 31 min · break waiting (in a meeting)"
    with pytest.raises(ValueError, match="sleeping"):
        Status("sleeping", 0.0, 30.0, None)


def test_next_micro_minutes_when_micro_pauses_are_on(qtbot: QtBot) -> None:
    rig = Rig(qtbot, HOURS.replace({"micro.enabled": True}))
    rig.work(12)
    assert '\n  "next_micro_minutes": 8.0,\n' in printed(rig)
