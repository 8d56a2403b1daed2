"""From "a break is due" to the card on screen, without interrupting anyone's typing.

``BreakPresenter`` listens to the controller. For the ``card`` and
``fullscreen`` styles it first shows a quiet reminder (a small toast that
takes no focus), waits for a pause in typing (``InputPauseWatcher``; at most
the session's ``wait_for_pause_seconds``), then opens the ``BreakWindow``.
"Take a break now" (a forced session) opens the card at once: the user asked.
For the ``notification`` style it sends a desktop notification only; the card opens
from the notification's "Start break" action (or a click on it), the tray
balloon, the tray icon, or "Take a break now" in the menu or the no-tray
window. Where no notification server answers, the quiet reminder toast is
shown instead. Answering the break any way withdraws the notification;
``break_withdrawn`` takes everything away again;
``break_completed`` turns the open card into its "Nice work" screen, and
after Done (``break_acknowledged``) the same words come as a toast for a few
seconds: the card has gone, and today's movement against the goal is what the
user has just added to.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, SignalInstance

from standup_buddy.controller_base import BaseController
from standup_buddy.core.break_rules import Offers
from standup_buddy.services.rotation import Catalog
from standup_buddy.session import BreakSession, CardAnswer
from standup_buddy.textfmt import QT_TRANSLATE_NOOP
from standup_buddy.ui.input_pause import IdleReading, InputPauseWatcher
from standup_buddy.ui.tray import TrayController

if TYPE_CHECKING:
    from standup_buddy.core.stats import DayStats

    # Imported when the first break comes, not at start-up: the idle tray
    # does not pay for the card, the figure and its animations.
    from standup_buddy.ui.break_window import BreakWindow
    from standup_buddy.ui.toast import Toast

# How long the "Break complete" toast after Done stays up (real seconds).
THANKS_SECONDS = 6.0

NOTIFICATION_TITLE = QT_TRANSLATE_NOOP("BreakFlow", "Time for a short break")
NOTIFICATION_TEXT = QT_TRANSLATE_NOOP(
    "BreakFlow", "Click the Standup Buddy tray icon to open today's stretch."
)
NOTIFICATION_TEXT_ACTIONS = QT_TRANSLATE_NOOP(
    "BreakFlow", "Choose Start break to open today's stretch."
)
NOTIFICATION_TEXT_WINDOW = QT_TRANSLATE_NOOP(
    "BreakFlow", "Open today's stretch with Take a break now in the Standup Buddy window."
)
NOTIFICATION_ACTIONS = (
    ("default", QT_TRANSLATE_NOOP("BreakFlow", "Open")),
    ("start", QT_TRANSLATE_NOOP("BreakFlow", "Start break")),
    ("snooze", QT_TRANSLATE_NOOP("BreakFlow", "Snooze")),
)


def _tr(text: str) -> str:
    """A message marked above (context ``BreakFlow``) in the interface language."""
    return QCoreApplication.translate("BreakFlow", text)


class FlowText:
    """Translation context of the messages written in place (``FlowText.tr``)."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("FlowText", text)


def notification_actions(offers: Offers) -> tuple[tuple[str, str], ...]:
    """The notification's actions: Snooze only where the break rules offer it."""
    if offers.snooze:
        return NOTIFICATION_ACTIONS
    return tuple(a for a in NOTIFICATION_ACTIONS if a[0] != "snooze")


class Notifier(Protocol):
    """The desktop notifications the presenter uses (``platform.notify.Notifier``)."""

    @property
    def action_invoked(self) -> SignalInstance:
        """A button on the notification was pressed: its action id."""
        ...

    @property
    def has_actions(self) -> bool:
        """Whether notifications can carry buttons that report back."""
        ...

    def notify(self, title: str, message: str, actions: tuple[tuple[str, str], ...] = ()) -> str:
        """Show a notification; returns the route it took ("none" when nothing showed)."""
        ...

    def withdraw(self) -> None:
        """Take the notification on screen away."""
        ...


