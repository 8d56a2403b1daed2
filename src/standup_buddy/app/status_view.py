"""The engine's status as the windows and ``standup-buddy status`` show it.

The one ``Status`` keeps the engine's enums; only the instants and minutes
change form. Instants become ISO 8601 local times, minutes are whole (the tray changes
once a minute), and the next prompt is dated on the real clock (under
``--speed`` app minutes pass faster than the wall's).
"""

from __future__ import annotations

import datetime as dt

from standup_buddy.app.probes import Clock
from standup_buddy.core.engine import EngineState
from standup_buddy.core.engine import Status as EngineStatus
from standup_buddy.core.scheduler import HoldReason
from standup_buddy.core.working_hours import WorkingHours
from standup_buddy.session import Status


def status_view(
    s: EngineStatus, *, working_hours: WorkingHours, clock: Clock, idle_source: str
) -> Status:
    """The ``Status`` for ``s``."""
    tz = dt.timezone(dt.timedelta(seconds=s.utc_offset))

    def iso(instant: float) -> str:
        return dt.datetime.fromtimestamp(instant, tz).isoformat(timespec="minutes")

    paused = None if s.paused_until is None else iso(s.paused_until)
    held_until = None
    if s.hold_reason is HoldReason.OUTSIDE_HOURS:
        start = working_hours.next_change(s.at, s.utc_offset)
        held_until = None if start is None else iso(start)
    next_prompt = None
    if (
        s.next_break_minutes is not None
        # Do Not Disturb does not hold a movement break: it comes, quietly.
        and s.hold_reason in (None, HoldReason.DO_NOT_DISTURB)
        and s.state in (EngineState.SITTING, EngineState.HELD)
    ):
        next_prompt = iso(s.at + clock.real_seconds(s.next_break_minutes * 60.0))
    return Status(
        state=s.state,
        # Whole minutes: the tray and the tooltip change once a minute.
        sitting_minutes=float(int(s.sitting_minutes)),
        interval_minutes=s.interval_minutes,
        next_break_minutes=None
        if s.next_break_minutes is None
        else float(round(s.next_break_minutes)),
        paused_until=paused,
        hold_reason=s.hold_reason,
        idle_source=idle_source,
        standing=s.standing,
        break_open=s.prompt_open or s.state is EngineState.ON_BREAK,
        next_prompt_at=next_prompt,
        held_until=held_until,
        as_of=iso(s.at),
        next_micro_minutes=None
        if s.next_micro_minutes is None
        else float(round(s.next_micro_minutes)),
        snoozes_left=s.snoozes_left,
        strict=s.strict,
    )
