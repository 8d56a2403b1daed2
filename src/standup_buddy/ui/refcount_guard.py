"""Protect None, True and False from a reference-count bug in PySide6 6.12 on Python 3.11.

PySide6 6.12.0's stable-ABI wheels return ``None`` from void methods (and
from methods such as ``QObject.parent()``) without taking a reference. From
Python 3.12 on, ``None`` is immortal and nothing happens; on 3.11 every such
call drops one reference that was never taken, and after a few thousand
calls (a second or two of animation) the interpreter aborts with
"deallocating None". Giving these singletons a very large reference count
makes them as good as immortal, which is what 3.12 does by design. The
objects are never freed in a running interpreter anyway, so the extra count
costs nothing.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_HEADROOM = 1 << 48
_applied = False


def protect_singletons() -> bool:
    """Apply the protection once on CPython before 3.12; returns whether it was needed."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    for obj in (None, True, False):
        # On CPython 3.11 the reference count is the first field of every object.
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    _applied = True
    return True


protect_singletons()