class BreakPresenter(QObject):
    """Shows each due break in the user's chosen style; one break at a time."""

    #: A card window was opened (for the app and for tests).
    window_opened = Signal(object)

    def __init__(
        self,
        controller: BaseController,
        catalog: Catalog,
        *,
        notifier: Notifier | None = None,
        tray: TrayController | None = None,
        idle_seconds: IdleReading | None = None,
        clock: Callable[[], float] = time.monotonic,
        composited: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._catalog = catalog
        self._notifier = notifier
        self._tray = tray
        self._idle_seconds = idle_seconds
        self._clock = clock
        self._composited = composited
        self._session: BreakSession | None = None
        self._shown_reported = False
        self._toast: Toast | None = None
        # One watcher for the presenter's life: deleting it from inside its
        # own signal (it reports, we open the card, we clean up) is unsafe.
        # The real timings are read from BreakWindow when a break comes.
        self._watcher = InputPauseWatcher(idle_seconds, 0.0, 0.0, clock=clock, parent=self)
        self._watcher.ready.connect(self._on_input_paused)
        self._window: BreakWindow | None = None
        controller.break_due.connect(self.present)
        controller.break_withdrawn.connect(self.withdraw)
        controller.break_completed.connect(self._on_completed)
        controller.break_acknowledged.connect(self._acknowledge)
        self._thanks: Toast | None = None
        if tray is not None:
            tray.message_clicked.connect(self._on_tray_clicked)
            tray.icon_clicked.connect(self._on_tray_clicked)
            tray.actions.open_waiting_break.connect(self.open_card)
        if notifier is not None:
            notifier.action_invoked.connect(self._on_notification_action)

    # --- what a test or the app can look at ---------------------------------------------

    def pending(self) -> BreakSession | None:
        """The break being presented, if any."""
        return self._session

    def window(self) -> BreakWindow | None:
        """The open card, if any."""
        return self._window

    def toast(self) -> Toast | None:
        """The reminder waiting for a pause in typing, if any."""
        return self._toast

    def acknowledgement(self) -> Toast | None:
        """The "Break complete" toast after Done, while it is up."""
        return self._thanks

    def set_catalog(self, catalog: Catalog) -> None:
        """Use a reloaded catalog from the next card on."""
        self._catalog = catalog

    # --- flow ---------------------------------------------------------------------------------

    def present(self, session: BreakSession) -> None:
        """A break is due: remind, then open the card (or notify only)."""
        self._close_thanks()
        # The next notification replaces the last one (same id): closing it
        # first would race with the server's NotificationClosed.
        self._clear(withdraw_window=True, withdraw_notification=False)
        self._session = session
        self._shown_reported = False
        if session.style == "notification":
            self._notify()
            return
        if session.forced:
            self.open_card()  # asked for from the menu: no reminder, no wait
            return
        from standup_buddy.ui.break_window import BreakWindow
        from standup_buddy.ui.toast import REMINDER_TEXT, REMINDER_TITLE, Toast

        toast = Toast(_tr(REMINDER_TITLE), _tr(REMINDER_TEXT))
        toast.open_now.connect(self.open_card)
        self._toast = toast
        toast.show_near_pointer()
        # The pause is a reaction time (real seconds); the longest wait comes
        # with the session, scaled like the time after which it counts as missed.
        self._watcher.set_timing(BreakWindow.TYPING_PAUSE_SECONDS, session.wait_for_pause_seconds)
        self._watcher.start()

    def open_card(self) -> BreakWindow | None:
        """Open the pending break's card now (a pause in typing, a click, the deadline)."""
        if self._session is None:
            return None
        if self._window is not None:
            self._window.raise_()
            return self._window
        session = self._session
        self._stop_waiting()
        self._withdraw_notification()
        from standup_buddy.ui.break_window import BreakWindow

        window = BreakWindow(
            self._controller,
            session,
            self._catalog,
            clock=self._clock,
            idle_seconds=self._idle_seconds,
            report_shown=not self._shown_reported,
            composited=self._composited(),
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.finished.connect(self._on_finished)
        self._window = window
        self._shown_reported = True
        window.open()
        self.window_opened.emit(window)
        return window

    def withdraw(self) -> None:
        """The break ended without an answer: take the reminder and the card away."""
        self._clear(withdraw_window=True)

    # --- internals -----------------------------------------------------------------------------

    def _notify(self) -> None:
        assert self._session is not None
        has_tray = self._tray is not None and self._tray.has_tray
        if self._notifier is not None:
            if self._notifier.has_actions:
                text = NOTIFICATION_TEXT_ACTIONS
            else:
                text = NOTIFICATION_TEXT if has_tray else NOTIFICATION_TEXT_WINDOW
            actions = tuple(
                (key, _tr(label))
                for key, label in notification_actions(self._controller.break_offers())
            )
            route = self._notifier.notify(_tr(NOTIFICATION_TITLE), _tr(text), actions)
            if route == "none":
                self._show_toast()
        elif has_tray:
            assert self._tray is not None
            self._tray.show_message(
                _tr(NOTIFICATION_TITLE), FlowText.tr("Click here to open today's stretch.")
            )
        else:
            self._show_toast()
        # The prompt reached the user, but no stretch yet: those count when the card opens.
        self._controller.break_shown([])
        self._shown_reported = True

    def _show_toast(self) -> None:
        """The app's own reminder, where no desktop notification can be shown."""
        from standup_buddy.ui.toast import Toast

        toast = Toast(
            _tr(NOTIFICATION_TITLE), FlowText.tr("Open today's stretch when you are ready.")
        )
        toast.open_now.connect(self.open_card)
        self._toast = toast
        toast.show_near_pointer()

    def _on_notification_action(self, key: str) -> None:
        if self._session is None:
            return
        if key == "snooze" and self._controller.break_offers().snooze:
            if self._controller.break_snoozed() is not False:
                self._clear(withdraw_window=True)
                return
            self.open_card()  # refused just now: the card shows what is offered
        else:  # "start", or "default": a click on the notification
            self.open_card()

    def _on_input_paused(self, reason: str) -> None:
        self.open_card()

    def _on_tray_clicked(self) -> None:
        # A click on the icon or a balloon opens the waiting card; with no
        # break waiting, it opens Progress (what a click on the icon promises).
        if self._session is not None:
            self.open_card()
        else:
            self._controller.open_window.emit("progress")

    def _acknowledge(self, day: DayStats | None) -> None:
        from standup_buddy.ui.progress.figures import break_acknowledgement
        from standup_buddy.ui.toast import Toast
        from standup_buddy.ui.tray_icon import IconLook

        self._close_thanks()
        toast = Toast(
            FlowText.tr("Break complete"), break_acknowledgement(day), with_button=False,
            look=IconLook("on_break", 1, 1),
        )
        toast.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        toast.destroyed.connect(self._thanks_gone)
        self._thanks = toast
        toast.show_near_pointer()
        # Real seconds: long enough to read one line, short enough to be no chore.
        QTimer.singleShot(round(THANKS_SECONDS * 1000), toast, toast.close)

    def _thanks_gone(self) -> None:
        self._thanks = None

    def _close_thanks(self) -> None:
        toast, self._thanks = self._thanks, None
        if toast is not None:
            # Its deferred deletion must not clear the toast that replaces it.
            toast.destroyed.disconnect(self._thanks_gone)
            toast.close()

    def _on_completed(self, day: DayStats | None) -> None:
        # The open card shows its "Nice work" screen itself and then finishes.
        self._stop_waiting()
        self._session = None

    def _on_finished(self, answer: CardAnswer | None) -> None:
        self._window = None
        self._session = None
        self._withdraw_notification()

    def _withdraw_notification(self) -> None:
        if self._notifier is not None:
            self._notifier.withdraw()

    def _stop_waiting(self) -> None:
        self._watcher.stop()
        if self._toast is not None:
            self._toast.close()
            self._toast.deleteLater()
            self._toast = None

    def _clear(self, *, withdraw_window: bool, withdraw_notification: bool = True) -> None:
        self._stop_waiting()
        if withdraw_notification:
            self._withdraw_notification()
        window, self._window = self._window, None
        if window is not None and withdraw_window:
            window.withdraw()
        self._session = None
