"""The composition root: the running app, built from its parts and wired.

One module per job:

* ``launch``: ``run_app``, the tray icon first, then the rest;
* ``running``: ``RunningApp`` builds and wires everything;
* ``probes``: the loop's inputs (clock, idle, lock, the gated hold probes);
* ``wake_timer``: the one timer, its app-to-real time conversion;
* ``controller``: the slim controller between the engine, storage and windows;
* ``history_writer``: every history write, behind one error guard;
* ``peers``: the other computers through the sync folder;
* ``break_planning``: a due break as stretches on one timeline;
* ``status_view``: the engine's status as the windows and the CLI show it;
* ``windows``: the typed window table and each window's factory;
* ``checkin``, ``routine_reminder``, ``wellbeing``: the small presenters;
* ``ipc_commands``: the remote-control commands.

Only the CLI (``cli``, ``__main__``) imports this package; the windows talk to
``controller_base.BaseController``.

The names below load on first use: ``launch`` must be importable without the
rest of the package, so the tray icon is shown before it is built.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from standup_buddy.app.controller import Controller
    from standup_buddy.app.launch import run_app
    from standup_buddy.app.probes import Probes
    from standup_buddy.app.running import RunningApp

_WHERE = {
    "Controller": "controller",
    "Probes": "probes",
    "RunningApp": "running",
    "run_app": "launch",
}

__all__ = ["Controller", "Probes", "RunningApp", "run_app"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
