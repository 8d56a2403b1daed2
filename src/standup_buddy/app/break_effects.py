"""What a movement break does to the rest of the desktop: media and the screen lock.

It listens to the controller only. A break "runs" while the engine's state
is ``on_break`` (the countdown the card starts once its key guard is over,
or the user's Start); the status the controller publishes says when that
begins and ends, so this needs no hook in the engine or the card:

* at the start, with ``breaks.pause_media`` on, the players that are playing
  are paused; at the end exactly those this app paused, and the user has not
  touched since, play again (the rules are in ``core/media_ledger.py``);
* with ``breaks.lock_after_seconds`` above 0 the screen is locked that long
  after the start (on the engine's break clock, which the card's "Screen
  locks in 10 s" reads too), unless the break has ended by then.

Quitting during a break resumes the paused players first.

A break that ends while the screen is locked (the user walked away, or the
lock this app set) does not start the music for an empty room: the players
are resumed when the screen is unlocked, by the same rules. Quitting while
locked (a log-out) leaves them paused.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer

from standup_buddy.controller_base import BaseController
from standup_buddy.core.media_ledger import MediaLedger
from standup_buddy.platform.media import MediaPlayers
from standup_buddy.platform.screen_lock import LockFailed
from standup_buddy.session import BreakSession, Status

log = logging.getLogger(__name__)

# While players of ours are paused, look at them this often (real ms): a
# player the user starts again during the break is theirs from then on.
MEDIA_POLL_MS = 1000
# Never re-arm the lock timer for less than this (real ms).
MIN_LOCK_STEP_MS = 50


class Locker(Protocol):
    """What this needs of the screen locker (``platform/screen_lock.py``)."""

    def lock(self) -> str: ...


class BreakEffects(QObject):
    """Pauses media for the length of a movement break and locks the screen if asked."""

    def __init__(
        self,
        controller: BaseController,
        *,
        media: MediaPlayers | None,
        locker: Locker | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._media = media
        self._locker = locker
        self._ledger = MediaLedger()
        self._session: BreakSession | None = None
        self._running = False
        self._locked_by_us = False
        # The desktop's lock state (``SessionWatch``); False where it cannot be read.
        self._screen_locked = False
        self._resume_on_unlock = False
        self._poll = QTimer(self)
        self._poll.setInterval(MEDIA_POLL_MS)
        self._poll.timeout.connect(self._observe_media)
        self._lock_timer = QTimer(self)
        self._lock_timer.setSingleShot(True)
        self._lock_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._lock_timer.timeout.connect(self._lock_due)
        controller.break_due.connect(self.on_break_due)
        controller.status_changed.connect(self.on_status)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quitting)

    # --- reading (for tests and doctor) ------------------------------------------

    @property
    def paused_players(self) -> frozenset[str]:
        """The players this app paused and will resume."""
        return self._ledger.ours

    @property
    def lock_pending(self) -> bool:
        """Whether the screen is due to lock during this break."""
        return self._lock_timer.isActive()

    @property
    def screen_locked(self) -> bool:
        """Whether this break locked the screen."""
        return self._locked_by_us

    @property
    def resume_waits_for_unlock(self) -> bool:
        """Whether the paused players wait for the screen to be unlocked."""
        return self._resume_on_unlock

    def set_screen_locked(self, locked: bool) -> None:
        """The screen locked or unlocked (``SessionWatch.locked_changed``)."""
        self._screen_locked = locked
        if not locked and self._resume_on_unlock and not self._running:
            self._resume_on_unlock = False
            self._unwatch()
            self._resume()

    # --- the break's life -----------------------------------------------------------

    def on_break_due(self, session: object) -> None:
        """A break is due: its lock setting applies when it begins."""
        if isinstance(session, BreakSession):
            self._session = session

    def on_status(self, status: object) -> None:
        """The break begins or ends with the controller's state."""
        if not isinstance(status, Status):
            return
        running = status.state == "on_break"
        if running and not self._running:
            self._running = True
            self._began()
        elif not running and self._running:
            self._running = False
            self.release()

    def _began(self) -> None:
        # Players still waiting from a break that ended locked stay ours: the
        # unlock went unseen, and this break's end resumes them with the rest.
        if self._resume_on_unlock:
            self._resume_on_unlock = False
            self._unwatch()
        settings = self._controller.settings()
        if self._media is not None and settings.view.breaks.pause_media:
            self._pause_media(self._media)
        session = self._session
        if self._locker is not None and session is not None and session.lock_after_seconds > 0:
            self._arm_lock(session.lock_after_seconds)

    def release(self) -> None:
        """The break is over: resume our players (once unlocked), cancel the lock."""
        self._lock_timer.stop()
        self._locked_by_us = False
        self._poll.stop()
        if self._screen_locked and self._ledger.active:
            # Nobody is there to hear it: wait for the unlock. Not polled
            # meanwhile (no wake-ups while away); the unlock reads them afresh.
            self._resume_on_unlock = True
            log.info("break over with the screen locked: players resume at unlock")
            # A player the user plays and pauses meanwhile (from a phone, a
            # headset) is theirs: its own signal says so, without a poll.
            watch = getattr(self._media, "watch", None)
            if watch is not None:
                watch(self._ledger.seen)
            return
        self._resume()

    def _unwatch(self) -> None:
        unwatch = getattr(self._media, "unwatch", None)
        if unwatch is not None:
            unwatch()

    def _quitting(self) -> None:
        self._unwatch()
        self._lock_timer.stop()
        self._poll.stop()
        if self._screen_locked:
            # A log-out or shutdown from the lock screen: no music on the way out.
            self._ledger = MediaLedger()
            return
        self._resume()

    def _resume(self) -> None:
        media = self._media
        if media is None or not self._ledger.active:
            return
        try:
            statuses = media.statuses()
        except Exception:  # a broken player must not break the break
            log.exception("could not read the media players")
            statuses = {}
        for name in self._ledger.finish(statuses):
            if media.play(name):
                log.info("resumed %s after the break", name)

    # --- media ------------------------------------------------------------------------

    def _pause_media(self, media: MediaPlayers) -> None:
        try:
            statuses = media.statuses()
        except Exception:
            log.exception("could not read the media players")
            return
        for name in self._ledger.begin(statuses):
            if media.pause(name):
                log.info("paused %s for the break", name)
            else:
                self._ledger.forget([name])
        if self._ledger.active:
            self._observe_media()
            self._poll.start()

    def _observe_media(self) -> None:
        if self._media is None:
            return
        try:
            self._ledger.observe(self._media.statuses())
        except Exception:
            log.exception("could not read the media players")
        if not self._ledger.active:
            self._poll.stop()

    # --- screen lock ---------------------------------------------------------------------

    def _arm_lock(self, after_seconds: float) -> None:
        time = self._controller.break_time()
        elapsed = 0.0 if time is None else time.elapsed
        wait_ms = max(0, int((after_seconds - elapsed) * 1000))
        self._lock_timer.start(wait_ms)

    def _lock_due(self) -> None:
        session = self._session
        if not self._running or session is None or self._locker is None:
            return
        time = self._controller.break_time()
        elapsed = 0.0 if time is None else time.elapsed
        rest = session.lock_after_seconds - elapsed
        if rest > MIN_LOCK_STEP_MS / 1000:
            # The engine's break clock is behind the timer (a slow wake-up, a
            # test clock): wait for the card's countdown to reach zero.
            self._lock_timer.start(max(MIN_LOCK_STEP_MS, int(rest * 1000)))
            return
        try:
            how = self._locker.lock()
        except LockFailed as exc:
            log.warning("could not lock the screen: %s", exc)
            return
        self._locked_by_us = True
        # Known at once: the locker's own signal may come after the break's end.
        self._screen_locked = True
        log.info("locked the screen for the break (%s)", how)
