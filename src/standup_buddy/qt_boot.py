"""Import Qt for Python with its per-module feature check made cheap.

PySide6 wraps ``__import__`` so that every module imported after it can opt
into ``from __feature__ import snake_case``. To decide whether a module may
use that, shibokensupport's ``feature._mod_uses_pyside`` calls
``inspect.getsource(module)`` and looks for the word "PySide6" — which
leaves every imported module's whole source in ``linecache``. For this app
that is about 110 files and 4 MiB of resident memory that stays for the life
of the tray process (clearing the cache later does not give it back to the
system: the freed blocks stay in Python's arenas).

The replacement below answers the same question from the file's bytes
without caching them. It is applied once, right after PySide6 is first
imported and before the app's own modules are. If a PySide6 release renames
or removes the hook, nothing breaks: ``prepare_qt`` reports that the
workaround no longer applies, and ``tests/test_qt_boot.py`` fails so that
someone looks again.

A report for PySide6's tracker is drafted in docs/performance.md.
"""

from __future__ import annotations

import importlib
import types
from pathlib import Path

_HOOK_MODULE = "shibokensupport.feature"
_HOOK_NAME = "_mod_uses_pyside"


def _uses_pyside(module: types.ModuleType) -> bool:
    """The same answer as PySide6's check, read from bytes and not cached."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        # PySide6's own check fails (TypeError/OSError) for built-in and
        # extension modules and answers False; so do we.
        return False
    try:
        return b"PySide6" in Path(path).read_bytes()
    except OSError:
        return False


def prepare_qt() -> bool:
    """Import PySide6 and swap in the cheap feature check; True when it applied."""
    import PySide6.QtCore  # noqa: F401  (initialises shibokensupport)

    try:
        feature = importlib.import_module(_HOOK_MODULE)
    except ImportError:
        return False
    if not callable(getattr(feature, _HOOK_NAME, None)):
        return False
    setattr(feature, _HOOK_NAME, _uses_pyside)
    # PySide6's own check has already run while PySide6 itself was imported
    # and left ``enum.py`` and two small files (about 200 KiB) in the cache.
    # Emptied now, before the app's modules load, those blocks are reused by
    # them; a traceback reads the lines it needs again.
    import linecache

    linecache.clearcache()
    return True
