"""Wheel build hook: compile the interface translations (.ts -> .qm) into the wheel.

The ``.qm`` files are build output, not committed. This runs
``tools/i18n.py release`` with ``pyside6-lrelease`` from the PySide6 of the
build environment (or PATH). An editable install (``make venv``) skips it:
the Makefile compiles them in the source tree instead. A wheel built where
no lrelease exists keeps any ``.qm`` already compiled, and fails loudly when
there are none, rather than shipping an app that is English only.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent
I18N = ROOT / "src" / "standup_buddy" / "i18n"


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        compiled = subprocess.run(
            [sys.executable, str(ROOT / "tools" / "i18n.py"), "release"],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )
        have = sorted(I18N.glob("*.qm"))
        if compiled.returncode != 0 and not have:
            raise RuntimeError(
                "Cannot compile the translations: pyside6-lrelease was not found.\n"
                "Build with PySide6 installed (pip wheel --no-build-isolation .) or run\n"
                "'python tools/i18n.py release' first.\n" + compiled.stderr
            )
        # Ignored by git, so name them for the wheel explicitly.
        for path in have:
            build_data["force_include"][str(path)] = f"standup_buddy/i18n/{path.name}"
