"""``standup-buddy progress``: the Progress window in a process of its own.

Why a process of its own (measured, ``docs/performance.md``): the window
loads Qt Quick, QML and Qt Graphs, whose libraries stay mapped for the life
of a process. Opened inside the tray they left it 53 MB bigger after the
window had closed (71 → 129 → 124 MB, after ``malloc_trim``); as a separate
process, all of it goes when the window closes.

The window reads the history database itself (read-only) and the sync
folder's journals; everything that changes something - the goal, a
check-in, deleting check-ins - and the live status go to the running app
over its local socket, so the app stays the only writer of the database and
of the sync journal. One Progress window at a time: a second start raises it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from standup_buddy.ipc import send_request
from standup_buddy.platform.paths import Paths
from standup_buddy.session import Status
from standup_buddy.storage.history import CheckIn

log = logging.getLogger(__name__)


def progress_runtime_name(paths: Paths) -> str:
    """The Progress window's own single-instance name, beside the app's."""
    return f"{paths.runtime_name}-progress"


def status_from_reply(reply: dict[str, Any] | None) -> Status | None:
    """The app's ``status`` answer as a ``Status``; None when the app does not answer."""
    if not reply or not reply.get("ok") or not isinstance(reply.get("status"), dict):
        return None
    from standup_buddy.core.engine import EngineState
    from standup_buddy.core.scheduler import HoldReason

    s = reply["status"]
    try:
        hold = s.get("hold_reason")
        return Status(
            state=EngineState(str(s["state"])),
            sitting_minutes=float(s["sitting_minutes"]),
            interval_minutes=0.0,
            next_break_minutes=None
            if s.get("next_break_minutes") is None
            else float(s["next_break_minutes"]),
            paused_until=s.get("paused_until"),
            hold_reason=None if hold is None else HoldReason(str(hold)),
            idle_source=str(s.get("idle_source", "none")),
            standing=bool(s.get("standing", False)),
            next_prompt_at=s.get("next_prompt_at"),
            held_until=s.get("held_until"),
        )
    except (KeyError, TypeError, ValueError):
        return None


class RemoteApp:
    """The running app as this process sees it: its socket."""

    def __init__(self, paths: Paths) -> None:
        self._name = paths.runtime_name

    def ask(self, request: dict[str, Any]) -> dict[str, Any]:
        reply = send_request(self._name, request)
        if reply is None:
            return {"ok": False, "error": "Standup Buddy is not running"}
        return reply

    def status(self) -> Status | None:
        return status_from_reply(self.ask({"cmd": "status"}))


class RemoteCheckIns:
    """Check-ins read here (database and folder), written by the running app."""

    def __init__(self, paths: Paths, app: RemoteApp) -> None:
        self._paths = paths
        self._app = app

    @property
    def synced(self) -> bool:
        from standup_buddy.storage.sync_config import load_sync_config

        return load_sync_config(self._paths.config_dir, save_new=False).folder is not None

    def checkins(self, first: dt.date | None = None, last: dt.date | None = None) -> list[CheckIn]:
        from standup_buddy.storage.checkins import merged_checkins
        from standup_buddy.storage.database import open_database
        from standup_buddy.storage.history import HistoryStore

        store = HistoryStore(open_database(self._paths.history_db, readonly=True))
        try:
            local = store.checkins(first, last)
        finally:
            store.close()
        records, device = self._folder_records()
        if not records:
            return local
        lo, hi = first or dt.date.min, last or dt.date.max
        return [c for c in merged_checkins(local, records, device) if lo <= c.day <= hi]

    def _folder_records(self) -> tuple[Sequence[Any], str]:
        from standup_buddy.core.journal import RecordType
        from standup_buddy.storage.sync_config import load_sync_config
        from standup_buddy.storage.sync_folder import LOCAL_JOURNAL, LocalJournal, read_folder

        config = load_sync_config(self._paths.config_dir, save_new=False)
        if config.folder is None:
            return [], config.device_id
        own = LocalJournal(self._paths.data_dir / LOCAL_JOURNAL, config.device_id).records()
        others = [r for r in read_folder(config.folder).records if r.device != config.device_id]
        return [r for r in (*own, *others) if r.type is RecordType.CHECKIN], config.device_id

    def set_checkin(self, checkin: CheckIn) -> None:
        reply = self._app.ask({"cmd": "checkin", "day": checkin.day.isoformat(),
                               "score": checkin.score, "note": checkin.note})
        if not reply.get("ok"):
            raise ConnectionError(str(reply.get("error", "the check-in was not saved")))

    def delete_checkins(self) -> int:
        reply = self._app.ask({"cmd": "delete_checkins"})
        if not reply.get("ok"):
            raise ConnectionError(str(reply.get("error", "the check-ins were not deleted")))
        return int(reply.get("deleted", 0))


