"""A private Wayland client connection that Qt's event loop drives.

The idle source and the full-screen probe each open their own connection to
the compositor (never Qt's own: with ``QT_QPA_PLATFORM=offscreen`` or xcb there
is none, and mixing event queues with Qt's would be fragile). The connection's
file descriptor sits on a :class:`QSocketNotifier`, so events are read the
moment the compositor sends them and the process sleeps otherwise: there is no
timer. :meth:`pump` can also be called directly; it never blocks, which keeps
readings right where no Qt event loop runs (``doctor``, the first probe).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


class WaylandUnavailable(Exception):
    """No usable Wayland connection; the message says why."""


class WaylandConnection:
    """Connect, list the globals, and keep events flowing."""

    def __init__(self, environ: Mapping[str, str], *, watch: bool = True) -> None:
        display_name = environ.get("WAYLAND_DISPLAY", "")
        if not display_name:
            raise WaylandUnavailable("WAYLAND_DISPLAY is not set")
        try:
            from pywayland.client.display import Display
            from pywayland.version import __version__ as pywayland_version
        except ImportError as exc:
            raise WaylandUnavailable(
                f"pywayland is not installed ({exc}); it has wheels for x86_64 Linux only"
            ) from exc
        except OSError as exc:  # the bundled libwayland-client failed to load
            raise WaylandUnavailable(f"pywayland cannot load libwayland-client: {exc}") from exc
        self.pywayland_version = str(pywayland_version)
        self.display_name = display_name
        self.error = ""
        self._on_error: list[Callable[[str], None]] = []
        runtime_dir = environ.get("XDG_RUNTIME_DIR", "")
        # libwayland would look the name up in this process's own
        # XDG_RUNTIME_DIR; an absolute path honours the mapping given here.
        address = (
            str(Path(runtime_dir) / display_name)
            if runtime_dir and not Path(display_name).is_absolute()
            else display_name
        )
        self._display: Any = Display(address)
        try:
            self._display.connect()
        except ValueError as exc:
            raise WaylandUnavailable(f"cannot connect to Wayland display {display_name!r}") from exc
        self.globals: dict[str, tuple[int, int]] = {}
        self._registry: Any = self._display.get_registry()
        self._registry.dispatcher["global"] = self._on_global
        self._registry.dispatcher["global_remove"] = self._on_global_remove
        self.roundtrip()
        self._notifier: Any = None
        if watch:
            self._watch()

    def _on_global(self, _registry: Any, name: int, interface: str, version: int) -> None:
        self.globals.setdefault(interface, (name, version))

    def _on_global_remove(self, _registry: Any, name: int) -> None:
        for interface, (global_name, _version) in list(self.globals.items()):
            if global_name == name:
                del self.globals[interface]

    def _watch(self) -> None:
        from PySide6.QtCore import QCoreApplication, QSocketNotifier

        if QCoreApplication.instance() is None:
            return  # no event loop to drive it; readings pump on demand
        notifier = QSocketNotifier(self._display.get_fd(), QSocketNotifier.Type.Read)
        notifier.activated.connect(self.pump)
        self._notifier = notifier

    @property
    def watched(self) -> bool:
        """True when Qt's event loop reads the connection as events arrive."""
        return self._notifier is not None

    def on_error(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(reason)`` once if the connection breaks."""
        self._on_error.append(callback)

    def bind(self, interface: Any, version: int) -> Any:
        """Bind the global ``interface`` at ``version`` (which the caller checked)."""
        name, _offered = self.globals[interface.name]
        return self._registry.bind(name, interface, version)

    def offered(self, interface_name: str) -> int:
        """The version the compositor offers of a global, 0 when absent."""
        entry = self.globals.get(interface_name)
        return entry[1] if entry else 0

    def roundtrip(self) -> None:
        """Wait for the compositor to answer everything sent so far (set-up only)."""
        if self._display.roundtrip() < 0:
            self._fail("the compositor closed the connection during set-up")
            raise WaylandUnavailable(self.error)

    def flush(self) -> None:
        """Send queued requests."""
        if not self.error:
            self._display.flush()

    def pump(self, *_args: object) -> bool:
        """Read and dispatch whatever has arrived, without blocking; False once broken."""
        if self.error:
            return False
        try:
            # read() prepares, reads what the socket holds (libwayland reads
            # with MSG_DONTWAIT) and queues it; dispatch runs the handlers.
            self._display.read()
            self._display.dispatch(block=False)
            self._display.flush()
        except RuntimeError as exc:
            self._fail(f"Wayland connection lost: {exc}")
            return False
        return True

    def _fail(self, reason: str) -> None:
        self.error = reason
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        log.warning("%s", reason)
        for callback in self._on_error:
            callback(reason)

    def close(self) -> None:
        """Stop watching and disconnect; safe to call twice."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._display is not None:
            self._display.disconnect()
            self._display = None
            self.error = self.error or "closed"
            self._forget_registry()

    def _forget_registry(self) -> None:
        # pywayland (0.4.19) gives an object the compositor creates in an
        # event (a window handle) the display of whichever wl_registry it
        # finds first in a process-wide table, which may be this closed
        # connection's. Dropping the entry now, rather than whenever the
        # garbage collector frees the proxy, keeps it from being picked.
        from pywayland.protocol.wayland import WlRegistry

        for key, proxy in list(WlRegistry.registry.items()):
            if proxy is self._registry:
                del WlRegistry.registry[key]
        self._registry = None
