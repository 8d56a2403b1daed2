"""Starting the tray app, in the order a user sees it: the icon first.

Only what the single-instance check and the tray icon need is imported
here. The app itself (``standup_buddy.app``: database, probes, controller,
sync) is imported and built on the first turn of the event loop, after the
icon has been handed to the tray.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from standup_buddy import APP_ID, APP_NAME, __version__
from standup_buddy.ipc_server import claim_instance
from standup_buddy.platform.memory import give_back_memory
from standup_buddy.platform.paths import Paths

if TYPE_CHECKING:
    from standup_buddy.app.running import RunningApp

# Right after start-up: the first status is out by then. (Later would be
# counted as idle work; this runs once and costs some 10-20 ms.)
SETTLE_MS = 0


def run_app(paths: Paths, *, speed: int = 1) -> int:
    """Start the tray app (or hand over to the running one); returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)

    # One instance per user and data folder: the instance lock is taken before
    # the socket exists; a second start hands over to the running one and
    # leaves with 0 (SPEC section 5). Before the icon, so a second start
    # never shows one.
    claim = claim_instance(paths.runtime_name, {"cmd": "activate"})
    if claim.server is None:
        if claim.reply is not None and claim.reply.get("ok"):
            english = "Standup Buddy is already running: its Progress window was opened."
            print(claim.reply.get("message") or english)
            return 0
        reason = claim.error or (claim.reply or {}).get("error", "no answer")
        print(f"standup-buddy: another Standup Buddy is running but did not answer: {reason}",
              file=sys.stderr)
        return 0 if claim.error is None else 1

    from standup_buddy.app.early_tray import show_early_tray

    early = show_early_tray()
    app.processEvents()  # send the dock request to the tray now
    built: list[RunningApp] = []
    failed: list[BaseException] = []

    def build() -> None:
        try:
            from standup_buddy.app.running import RunningApp

            running = RunningApp(app, paths, speed=speed, ipc=claim.server, early=early)
            built.append(running)
            running.start()
        except BaseException as exc:  # raised again below, outside the event loop
            failed.append(exc)
            app.exit(1)
            return
        # Start-up's temporary objects (settings parsing, the stretch files,
        # the probes' look-ups) are free now: hand their pages back.
        QTimer.singleShot(SETTLE_MS, give_back_memory)

    QTimer.singleShot(0, build)
    code = app.exec()
    for running in built:
        running.stop()
    if failed:
        raise failed[0]
    return code
