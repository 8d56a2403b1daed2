"""PySide6's feature hook must not keep the source of every imported module.

Run in fresh interpreters: the test process itself imported PySide6 long ago.
"""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, linecache, sys
patched = False
if sys.argv[1] == "patched":
    from standup_buddy.qt_boot import prepare_qt
    patched = prepare_qt()
else:
    import PySide6.QtCore
import standup_buddy.app, standup_buddy.app.controller, standup_buddy.ui.tray
cached = [name for name in linecache.cache if "standup_buddy" in str(name)]
print(json.dumps({"patched": patched, "cached": cached, "any": sorted(map(str, linecache.cache))}))
"""


def _probe(mode: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True,
        timeout=60,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_prepared_qt_keeps_no_source_of_the_apps_modules() -> None:
    answer = _probe("patched")
    assert answer["patched"] is True, "PySide6's feature hook moved: the workaround is off"
    assert answer["cached"] == []
    # What PySide6's own check cached while it was imported (enum.py) is gone too.
    assert answer["any"] == []


def test_without_the_workaround_pyside_still_caches_sources() -> None:
    # The day this fails, PySide6 fixed its hook upstream and qt_boot can go.
    answer = _probe("plain")
    assert len(answer["cached"]) > 10


def test_the_cheap_check_answers_like_pysides_own() -> None:
    import standup_buddy.app.running as uses_qt
    import standup_buddy.core.stats as pure
    from standup_buddy import qt_boot

    assert qt_boot._uses_pyside(uses_qt) is True
    assert qt_boot._uses_pyside(pure) is False
    assert qt_boot._uses_pyside(sys) is False  # built-in: no file
    assert qt_boot._uses_pyside(json) is False
