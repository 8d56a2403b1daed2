"""The break rules and the screen-time cap through the real controller and history.

An emergency exit is stored as a skipped break and marked, and ``stats
--json`` says so; the screen-time notice comes once a local day, never twice,
after midnight again, and not again after a restart (fake clock throughout).
"""

from __future__ import annotations

import datetime as dt
import json

from pytestqt.qtbot import QtBot
from tests.app.test_controller import START, FakeClock, FakeMeetings

from standup_buddy.app import Controller, Probes
from standup_buddy.core.break_rules import Answer
from standup_buddy.core.marks import MarkKind
from standup_buddy.core.model import Outcome, local_date
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.idle.base import FakeIdleSource
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.session import BreakSession
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.daystats import stats_for_days
from standup_buddy.storage.history import HistoryStore

# Every day of the week, all day: the tests must not depend on when they run.
ALL_DAY = {
    "schedule.work_days": ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    "schedule.start": dt.time(0, 0),
    "schedule.end": dt.time(23, 59),
}


class Rig:
    def __init__(self, settings: Settings, clock: FakeClock | None = None) -> None:
        self.clock = clock or FakeClock()
        self.idle = FakeIdleSource(0.0)
        self.paths = resolve_paths()
        self.store = HistoryStore(open_database(self.paths.history_db))
        self.sessions: list[BreakSession] = []
        self.notices: list[tuple[str, str]] = []
        self.controller = Controller(
            paths=self.paths,
            settings=settings,
            unknown_settings={},
            clock=self.clock,
            probes=Probes(idle=self.idle, meetings=FakeMeetings()),
            store=self.store,
            messages=MessageCenter(),
        )
        self.controller.break_due.connect(self.sessions.append)
        self.controller.notice.connect(lambda title, text: self.notices.append((title, text)))
        self.controller.start()

    def work(self, minutes: float, step: float = 30.0) -> None:
        end = self.clock.t + minutes * 60
        while self.clock.t < end:
            self.clock.t = min(end, self.clock.t + step)
            self.idle.set(0.0)
            self.controller.wake()

    def stop(self) -> None:
        self.controller.shutdown()
        self.store.close()


def stats_json(store: HistoryStore, day: dt.date) -> dict[str, object]:
    """The day's ``stats --json`` object (the CLI prints exactly this, read from now)."""
    [figures] = stats_for_days(store, [day], Settings())
    return json.loads(json.dumps(figures.to_json()))


def test_strict_mode_refuses_snooze_and_skip_and_the_exit_is_recorded(qtbot: QtBot) -> None:
    rig = Rig(Settings({**ALL_DAY, "breaks.strict": True}))
    rig.work(31)
    assert len(rig.sessions) == 1
    controller = rig.controller
    controller.break_shown(["walk-break"])
    offers = controller.break_offers()
    assert offers.answers == {Answer.DONE, Answer.EMERGENCY_EXIT}
    status = controller.status()
    assert status.summary() == "Sitting 31 min · break due now · strict: Done only"
    assert status.to_json()["strict"] is True and status.to_json()["snoozes_left"] == 0
    assert controller.break_snoozed() is False
    assert controller.break_skipped() is False
    assert rig.store.breaks_between(START, START + 86400) == []
    controller.break_emergency_exit()
    [record] = rig.store.breaks_between(START, START + 86400)
    assert record.outcome is Outcome.SKIPPED and record.snoozes == 0
    today = local_date(rig.clock.t, rig.clock.offset)
    assert [m.kind for m in rig.store.marks(today, today)] == [MarkKind.EMERGENCY_EXIT]
    day = stats_json(rig.store, today)
    assert day["breaks_skipped"] == 1 and day["emergency_exits"] == 1
    assert day["screen_time_cap_reached"] is False
    rig.stop()


def test_a_snooze_beyond_the_limit_is_refused_and_the_tooltip_counts_down(qtbot: QtBot) -> None:
    rig = Rig(Settings({**ALL_DAY, "breaks.max_snoozes": 1}))
    rig.work(31)
    controller = rig.controller
    assert "1 snooze left" in controller.status().summary()
    assert controller.break_snoozed() is True
    rig.work(6)
    assert len(rig.sessions) == 2
    assert "no snoozes left" in controller.status().summary()
    assert controller.break_snoozed() is False
    assert controller.status().break_open


def test_the_screen_time_notice_comes_once_a_day_across_midnight_and_a_restart(
    qtbot: QtBot,
) -> None:
    settings = Settings({**ALL_DAY, "activity.daily_screen_time_hours": 1})
    # 21:00 local (+1 h): the evening of day one.
    clock = FakeClock(t=START + 11 * 3600)
    rig = Rig(settings, clock)
    rig.work(50)
    assert rig.notices == []
    rig.work(15)
    assert len(rig.notices) == 1
    assert "1 hour today" in rig.notices[0][1]
    rig.work(40)
    assert len(rig.notices) == 1, "never twice a day"
    day_one = local_date(clock.t, clock.offset)
    rig.stop()

    # A restart the same evening: the day's notice was given already.
    rig = Rig(settings, clock)
    rig.work(60)
    assert rig.notices == []
    assert local_date(clock.t, clock.offset) == day_one
    # Past midnight the count starts again; the new day gets its own notice.
    rig.work(20)
    day_two = local_date(clock.t, clock.offset)
    assert day_two == day_one + dt.timedelta(days=1)
    assert rig.notices == []
    rig.work(60)
    assert len(rig.notices) == 1
    marks = rig.store.marks(day_one, day_two, kind=MarkKind.SCREEN_TIME_CAP)
    assert [m.day for m in marks] == [day_one, day_two]
    assert stats_json(rig.store, day_two)["screen_time_cap_reached"] is True
    rig.stop()
    # And after another restart on day two, nothing more.
    rig = Rig(settings, clock)
    rig.work(20)
    assert rig.notices == []
    rig.stop()


def test_no_cap_no_notice(qtbot: QtBot) -> None:
    rig = Rig(Settings(ALL_DAY))
    rig.work(16 * 60 + 10, step=60)
    assert rig.notices == []


def test_the_export_lists_the_day_marks(qtbot: QtBot) -> None:
    import csv
    import io

    from standup_buddy.storage.export import write_export

    rig = Rig(Settings({**ALL_DAY, "breaks.allow_skip": False}))
    rig.work(31)
    assert rig.controller.break_skipped() is False
    rig.controller.break_emergency_exit()
    out = io.StringIO()
    write_export(rig.store, "json", out)
    marks = json.loads(out.getvalue())["day_marks"]
    assert [m["kind"] for m in marks] == ["emergency_exit"]
    out = io.StringIO()
    write_export(rig.store, "csv", out)
    rows = [r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["record"] == "mark"]
    assert [r["kind"] for r in rows] == ["emergency_exit"]
    rig.stop()
