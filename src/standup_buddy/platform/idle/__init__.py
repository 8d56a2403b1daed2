"""Idle-time sources: how long since the user last touched keyboard or pointer.

Use :func:`select_idle_source` (or :func:`choose_idle_source`) once at start-up
and poll ``source.idle_seconds()`` from a timer; see ``select`` for the order.

The names below are loaded on first use: the tray watch imports the X11 and
D-Bus helpers of this package before the tray icon is shown, and choosing an
idle source can wait until after (``launch.py``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {
    "FakeIdleSource": "base",
    "IdleSource": "base",
    "IdleSourceUnavailable": "base",
    "NoIdleSource": "base",
    "IdleSelection": "select",
    "Rejection": "select",
    "candidate_names": "select",
    "choose_idle_source": "select",
    "select_idle_source": "select",
}

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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
