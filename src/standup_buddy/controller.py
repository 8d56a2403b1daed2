"""The running app's controller: feeds the engine, stores history, drives the UI.

It is the thin adapter between the pure ``ActivityEngine`` and the world:

* it reads the app clock, the idle source, the lock/sleep signals and (only
  when they can matter) the meeting and full-screen detectors, and feeds one
  ``Sample`` to the engine;
* it arms ONE precise single-shot timer for the moment the engine says
  something can next change (``next_wakeup``), bounded by the heartbeat and
  the tray refresh; there is no periodic tick;
* it stores closed intervals and break records, heartbeats the running
  interval, and turns a due break into a ``BreakSession`` for the windows.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer

from standup_buddy.controller_base import BaseController
from standup_buddy.core import continuity
from standup_buddy.core.engine import (
    ActivityEngine,
    BreakDue,
    BreakRecorded,
    Event,
    IntervalClosed,
    PromptWithdrawn,
    Sample,
    StateChanged,
    TrackingConfig,
)
from standup_buddy.core.engine import Status as EngineStatus
from standup_buddy.core.model import ActivityKind, GoalMetric, GoalSetting, Interval, Outcome
from standup_buddy.core.tracker import Moment
from standup_buddy.messages import MessageCenter, Severity
from standup_buddy.platform.paths import Paths
from standup_buddy.session import BreakSession, BreakTime, Status, lay_out_cards
from standup_buddy.settings import Settings, save_settings
from standup_buddy.storage.database import DatabaseError
from standup_buddy.storage.daystats import stats_for_days
from standup_buddy.storage.history import HistoryStore, OpenInterval

log = logging.getLogger(__name__)

# The running interval is written at most this often (app seconds): a kill
# loses at most this much tracking.
HEARTBEAT_SECONDS = 60.0
# Wake at least this often (app seconds) so the tray's minute count stays true.
REFRESH_SECONDS = 60.0
# Never wake more often than this (real seconds), whatever the speed.
MIN_REAL_WAKE_SECONDS = 0.25
STATE_KEY = "session"
# The longest the card waits for a pause in typing (real seconds).
MAX_WAIT_FOR_PAUSE_SECONDS = 60.0
# A card on screen is never counted as missed sooner than this (real seconds):
# the 2 s key guard, a look at the card and an answer must fit, whatever --speed.
MIN_ANSWER_REAL_SECONDS = 10.0
# A meeting or full-screen answer is reused for this long (real seconds): a
# burst of wake-ups (a lock, a command, a timer) costs one probe, and no prompt
# is decided on anything older.
PROBE_CACHE_SECONDS = 3.0
# While the user is away the meeting check backs off from this (real seconds)...
AWAY_PROBE_FIRST_SECONDS = 60.0
# ...doubling up to this; it looks again as soon as input returns or a prompt nears.
AWAY_PROBE_MAX_SECONDS = 1800.0


class Clock(Protocol):
    """The app clock (``clock.AppClock``), or a fake one in tests."""

    def mono(self) -> float: ...
    def wall(self) -> float: ...
    def utc_offset(self) -> int: ...
    def app_seconds(self, real_seconds: float) -> float: ...
    def real_seconds(self, app_seconds: float) -> float: ...


class IdleReader(Protocol):
    """What the controller needs of an idle source."""

    name: str

    def idle_seconds(self) -> float | None: ...


class MeetingProbe(Protocol):
    """What the controller needs of the meeting detector."""

    def check(self) -> Any: ...


class FullscreenProbe(Protocol):
    """What the controller needs of the full-screen detector."""

    def is_fullscreen(self) -> bool | None: ...


@dataclass
class Probes:
    """The platform adapters the controller samples."""

    idle: IdleReader
    meetings: MeetingProbe | None = None
    fullscreen: FullscreenProbe | None = None


def tracking_config(settings: Settings) -> TrackingConfig:
    """The engine's view of the settings."""
    return TrackingConfig(
        interval_minutes=settings.get_int("breaks.interval_minutes"),
        duration_seconds=settings.get_int("breaks.duration_seconds"),
        snooze_minutes=settings.get_int("breaks.snooze_minutes"),
        natural_break_minutes=settings.get_int("activity.natural_break_minutes"),
        work_days=settings.weekday_numbers(),
        start=settings.get_time("schedule.start"),
        end=settings.get_time("schedule.end"),
        meeting_awareness=settings.get_bool("activity.meeting_awareness"),
        hold_when_fullscreen=settings.get_bool("activity.hold_when_fullscreen"),
    )


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
        rotation: Any = None,
        save_rotation: Callable[[], None] | None = None,
        sync: Any = None,
        recovered: Sequence[Interval] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._settings = settings
        self._unknown = unknown_settings
        self._clock = clock
        self._probes = probes
        self._store = store
        self._messages = messages
        self._rotation = rotation
        self._save_rotation = save_rotation
        self._locked = False
        self._sleeping = False
        self._in_meeting = False
        self._fullscreen = False
        # When each probe last ran (real monotonic seconds) and the away back-off.
        self._meeting_at = -1e18
        self._fullscreen_at = -1e18
        self._away_probe_gap = AWAY_PROBE_FIRST_SECONDS
        # The running interval's newest row, and every row it has written so far
        # (a heartbeat across local midnight starts a new one).
        self._open_row: OpenInterval | None = None
        self._open_key: tuple[ActivityKind, float] | None = None
        self._open_ids: list[int] = []
        self._last_beat = -1e18
        self._last_status: Status | None = None
        self._session: BreakSession | None = None
        # The plan of the pending break, kept over snoozes and misses so the
        # card comes back with the same stretches.
        self._planned: BreakSession | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.wake)
        self._closing = False
        # The sync folder link (``sync_link.SyncLink``), None when sync is off;
        # and when the streak last restarted for a break, here or elsewhere.
        self._sync = sync
        self._last_reset = -1e18
        if sync is not None:
            # Intervals a crash left open, closed by the store at their last
            # heartbeat: the other computers learn how they ended.
            for interval in recovered:
                sync.journal_interval(interval, clock.wall())

        first = self._sample()
        restored = self._restore_session(first.wall)
        self._engine = ActivityEngine(tracking_config(settings), first, **restored)
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
        return self._engine

    @property
    def store(self) -> HistoryStore | None:
        """The history store, or None when the database could not be opened."""
        return self._store

    @property
    def rotation(self) -> Any:
        """The stretch rotation in use."""
        return self._rotation

    def start(self) -> None:
        """Publish the first status and arm the timer."""
        self.wake()

    # --- the one timer -------------------------------------------------------------

    def wake(self) -> None:
        """Sample, feed the engine, store, publish, and re-arm the timer."""
        if self._closing:
            return
        try:
            events = self._engine.feed(self._sample()) + self._sync_events()
        except Exception:
            self._arm()  # a probe, engine or sync bug must not stop the timer
            raise
        self._handle(events)
        self._follow_goal()

    def _arm(self) -> None:
        mono = self._clock.mono()
        wake = self._engine.next_wakeup(mono)
        limit = mono + REFRESH_SECONDS
        target = limit if wake is None else min(wake, limit)
        real = max(MIN_REAL_WAKE_SECONDS, self._clock.real_seconds(target - mono))
        self._timer.start(int(real * 1000) + 1)

    def _sample(self) -> Sample:
        clock = self._clock
        idle = self._probes.idle.idle_seconds()
        idle_app = None if idle is None else clock.app_seconds(idle)
        threshold = self._settings.get_int("activity.natural_break_minutes") * 60.0
        engine: ActivityEngine | None = getattr(self, "_engine", None)
        # Holds are probed fresh whenever this sample could show, keep or
        # withdraw a prompt (a break coming due, one waiting, an unanswered
        # card).  Otherwise the meeting check only runs when the user looks idle
        # (a call, or an absence?), backing off once they are away; full screen
        # matters only for prompts.
        decisive = engine is not None and engine.holds_matter(clock.wall())
        away = engine is not None and engine.status().state == "away"
        real_now = clock.real_seconds(clock.mono())
        # Never older than a few app seconds either, however fast the clock runs.
        fresh = min(PROBE_CACHE_SECONDS, clock.real_seconds(5.0))
        if self._probes.meetings is not None and self._settings.get_bool(
            "activity.meeting_awareness"
        ):
            looks_idle = idle_app is not None and idle_app >= threshold * 0.8
            if not away:
                self._away_probe_gap = AWAY_PROBE_FIRST_SECONDS
            if decisive:
                due = real_now - self._meeting_at >= fresh
            elif away:
                due = real_now - self._meeting_at >= self._away_probe_gap
                if due and self._meeting_at > -1e17:
                    self._away_probe_gap = min(AWAY_PROBE_MAX_SECONDS, self._away_probe_gap * 2)
            else:
                due = looks_idle and real_now - self._meeting_at >= fresh
            if due:
                self._meeting_at = real_now
                try:
                    state = self._probes.meetings.check()
                    self._in_meeting = bool(getattr(state, "presence_likely", False))
                except Exception:  # a detector bug must not stop tracking
                    log.exception("meeting check failed")
                    self._in_meeting = False
            elif not decisive and not looks_idle and not away:
                self._in_meeting = False  # typing again: look afresh next time it matters
                self._meeting_at = -1e18
        if self._probes.fullscreen is not None and decisive:
            if real_now - self._fullscreen_at >= fresh:
                self._fullscreen_at = real_now
                self._fullscreen = bool(self._probes.fullscreen.is_fullscreen())
        elif not decisive:
            self._fullscreen = False
            self._fullscreen_at = -1e18
        return Sample(
            mono=clock.mono(),
            wall=clock.wall(),
            utc_offset=clock.utc_offset(),
            idle_seconds=idle_app,
            locked=self._locked,
            sleeping=self._sleeping,
            in_meeting=self._in_meeting,
            fullscreen=self._fullscreen,
        )

    def _moment(self) -> Moment:
        return Moment(self._clock.mono(), self._clock.wall(), self._clock.utc_offset())

    # --- lock and suspend (from SessionWatch) ------------------------------------

    def set_locked(self, locked: bool) -> None:
        """The screen locked or unlocked."""
        self._locked = locked
        self.wake()

    def set_sleeping(self, sleeping: bool) -> None:
        """The system is about to sleep, or woke up."""
        self._sleeping = sleeping
        self.wake()

    # --- events -------------------------------------------------------------------

    def _handle(self, events: list[Event]) -> None:
        try:
            self._handle_events(events)
        finally:
            # Whatever went wrong above, the one timer stays armed.
            self._arm()

    def _handle_events(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, IntervalClosed):
                self._store_interval(event.interval)
            elif isinstance(event, BreakRecorded):
                self._store_break(event)
            elif isinstance(event, BreakDue):
                if not event.forced and not self._owns_prompt():
                    # Another computer has the user: it shows this break.
                    events.extend(self._engine.defer_prompt(self._moment(), REFRESH_SECONDS))
                    continue
                self._break_due(event)
            elif isinstance(event, PromptWithdrawn):
                self._withdraw()
            elif isinstance(event, StateChanged):
                pass  # published below with the minute count
        if self._engine.break_phase is None:
            self._planned = None  # settled or overtaken: the next break gets a new plan
        self._heartbeat()
        self._publish(self._engine.status())

    def _store_only(self, events: list[Event]) -> None:
        """Store what the engine settled, but open no card (the app is leaving)."""
        for event in events:
            if isinstance(event, IntervalClosed):
                self._store_interval(event.interval)
            elif isinstance(event, BreakRecorded):
                self._store_break(event)

    def _publish(self, engine_status: EngineStatus) -> None:
        status = self._convert(engine_status)
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
                self._persist_session(engine_status)

    def _convert(self, s: EngineStatus) -> Status:
        tz = dt.timezone(dt.timedelta(seconds=s.utc_offset))

        def iso(instant: float) -> str:
            return dt.datetime.fromtimestamp(instant, tz).isoformat(timespec="minutes")

        paused = None if s.paused_until is None else iso(s.paused_until)
        held_until = None
        if s.hold_reason is not None and str(s.hold_reason) == "outside_hours":
            start = self._engine.config.working_hours.next_change(s.at, s.utc_offset)
            held_until = None if start is None else iso(start)
        next_prompt = None
        if (
            s.next_break_minutes is not None
            and s.hold_reason is None
            and str(s.state) in ("sitting", "held")
        ):
            next_prompt = iso(s.at + self._clock.real_seconds(s.next_break_minutes * 60.0))
        return Status(
            state=str(s.state),
            # Whole minutes: the tray and the tooltip change once a minute.
            sitting_minutes=float(int(s.sitting_minutes)),
            interval_minutes=s.interval_minutes,
            next_break_minutes=None
            if s.next_break_minutes is None
            else float(round(s.next_break_minutes)),
            paused_until=paused,
            hold_reason=None if s.hold_reason is None else str(s.hold_reason),
            idle_source=self._probes.idle.name,
            standing=s.standing,
            break_open=s.prompt_open or str(s.state) == "on_break",
            next_prompt_at=next_prompt,
            held_until=held_until,
            as_of=iso(s.at),
        )

    # --- history --------------------------------------------------------------------

    def _db(self, action: Callable[[HistoryStore], object]) -> object:
        if self._store is None:
            return None
        try:
            return action(self._store)
        except DatabaseError as exc:
            self._messages.report(
                Severity.ERROR,
                "History not saved",
                f"{exc}. Tracking goes on; Standup Buddy will try again at the next change.",
                key="db-write",
            )
            return None

    def _store_interval(self, interval: Interval) -> None:
        if self._open_key == (interval.kind, interval.start):
            # The running interval is finished: its heartbeat rows give way
            # to the final interval in one transaction.
            ids = list(self._open_ids)
            self._db(lambda s: s.replace_rows(ids, interval))
            self._forget_open()
        else:
            self._db(lambda s: s.add_interval(interval))
        if self._sync is not None:
            self._sync.journal_interval(interval, self._engine.now)

    def _forget_open(self) -> None:
        self._open_row = None
        self._open_key = None
        self._open_ids = []

    def _heartbeat(self, force: bool = False) -> None:
        if self._store is None:
            return
        running = self._engine.open_interval
        now = self._engine.now
        if self._open_key != (running.kind, running.start):
            if self._open_ids:
                # The engine moved on without closing these rows as such: they
                # were never part of the final history.
                stale = list(self._open_ids)
                self._db(lambda s: s.replace_rows(stale, None))
            self._forget_open()
            result = self._db(
                lambda s: s.open_interval(running.kind, running.start, running.utc_offset)
            )
            if isinstance(result, OpenInterval):
                self._open_row = result
                self._open_key = (running.kind, running.start)
                self._open_ids = [result.row_id]
            self._last_beat = now
        row = self._open_row
        if row is None:
            return
        beat_due = now - self._last_beat >= HEARTBEAT_SECONDS and (
            self._clock.real_seconds(now - self._last_beat) >= 1.0
        )
        if force or beat_due:
            result = self._db(lambda s: s.heartbeat(row, now))
            if isinstance(result, OpenInterval):
                self._open_row = result
                if result.row_id not in self._open_ids:
                    self._open_ids.append(result.row_id)
            self._last_beat = now
            self._persist_session(self._engine.status())
            self._sync_beat()

    def _store_break(self, event: BreakRecorded) -> None:
        record = event.record
        self._db(lambda s: s.add_break(record))
        if record.outcome in (Outcome.COMPLETED, Outcome.SKIPPED):
            self._last_reset = max(self._last_reset, record.ended or record.anchor)
        if self._sync is not None:
            self._sync.journal_break(record, self._clock.wall())
        if record.outcome is Outcome.COMPLETED and self._session is not None:
            # The break's own time ran out with the card up: the card says so.
            self._session = None
            self.break_completed.emit(self._acknowledgement())
        elif record.outcome is Outcome.MISSED:
            # Nobody answered: the card closes and comes back after a snooze.
            self._withdraw()
        if self._save_rotation is not None:
            try:
                self._save_rotation()
            except OSError as exc:
                self._messages.report(
                    Severity.WARNING, "Rotation not saved", str(exc), key="rotation-save"
                )

    def _record_goal(self, *, journal: bool = True) -> None:
        today = dt.datetime.fromtimestamp(
            self._clock.wall(), dt.timezone(dt.timedelta(seconds=self._clock.utc_offset()))
        ).date()
        goal = GoalSetting(
            GoalMetric(self._settings.get_str("goal.metric")),
            self._settings.get_int("goal.daily_target"),
            today,
        )
        changed = self._db(lambda s: s.set_goal(goal, self._clock.wall()))
        if changed is True and journal and self._sync is not None:
            self._sync.journal_goal(goal, self._clock.wall(), self._clock.utc_offset())

    def _follow_goal(self) -> None:
        """Use a goal set later on another computer (last writer wins, ``docs/sync.md``).

        Saved in this computer's settings, so the Settings page and Progress
        show it; not journaled again, since it is the other computer's change.
        """
        link = self._sync
        if link is None:
            return
        goal = link.newer_goal()
        if goal is None:
            return
        now = (self._settings.get_str("goal.metric"), self._settings.get_int("goal.daily_target"))
        if now == (goal.metric.value, goal.target):
            return
        self._apply_settings(
            self._settings.replace(
                {"goal.metric": goal.metric.value, "goal.daily_target": goal.target}
            ),
            journal_goal=False,
        )

    # --- restart -------------------------------------------------------------------

    def _restore_session(self, wall: float) -> dict[str, Any]:
        """Carry standing, a pause, and a fresh streak over a restart."""
        if self._store is None:
            return {}
        raw = self._db(lambda s: s.get_state(STATE_KEY))
        if not isinstance(raw, str):
            return {}
        try:
            data = json.loads(raw)
            at = float(data["at"])
            restored: dict[str, Any] = {"standing": bool(data.get("standing", False))}
            until = data.get("paused_until")
            if until is not None and float(until) > wall:
                restored["paused_until"] = float(until)
            threshold = self._settings.get_int("activity.natural_break_minutes") * 60.0
            gap = self._restart_gap(wall - at, data.get("boot"))
            if gap is not None and gap < threshold:
                restored["streak_seconds"] = max(0.0, float(data.get("streak_seconds", 0.0)))
            return restored
        except (ValueError, KeyError, TypeError):
            return {}

    def _restart_gap(self, wall_gap: float, saved_boot: object) -> float | None:
        """App seconds since the last heartbeat, or None when they cannot be known.

        The boot clock decides when both runs saw the same boot: it counts
        suspends, cannot be set back and does not run ``--speed`` times faster
        (its real gap is scaled to app time).  Otherwise the wall clock does; a
        wall clock that went back (set back, or a faster demo run before)
        proves nothing, and the streak starts afresh.
        """
        boot = self._boot_clock()
        if (
            boot is not None
            and isinstance(saved_boot, list)
            and len(saved_boot) == 2
            and saved_boot[0] == boot[0]
        ):
            real_gap = boot[1] - float(saved_boot[1])
            if real_gap >= 0:
                return self._clock.app_seconds(real_gap)
        return wall_gap if wall_gap >= 0 else None

    def _boot_clock(self) -> tuple[str, float] | None:
        reader = getattr(self._clock, "boot_clock", None)
        result = reader() if reader is not None else None
        return result if isinstance(result, tuple) else None

    def _persist_session(self, s: EngineStatus) -> None:
        boot = self._boot_clock()
        payload = json.dumps(
            {
                "boot": None if boot is None else list(boot),
                "at": s.at,
                "standing": s.standing,
                "paused_until": s.paused_until,
                "streak_seconds": s.sitting_minutes * 60.0,
            }
        )
        self._db(lambda store: store.set_state(STATE_KEY, payload))

    # --- breaks ----------------------------------------------------------------------

    def _break_due(self, event: BreakDue) -> None:
        if self._planned is None:
            self._planned = self._plan_session()
        self._session = replace(self._planned, forced=event.forced, snoozes=event.snoozes)
        self.break_due.emit(self._session)
        # Tell the other computers at once that this one shows the prompt.
        self._sync_beat()

    # --- other computers (sync folder) -------------------------------------------------

    def _natural_break_seconds(self) -> float:
        return self._settings.get_int("activity.natural_break_minutes") * 60.0

    def _sync_events(self) -> list[Event]:
        """Apply what the other devices' latest files say: their breaks, their streak."""
        link = self._sync
        if link is None:
            return []
        events: list[Event] = []
        now = self._engine.now
        for record in link.new_peer_breaks():
            if continuity.break_resets_streak(record, now, self._engine.streak_seconds):
                events += self._engine.break_elsewhere(self._moment())
                self._last_reset = max(self._last_reset, record.ended or record.anchor)
        peers = [p for p in link.peers() if p.last_input > self._last_reset]
        local = self._engine.streak_seconds
        carried = continuity.carried_streak(now, local, peers, self._natural_break_seconds())
        if carried > local + 1.0:
            events += self._engine.carry_streak(self._moment(), carried)
        return events

    def _owns_prompt(self) -> bool:
        link = self._sync
        if link is None:
            return True
        return continuity.owns_prompt(
            link.device, self._engine.now, self._engine.last_input, link.peers()
        )

    def _sync_beat(self) -> None:
        if self._sync is None:
            return
        s = self._engine.status()
        running = self._engine.open_interval
        self._sync.beat(
            {
                "at": s.at,
                "off": s.utc_offset,
                "streak_seconds": self._engine.streak_seconds,
                "last_input": self._engine.last_input,
                "present": s.present,
                "prompt_open": s.prompt_open or str(s.state) == "on_break",
                "kind": running.kind.value,
                "open_start": running.start,
            }
        )

    def _plan_session(self) -> BreakSession:
        settings = self._settings
        duration = settings.get_int("breaks.duration_seconds")
        cards: list[tuple[str, float, str | None]] = []
        if self._rotation is not None:
            within = str(self._engine.status().hold_reason) != "outside_hours"
            # Only a proposal: the rotation moves on as stretches are shown.
            for planned in self._rotation.plan_break(duration, within, commit=False):
                for side in planned.sides:
                    cards.append(
                        (
                            planned.stretch.id,
                            self._clock.real_seconds(planned.seconds_per_side),
                            None if side == "none" else side,
                        )
                    )
        # An unanswered card counts as missed after the break's length (app
        # time); wait for a pause in typing at most half of that, so under
        # --speed the card is on screen long before the prompt is missed.
        missed_after = self._clock.real_seconds(self._engine.config.duration_seconds)
        return BreakSession(
            cards=lay_out_cards(cards),
            duration_seconds=self._clock.real_seconds(duration),
            style=settings.get_str("breaks.style"),
            reduced_motion=settings.get_bool("ui.reduced_motion"),
            snooze_minutes=settings.get_int("breaks.snooze_minutes"),
            wait_for_pause_seconds=min(MAX_WAIT_FOR_PAUSE_SECONDS, missed_after / 2),
        )

    def break_time(self) -> BreakTime | None:
        """The running break on the engine's clock, in real seconds (None before it starts)."""
        reading = self._engine.break_time(self._clock.mono())
        if reading is None:
            return None
        elapsed, remaining, total = (self._clock.real_seconds(v) for v in reading)
        return BreakTime(True, elapsed, remaining, total)

    def _acknowledgement(self) -> str:
        """``Nice work — 14 of 30 movement minutes today``: today against the goal."""
        if self._store is None:
            return "Nice work — break complete."
        offset = dt.timezone(dt.timedelta(seconds=self._clock.utc_offset()))
        today = dt.datetime.fromtimestamp(self._clock.wall(), offset).date()
        result = self._db(lambda s: stats_for_days(s, [today], self._settings))
        if not isinstance(result, list) or not result:
            return "Nice work — break complete."
        day = result[0]
        unit = {
            GoalMetric.MOVEMENT_MINUTES: "movement minutes",
            GoalMetric.BREAKS: "breaks",
            GoalMetric.ACTIVE_HOURS: "active hours",
        }[day.goal_metric]
        return f"Nice work — {int(day.goal_value)} of {day.goal_target} {unit} today"

    def _withdraw(self) -> None:
        if self._session is not None:
            self._session = None
            self.break_withdrawn.emit()

    def take_break_now(self) -> None:
        """Start a break now."""
        self._handle(self._engine.break_now(self._moment()))

    def pause(self, minutes: float | None) -> None:
        """Pause for ``minutes`` (app minutes); None: until tomorrow's start of work."""
        wall = self._clock.wall()
        if minutes is None:
            offset = dt.timezone(dt.timedelta(seconds=self._clock.utc_offset()))
            tomorrow = dt.datetime.fromtimestamp(wall, offset).date() + dt.timedelta(days=1)
            start = dt.datetime.combine(tomorrow, self._settings.get_time("schedule.start"), offset)
            until = start.timestamp()
        else:
            until = wall + minutes * 60.0
        self._handle(self._engine.pause(self._moment(), until))

    def resume(self) -> None:
        """Resume reminders."""
        self._handle(self._engine.resume(self._moment()))

    def set_standing(self, standing: bool) -> None:
        """Standing-desk mode on or off."""
        self._handle(self._engine.set_standing(self._moment(), standing))

    def break_shown(self, stretch_ids: list[str]) -> None:
        """The card (or notification) reached the user, showing these stretches."""
        answer_within = self._clock.app_seconds(MIN_ANSWER_REAL_SECONDS)
        self._handle(
            self._engine.card_shown(self._moment(), stretch_ids, answer_within=answer_within)
        )
        self._mark_shown(stretch_ids)

    def stretch_shown(self, stretch_id: str) -> None:
        """Another stretch reached the open card (the arrows or the countdown)."""
        self._engine.stretch_shown([stretch_id])
        self._mark_shown([stretch_id])

    def _mark_shown(self, stretch_ids: list[str]) -> None:
        if self._rotation is None:
            return
        for stretch_id in stretch_ids:
            self._rotation.mark_shown(stretch_id)

    def break_started(self) -> None:
        """The user began the stretch."""
        self._handle(self._engine.break_started(self._moment()))

    def break_done(self, stretch_ids: list[str]) -> None:
        """Done: completed, with the real time spent."""
        self._session = None
        self._handle(self._engine.complete(self._moment()))

    def break_snoozed(self) -> None:
        """Snooze the break."""
        self._session = None
        self._handle(self._engine.snooze(self._moment()))

    def break_skipped(self) -> None:
        """Skip the break."""
        self._session = None
        self._handle(self._engine.skip(self._moment()))

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
                "Settings not saved",
                f"Could not write {self._paths.settings_file}: {exc.strerror or exc}. "
                "The new settings are used until Standup Buddy quits.",
            )
        self._settings = settings
        self._record_goal(journal=journal_goal)
        self._handle(self._engine.update_config(self._moment(), tracking_config(settings)))
        self.settings_changed.emit(settings)

    def set_goal(self, metric: GoalMetric, target: int) -> None:
        """A goal change from the Progress window: saved in settings and goal history."""
        self.apply_settings(
            self._settings.replace({"goal.metric": metric.value, "goal.daily_target": target})
        )

    def set_rotation(self, rotation: Any) -> None:
        """Use a new rotation from the next break on."""
        self._rotation = rotation

    def set_sync(self, sync: Any) -> None:
        """Use another sync folder link (None: sync off) from now on; the old one is closed."""
        self._sync = sync
        if sync is not None:
            self._sync_beat()  # tell the new folder where this computer is, now
        self.wake()

    # --- leaving ------------------------------------------------------------------------

    def checkpoint(self) -> None:
        """Write the running interval up to this instant (the session is logging out).

        If the session then ends the app without a quit, history still ends here.
        """
        if self._closing:
            return
        self._store_only(self._engine.advance(self._moment()))
        self._heartbeat(force=True)

    def shutdown(self) -> None:
        """Close the running interval at this instant (in one transaction) and stop the timer."""
        if self._closing:
            return
        # The engine last saw the clock at its last wake-up, up to a minute ago:
        # run it to the quit instant first, so no time is lost.
        self._store_only(self._engine.advance(self._moment()))
        self._heartbeat()
        row = self._open_row
        if row is not None:
            now = self._engine.now
            self._db(lambda s: s.close_interval(row, now))
            self._forget_open()
            if self._sync is not None and now > row.start:
                # The other computers learn how the running interval ended.
                final = Interval(row.kind, row.start, now, row.utc_offset)
                self._sync.journal_interval(final, now)
        self._persist_session(self._engine.status())
        self._closing = True
        self._timer.stop()
        if self._sync is not None:
            self._sync_beat()
            self._sync.close()
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
