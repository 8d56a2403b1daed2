"""Offer once to switch GNOME's own movement reminders off (never silently)."""

from __future__ import annotations

import contextlib
import sys

from PySide6.QtCore import QCoreApplication

from standup_buddy.app.windows import WindowTable
from standup_buddy.controller_base import Window
from standup_buddy.messages import MessageCenter, Severity
from standup_buddy.storage.database import DatabaseError
from standup_buddy.storage.history import HistoryStore

WELLBEING_KEY = "gnome_wellbeing_answer"


def offer_gnome_wellbeing(
    store: HistoryStore | None, messages: MessageCenter, windows: WindowTable
) -> None:
    """Ask, when GNOME's movement reminders are on and the user was never asked."""
    if sys.platform in {"win32", "darwin"} or store is None:
        return
    if store.get_state(WELLBEING_KEY) is not None:
        return
    from standup_buddy.platform.gnome_wellbeing import default_runner, read_wellbeing

    state = read_wellbeing(default_runner())
    if state is None or not state.movement_on:
        return
    from standup_buddy.ui.wellbeing_offer import WellbeingOffer

    offer = WellbeingOffer(state)
    offer.answered.connect(lambda switch_off: _answered(store, messages, switch_off))
    windows.show(Window.WELLBEING, offer)


def _answered(store: HistoryStore, messages: MessageCenter, switch_off: bool) -> None:
    from standup_buddy.platform.gnome_wellbeing import default_runner, switch_movement_off

    with contextlib.suppress(DatabaseError):
        store.set_state(WELLBEING_KEY, "switched-off" if switch_off else "kept")
    if not switch_off:
        return
    error = switch_movement_off(default_runner())
    if error:
        messages.report(
            Severity.WARNING,
            QCoreApplication.translate("GnomeWellbeing", "GNOME reminders unchanged"),
            QCoreApplication.translate(
                "GnomeWellbeing",
                "GNOME's movement reminders could not be switched off ({error}). "
                "You can switch them off in GNOME Settings → Wellbeing.",
            ).format(error=error),
        )
    else:
        messages.report(
            Severity.INFO,
            QCoreApplication.translate("GnomeWellbeing", "GNOME reminders off"),
            QCoreApplication.translate(
                "GnomeWellbeing",
                "GNOME's movement reminders are off; Standup Buddy reminds you from now on.",
            ),
        )
