"""The running app: builds it from its parts and wires them (the composition root).

Only this package creates the real clock, the timers, the platform probes and
the windows; its other modules each own one job (see ``app/__init__``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import signal
import socket
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from standup_buddy import __version__
from standup_buddy.app.break_planning import local_today
from standup_buddy.app.checkin import CheckInPresenter
from standup_buddy.app.controller import Controller
from standup_buddy.app.early_tray import EarlyTray
from standup_buddy.app.ipc_commands import IpcCommands
from standup_buddy.app.probes import Probes
from standup_buddy.app.routine_reminder import RoutineReminder
from standup_buddy.app.wellbeing import offer_gnome_wellbeing
from standup_buddy.app.windows import WindowTable, window_factories
from standup_buddy.clock import AppClock, local_utc_offset
from standup_buddy.controller_base import Window
from standup_buddy.core.problem import Problem
from standup_buddy.ipc_server import IpcServer
from standup_buddy.messages import MessageCenter, Severity, setup_logging
from standup_buddy.platform.paths import Paths
from standup_buddy.services.history import HistoryService
from standup_buddy.services.stretch_holder import RotationHolder
from standup_buddy.settings import Settings, load_settings
from standup_buddy.storage.checkins import CheckInBook
from standup_buddy.storage.database import (
    APP_BUSY_TIMEOUT_S,
    DatabaseError,
    Salvage,
    open_history,
)
from standup_buddy.storage.history import HistoryStore
from standup_buddy.ui.app_icon import window_icon

if TYPE_CHECKING:
    from standup_buddy.ui.sync_section import SyncSection

if TYPE_CHECKING:
    from standup_buddy.services.autostart import AutostartService

log = logging.getLogger(__name__)
FIRST_RUN_KEY = "first_run_seen"


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
        self,
        app: QApplication,
        paths: Paths,
        *,
        speed: int = 1,
        ipc: IpcServer | None = None,
        early: EarlyTray | None = None,
    ) -> None:
        super().__init__()
        self._early = early
        self.app = app
        self.paths = paths
        self.speed = speed
        self.messages = MessageCenter()
        setup_logging(paths.log_dir)
        log.info("Standup Buddy %s starting (speed %s)", __version__, speed)
        self.clock = _app_clock(float(speed))
        icon = window_icon()
        if icon is not None:
            app.setWindowIcon(icon)

        loaded = load_settings(paths.settings_file, dt.datetime.now())
        self.settings_unknown = loaded.unknown
        # Before any window exists: every widget is built in this language.
        from standup_buddy.i18n.qt import install_language

        self.language = install_language(app, loaded.settings.view.ui.language)
        # Reported once the language is in: the title, the frame and the
        # reason (a template from the Qt-free settings reader) are translated.
        for problem in loaded.problems:
            self.messages.report(
                Severity.WARNING,
                QCoreApplication.translate("AppMessages", "Settings file"),
                _problem_words(problem),
                key=f"settings:{problem}",
            )

        self._recovered: list[Any] = []
        self.store = self._open_store()
        self.checkins: CheckInBook | None = None
        if self.store is not None:
            # The widgets read and write check-ins through the book, so an
            # answer reaches the other computers too (sync folder).
            self.checkins = CheckInBook(
                self.store, lambda: getattr(self, "sync", None), self.clock.wall, local_utc_offset
            )
        # The services the windows are handed: each the one owner of its files.
        # The stretch content follows the interface language as resolved above,
        # so the card's words and its labels never disagree. The catalogue and
        # the rotation are read when first needed (the first break, the
        # Stretches window): ``services/stretch_holder.py`` says when their
        # files' problems are reported.
        self.rotations = RotationHolder(paths, self.messages, self.language.language)
        self.history = (
            None
            if self.store is None
            else HistoryService(
                self.store,
                self.messages,
                checkins=self.checkins,
                # Late-bound: the controller is built below, after the history.
                on_break=lambda record: self.controller.journal_break(record),  # noqa: PLW0108
            )
        )
        self._autostart: AutostartService | None = None
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
            rotation=self.rotations.rotation,
            save_rotation=self.rotations.save,
            sync=self.sync,
            recovered=self._recovered,
            content_language=self.rotations.content_language,
            parent=self,
        )
        self._sync_bridge.arrived.connect(self.controller.wake)
        self._rotation_follower: Any = None
        self._follow_sync_rotation()
        self._sync_bridge.arrived.connect(self._follow_rotation)
        self.rotations.on_saved(self._rotation_saved)
        self.rotations.on_rotation_changed(self._use_rotation)
        self.windows = WindowTable(window_factories(self))
        self._progress_process: Any = None  # the Progress window's process, once started
        self.controller.open_window.connect(self.open_window)
        # The server is claimed (locked and listening) before start-up begins.
        self.ipc = ipc if ipc is not None else IpcServer(paths.runtime_name, parent=self)
        self.ipc.setParent(self)
        self.commands = IpcCommands(
            self.controller,
            self.open_window,
            checkins=lambda: self.checkins,
            wall=self.clock.wall,
            set_goal=self.controller.set_goal,
        )
        self.ipc.set_handler(self.commands.answer)
        self._session_watch: Any = None
        self._signal_notifier: QSocketNotifier | None = None
        self.tray: Any = None
        self.presenter: Any = None
        self.micro_cue: Any = None
        self.break_effects: Any = None
        self.notices: Any = None
        self.checkin = CheckInPresenter(
            self.controller,
            history=lambda: self.history,
            clock=self.clock,
            today=self.today,
            windows=self.windows,
            parent=self,
        )
        self.routine_reminder = RoutineReminder(
            self.controller,
            store=lambda: self.store,
            clock=self.clock,
            today=self.today,
            tray=lambda: self.tray,
            parent=self,
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
        from standup_buddy.ui.tray import TrayController

        self.controller.start()
        # The icon is usually docked already (``launch.run_app``); started
        # without it (tests, embedding), the same steps run here.
        if self._early is None:
            from standup_buddy.app.early_tray import show_early_tray

            self._early = show_early_tray()
        early, self._early = self._early, None
        self._tray_watch: Any = early.watch
        if self._tray_watch is not None:
            self._tray_watch.setParent(self)
        self.tray = TrayController(
            self.controller,
            self.messages,
            tray_available=early.available,
            icon=early.icon,
            parent=self,
        )
        self.tray.show()
        if self._tray_watch is not None:
            self._tray_watch.changed.connect(self.tray.set_tray_available)
        if not self.tray.has_tray:
            self.messages.report(
                Severity.WARNING,
                QCoreApplication.translate("AppMessages", "No system tray"),
                QCoreApplication.translate(
                    "AppMessages",
                    "This desktop has no system tray, so Standup Buddy shows a small status "
                    "window instead. Run 'standup-buddy doctor' for details.",
                ),
                key="no-tray",
            )
        # The break presenter and the micro-pause cue are built when the first
        # break or micro-pause comes (``_first_break``, ``_first_micro``): the
        # idle tray holds neither their code nor their hidden window.
        self.controller.break_due.connect(self._first_break)
        self.controller.micro_due.connect(self._first_micro)
        # Until then a click on the icon or a balloon does what the presenter
        # does with no break waiting: it opens Progress.
        self.tray.message_clicked.connect(self._clicked_before_first_break)
        self.tray.icon_clicked.connect(self._clicked_before_first_break)
        # Notices (the daily screen-time cap) have a notifier of their own: the
        # break's notification is withdrawn when the break is answered, a notice
        # stays. Built with the first notice (``_show_notice``).
        self.controller.notice.connect(self._show_notice)
        if not self._listen():
            self.messages.report(
                Severity.WARNING,
                QCoreApplication.translate("AppMessages", "Remote control unavailable"),
                QCoreApplication.translate(
                    "AppMessages",
                    "The local socket could not be opened: 'standup-buddy status' and the "
                    "other commands will not reach this instance (see the log).",
                ),
                key="ipc",
            )
        self._watch_session()
        self._start_break_effects()
        self._handle_signals()
        self.app.aboutToQuit.connect(self.stop)
        # Logging out: the session manager asks to save first and may end the
        # process without a quit, so history is written up to this instant.
        self.app.commitDataRequest.connect(lambda _manager: self.controller.checkpoint())
        if self.speed > 1:
            self.messages.report(
                Severity.INFO,
                QCoreApplication.translate("AppMessages", "Running {speed}× faster").format(
                    speed=self.speed
                ),
                QCoreApplication.translate(
                    "AppMessages",
                    "Every duration runs {speed} times faster, and history is dated on this "
                    "faster clock. Use STANDUP_BUDDY_HOME to keep a demo apart from your history.",
                ).format(speed=self.speed),
                key="speed",
            )
        self._first_run()
        offer_gnome_wellbeing(self.store, self.messages, self.windows)
        # Once, on the next turn of the event loop (the icon is up by then):
        # the figure cache for the read-only readers.  New days keep it up
        # from the heartbeat (Controller._heartbeat); no timer of its own.
        QTimer.singleShot(0, self.controller.keep_figures)

    def _clicked_before_first_break(self) -> None:
        self.controller.open_window.emit("progress")

    def _first_break(self, session: Any) -> None:
        """Build the break presenter and hand it the break that is due."""
        from standup_buddy.platform.notify import Notifier
        from standup_buddy.ui.break_flow import BreakPresenter

        self.controller.break_due.disconnect(self._first_break)
        self.tray.message_clicked.disconnect(self._clicked_before_first_break)
        self.tray.icon_clicked.disconnect(self._clicked_before_first_break)
        # It connects to the controller and the tray itself; a connection made
        # while ``break_due`` is being emitted does not receive that emission,
        # so this break is handed over here, once.
        self.presenter = BreakPresenter(
            self.controller,
            self.rotations.service().catalog,
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
        self.presenter.present(session)

    def _first_micro(self, session: Any) -> None:
        """Build the micro-pause cue (its own small window, tray or no tray) and show it."""
        from standup_buddy.ui.micro_cue import MicroCue

        self.controller.micro_due.disconnect(self._first_micro)
        self.micro_cue = MicroCue(self.controller)
        self.micro_cue.present(session)

    def _start_break_effects(self) -> None:
        """Media paused and the screen locked during a break (``app/break_effects.py``).

        Built when the first break is due or begins: until then the idle tray
        holds none of the media and screen-lock code.
        """
        self.controller.break_due.connect(self._effects_for_break)
        self.controller.status_changed.connect(self._effects_for_status)

    def _break_effects(self) -> Any:
        from standup_buddy.app.break_effects import BreakEffects
        from standup_buddy.platform.media import media_players
        from standup_buddy.platform.screen_lock import ScreenLocker

        self.controller.break_due.disconnect(self._effects_for_break)
        self.controller.status_changed.disconnect(self._effects_for_status)
        # It connects to the controller itself, from the next emission on:
        # the one that built it is handed over by the caller.
        self.break_effects = BreakEffects(
            self.controller, media=media_players(), locker=ScreenLocker(), parent=self
        )
        watch = self._session_watch
        if watch is not None:
            # A break that ends with the screen locked resumes the music at the unlock.
            self.break_effects.set_screen_locked(watch.locked)
            watch.locked_changed.connect(self.break_effects.set_screen_locked)
        return self.break_effects

    def _effects_for_break(self, session: Any) -> None:
        self._break_effects().on_break_due(session)

    def _effects_for_status(self, status: Any) -> None:
        if getattr(status, "state", None) == "on_break":
            self._break_effects().on_status(status)

    def _listen(self) -> bool:
        try:
            return bool(self.ipc.listen())
        except OSError:
            log.exception("cannot listen on the local socket")
            return False

    def stop(self) -> None:
        """Close the running interval and the socket (idempotent)."""
        self.controller.shutdown()
        self.rotations.close()
        self._end_progress()
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
            self.history = None

    # --- parts --------------------------------------------------------------------

    def _open_store(self) -> HistoryStore | None:
        try:
            # A short busy wait: another program's lock must not hold up the tray;
            # writes it blocks wait in memory (HistoryStore).
            conn, salvage = open_history(self.paths.history_db, timeout=APP_BUSY_TIMEOUT_S)
            if salvage is not None:
                self.messages.report(
                    Severity.WARNING,
                    QCoreApplication.translate("AppMessages", "History file repaired"),
                    _salvage_words(salvage),
                    key="db-damaged",
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
                QCoreApplication.translate("AppMessages", "History unavailable"),
                QCoreApplication.translate(
                    "AppMessages",
                    "{error} Standup Buddy keeps reminding you, but nothing is saved this session.",
                ).format(error=exc),
                key="db-open",
            )
            return None

    def autostart_service(self) -> AutostartService:
        """Start at login, made when a window first needs it."""
        from standup_buddy.services.autostart import AutostartService

        if self._autostart is None:
            self._autostart = AutostartService(self.messages)
        return self._autostart

    def _use_rotation(self, _rotation: Any) -> None:
        """The rotation service has a new rotation or catalog: the cards show it.

        The controller asks the service for the rotation at each break plan.
        """
        if self.presenter is not None:
            self.presenter.set_catalog(self.rotations.service().catalog)

    def _rotation_saved(self, data: Any) -> None:
        if self._rotation_follower is None:
            return  # sync was switched off since
        self._rotation_follower.saved(data, self.clock.wall(), self.clock.utc_offset())

    def _follow_sync_rotation(self) -> None:
        self._rotation_follower = None
        if self.sync is not None:
            from standup_buddy.sync_link import RotationFollower

            self._rotation_follower = RotationFollower(self.sync)

    def sync_section(self, **options: Any) -> SyncSection:
        """The Sync part of Settings: a new folder applies at once; the device list follows."""
        from standup_buddy.sync_qt import SyncSettings
        from standup_buddy.ui.sync_section import SyncSection

        model = SyncSettings(self.paths, self.sync, self.clock.wall, self.restart_sync)
        section = SyncSection(model, **options)
        self._sync_bridge.arrived.connect(section.refresh_devices)
        return section

    def restart_sync(self, config: Any) -> Any:
        """Use a new sync choice at once: the old folder's worker stops, one on the new starts."""
        from standup_buddy.sync_qt import open_link

        if self.sync is not None:
            self.sync.close()
        self.sync = open_link(config, self.paths, self._sync_bridge)
        self._follow_sync_rotation()
        self.controller.set_sync(self.sync)
        log.info("sync %s", "off" if self.sync is None else "folder changed")
        return self.sync

    def _follow_rotation(self) -> None:
        """Use the rotation another computer saved later than this one (sync folder)."""
        if self._rotation_follower is None:
            return
        data = self._rotation_follower.newer()
        if data is not None:
            self.rotations.adopt(data)

    def _probes(self) -> Probes:
        from standup_buddy.platform.dnd import DoNotDisturb
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
                QCoreApplication.translate("AppMessages", "No idle detection"),
                QCoreApplication.translate(
                    "AppMessages",
                    "Standup Buddy cannot see keyboard and mouse activity on this desktop, so it "
                    "counts all the time it runs as sitting; use Take a break now when you get "
                    "up. ({reasons})",
                ).format(reasons=reasons),
                key="no-idle",
            )
        self._fullscreen = FullscreenDetector()
        return Probes(
            idle=selection.source,
            meetings=MeetingDetector(),
            fullscreen=self._fullscreen,
            dnd=DoNotDisturb(),
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

    def _show_notice(self, title: str, text: str) -> None:
        if self.notices is None:
            from standup_buddy.platform.notify import Notifier

            self.notices = Notifier(fallback=self.tray.show_message, parent=self)
        self.notices.notify(title, text)

    def today(self) -> dt.date:
        """Today on the app clock."""
        return local_today(self.clock)

    # --- windows --------------------------------------------------------------------

    def open_window(self, name: Window | str) -> None:
        """Open (or raise) one of the app's windows."""
        self.windows.open(name)

    def open_progress(self) -> None:
        """Progress runs as its own process (``progress_process.py``); one window at a time."""
        if self.store is None:
            self.messages.report(
                Severity.ERROR,
                QCoreApplication.translate("AppMessages", "Progress unavailable"),
                QCoreApplication.translate(
                    "AppMessages", "The history database could not be opened."
                ),
            )
            return
        from PySide6.QtCore import QProcess

        from standup_buddy.ipc import send_request
        from standup_buddy.progress_process import progress_runtime_name

        running = self._progress_process
        if running is not None and running.state() != QProcess.ProcessState.NotRunning:
            # Open (or still starting): raise it. A slow answer is fine.
            send_request(progress_runtime_name(self.paths), {"cmd": "activate"}, 1.0)
            return
        if send_request(progress_runtime_name(self.paths), {"cmd": "activate"}, 1.0) is not None:
            return  # one started by hand (``standup-buddy progress``): raised
        # A child of the app: it closes when the app quits, as the window did.
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedChannels)
        if getattr(sys, "frozen", False):
            process.setProgram(sys.executable)
            process.setArguments(["progress"])
        else:
            process.setProgram(sys.executable)
            process.setArguments(["-m", "standup_buddy", "progress"])
        process.errorOccurred.connect(self._progress_failed)
        process.start()
        self._progress_process = process

    def _progress_failed(self, error: Any) -> None:
        from PySide6.QtCore import QProcess

        if error == QProcess.ProcessError.FailedToStart:
            self.messages.report(
                Severity.ERROR,
                QCoreApplication.translate("AppMessages", "Progress unavailable"),
                QCoreApplication.translate(
                    "AppMessages", "The Progress window could not be started."
                ),
            )

    def _end_progress(self) -> None:
        process, self._progress_process = self._progress_process, None
        if process is None:
            return
        from PySide6.QtCore import QProcess

        if process.state() != QProcess.ProcessState.NotRunning:
            process.terminate()
            if not process.waitForFinished(2000):
                process.kill()
                process.waitForFinished(1000)

    def apply_setup(self, settings: Any, config: Any) -> None:
        """The setup wizard's answers: settings and the chosen stretches."""
        self.controller.apply_settings(settings)
        self.rotations.service().set_config(config, reload_catalog=True)


