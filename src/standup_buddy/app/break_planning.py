"""A due break turned into what the windows show: its stretches on one timeline.

The plan is only a proposal: the rotation moves on as stretches are shown,
so a snoozed break keeps its plan for when it comes back (the controller
holds it) and nothing planned but never shown leaves the week's rotation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from standup_buddy.app.probes import Clock
from standup_buddy.core.engine import ActivityEngine
from standup_buddy.session import BreakSession, lay_out_cards
from standup_buddy.settings import Settings

# The longest the card waits for a pause in typing (real seconds).
MAX_WAIT_FOR_PAUSE_SECONDS = 60.0


def plan_break(
    settings: Settings, rotation: Any, clock: Clock, engine: ActivityEngine
) -> BreakSession:
    """The stretches for the next break, laid end to end (real seconds)."""
    view = settings.view
    duration = view.breaks.duration_seconds
    cards: list[tuple[str, float, str | None]] = []
    if rotation is not None:
        within = str(engine.status().hold_reason) != "outside_hours"
        # Only a proposal: the rotation moves on as stretches are shown.
        for planned in rotation.plan_break(duration, within, commit=False):
            for side in planned.sides:
                cards.append(
                    (
                        planned.stretch.id,
                        clock.real_seconds(planned.seconds_per_side),
                        None if side == "none" else side,
                    )
                )
    # An unanswered card counts as missed after the break's length (app
    # time); wait for a pause in typing at most half of that, so under
    # --speed the card is on screen long before the prompt is missed.
    missed_after = clock.real_seconds(engine.config.duration_seconds)
    return BreakSession(
        cards=lay_out_cards(cards),
        duration_seconds=clock.real_seconds(duration),
        style=view.breaks.style,
        reduced_motion=view.ui.reduced_motion,
        snooze_minutes=view.breaks.snooze_minutes,
        wait_for_pause_seconds=min(MAX_WAIT_FOR_PAUSE_SECONDS, missed_after / 2),
        lock_after_seconds=clock.real_seconds(view.breaks.lock_after_seconds),
    )


def local_today(clock: Clock) -> dt.date:
    """Today's date on the app clock, in the local offset."""
    offset = dt.timezone(dt.timedelta(seconds=clock.utc_offset()))
    return dt.datetime.fromtimestamp(clock.wall(), offset).date()
