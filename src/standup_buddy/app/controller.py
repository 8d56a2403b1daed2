"""The running app's controller: feeds the engine, stores history, drives the UI.

It is the thin adapter between the pure ``ActivityEngine`` and the world:

* the ``Sampler`` (probes.py) reads the clock, the idle source, lock and
  sleep, and (only when the core's probe gate says so) the meeting and
  full-screen detectors, into one ``Sample`` for the engine;
* ONE precise single-shot timer (wake_timer.py) is armed for the moment the
  engine says something can next change; there is no periodic tick;
* closed intervals and break records are stored, the running interval is
  heartbeaten and what a restart carries over is saved (history_writer.py
  over ``storage.heartbeat`` and ``storage.restart_state``), the other
  computers hear of it (peers.py), and a due break becomes a
  ``BreakSession`` (break_planning.py) for the windows.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from standup_buddy.app.break_planning import local_today, plan_break
from standup_buddy.app.history_writer import HistoryWriter
from standup_buddy.app.peers import Peers
from standup_buddy.app.probes import Clock, Probes, Sampler
from standup_buddy.app.status_view import status_view
from standup_buddy.app.wake_timer import REFRESH_SECONDS, WakeTimer
from standup_buddy.controller_base import BaseController, touches
from standup_buddy.core.break_rules import OFFER_ALL, Offers
from standup_buddy.core.engine import (
    ActivityEngine,
    AnswerRefused,
    BreakDue,
    BreakRecorded,
    Event,
    IntervalClosed,
    MicroDue,
    MicroEnded,
    MicroRecorded,
    PromptWithdrawn,
    Sample,
)
from standup_buddy.core.engine import Status as EngineStatus
from standup_buddy.core.marks import DayMark, MarkKind
from standup_buddy.core.model import BreakRecord, GoalMetric, GoalSetting, Interval, Outcome
from standup_buddy.core.screen_time import NOTICE_TITLE
from standup_buddy.core.tracker import Moment
from standup_buddy.messages import MessageCenter, Severity
from standup_buddy.micro_plan import MicroPlanner
from standup_buddy.platform.paths import Paths
from standup_buddy.session import BreakSession, BreakTime, Status
from standup_buddy.settings import Settings, save_settings
from standup_buddy.settings.tracking import tracking_config
from standup_buddy.storage.history import HistoryStore
from standup_buddy.storage.screen_time import ScreenTimeWatch

if TYPE_CHECKING:
    from standup_buddy.core.stats import DayStats

log = logging.getLogger(__name__)

# A card on screen is never counted as missed sooner than this (real seconds):
# the 2 s key guard, a look at the card and an answer must fit, whatever --speed.
MIN_ANSWER_REAL_SECONDS = 10.0


# The settings a goal record is made of: a change to either is dated from today.
GOAL_KEYS = ("goal.metric", "goal.daily_target")


class Controller(BaseController):
    """The real controller behind the tray, the break window and the CLI."""

    def __init__(
        self,
        *,
        paths: Paths,
        settings: Settings,
        unknown_settings: dict[str, Any],
        clock: Clock,
        probes: Probes,
        store: HistoryStore | None,
        messages: MessageCenter,
        rotation: Callable[[], Any] | None = None,
        save_rotation: Callable[[], object] | None = None,
        sync: Any = None,
        recovered: Sequence[Interval] = (),
        content_language: Callable[[], str] = lambda: "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._settings = settings
        self._unknown = unknown_settings
        self._clock = clock
        self._probes = probes
        self._sampler = Sampler(clock, probes)
        self._history = HistoryWriter(store, messages, clock)
        self._micro = MicroPlanner(
            self._history.guarded, clock.real_seconds, content_language
        )
        self._messages = messages
        # Asked for the rotation when a break is planned or a stretch shown: the
        # app reads the catalogue and rotation then (services/stretch_holder.py).
        self._rotation = rotation
        self._save_rotation = save_rotation
        self._last_status: Status | None = None
        self._screen_time = ScreenTimeWatch()
        self._session: BreakSession | None = None
        # The plan of the pending break, kept over snoozes and misses so the
        # card comes back with the same stretches.
        self._planned: BreakSession | None = None
        self._timer = WakeTimer(clock, self)
        self._timer.timeout.connect(self.wake)
        self._closing = False
        # The other computers through the sync folder (``sync_link.SyncLink``;
        # None when sync is off).
        self._peers = Peers(sync, self._natural_break_seconds)
        self._peers.recovered(recovered, clock.wall())

        self._engine: ActivityEngine | None = None
        first = self._sample()
        restored = self._history.restore(first.wall, self._natural_break_seconds())
        self._engine = ActivityEngine(tracking_config(settings.view), first, **restored)
        self._record_goal()

    # --- reading ----------------------------------------------------------------

    def status(self) -> Status:
        """A fresh status snapshot (samples first)."""
        self.wake()
        assert self._last_status is not None
        return self._last_status

    def settings(self) -> Settings:
        """The settings in force."""
        return self._settings

    @property
    def engine(self) -> ActivityEngine:
        """The engine (for tests and diagnostics)."""
        assert self._engine is not None
        return self._engine

    @property
    def store(self) -> HistoryStore | None:
        """The history store, or None when the database could not be opened."""
        return self._history.store

    def start(self) -> None:
        """Publish the first status and arm the timer."""
        self.wake()

    # --- the one timer -------------------------------------------------------------

    def wake(self) -> None:
        """Sample, feed the engine, store, publish, and re-arm the timer."""
        if self._closing:
            return
        try:
            events = self.engine.feed(self._sample()) + self._peers.events(
                self.engine, self._moment
            )
        except Exception:
            self._arm()  # a probe, engine or sync bug must not stop the timer
            raise
        self._handle(events)
        self._follow_goal()

    def _arm(self) -> None:
        self._timer.arm(self.engine.next_wakeup(self._clock.mono()))

    def _sample(self) -> Sample:
        return self._sampler.sample(
            self._engine,
            natural_break_seconds=self._natural_break_seconds(),
            meeting_awareness=self._settings.view.activity.meeting_awareness,
        )

    def _moment(self) -> Moment:
        return Moment(self._clock.mono(), self._clock.wall(), self._clock.utc_offset())

    # --- lock and suspend (from SessionWatch) ------------------------------------

    def set_locked(self, locked: bool) -> None:
        """The screen locked or unlocked."""
        self._sampler.locked = locked
        self.wake()

    def set_sleeping(self, sleeping: bool) -> None:
        """The system is about to sleep, or woke up."""
        self._sampler.sleeping = sleeping
        self.wake()

    # --- events -------------------------------------------------------------------

    def _handle(self, events: list[Event]) -> None:
        try:
            self._handle_events(events)
        finally:
            # Whatever went wrong above, the one timer stays armed.
            self._arm()

    def _handle_events(self, events: list[Event]) -> None:
        engine = self.engine
        for event in events:
            if isinstance(event, IntervalClosed):
                self._store_interval(event.interval)
            elif isinstance(event, BreakRecorded):
                self._store_break(event)
            elif isinstance(event, BreakDue):
                if not event.forced and not self._peers.owns_prompt(engine):
                    # Another computer has the user: it shows this break.
                    events.extend(engine.defer_prompt(self._moment(), REFRESH_SECONDS))
                    continue
                self._break_due(event)
            elif isinstance(event, PromptWithdrawn):
                self._withdraw()
            elif isinstance(event, MicroDue):
                self.micro_due.emit(self._micro.session(event))
            elif isinstance(event, MicroEnded):
                self.micro_ended.emit()
            elif isinstance(event, MicroRecorded):
                self._store_micro(event)
            # StateChanged: published below with the minute count.
        if engine.break_phase is None:
            self._planned = None  # settled or overtaken: the next break gets a new plan
        self._heartbeat()
        self._check_screen_time()
        self._publish(engine.status())

    def _check_screen_time(self) -> None:
        """The daily screen-time cap: one notice a local day (storage/screen_time.py)."""
        text = self._screen_time.check(
            self._history.store, self._settings, self.engine.now, self._clock.utc_offset()
        )
        if text is not None:
            self.notice.emit(NOTICE_TITLE, text)

    def _store_only(self, events: list[Event]) -> None:
        """Store what the engine settled, but open no card (the app is leaving)."""
        for event in events:
            if isinstance(event, IntervalClosed):
                self._store_interval(event.interval)
            elif isinstance(event, BreakRecorded):
                self._store_break(event)
            elif isinstance(event, MicroRecorded):
                self._store_micro(event)

    def _publish(self, engine_status: EngineStatus) -> None:
        status = status_view(
            engine_status,
            working_hours=self.engine.config.working_hours,
            clock=self._clock,
            idle_source=self._probes.idle.name,
        )
        if status != self._last_status:
            previous = self._last_status
            self._last_status = status
            self.status_changed.emit(status)
            # The streak is saved with each heartbeat; save here only when what
            # a restart carries over (standing, a pause) changed, not every minute.
            if previous is None or (previous.standing, previous.paused_until) != (
                status.standing,
                status.paused_until,
            ):
                self._history.persist(engine_status)

    # --- history --------------------------------------------------------------------

    def _store_interval(self, interval: Interval) -> None:
        self._history.interval(interval)
        self._peers.interval(interval, self.engine.now)

    def _heartbeat(self, force: bool = False) -> None:
        if self._history.follow(self.engine, force=force):
            self._history.persist(self.engine.status())
            self._peers.beat(self.engine)
        if self._history.new_day():
            # The running row moved to a new day: a day left the reach of its
            # heartbeats, so its figures can be kept (no timer of its own).
            self.keep_figures()

    def keep_figures(self) -> None:
        """Fill the figure cache for the last year (after start-up, at each new day).

        The read-only readers (``standup-buddy stats``, the Progress window)
        then read the days instead of computing them (``storage/daystats.py``).
        """
        if not self._closing:
            self._history.keep_figures(local_today(self._clock), self._settings)

    def journal_break(self, record: BreakRecord) -> None:
        """A break recorded outside the engine (the daily routine), for the other computers."""
        self._peers.break_record(record, self._clock.wall())

    def _store_break(self, event: BreakRecorded) -> None:
        record = event.record
        self._history.break_record(record)
        if event.emergency_exit:
            at = record.ended or record.anchor
            self._history.day_mark(DayMark(MarkKind.EMERGENCY_EXIT, at, record.utc_offset))
        self._peers.break_record(record, self._clock.wall())
        if record.outcome is Outcome.COMPLETED and self._session is not None:
            # The break's own time ran out with the card up: the card says so.
            self._session = None
            self.break_completed.emit(self._today())
        elif record.outcome is Outcome.MISSED:
            # Nobody answered: the card closes and comes back after a snooze.
            self._withdraw()
        self._try_save_rotation()

    def _store_micro(self, event: MicroRecorded) -> None:
        # Micro-pauses stay on this computer: the other computers' streaks and
        # figures follow movement breaks only.
        self._history.break_record(event.record)

    def _try_save_rotation(self) -> None:
        if self._save_rotation is None:
            return
        try:
            self._save_rotation()
        except OSError as exc:
            self._messages.report(
                Severity.WARNING,
                QCoreApplication.translate("AppMessages", "Rotation not saved"),
                str(exc),
                key="rotation-save",
            )

    def _record_goal(self, *, journal: bool = True) -> None:
        goal = GoalSetting(
            GoalMetric(self._settings.view.goal.metric),
            self._settings.view.goal.daily_target,
            local_today(self._clock),
        )
        if self._history.goal(goal) and journal:
            self._peers.goal(goal, self._clock.wall(), self._clock.utc_offset())

    def _follow_goal(self) -> None:
        """Use a goal set later on another computer (last writer wins, ``docs/sync.md``).

        Saved in this computer's settings, so the Settings page and Progress
        show it; not journaled again, since it is the other computer's change.
        """
        goal = self._peers.newer_goal()
        if goal is None:
            return
        view = self._settings.view.goal
        now = (view.metric, view.daily_target)
        if now == (goal.metric.value, goal.target):
            return
        self._apply_settings(
            self._settings.replace(
                {"goal.metric": goal.metric.value, "goal.daily_target": goal.target}
            ),
            journal_goal=False,
        )

    # --- breaks ----------------------------------------------------------------------

    def _break_due(self, event: BreakDue) -> None:
        if self._planned is None:
            rotation = None if self._rotation is None else self._rotation()
            self._planned = plan_break(self._settings, rotation, self._clock, self.engine)
        self._session = replace(self._planned, forced=event.forced, snoozes=event.snoozes)
        if self._sampler.do_not_disturb and not event.forced:
            # Do Not Disturb: the quietest style; "Take a break now" is the user's own ask.
            self._session = replace(self._session, style="notification")
        self.break_due.emit(self._session)
        # Tell the other computers at once that this one shows the prompt.
        self._peers.beat(self.engine)

    def _natural_break_seconds(self) -> float:
        return self._settings.view.activity.natural_break_minutes * 60.0

    def break_time(self) -> BreakTime | None:
        """The running break on the engine's clock, in real seconds (None before it starts)."""
        reading = self.engine.break_time(self._clock.mono())
        if reading is None:
            return None
        elapsed, remaining, total = (self._clock.real_seconds(v) for v in reading)
        return BreakTime(True, elapsed, remaining, total)

    # --- micro-pauses -------------------------------------------------------------------

    def micro_time(self) -> BreakTime | None:
        """The micro-pause cue on the engine's clock, in real seconds (None when none is up)."""
        reading = self.engine.micro_time(self._clock.mono())
        if reading is None:
            return None
        elapsed, remaining, total = (self._clock.real_seconds(v) for v in reading)
        return BreakTime(True, elapsed, remaining, total)

    def micro_dismissable(self) -> bool:
        """Whether the micro-pause rules let a click close the cue early."""
        return self.engine.micro_dismissable

    def micro_dismissed(self) -> None:
        """The user clicked the cue away: recorded skipped, unless the rules refuse it."""
        events = self.engine.dismiss_micro(self._moment())
        for event in events:
            if isinstance(event, AnswerRefused):
                log.info("micro-pause %s refused: %s", event.answer, event.reason.words())
        # Not _answer(): the movement card's session is no business of the cue.
        self._handle(events)

    def _today(self) -> DayStats | None:
        """Today's figures (the break just recorded counted), for the end of a break."""
        return self._history.day(local_today(self._clock), self._settings)

    def _withdraw(self) -> None:
        if self._session is not None:
            self._session = None
            self.break_withdrawn.emit()

    def take_break_now(self) -> None:
        """Start a break now."""
        self._handle(self.engine.break_now(self._moment()))

    def pause(self, minutes: float | None) -> None:
        """Pause for ``minutes`` (app minutes); None: until tomorrow's start of work."""
        wall = self._clock.wall()
        if minutes is None:
            offset = dt.timezone(dt.timedelta(seconds=self._clock.utc_offset()))
            tomorrow = dt.datetime.fromtimestamp(wall, offset).date() + dt.timedelta(days=1)
            start = dt.datetime.combine(tomorrow, self._settings.view.schedule.start, offset)
            until = start.timestamp()
        else:
            until = wall + minutes * 60.0
        self._handle(self.engine.pause(self._moment(), until))

    def resume(self) -> None:
        """Resume reminders."""
        self._handle(self.engine.resume(self._moment()))

    def set_standing(self, standing: bool) -> None:
        """Standing-desk mode on or off."""
        self._handle(self.engine.set_standing(self._moment(), standing))

    def break_shown(self, stretch_ids: list[str]) -> None:
        """The card (or notification) reached the user, showing these stretches."""
        answer_within = self._clock.app_seconds(MIN_ANSWER_REAL_SECONDS)
        self._handle(
            self.engine.card_shown(self._moment(), stretch_ids, answer_within=answer_within)
        )
        self._mark_shown(stretch_ids)

    def stretch_shown(self, stretch_id: str) -> None:
        """Another stretch reached the open card (the arrows or the countdown)."""
        self.engine.stretch_shown([stretch_id])
        self._mark_shown([stretch_id])

    def _mark_shown(self, stretch_ids: list[str]) -> None:
        if self._rotation is None:
            return
        rotation = self._rotation()
        for stretch_id in stretch_ids:
            rotation.mark_shown(stretch_id)

    def break_started(self) -> None:
        """The user began the stretch."""
        self._handle(self.engine.break_started(self._moment()))

    def break_done(self, stretch_ids: list[str]) -> None:
        """Done: completed, with the real time spent."""
        self._session = None
        events = self.engine.complete(self._moment())
        self._handle(events)
        if any(isinstance(e, BreakRecorded) for e in events):
            self.break_acknowledged.emit(self._today())

    def break_snoozed(self) -> bool:
        """Snooze the break; False (and the break stays) when the rules refuse it."""
        return self._answer(self.engine.snooze(self._moment()))

    def break_skipped(self) -> bool:
        """Skip the break; False (and the break stays) when the rules refuse it."""
        return self._answer(self.engine.skip(self._moment()))

    def break_offers(self) -> Offers:
        """The answers the open break may get now (all of them when none is open)."""
        return self.engine.offers(self._clock.mono()) or OFFER_ALL

    def break_emergency_exit(self) -> None:
        """End the break by the emergency exit (recorded skipped, and marked)."""
        self._session = None
        self._handle(self.engine.emergency_exit(self._moment()))

    def _answer(self, events: list[Event]) -> bool:
        refused = [e for e in events if isinstance(e, AnswerRefused)]
        for event in refused:
            log.info("%s refused: %s", event.answer, event.reason.words())
        if not refused:
            self._session = None
        self._handle(events)
        return not refused

    # --- settings ---------------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """Save and use new settings; a goal change is recorded from today on."""
        self._apply_settings(settings, journal_goal=True)

    def _apply_settings(self, settings: Settings, *, journal_goal: bool) -> None:
        try:
            save_settings(self._paths.settings_file, settings, self._unknown)
        except OSError as exc:
            self._messages.report(
                Severity.ERROR,
                QCoreApplication.translate("AppMessages", "Settings not saved"),
                QCoreApplication.translate(
                    "AppMessages",
                    "Could not write {file}: {error}. "
                    "The new settings are used until Standup Buddy quits.",
                ).format(file=self._paths.settings_file, error=exc.strerror or exc),
            )
        changed = self._settings.changed_keys(settings)
        self._settings = settings
        if touches(changed, *GOAL_KEYS):
            self._record_goal(journal=journal_goal)
        config = tracking_config(settings.view)
        if config != self.engine.config:
            self._handle(self.engine.update_config(self._moment(), config))
        self.settings_changed.emit(settings, changed)

    def set_goal(self, metric: GoalMetric, target: int) -> None:
        """A goal change from the Progress window: saved in settings and goal history."""
        self.apply_settings(
            self._settings.replace({"goal.metric": metric.value, "goal.daily_target": target})
        )

    @property
    def sync(self) -> Any:
        """The sync folder link in use (``sync_link.SyncLink``), None when sync is off."""
        return self._peers.link

    def set_sync(self, sync: Any) -> None:
        """Use another sync folder link (None: sync off) from now on; the old one is closed."""
        self._peers.use(sync)
        if sync is not None:
            self._peers.beat(self.engine)  # tell the new folder where this computer is, now
        self.wake()

    # --- leaving ------------------------------------------------------------------------

    def checkpoint(self) -> None:
        """Write the running interval up to this instant (the session is logging out).

        If the session then ends the app without a quit, history still ends here.
        """
        if self._closing:
            return
        self._store_only(self.engine.advance(self._moment()))
        self._heartbeat(force=True)

    def shutdown(self) -> None:
        """Close the running interval at this instant (in one transaction) and stop the timer."""
        if self._closing:
            return
        # The engine last saw the clock at its last wake-up, up to a minute ago:
        # run it to the quit instant first, so no time is lost.
        self._store_only(self.engine.advance(self._moment()))
        self._heartbeat()
        now = self.engine.now
        row = self._history.close_running(now)
        if row is not None and now > row.start:
            # The other computers learn how the running interval ended.
            self._peers.interval(Interval(row.kind, row.start, now, row.utc_offset), now)
        self._history.persist(self.engine.status())
        self._closing = True
        self._timer.stop()
        self._peers.close(self.engine)
        if self._save_rotation is not None:
            try:
                self._save_rotation()
            except OSError:
                log.warning("could not save the rotation on quit")

    def quit(self) -> None:
        """Shut down and leave the event loop."""
        self.shutdown()
        from PySide6.QtCore import QCoreApplication

        # exit(), not quit(): quit() lets an open window veto by ignoring its
        # close event, and the break card ignores closes that are not answers.
        QCoreApplication.exit(0)

    def random(self) -> random.Random:
        """A random source for the rotation (seeded by the OS)."""
        return random.Random()
