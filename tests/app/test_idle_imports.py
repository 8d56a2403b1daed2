"""What the idle tray app has loaded: only what idle needs.

The windows a user opens now and then (Progress with Qt Quick and Graphs, the
break card, Settings, the Stretches editor) and the libraries only they use
are imported when first opened. This test starts the real app in a fresh
interpreter, lets it settle, and compares what is loaded against the list of
modules idle is allowed to need. A new module on that list is a decision to
write down here, not an accident.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import json, os, sys
from standup_buddy.qt_boot import prepare_qt
prepare_qt()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from standup_buddy.app.launch import run_app
from standup_buddy.platform.paths import resolve_paths

def report():
    with open(sys.argv[1], "w") as out:
        json.dump(sorted(sys.modules), out)
    os._exit(0)  # only the list matters; no clean shutdown to wait for

QTimer.singleShot(1500, report)
run_app(resolve_paths())
"""

# Never at idle: each costs megabytes and only a window the user opens uses it.
FORBIDDEN_PREFIXES = (
    "PySide6.QtSvg",
    "PySide6.QtQuick",
    "PySide6.QtQml",
    "PySide6.QtGraphs",
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "standup_buddy.ui.progress",
    "standup_buddy.ui.stretches",
    "standup_buddy.ui.break_window",
    "standup_buddy.ui.break_card_view",
    "standup_buddy.ui.figure_widget",
    "standup_buddy.ui.settings_dialog",
    "standup_buddy.storage.export",
    "standup_buddy.sync_link",  # only when a sync folder is chosen
    # The sync folder's worker, journal files and scanning: with sync off only
    # the choice is read (storage/sync_config.py).
    "standup_buddy.storage.sync_folder",
    # Built when the first break or micro-pause comes (app/running.py).
    "standup_buddy.ui.break_flow",
    "standup_buddy.ui.input_pause",
    "standup_buddy.ui.micro_cue",
    "standup_buddy.ui.toast",
    # Media pausing and the screen lock: built when the first break is due.
    "standup_buddy.app.break_effects",
    "standup_buddy.platform.media",
    "standup_buddy.platform.mpris",
    "standup_buddy.platform.screen_lock",
    "standup_buddy.core.media_ledger",
    # Desktop notifications: sent for a break or a notice, not at idle.
    "standup_buddy.platform.notify",
    # The stretch catalogue and rotation (about 1.2 MiB of module code and
    # data): read when first needed, normally for the first break
    # (services/stretch_holder.py), and the cues' texts with the first
    # micro-pause (micro_plan.py).
    "standup_buddy.services.rotation",
    "standup_buddy.stretches",
    "standup_buddy.core.figure",
    "standup_buddy.core.stretch",
    "standup_buddy.core.rotation",
    "standup_buddy.core.translation",
    # Only naming a new stretch program needs it (stretches/user_programs.py).
    "unicodedata",
    "plyer",
    # OpenSSL, about 3 MB resident, through hashlib/hmac/secrets/ssl: nothing at
    # idle needs a cryptographic hash.
    "hashlib",
    "_hashlib",
    "hmac",
    "secrets",
    "ssl",
    # Module code that would stay loaded for nothing (about 1.5 MiB together):
    # asset folders are found next to the package (package_files.py), libX11 by
    # soname (ctypes.util only as a fallback), and the log file rotates without
    # logging.handlers (which brings queue and heapq).
    "importlib.resources",
    "importlib.readers",
    "ctypes.util",
    "logging.handlers",
    "queue",
)


def _loaded(tmp_path: Path) -> list[str]:
    out = tmp_path / "modules.json"
    env = dict(os.environ, STANDUP_BUDDY_HOME=str(tmp_path / "home"),
               STANDUP_BUDDY_NO_WELCOME="1", QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    subprocess.run([sys.executable, "-c", PROBE, str(out)], env=env, check=True,
                   capture_output=True, timeout=60)
    modules: list[str] = json.loads(out.read_text())
    return modules


def test_idle_app_loads_none_of_the_on_demand_windows(tmp_path: Path) -> None:
    modules = _loaded(tmp_path)
    assert "standup_buddy.app" in modules  # the probe really ran the app
    offending = [m for m in modules if m.startswith(FORBIDDEN_PREFIXES)]
    assert offending == []


@pytest.mark.skipif(sys.platform == "win32", reason="Windows' named pipe needs QtNetwork")
def test_idle_app_on_linux_and_macos_has_no_qtnetwork(tmp_path: Path) -> None:
    # The local socket is plain AF_UNIX with a QSocketNotifier (ipc_server.py).
    modules = _loaded(tmp_path)
    assert "standup_buddy.ipc_server" in modules
    assert [m for m in modules if m.startswith("PySide6.QtNetwork")] == []
