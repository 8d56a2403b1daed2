"""Two computers, two homes, one sync folder (simulated sync with delay and conflicts)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.app.sync_sim import START, World

from standup_buddy.core.stats import date_range
from standup_buddy.settings import Settings
from standup_buddy.storage.daystats import stats_for_days
from standup_buddy.storage.sync_folder import SUBFOLDER


@pytest.fixture
def world(tmp_path: Path, qtbot: QtBot) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.close()


def _streak(device: object) -> float:
    return device.controller.status().sitting_minutes  # type: ignore[attr-defined]


def test_the_streak_continues_when_the_user_moves_to_the_other_computer(world: World) -> None:
    world.run(20)
    assert _streak(world.desk) == pytest.approx(20, abs=1)
    assert world.laptop.controller.engine.status().present is False  # away all along
    # Two minutes' walk (below the 5-minute natural-break threshold), then the laptop.
    world.at = None
    world.run(2)
    world.at = world.laptop
    world.run(3)
    # The laptop did not start at 0: 20 at the desk + the walk + 3 here.
    assert _streak(world.laptop) == pytest.approx(25, abs=1.5)


def test_a_real_break_away_from_both_does_not_carry_over(world: World) -> None:
    world.run(20)
    world.at = None
    world.run(8)  # longer than the threshold: a natural break
    world.at = world.laptop
    world.run(2)
    assert _streak(world.laptop) <= 2.5


def test_only_one_computer_prompts_and_the_break_counts_on_both(world: World) -> None:
    world.run(27)
    world.at = world.laptop  # the desk is idle 3 minutes: it would still prompt alone
    for _ in range(40):
        world.run(0.25)
        if world.laptop.sessions:
            break
    assert len(world.laptop.sessions) == 1
    assert world.desk.controller.engine.status().present  # the desk could have prompted
    assert world.desk.sessions == []
    # The user takes the break at the laptop.
    world.laptop.controller.break_shown(["walk-break"])
    world.laptop.controller.break_started()
    sat = (world.clock.t - START) / 60
    world.run(1)
    world.laptop.controller.break_done(["walk-break"])
    world.run(2)
    # The desk saw it: its streak restarted and it never prompted.
    assert _streak(world.desk) <= 2.5
    assert world.desk.sessions == []
    settings = Settings()
    today = date_range(_today(), 1)
    others = world.desk.link.others(300.0)
    [day] = stats_for_days(world.desk.store, today, settings, others)
    assert day.breaks_completed == 1
    # Sitting counted once across both computers, not twice.
    assert day.sitting_minutes == pytest.approx(sat, abs=1.5)
    [only_desk] = stats_for_days(world.desk.store, today, settings, None)
    assert only_desk.breaks_completed == 0


def test_conflict_copies_were_made_and_cleaned_and_nothing_counted_twice(world: World) -> None:
    world.run(12)
    world.at = world.laptop
    world.run(30)
    names = [p.name for d in world.devices for p in (d.folder / SUBFOLDER).iterdir()]
    assert world.sync._count > 3
    # Conflict copies of a device's own files are removed by that device only
    # (after merging); copies of the other device's journal may remain and are harmless.
    for d in world.devices:
        own = [
            p.name
            for p in (d.folder / SUBFOLDER).iterdir()
            if d.link.device in p.name and "sync-conflict" in p.name
        ]
        assert own == []
    assert names
    for d in world.devices:
        snap = d.link.snapshot
        keys = [r.key for r in snap.records]
        assert len(keys) == len(set(keys))
    desk_view = world.desk.link.others(300.0)
    laptop_view = world.laptop.link.others(300.0)
    days = date_range(_today(), 1)
    a = stats_for_days(world.desk.store, days, Settings(), desk_view)
    b = stats_for_days(world.laptop.store, days, Settings(), laptop_view)
    # Both computers show the same day (the other's running interval is known to
    # the minute of its last heartbeat, so allow that much).
    assert a[0].sitting_minutes == pytest.approx(b[0].sitting_minutes, abs=1.5)
    assert a[0].natural_breaks == b[0].natural_breaks


def test_the_folder_holds_no_paths_of_the_home(world: World, tmp_path: Path) -> None:
    world.run(10)
    world.at = world.laptop
    world.run(10)
    for d in world.devices:
        for p in (d.folder / SUBFOLDER).iterdir():
            text = p.read_text(encoding="utf-8")
            assert str(tmp_path) not in text
            assert "home-" not in text


def _today() -> dt.date:
    return dt.datetime.fromtimestamp(START + 3600, dt.UTC).date()


def test_a_goal_set_on_one_computer_shows_in_the_others_settings_page(
    world: World, qtbot: QtBot
) -> None:
    from tests.ui.test_settings_dialog import FakeAutostart

    from standup_buddy.core.model import GoalMetric
    from standup_buddy.messages import MessageCenter
    from standup_buddy.services.autostart import AutostartService
    from standup_buddy.ui.settings_dialog import SettingsDialog

    world.run(2)
    autostart = AutostartService(MessageCenter(), FakeAutostart())
    dialog = SettingsDialog(world.laptop.controller, autostart=autostart)
    qtbot.addWidget(dialog)
    assert dialog.editors["goal.daily_target"].value() == 30  # type: ignore[attr-defined]
    world.desk.controller.set_goal(GoalMetric.BREAKS, 8)
    world.run(2)  # longer than the simulated sync's delay
    laptop = world.laptop.controller.settings()
    assert (laptop.get_str("goal.metric"), laptop.get_int("goal.daily_target")) == ("breaks", 8)
    assert dialog.editors["goal.daily_target"].value() == 8  # type: ignore[attr-defined]
    # Kept in the laptop's own settings file, and not written back as its own change.
    assert 'daily_target = 8' in world.laptop.paths.settings_file.read_text(encoding="utf-8")
    goals = [r for r in world.laptop.link.journal.records() if r.type.value == "goal"]
    assert [(g.data["metric"], g.data["target"]) for g in goals] == [("movement_minutes", 30)]
    # The last writer wins: a later change on the laptop reaches the desk.
    world.laptop.controller.set_goal(GoalMetric.BREAKS, 6)
    world.run(2)
    desk = world.desk.controller.settings()
    assert desk.get_int("goal.daily_target") == 6


def _book(device: object, clock: object) -> object:
    """The device's history service, its check-ins through the journalling book (as the app)."""
    from standup_buddy.messages import MessageCenter
    from standup_buddy.services.history import HistoryService
    from standup_buddy.storage.checkins import CheckInBook

    book = CheckInBook(
        device.store,  # type: ignore[attr-defined]
        lambda: device.link,  # type: ignore[attr-defined]
        clock.wall,  # type: ignore[attr-defined]
        lambda _at: clock.offset,  # type: ignore[attr-defined]
    )
    return HistoryService(device.store, MessageCenter(), checkins=book)  # type: ignore[attr-defined]


