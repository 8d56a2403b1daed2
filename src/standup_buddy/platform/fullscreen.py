"""Is a fullscreen window in front? (a presentation, a film, a game)

The app holds break prompts while one is, instead of covering it.

* X11: the window manager names the focused window in ``_NET_ACTIVE_WINDOW``
  on the root window (EWMH); that window is fullscreen when its
  ``_NET_WM_STATE`` holds ``_NET_WM_STATE_FULLSCREEN``. No window manager, or
  none that speaks EWMH, means no active window and the answer is False.
* Windows: ``SHQueryUserNotificationState`` reports busy, a Direct3D
  fullscreen app, or presentation mode.
* Wayland on wlroots compositors (sway, labwc, river, Hyprland...):
  ``zwlr_foreign_toplevel_manager_v1`` (version 2 or later) reports every
  window's state; the answer is True when a window is both activated and
  fullscreen, which matches the X11 rule "the focused window is fullscreen".
  The compositor pushes each change, so reading costs no round trip.
* Other Wayland compositors (GNOME, KDE) and macOS: no public way to ask
  another client's window state; the answer is ``None`` (unknown) and nothing
  is held.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from typing import Any

# SHQueryUserNotificationState results (shellapi.h, QUERY_USER_NOTIFICATION_STATE).
QUNS_NOT_PRESENT = 1
QUNS_BUSY = 2
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6
QUNS_APP = 7

_FULLSCREEN_STATES = frozenset({QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE})


class X11FullscreenProbe:
    """Asks the X server, over a private connection, about the active window."""

    name = "x11-ewmh"

    def __init__(self, display_name: str | None) -> None:
        from standup_buddy.platform.idle.xlib import XLib

        if not display_name:
            raise OSError("no X display (DISPLAY is not set)")
        self._x = XLib(display_name)
        self.last_error = ""

    def active_window(self) -> int | None:
        """The window EWMH calls active, or ``None`` when there is none."""
        from standup_buddy.platform.idle.xlib import XA_WINDOW

        atom = self._x.intern_atom("_NET_ACTIVE_WINDOW")
        if not atom:
            return None
        with self._x.errors_ignored():
            values = self._x.get_property_longs(self._x.root, atom, XA_WINDOW)
        if not values or values[0] == 0:
            return None
        return values[0]

    def is_fullscreen(self) -> bool | None:
        """True when the active window asks to be fullscreen; ``None`` if closed."""
        from standup_buddy.platform.idle.xlib import XA_ATOM

        if not self._x.is_open:
            self.last_error = "closed"
            return None
        window = self.active_window()
        if window is None:
            return False
        state = self._x.intern_atom("_NET_WM_STATE")
        fullscreen = self._x.intern_atom("_NET_WM_STATE_FULLSCREEN")
        if not state or not fullscreen:
            return False
        # The window may close between the two requests: errors are ignored
        # and a vanished window simply reads as "no state".
        with self._x.errors_ignored():
            atoms = self._x.get_property_longs(window, state, XA_ATOM)
        return bool(atoms) and fullscreen in (atoms or [])

    def close(self) -> None:
        """Close the private display connection."""
        self._x.close()


class WaylandFullscreenProbe:
    """Follows every window's state through ``zwlr_foreign_toplevel_manager_v1``."""

    name = "wlr-foreign-toplevel"
    INTERFACE = "zwlr_foreign_toplevel_manager_v1"

    def __init__(self, environ: Mapping[str, str]) -> None:
        from standup_buddy.platform.wayland_client import WaylandConnection, WaylandUnavailable

        try:
            self._connection = WaylandConnection(environ)
        except WaylandUnavailable as exc:
            raise OSError(str(exc)) from exc
        offered = self._connection.offered(self.INTERFACE)
        if offered < 2:
            self._connection.close()
            raise OSError(
                f"the compositor offers no {self.INTERFACE}"
                if not offered
                else f"{self.INTERFACE} version 1 has no full-screen state"
            )
        from standup_buddy.platform.wayland_protocols import ZwlrForeignToplevelManagerV1

        self.version = min(offered, ZwlrForeignToplevelManagerV1.version)
        self.last_error = ""
        # Proxies are kept here: pywayland destroys a handle it no longer holds.
        self._handles: dict[int, Any] = {}
        self._pending: dict[int, frozenset[int]] = {}
        self._states: dict[int, frozenset[int]] = {}
        self._manager = self._connection.bind(ZwlrForeignToplevelManagerV1, self.version)
        self._manager.dispatcher["toplevel"] = self._on_toplevel
        self._manager.dispatcher["finished"] = self._on_finished
        # One round trip announces the windows, a second their first state.
        self._connection.roundtrip()
        self._connection.roundtrip()

    def _on_toplevel(self, _manager: object, handle: Any) -> None:
        key = id(handle)
        self._handles[key] = handle

        def on_state(_handle: object, array: bytes) -> None:
            from standup_buddy.platform.wayland_protocols import toplevel_states

            self._pending[key] = toplevel_states(array)

        def on_done(_handle: object) -> None:
            # A window's state is only consistent once ``done`` arrives.
            if key in self._pending:
                self._states[key] = self._pending.pop(key)

        def on_closed(_handle: object) -> None:
            self._states.pop(key, None)
            self._pending.pop(key, None)
            self._release(self._handles.pop(key, None))

        handle.dispatcher["state"] = on_state
        handle.dispatcher["done"] = on_done
        handle.dispatcher["closed"] = on_closed

    def _on_finished(self, _manager: object) -> None:
        self.last_error = "the compositor stopped reporting windows"

    @property
    def windows(self) -> int:
        """How many windows the compositor reports."""
        return len(self._handles)

    def is_fullscreen(self) -> bool | None:
        """True when the activated window is fullscreen; ``None`` once the connection broke."""
        from standup_buddy.platform.wayland_protocols import (
            TOPLEVEL_STATE_ACTIVATED,
            TOPLEVEL_STATE_FULLSCREEN,
        )

        if not self._connection.pump() or self.last_error:
            self.last_error = self.last_error or self._connection.error
            return None
        return any(
            TOPLEVEL_STATE_ACTIVATED in state and TOPLEVEL_STATE_FULLSCREEN in state
            for state in self._states.values()
        )

    @staticmethod
    def _release(handle: Any) -> None:
        # Released explicitly, never left to the garbage collector: pywayland
        # may have filed the handle under another connection (see
        # wayland_client), and a handle freed after its own connection would
        # crash the process.
        if handle is not None and not handle.destroyed:
            handle.destroy()

    def close(self) -> None:
        """Release every window handle, then disconnect."""
        for handle in self._handles.values():
            self._release(handle)
        self._handles.clear()
        self._connection.close()


