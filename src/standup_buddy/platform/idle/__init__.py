"""Idle-time sources: how long since the user last touched keyboard or pointer.

Use :func:`select_idle_source` (or :func:`choose_idle_source`) once at start-up
and poll ``source.idle_seconds()`` from a timer; see ``select`` for the order.
"""

from standup_buddy.platform.idle.base import (
    FakeIdleSource,
    IdleSource,
    IdleSourceUnavailable,
    NoIdleSource,
)
from standup_buddy.platform.idle.select import (
    IdleSelection,
    Rejection,
    candidate_names,
    choose_idle_source,
    select_idle_source,
)

__all__ = [
    "FakeIdleSource",
    "IdleSelection",
    "IdleSource",
    "IdleSourceUnavailable",
    "NoIdleSource",
    "Rejection",
    "candidate_names",
    "choose_idle_source",
    "select_idle_source",
]
