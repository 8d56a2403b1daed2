"""Idle time on Windows from ``GetLastInputInfo``.

``LASTINPUTINFO.dwTime`` is a 32-bit tick count (milliseconds since boot) of
the last input in this session; it wraps every 49.7 days. Comparing it with
the low 32 bits of ``GetTickCount64`` in modular arithmetic stays right across
the wrap. The module imports everywhere; the ctypes calls are only bound on
Windows.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from standup_buddy.platform.idle.base import IdleSourceUnavailable

_TICK_MASK = 0xFFFFFFFF


def idle_milliseconds(now_tick64: int, last_input_tick32: int) -> int:
    """Milliseconds between the last input tick and now, modulo the 32-bit wrap."""
    return ((now_tick64 & _TICK_MASK) - (last_input_tick32 & _TICK_MASK)) & _TICK_MASK


class _LastInputInfo(ctypes.Structure):
    _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32))


class WindowsApi:
    """The two user32/kernel32 calls, bound through ctypes."""

    def __init__(self) -> None:
        if sys.platform != "win32":
            raise IdleSourceUnavailable("GetLastInputInfo exists only on Windows")
        win_dll = getattr(ctypes, "WinDLL")  # noqa: B009 - absent from ctypes off Windows
        self._user32: ctypes.CDLL = win_dll("user32", use_last_error=True)
        self._kernel32: ctypes.CDLL = win_dll("kernel32", use_last_error=True)
        self._user32.GetLastInputInfo.argtypes = [ctypes.POINTER(_LastInputInfo)]
        self._user32.GetLastInputInfo.restype = ctypes.c_int
        self._kernel32.GetTickCount64.argtypes = []
        self._kernel32.GetTickCount64.restype = ctypes.c_uint64

    def last_input_tick(self) -> int | None:
        """``dwTime`` of the last input, or ``None`` if the call failed."""
        info = _LastInputInfo()
        info.cbSize = ctypes.sizeof(_LastInputInfo)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        return int(info.dwTime)

    def tick_count64(self) -> int:
        """Milliseconds since boot, 64-bit."""
        return int(self._kernel32.GetTickCount64())


class WindowsIdleSource:
    """Idle seconds from ``GetLastInputInfo`` and ``GetTickCount64``."""

    name: str = "windows"

    def __init__(
        self,
        last_input_tick: Callable[[], int | None] | None = None,
        tick_count64: Callable[[], int] | None = None,
    ) -> None:
        if last_input_tick is None or tick_count64 is None:
            api = WindowsApi()
            last_input_tick = last_input_tick or api.last_input_tick
            tick_count64 = tick_count64 or api.tick_count64
        self._last_input_tick = last_input_tick
        self._tick_count64 = tick_count64
        self.last_error = ""

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input in this session."""
        last = self._last_input_tick()
        if last is None:
            self.last_error = "GetLastInputInfo failed"
            return None
        self.last_error = ""
        return idle_milliseconds(self._tick_count64(), last) / 1000.0

    def close(self) -> None:
        """Nothing to release."""
