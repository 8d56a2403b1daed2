"""The daily routine window: one guided card sequence with its own countdowns.

It shows the day's routine (``core.routine``) card by card with a progress
strip ("3 of 6"), counts each side down, mirrors the figure and announces the
switch (a visible cue, the accessible name and description, and, if the user
turned it on and the desktop has speech, a spoken word). Pause stops the
clock; Next moves on. When it ends, its minutes are saved as a completed
break marked as the routine, so they count as movement and the Month view
can mark the day.

The window reuses the break card's view widgets; the break card itself is
untouched. It deletes itself when closed.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from standup_buddy import APP_NAME
from standup_buddy.controller_base import BaseController
from standup_buddy.core.model import BreakRecord, Outcome
from standup_buddy.core.rotation import RotationConfig
from standup_buddy.core.routine import (
    Routine,
    RoutineStep,
    build_routine,
    routine_marker,
    start_offset,
    step_at,
)
from standup_buddy.services.history import HistoryService
from standup_buddy.services.rotation import Catalog
from standup_buddy.ui.about import RED_FLAGS, safety_text
from standup_buddy.ui.break_card_view import BreakCardView, seconds_words
from standup_buddy.ui.break_style import card_style_sheet
from standup_buddy.ui.theme import theme_for

SWITCH_CUE_SECONDS = 4.0
TICK_MS = 200


def side_words(side: str) -> str:
    """``Left side`` / ``Right side`` / ``""``."""
    if side == "left":
        return QCoreApplication.translate("RoutineWindow", "Left side")
    if side == "right":
        return QCoreApplication.translate("RoutineWindow", "Right side")
    return ""


class _Speaker:
    """The platform's speech through Qt TextToSpeech, loaded only when first asked."""

    def __init__(self) -> None:
        self._engine: Any = None
        self._tried = False

    def say(self, text: str) -> bool:
        if not self._tried:
            self._tried = True
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech

                if QTextToSpeech.availableEngines():
                    self._engine = QTextToSpeech()
            except (ImportError, RuntimeError):
                self._engine = None
        if self._engine is None:
            return False
        self._engine.say(text)
        return True


