"""The text behind ``standup-buddy stretches list``.

The column heads and the table's own words ("built-in", "off", the problem
count) go through ``textfmt.WORDS`` (context ``StretchList``): English until
the CLI loads the user's language before it lists. What comes from the files
stays as written (ids, names, places, focus areas, sides), so a script that
reads the ids finds them, and so does a person searching the files.
"""

from __future__ import annotations

import unicodedata

from standup_buddy.i18n.reasons import problem_words
from standup_buddy.platform.paths import Paths
from standup_buddy.stretches.catalog import load_catalog
from standup_buddy.stretches.rotation_store import load_rotation
from standup_buddy.textfmt import QT_TRANSLATE_NOOP, WORDS, plural


class StretchList:
    """Translation context of the listing (``StretchList.tr`` is what lupdate reads)."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        if n < 0:
            return WORDS.translate("StretchList", text)
        return plural(WORDS.translate_counted("StretchList", text, n), n)


# The column heads, in order.
_HEADS = (
    QT_TRANSLATE_NOOP("StretchList", "ID"),
    QT_TRANSLATE_NOOP("StretchList", "NAME"),
    QT_TRANSLATE_NOOP("StretchList", "WHERE"),
    QT_TRANSLATE_NOOP("StretchList", "FOCUS"),
    QT_TRANSLATE_NOOP("StretchList", "SOURCE"),
    QT_TRANSLATE_NOOP("StretchList", "TIME"),
    QT_TRANSLATE_NOOP("StretchList", "SIDES"),
    QT_TRANSLATE_NOOP("StretchList", "ROTATION"),
)
# Columns padded on the left (the time per side).
_RIGHT = frozenset({5})


def _width(cell: str) -> int:
    """Columns ``cell`` takes in a terminal: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in cell)


def _pad(cell: str, width: int, *, right: bool = False) -> str:
    fill = " " * max(0, width - _width(cell))
    return fill + cell if right else cell + fill


def list_lines(paths: Paths) -> list[str]:
    """The catalog in the current rotation order, one stretch per line.

    Columns: id, name, where, focus, built-in or user, time per side, sides,
    and whether the stretch is on in the rotation (disabled ones say "off").
    Stretches the rotation does not mention follow, then any skipped files
    with their problems.
    """
    catalog = load_catalog(paths)
    config, _, rotation_problems = load_rotation(paths, catalog)
    by_id = catalog.by_id()
    enabled = {e.stretch_id for e in config.entries if e.enabled}
    ordered = [e.stretch_id for e in config.entries if e.stretch_id in by_id]
    ordered += [s.id for s in catalog.stretches if s.id not in ordered]
    stretches = [by_id[i] for i in ordered]
    user = StretchList.tr("user")
    built_in = StretchList.tr("built-in")
    on, off = StretchList.tr("on"), StretchList.tr("off")
    seconds = StretchList.tr("{seconds}s")
    table = [[StretchList.tr(head) for head in _HEADS]]
    for s in stretches:
        table.append([
            s.id,
            s.name,
            s.where,
            ", ".join(s.focus),
            user if s.source == "user" else built_in,
            seconds.format(seconds=WORDS.number(s.duration_seconds)),
            s.sides,
            on if s.id in enabled else off,
        ])
    # As wide as the widest cell; the English table kept these least widths.
    least = [2, 4, 8, 5, 8, 5, 5, 0]
    widths = [
        max(least[i], *(_width(row[i]) for row in table)) for i in range(len(_HEADS))
    ]
    lines = []
    for row in table:
        cells = [_pad(cell, widths[i], right=i in _RIGHT) for i, cell in enumerate(row[:-1])]
        lines.append("  ".join([*cells, row[-1]]))
    problems = [*catalog.problems, *rotation_problems]
    if problems:
        lines.append("")
        lines.append(
            StretchList.tr("%n problem(s); the affected files were skipped:", "", len(problems))
        )
        lines += [f"  {problem_words(problem)}" for problem in problems]
    return lines
