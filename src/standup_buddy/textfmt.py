"""Short human wording for durations, shared by the CLI, the tray and the windows.

Qt-free, so ``standup-buddy status`` and the other CLI commands import it
without Qt. The words go through ``WORDS``: English as written here until
the app (``standup_buddy.i18n.qt``) or the CLI's human output
(``standup_buddy.i18n.cli``) puts a translating, locale-aware one in place.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only named in annotations: the tray's start-up imports this module
    # before its icon is docked, and ``datetime`` is not needed for that.
    import datetime as dt


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the translation catalog (``pyside6-lupdate`` finds it by this name)."""
    return text


_DATE_TOKEN = re.compile(r"dddd|ddd|MMMM|MMM|yyyy|d")
_STRFTIME = {"dddd": "%A", "ddd": "%a", "MMMM": "%B", "MMM": "%b", "yyyy": "%Y"}


def english_date(day: dt.date, qt_format: str) -> str:
    """``day`` in a Qt date format (``dddd d MMMM yyyy``), English names, without Qt."""
    return _DATE_TOKEN.sub(
        lambda m: str(day.day) if m.group() == "d" else day.strftime(_STRFTIME[m.group()]),
        qt_format,
    )


def _identity(_context: str, text: str) -> str:
    return text


def _identity_counted(_context: str, text: str, count: int) -> str:
    return text.replace("%n", str(count))


def clock_24h(hours: int, minutes: int) -> str:
    """``09:05``: a time of day, 24-hour, as the app wrote it before translations."""
    return f"{hours:02d}:{minutes:02d}"


@dataclass(slots=True)
class Words:
    """How textfmt translates a phrase, writes a number and a date."""

    translate: Callable[[str, str], str] = field(default=_identity)
    #: A plural message (``%n day(s)``): the form for the count, with ``%n`` filled.
    translate_counted: Callable[[str, str, int], str] = field(default=_identity_counted)
    number: Callable[[int], str] = field(default=str)
    #: A date in a Qt format string (itself translated: each language orders it).
    date: Callable[[dt.date, str], str] = field(default=english_date)
    #: A time of day (hours 0-24): the locale's own 12 or 24-hour form.
    time: Callable[[int, int], str] = field(default=clock_24h)

    def reset(self) -> None:
        """Back to English (tests switch languages in one process)."""
        self.translate, self.number, self.date = _identity, str, english_date
        self.translate_counted = _identity_counted
        self.time = clock_24h


WORDS = Words()

_MIN = QT_TRANSLATE_NOOP("Durations", "{minutes} min")
_H_MM = QT_TRANSLATE_NOOP("Durations", "{hours} h {minutes:02}")
_H_MIN = QT_TRANSLATE_NOOP("Durations", "{hours} h {minutes} min")
_H = QT_TRANSLATE_NOOP("Durations", "{hours} h")
_OF_GOAL = QT_TRANSLATE_NOOP("Durations", "{done} of {target} movement minutes")


#: English as written, whatever language is installed: ``status --json`` speaks it.
ENGLISH = Words()


def _say(text: str, words: Words | None = None, **numbers: int) -> str:
    words = words or WORDS
    translated = words.translate("Durations", text)
    # {minutes:02} keeps its zero padding in the locale's digits.
    shown = {
        name: words.number(value).rjust(2, words.number(0))
        if "{" + name + ":02}" in translated else WORDS.number(value)
        for name, value in numbers.items()
    }
    return translated.replace("{minutes:02}", "{minutes}").format(**shown)


def whole_minutes(minutes: float) -> int:
    """The one rounding rule for minutes people read: cut to the whole minute.

    Never rounded up, so 29.5 shows as 29 and "30 of 30" appears exactly when
    the goal (compared on the exact value) is met; see docs/statistics.md.
    """
    return math.floor(round(minutes, 6))


def movement_words(minutes: float, target: int) -> str:
    """``18 of 30 movement minutes``: today's movement against the goal, one rule everywhere."""
    return _say(_OF_GOAL, done=whole_minutes(minutes), target=target)


def duration(minutes: float) -> str:
    """``42 min``, ``1 h 05``, ``0 min``: compact and unambiguous."""
    total = whole_minutes(minutes)
    if total < 60:
        return _say(_MIN, minutes=total)
    hours, rest = divmod(total, 60)
    return _say(_H_MM, hours=hours, minutes=rest)


def duration_words(minutes: float, words: Words | None = None) -> str:
    """``42 min``, ``1 h 40 min``, ``2 h``: for sentences."""
    total = whole_minutes(minutes)
    if total < 60:
        return _say(_MIN, words, minutes=total)
    hours, rest = divmod(total, 60)
    if rest:
        return _say(_H_MIN, words, hours=hours, minutes=rest)
    return _say(_H, words, hours=hours)


def plural(text: str, count: int) -> str:
    """Settle an English ``(s)`` left in ``text`` for ``count``.

    Source strings say ``%n minute(s)``; every translation gives its own
    plural forms, so an ``(s)`` is left only when the text is English (or
    not translated yet): "1 minute", "5 minutes".
    """
    return text.replace("(s)", "" if count == 1 else "s")


class TranslatedLabels(Mapping[str, str]):
    """A fixed table of English labels that reads out in the interface language.

    The English values are marked with ``QT_TRANSLATE_NOOP(context, ...)``
    where the table is written; each lookup translates, so a table made at
    import time still follows the language installed later.
    """

    def __init__(self, context: str, english: Mapping[str, str]) -> None:
        self._context = context
        self._english = dict(english)

    def __getitem__(self, key: str) -> str:
        return WORDS.translate(self._context, self._english[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)

    def english(self, key: str) -> str:
        """The untranslated label (what the catalog is keyed by)."""
        return self._english[key]