def test_a_check_in_answered_at_one_computer_appears_at_the_other(
    world: World, qtbot: QtBot
) -> None:
    from standup_buddy.ui.checkin_prompt import should_ask
    from standup_buddy.ui.progress.checkin import CheckInWidget

    today = _today()
    settings = Settings().replace({"checkin.enabled": True})
    desk_book, laptop_book = _book(world.desk, world.clock), _book(world.laptop, world.clock)
    world.run(1)
    desk_form = CheckInWidget(desk_book, lambda: today, world.clock.wall)  # type: ignore[arg-type]
    qtbot.addWidget(desk_form)
    desk_form.slider.setValue(6)
    desk_form.note.setText("stiff after the drive")
    desk_form.save()
    world.run(2)  # the simulated sync delivers the desk's journal
    [seen] = laptop_book.checkins(today, today)  # type: ignore[attr-defined]
    assert (seen.score, seen.note) == (6, "stiff after the drive")
    # The laptop does not ask again today, and its form shows the desk's answer.
    assert not should_ask(settings, laptop_book, today, None)  # type: ignore[arg-type]
    laptop_form = CheckInWidget(
        laptop_book, lambda: today, world.clock.wall, confirm=lambda *_: True  # type: ignore[arg-type]
    )
    qtbot.addWidget(laptop_form)
    assert laptop_form.state_label.text() == "Saved for today: 6/10."
    assert "other computers" in " ".join(
        w.text() for w in laptop_form.findChildren(type(laptop_form.state_label))
    )
    # A later answer at the laptop wins at both.
    world.run(1)
    laptop_form.slider.setValue(3)
    laptop_form.save()
    world.run(2)
    assert [c.score for c in desk_book.checkins(today, today)] == [3]  # type: ignore[attr-defined]
    # Deleting all at the desk removes them at the laptop too.
    world.run(1)
    desk_form._confirm = lambda *_: True
    desk_form.delete_all()
    world.run(2)
    assert desk_book.checkins() == []  # type: ignore[attr-defined]
    assert laptop_book.checkins() == []  # type: ignore[attr-defined]


def test_a_routine_done_at_one_computer_counts_at_the_other(world: World) -> None:
    # The daily routine is recorded by its window through the history service,
    # not by the engine; it must reach the journal all the same.
    from standup_buddy.core.model import BreakRecord, Outcome
    from standup_buddy.core.routine import routine_marker
    from standup_buddy.messages import MessageCenter
    from standup_buddy.services.history import HistoryService

    world.run(1)
    service = HistoryService(
        world.laptop.store, MessageCenter(), on_break=world.laptop.controller.journal_break
    )
    begun = world.clock.t
    world.run(6)
    record = BreakRecord(
        due=begun,
        outcome=Outcome.COMPLETED,
        utc_offset=world.clock.utc_offset(),
        prompted=begun,
        started=begun,
        ended=begun + 300,
        stretch_ids=(routine_marker("maintain"), "glute-bridge"),
    )
    assert service.add_break(record)
    world.run(2)
    today = date_range(_today(), 1)
    [day] = stats_for_days(world.desk.store, today, Settings(), world.desk.link.others(300.0))
    assert day.breaks_completed == 1 and day.movement_from_breaks == pytest.approx(5, abs=0.1)
