"""Applied settings say which keys changed, and each listener reacts only to its own."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tests.app.test_controller import Rig

from standup_buddy.app.windows import PROGRESS_SETTINGS
from standup_buddy.controller_base import touches
from standup_buddy.settings import Settings


def test_the_signal_names_exactly_the_changed_keys(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    new = rig.controller.settings().replace(
        {"breaks.interval_minutes": 45, "ui.reduced_motion": True}
    )
    with qtbot.waitSignal(rig.controller.settings_changed) as signal:
        rig.controller.apply_settings(new)
    assert signal.args == [new, frozenset({"breaks.interval_minutes", "ui.reduced_motion"})]


def test_a_change_the_engine_does_not_use_leaves_the_streak_and_the_plan_alone(
    qtbot: QtBot,
) -> None:
    rig = Rig(qtbot)
    rig.work(29)
    before = rig.controller.engine.config
    rig.controller.apply_settings(rig.controller.settings().replace({"ui.reduced_motion": True}))
    assert rig.controller.engine.config is before
    rig.work(2)
    assert len(rig.sessions) == 1  # due on time: 30 min of sitting, as before the change
    assert rig.sessions[0].reduced_motion  # the card still shows the new look


def test_only_a_goal_change_writes_a_goal_record(qtbot: QtBot) -> None:
    rig = Rig(qtbot)
    assert len(rig.store.goals()) == 1  # the default goal, recorded at start
    rig.controller.apply_settings(rig.controller.settings().replace({"breaks.snooze_minutes": 10}))
    assert len(rig.store.goals()) == 1
    rig.controller.apply_settings(rig.controller.settings().replace({"goal.daily_target": 45}))
    assert [g.target for g in rig.store.goals()][-1] == 45


def test_changed_keys_compares_values_key_by_key() -> None:
    base = Settings()
    assert base.changed_keys(base) == frozenset()
    assert base.changed_keys(base.replace({"goal.metric": "breaks"})) == {"goal.metric"}
    same = base.replace({"goal.metric": base.get_str("goal.metric")})
    assert base.changed_keys(same) == frozenset()


def test_progress_follows_the_settings_it_shows_only() -> None:
    assert touches(frozenset({"goal.daily_target"}), *PROGRESS_SETTINGS)
    assert touches(frozenset({"schedule.start", "ui.reduced_motion"}), *PROGRESS_SETTINGS)
    assert not touches(frozenset({"breaks.style", "ui.reduced_motion"}), *PROGRESS_SETTINGS)
    assert not touches(frozenset(), *PROGRESS_SETTINGS)
    assert touches(frozenset({"goal.metric"}), "goal.metric")
    assert not touches(frozenset({"goal.metrics"}), "goal.metric")
