"""``standup-buddy doctor``: what this machine lets the app see, in one report.

Each row is (label, value). The checks are the ones the app itself uses, run
once, so the report shows what the app would really get: which idle source won
and why the others lost, whether lock and suspend are signalled, what meeting
and fullscreen detection can see, whether there is a system tray, and where
files live. Everything has short timeouts; the whole report takes well under
a second.
"""

from __future__ import annotations

import importlib.util
import os
import platform as platform_module
import shutil
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from standup_buddy.platform.paths import Paths
from standup_buddy.textfmt import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from standup_buddy.platform.idle.select import IdleFactory
    from standup_buddy.platform.meetings import MeetingDetector

Row = tuple[str, str]

# Keeps an application the report had to create alive for the process.
_created_app: QCoreApplication | None = None


def _platform_argument(environ: Mapping[str, str], plat: str) -> list[str]:
    """A Qt platform list ending in ``offscreen`` so a dead display cannot abort us."""
    if environ.get("QT_QPA_PLATFORM") or plat in {"win32", "darwin"}:
        return []
    if environ.get("WAYLAND_DISPLAY"):
        return ["-platform", "wayland;xcb;offscreen"]
    if environ.get("DISPLAY"):
        return ["-platform", "xcb;offscreen"]
    return ["-platform", "offscreen"]


def ensure_qt_application(environ: Mapping[str, str], plat: str) -> QCoreApplication:
    """The running Qt application, or a new QApplication (needed for tray and D-Bus)."""
    global _created_app
    from PySide6.QtCore import QCoreApplication

    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    from PySide6.QtWidgets import QApplication

    _created_app = QApplication(["standup-buddy", *_platform_argument(environ, plat)])
    return _created_app


def _platform_rows(environ: Mapping[str, str], plat: str) -> list[Row]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from standup_buddy.platform.idle.select import is_gnome, session_type

    rows = [
        ("Platform", f"{platform_module.platform()} ({plat})"),
        ("Python", sys.version.split()[0]),
        ("Qt", f"{qVersion()} (PySide6 {pyside_version})"),
    ]
    if plat not in {"win32", "darwin"}:
        declared = environ.get("XDG_SESSION_TYPE", "") or "unset"
        desktop = environ.get("XDG_CURRENT_DESKTOP", "") or "unset"
        gnome = " (GNOME family)" if is_gnome(environ) else ""
        rows += [
            ("Session type", f"{session_type(environ) or 'unknown'} (XDG_SESSION_TYPE={declared})"),
            ("Desktop", f"{desktop}{gnome}"),
        ]
    return rows


def _idle_detail(source: object) -> list[Row]:
    """The protocol a source speaks, where it says (``describe()``)."""
    describe = getattr(source, "describe", None)
    detail = describe() if callable(describe) else ""
    return [("Idle protocol", str(detail))] if detail else []


def _idle_rows(
    environ: Mapping[str, str], plat: str, factories: Mapping[str, IdleFactory] | None
) -> list[Row]:
    from standup_buddy.platform.idle.select import select_idle_source

    selection = select_idle_source(environ, plat, factories=factories)
    try:
        rows = [
            ("Idle source", selection.source.name),
            *_idle_detail(selection.source),
            ("Idle now", f"{selection.reading:.1f} s"),
            ("Idle order", " > ".join(selection.candidates)),
        ]
        rejected = [f"{r.name}: {r.reason}" for r in selection.rejected]
        rows.append(("Idle rejected", "\n".join(rejected) if rejected else "none"))
        if selection.source.name == "none":
            rows.append(
                (
                    "Idle note",
                    "no idle source: sitting counts while the app runs; mark breaks by hand",
                )
            )
        return rows
    finally:
        selection.source.close()


def _session_rows() -> list[Row]:
    from standup_buddy.platform.session_watch import SessionWatch

    watch = SessionWatch(query_initial_state=False)
    try:
        lock, sleep = watch.describe()
    finally:
        watch.deleteLater()
    return [("Lock signal", lock), ("Suspend signal", sleep)]


def _meeting_rows(plat: str, detector: MeetingDetector | None) -> list[Row]:
    from standup_buddy.platform.meetings import MeetingDetector

    meetings = detector or MeetingDetector(platform=plat, command_timeout=0.5)
    state = meetings.check()

    def show(value: bool | None) -> str:
        return "unknown" if value is None else ("in use" if value else "not in use")

    return [
        ("Meeting: camera", show(state.camera)),
        ("Meeting: microphone", show(state.microphone)),
        (
            "Meeting: idle inhibitor",
            "unknown" if state.inhibited is None else ("yes" if state.inhibited else "no"),
        ),
        ("Meeting: now", "in a call" if state.in_meeting else "not in a call"),
        ("Meeting: detail", state.detail.replace("; ", "\n")),
    ]


def _fullscreen_rows(environ: Mapping[str, str], plat: str) -> list[Row]:
    from standup_buddy.platform.fullscreen import FullscreenDetector

    detector = FullscreenDetector(environ, plat)
    try:
        now = detector.is_fullscreen()
        method = detector.method if detector.available else detector.reason
        shown = "unknown" if now is None else ("yes" if now else "no")
        return [("Fullscreen detection", method), ("Fullscreen now", shown)]
    finally:
        detector.close()


