"""A thin ctypes binding to the parts of libX11 the X11 adapters use.

Loaded lazily and only on demand, so importing this module never fails on a
machine without X11. Kept separate from Qt's own X connection on purpose: Qt
talks XCB and owns its event queue; these calls open a second, private
connection that only ever asks questions.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

# Xlib's Window and Atom are XIDs: C "unsigned long".
Window = ctypes.c_ulong
Atom = ctypes.c_ulong

X_NONE = 0
ANY_PROPERTY_TYPE = 0
SUCCESS = 0
XA_ATOM = 4
XA_WINDOW = 33

_XErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def load_library(sonames: Sequence[str], short_name: str) -> ctypes.CDLL:
    """Load the first of ``sonames`` that opens, else whatever ``find_library`` finds.

    Raises ``OSError`` naming the library when none can be loaded.
    """
    for soname in sonames:
        try:
            return ctypes.CDLL(soname)
        except OSError:
            continue
    # Only when no known soname opens: ``ctypes.util`` (with ``subprocess`` and
    # ``shutil``) would otherwise stay loaded in the idle process for nothing.
    from ctypes.util import find_library

    found = find_library(short_name)
    if found:
        return ctypes.CDLL(found)
    raise OSError(f"lib{short_name} not found (tried {', '.join(sonames)})")


def _ignore_error(_display: int | None, _event: int | None) -> int:
    return 0


# Kept at module level: ctypes callbacks must outlive every use by C code.
_IGNORE_ERRORS = _XErrorHandler(_ignore_error)


class XLib:
    """Typed entry points of libX11 and an owned display connection."""

    def __init__(self, display_name: str | None) -> None:
        lib = load_library(("libX11.so.6", "libX11.so"), "X11")
        self.lib = lib
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        lib.XCloseDisplay.restype = ctypes.c_int
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XDefaultRootWindow.restype = Window
        lib.XFree.argtypes = [ctypes.c_void_p]
        lib.XFree.restype = ctypes.c_int
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XInternAtom.restype = Atom
        lib.XGetWindowProperty.argtypes = [
            ctypes.c_void_p,  # display
            Window,  # w
            Atom,  # property
            ctypes.c_long,  # long_offset
            ctypes.c_long,  # long_length
            ctypes.c_int,  # delete
            Atom,  # req_type
            ctypes.POINTER(Atom),  # actual_type_return
            ctypes.POINTER(ctypes.c_int),  # actual_format_return
            ctypes.POINTER(ctypes.c_ulong),  # nitems_return
            ctypes.POINTER(ctypes.c_ulong),  # bytes_after_return
            ctypes.POINTER(ctypes.c_void_p),  # prop_return
        ]
        lib.XGetWindowProperty.restype = ctypes.c_int
        lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        lib.XSync.restype = ctypes.c_int
        lib.XSetErrorHandler.argtypes = [ctypes.c_void_p]
        lib.XSetErrorHandler.restype = ctypes.c_void_p

        encoded = display_name.encode() if display_name else None
        display = lib.XOpenDisplay(encoded)
        if not display:
            shown = display_name or "$DISPLAY"
            raise OSError(f"cannot open X display {shown!r}")
        self.display: int | None = display
        self.root: int = lib.XDefaultRootWindow(display)

    @property
    def is_open(self) -> bool:
        """True until :meth:`close` has run."""
        return self.display is not None

    def close(self) -> None:
        """Close the private display connection (idempotent)."""
        if self.display is not None:
            self.lib.XCloseDisplay(self.display)
            self.display = None

    @contextmanager
    def errors_ignored(self) -> Iterator[None]:
        """Run X requests with Xlib's default error handler swapped out.

        The default handler calls ``exit()`` on any protocol error, and a
        window can vanish between two of our requests (BadWindow). The
        previous handler is put back afterwards so nothing else is affected.
        """
        handler_ptr = ctypes.cast(_IGNORE_ERRORS, ctypes.c_void_p).value
        previous = self.lib.XSetErrorHandler(handler_ptr)
        try:
            yield
        finally:
            if self.display is not None:
                # Flush so errors from our requests reach our handler, not the next one.
                self.lib.XSync(self.display, 0)
            self.lib.XSetErrorHandler(previous)

    def intern_atom(self, name: str, only_if_exists: bool = True) -> int:
        """The atom for ``name``; 0 if ``only_if_exists`` and nobody has made it."""
        if self.display is None:
            return X_NONE
        return int(self.lib.XInternAtom(self.display, name.encode(), int(only_if_exists)))

    def get_property_longs(self, window: int, prop: int, req_type: int) -> list[int] | None:
        """Read a 32-bit-format property as a list of ints, or ``None`` if absent.

        Format-32 data arrive as C longs (8 bytes on 64-bit systems), which is
        why the buffer is read as ``c_ulong`` rather than 32-bit integers.
        """
        if self.display is None or not prop:
            return None
        actual_type = Atom()
        actual_format = ctypes.c_int()
        nitems = ctypes.c_ulong()
        bytes_after = ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self.lib.XGetWindowProperty(
            self.display,
            window,
            prop,
            0,
            1024,
            0,
            req_type,
            ctypes.byref(actual_type),
            ctypes.byref(actual_format),
            ctypes.byref(nitems),
            ctypes.byref(bytes_after),
            ctypes.byref(data),
        )
        try:
            if status != SUCCESS or actual_type.value == X_NONE or actual_format.value != 32:
                return None
            if not data.value:
                return []
            array = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(array[i]) for i in range(nitems.value)]
        finally:
            if data.value:
                self.lib.XFree(data)


def open_xlib(display_name: str | None) -> XLib:
    """Open a private connection to ``display_name`` (``None`` means ``$DISPLAY``)."""
    return XLib(display_name)