class RoutineWindow(QWidget):
    """The routine as one sequence of cards. Non-modal; deletes itself on close."""

    def __init__(
        self,
        controller: BaseController,
        catalog: Catalog,
        config: RotationConfig,
        day: dt.date,
        *,
        history: HistoryService | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        utc_offset: Callable[[], int] = lambda: 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("{app}: Daily routine").format(app=APP_NAME))
        self.setAccessibleName(self.tr("Daily routine"))
        self._controller = controller
        self._history = history
        self._clock = clock
        self._wall = wall
        self._utc_offset = utc_offset
        settings = controller.settings()
        self.routine: Routine = build_routine(
            catalog.program(config.program),
            catalog.by_id(),
            day=day,
            space=config.space,
            fallback_ids=catalog.ids,
        )
        self._catalog = catalog
        self._program = config.program or ""
        self._spoken = settings.view.ui.spoken_cues
        self._speaker = _Speaker()
        self._elapsed = 0.0
        self._running_since: float | None = None
        self._started_wall: float | None = None
        self._shown: tuple[int, str] | None = None
        self._cue_until = 0.0
        self.recorded = False
        self._held_reminders = False

        self.view = BreakCardView(snooze_minutes=0, navigable=False)
        self.view.eyebrow.setText(self.tr("Your daily routine"))
        self.view.done_button.setText(self.tr("Pause"))
        self.view.done_button.setAccessibleName(self.tr("Pause the routine"))
        self.view.done_button.setToolTip(self.tr("Pause or go on (Space)"))
        self.view.snooze_button.setText(self.tr("Next"))
        self.view.snooze_button.setAccessibleName(self.tr("Next exercise"))
        self.view.snooze_button.setToolTip(self.tr("Go on to the next exercise (N)"))
        self.view.skip_button.setText(self.tr("Stop"))
        self.view.skip_button.setAccessibleName(self.tr("Stop the routine"))
        self.view.skip_button.setToolTip(self.tr("Stop here; the time so far still counts (Esc)"))
        self.view.hint_label.setText(self.tr("Space: pause   ·   N: next   ·   Esc: stop"))
        self.safety_label = QLabel(safety_text(RED_FLAGS))
        self.safety_label.setWordWrap(True)
        self.safety_label.setObjectName("hint")
        self.safety_label.setAccessibleName(self.tr("Warning signs"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.safety_label)
        self.safety_label.setContentsMargins(24, 0, 24, 0)
        theme = theme_for(self.palette())
        self.setStyleSheet(card_style_sheet(theme))
        self.view.apply_theme(theme)
        self.view.figure_widget.set_reduced_motion(settings.view.ui.reduced_motion)

        self.view.done_button.clicked.connect(self.toggle_pause)
        self.view.snooze_button.clicked.connect(self.next_exercise)
        self.view.skip_button.clicked.connect(self.stop)
        for key, slot in (
            (QKeySequence("Space"), self.toggle_pause),
            (QKeySequence("N"), self.next_exercise),
            (QKeySequence(Qt.Key.Key_Escape), self.stop),
        ):
            QShortcut(key, self).activated.connect(slot)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self.resize(900, 780)
        self.start()

    # --- state ------------------------------------------------------------------------

    def elapsed(self) -> float:
        """Seconds of routine time so far (paused time left out)."""
        running = self._clock() - self._running_since if self._running_since is not None else 0
        return self._elapsed + running

    def step(self) -> RoutineStep:
        """Where the routine is now."""
        return step_at(self.routine, self.elapsed())

    def is_paused(self) -> bool:
        """Whether the clock is stopped."""
        return self._running_since is None

    def progress_text(self) -> str:
        """The progress strip as shown, e.g. ``3 of 6``."""
        return self.view.counter_label.text()

    # --- actions ----------------------------------------------------------------------

    def start(self) -> None:
        """Start (or go on with) the routine."""
        if self._started_wall is None:
            self._started_wall = self._wall()
            self._hold_reminders()
        if self._running_since is None:
            self._running_since = self._clock()
        self._timer.start()
        self.view.done_button.setText(self.tr("Pause"))
        self.tick()

    def toggle_pause(self) -> None:
        """Pause, or go on after a pause."""
        if self._running_since is None:
            self.start()
            return
        self._elapsed = self.elapsed()
        self._running_since = None
        self._timer.stop()
        self.view.done_button.setText(self.tr("Go on"))
        self.view.done_button.setAccessibleName(self.tr("Go on with the routine"))
        self.view.time_caption.setText(self.tr("Paused"))

    def next_exercise(self) -> None:
        """Skip ahead to the start of the next exercise."""
        current = self.step()
        target = start_offset(self.routine, current.index + 1)
        running = self._running_since is not None
        self._elapsed = target
        self._running_since = self._clock() if running else None
        self.tick()

    def stop(self) -> None:
        """End the routine now; the time spent counts."""
        self._finish()
        self.close()

    def tick(self) -> None:
        """Bring the card, the side, the countdown and the cue up to the clock."""
        step = self.step()
        if step.finished:
            self._finish()
            self._show_finished()
            return
        item = self.routine.items[step.index]
        key = (step.index, step.side)
        if key != self._shown:
            switched = self._shown is not None and self._shown[0] == step.index
            self._shown = key
            self._show_card(step)
            if switched:
                self._announce_switch(step.side, item.stretch.name)
        self.view.ring.set_time(step.seconds_left, item.seconds_per_side, not self.is_paused())
        self.view.time_caption.setText(
            self.tr("{time} left").format(time=seconds_words(step.seconds_left))
        )
        cue = self._clock() < self._cue_until
        if cue != self.view.switch_label.isVisibleTo(self):
            self.view.switch_label.setVisible(cue)

    # --- internals --------------------------------------------------------------------

    def _show_card(self, step: RoutineStep) -> None:
        item = self.routine.items[step.index]
        stretch = item.stretch
        view = self.view
        view.show_stretch(stretch, item.total_seconds, step.index, step.count)
        progress = self._progress(step.index + 1, step.count)
        view.counter_label.setText(progress)
        view.counter_label.setAccessibleName(
            self.tr("Exercise {progress}").format(progress=progress)
        )
        view.counter_label.setVisible(True)
        view.figure_widget.set_animation(self._catalog.animation_for(stretch))
        # The figure shows the left side; the right side is its mirror image.
        view.figure_widget.set_mirrored(step.side == "right")
        words = side_words(step.side)
        view.side_label.setText(words)
        view.side_label.setVisible(bool(words))
        view.side_label.setAccessibleName(words or self.tr("Side"))
        view.figure_widget.setAccessibleDescription(
            f"{stretch.name}: {words}" if words else stretch.name
        )

    def _progress(self, number: int, count: int) -> str:
        """``3 of 6``: where in the routine the user is."""
        number = min(number, count)
        return self.tr("{number} of {count}").format(
            number=QLocale().toString(number), count=QLocale().toString(count))

    def _announce_switch(self, side: str, name: str) -> None:
        if side == "left":
            words = self.tr("Switch sides: now your left side")
            spoken = self.tr("Switch sides. Now your left side.")
        else:
            words = self.tr("Switch sides: now your right side")
            spoken = self.tr("Switch sides. Now your right side.")
        self._cue_until = self._clock() + SWITCH_CUE_SECONDS
        self.view.switch_label.setText(f"⇄  {words}")
        self.view.switch_label.setAccessibleName(words)
        self.view.switch_label.setAccessibleDescription(f"{name}, {side_words(side)}")
        self.view.switch_label.setVisible(True)
        if self._spoken:
            self._speaker.say(spoken)

    def _show_finished(self) -> None:
        self._timer.stop()
        view = self.view
        view.name_label.setText(self.tr("Routine done: well done"))
        view.meta_label.setText(
            self.tr("{time} of movement, counted today").format(time=seconds_words(self.elapsed()))
        )
        count = len(self.routine.items)
        view.counter_label.setText(self._progress(count, count))
        view.time_caption.setText(self.tr("Finished"))
        view.done_button.setEnabled(False)
        view.snooze_button.setEnabled(False)
        view.skip_button.setText(self.tr("Close"))
        view.skip_button.setAccessibleName(self.tr("Close the routine"))

    def _hold_reminders(self) -> None:
        # No break card over the routine, and time on the floor away from the
        # keyboard must not also count as a natural break: pause tracking for
        # the routine's length (plus pauses), and resume when it ends.
        status = self._controller.status()
        if status.state == "paused" or status.break_open:
            return
        minutes = self.routine.total_seconds / 60.0 + 15.0
        self._controller.pause(minutes)
        self._held_reminders = True

    def _release_reminders(self) -> None:
        if self._held_reminders:
            self._held_reminders = False
            self._controller.resume()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._finish()
        super().closeEvent(event)

    def _finish(self) -> None:
        """Save the time spent as a completed routine break, once."""
        if self.recorded or self._started_wall is None:
            return
        self.recorded = True
        self._release_reminders()
        seconds = min(self.elapsed(), float(self.routine.total_seconds))
        if seconds < 1:
            return
        done = self.routine.stretch_ids[: max(1, self.step().index)]
        offset = self._utc_offset()
        record = BreakRecord(
            due=self._started_wall,
            outcome=Outcome.COMPLETED,
            utc_offset=offset,
            prompted=self._started_wall,
            started=self._started_wall,
            ended=self._started_wall + seconds,
            stretch_ids=(routine_marker(self._program), *done),
        )
        if self._history is not None:
            # A failure is reported by the service; the routine still ends normally.
            self._history.add_break(record)
