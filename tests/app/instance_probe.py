"""A start released by a barrier: ``instance_probe.py FD claim|app``.

Everything is imported first, then the probe prints ``ready`` and blocks on a
read of the barrier pipe ``FD``; the test closes the pipe's write end, which
wakes every waiting probe at once.  ``claim`` runs the app's single-instance
step only (``claim_instance``) and serves until the other start handed over;
``app`` runs the whole tray app through the command line.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from standup_buddy.cli import main
from standup_buddy.ipc_server import claim_instance
from standup_buddy.platform.paths import resolve_paths


def claim() -> int:
    app = QCoreApplication.instance() or QCoreApplication([])
    result = claim_instance(resolve_paths().runtime_name, {"cmd": "activate"}, timeout_s=20)
    if result.server is None:
        ok = result.reply is not None and result.reply.get("ok")
        print("handed-over" if ok else f"failed {result}", flush=True)
        return 0
    seen: list[object] = []

    def handler(request: dict[str, object]) -> dict[str, object]:
        seen.append(request)
        QTimer.singleShot(0, app.quit)
        return {"ok": True, "message": "opened Progress"}

    result.server.set_handler(handler)
    QTimer.singleShot(20_000, app.quit)  # the other start never came: give up
    app.exec()
    result.server.close()
    print(f"instance {len(seen)}", flush=True)
    return 0


if __name__ == "__main__":
    barrier, mode = int(sys.argv[1]), sys.argv[2]
    if mode == "app":
        QApplication([])  # built before the barrier so both starts race only the claim
    print("ready", flush=True)
    os.read(barrier, 1)
    sys.exit(claim() if mode == "claim" else main([]))
