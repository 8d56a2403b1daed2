"""Idle time on X11 from the MIT-SCREEN-SAVER extension (libXss).

The X server itself counts milliseconds since the last input event of any
client, so this works under every X11 window manager. It is deliberately not
used on Wayland: through XWayland it would only see input sent to X clients.
"""

from __future__ import annotations

import ctypes

from standup_buddy.platform.idle.base import IdleSourceUnavailable
from standup_buddy.platform.idle.xlib import XLib, load_library


class _XScreenSaverInfo(ctypes.Structure):
    # Layout of XScreenSaverInfo from <X11/extensions/scrnsaver.h>.
    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("eventMask", ctypes.c_ulong),
    )


class X11IdleSource:
    """Reads the X server's idle counter through ``XScreenSaverQueryInfo``."""

    name: str = "x11"

    def __init__(self, display_name: str | None) -> None:
        if not display_name:
            raise IdleSourceUnavailable("no X display (DISPLAY is not set)")
        try:
            xss = load_library(("libXss.so.1", "libXss.so"), "Xss")
        except OSError as exc:
            raise IdleSourceUnavailable(f"{exc}; install libXss (e.g. libxss1)") from exc
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        xss.XScreenSaverQueryExtension.restype = ctypes.c_int
        xss.XScreenSaverAllocInfo.argtypes = []
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        ]
        xss.XScreenSaverQueryInfo.restype = ctypes.c_int
        try:
            xlib = XLib(display_name)
        except OSError as exc:
            raise IdleSourceUnavailable(str(exc)) from exc
        event_base = ctypes.c_int()
        error_base = ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(
            xlib.display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            xlib.close()
            raise IdleSourceUnavailable(
                f"X server on {display_name} lacks the MIT-SCREEN-SAVER extension"
            )
        info = xss.XScreenSaverAllocInfo()
        if not info:
            xlib.close()
            raise IdleSourceUnavailable("XScreenSaverAllocInfo failed (out of memory)")
        self._xss = xss
        self._xlib = xlib
        # Allocated once and reused: the poll runs every few seconds for hours.
        self._info: ctypes._Pointer[_XScreenSaverInfo] | None = info
        self.display_name = display_name
        self.last_error = ""

    def idle_seconds(self) -> float | None:
        """Milliseconds since the last X input event, as seconds."""
        if self._info is None or not self._xlib.is_open:
            self.last_error = "closed"
            return None
        status = self._xss.XScreenSaverQueryInfo(self._xlib.display, self._xlib.root, self._info)
        if not status:
            self.last_error = "XScreenSaverQueryInfo failed"
            return None
        self.last_error = ""
        return float(self._info.contents.idle) / 1000.0

    def close(self) -> None:
        """Free the info block and close the private display connection."""
        if self._info is not None:
            self._xlib.lib.XFree(self._info)
            self._info = None
        self._xlib.close()
