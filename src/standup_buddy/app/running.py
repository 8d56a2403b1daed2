"""The running app: builds it from its parts and wires them (the composition root).

Only this package creates the real clock, the timers, the platform probes and
the windows; its other modules each own one job (see ``app/__init__``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import random
import signal
import socket
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, QSocketNotifier
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from standup_buddy import APP_ID, APP_NAME, __version__
from standup_buddy.app.break_planning import local_today
from standup_buddy.app.checkin import CheckInPresenter
from standup_buddy.app.controller import Controller
from standup_buddy.app.ipc_commands import IpcCommands
from standup_buddy.app.probes import Probes
from standup_buddy.app.routine_reminder import RoutineReminder
from standup_buddy.app.wellbeing import offer_gnome_wellbeing
from standup_buddy.app.windows import WindowTable, window_factories
from standup_buddy.clock import AppClock, local_utc_offset
from standup_buddy.controller_base import Window
from standup_buddy.ipc_server import IpcServer, claim_instance
from standup_buddy.messages import MessageCenter, Severity, setup_logging
from standup_buddy.platform.paths import Paths
from standup_buddy.settings import load_settings
from standup_buddy.storage.database import APP_BUSY_TIMEOUT_S, DatabaseError, open_history
from standup_buddy.storage.history import HistoryStore

log = logging.getLogger(__name__)
FIRST_RUN_KEY = "first_run_seen"


def run_app(paths: Paths, *, speed: int = 1) -> int:
    """Start the tray app (or hand over to the running one); returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)

    # One instance per user and data folder: the instance lock is taken before
    # the socket exists; a second start hands over to the running one and
    # leaves with 0 (SPEC section 5).
    claim = claim_instance(paths.runtime_name, {"cmd": "activate"})
    if claim.server is None:
        if claim.reply is not None and claim.reply.get("ok"):
            print("Standup Buddy is already running: its Progress window was opened.")
            return 0
        reason = claim.error or (claim.reply or {}).get("error", "no answer")
        print(f"standup-buddy: another Standup Buddy is running but did not answer: {reason}",
              file=sys.stderr)
        return 0 if claim.error is None else 1

    running = RunningApp(app, paths, speed=speed, ipc=claim.server)
    running.start()
    code = app.exec()
    running.stop()
    return code


def _app_clock(speed: float) -> AppClock:
    """The app clock; ``STANDUP_BUDDY_SPEED_EPOCH`` lets demo copies share one fast timeline.

    Under ``--speed`` each copy's time runs fast from its own start, so two
    copies (two homes, one sync folder) would disagree about the time; given
    the same real epoch (UTC seconds) they agree.
    """
    import time

    epoch = os.environ.get("STANDUP_BUDDY_SPEED_EPOCH", "").strip()
    if speed == 1 or not epoch:
        return AppClock(speed=speed)
    try:
        wall0 = float(epoch)
    except ValueError:
        return AppClock(speed=speed)
    return AppClock(speed=speed, _mono0=time.monotonic() - (time.time() - wall0), _wall0=wall0)


