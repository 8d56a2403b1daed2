"""Notice a system tray arriving or leaving while the app runs, without polling.

A panel often starts after the app (both start at login), and it can be
restarted. Two events say the tray may have changed:

* X11 (XEmbed trays: trayer, stalonetray, Xfce, MATE, Cinnamon, most
  panels): the owner of the ``_NET_SYSTEM_TRAY_S<screen>`` selection changes.
  XFixes reports it (``XFixesSelectSelectionInput``) on a private X
  connection whose socket sits on a ``QSocketNotifier``.
* StatusNotifierItem hosts (KDE Plasma, waybar, GNOME's AppIndicator
  extension): ``org.kde.StatusNotifierWatcher`` appears on or leaves the
  session bus (``QDBusServiceWatcher``).

On either event the tray is looked up again and ``changed(bool)`` is emitted
when the answer differs from the last one. The answer is what Qt's
``QSystemTrayIcon`` can really use, which is not always what is on the
desktop:

* an XEmbed tray counts from the moment its selection has an owner (read on
  our own connection: Qt's answer can lag behind when the tray goes away);
* Qt decides once per process whether to use StatusNotifierItem or XEmbed
  (``isDBusTrayAvailable`` in its Unix platform theme keeps its first
  answer). So Qt is not asked at all until some tray exists: the first tray
  to arrive, of either kind, is the one used for the rest of the run.
"""

from __future__ import annotations

import ctypes
import logging
import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

SNI_WATCHER = "org.kde.StatusNotifierWatcher"
CATCH_UP_MS = 100
CATCH_UP_TRIES = 30
# XFixes selection event masks.
_SET_OWNER = 1 << 0
_WINDOW_DESTROY = 1 << 1
_CLIENT_CLOSE = 1 << 2


class XSelectionWatch:
    """XFixes selection-owner events for one selection, on its own X connection."""

    def __init__(self, display_name: str, selection: str) -> None:
        from standup_buddy.platform.idle.xlib import XLib, load_library

        self.x = XLib(display_name)
        try:
            fixes = load_library(("libXfixes.so.3", "libXfixes.so"), "Xfixes")
            lib = self.x.lib
            lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
            lib.XConnectionNumber.restype = ctypes.c_int
            lib.XPending.argtypes = [ctypes.c_void_p]
            lib.XPending.restype = ctypes.c_int
            lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
            lib.XNextEvent.restype = ctypes.c_int
            lib.XFlush.argtypes = [ctypes.c_void_p]
            lib.XFlush.restype = ctypes.c_int
            lib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
            lib.XGetSelectionOwner.restype = ctypes.c_ulong
            fixes.XFixesQueryExtension.argtypes = [
                ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)
            ]
            fixes.XFixesQueryExtension.restype = ctypes.c_int
            fixes.XFixesSelectSelectionInput.argtypes = [
                ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong
            ]
            event_base, error_base = ctypes.c_int(), ctypes.c_int()
            if not fixes.XFixesQueryExtension(
                self.x.display, ctypes.byref(event_base), ctypes.byref(error_base)
            ):
                raise OSError("the X server has no XFixes extension")
            atom = self.x.intern_atom(selection, only_if_exists=False)
            self._atom = atom
            fixes.XFixesSelectSelectionInput(
                self.x.display, self.x.root, atom, _SET_OWNER | _WINDOW_DESTROY | _CLIENT_CLOSE
            )
            lib.XFlush(self.x.display)
            self.fd = int(lib.XConnectionNumber(self.x.display))
            self._event = ctypes.create_string_buffer(256)  # an XEvent is 192 bytes
        except BaseException:
            self.x.close()
            raise

    def owned(self) -> bool:
        """Whether the selection has an owner now."""
        if self.x.display is None:
            return False
        return bool(self.x.lib.XGetSelectionOwner(self.x.display, self._atom))

    def drain(self) -> int:
        """Read every queued event; returns how many there were."""
        lib, count = self.x.lib, 0
        while self.x.display is not None and lib.XPending(self.x.display) > 0:
            lib.XNextEvent(self.x.display, self._event)
            count += 1
        return count

    def close(self) -> None:
        self.x.close()


