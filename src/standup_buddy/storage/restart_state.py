"""What a restart carries over: standing, a pause, and a streak that is still fresh.

Saved as one JSON value in the database's ``state`` table with each
heartbeat and whenever standing or a pause changes; read once at start-up.
A damaged value is ignored (the app starts fresh), never an error.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

STATE_KEY = "session"

# ``(boot id, seconds since boot)`` from the system's boot clock, or None.
BootClock = tuple[str, float] | None


@dataclass(frozen=True, slots=True)
class RestartState:
    """One saved snapshot (app clock; ``at`` and ``paused_until`` are wall instants)."""

    at: float
    standing: bool
    paused_until: float | None
    streak_seconds: float
    boot: BootClock = None

    def to_json(self) -> str:
        """The stored form."""
        return json.dumps(
            {
                "boot": None if self.boot is None else list(self.boot),
                "at": self.at,
                "standing": self.standing,
                "paused_until": self.paused_until,
                "streak_seconds": self.streak_seconds,
            }
        )


def restart_gap(
    wall_gap: float,
    saved_boot: object,
    boot: BootClock,
    app_seconds: Callable[[float], float],
) -> float | None:
    """App seconds since the last save, or None when they cannot be known.

    The boot clock decides when both runs saw the same boot: it counts
    suspends, cannot be set back and does not run ``--speed`` times faster
    (its real gap is scaled to app time).  Otherwise the wall clock does; a
    wall clock that went back (set back, or a faster demo run before)
    proves nothing, and the streak starts afresh.
    """
    if (
        boot is not None
        and isinstance(saved_boot, list)
        and len(saved_boot) == 2
        and saved_boot[0] == boot[0]
    ):
        real_gap = boot[1] - float(saved_boot[1])
        if real_gap >= 0:
            return app_seconds(real_gap)
    return wall_gap if wall_gap >= 0 else None


def restored_fields(
    raw: object,
    *,
    wall: float,
    natural_break_seconds: float,
    boot: BootClock,
    app_seconds: Callable[[float], float],
) -> dict[str, Any]:
    """The engine's start-up arguments from the saved value (empty when none is usable).

    A pause still running is kept; the streak only when the gap since the
    save is shorter than a natural break (otherwise the user had one).
    """
    if not isinstance(raw, str):
        return {}
    try:
        data = json.loads(raw)
        at = float(data["at"])
        restored: dict[str, Any] = {"standing": bool(data.get("standing", False))}
        until = data.get("paused_until")
        if until is not None and float(until) > wall:
            restored["paused_until"] = float(until)
        gap = restart_gap(wall - at, data.get("boot"), boot, app_seconds)
        if gap is not None and gap < natural_break_seconds:
            restored["streak_seconds"] = max(0.0, float(data.get("streak_seconds", 0.0)))
        return restored
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}