class RunningApp(QObject):
    """Everything one running instance owns."""

    def __init__(
        self, app: QApplication, paths: Paths, *, speed: int = 1, ipc: IpcServer | None = None
    ) -> None:
        super().__init__()
        self.app = app
        self.paths = paths
        self.speed = speed
        self.messages = MessageCenter()
        setup_logging(paths.log_dir)
        log.info("Standup Buddy %s starting (speed %s)", __version__, speed)
        self.clock = _app_clock(float(speed))
        icon = _app_icon()
        if icon is not None:
            app.setWindowIcon(icon)

        loaded = load_settings(paths.settings_file, dt.datetime.now())
        for problem in loaded.problems:
            self.messages.report(
                Severity.WARNING,
                "Settings file",
                str(problem),
                key=f"settings:{problem.key}:{problem.message}",
            )
        self.settings_unknown = loaded.unknown
        # Before any window exists: every widget is built in this language.
        from standup_buddy.i18n.qt import install_language

        self.language = install_language(app, str(loaded.settings["ui.language"]))

        self._recovered: list[Any] = []
        self.store = self._open_store()
        # The stretch content follows the interface language as resolved above,
        # so the card's words and its labels never disagree.
        from standup_buddy.stretches.content_language import content_language

        self.content_language = content_language(self.language.language)
        self.catalog, self.rotation = self._load_stretches()
        probes = self._probes()
        from standup_buddy.sync_qt import open_sync

        self.sync, self._sync_bridge = open_sync(paths, self)
        self.controller = Controller(
            paths=paths,
            settings=loaded.settings,
            unknown_settings=loaded.unknown,
            clock=self.clock,
            probes=probes,
            store=self.store,
            messages=self.messages,
            rotation=self.rotation,
            save_rotation=self._save_rotation,
            sync=self.sync,
            recovered=self._recovered,
            parent=self,
        )
        self._sync_bridge.arrived.connect(self.controller.wake)
        self._rotation_follower: Any = None
        if self.sync is not None:
            from standup_buddy.sync_link import RotationFollower

            self._rotation_follower = RotationFollower(self.sync)
            self._sync_bridge.arrived.connect(self._follow_rotation)
        self.windows = WindowTable(window_factories(self))
        self.controller.open_window.connect(self.open_window)
        # The server is claimed (locked and listening) before start-up begins.
        self.ipc = ipc if ipc is not None else IpcServer(paths.runtime_name, parent=self)
        self.ipc.setParent(self)
        self.commands = IpcCommands(self.controller, self.open_window)
        self.ipc.set_handler(self.commands.answer)
        self._session_watch: Any = None
        self._signal_notifier: QSocketNotifier | None = None
        self.tray: Any = None
        self.presenter: Any = None
        self.checkin = CheckInPresenter(
            self.controller, store=lambda: self.store, clock=self.clock, today=self.today,
            windows=self.windows, parent=self,
        )
        self.routine_reminder = RoutineReminder(
            self.controller, store=lambda: self.store, clock=self.clock, today=self.today,
            tray=lambda: self.tray, parent=self,
        )

    # --- start and stop ---------------------------------------------------------

    @staticmethod
    def _composited() -> bool:
        """Asked when a card opens: a compositor can start or stop at any time."""
        from PySide6.QtGui import QGuiApplication

        from standup_buddy.platform.compositor import compositor_running

        return compositor_running(QGuiApplication.platformName())

    def start(self) -> None:
        """Show the tray, start listening and tracking."""
        from standup_buddy.platform.notify import Notifier
        from standup_buddy.ui.break_flow import BreakPresenter
        from standup_buddy.ui.tray import TrayController

        self.controller.start()
        self._tray_watch: Any = None
        tray_available: bool | None = None
        if sys.platform not in {"win32", "darwin"}:
            from standup_buddy.platform.tray_watch import TrayWatch

            # The watch decides when Qt may first look for a tray (see there).
            self._tray_watch = TrayWatch(parent=self)
            tray_available = self._tray_watch.available
        self.tray = TrayController(
            self.controller, self.messages, tray_available=tray_available, parent=self
        )
        self.tray.show()
        if self._tray_watch is not None:
            self._tray_watch.changed.connect(self.tray.set_tray_available)
        if not self.tray.has_tray:
            self.messages.report(
                Severity.WARNING,
                "No system tray",
                "This desktop has no system tray, so Standup Buddy shows a small status "
                "window instead. Run 'standup-buddy doctor' for details.",
                key="no-tray",
            )
        self.presenter = BreakPresenter(
            self.controller,
            self.catalog,
            # On free desktops the fallback is the app's own reminder (the
            # presenter shows it when no notification server answers).
            notifier=Notifier(
                fallback=self.tray.show_message if sys.platform in {"win32", "darwin"} else None,
                parent=self,
            ),
            tray=self.tray,
            idle_seconds=self._idle_reader.idle_seconds,
            composited=self._composited,
            parent=self,
        )
        if not self._listen():
            self.messages.report(
                Severity.WARNING,
                "Remote control unavailable",
                "The local socket could not be opened: 'standup-buddy status' and friends "
                "will not reach this instance (see the log).",
                key="ipc",
            )
        self._watch_session()
        self._handle_signals()
        self.app.aboutToQuit.connect(self.stop)
        # Logging out: the session manager asks to save first and may end the
        # process without a quit, so history is written up to this instant.
        self.app.commitDataRequest.connect(lambda _manager: self.controller.checkpoint())
        if self.speed > 1:
            self.messages.report(
                Severity.INFO,
                f"Running {self.speed}× faster",
                f"Every duration runs {self.speed} times faster, and history is dated on this "
                "faster clock. Use STANDUP_BUDDY_HOME to keep a demo apart from your history.",
                key="speed",
            )
        self._first_run()
        offer_gnome_wellbeing(self.store, self.messages, self.windows)

    def _listen(self) -> bool:
        try:
            return bool(self.ipc.listen())
        except OSError:
            log.exception("cannot listen on the local socket")
            return False

    def stop(self) -> None:
        """Close the running interval and the socket (idempotent)."""
        self.controller.shutdown()
        self.ipc.close()
        self.messages.flush_repeats()
        # Wayland connections must be closed before exit: pywayland frees its
        # proxies in garbage-collection order otherwise, which can crash.
        for probe in (getattr(self, "_fullscreen", None), getattr(self, "_idle_reader", None)):
            if probe is not None:
                probe.close()
        if self.store is not None:
            with contextlib.suppress(Exception):  # already closed
                self.store.close()
            self.store = None

    # --- parts --------------------------------------------------------------------

    def _open_store(self) -> HistoryStore | None:
        try:
            # A short busy wait: another program's lock must not hold up the tray;
            # writes it blocks wait in memory (HistoryStore).
            conn, salvage = open_history(self.paths.history_db, timeout=APP_BUSY_TIMEOUT_S)
            if salvage is not None:
                self.messages.report(
                    Severity.WARNING, "History file repaired", salvage.message(), key="db-damaged"
                )
            store = HistoryStore(conn, offset_at=local_utc_offset)
            closed = store.close_dangling()
            self._recovered = closed
            if closed:
                log.info("closed %d interval(s) left open by the last run", len(closed))
            return store
        except DatabaseError as exc:
            self.messages.report(
                Severity.ERROR,
                "History unavailable",
                f"{exc} Standup Buddy keeps reminding you, but nothing is saved this session.",
                key="db-open",
            )
            return None

    def _load_stretches(self) -> tuple[Any, Any]:
        from standup_buddy.core.rotation import StretchRotation
        from standup_buddy.stretches.catalog import load_catalog
        from standup_buddy.stretches.rotation_store import load_rotation

        catalog = load_catalog(self.paths, language=self.content_language)
        config, state, problems = load_rotation(self.paths, catalog)
        for problem in [*catalog.problems, *problems]:
            self.messages.report(
                Severity.WARNING, "Stretch file skipped", str(problem), key=f"stretch:{problem}"
            )
        return catalog, StretchRotation(catalog.by_id(), config, state, random.Random())

    def _save_rotation(self) -> None:
        from standup_buddy.stretches.rotation_store import save_rotation

        save_rotation(self.paths, self.rotation.config, self.rotation.state)
        follower = getattr(self, "_rotation_follower", None)
        if follower is not None:
            from standup_buddy.core.rotation import config_to_dict, state_to_dict

            wall = self.clock.wall()
            data = {
                "config": config_to_dict(self.rotation.config),
                "state": state_to_dict(self.rotation.state),
            }
            follower.saved(data, wall, self.clock.utc_offset())

    def _follow_rotation(self) -> None:
        """Use the rotation another computer saved later than this one (sync folder)."""
        data = self._rotation_follower.newer()
        if data is None:
            return
        from standup_buddy.core.rotation import StretchRotation, config_from_dict, state_from_dict
        from standup_buddy.stretches.rotation_store import save_rotation

        # Stretches only the other computer has (its own files) are left out here.
        config, _unknown = config_from_dict(
            data.get("config"), known_ids=self.catalog.ids, origin="sync folder"
        )
        if not config.entries:
            return  # nothing this computer knows: keep its own
        state = state_from_dict(data.get("state"))
        self.rotation = StretchRotation(
            self.catalog.by_id(), config.with_all(self.catalog.ids), state, random.Random()
        )
        self.controller.set_rotation(self.rotation)
        try:
            save_rotation(self.paths, self.rotation.config, self.rotation.state)
        except OSError:
            log.warning("could not save the rotation from the sync folder")

    def _probes(self) -> Probes:
        from standup_buddy.platform.fullscreen import FullscreenDetector
        from standup_buddy.platform.idle.select import select_idle_source
        from standup_buddy.platform.meetings import MeetingDetector

        selection = select_idle_source()
        self._idle_reader = selection.source
        log.info("idle source: %s", selection.source.name)
        if selection.source.name == "none":
            reasons = "; ".join(f"{r.name}: {r.reason}" for r in selection.rejected) or "none"
            self.messages.report(
                Severity.WARNING,
                "No idle detection",
                "Standup Buddy cannot see keyboard and mouse activity on this desktop, so it "
                "counts all the time it runs as sitting; use Take a break now when you get up. "
                f"({reasons})",
                key="no-idle",
            )
        self._fullscreen = FullscreenDetector()
        return Probes(
            idle=selection.source, meetings=MeetingDetector(), fullscreen=self._fullscreen
        )

    def _watch_session(self) -> None:
        try:
            from standup_buddy.platform.session_watch import SessionWatch

            watch = SessionWatch(self)
        except Exception:  # no bus at all: lock/suspend fall back to clock jumps
            log.exception("lock and suspend signals unavailable")
            return
        watch.locked_changed.connect(self.controller.set_locked)
        watch.sleeping_changed.connect(self.controller.set_sleeping)
        self._session_watch = watch

    def _handle_signals(self) -> None:
        """Quit cleanly on SIGTERM/SIGINT without a polling timer (wake-up fd)."""
        if sys.platform == "win32":
            return
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        signal.set_wakeup_fd(writer.fileno())
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: None)
        notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)

        def drain() -> None:
            with contextlib.suppress(OSError):
                reader.recv(64)
            self.controller.quit()

        notifier.activated.connect(drain)
        self._signal_notifier = notifier
        self._signal_sockets = (reader, writer)

    def _first_run(self) -> None:
        if self.store is None or self.store.get_state(FIRST_RUN_KEY) is not None:
            return
        try:
            self.store.set_state(FIRST_RUN_KEY, dt.datetime.now().astimezone().isoformat())
        except DatabaseError:
            return
        if os.environ.get("STANDUP_BUDDY_NO_WELCOME"):
            return
        self.open_window(Window.SETUP)

    def today(self) -> dt.date:
        """Today on the app clock."""
        return local_today(self.clock)

    # --- windows --------------------------------------------------------------------

    def open_window(self, name: Window | str) -> None:
        """Open (or raise) one of the app's windows."""
        self.windows.open(name)

    def reload_stretches(self, config: Any) -> None:
        """The editor changed the rotation or the catalog: use it from the next break."""
        from standup_buddy.core.rotation import StretchRotation
        from standup_buddy.stretches.catalog import load_catalog

        self.catalog = load_catalog(self.paths, language=self.content_language)
        self.rotation = StretchRotation(
            self.catalog.by_id(), config, self.rotation.state, random.Random()
        )
        self.controller.set_rotation(self.rotation)
        if self.presenter is not None:
            self.presenter.set_catalog(self.catalog)

    def apply_setup(self, settings: Any, config: Any) -> None:
        """The setup wizard's answers: settings and the chosen stretches."""
        self.controller.apply_settings(settings)
        self.reload_stretches(config)
        self._save_rotation()


def _content_language(settings: Any) -> str:
    """The language of the stretch content: the UI's (``ui.language``, else the system's)."""
    from PySide6.QtCore import QLocale

    from standup_buddy.stretches.content_language import content_language

    try:
        setting = settings.get_str("ui.language")
    except KeyError:  # a build without the language setting follows the system
        setting = ""
    return content_language(setting, QLocale.system().uiLanguages())


def _app_icon() -> QIcon | None:
    """The window icon from the PNG sizes shipped for the desktop file.

    Not the SVG: that would load QtSvg and its icon engine (about 2 MiB that
    stay) at start-up for an icon no idle tray ever shows. QIcon reads each
    PNG only when a window first asks for that size.
    """
    hicolor = Path(__file__).parent.parent / "assets" / "icons" / "hicolor"
    icon = QIcon()
    for png in sorted(hicolor.glob(f"*/apps/{APP_ID}.png")):
        side = int(png.parent.parent.name.partition("x")[0])
        icon.addFile(str(png), QSize(side, side))
    return None if icon.isNull() else icon
