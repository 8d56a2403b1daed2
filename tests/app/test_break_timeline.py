"""One clock for a break: the real controller and engine, a real card, the real catalog.

The card only displays the engine's time, so whatever the user does with the
arrows, snooze and the answers, the ring reads what the engine says, the
break ends when the engine says, and the rotation moves on only for the
stretches that reached the screen.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.app.test_controller import START, FakeClock

from standup_buddy.app import Controller, Probes
from standup_buddy.core.model import Outcome
from standup_buddy.core.rotation import RotationConfig, RotationEntry, StretchRotation
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.idle.base import FakeIdleSource
from standup_buddy.platform.paths import Paths, resolve_paths
from standup_buddy.session import BreakSession, CardAnswer
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore
from standup_buddy.stretches.catalog import Catalog, load_catalog
from standup_buddy.stretches.rotation_store import load_rotation
from standup_buddy.ui.break_window import BreakWindow

SHORT = ("seated-pelvic-tilt", "seated-figure-four", "standing-hip-flexor", "walk-break")


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    home = tmp_path_factory.mktemp("catalog")
    return load_catalog(Paths(config_dir=home, data_dir=home))


@pytest.fixture(autouse=True)
def no_real_waits(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(BreakWindow, "KEY_GUARD_SECONDS", 0.0)
    monkeypatch.setattr(BreakWindow, "FINISH_LINGER_SECONDS", 0.0)
    yield


class Desk:
    """The running app's break path without the tray: controller, engine, rotation, card."""

    def __init__(
        self,
        qtbot: QtBot,
        catalog: Catalog,
        rotation: StretchRotation,
        *,
        store: HistoryStore | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.qtbot = qtbot
        self.catalog = catalog
        self.rotation = rotation
        self.clock = FakeClock()
        self.idle = FakeIdleSource(0.0)
        self.store = store
        self.sessions: list[BreakSession] = []
        self.controller = Controller(
            paths=resolve_paths(), settings=settings or Settings(), unknown_settings={},
            clock=self.clock, probes=Probes(idle=self.idle), store=store,
            messages=MessageCenter(), rotation=lambda: rotation,
        )
        self.controller.break_due.connect(self.sessions.append)
        self.controller.start()
        self.window: BreakWindow | None = None
        self.shown: list[str] = []

    def work_until_due(self) -> BreakSession:
        """Type steadily until the next break is due."""
        count = len(self.sessions)
        for _ in range(200):
            self.clock.t += 30
            self.idle.set(0.0)
            self.controller.wake()
            if len(self.sessions) > count:
                return self.sessions[-1]
        raise AssertionError("no break came due")

    def open_card(self, session: BreakSession) -> BreakWindow:
        window = BreakWindow(
            self.controller, session, self.catalog, clock=lambda: self.clock.t, chime=None
        )
        self.qtbot.addWidget(window)
        window.open()
        self.qtbot.waitExposed(window)
        self.window = window
        window.tick()  # the guard is over: the countdown starts
        return window

    def card_open(self) -> bool:
        return self.window is not None and self.window.outcome() is None

    def close_card(self) -> None:
        window = self.window
        if window is not None:
            for stretch_id in window.shown_ids():
                self.shown.append(stretch_id)
            window.close()
            self.window = None

    def engine_remaining(self) -> float | None:
        reading = self.controller.engine.break_time(self.clock.mono())
        return None if reading is None else reading[1]


def in_order_rotation(catalog: Catalog) -> StretchRotation:
    config = RotationConfig(entries=tuple(RotationEntry(sid) for sid in SHORT), program=None)
    return StretchRotation(catalog.by_id(), config, rng=random.Random(1))


# --- the finding: a one-stretch break and the ring ------------------------------------


def test_on_a_one_stretch_break_the_arrows_leave_the_ring_with_the_engine(
    qtbot: QtBot, catalog: Catalog
) -> None:
    paths = resolve_paths()
    config, state, _ = load_rotation(paths, catalog)
    desk = Desk(qtbot, catalog, StretchRotation(catalog.by_id(), config, state, random.Random(0)))
    session = desk.work_until_due()
    window = desk.open_card(session)
    desk.clock.t += 109
    window.tick()
    window.next_card()
    window.previous_card()
    window.tick()
    assert window.ring.text() == "0:11"
    assert window.remaining_seconds() == desk.engine_remaining()


# --- "Nice work" whichever timer fires first -------------------------------------------


@pytest.mark.parametrize("first", ["window", "engine"])
def test_the_completion_screen_shows_when_the_break_ends_by_time(
    qtbot: QtBot, catalog: Catalog, first: str
) -> None:
    store = HistoryStore(open_database(resolve_paths().history_db))
    desk = Desk(qtbot, catalog, in_order_rotation(catalog), store=store)
    session = desk.work_until_due()
    ends = session.cards[-1].ends_at
    assert ends == pytest.approx(session.duration_seconds), "the stretches fill the break"
    window = desk.open_card(session)
    finished: list[object] = []
    window.finished.connect(finished.append)
    desk.clock.t += session.duration_seconds
    if first == "window":
        window.tick()
        assert window.ring.text() == "0:00" and not window.completion_shown()
        desk.controller.wake()
    else:
        desk.controller.wake()
        window.tick()
    assert window.completion_shown(), f"{first} first: Nice work is shown"
    assert window.name_label.text() == "Break complete"
    assert window.meta_label.text() == "Nice work — 2 of 30 movement minutes today"
    qtbot.waitUntil(lambda: finished == [CardAnswer.COMPLETED])
    [record] = store.breaks_between(START, START + 86400)
    assert record.outcome is Outcome.COMPLETED
    assert record.ended is not None and record.started is not None
    assert record.ended - record.started == pytest.approx(session.duration_seconds)


# --- snoozing burns nothing -------------------------------------------------------------


def test_a_snoozed_break_comes_back_with_its_stretches_and_burns_none(
    qtbot: QtBot, catalog: Catalog
) -> None:
    rotation = in_order_rotation(catalog)
    desk = Desk(qtbot, catalog, rotation, settings=Settings({"breaks.duration_seconds": 60}))
    first = desk.work_until_due()
    assert rotation.state.history == (), "planning alone records nothing"
    desk.controller.break_shown([])  # a notification: no stretch on screen yet
    desk.controller.break_snoozed()
    again = desk.work_until_due()
    assert again.snoozes == 1
    assert again.cards == first.cards, "the same stretches come back"
    window = desk.open_card(again)
    assert rotation.state.history == (first.cards[0].stretch_id,)
    window.done()
    following = desk.work_until_due()
    assert following.cards[0].stretch_id == SHORT[SHORT.index(first.cards[0].stretch_id) + 1]


def test_take_a_break_now_is_forced_and_the_card_opens_without_waiting(
    qtbot: QtBot, catalog: Catalog
) -> None:
    desk = Desk(qtbot, catalog, in_order_rotation(catalog))
    desk.controller.take_break_now()
    assert desk.sessions[-1].forced


def test_the_wait_for_a_pause_fits_inside_the_missed_time_under_speed(
    qtbot: QtBot, catalog: Catalog
) -> None:
    desk = Desk(qtbot, catalog, in_order_rotation(catalog))
    desk.clock.real_seconds = lambda app: app / 60  # type: ignore[method-assign]
    session = desk.work_until_due()
    # 120 app seconds are 2 real seconds at --speed 60: the card is up after 1.
    assert session.wait_for_pause_seconds == pytest.approx(1.0)


def test_under_speed_a_shown_card_is_not_missed_before_it_can_be_answered(
    qtbot: QtBot, catalog: Catalog
) -> None:
    desk = Desk(qtbot, catalog, in_order_rotation(catalog))
    desk.clock.real_seconds = lambda app: app / 60  # type: ignore[method-assign]
    desk.clock.app_seconds = lambda real: real * 60  # type: ignore[method-assign]
    desk.work_until_due()
    desk.controller.break_shown(["walk-break"])
    shown_at = desk.clock.t
    # The user keeps typing: 9 real seconds (540 app seconds) later it is still up.
    while desk.clock.t < shown_at + 9 * 60:
        desk.clock.t += 30
        desk.idle.set(0.0)
        desk.controller.wake()
    assert desk.controller.engine.status().prompt_open, "not missed within the answer time"
    desk.clock.t = shown_at + 11 * 60
    desk.controller.wake()
    assert not desk.controller.engine.status().prompt_open, "missed once it has passed"


# --- the property -----------------------------------------------------------------------

ACTIONS = st.lists(
    st.one_of(
        st.just(("next", 0.0)),
        st.just(("previous", 0.0)),
        st.just(("snooze", 0.0)),
        st.just(("done", 0.0)),
        st.just(("skip", 0.0)),
        st.tuples(st.just("wait"), st.floats(min_value=0.5, max_value=70.0)),
    ),
    min_size=1,
    max_size=25,
)


# qtbot only registers the cards for closing; every example builds its own desk.
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS, duration=st.sampled_from([60, 120, 150]))
def test_ring_follows_the_engine_and_history_holds_exactly_what_was_shown(
    qtbot: QtBot, catalog: Catalog, actions: list[tuple[str, float]], duration: int
) -> None:
    rotation = in_order_rotation(catalog)
    desk = Desk(
        qtbot, catalog, rotation, settings=Settings({"breaks.duration_seconds": duration})
    )
    last: BreakSession | None = None
    for name, seconds in actions:
        if not desk.card_open():
            desk.close_card()
            session = desk.work_until_due()
            if session.snoozes and last is not None:
                # A snoozed break comes back with the stretches it had.
                assert session.cards == last.cards
            last = session
            desk.open_card(session)
        window = desk.window
        assert window is not None
        if name == "next":
            window.next_card()
        elif name == "previous":
            window.previous_card()
        elif name == "snooze":
            window.snooze()
        elif name == "done":
            window.done()
        elif name == "skip":
            window.skip()
        else:
            desk.clock.t += seconds
            desk.idle.set(0.0)
            desk.controller.wake()  # the engine's timer
        window.tick()
        QApplication.processEvents()
        if window.outcome() is None:
            assert window.remaining_seconds() == desk.engine_remaining()
    desk.close_card()
    assert rotation.state.history == tuple(desk.shown)


def test_done_acknowledges_today_with_the_break_counted(qtbot: QtBot, catalog: Catalog) -> None:
    store = HistoryStore(open_database(resolve_paths().history_db))
    desk = Desk(qtbot, catalog, in_order_rotation(catalog), store=store)
    session = desk.work_until_due()
    window = desk.open_card(session)
    desk.clock.t += 90  # a minute and a half of stretching, then Done
    window.tick()
    with qtbot.waitSignal(desk.controller.break_acknowledged) as blocker:
        window.done_button.click()
    [day] = blocker.args
    assert day is not None
    assert day.breaks_completed == 1
    assert day.movement_minutes == pytest.approx(1.5)
    from standup_buddy.ui.progress.figures import break_acknowledgement

    assert break_acknowledgement(day) == "Nice work — 1 of 30 movement minutes today"