class TrayWatch(QObject):
    """Emits ``changed(available)`` when a system tray appears or goes away."""

    changed = Signal(bool)

    def __init__(
        self,
        available: Callable[[], bool] | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        env = os.environ if environ is None else environ
        self._x: XSelectionWatch | None = None
        self._notifier: QSocketNotifier | None = None
        self._bus: QDBusConnection | None = None
        self._qt_uses_sni: bool | None = None  # Qt's one choice, once made
        self._catch_up = 0
        display = env.get("DISPLAY", "")
        # Only where Qt itself draws through X11: on a Wayland session the
        # extra connection could start Xwayland (GNOME starts it on demand)
        # for a tray Qt would not use.
        if display and _qt_platform() == "xcb":
            try:
                self._x = XSelectionWatch(display, "_NET_SYSTEM_TRAY_S0")
            except OSError as exc:
                log.info("tray watch: no X11 selection events (%s)", exc)
            else:
                self._notifier = QSocketNotifier(self._x.fd, QSocketNotifier.Type.Read, self)
                self._notifier.activated.connect(self._on_x_event)
                self.sources.append("X11 _NET_SYSTEM_TRAY_S0 owner")
        self._watch_sni()
        self._available = available or self._can_use_tray
        self._last = self._available()

    def _watch_sni(self) -> None:
        try:
            from PySide6.QtDBus import QDBusServiceWatcher

            from standup_buddy.platform.idle.dbus import session_bus

            bus = session_bus()
        except Exception as exc:  # no session bus: X11 events only
            log.info("tray watch: no StatusNotifierWatcher events (%s)", exc)
            return
        watcher = QDBusServiceWatcher(
            SNI_WATCHER, bus, QDBusServiceWatcher.WatchModeFlag.WatchForOwnerChange, self
        )
        watcher.serviceOwnerChanged.connect(self._on_sni_changed)
        self._sni = watcher
        self._bus = bus
        self.sources.append(f"{SNI_WATCHER} on the session bus")

    @property
    def available(self) -> bool:
        """The last answer."""
        return self._last

    def recheck(self) -> bool:
        """Ask again; emit ``changed`` if the answer is new."""
        now = self._available()
        if now:
            self._catch_up = 0
        if now != self._last:
            self._last = now
            log.info("system tray %s", "appeared" if now else "went away")
            self.changed.emit(now)
        return now

    def close(self) -> None:
        """Stop watching (idempotent)."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._x is not None:
            self._x.close()
            self._x = None

    def _sni_registered(self) -> bool:
        from standup_buddy.platform.session_watch import has_owner

        return self._bus is not None and has_owner(self._bus, SNI_WATCHER)

    def _can_use_tray(self) -> bool:
        x_owned = self._x.owned() if self._x is not None else None
        sni = self._sni_registered()
        if self._qt_uses_sni is None:
            # Qt keeps its first answer about StatusNotifierItem for the whole
            # run, so it is not asked before some tray exists: asked while
            # nothing is there, it would never use a watcher that comes later.
            if not x_owned and not sni:
                return False
            self._qt_uses_sni = sni
            log.info("system tray: Qt will use %s", "StatusNotifierItem" if sni else "XEmbed")
        if self._qt_uses_sni:
            # Qt's D-Bus icon re-registers by itself when the watcher comes back.
            return sni
        if not x_owned:
            return False
        if _qt_tray_available():
            return True
        # Qt reads the new tray from its own X connection a moment after we
        # do, and an icon shown before that never docks: look again shortly.
        if self._catch_up < CATCH_UP_TRIES:
            self._catch_up += 1
            QTimer.singleShot(CATCH_UP_MS, self.recheck)
        return False

    def _on_sni_changed(self, _name: str, _old: str, new: str) -> None:
        if new and self._qt_uses_sni is False:
            log.info(
                "a StatusNotifierItem tray appeared, but Qt settled on XEmbed when the first "
                "tray came; it is used after a restart"
            )
        self.recheck()

    def _on_x_event(self) -> None:
        if self._x is not None and self._x.drain():
            self._catch_up = 0
            self.recheck()


def _qt_platform() -> str:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() if QGuiApplication.instance() is not None else ""


def _qt_tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()
