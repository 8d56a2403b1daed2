"""Translated words for the CLI's human output, loaded only when it is printed.

``standup-buddy status`` and the IPC commands never import this module:
their text comes from the running app, already in its language, and they
stay Qt-free (a quick start, and no Qt libraries mapped for a one-line
answer). ``stats`` (text), ``validate``, ``export``, ``sync``, ``doctor`` and
``stretches list`` import it when they print for a person, and so does a usage
mistake (``standup_buddy.i18n.argparse_words``); it loads QtCore and the
compiled catalog *without* a ``QCoreApplication`` (``QTranslator.translate``
needs none) and formats with the language's ``QLocale``. ``--json`` output
never passes through here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QTranslator

from standup_buddy import textfmt
from standup_buddy.i18n import SOURCE_LANGUAGE, catalog_path, resolve_language


@dataclass(slots=True)
class CliText:
    """The CLI's translator and locale for one run."""

    language: str
    locale: QLocale
    translator: QTranslator | None

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """``text`` in the language (English when it has no translation).

        The shape of ``QCoreApplication.translate``, so lupdate reads a count
        (the fourth argument) as a plural message.
        """
        found = ""
        if self.translator is not None:
            found = self.translator.translate(context, text, disambiguation or None, n) or ""
        out = found or text
        # QCoreApplication.translate fills %n; without an application do it here.
        return out.replace("%n", self.locale.toString(n)) if n >= 0 else out

    def counted(self, context: str, text: str, n: int) -> str:
        """A plural message for ``n`` (what ``textfmt.WORDS.translate_counted`` calls)."""
        return self.translate(context, text, "", n)

    def number(self, value: float, decimals: int = 0) -> str:
        if decimals == 0:
            return self.locale.toString(round(value))
        return self.locale.toString(float(value), "f", decimals)

    def date(self, day: dt.date) -> str:
        """A short local date with the weekday (``Mon 03 Nov`` / ``Mo., 3.11.``)."""
        qdate = QDate(day.year, day.month, day.day)
        weekday = self.locale.dayName(qdate.dayOfWeek(), QLocale.FormatType.ShortFormat)
        return f"{weekday} {self.locale.toString(qdate, QLocale.FormatType.ShortFormat)}"


def load_cli_text(setting: str) -> CliText:
    """The language from ``ui.language`` and the system; textfmt speaks it from now on."""
    system = QLocale.system()
    language = resolve_language(setting, system.uiLanguages())
    same = QLocale(language).language() == system.language()
    locale = system if same else QLocale(language)
    translator: QTranslator | None = None
    if language != SOURCE_LANGUAGE:
        candidate = QTranslator()
        if candidate.load(str(catalog_path(language))):
            translator = candidate
    text = CliText(language, locale, translator)

    def translate(context: str, source: str) -> str:
        return text.translate(context, source)

    def date(day: dt.date, qt_format: str) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), qt_format)

    textfmt.WORDS.translate = translate
    textfmt.WORDS.translate_counted = text.counted
    textfmt.WORDS.number = locale.toString
    textfmt.WORDS.date = date
    return text
