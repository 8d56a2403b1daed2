"""The ``standup-buddy`` command (SPEC section 5).

Exit codes: 0 success; 1 a runtime failure explained on stderr; 2 bad usage or
bad input explained on stderr.  A user mistake never prints a traceback.
Heavy modules (Qt, the database) are imported only by the commands that use
them, so ``--version`` and ``stats`` stay quick.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from standup_buddy import __version__
from standup_buddy.platform.paths import Paths, resolve_paths
from standup_buddy.textfmt import QT_TRANSLATE_NOOP, WORDS, plural

if TYPE_CHECKING:
    import datetime as dt

    from standup_buddy.core.stats import DayStats
    from standup_buddy.i18n.cli import CliText
    from standup_buddy.settings import Settings
    from standup_buddy.storage.history import HistoryStore

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
MAX_DAYS = 3660
NOT_RUNNING = QT_TRANSLATE_NOOP(
    "CliMessages", "Standup Buddy is not running. Start it with: standup-buddy"
)


class CliMessages:
    """Translation context of the CLI's messages (``CliMessages.tr`` is what lupdate reads).

    The words are the language ``_cli_text`` loaded (through ``textfmt.WORDS``);
    before that, and for ``status`` and the remote commands, English.
    """

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        if n < 0:
            return WORDS.translate("CliMessages", text)
        return plural(WORDS.translate_counted("CliMessages", text, n), n)


class CliHelp:
    """Translation context of ``--help`` (``CliHelp.tr`` is what lupdate reads).

    English unless ``main`` loaded the words because help was asked for: the
    parser is built on every run, and ``status`` must not load Qt for it.
    """

    @staticmethod
    def tr(text: str) -> str:
        return WORDS.translate("CliHelp", text)


class CliMetavars:
    """Translation context of the placeholders in usage lines (``COMMAND``, ``FILE``, ``N``).

    Like ``CliHelp``: English unless help was asked for or a usage mistake
    is being reported; they are only ever shown in a usage line or a mistake.
    """

    @staticmethod
    def tr(text: str) -> str:
        return WORDS.translate("CliMetavars", text)


class CliUsage:
    """Translation context of usage mistakes (argparse's templates are in it too)."""

    @staticmethod
    def tr(text: str) -> str:
        return WORDS.translate("CliUsage", text)


#: argparse's own section headings, said in the user's language.
_HEADINGS = {
    "positional arguments": QT_TRANSLATE_NOOP("CliHelp", "positional arguments"),
    "options": QT_TRANSLATE_NOOP("CliHelp", "options"),
}


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, with its own words ("usage:", the headings) translated."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = CliHelp.tr("usage: ")
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading: str | None) -> None:
        if heading in _HEADINGS:
            heading = WORDS.translate("CliHelp", _HEADINGS[heading])
        super().start_section(heading)


def wants_help(argv: Sequence[str]) -> bool:
    """Whether ``argv`` asks for help (``-h``, ``--help`` or argparse's ``--he``…)."""
    for arg in argv:
        if arg == "--":
            return False
        if arg == "-h" or (len(arg) > 2 and "--help".startswith(arg)):
            return True
    return False


class UsageError(Exception):
    """A mistake in what the user typed: exit 2 with this message."""


class Failure(Exception):
    """Something went wrong at run time: exit 1 with this message."""


class _Mistake(Exception):
    """A usage mistake found by the first, English parse: ``main`` says it again translated."""


class _Parser(argparse.ArgumentParser):
    # While ``main`` parses the first time: a mistake is raised, not printed.
    raise_mistakes = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        kwargs["add_help"] = False  # our own -h, with its help in the user's language
        super().__init__(*args, **kwargs)
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=CliHelp.tr("show this help message and exit"),
        )

    def error(self, message: str) -> NoReturn:
        if _Parser.raise_mistakes:
            raise _Mistake(message)
        self.print_usage(sys.stderr)
        said = CliUsage.tr("error: {message}").format(message=message)
        self.exit(EXIT_USAGE, f"{self.prog}: {said}\n")


def _bounded_int(low: int, high: int, what: str) -> argparse._ActionType:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            said = CliUsage.tr("{what} must be a whole number, not {text!r}")
            raise argparse.ArgumentTypeError(said.format(what=what, text=text)) from None
        if not low <= value <= high:
            # The bounds as they are typed (no thousands separator), like the value.
            said = CliUsage.tr("{what} must be from {low} to {high}, not {value}")
            raise argparse.ArgumentTypeError(
                said.format(what=what, low=low, high=high, value=value)
            )
        return value

    return parse


