"""Tray first: the icon is docked before the app's history, probes and windows are built.

The real start-up runs in a fresh interpreter (offscreen Qt, a tray made to
look available); the probe notes which modules are loaded at the moment the
icon is shown, and what the icon says a moment later, once the app is built.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, os, sys
from standup_buddy.qt_boot import prepare_qt
prepare_qt()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
import standup_buddy.platform.tray_watch as tray_watch
tray_watch.TrayWatch.available = property(lambda self: True)  # a tray is there
seen = {}
shown = []
plain_show = QSystemTrayIcon.show
def show(self):
    shown.append(self)
    seen.setdefault("at_show", sorted(sys.modules))
    seen.setdefault("tip_at_show", self.toolTip())
    import PySide6.QtCore
    seen.setdefault("qt_namespace_at_show", "Qt" in PySide6.QtCore.__dict__)
    plain_show(self)
QSystemTrayIcon.show = show
app = QApplication(sys.argv[:1])
from standup_buddy.app.launch import run_app
from standup_buddy.platform.paths import resolve_paths

def report():
    try:
        seen["icons"] = len({id(icon) for icon in shown})
        seen["tip_later"] = shown[-1].toolTip()
        seen["later"] = sorted(sys.modules)
        with open(sys.argv[1], "w") as out:
            json.dump(seen, out)
    finally:
        os._exit(0)

QTimer.singleShot(2000, report)
run_app(resolve_paths())
"""

# Nothing the icon does not need: the history, the stretches, the probes, sync.
NOT_BEFORE_THE_ICON = (
    "standup_buddy.app.running",
    "standup_buddy.app.controller",
    "standup_buddy.app.probes",
    "standup_buddy.app.windows",
    "standup_buddy.app.peers",
    "standup_buddy.app.history_writer",
    "standup_buddy.storage",
    "sqlite3",
    "standup_buddy.stretches",
    # (its X11 and D-Bus helpers are what the tray watch looks for a tray with)
    "standup_buddy.platform.idle.select",
    "standup_buddy.platform.idle.x11",
    "standup_buddy.platform.meetings",
    "standup_buddy.platform.fullscreen",
    "standup_buddy.settings",
    "standup_buddy.sync_qt",
    "standup_buddy.core.engine",
    # The painter: the start-up ring is shipped as PNG files (ui/tray_start.py).
    "standup_buddy.ui.tray_icon",
    # Nothing before the icon names a date (the standard library's pure-Python
    # datetime runs whole before its C part replaces it: some 5 ms).
    "datetime",
)


def test_icon_is_shown_before_history_probes_and_settings_load(tmp_path: Path) -> None:
    out = tmp_path / "seen.json"
    env = dict(os.environ, STANDUP_BUDDY_HOME=str(tmp_path / "home"),
               STANDUP_BUDDY_NO_WELCOME="1", QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    subprocess.run([sys.executable, "-c", PROBE, str(out)], env=env, check=True,
                   capture_output=True, timeout=60)
    seen = json.loads(out.read_text())
    early = [m for m in seen["at_show"] if m.startswith(NOT_BEFORE_THE_ICON)]
    assert early == []
    assert "Starting" in seen["tip_at_show"]
    # The empty ring comes from shipped PNGs: painting it would build all of
    # PySide6's ``Qt`` namespace enums (tens of ms) before the icon is docked.
    assert seen["qt_namespace_at_show"] is False
    # Then the app is built and takes the same icon over: a real status on it.
    assert "standup_buddy.app.controller" in seen["later"]
    assert seen["icons"] == 1
    assert "Starting" not in seen["tip_later"]
    assert seen["tip_later"].startswith("Standup Buddy\n")