def _tray_rows(app: QCoreApplication, environ: Mapping[str, str], plat: str) -> list[Row]:
    from PySide6.QtGui import QGuiApplication

    if not isinstance(app, QGuiApplication):
        return [("System tray", "unknown (no GUI application)")]
    from PySide6.QtWidgets import QSystemTrayIcon

    available = QSystemTrayIcon.isSystemTrayAvailable()
    kinds = tray_kinds(environ) if plat not in {"win32", "darwin"} else []
    if available:
        shown = "available" + (f": {', '.join(kinds)}" if kinds else "")
    else:
        shown = "not available: the app shows a small window instead"
        if kinds:
            shown += f" ({', '.join(kinds)} found, but Qt cannot use it)"
    return [("Qt platform", QGuiApplication.platformName()), ("System tray", shown)]


def tray_kinds(environ: Mapping[str, str]) -> list[str]:
    """Which trays answer: XEmbed (the X11 selection has an owner), StatusNotifierItem."""
    kinds: list[str] = []
    display = environ.get("DISPLAY", "")
    from PySide6.QtGui import QGuiApplication

    if display and QGuiApplication.platformName() == "xcb":
        try:
            from standup_buddy.platform.tray_watch import XSelectionWatch

            watch = XSelectionWatch(display, "_NET_SYSTEM_TRAY_S0")
        except OSError:
            pass
        else:
            if watch.owned():
                kinds.append("XEmbed (_NET_SYSTEM_TRAY_S0 has an owner)")
            watch.close()
    try:
        from standup_buddy.platform.idle.dbus import get_property, session_bus
        from standup_buddy.platform.session_watch import has_owner
        from standup_buddy.platform.tray_watch import SNI_WATCHER

        bus = session_bus()
        if has_owner(bus, SNI_WATCHER):
            try:
                host = bool(get_property(bus, SNI_WATCHER, "/StatusNotifierWatcher", SNI_WATCHER,
                                         "IsStatusNotifierHostRegistered"))
            except Exception:  # an old watcher without the property
                host = False
            kinds.append(
                f"StatusNotifierItem ({SNI_WATCHER}, host {'registered' if host else 'missing'})"
            )
    except Exception:  # no session bus
        pass
    return kinds


def _notification_rows(environ: Mapping[str, str], plat: str) -> list[Row]:
    if plat in {"win32", "darwin"}:
        return [("Notifications", notification_backend(environ, plat))]
    try:
        from standup_buddy.platform.fdo_notify import FreedesktopNotifications
        from standup_buddy.platform.idle.dbus import session_bus

        server = FreedesktopNotifications(session_bus())
    except Exception as exc:  # no session bus
        return [("Notifications", f"none -> the app's own reminder window ({exc})")]
    try:
        if server.probe(auto_start=False):
            return [("Notifications", "freedesktop D-Bus: " + server.describe())]
        return [("Notifications",
                 f"none -> the app's own reminder window (no server answers: {server.error})")]
    finally:
        server.deleteLater()


def notification_backend(environ: Mapping[str, str], plat: str) -> str:
    """Which plyer backend would deliver desktop notifications, without sending one.

    Mirrors plyer's own choice but never imports the backend, because plyer
    warns (and may print) when it falls back.
    """
    fallback = "none -> tray messages"
    if importlib.util.find_spec("plyer") is None:
        return f"{fallback} (plyer not installed)"
    if plat == "win32":
        return "plyer: Windows balloon tip"
    if plat == "darwin":
        if importlib.util.find_spec("pyobjus") is not None:
            return "plyer: macOS Notification Center (pyobjus)"
        return f"{fallback} (plyer needs pyobjus on macOS)"
    if Path("/app").is_dir():
        return "plyer: xdg-desktop-portal (Flatpak)"
    if importlib.util.find_spec("dbus") is not None:
        return "plyer: D-Bus (dbus-python)"
    if shutil.which("notify-send", path=environ.get("PATH")):
        return "plyer: notify-send"
    return f"{fallback} (no dbus-python, no notify-send)"


def _wellbeing_row(environ: Mapping[str, str]) -> str:
    from standup_buddy.platform.gnome_wellbeing import SCHEMA, default_runner, read_wellbeing

    state = read_wellbeing(default_runner(environ))
    if state is None:
        return f"not present (no {SCHEMA} settings: GNOME before 48, or not GNOME)"
    if state.movement_on:
        return state.describe() + ": you would be prompted twice; the app offers to switch them off"
    return state.describe()


def _break_effect_rows(environ: Mapping[str, str], plat: str) -> list[Row]:
    """Do Not Disturb, media and screen lock: what a break can see and do."""
    from standup_buddy.platform.dnd import DoNotDisturb
    from standup_buddy.platform.media import describe_media
    from standup_buddy.platform.screen_lock import ScreenLocker

    # gsettings needs the real environment (its bus, its config folder).
    dnd = DoNotDisturb(environ={**os.environ, **environ}, plat=plat)
    return [
        ("Do not disturb", dnd.describe()),
        ("Media in breaks", describe_media(plat)),
        ("Screen lock", ScreenLocker(plat=plat).describe()),
    ]


