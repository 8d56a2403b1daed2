"""Desktop notifications: freedesktop D-Bus on Linux, plyer elsewhere, then a fallback.

On Linux and other free desktops notifications go straight to the
notification server over D-Bus (``fdo_notify``): a real expire timeout, one
notification per break (``replaces_id``), action buttons where the server
has them, and the notification withdrawn when the break is answered another
way. When no server answers, ``notify`` returns ``"none"`` (logged once) and
the caller shows the app's own reminder instead.

On Windows and macOS:

plyer picks its backend once (D-Bus, ``notify-send``, the Flatpak portal,
Windows balloons, macOS Notification Center). Some of these block (a
``notify-send`` waiting on a stuck bus) and all of them may raise, so a
notification is sent from a short-lived worker thread and never from the GUI
thread; a failure, or a send still hanging after ``SEND_TIMEOUT_SECONDS``,
switches this run over to the tray balloon for good.

Clicking a plyer notification does nothing (plyer has no click callback).
The tray balloon does: the tray connects ``QSystemTrayIcon.messageClicked``
to opening the break card, which is why the break notification also tells
the user they can click the tray icon.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import time
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

from standup_buddy import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

    from standup_buddy.platform.fdo_notify import FreedesktopNotifications

log = logging.getLogger(__name__)

Fallback = Callable[[str, str], None]
Action = tuple[str, str]

#: How long a notification stays when the server honours a timeout (it is
#: withdrawn earlier when the break is answered or withdrawn).
EXPIRE_MS = 60_000


class NotifyBackend(Protocol):
    """Something that puts a notification on the desktop; may block or raise."""

    name: str

    def send(self, title: str, message: str) -> None:
        """Deliver one notification."""
        ...


class PlyerBackend:
    """One plyer platform implementation, chosen once."""

    def __init__(self, impl: Any, name: str) -> None:
        self._impl = impl
        self.name = name

    def send(self, title: str, message: str) -> None:
        """Hand the notification to plyer."""
        self._impl.notify(title=title, message=message, app_name=APP_NAME, timeout=10)


def detect_backend() -> tuple[PlyerBackend | None, str]:
    """plyer's notification backend for this desktop, or None with the reason.

    Detection never sends anything. plyer warns (and would warn again on every
    use) when it falls back, so its warnings are caught here and logged once.
    """
    try:
        utils = importlib.import_module("plyer.utils")
        facades = importlib.import_module("plyer.facades")
        platform_name = str(utils.platform)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            module = importlib.import_module(f"plyer.platforms.{platform_name}.notification")
            impl = module.instance()
        for warning in caught:
            log.info("plyer: %s", str(warning.message).splitlines()[0])
    except Exception as exc:  # plyer raises anything from its platform code
        return None, f"plyer has no notification support here ({exc.__class__.__name__}: {exc})"
    if type(impl) is facades.Notification:
        return None, "plyer found no notification service (no D-Bus module, no notify-send)"
    return PlyerBackend(impl, f"plyer: {type(impl).__name__}"), ""


class Notifier(QObject):
    """Sends notifications without ever blocking or crashing the GUI.

    ``delivered(route, title, message)`` is emitted once per notification with
    the route that took it: ``"desktop"``, ``"tray"`` or ``"none"``.
    ``action_invoked(key)`` reports an action picked on the D-Bus
    notification shown now (``"default"``: the notification was clicked).
    """

    SEND_TIMEOUT_SECONDS = 5.0

    delivered = Signal(str, str, str)
    action_invoked = Signal(str)
    _send_failed = Signal(str, str, str)

    def __init__(
        self,
        fallback: Fallback | None = None,
        backend: NotifyBackend | None = None,
        *,
        detect: bool = True,
        platform: str | None = None,
        bus: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fallback = fallback
        self.reason = ""
        plat = sys.platform if platform is None else platform
        self._use_dbus = backend is None and detect and plat not in {"win32", "darwin"}
        self._bus = bus
        self._fdo: FreedesktopNotifications | None = None
        self._fdo_state = "unprobed"  # "unprobed", "up" or "down"
        self._told_down = False
        # Detection imports plyer and probes the desktop: done at the first
        # notification, not at start-up, so the idle tray does not pay for it.
        self._detect_pending = backend is None and detect
        self._backend: NotifyBackend | None = backend
        self._in_flight: tuple[threading.Thread, float] | None = None
        # Emitted from the worker thread; Qt queues it onto this object's thread.
        self._send_failed.connect(self._on_send_failed)

    def _ensure_detected(self) -> None:
        if self._use_dbus:
            self._detect_pending = False
            return
        if self._detect_pending:
            self._detect_pending = False
            self._backend, self.reason = detect_backend()

    @property
    def backend_name(self) -> str:
        """Which route new notifications take, for ``doctor`` and the log."""
        self._ensure_detected()
        if self._use_dbus:
            fdo = self._dbus_server()
            if fdo is not None:
                return "freedesktop D-Bus: " + fdo.describe()
        if self._backend is not None:
            return self._backend.name
        return "tray messages" if self._fallback else "none"

    @property
    def has_actions(self) -> bool:
        """True when notifications can carry buttons that report back."""
        fdo = self._dbus_server() if self._use_dbus else None
        return fdo is not None and fdo.has_actions

    def withdraw(self) -> None:
        """Take the notification on screen away (the break was answered another way)."""
        if self._fdo is not None:
            self._fdo.close()

    def _dbus_server(self) -> FreedesktopNotifications | None:
        """The notification server, probed once a run (and again after it went away)."""
        if self._fdo_state == "unprobed":
            try:
                from standup_buddy.platform.fdo_notify import FreedesktopNotifications
                from standup_buddy.platform.idle.dbus import session_bus

                bus = self._bus if self._bus is not None else session_bus()
                if self._fdo is None:
                    self._fdo = FreedesktopNotifications(bus, self)
                    self._fdo.action_invoked.connect(self.action_invoked)
                up = self._fdo.probe()
                self.reason = "" if up else self._fdo.error
            except Exception as exc:  # no bus at all
                up = False
                self.reason = str(exc)
            self._fdo_state = "up" if up else "down"
            if not up and not self._told_down:
                self._told_down = True
                log.warning(
                    "notifications: no notification server answers on D-Bus (%s); "
                    "showing reminders in the app's own window", self.reason
                )
        return self._fdo if self._fdo_state == "up" else None

    def set_fallback(self, fallback: Fallback | None) -> None:
        """Where notifications go when there is no desktop service (the tray balloon)."""
        self._fallback = fallback

    def notify(
        self, title: str, message: str, actions: tuple[Action, ...] = (),
        expire_ms: int = EXPIRE_MS,
    ) -> str:
        """Send a notification; returns the route tried first.

        ``actions`` are (key, label) pairs, shown where the server has buttons.
        """
        self._ensure_detected()
        if self._use_dbus:
            return self._notify_dbus(title, message, actions, expire_ms)
        backend = self._backend
        if backend is not None and self._stuck():
            log.warning("notifications: %s did not return; using tray messages", backend.name)
            self._backend = backend = None
        if backend is None:
            return self._show_fallback(title, message)
        worker = threading.Thread(
            target=self._send, args=(backend, title, message), name="notify", daemon=True
        )
        self._in_flight = (worker, time.monotonic())
        worker.start()
        return "desktop"

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait for the last send to finish (for tests and a clean quit)."""
        if self._in_flight is None:
            return True
        self._in_flight[0].join(timeout)
        return not self._in_flight[0].is_alive()

    # --- internals -----------------------------------------------------------------

    def _notify_dbus(
        self, title: str, message: str, actions: tuple[Action, ...], expire_ms: int
    ) -> str:
        fdo = self._dbus_server()
        if fdo is not None and fdo.show(title, message, actions, expire_ms):
            self.delivered.emit("desktop", title, message)
            return "desktop"
        if fdo is not None:
            # It answered before but not now (it quit?): look again next time.
            log.warning("notifications: the server did not take it (%s)", fdo.error)
            self._fdo_state = "unprobed"
        return self._show_fallback(title, message)

    def _stuck(self) -> bool:
        if self._in_flight is None:
            return False
        worker, started = self._in_flight
        return worker.is_alive() and time.monotonic() - started > self.SEND_TIMEOUT_SECONDS

    def _send(self, backend: NotifyBackend, title: str, message: str) -> None:
        try:
            backend.send(title, message)
        except Exception as exc:  # any backend failure means: use the tray
            self._send_failed.emit(title, message, f"{exc.__class__.__name__}: {exc}")
            return
        self.delivered.emit("desktop", title, message)

    def _on_send_failed(self, title: str, message: str, error: str) -> None:
        if self._backend is not None:
            log.warning(
                "notifications: %s failed (%s); using tray messages", self._backend.name, error
            )
        self._backend = None
        self._show_fallback(title, message)

    def _show_fallback(self, title: str, message: str) -> str:
        if self._fallback is None:
            log.info("notification (nowhere to show it): %s: %s", title, message)
            self.delivered.emit("none", title, message)
            return "none"
        try:
            self._fallback(title, message)
        except Exception:  # a notification must never take the app down
            log.exception("could not show a tray message")
            self.delivered.emit("none", title, message)
            return "none"
        self.delivered.emit("tray", title, message)
        return "tray"