def run_progress(paths: Paths) -> int:
    """Show the Progress window until it is closed (or raise the one already open)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from standup_buddy import APP_ID, APP_NAME
    from standup_buddy.ipc_server import claim_instance

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    claim = claim_instance(progress_runtime_name(paths), {"cmd": "activate"})
    if claim.server is None:
        return 0 if claim.error is None else 1  # the open window was raised

    from standup_buddy.ui.app_icon import window_icon

    # The same window icon as the tray's own windows (this is its own process).
    icon = window_icon()
    if icon is not None:
        app.setWindowIcon(icon)

    from standup_buddy.core.model import GoalMetric
    from standup_buddy.messages import MessageCenter
    from standup_buddy.services.history import HistoryService
    from standup_buddy.settings import load_settings
    from standup_buddy.storage.database import open_database
    from standup_buddy.storage.history import HistoryStore
    from standup_buddy.sync_cli import merged_view
    from standup_buddy.ui.progress.window import ProgressWindow

    def settings() -> Any:
        return load_settings(paths.settings_file, dt.datetime.now()).settings

    remote = RemoteApp(paths)
    store = HistoryStore(open_database(paths.history_db, readonly=True))

    def today() -> dt.date:
        return dt.datetime.now().astimezone().date()

    def set_goal(metric: GoalMetric, target: int) -> None:
        reply = remote.ask({"cmd": "set_goal", "metric": metric.value, "target": target})
        if not reply.get("ok"):
            window.message.setText(f"The goal was not changed: {reply.get('error')}")
        window.set_settings(settings())

    # Reads come from the database (read-only) and the folder; a check-in
    # that cannot reach the app is reported in the window, as a failed write is.
    history = HistoryService(store, MessageCenter(), checkins=RemoteCheckIns(paths, remote))
    window = ProgressWindow(
        history,
        settings(),
        today,
        lambda: dt.datetime.now().timestamp(),
        remote.status,
        set_goal,
    )
    window.source.others = lambda: _others(paths, window.source.settings, merged_view)

    def answer(request: dict[str, Any]) -> dict[str, Any]:
        if request.get("cmd") == "activate":
            window.show()
            window.raise_()
            window.activateWindow()
            return {"ok": True, "message": "raised Progress", "pid": os.getpid()}
        return {"ok": False, "error": f"unknown command {request.get('cmd')!r}"}

    claim.server.set_handler(answer)
    # Settings (the goal set on another computer, for one) may change while
    # the window is open: read them again with each refresh.
    follow = QTimer(window)
    follow.setInterval(ProgressWindow.REFRESH_MS)
    follow.timeout.connect(lambda: window.set_settings(settings()))
    follow.start()
    app.setQuitOnLastWindowClosed(True)
    window.show()
    code = app.exec()
    # Nothing may read the database after it is closed: stop the refresh first.
    follow.stop()
    window.hide()
    window.deleteLater()
    claim.server.close()
    store.close()
    return code


def _others(paths: Paths, settings: Any, view: Any) -> Any:
    try:
        return view(paths, settings, None)
    except (OSError, ValueError) as exc:
        log.warning("sync folder not read: %s", exc)
        return None