def _path_rows(paths: Paths) -> list[Row]:
    def show(path: Path) -> str:
        return f"{path} ({'exists' if path.exists() else 'not yet created'})"

    return [
        ("Config folder", show(paths.config_dir)),
        ("Data folder", show(paths.data_dir)),
        ("Settings file", show(paths.settings_file)),
        ("Stretches folder", show(paths.stretches_dir)),
        ("Database", show(paths.history_db)),
    ]


def collect_report(
    paths: Paths,
    *,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    idle_factories: Mapping[str, IdleFactory] | None = None,
    meeting_detector: MeetingDetector | None = None,
) -> list[Row]:
    """Run every check once and return the report rows, in display order."""
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    app = ensure_qt_application(env, plat)
    rows: list[Row] = []
    rows += _platform_rows(env, plat)
    rows += _idle_rows(env, plat, idle_factories)
    rows += _session_rows()
    rows += _meeting_rows(plat, meeting_detector)
    rows += _fullscreen_rows(env, plat)
    rows += _tray_rows(app, env, plat)
    rows += _notification_rows(env, plat)
    rows += _break_effect_rows(env, plat)
    if plat not in {"win32", "darwin"}:
        rows.append(("GNOME Wellbeing", _wellbeing_row(env)))
    rows += _path_rows(paths)
    return rows


def format_report(rows: list[Row], translate: Callable[[str], str] | None = None) -> str:
    """Align labels and indent continuation lines of multi-line values.

    ``translate`` gives a label in the reader's language; the values stay as the
    system reports them (names, paths, protocols), so a report pasted into a
    bug stays searchable.
    """
    shown = [((translate or str)(label), value) for label, value in rows]
    width = max((_columns(label) for label, _ in shown), default=0) + 2
    lines: list[str] = []
    for label, value in shown:
        first, *rest = value.splitlines() or [""]
        fill = " " * (width - _columns(label) - 1)
        lines.append(f"{label}:{fill}{first}")
        lines.extend(" " * width + more for more in rest)
    return "\n".join(lines) + "\n"


def _columns(text: str) -> int:
    """Terminal columns ``text`` takes: wide (CJK) characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


#: Every row label, marked for the catalog: ``doctor`` prints them in the
#: reader's language (a test keeps this list complete).
LABELS = (
    QT_TRANSLATE_NOOP("Doctor", "Platform"),
    QT_TRANSLATE_NOOP("Doctor", "Python"),
    QT_TRANSLATE_NOOP("Doctor", "Qt"),
    QT_TRANSLATE_NOOP("Doctor", "Session type"),
    QT_TRANSLATE_NOOP("Doctor", "Desktop"),
    QT_TRANSLATE_NOOP("Doctor", "Idle protocol"),
    QT_TRANSLATE_NOOP("Doctor", "Idle source"),
    QT_TRANSLATE_NOOP("Doctor", "Idle now"),
    QT_TRANSLATE_NOOP("Doctor", "Idle order"),
    QT_TRANSLATE_NOOP("Doctor", "Idle rejected"),
    QT_TRANSLATE_NOOP("Doctor", "Idle note"),
    QT_TRANSLATE_NOOP("Doctor", "Lock signal"),
    QT_TRANSLATE_NOOP("Doctor", "Suspend signal"),
    QT_TRANSLATE_NOOP("Doctor", "Meeting: camera"),
    QT_TRANSLATE_NOOP("Doctor", "Meeting: microphone"),
    QT_TRANSLATE_NOOP("Doctor", "Meeting: idle inhibitor"),
    QT_TRANSLATE_NOOP("Doctor", "Meeting: now"),
    QT_TRANSLATE_NOOP("Doctor", "Meeting: detail"),
    QT_TRANSLATE_NOOP("Doctor", "Fullscreen detection"),
    QT_TRANSLATE_NOOP("Doctor", "Fullscreen now"),
    QT_TRANSLATE_NOOP("Doctor", "System tray"),
    QT_TRANSLATE_NOOP("Doctor", "Qt platform"),
    QT_TRANSLATE_NOOP("Doctor", "Notifications"),
    QT_TRANSLATE_NOOP("Doctor", "Do not disturb"),
    QT_TRANSLATE_NOOP("Doctor", "Media in breaks"),
    QT_TRANSLATE_NOOP("Doctor", "Screen lock"),
    QT_TRANSLATE_NOOP("Doctor", "Config folder"),
    QT_TRANSLATE_NOOP("Doctor", "Data folder"),
    QT_TRANSLATE_NOOP("Doctor", "Settings file"),
    QT_TRANSLATE_NOOP("Doctor", "Stretches folder"),
    QT_TRANSLATE_NOOP("Doctor", "Database"),
    QT_TRANSLATE_NOOP("Doctor", "GNOME Wellbeing"),
)
