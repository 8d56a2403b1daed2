"""Is a compositing manager running?  Decides whether the screen can be dimmed.

A translucent window only looks translucent when a compositor blends it; on
plain X (openbox, i3 without picom) the same window is drawn opaque and
blacks the screen out.  On X11 a compositor owns the ``_NET_WM_CM_S<screen>``
selection (EWMH "Compositing managers"); a Wayland session is always
composited; Windows and macOS compose every window.
"""

from __future__ import annotations

import ctypes
import logging
import os

from standup_buddy.platform.idle.xlib import Window, open_xlib

log = logging.getLogger(__name__)


def x11_compositor_running(display_name: str | None = None, screen: int = 0) -> bool:
    """Whether some client owns ``_NET_WM_CM_S<screen>`` on the X display."""
    try:
        xlib = open_xlib(display_name)
    except OSError as exc:
        log.info("no X connection to ask for a compositor: %s", exc)
        return False
    try:
        lib = xlib.lib
        lib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        lib.XGetSelectionOwner.restype = Window
        atom = xlib.intern_atom(f"_NET_WM_CM_S{screen}", only_if_exists=False)
        return bool(atom) and bool(lib.XGetSelectionOwner(xlib.display, atom))
    finally:
        xlib.close()


def compositor_running(platform_name: str) -> bool:
    """Whether translucent windows are blended, for Qt's platform ``platform_name``."""
    if platform_name == "xcb":
        return x11_compositor_running(os.environ.get("DISPLAY"))
    # wayland (always composited), windows, cocoa; offscreen and the like draw
    # nothing on a real screen, so there is nothing to black out.
    return True
