"""Install the interface language in a running Qt application.

One call at start-up (``install_language``) loads the app's catalog and
Qt's own (standard buttons, the colour and file dialogs), makes the
language's ``QLocale`` the default so dates, times, numbers and the first
day of the week follow it, and sets the layout direction, so Arabic lays
windows out right to left. A language picked in Settings takes effect at
the next start: every window is built once, in one language.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTime, QTranslator
from PySide6.QtGui import QGuiApplication

from standup_buddy import textfmt
from standup_buddy.i18n import SOURCE_LANGUAGE, catalog_path, resolve_language

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class InstalledLanguage:
    """What ``install_language`` did; the translators stay alive with it."""

    language: str
    locale: QLocale
    translators: tuple[QTranslator, ...]

    @property
    def right_to_left(self) -> bool:
        return self.locale.textDirection() == Qt.LayoutDirection.RightToLeft


_installed: list[InstalledLanguage] = []


def current_language() -> str:
    """The language the running app was started in (English before any install)."""
    return _installed[-1].language if _installed else SOURCE_LANGUAGE


def system_languages() -> list[str]:
    """The user's preferred languages, most wanted first."""
    return list(QLocale.system().uiLanguages())


def locale_for(language: str) -> QLocale:
    """The locale the app formats with for ``language``.

    Following the system, the system's own locale keeps its region
    (``de_AT`` dates stay Austrian); an explicit choice uses the
    language's main region.
    """
    system = QLocale.system()
    if QLocale(language).language() == system.language() and language != SOURCE_LANGUAGE:
        return system
    if language == SOURCE_LANGUAGE and system.language() == QLocale.Language.English:
        return system
    return QLocale(language)


def install_language(app: QCoreApplication, setting: str) -> InstalledLanguage:
    """Pick the language from ``setting`` (``ui.language``) and the system; install it."""
    uninstall_language(app)
    language = resolve_language(setting, system_languages())
    locale = locale_for(language)
    QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        path = catalog_path(language)
        if ours.load(str(path)):
            app.installTranslator(ours)
            translators.append(ours)
        else:
            # Run from a source tree without `make venv` (or a build that
            # skipped the compile step): English text, local formats.
            log.warning("no compiled translation at %s; the interface stays English", path)
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt_own)
            translators.append(qt_own)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection())
    textfmt.WORDS.translate = QCoreApplication.translate
    textfmt.WORDS.translate_counted = _counted
    textfmt.WORDS.number = _locale_number
    textfmt.WORDS.date = _locale_date
    textfmt.WORDS.time = locale_time
    installed = InstalledLanguage(language, locale, tuple(translators))
    _installed.append(installed)
    return installed


def _counted(context: str, text: str, count: int) -> str:
    return QCoreApplication.translate(context, text, None, count)


def _locale_number(value: int) -> str:
    # The default locale at call time: Arabic digits in Arabic, and so on.
    return QLocale().toString(value)


def _locale_date(day: dt.date, qt_format: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), qt_format)


def locale_time(hours: int, minutes: int) -> str:
    """A time of day the locale's way (``14:30``, ``2:30 PM``); 24:00 ends a day."""
    if hours >= 24:
        return textfmt.clock_24h(hours, minutes)
    return QLocale().toString(QTime(hours, minutes), QLocale.FormatType.ShortFormat)


def first_weekday() -> int:
    """The default locale's first day of the week, counted like ``date.weekday()``."""
    return QLocale().firstDayOfWeek().value - 1


def uninstall_language(app: QCoreApplication) -> None:
    """Back to English and the system locale (tests switch languages in one process)."""
    textfmt.WORDS.reset()
    while _installed:
        for translator in _installed.pop().translators:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
