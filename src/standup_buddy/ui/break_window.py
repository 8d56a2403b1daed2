"""The break prompt: a calm card with the stretch, its steps, its caution and a countdown.

How it avoids stealing typing (see docs/ui.md): the presenter waits for a
pause in input before opening it; the card then appears without taking
keyboard focus (``WindowDoesNotAcceptFocus`` and ``WA_ShowWithoutActivating``)
and ignores every key for ``KEY_GUARD_SECONDS``. Only after that may it take
focus, and only when the user is still not typing.

The window keeps no time of its own: the engine owns the break's clock and
the window displays ``controller.break_time()`` (the ring is the engine's
remaining time), picks the card whose slot on the break's timeline holds the
elapsed time, and shows "Nice work" when the controller says the break ended
by its own time (``break_completed``). ←/→ change the stretch shown, never
the time left.

The window reports to the controller: ``break_shown`` when it appears,
``stretch_shown`` for each further stretch it shows, ``break_started`` when
the countdown starts, and at most one answer: ``break_done`` (with the
stretches shown), ``break_snoozed`` or ``break_skipped``. Keys: Enter/Space
done, S snooze, Esc skip, ←/→ another stretch.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QPushButton, QToolButton, QVBoxLayout, QWidget

from standup_buddy.controller_base import BaseController
from standup_buddy.core.break_rules import Offers
from standup_buddy.core.stretch import Stretch
from standup_buddy.services.rotation import Catalog
from standup_buddy.session import BreakSession, BreakTime, CardAnswer, PlannedCard
from standup_buddy.textfmt import QT_TRANSLATE_NOOP
from standup_buddy.ui.break_card_view import BreakCardView
from standup_buddy.ui.break_style import card_style_sheet
from standup_buddy.ui.chime import Chime
from standup_buddy.ui.countdown_ring import clock_text
from standup_buddy.ui.dim_overlay import DimOverlay
from standup_buddy.ui.figure_widget import FigureWidget
from standup_buddy.ui.input_pause import IdleReading
from standup_buddy.ui.theme import is_dark, theme_for

if TYPE_CHECKING:
    from standup_buddy.core.stats import DayStats

WINDOW_TITLE = "Standup Buddy: Break"

FALLBACK_STRETCH = Stretch(
    id="walk-break",
    name="Walk break",
    focus=("circulation", "legs"),
    where="standing",
    duration_seconds=120,
    sides="none",
    steps=(
        "Stand up and walk around for a minute or two.",
        "Let your arms swing and keep your shoulders relaxed.",
    ),
    caution="Move at a pace that feels comfortable, and stop if anything hurts.",
    animation="walk-break",
    source="builtin",
)

_UNSET = "unset"
COMPOSITOR_NOTE = QT_TRANSLATE_NOOP(
    "BreakWindow", "No compositor is running, so the screen is not dimmed."
)


class _Card:
    """One entry the window can show: a planned card and the stretch it names."""

    def __init__(self, planned: PlannedCard, stretch: Stretch, split_sides: bool) -> None:
        self.planned = planned
        self.stretch = stretch
        # Both sides on this one card, switching halfway; unless the session
        # already gave each side its own card.
        self.switches = stretch.two_sided and not split_sides
        first = planned.side if planned.side in ("left", "right") else "left"
        self.first_side: str | None = first if (stretch.two_sided or planned.side) else None

    @property
    def seconds(self) -> float:
        return max(1.0, self.planned.seconds)

    def side_at(self, elapsed: float) -> str | None:
        """Which side is being stretched ``elapsed`` seconds into the card."""
        if self.first_side is None:
            return None
        if self.switches and elapsed >= self.seconds / 2:
            return "right" if self.first_side == "left" else "left"
        return self.first_side


class BreakWindow(QWidget):
    """``Standup Buddy: Break``: the stretch card for one break session.

    The timing constants are a person's reaction times, in real seconds even
    under ``--speed``; tests set them to 0 or small values.  None of them is
    the break's own time, which only the engine keeps.
    """

    KEY_GUARD_SECONDS = 2.0
    TYPING_PAUSE_SECONDS = 2.0
    SWITCH_CUE_SECONDS = 4.0
    FINISH_LINGER_SECONDS = 3.0
    #: The emergency exit: this many presses of Esc within this many seconds.
    ESC_PRESSES = 3
    ESC_WINDOW_SECONDS = 3.0
    TICK_MS = 100
    TICK_MS_REDUCED = 500

    #: The window is done: the CardAnswer, or None when the break was withdrawn.
    finished = Signal(object)

    def __init__(
        self,
        controller: BaseController,
        session: BreakSession,
        catalog: Catalog,
        *,
        clock: Callable[[], float] = time.monotonic,
        idle_seconds: IdleReading | None = None,
        report_shown: bool = True,
        chime: Chime | None = None,
        composited: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._session = session
        self._clock = clock
        self._idle_seconds = idle_seconds
        self._report_shown = report_shown
        settings = controller.settings()
        self._reduced_motion = session.reduced_motion or settings.view.ui.reduced_motion
        self._chime = chime if chime is not None else (Chime() if settings.view.ui.sound else None)
        self._cards = self._plan_cards(session, catalog)
        self._finished_emitted = False
        self._catalog = catalog
        self._composited = composited
        self._index = 0
        self._slot = 0  # the card whose time slot the break's clock is in
        self._shown_ids: list[str] = []
        self._shown_at: float | None = None
        self._time: BreakTime | None = None
        self._started_reported = False
        self._outcome: CardAnswer | None = None
        self._completed = False
        self._withdrawn = False
        self._side: str | None = None
        self._cue_until: float | None = None
        self._focus_released = False
        self._focus_taken = False
        self._esc_presses: list[float] = []
        self._emergency = False

        self.setWindowTitle(WINDOW_TITLE)
        self.setAccessibleName(self.tr("Break: stretch card"))
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.view = BreakCardView(session.snooze_minutes, navigable=len(self._cards) > 1)
        self._alias_controls()
        self.view.prev_button.clicked.connect(self.previous_card)
        self.view.next_button.clicked.connect(self.next_card)
        self.view.skip_button.clicked.connect(self.skip)
        self.view.snooze_button.clicked.connect(self.snooze)
        self.view.done_button.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view.done_button)
        self.view.text_fitted.connect(self._grow_to_fit, Qt.ConnectionType.QueuedConnection)
        self.resize(self.sizeHint())
        self._apply_theme()
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS_REDUCED if self._reduced_motion else self.TICK_MS)
        self._timer.timeout.connect(self.tick)
        self.overlays: list[DimOverlay] = []
        if session.style == "fullscreen" and not composited:
            # Without a compositor a translucent layer is drawn opaque and hides
            # everything: leave the screen as it is and say why.
            note = self.tr(COMPOSITOR_NOTE)
            self.view.hint_label.setText(f"{self.view.hint_label.text()}\n{note}")
        self.show_card(0)
        self.view.set_offers(self.offers())
        controller.break_completed.connect(self.complete_by_time)
        for widget in [self, *self.findChildren(QWidget)]:
            widget.installEventFilter(self)

    # --- public API ----------------------------------------------------------------

    def open(self) -> None:
        """Show the card on the screen under the pointer, without taking focus."""
        if self._session.style == "fullscreen" and self._composited:
            self._show_overlays()
        self._place_on_pointer_screen()
        self.show()
        self.raise_()

    def withdraw(self) -> None:
        """Close without an answer (e.g. the user walked away, or a hold began)."""
        if self._outcome is None and not self._withdrawn:
            self._withdrawn = True
            self._timer.stop()
            self._emit_finished(None)
            self.close()

    def complete_by_time(self, day: DayStats | None) -> None:
        """The break's own time ran out (the engine says so): show "Nice work", then close."""
        if self._outcome is not None or self._withdrawn:
            return
        self._outcome = CardAnswer.COMPLETED
        self._completed = True
        self._timer.stop()
        self.ring.set_time(0, 1, True)
        self.name_label.setText(self.tr("Break complete"))
        from standup_buddy.ui.progress.figures import break_acknowledgement

        self.meta_label.setText(break_acknowledgement(day))
        self.time_caption.setText(self.tr("Back to it when you are ready."))
        self.view.hint_label.setText(self.tr("Enter: close"))
        for button in (self.snooze_button, self.skip_button, self.prev_button, self.next_button):
            button.hide()
        self.done_button.setText(self.tr("Close"))
        self.done_button.setToolTip(self.tr("Close this card"))
        self.done_button.setAccessibleName(self.tr("Close"))
        QTimer.singleShot(round(self.FINISH_LINGER_SECONDS * 1000), self._close_finished)

    def completion_shown(self) -> bool:
        """Whether the card shows the end-of-break screen."""
        return self._completed

    def stretch(self) -> Stretch:
        """The stretch on the card now."""
        return self._cards[self._index].stretch

    def card_index(self) -> int:
        """Which card is shown (0-based)."""
        return self._index

    def shown_ids(self) -> list[str]:
        """Ids of every stretch shown so far, in order, without repeats."""
        return list(self._shown_ids)

    def countdown_started(self) -> bool:
        """Whether the countdown is running."""
        return self._time is not None

    def remaining_seconds(self) -> float:
        """Seconds left in the break as the ring shows them (the engine's time)."""
        return self.ring.remaining()

    def side_text(self) -> str:
        """The side label as shown, or ``""``."""
        return self.side_label.text() if self.side_label.isVisibleTo(self) else ""

    def counter_text(self) -> str:
        """``Stretch 1 of 2`` as shown, or ``""`` when there is only one stretch."""
        label = self.view.counter_label
        return label.text() if label.isVisibleTo(self) else ""

    def switch_cue_visible(self) -> bool:
        """Whether the 'Switch sides' cue is showing."""
        return self.switch_label.isVisibleTo(self)

    def keys_guarded(self) -> bool:
        """Whether keys are still being ignored after the card appeared."""
        if self._shown_at is None:
            return True
        return self._clock() - self._shown_at < self.KEY_GUARD_SECONDS

    def outcome(self) -> CardAnswer | None:
        """How the break ended, once it has."""
        return self._outcome

    def figure(self) -> FigureWidget:
        """The animated figure."""
        return self.figure_widget

    def show_card(self, index: int) -> None:
        """Show card ``index`` (wrapping around); the break's time left does not change."""
        self._index = index % len(self._cards)
        card = self._cards[self._index]
        stretch = card.stretch
        if stretch.id not in self._shown_ids and self._shown_at is not None:
            self._shown_ids.append(stretch.id)
            if self._outcome is None and not self._withdrawn:
                self._controller.stretch_shown(stretch.id)
        # Count stretches, not cards: both sides of one stretch are one stretch.
        ids = list(dict.fromkeys(c.stretch.id for c in self._cards))
        self.view.show_stretch(stretch, card.seconds, ids.index(stretch.id), len(ids))
        self.figure_widget.set_animation(self._catalog.animation_for(stretch))
        self.figure_widget.set_reduced_motion(self._reduced_motion)
        self._side = _UNSET  # forces the side label to be set up for this card
        self._cue_until = None
        self.switch_label.hide()
        self._update_side(self._card_elapsed())
        self._update_countdown()

    def navigable(self) -> bool:
        """Whether ←/→ lead anywhere (more than one card); the arrows show only then."""
        return len(self._cards) > 1

    def next_card(self) -> None:
        """Show the next stretch (nothing on a one-stretch break)."""
        if self.navigable():
            self.show_card(self._index + 1)

    def previous_card(self) -> None:
        """Show the previous stretch (nothing on a one-stretch break)."""
        if self.navigable():
            self.show_card(self._index - 1)

    def done(self) -> None:
        """Finish the break as completed (even before the countdown ends)."""
        self._end(CardAnswer.COMPLETED)

    def snooze(self) -> None:
        """Put the break off by the snooze time (if the break rules offer it now)."""
        if self.offers().snooze:
            self._end(CardAnswer.SNOOZED)

    def skip(self) -> None:
        """Skip this break (if the break rules offer it)."""
        if self.offers().skip:
            self._end(CardAnswer.SKIPPED)

    def emergency_exit(self) -> None:
        """Leave the break whatever the rules: recorded skipped, as an emergency exit."""
        self._emergency = True
        self._end(CardAnswer.SKIPPED)

    def offers(self) -> Offers:
        """The answers the break rules offer now."""
        return self._controller.break_offers()

    def left_by_emergency_exit(self) -> bool:
        """Whether the card was left by the emergency exit."""
        return self._emergency and self._outcome is CardAnswer.SKIPPED

    def tick(self) -> None:
        """Bring the display up to the engine's clock: card, side, cue and ring."""
        if self._outcome is not None or self._withdrawn or self._shown_at is None:
            return
        guarded = self.keys_guarded()
        if not self._started_reported and not guarded:
            self._started_reported = True
            self._controller.break_started()
        if not guarded and not self._focus_taken:
            self._take_focus_when_idle()
        if self._outcome is not None or self._withdrawn:
            return  # starting the countdown can settle the break (e.g. no time left)
        self.view.set_offers(self.offers())
        self._time = self._controller.break_time()
        if self._time is not None:
            slot = self._session_slot(self._time.elapsed)
            if slot != self._slot:
                previous = self._cards[self._slot]
                self._slot = slot
                self.show_card(slot)
                if self._cards[slot].stretch.id == previous.stretch.id:
                    # The session gave each side its own card: this is the switch.
                    self._cue_until = self._clock() + self.SWITCH_CUE_SECONDS
                    self._update_side(0.0)
                    if self._chime is not None:
                        self._chime.play()
                return
            self._update_side(self._card_elapsed())
        self._update_countdown()

    # --- Qt ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(820, 560)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_at is not None:
            return
        self._shown_at = self._clock()
        # Only chooses which control has focus *when* the window is activated;
        # it does not activate the window.
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)
        stretch_id = self._cards[self._index].stretch.id
        self._shown_ids.append(stretch_id)
        if self._report_shown:
            self._controller.break_shown([stretch_id])
        else:
            self._controller.stretch_shown(stretch_id)
        if self._chime is not None:
            self._chime.play()
        self._timer.start()
        self.tick()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._outcome is None and not self._withdrawn:
            # Closing the window is a way of saying "not now": the same as Esc,
            # or, where Skip is not offered, the emergency exit.
            self._emergency = not self.offers().skip
            self._end(CardAnswer.SKIPPED, close=False)
        self._timer.stop()
        self._close_overlays()
        super().closeEvent(event)

    def event(self, event: QEvent) -> bool:
        # Only the desktop switching between light and dark re-themes the card;
        # the style sheet itself changes palettes, which must not loop back here.
        # (Qt 6 delivers ApplicationPaletteChange to event(), not changeEvent().)
        handled = super().event(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange and is_dark() != self._theme.dark:
            self._apply_theme()
        return handled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and self.keys_guarded():
            event.accept()
            return True
        if kind != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if self.keys_guarded() or self._withdrawn:
            return True  # typed into the card by accident: ignore it
        assert isinstance(event, QKeyEvent)
        if self._outcome is not None:
            # Only the completion screen's Close is left to answer.
            key = event.key()
            if self._completed and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self._close_finished()
            return True
        return self._handle_key(watched, event)

    # --- internals ---------------------------------------------------------------------

    def _handle_key(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Q and modifiers == (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            self.emergency_exit()  # Ctrl+Shift+Q, named on the card
            return True
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        if key == Qt.Key.Key_Escape:
            if self.offers().skip:
                self.skip()
            else:
                self._count_escape()
        elif key == Qt.Key.Key_S:
            self.snooze()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            # The arrow pointing along the reading direction goes on: Left in Arabic.
            forward = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
            if key == forward:
                self.next_card()
            else:
                self.previous_card()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(watched, QPushButton | QToolButton) and watched is not self.done_button:
                watched.click()
            else:
                self.done()
        elif key == Qt.Key.Key_Space:
            if isinstance(watched, QPushButton | QToolButton):
                return False  # a focused button answers Space itself
            self.done()
        else:
            return False
        return True

    def _count_escape(self) -> None:
        """Esc where Skip is not offered: three presses in a few seconds leave the break."""
        now = self._clock()
        presses = [t for t in self._esc_presses if now - t < self.ESC_WINDOW_SECONDS]
        presses.append(now)
        self._esc_presses = presses
        if len(presses) >= self.ESC_PRESSES:
            self.emergency_exit()

    @staticmethod
    def _plan_cards(session: BreakSession, catalog: Catalog) -> list[_Card]:
        """The session's cards, in order; unknown stretch ids are left out."""
        counts: dict[str, int] = {}
        for planned in session.cards:
            counts[planned.stretch_id] = counts.get(planned.stretch_id, 0) + 1
        cards = []
        for planned in session.cards:
            stretch = catalog.get(planned.stretch_id)
            if stretch is not None:
                cards.append(_Card(planned, stretch, counts[planned.stretch_id] > 1))
        if not cards:
            fallback = catalog.get(FALLBACK_STRETCH.id) or FALLBACK_STRETCH
            seconds = session.duration_seconds or fallback.total_seconds
            cards.append(_Card(PlannedCard(fallback.id, seconds), fallback, False))
        return cards

    def _session_slot(self, elapsed: float) -> int:
        """The card whose slot on the break's timeline holds ``elapsed``."""
        for index, card in enumerate(self._cards):
            if elapsed < card.planned.ends_at:
                return index
        return len(self._cards) - 1

    def _card_elapsed(self) -> float:
        """How far into the shown card's own slot the break is (0 outside it)."""
        if self._time is None:
            return 0.0
        card = self._cards[self._index]
        return max(0.0, min(card.seconds, self._time.elapsed - card.planned.starts_at))

    def _take_focus_when_idle(self) -> None:
        """After the guard, take the keyboard at the first pause in typing (docs/ui.md).

        Tried at every tick until it succeeds, so a key pressed during the
        guard only delays it.  A card the user already activated (a click)
        just gets its Done button focused.  Without an idle reading nobody
        can tell typing from a pause, so the card waits for a click.
        """
        if not self._focus_released:
            self._focus_released = True
            handle = self.windowHandle()
            if handle is not None:
                handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
        if self.isActiveWindow():
            self._focus_taken = True
            if self.focusWidget() is None:
                self.done_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
            return
        if self._idle_seconds is None:
            return
        try:
            idle = self._idle_seconds()
        except Exception:
            idle = None
        if idle is not None and idle >= self.TYPING_PAUSE_SECONDS:
            self._focus_taken = True
            self.activateWindow()
            self.done_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def side_words(self, side: str | None) -> str:
        """``Left side`` / ``Right side`` in the interface language."""
        if side == "left":
            return self.tr("Left side")
        if side == "right":
            return self.tr("Right side")
        return f"{side.capitalize()} side" if side else ""

    def _update_side(self, elapsed: float) -> None:
        card = self._cards[self._index]
        side = card.side_at(elapsed)
        if side != self._side:
            switched = self._side not in (None, _UNSET) and side is not None
            self._side = side
            self.side_label.setText(self.side_words(side))
            self.side_label.setVisible(side is not None)
            # The figure shows the left side; the right side is its mirror image.
            self.figure_widget.set_mirrored(side == "right")
            if switched and self._chime is not None:
                self._chime.play()
        half = card.seconds / 2
        cue = (card.switches and half <= elapsed < half + self.SWITCH_CUE_SECONDS) or (
            self._cue_until is not None and self._clock() < self._cue_until
        )
        if cue != self.switch_label.isVisibleTo(self):
            self.switch_label.setVisible(cue)

    def _update_countdown(self) -> None:
        time = self._time
        if time is None:
            total = self._session.duration_seconds or self._cards[-1].planned.ends_at
            self.ring.set_time(total, total, False)
            self.time_caption.setText(
                self.tr("{time} for this break").format(time=clock_text(total))
            )
        else:
            self.ring.set_time(time.remaining, time.total, True)
            self.time_caption.setText(self.tr("Breathe easily"))
        self._update_lock_countdown()

    def _update_lock_countdown(self) -> None:
        # The lock itself is app/break_effects.py's, on the same break clock.
        lock_after = self._session.lock_after_seconds
        if lock_after <= 0:
            return
        elapsed = 0.0 if self._time is None else self._time.elapsed
        left = lock_after - elapsed
        self.view.set_lock_countdown(left if left > 0 else None)

    def _close_finished(self) -> None:
        self._emit_finished(CardAnswer.COMPLETED)
        self.close()

    def _emit_finished(self, answer: CardAnswer | None) -> None:
        if not self._finished_emitted:
            self._finished_emitted = True
            self.finished.emit(answer)

    def _end(self, answer: CardAnswer, *, close: bool = True) -> None:
        if self._withdrawn:
            return
        if self._outcome is not None:
            if self._completed and answer is CardAnswer.COMPLETED:
                self._close_finished()  # "Close" on the completion screen
            return
        self._outcome = answer
        self._timer.stop()
        accepted: bool | None = True
        if answer is CardAnswer.COMPLETED:
            self._controller.break_done(self.shown_ids())
        elif answer is CardAnswer.SNOOZED:
            accepted = self._controller.break_snoozed()
        elif self._emergency:
            self._controller.break_emergency_exit()
        else:
            accepted = self._controller.break_skipped()
        if accepted is False:
            # The rules refused it at this very moment (e.g. the snooze window
            # just closed): the break goes on and the card shows what is left.
            self._outcome = None
            self._timer.start()
            self.view.set_offers(self.offers())
            return
        self._emit_finished(answer)
        if close:
            self.close()

    def steps(self) -> list[str]:
        """The steps as shown."""
        return self.view.steps()

    def _alias_controls(self) -> None:
        # The controls tests and the app reach most often, by their names.
        view = self.view
        self.name_label = view.name_label
        self.meta_label = view.meta_label
        self.caution_frame = view.caution_frame
        self.caution_text = view.caution_text
        self.side_label = view.side_label
        self.switch_label = view.switch_label
        self.time_caption = view.time_caption
        self.figure_widget = view.figure_widget
        self.ring = view.ring
        self.prev_button = view.prev_button
        self.next_button = view.next_button
        self.skip_button = view.skip_button
        self.snooze_button = view.snooze_button
        self.done_button = view.done_button

    def _apply_theme(self) -> None:
        theme = self._theme = theme_for()
        self.setStyleSheet(card_style_sheet(theme))
        self.view.apply_theme(theme)

    def _place_on_pointer_screen(self) -> None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        size = self.size().boundedTo(area.size())
        self.resize(size)
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(area.center())
        self.move(rect.topLeft())

    def _grow_to_fit(self) -> None:
        """Grow (up to the screen) so the card's text fits without scrolling."""
        if not self.isVisible():
            return
        view = self.view
        # What the scroll area gave the body is what its text needs (at least
        # its minimum); anything beyond the viewport would have to scroll.
        need = max(view.body.minimumSizeHint().height(), view.body.height())
        missing = need - view.body_scroll.viewport().height()
        screen = self.screen()
        if missing <= 0 or screen is None:
            return
        area = screen.availableGeometry()
        height = min(area.height(), self.height() + missing)
        if height > self.height():
            rect = QRect(self.x(), self.y(), self.width(), height)
            rect.moveCenter(QRect(self.geometry()).center())
            rect.moveTop(max(area.top(), min(rect.top(), area.bottom() - height + 1)))
            self.setGeometry(rect)

    def _show_overlays(self) -> None:
        theme = self._theme
        for screen in QGuiApplication.screens():
            overlay = DimOverlay(theme)
            overlay.setGeometry(screen.geometry())
            overlay.show()
            self.overlays.append(overlay)

    def _close_overlays(self) -> None:
        for overlay in self.overlays:
            overlay.close()
            overlay.deleteLater()
        self.overlays.clear()