class WindowsFullscreenProbe:
    """``SHQueryUserNotificationState`` from shell32."""

    name = "windows-notification-state"

    def __init__(self, query: Callable[[], int | None] | None = None) -> None:
        self._query = query or _bind_shell_query()
        self.last_error = ""

    def is_fullscreen(self) -> bool | None:
        """True for busy, D3D fullscreen or presentation mode."""
        state = self._query()
        if state is None:
            self.last_error = "SHQueryUserNotificationState failed"
            return None
        return state in _FULLSCREEN_STATES

    def close(self) -> None:
        """Nothing to release."""


def _bind_shell_query() -> Callable[[], int | None]:
    if sys.platform != "win32":
        raise OSError("SHQueryUserNotificationState exists only on Windows")
    shell32 = getattr(ctypes, "WinDLL")("shell32")  # noqa: B009 - absent off Windows
    function = shell32.SHQueryUserNotificationState
    function.argtypes = [ctypes.POINTER(ctypes.c_int)]
    function.restype = ctypes.c_long  # HRESULT

    def query() -> int | None:
        state = ctypes.c_int()
        if function(ctypes.byref(state)) != 0:
            return None
        return int(state.value)

    return query


class FullscreenDetector:
    """The best fullscreen probe for this session, or none (answers ``None``)."""

    def __init__(
        self, environ: Mapping[str, str] | None = None, platform: str | None = None
    ) -> None:
        env = os.environ if environ is None else environ
        plat = sys.platform if platform is None else platform
        self._probe: X11FullscreenProbe | WindowsFullscreenProbe | WaylandFullscreenProbe | None = (
            None
        )
        self.reason = ""
        try:
            if plat == "win32":
                self._probe = WindowsFullscreenProbe()
            elif plat == "darwin":
                self.reason = "macOS: not detected (no public API for other apps' windows)"
            elif env.get("XDG_SESSION_TYPE", "").lower() == "wayland" or (
                env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")
            ):
                self._probe = self._wayland(env)
            else:
                self._probe = X11FullscreenProbe(env.get("DISPLAY"))
        except OSError as exc:
            self.reason = f"unavailable: {exc}"

    def _wayland(self, env: Mapping[str, str]) -> WaylandFullscreenProbe | None:
        try:
            return WaylandFullscreenProbe(env)
        except OSError as exc:
            self.reason = f"Wayland: not detected ({exc}; other clients' window state is private)"
            return None

    @property
    def method(self) -> str:
        """Which probe is in use, for ``doctor``."""
        return self._probe.name if self._probe is not None else "none"

    @property
    def available(self) -> bool:
        """True when a probe could be opened."""
        return self._probe is not None

    def is_fullscreen(self) -> bool | None:
        """True/False from the probe; ``None`` when this session cannot tell."""
        if self._probe is None:
            return None
        return self._probe.is_fullscreen()

    def close(self) -> None:
        """Release the probe."""
        if self._probe is not None:
            self._probe.close()
            self._probe = None
