"""The controller: engine + history + UI signals, driven by a fake clock and idle source."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from standup_buddy.app import Controller, Probes
from standup_buddy.core.model import ActivityKind, Outcome
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.idle.base import FakeIdleSource
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.session import BreakSession, Status
from standup_buddy.settings import Settings, load_settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore

# A Tuesday at 10:00 UTC (inside working hours), offset +1 h.
START = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC).timestamp()


@dataclass
class FakeClock:
    t: float = START
    offset: int = 3600

    def mono(self) -> float:
        return self.t

    def wall(self) -> float:
        return self.t

    def utc_offset(self) -> int:
        return self.offset

    def app_seconds(self, real_seconds: float) -> float:
        return real_seconds

    def real_seconds(self, app_seconds: float) -> float:
        return app_seconds


@dataclass
class FakeMeetings:
    presence_likely: bool = False
    calls: int = 0

    def check(self) -> FakeMeetings:
        self.calls += 1
        return self


class Rig:
    def __init__(self, qtbot: QtBot, settings: Settings | None = None) -> None:
        self.clock = FakeClock()
        self.idle = FakeIdleSource(0.0)
        self.meetings = FakeMeetings()
        self.paths = resolve_paths()
        self.store = HistoryStore(open_database(self.paths.history_db))
        self.messages = MessageCenter()
        self.statuses: list[Status] = []
        self.sessions: list[BreakSession] = []
        self.withdrawn = 0
        self.controller = Controller(
            paths=self.paths, settings=settings or Settings(), unknown_settings={},
            clock=self.clock, probes=Probes(idle=self.idle, meetings=self.meetings),
            store=self.store, messages=self.messages,
        )
        self.controller.status_changed.connect(self.statuses.append)
        self.controller.break_due.connect(self.sessions.append)
        self.controller.break_withdrawn.connect(self._withdrawn)
        self.controller.start()

    def _withdrawn(self) -> None:
        self.withdrawn += 1

    def work(self, minutes: float, step: float = 30.0) -> None:
        """The user types steadily for ``minutes``; the timer fires as armed."""
        end = self.clock.t + minutes * 60
        while self.clock.t < end:
            self.clock.t = min(end, self.clock.t + step)
            self.idle.set(0.0)
            self.controller.wake()

    def away(self, minutes: float, step: float = 30.0) -> None:
        end = self.clock.t + minutes * 60
        began = self.clock.t
        while self.clock.t < end:
            self.clock.t = min(end, self.clock.t + step)
            self.idle.set(self.clock.t - began)
            self.controller.wake()

    def intervals(self) -> list[tuple[str, float]]:
        return [(i.kind.value, round(i.seconds / 60, 1))
                for i in self.store.intervals_between(START - 10, START + 86400)]


def test_break_comes_due_after_the_interval_and_done_is_recorded(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(29)
    assert rig.sessions == []
    rig.work(2)
    assert len(rig.sessions) == 1
    session = rig.sessions[0]
    assert session.duration_seconds == 120 and session.style == "card"
    rig.controller.break_shown(["walk-break"])
    rig.controller.break_started()
    rig.clock.t += 90
    rig.controller.break_done(["walk-break"])
    [record] = rig.store.breaks_between(START, START + 86400)
    assert record.outcome is Outcome.COMPLETED
    assert record.stretch_ids == ("walk-break",)
    assert record.ended is not None and record.started is not None
    assert record.ended - record.started == pytest.approx(90, abs=1)
    assert rig.controller.status().sitting_minutes == 0


def test_status_reaches_the_tray_in_words(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(12)
    status = rig.controller.status()
    assert status.summary() == "Sitting 12 min · break in 18 min"
    assert status.to_json()["state"] == "sitting"
    assert status.idle_source == "fake"


def test_natural_break_is_stored_from_the_last_input(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(20)
    rig.away(12)
    rig.work(1)
    kinds = rig.intervals()
    assert ("natural_break", 12.5) in kinds  # back at the first sample after input
    assert kinds[0] == ("sitting", 20.0)
    assert rig.controller.status().sitting_minutes <= 1


def test_snooze_and_skip(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(31)
    assert len(rig.sessions) == 1
    rig.controller.break_snoozed()
    rig.work(4)
    assert len(rig.sessions) == 1
    rig.work(2)
    assert len(rig.sessions) == 2
    rig.controller.break_skipped()
    [record] = rig.store.breaks_between(START, START + 86400)
    assert (record.outcome, record.snoozes) == (Outcome.SKIPPED, 1)
    assert rig.controller.status().sitting_minutes == 0


def test_unanswered_prompt_is_missed_and_the_card_withdrawn(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(31)
    rig.controller.break_shown(["plank"])
    rig.work(3)
    assert rig.withdrawn == 1
    [record] = rig.store.breaks_between(START, START + 86400)
    assert record.outcome is Outcome.MISSED


def test_meeting_holds_the_prompt_and_counts_as_present(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(25)
    rig.meetings.presence_likely = True
    rig.away(20)  # no input, but a call is on
    assert rig.sessions == []
    assert rig.controller.status().state == "held"
    assert all(kind != "natural_break" for kind, _ in rig.intervals())
    rig.meetings.presence_likely = False
    rig.work(3)
    assert len(rig.sessions) == 1


def test_meetings_are_only_checked_when_they_can_matter(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(20)
    assert rig.meetings.calls == 0


def test_pause_and_resume(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(5)
    rig.controller.pause(30)
    status = rig.controller.status()
    assert status.state == "paused" and status.paused_until is not None
    assert status.paused_until.endswith("+01:00")
    rig.work(40)
    assert rig.sessions == []
    rig.controller.resume()
    assert rig.controller.status().state == "sitting"


def test_heartbeat_keeps_the_running_interval_at_most_a_minute_behind(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(10, step=10)
    [(kind, start, end)] = rig.store.connection.execute(
        "SELECT kind, start_utc, end_utc FROM intervals WHERE open = 1").fetchall()
    assert kind == "sitting" and start == START
    assert rig.clock.t - end <= 60


def test_shutdown_closes_the_running_interval(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(7)
    rig.controller.shutdown()
    rows = rig.store.connection.execute("SELECT kind, start_utc, end_utc, open FROM intervals"
                                        ).fetchall()
    assert rows == [("sitting", START, START + 420, 0)]


def test_streak_and_standing_survive_a_quick_restart(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.controller.set_standing(True)
    rig.work(3)
    rig.controller.set_standing(False)
    rig.work(12)
    rig.controller.shutdown()
    rig2_clock = rig.clock
    rig2_clock.t += 60
    controller = Controller(
        paths=rig.paths, settings=Settings(), unknown_settings={}, clock=rig2_clock,
        probes=Probes(idle=FakeIdleSource(0.0)), store=rig.store, messages=MessageCenter())
    assert controller.status().sitting_minutes == pytest.approx(12, abs=1)
    state = json.loads(rig.store.get_state("session") or "{}")
    assert state["standing"] is False


def test_apply_settings_saves_the_file_and_records_a_goal_change(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    changed = Settings().replace({"goal.metric": "breaks", "goal.daily_target": 6,
                                  "breaks.interval_minutes": 45})
    with qtbot.waitSignal(rig.controller.settings_changed):
        rig.controller.apply_settings(changed)
    assert load_settings(rig.paths.settings_file, dt.datetime.now()).settings == changed
    assert [(g.metric.value, g.target) for g in rig.store.goals()] == [("breaks", 6)]
    rig.work(40)
    assert rig.sessions == []
    rig.work(6)
    assert len(rig.sessions) == 1


def test_a_full_disk_is_reported_once_and_tracking_goes_on(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    shown: list[str] = []
    rig.messages.subscribe(lambda m: shown.append(m.title))
    pages = rig.store.connection.execute("PRAGMA page_count").fetchone()[0]
    rig.store.connection.execute(f"PRAGMA max_page_count = {pages}")
    rig.work(31)
    rig.work(40)
    assert shown.count("History not saved") <= 1
    assert len(rig.sessions) >= 1


def test_no_history_database_still_tracks(qtbot: QtBot, tmp_path: Path) -> None:
    controller = Controller(
        paths=resolve_paths(), settings=Settings(), unknown_settings={}, clock=FakeClock(),
        probes=Probes(idle=FakeIdleSource(0.0)), store=None, messages=MessageCenter())
    controller.start()
    assert controller.status().state == "sitting"
    controller.shutdown()
    assert ActivityKind.SITTING.value == "sitting"


def test_an_absence_across_midnight_is_stored_once(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.clock.t = dt.datetime(2026, 11, 24, 21, 0, tzinfo=dt.UTC).timestamp()  # 22:00 local
    rig.controller.wake()
    rig.work(20)
    rig.away(12 * 60, step=600)  # the heartbeat splits the open row at local midnight
    rig.work(1)
    store = rig.store
    rows = store.connection.execute(
        "SELECT kind, start_utc, end_utc FROM intervals WHERE kind = 'natural_break' "
        "ORDER BY start_utc").fetchall()
    assert len(rows) == 2  # split at local midnight, no duplicate piece
    assert rows[0][2] == rows[1][1]
    total = sum(end - start for _, start, end in rows)
    assert total == pytest.approx(12 * 60 * 60, abs=60)
    from standup_buddy.storage.daystats import stats_for_days

    day = dt.date(2026, 11, 24)
    figures = stats_for_days(store, [day, day + dt.timedelta(1)], Settings())
    assert [f.natural_breaks for f in figures] == [1, 0]


def test_a_call_joined_before_the_break_is_due_gets_no_card(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(27)
    rig.meetings.presence_likely = True  # a call, nobody types
    calls = rig.meetings.calls
    rig.away(10)
    assert rig.sessions == []
    assert rig.meetings.calls > calls  # asked at the moment the break came due
    assert rig.controller.status().state == "held"
    rig.meetings.presence_likely = False
    rig.away(1)  # the call ended; still no input
    assert len(rig.sessions) == 1


def test_full_screen_is_probed_before_the_break_comes_due(qtbot: QtBot) -> None:
    rig = Rig(qtbot)

    @dataclass
    class Film:
        on: bool = False
        calls: int = 0

        def is_fullscreen(self) -> bool:
            self.calls += 1
            return self.on

    film = Film()
    rig.controller._probes.fullscreen = film
    rig.work(20)
    assert film.calls == 0  # nothing to decide: no probe
    film.on = True
    rig.work(15, step=10)
    assert rig.sessions == []
    assert rig.controller.status().state == "held"
    film.on = False
    rig.work(1)
    assert len(rig.sessions) == 1


def test_a_hold_during_an_unanswered_card_withdraws_it(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(30, step=60)
    assert len(rig.sessions) == 1
    rig.controller.break_shown(["walk-break"])
    shown = rig.clock.t
    rig.clock.t += 5
    rig.controller.break_started()  # the card's countdown began by itself
    rig.meetings.presence_likely = True  # a call comes in; nobody touches the card
    rig.clock.t += 25
    rig.idle.set(rig.clock.t - shown + 1)
    rig.controller.wake()
    assert rig.withdrawn == 1
    assert rig.store.breaks_between(START, START + 86400) == []
    assert all(kind != "break" for kind, _ in rig.intervals())


def test_the_meeting_check_backs_off_while_the_user_is_away(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(10)
    rig.away(60)
    assert rig.controller.status().state == "away"
    # Without the back-off: one pactl run per 30-second look, about 110.
    assert rig.meetings.calls <= 10
    before = rig.meetings.calls
    rig.work(1)
    rig.away(4.5)  # input returned: looking idle again is asked about at once
    assert rig.meetings.calls > before


def test_quit_closes_the_running_interval_at_the_quit_instant(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(7, step=60)
    rig.clock.t += 45  # the timer has not fired since the last sample
    rig.controller.shutdown()
    rows = rig.store.connection.execute(
        "SELECT kind, start_utc, end_utc, open FROM intervals").fetchall()
    assert rows == [("sitting", START, START + 465, 0)]


def test_logout_writes_history_up_to_that_instant(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.work(7, step=60)
    rig.clock.t += 45
    rig.controller.checkpoint()
    [(end,)] = rig.store.connection.execute("SELECT end_utc FROM intervals").fetchall()
    assert end == START + 465


@dataclass
class BootClock(FakeClock):
    boot_id: str = "boot-1"
    since_boot: float = 1000.0

    def boot_clock(self) -> tuple[str, float]:
        return self.boot_id, self.since_boot


@pytest.mark.parametrize(
    ("wall_step", "boot_step", "same_boot", "kept"),
    [
        (-3600, 60, True, True),  # clock set back an hour, a minute really passed
        (60, 600, True, False),  # ten minutes really passed (a suspend)
        (-3600, 0, False, False),  # another boot and the clock went back: unknown
        (60, 0, False, True),  # another boot, a minute on the wall clock
    ],
)
def test_a_restart_keeps_the_streak_on_boot_clock_evidence(
    qtbot: QtBot, wall_step: float, boot_step: float, same_boot: bool, kept: bool
) -> None:
    clock = BootClock()
    paths = resolve_paths()
    store = HistoryStore(open_database(paths.history_db))
    first = Controller(paths=paths, settings=Settings(), unknown_settings={}, clock=clock,
                       probes=Probes(idle=FakeIdleSource(0.0)), store=store,
                       messages=MessageCenter())
    for _ in range(24):
        clock.t += 30
        clock.since_boot += 30
        first.wake()
    first.shutdown()
    clock.t += wall_step
    clock.since_boot = clock.since_boot + boot_step if same_boot else 5.0
    clock.boot_id = "boot-1" if same_boot else "boot-2"
    second = Controller(paths=paths, settings=Settings(), unknown_settings={}, clock=clock,
                        probes=Probes(idle=FakeIdleSource(0.0)), store=store,
                        messages=MessageCenter())
    minutes = second.status().sitting_minutes
    assert minutes == (pytest.approx(12, abs=1) if kept else 0)


def test_an_error_while_waking_never_leaves_the_timer_unarmed(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    rig.controller._timer.stop()

    def broken() -> float:
        raise RuntimeError("probe bug")

    rig.idle.idle_seconds = broken  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        rig.controller.wake()
    assert rig.controller._timer.isActive()
    rig.controller._timer.stop()
    # An error while handling the engine's events (a store bug): still armed.
    del rig.idle.idle_seconds
    rig.store.heartbeat = lambda *_: broken()  # type: ignore[method-assign]
    rig.clock.t += 120
    with pytest.raises(RuntimeError):
        rig.controller.wake()
    assert rig.controller._timer.isActive()


def test_the_figure_cache_is_filled_for_readers_and_kept_at_each_new_day(qtbot: QtBot) -> None:
    from standup_buddy.core.stats import day_number

    def cached() -> list[int]:
        return [r[0] for r in rig.store.connection.execute("SELECT day FROM day_figures")]

    rig = Rig(qtbot)
    rig.work(30)
    today = dt.date(2026, 11, 24)
    assert cached() == []
    rig.controller.keep_figures()  # what the running app does once after start-up
    # The year up to today, less the running interval's day and the two
    # before it (its heartbeats clear them).
    assert sorted(cached()) == list(range(day_number(today) - 364, day_number(today) - 2))
    rig.work(30)
    assert max(cached()) == day_number(today) - 3
    # Past local midnight the running row moves to a new day: one more day kept.
    rig.clock.t = dt.datetime(2026, 11, 24, 22, 50, tzinfo=dt.UTC).timestamp()  # 23:50 local
    rig.controller.wake()
    rig.work(20)
    assert max(cached()) == day_number(today) - 2
