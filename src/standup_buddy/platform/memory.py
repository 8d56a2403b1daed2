"""Giving freed memory back to the system, where the C library can.

Python frees its small objects into its own arenas and glibc keeps freed
heap pages for reuse; after start-up, or after a big window closes, a lot of
that is free but still counted as the tray's resident memory. glibc's
``malloc_trim(0)`` returns the free pages at the top and inside the heap.
Elsewhere (musl, macOS, Windows) this does nothing.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

_trim: Callable[[int], int] | None = None
_looked = False


def _malloc_trim() -> Callable[[int], int] | None:
    global _trim, _looked
    if not _looked:
        _looked = True
        if sys.platform.startswith("linux"):
            try:
                # By soname: ``ctypes.util.find_library`` would run ldconfig.
                libc = ctypes.CDLL("libc.so.6")
                trim = libc.malloc_trim  # glibc only: musl has no such symbol
            except (OSError, AttributeError):
                trim = None
            if trim is not None:
                trim.argtypes = [ctypes.c_size_t]
                trim.restype = ctypes.c_int
                _trim = trim
    return _trim


def give_back_memory() -> bool:
    """Collect Python's garbage cycles, then return free heap pages; True if trimmed."""
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