def _now() -> dt.datetime:
    """The local wall clock (``datetime`` is imported here: the tray's start-up
    goes through this module before its icon is docked, and needs none of it)."""
    import datetime

    return datetime.datetime.now()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    parser = _Parser(
        prog="standup-buddy",
        description=CliHelp.tr(
            "A tray companion that tracks how long you sit and prompts stretch breaks."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"standup-buddy {__version__}",
        help=CliHelp.tr("show the version number and exit"),
    )
    parser.add_argument(
        "--speed",
        type=_bounded_int(1, 3600, "--speed"),
        default=1,
        metavar=CliMetavars.tr("N"),
        help=CliHelp.tr("run every product duration N times faster (demo and testing, 1-3600)"),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=CliMetavars.tr("COMMAND"), parser_class=_Parser
    )

    status = commands.add_parser(
        "status", help=CliHelp.tr("sitting streak and next break, from the app")
    )
    status.add_argument("--json", action="store_true", help=CliHelp.tr("print one JSON object"))
    commands.add_parser("break", help=CliHelp.tr("ask the running app to start a break now"))
    pause = commands.add_parser("pause", help=CliHelp.tr("pause reminders for MINUTES"))
    minutes = CliMetavars.tr("MINUTES")
    pause.add_argument("minutes", type=_bounded_int(1, 7 * 24 * 60, minutes), metavar=minutes)
    commands.add_parser("resume", help=CliHelp.tr("resume reminders"))

    stats = commands.add_parser("stats", help=CliHelp.tr("per-day figures from your history"))
    stats.add_argument(
        "--days",
        type=_bounded_int(1, MAX_DAYS, "--days"),
        default=7,
        metavar=CliMetavars.tr("N"),
        help=CliHelp.tr("how many days back, today included (default 7)"),
    )
    stats.add_argument("--json", action="store_true", help=CliHelp.tr("print one JSON object"))
    stats.add_argument(
        "--device",
        action="append",
        metavar=CliMetavars.tr("NAME"),
        help=CliHelp.tr(
            "only this computer's history (a device name or id, or 'this'; repeatable)"
        ),
    )

    sync = commands.add_parser(
        "sync", help=CliHelp.tr("the sync folder shared with your other computers")
    )
    sync_sub = sync.add_subparsers(
        dest="sync_command", metavar=CliMetavars.tr("ACTION"), parser_class=_Parser, required=True
    )
    sync_sub.add_parser("show", help=CliHelp.tr("the folder, this device and the devices seen"))
    sync_set = sync_sub.add_parser(
        "set", help=CliHelp.tr("use FOLDER (kept in step by a sync engine)")
    )
    sync_set.add_argument("folder", type=Path, metavar=CliMetavars.tr("FOLDER"))
    sync_set.add_argument(
        "--name",
        metavar=CliMetavars.tr("NAME"),
        help=CliHelp.tr("this computer's name in the device list"),
    )
    sync_sub.add_parser("off", help=CliHelp.tr("stop syncing (the folder's files stay)"))
    sync_forget = sync_sub.add_parser(
        "forget", help=CliHelp.tr("leave a device out of the history")
    )
    sync_forget.add_argument("device", metavar=CliMetavars.tr("DEVICE"))

    export = commands.add_parser("export", help=CliHelp.tr("export your whole history"))
    export.add_argument("--format", choices=("csv", "json"), required=True)
    export.add_argument(
        "--out",
        type=Path,
        metavar=CliMetavars.tr("FILE"),
        help=CliHelp.tr("write here instead of stdout"),
    )

    stretches = commands.add_parser("stretches", help=CliHelp.tr("the stretch catalog"))
    sub = stretches.add_subparsers(
        dest="stretches_command",
        metavar=CliMetavars.tr("ACTION"),
        parser_class=_Parser,
        required=True,
    )
    sub.add_parser("list", help=CliHelp.tr("the catalog in rotation order"))
    validate = sub.add_parser(
        "validate", help=CliHelp.tr("check stretch files and print every problem")
    )
    validate.add_argument("files", nargs="+", type=Path, metavar=CliMetavars.tr("FILE"))

    commands.add_parser(
        "doctor", help=CliHelp.tr("what this desktop offers: idle source, tray, paths")
    )
    commands.add_parser("progress", help=CliHelp.tr("open the Progress window (its own process)"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    given = sys.argv[1:] if argv is None else list(argv)
    if wants_help(given):
        # Only then: the help in the user's language (every other run stays
        # free of Qt until a command needs it).
        _cli_text(resolve_paths())
    # No arguments is how the desktop's autostart and menu entry start the
    # tray app: it is judged by how fast its icon appears, and building the
    # parser for every command (some 9 ms) would come before the icon.
    args = argparse.Namespace(command=None, speed=1) if not given else _parse(given)
    try:
        return _dispatch(args)
    except UsageError as exc:
        print(f"standup-buddy: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Failure as exc:
        print(f"standup-buddy: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`standup-buddy stats | head`): not an error.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _parse(given: Sequence[str]) -> argparse.Namespace:
    """The arguments; a mistake in them is said in the user's language (exit 2)."""
    _Parser.raise_mistakes = True
    try:
        return build_parser().parse_args(given)
    except _Mistake:
        pass
    finally:
        _Parser.raise_mistakes = False
    # Only now the words (the run that parses stays Qt-free): the same
    # arguments again, with argparse's templates and the usage line in them.
    from standup_buddy.i18n.argparse_words import argparse_speaks

    _cli_text(resolve_paths())
    with argparse_speaks():
        return build_parser().parse_args(given)  # exits with the mistake, translated


def _dispatch(args: argparse.Namespace) -> int:
    if args.command in ("stats", "export"):
        import sqlite3

        from standup_buddy.storage.database import DatabaseError

        try:
            return _dispatch_command(args)
        except (DatabaseError, sqlite3.Error) as exc:
            # Whatever the file holds, a database problem is a message, not a traceback.
            _cli_text(resolve_paths())
            said = CliMessages.tr("cannot read the history: {error}")
            raise Failure(said.format(error=exc)) from None
    return _dispatch_command(args)


def _dispatch_command(args: argparse.Namespace) -> int:
    paths = resolve_paths()
    command = args.command
    if command is None:
        from standup_buddy.qt_boot import prepare_qt

        prepare_qt()  # before the app's own modules are imported
        from standup_buddy.app.launch import run_app

        return run_app(paths, speed=args.speed)
    if command == "progress":
        from standup_buddy.qt_boot import prepare_qt

        prepare_qt()
        from standup_buddy.progress_process import run_progress

        return run_progress(paths)
    if command == "stats":
        return _stats(paths, args.days, args.json, sys.stdout, args.device)
    if command == "export":
        return _export(paths, args.format, args.out)
    if command == "status":
        return _status(paths, args.json)
    if command == "break":
        return _remote(paths, {"cmd": "break"}, "A break is starting.")
    if command == "pause":
        return _remote(
            paths,
            {"cmd": "pause", "minutes": args.minutes},
            f"Reminders paused for {args.minutes} min.",
        )
    if command == "resume":
        return _remote(paths, {"cmd": "resume"}, "Reminders resumed.")
    if command == "stretches":
        return _stretches(paths, args)
    if command == "sync":
        from standup_buddy.sync_cli import run_sync_command

        _cli_text(paths)  # its words, and its errors, in the user's language
        try:
            return run_sync_command(paths, args, sys.stdout)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        except OSError as exc:
            raise Failure(str(exc)) from exc
    if command == "doctor":
        from standup_buddy.platform.doctor import collect_report, format_report

        rows = collect_report(paths)  # QtCore is loaded by now: the labels are translated
        text = _cli_text(paths)
        print(format_report(rows, lambda label: text.translate("Doctor", label)))
        return EXIT_OK
    raise AssertionError(command)


# --- reading history -----------------------------------------------------------


def _cli_text(paths: Paths) -> CliText:
    """The words for a person (``ui.language``), for the commands that may load QtCore.

    ``status`` and the remote commands never call this: they stay Qt-free.
    """
    from standup_buddy.i18n.cli import load_cli_text
    from standup_buddy.settings import load_settings

    # Quietly: a command that reads settings itself reports their problems.
    language = load_settings(paths.settings_file, _now()).settings.view.ui.language
    return load_cli_text(language)


def _load_settings(paths: Paths) -> Settings:
    from standup_buddy.settings import load_settings

    loaded = load_settings(paths.settings_file, _now())
    if loaded.problems:
        # Only a broken file loads the words (stderr: --json output never changes).
        from standup_buddy.i18n.cli import load_cli_text
        from standup_buddy.i18n.reasons import problem_words

        load_cli_text(loaded.settings.view.ui.language)
        warning = CliMessages.tr("warning: {problem}")
        for problem in loaded.problems:
            said = warning.format(problem=problem_words(problem))
            print(f"standup-buddy: {said}", file=sys.stderr)
    return loaded.settings


def _open_store(paths: Paths) -> HistoryStore:
    from standup_buddy.storage.database import DatabaseError, open_history
    from standup_buddy.storage.history import HistoryStore

    try:
        conn, salvage = open_history(paths.history_db, readonly=True)
    except DatabaseError as exc:
        raise Failure(str(exc)) from exc
    if salvage is not None:
        # stderr only: --json output never changes; the warning loads the words.
        _cli_text(paths)
        damaged = CliMessages.tr(
            "the history file {file} is damaged; showing the %n record(s) that can still be "
            "read (the file is not changed; the app sets it aside and repairs it when it starts)",
            "",
            salvage.rows_kept,
        )
        said = CliMessages.tr("warning: {problem}").format(
            problem=damaged.format(file=paths.history_db)
        )
        print(f"standup-buddy: {said}", file=sys.stderr)
    return HistoryStore(conn)


def _print_stats_rows(rows: Sequence[DayStats], out: TextIO, language: str = "") -> None:
    """The ``stats`` table, one line per day (whole minutes, cut: the one rounding rule).

    In the user's language, with the locale's dates and digits; columns are
    as wide as their widest cell (as the terminal shows it: CJK is two wide).
    """
    from standup_buddy.i18n.cli import load_cli_text
    from standup_buddy.textfmt import duration, whole_minutes

    text = load_cli_text(language)

    def t(source: str) -> str:
        return text.translate("StatsTable", source)

    metric_words = {
        "movement_minutes": QT_TRANSLATE_NOOP("StatsTable", "movement minutes"),
        "breaks": QT_TRANSLATE_NOOP("StatsTable", "breaks"),
        "active_hours": QT_TRANSLATE_NOOP("StatsTable", "active hours"),
    }
    header = [
        QT_TRANSLATE_NOOP("StatsTable", "Date"),
        QT_TRANSLATE_NOOP("StatsTable", "Sitting"),
        QT_TRANSLATE_NOOP("StatsTable", "Longest"),
        QT_TRANSLATE_NOOP("StatsTable", "Done"),
        QT_TRANSLATE_NOOP("StatsTable", "Skip"),
        QT_TRANSLATE_NOOP("StatsTable", "Snooze"),
        QT_TRANSLATE_NOOP("StatsTable", "Natural"),
        QT_TRANSLATE_NOOP("StatsTable", "Moved"),
    ]
    table = [[t(h) for h in header]]
    goals = [t(QT_TRANSLATE_NOOP("StatsTable", "Goal"))]
    for r in rows:
        mark = t(QT_TRANSLATE_NOOP("StatsTable", "met")) if r.goal_met else ""
        metric = r.goal_metric.value
        # Whole minutes, cut like every other surface: never "30/30" for 29.5.
        value = (
            f"{text.number(whole_minutes(r.goal_value))}/{text.number(r.goal_target)} "
            f"{t(metric_words.get(metric, metric))}"
        )
        if r.before_history:
            value, mark = t(QT_TRANSLATE_NOOP("StatsTable", "no record yet")), ""
        table.append([
            text.date(r.date),
            duration(r.sitting_minutes),
            duration(r.longest_sitting_minutes),
            text.number(r.breaks_completed),
            text.number(r.breaks_skipped),
            text.number(r.breaks_snoozed),
            text.number(r.natural_breaks),
            duration(r.movement_minutes),
        ])
        goals.append(f"{value} {mark}")
    widths = [max(_shown_width(row[i]) for row in table) for i in range(len(header))]
    for row, goal in zip(table, goals, strict=True):
        cells = [_pad(row[0], widths[0], left=True)]
        cells += [_pad(cell, width + 2) for cell, width in zip(row[1:], widths[1:], strict=True)]
        print(f"{''.join(cells)}  {goal}".rstrip(), file=out)


def _shown_width(cell: str) -> int:
    """Columns ``cell`` takes in a terminal: wide (CJK) characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in cell)


def _pad(cell: str, width: int, *, left: bool = False) -> str:
    fill = " " * max(0, width - _shown_width(cell))
    return cell + fill if left else fill + cell


def _stats(
    paths: Paths, days: int, as_json: bool, out: TextIO, devices: list[str] | None = None
) -> int:
    from standup_buddy.core.stats import date_range
    from standup_buddy.storage.daystats import stats_for_days
    from standup_buddy.sync_cli import merged_view

    settings = _load_settings(paths)
    if devices:
        # A device filter may be a mistake, said in the user's language (on
        # stderr: --json output stays the same).
        _cli_text(paths)
    try:
        others = merged_view(paths, settings, devices)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    store = _open_store(paths)
    today = _now().astimezone().date()
    rows = stats_for_days(store, date_range(today, days), settings, others)
    store.close()
    if as_json:
        json.dump({"days": [r.to_json() for r in rows]}, out, indent=2)
        out.write("\n")
        return EXIT_OK
    _print_stats_rows(rows, out, settings.view.ui.language)
    return EXIT_OK


def _export(paths: Paths, fmt: str, out_path: Path | None) -> int:
    from standup_buddy.storage.export import write_export

    store = _open_store(paths)
    if out_path is None:
        write_export(store, fmt, sys.stdout)
        return EXIT_OK
    _cli_text(paths)
    target = out_path.expanduser()
    if target.is_dir():
        raise UsageError(
            CliMessages.tr("--out {file} is a folder; give a file name").format(file=out_path)
        )
    if not target.parent.is_dir():
        raise UsageError(
            CliMessages.tr("--out {file}: the folder {folder} does not exist").format(
                file=out_path, folder=target.parent
            )
        )
    import io

    from standup_buddy.atomic_file import atomic_write

    buffer = io.StringIO()
    count = write_export(store, fmt, buffer)
    try:
        atomic_write(target, buffer.getvalue())
    except PermissionError:
        said = CliMessages.tr("--out {file}: you may not write there")
        raise UsageError(said.format(file=out_path)) from None
    except OSError as exc:
        raise Failure(
            CliMessages.tr("could not write {file}: {error}").format(
                file=out_path, error=exc.strerror or exc
            )
        ) from None
    done = CliMessages.tr("Exported %n record(s) to {file}.", "", count)
    print(done.format(file=target), file=sys.stderr)
    return EXIT_OK


# --- the running app -------------------------------------------------------------


def _ask(paths: Paths, request: dict[str, object]) -> dict[str, object]:
    from standup_buddy.ipc import send_request

    reply = send_request(paths.runtime_name, request)
    if reply is None:
        # Only on this failure: the words load QtCore, which an answered
        # request never needs (status and the remote commands stay Qt-free).
        _cli_text(paths)
        raise Failure(CliMessages.tr(NOT_RUNNING))
    if not reply.get("ok", False):
        raise Failure(str(reply.get("error", "the running app refused the request")))
    return reply


def _remote(paths: Paths, request: dict[str, object], done: str) -> int:
    reply = _ask(paths, request)
    print(reply.get("message", done))
    return EXIT_OK


def _status(paths: Paths, as_json: bool) -> int:
    # The human line comes translated from the app ("text"); --json never asks
    # for it, so the JSON is the same in every language.
    request: dict[str, object] = {"cmd": "status"} if as_json else {"cmd": "status", "text": True}
    reply = _ask(paths, request)
    status = reply.get("status", {})
    assert isinstance(status, dict)
    if as_json:
        print(json.dumps(status, indent=2))
    else:
        print(reply.get("text") or status.get("summary", ""))
    return EXIT_OK


# --- stretches -----------------------------------------------------------------------


def _stretches(paths: Paths, args: argparse.Namespace) -> int:
    if args.stretches_command == "validate":
        from standup_buddy.stretches.catalog import validate_files

        _cli_text(paths)
        missing = [f for f in args.files if not f.exists()]
        if missing:
            raise UsageError(CliMessages.tr("no such file: {file}").format(file=missing[0]))
        from standup_buddy.i18n.reasons import problem_words

        problems = validate_files(args.files)
        for problem in problems:
            print(problem_words(problem), file=sys.stderr)
        if problems:
            return EXIT_USAGE
        count = len(args.files)
        print(CliMessages.tr("%n file(s) OK", "", count))
        return EXIT_OK
    from standup_buddy.stretches.listing import list_lines

    _cli_text(paths)  # the column heads and the problems in the user's language
    for line in list_lines(paths):
        print(line)
    return EXIT_OK
