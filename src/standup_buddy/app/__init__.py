"""The composition root: the running app, built from its parts and wired.

One module per job:

* ``running``: ``RunningApp`` and ``run_app`` build and wire everything;
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
"""

from __future__ import annotations

from standup_buddy.app.controller import Controller, tracking_config
from standup_buddy.app.probes import Probes
from standup_buddy.app.running import RunningApp, run_app

__all__ = ["Controller", "Probes", "RunningApp", "run_app", "tracking_config"]
