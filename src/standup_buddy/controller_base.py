"""The interface between the windows and the running app.

``BaseController`` declares the signals the UI listens to and the requests it
may make.  The real ``Controller`` (controller.py) implements them on top of
the tracker, the scheduler and the database; tests subclass it with fakes.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from standup_buddy.core.break_rules import OFFER_ALL, Offers
from standup_buddy.session import BreakTime, Status
from standup_buddy.settings import Settings


class Window(StrEnum):
    """The app's windows, by the name ``open_window`` carries."""

    PROGRESS = "progress"
    STRETCHES = "stretches"
    SETTINGS = "settings"
    ABOUT = "about"
    SETUP = "setup"
    ROUTINE = "routine"
    CHECKIN = "checkin"
    WELLBEING = "wellbeing"


def touches(changed: frozenset[str], *prefixes: str) -> bool:
    """Whether any changed key is one of ``prefixes`` or lies under one (``"goal."``)."""
    return any(key == p or (p.endswith(".") and key.startswith(p))
               for key in changed for p in prefixes)


class BaseController(QObject):
    """Signals and requests shared by the real controller and test fakes."""

    #: A new Status; emitted only when something the user sees changed.
    status_changed = Signal(object)
    #: A break is due: a BreakSession to show (card, notification, fullscreen).
    break_due = Signal(object)
    #: The open break is over without the user answering it (e.g. they walked away).
    break_withdrawn = Signal()
    #: The running break reached its end by its own time: today's ``DayStats``
    #: with it counted (``None`` without a history), for the card's last screen.
    break_completed = Signal(object)
    #: The user answered Done: today's ``DayStats`` with the break counted
    #: (``None`` without a history), for a short acknowledgement.
    break_acknowledged = Signal(object)
    #: Settings were applied (from the dialog or the file): the new ``Settings``
    #: and a frozenset of the dotted keys that changed, so a listener can
    #: ignore changes it does not show (``touches``). A slot taking only the
    #: settings gets only the settings.
    settings_changed = Signal(object, object)
    #: Ask the app to open a window: a ``Window`` (or its value, e.g. "progress").
    open_window = Signal(str)
    #: A micro-pause is due: a MicroCueSession to show in the small cue.
    micro_due = Signal(object)
    #: The micro-pause cue closes (its time is up, or something took its place).
    micro_ended = Signal()
    #: A notice for the desktop's notifications: (title, text), e.g. the screen-time cap.
    notice = Signal(str, str)

    def status(self) -> Status:
        """The current status snapshot."""
        raise NotImplementedError

    def settings(self) -> Settings:
        """The settings in force."""
        raise NotImplementedError

    # --- requests from the tray menu -----------------------------------------
    def take_break_now(self) -> None:
        """Start a break now (tray menu, ``standup-buddy break``)."""
        raise NotImplementedError

    def pause(self, minutes: float | None) -> None:
        """Pause reminders for ``minutes``; None means until tomorrow morning."""
        raise NotImplementedError

    def resume(self) -> None:
        """Resume reminders."""
        raise NotImplementedError

    def set_standing(self, standing: bool) -> None:
        """Switch standing-desk mode on or off."""
        raise NotImplementedError

    # --- answers from the break window -----------------------------------------
    def break_shown(self, stretch_ids: list[str]) -> None:
        """The card (or notification) reached the user, showing these stretches."""
        raise NotImplementedError

    def stretch_shown(self, stretch_id: str) -> None:
        """Another stretch reached the open card (the arrows or the countdown moved on)."""
        raise NotImplementedError

    def break_time(self) -> BreakTime | None:
        """The running break's clock (the engine's), or None before its countdown starts."""
        raise NotImplementedError

    def break_done(self, stretch_ids: list[str]) -> None:
        """The user finished (or cut short) the break: recorded as completed."""
        raise NotImplementedError

    def break_snoozed(self) -> bool | None:
        """Put the break off by ``breaks.snooze_minutes``.

        False when the break rules refused it (the break stays open).
        """
        raise NotImplementedError

    def break_skipped(self) -> bool | None:
        """Skip this break: recorded as skipped, the streak restarts.

        False when the break rules refused it (the break stays open).
        """
        raise NotImplementedError

    def break_offers(self) -> Offers:
        """The answers the open break may get now (``core/break_rules.py``)."""
        return OFFER_ALL

    def break_emergency_exit(self) -> None:
        """The emergency exit: end the break whatever the rules; recorded as such."""
        raise NotImplementedError

    def break_started(self) -> None:
        """The user began the stretch (the countdown started)."""
        raise NotImplementedError

    # --- the micro-pause cue ----------------------------------------------------------
    def micro_time(self) -> BreakTime | None:
        """The micro-pause cue's clock (the engine's), or None when none is up."""
        return None

    def micro_dismissable(self) -> bool:
        """Whether the cue may be closed early (``micro.allow_skip`` on, ``micro.strict`` off)."""
        return True

    def micro_dismissed(self) -> None:
        """The user clicked the cue away."""

    # --- settings ------------------------------------------------------------------
    def apply_settings(self, settings: Settings) -> None:
        """Save ``settings`` (atomically) and use them from now on."""
        raise NotImplementedError

    def quit(self) -> None:
        """Close the open interval and leave."""
        raise NotImplementedError
