"""Micro-pauses through the real controller: the cue's signals, its clock, history, status."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tests.app.test_controller import START, Rig

from standup_buddy.core.model import BreakKind, BreakRecord, Outcome
from standup_buddy.session import MicroCueSession
from standup_buddy.settings import Settings
from standup_buddy.stretches.micro_cues import builtin_cues


def micro_settings(**extra: int | bool) -> Settings:
    return Settings().replace({"micro.enabled": True, "breaks.interval_minutes": 30, **extra})


class MicroRig(Rig):
    def __init__(self, qtbot: QtBot, settings: Settings | None = None) -> None:
        self.cues: list[MicroCueSession] = []
        self.ended = 0
        super().__init__(qtbot, settings or micro_settings())
        self.controller.micro_due.connect(self.cues.append)
        self.controller.micro_ended.connect(self._ended)

    def _ended(self) -> None:
        self.ended += 1

    def micro_records(self) -> list[BreakRecord]:
        return self.store.breaks_between(START, START + 86400, BreakKind.MICRO)


def test_a_cue_after_twenty_minutes_closes_by_itself_and_is_recorded(qtbot: QtBot) -> None:
    rig = MicroRig(qtbot)
    assert rig.controller.status().next_micro_minutes == 20
    assert rig.controller.status().to_json()["next_micro_minutes"] == 20
    rig.work(19.5)
    assert rig.cues == []
    rig.work(0.5)
    assert len(rig.cues) == 1
    cue = rig.cues[0]
    assert cue.text == builtin_cues()[0].text and cue.duration_seconds == 20
    time = rig.controller.micro_time()
    assert time is not None and time.remaining == 20
    assert rig.controller.status().micro_words() == "Micro-pause now"
    rig.work(0.5, step=10)
    assert rig.ended == 1 and rig.controller.micro_time() is None
    [record] = rig.micro_records()
    assert record.outcome is Outcome.COMPLETED
    # Not a movement break: the figures and the streak do not move.
    assert rig.store.breaks_between(START, START + 86400) == []
    assert rig.controller.status().sitting_minutes == 20
    assert [k for k, _ in rig.intervals()] == ["sitting"]


def test_cues_rotate_and_a_click_records_skipped(qtbot: QtBot) -> None:
    rig = MicroRig(qtbot, micro_settings(**{"breaks.interval_minutes": 120}))
    rig.work(20)
    rig.controller.micro_dismissed()
    assert rig.ended == 1
    rig.work(20)
    assert [c.cue_id for c in rig.cues] == [c.id for c in builtin_cues()[:2]]
    outcomes = [r.outcome for r in rig.micro_records()]
    assert outcomes[0] is Outcome.SKIPPED


def test_off_means_no_cue_and_no_next_micro(qtbot: QtBot) -> None:
    rig = MicroRig(qtbot, Settings())
    rig.work(25)
    assert rig.cues == []
    status = rig.controller.status()
    assert status.next_micro_minutes is None and status.micro_words() is None
    assert status.to_json()["next_micro_minutes"] is None


def test_a_strict_cue_refuses_a_click_and_is_recorded_completed(qtbot: QtBot) -> None:
    rig = MicroRig(qtbot, micro_settings(**{"breaks.interval_minutes": 120, "micro.strict": True}))
    rig.work(20)
    assert len(rig.cues) == 1 and not rig.controller.micro_dismissable()
    rig.controller.micro_dismissed()  # a stale click: refused, nothing stored
    assert rig.ended == 0 and rig.micro_records() == []
    assert rig.controller.micro_time() is not None
    rig.work(0.5, step=10)
    assert rig.ended == 1
    [record] = rig.micro_records()
    assert record.outcome is Outcome.COMPLETED
    # The micro rules leave the movement break's alone.
    assert rig.controller.break_offers().skip
