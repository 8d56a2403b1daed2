"""Pick the best idle source that works on this machine.

Order (first that gives a real reading wins):

* Windows: ``windows`` (GetLastInputInfo).
* macOS: ``macos`` (Quartz event source).
* Linux and other Unix, by session type (``XDG_SESSION_TYPE``, else
  ``WAYLAND_DISPLAY`` / ``DISPLAY``):

  - Wayland on GNOME: ``gnome-mutter``, then ``freedesktop-screensaver``,
    then ``wayland`` (Mutter offers no idle protocol to clients today, but
    may one day).
  - Wayland elsewhere: ``wayland`` (the compositor's ``ext-idle-notify-v1``
    or ``org_kde_kwin_idle``: KDE Plasma, sway and other wlroots desktops),
    then ``freedesktop-screensaver``, then ``gnome-mutter`` (Mutter-based
    shells such as Budgie or Pantheon answer it).
    libXss is never tried on Wayland: through XWayland it would only see
    input sent to X clients and report the user idle while they type in a
    Wayland window.
  - X11 (or unknown): ``x11`` (libXss), then ``gnome-mutter``, then
    ``freedesktop-screensaver``.

* Always last: ``none`` (:class:`NoIdleSource`): the user counts as present
  while the app runs and marks breaks by hand.

A candidate is only chosen after it returned a reading; every rejected one is
kept with its reason so ``doctor`` can show why.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from standup_buddy.platform.idle.base import IdleSource, IdleSourceUnavailable, NoIdleSource

IdleFactory = Callable[[Mapping[str, str]], IdleSource]


@dataclass(frozen=True, slots=True)
class Rejection:
    """A candidate that was not chosen, and why."""

    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class IdleSelection:
    """The chosen source, the first reading it gave, and the rejected candidates."""

    source: IdleSource
    reading: float
    candidates: tuple[str, ...]
    rejected: tuple[Rejection, ...] = field(default=())


def session_type(environ: Mapping[str, str]) -> str:
    """``"wayland"``, ``"x11"`` or ``""`` (unknown) for a Unix graphical session."""
    declared = environ.get("XDG_SESSION_TYPE", "").strip().lower()
    if declared in {"wayland", "x11"}:
        return declared
    if environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    if environ.get("DISPLAY"):
        return "x11"
    return ""


def is_gnome(environ: Mapping[str, str]) -> bool:
    """True on GNOME and its re-brandings (``XDG_CURRENT_DESKTOP=ubuntu:GNOME``...)."""
    desktops = environ.get("XDG_CURRENT_DESKTOP", "").lower().split(":")
    if "gnome" in desktops or "gnome-classic" in desktops:
        return True
    return "gnome" in environ.get("DESKTOP_SESSION", "").lower()


def candidate_names(environ: Mapping[str, str], platform: str) -> list[str]:
    """The candidates to try, best first, not counting the final ``none``."""
    if platform == "win32":
        return ["windows"]
    if platform == "darwin":
        return ["macos"]
    kind = session_type(environ)
    if kind == "wayland":
        if is_gnome(environ):
            return ["gnome-mutter", "freedesktop-screensaver", "wayland"]
        return ["wayland", "freedesktop-screensaver", "gnome-mutter"]
    return ["x11", "gnome-mutter", "freedesktop-screensaver"]


def _x11(environ: Mapping[str, str]) -> IdleSource:
    from standup_buddy.platform.idle.x11 import X11IdleSource

    return X11IdleSource(environ.get("DISPLAY"))


def _wayland(environ: Mapping[str, str]) -> IdleSource:
    from standup_buddy.platform.idle.wayland import WaylandIdleSource

    return WaylandIdleSource(environ)


def _mutter(_environ: Mapping[str, str]) -> IdleSource:
    from standup_buddy.platform.idle.dbus import mutter_idle_source

    return mutter_idle_source()


def _freedesktop(_environ: Mapping[str, str]) -> IdleSource:
    from standup_buddy.platform.idle.dbus import freedesktop_idle_source

    return freedesktop_idle_source()


def _windows(_environ: Mapping[str, str]) -> IdleSource:
    from standup_buddy.platform.idle.windows import WindowsIdleSource

    return WindowsIdleSource()


def _macos(_environ: Mapping[str, str]) -> IdleSource:
    from standup_buddy.platform.idle.macos import MacIdleSource

    return MacIdleSource()


DEFAULT_FACTORIES: Mapping[str, IdleFactory] = {
    "windows": _windows,
    "macos": _macos,
    "x11": _x11,
    "wayland": _wayland,
    "gnome-mutter": _mutter,
    "freedesktop-screensaver": _freedesktop,
}


def _probe(factory: IdleFactory, environ: Mapping[str, str]) -> tuple[IdleSource, float] | str:
    """Open and read one candidate: the source if it works, else why not."""
    try:
        source = factory(environ)
    except IdleSourceUnavailable as exc:
        return str(exc) or "unavailable"
    except (ImportError, OSError, AttributeError, ValueError, RuntimeError) as exc:
        # A missing or odd system library must never stop the app; the
        # reason is kept for ``doctor``.
        return f"{type(exc).__name__}: {exc}"
    try:
        reading = source.idle_seconds()
    except (OSError, AttributeError, ValueError, RuntimeError) as exc:
        source.close()
        return f"first reading failed: {type(exc).__name__}: {exc}"
    if reading is None:
        reason = getattr(source, "last_error", "") or "gave no reading"
        source.close()
        return reason
    return source, reading


def select_idle_source(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    *,
    factories: Mapping[str, IdleFactory] | None = None,
) -> IdleSelection:
    """Try the candidates in order and return the first that reads, with the rejections."""
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    table = DEFAULT_FACTORIES if factories is None else factories
    names = candidate_names(env, plat)
    rejected: list[Rejection] = []
    for name in names:
        factory = table.get(name)
        if factory is None:
            rejected.append(Rejection(name, "not available in this build"))
            continue
        outcome = _probe(factory, env)
        if isinstance(outcome, str):
            rejected.append(Rejection(name, outcome))
            continue
        source, reading = outcome
        return IdleSelection(
            source=source,
            reading=reading,
            candidates=(*names, "none"),
            rejected=tuple(rejected),
        )
    fallback = NoIdleSource()
    return IdleSelection(
        source=fallback,
        reading=fallback.idle_seconds(),
        candidates=(*names, "none"),
        rejected=tuple(rejected),
    )


def choose_idle_source(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    *,
    factories: Mapping[str, IdleFactory] | None = None,
) -> IdleSource:
    """The best working idle source for this session (``NoIdleSource`` at worst)."""
    return select_idle_source(environ, platform, factories=factories).source
