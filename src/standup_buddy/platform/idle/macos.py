"""Idle time on macOS from Quartz Event Services.

``CGEventSourceSecondsSinceLastEventType(kCGEventSourceStateCombinedSessionState,
kCGAnyInputEventType)`` returns seconds (a ``CFTimeInterval`` double) since the
last input event of any kind in the login session. It needs no accessibility
permission. The function lives in CoreGraphics, re-exported by
ApplicationServices on older systems; both are tried.
"""

from __future__ import annotations

import ctypes
import math
import sys
from collections.abc import Callable

from standup_buddy.platform.idle.base import IdleSourceUnavailable

K_CG_EVENT_SOURCE_STATE_COMBINED_SESSION_STATE = 0
# kCGAnyInputEventType is ~0 as a 32-bit CGEventType.
K_CG_ANY_INPUT_EVENT_TYPE = 0xFFFFFFFF

_FRAMEWORKS = (
    "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics",
    "/System/Library/Frameworks/ApplicationServices.framework/ApplicationServices",
)


def _load_seconds_since() -> Callable[[int, int], float]:
    if sys.platform != "darwin":
        raise IdleSourceUnavailable("Quartz event sources exist only on macOS")
    errors: list[str] = []
    for path in _FRAMEWORKS:
        try:
            lib = ctypes.CDLL(path)
            function = lib.CGEventSourceSecondsSinceLastEventType
        except (OSError, AttributeError) as exc:
            errors.append(f"{path}: {exc}")
            continue
        function.argtypes = [ctypes.c_int32, ctypes.c_uint32]
        function.restype = ctypes.c_double
        return function
    raise IdleSourceUnavailable("; ".join(errors))


class MacIdleSource:
    """Seconds since the last input event in the macOS login session."""

    name: str = "macos"

    def __init__(self, seconds_since: Callable[[int, int], float] | None = None) -> None:
        self._seconds_since = seconds_since or _load_seconds_since()
        self.last_error = ""

    def idle_seconds(self) -> float | None:
        """The combined-session idle time; ``None`` if the answer makes no sense."""
        value = float(
            self._seconds_since(
                K_CG_EVENT_SOURCE_STATE_COMBINED_SESSION_STATE, K_CG_ANY_INPUT_EVENT_TYPE
            )
        )
        if math.isnan(value) or value < 0:
            self.last_error = f"unexpected reading {value!r}"
            return None
        self.last_error = ""
        return value

    def close(self) -> None:
        """Nothing to release."""
