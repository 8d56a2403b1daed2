"""Colours of the Progress window, chosen from the widget palette (light or dark).

Series colours come in a light and a dark set with enough contrast against
the window background in each; everything neutral (text, grid, outlines) is
taken from the palette itself so the system theme shows through. Which set is
used is decided by ``ui.theme.is_dark``, the same rule as the break card's.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from standup_buddy.core.model import ActivityKind
from standup_buddy.ui.theme import is_dark, mix, scheme_palette

HEAT_MAX = 2.0
"""The heat map's scale ends at twice the day's goal."""


@dataclass(frozen=True, slots=True)
class ProgressColors:
    """Every colour the charts use, for one palette."""

    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    from_breaks: QColor
    from_natural: QColor
    goal: QColor
    longest: QColor
    checkin: QColor
    standing: QColor
    paused: QColor
    sitting: QColor
    missed: QColor

    def heat(self, fraction: float) -> QColor:
        """The heat-map fill for a day that reached ``fraction`` (0..2) of its goal.

        Up to the goal the fill deepens from the empty cell to the series
        colour; beyond it, it keeps going toward the text colour (darker on a
        light theme, lighter on a dark one), so 100 %, 150 % and 200 % differ.
        """
        fraction = max(0.0, min(HEAT_MAX, fraction))
        empty = mix(self.background, self.text, 0.07)
        if fraction <= 0:
            return empty
        if fraction <= 1:
            return mix(empty, self.from_breaks, 0.18 + 0.82 * fraction)
        return mix(self.from_breaks, self.text, 0.6 * (fraction - 1) / (HEAT_MAX - 1))

    def activity(self, kind: ActivityKind) -> QColor:
        """The timeline colour of an activity kind."""
        return {
            ActivityKind.SITTING: self.sitting,
            ActivityKind.NATURAL_BREAK: self.from_natural,
            ActivityKind.BREAK: self.from_breaks,
            ActivityKind.STANDING: self.standing,
            ActivityKind.PAUSED: self.paused,
        }[kind]


def progress_colors(palette: QPalette) -> ProgressColors:
    """The colour set for ``palette``, light or dark by the rule the card uses (``ui.theme``)."""
    palette = scheme_palette(palette)
    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dark = is_dark(palette)
    muted = mix(background, text, 0.6)
    grid = mix(background, text, 0.14)
    if dark:
        return ProgressColors(
            background=background,
            text=text,
            muted=muted,
            grid=grid,
            from_breaks=QColor("#4fb3e8"),
            from_natural=QColor("#2a6f93"),
            goal=QColor("#f5a35c"),
            longest=QColor("#c9a3f5"),
            checkin=QColor("#f27d9b"),
            standing=QColor("#6cc49a"),
            paused=mix(background, text, 0.3),
            sitting=mix(background, QColor("#d9b25f"), 0.55),
            missed=QColor("#f27d7d"),
        )
    return ProgressColors(
        background=background,
        text=text,
        muted=muted,
        grid=grid,
        from_breaks=QColor("#1c6fa8"),
        from_natural=QColor("#8cc8ec"),
        goal=QColor("#c8570f"),
        longest=QColor("#6f42c1"),
        checkin=QColor("#b8325a"),
        standing=QColor("#3a9a6a"),
        paused=mix(background, text, 0.22),
        sitting=mix(background, QColor("#c99a32"), 0.45),
        missed=QColor("#c0392b"),
    )