def _content_language(settings: Settings) -> str:
    """The language of the stretch content: the UI's (``ui.language``, else the system's)."""
    from PySide6.QtCore import QLocale

    from standup_buddy.stretches.content_language import content_language

    return content_language(settings.view.ui.language, QLocale.system().uiLanguages())


def _problem_words(problem: Problem) -> str:
    """A settings problem in the interface language: the frame and the reader's reason."""
    from standup_buddy.i18n.reasons import problem_words

    return problem_words(problem)


def _salvage_words(salvage: Salvage) -> str:
    """The repaired-history notice, said here from the salvage's facts (storage stays Qt-free)."""
    text = QCoreApplication.translate(
        "AppMessages",
        "The history file was damaged (a disk or file-system problem), so Standup Buddy "
        "started a fresh one and copied into it every record it could still read ({count}).",
    ).format(count=QLocale().toString(salvage.rows_kept))
    if salvage.tables_unreadable:
        text += " " + QCoreApplication.translate(
            "AppMessages", "Some {parts} could not be read back."
        ).format(parts=", ".join(salvage.tables_unreadable))
    if salvage.damaged_copy:
        text += " " + QCoreApplication.translate(
            "AppMessages", "The damaged file was kept as {file}."
        ).format(file=salvage.damaged_copy)
    return text + " " + QCoreApplication.translate("AppMessages", "Tracking goes on as usual.")
