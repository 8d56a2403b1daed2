"""Colours shared by the windows, chosen to read on both light and dark desktops.

Widgets ask ``theme_for(palette)`` instead of hard-coding colours, so a card
follows the system's light or dark scheme (and a test can force either by
handing in a palette).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QGuiApplication, QPalette

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# The progress colours of the tray ring and the break countdown: calm early,
# warmer as a break comes due. Kept as hex so a designer can tweak them at a glance.
TEAL = "#1f9e8f"
GREEN = "#3aa776"
AMBER = "#e6a23c"
CORAL = "#e0644e"
SLATE = "#37474f"
MUTED = "#8a969c"


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way toward ``b``, alpha included."""
    t = min(1.0, max(0.0, amount))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        a.alphaF() + (b.alphaF() - a.alphaF()) * t,
    )


# Stops of the progress gradient. Neighbouring stops are close in hue, so a
# straight RGB blend between them stays clean instead of turning muddy.
_PROGRESS_STOPS = (
    (0.0, TEAL),
    (0.55, TEAL),
    (0.7, "#4fa872"),
    (0.8, "#b3b243"),
    (0.9, AMBER),
    (1.0, CORAL),
)


def progress_colour(fraction: float) -> QColor:
    """Teal for most of the streak, warming through amber to coral at the break."""
    f = min(1.0, max(0.0, fraction))
    for (f0, c0), (f1, c1) in itertools.pairwise(_PROGRESS_STOPS):
        if f <= f1:
            return mix(QColor(c0), QColor(c1), (f - f0) / (f1 - f0))
    return QColor(CORAL)


def desktop_scheme() -> Qt.ColorScheme:
    """The desktop's light/dark hint (``Unknown`` where the platform gives none)."""
    # Qt imported here, not at the top: the tray icon at start-up uses this
    # module's colours before anything else needs Qt's enums (``ui/tray_icon.py``).
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    return hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown


def _palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether every window draws dark: the one rule the card and Progress share.

    The desktop's colour-scheme hint wins when it gives one (GNOME and KDE
    set it, and Qt may not have switched the palette yet when it changes);
    otherwise the palette decides: ``palette`` if given, else the
    application's.
    """
    from PySide6.QtCore import Qt

    scheme = desktop_scheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return _palette_is_dark(palette if palette is not None else QGuiApplication.palette())


def scheme_palette(palette: QPalette) -> QPalette:
    """``palette`` when it agrees with :func:`is_dark`, else the app's own palette for the scheme.

    A light palette under a dark hint (Qt without a platform theme on a dark
    GNOME) would put dark-scheme series on a white chart; this keeps the
    neutral colours the charts take from the palette on the same side.
    """
    dark = is_dark(palette)
    return palette if _palette_is_dark(palette) == dark else palette_for(dark)


@dataclass(frozen=True, slots=True)
class Theme:
    """The handful of colours the windows draw with."""

    dark: bool
    window: QColor
    card: QColor
    card_border: QColor
    text: QColor
    subtle_text: QColor
    accent: QColor
    accent_text: QColor
    caution_back: QColor
    caution_border: QColor
    caution_text: QColor
    track: QColor
    dim: QColor

    def css(self, colour: QColor) -> str:
        """A colour as a style-sheet value, alpha included."""
        return f"rgba({colour.red()}, {colour.green()}, {colour.blue()}, {colour.alphaF():.3f})"


def theme_for(palette: QPalette | None = None) -> Theme:
    """The theme matching ``palette`` (or the application's palette)."""
    dark = is_dark(palette)
    if dark:
        return Theme(
            dark=True,
            window=QColor("#1e2427"),
            card=QColor("#263035"),
            card_border=QColor("#34424a"),
            text=QColor("#e8eef0"),
            subtle_text=QColor("#a9b6bc"),
            accent=QColor("#3cb8a8"),
            accent_text=QColor("#0d1f1c"),
            caution_back=QColor("#2e2a22"),
            caution_border=QColor("#5a4a2c"),
            caution_text=QColor("#e9d9b8"),
            track=QColor("#3a474e"),
            dim=QColor(8, 12, 14, 170),
        )
    return Theme(
        dark=False,
        window=QColor("#eef2f3"),
        card=QColor("#ffffff"),
        card_border=QColor("#d7e0e3"),
        text=QColor("#1f2a30"),
        subtle_text=QColor("#5b6a71"),
        accent=QColor("#1b8a7d"),
        accent_text=QColor("#ffffff"),
        caution_back=QColor("#fbf5e8"),
        caution_border=QColor("#ecdcb6"),
        caution_text=QColor("#5c4a22"),
        track=QColor("#e1e8ea"),
        dim=QColor(20, 28, 32, 150),
    )


def palette_for(dark: bool) -> QPalette:
    """A complete light or dark palette, used by the screenshot tool and tests."""
    palette = QPalette()
    if dark:
        roles = {
            QPalette.ColorRole.Window: "#1e2427",
            QPalette.ColorRole.WindowText: "#e8eef0",
            QPalette.ColorRole.Base: "#263035",
            QPalette.ColorRole.AlternateBase: "#2c373d",
            QPalette.ColorRole.Text: "#e8eef0",
            QPalette.ColorRole.Button: "#2f3a40",
            QPalette.ColorRole.ButtonText: "#e8eef0",
            QPalette.ColorRole.Highlight: "#3cb8a8",
            QPalette.ColorRole.HighlightedText: "#0d1f1c",
            QPalette.ColorRole.ToolTipBase: "#263035",
            QPalette.ColorRole.ToolTipText: "#e8eef0",
            QPalette.ColorRole.PlaceholderText: "#7d8b91",
            QPalette.ColorRole.Mid: "#3a474e",
            QPalette.ColorRole.Light: "#3a474e",
            QPalette.ColorRole.Dark: "#151a1c",
        }
    else:
        roles = {
            QPalette.ColorRole.Window: "#eef2f3",
            QPalette.ColorRole.WindowText: "#1f2a30",
            QPalette.ColorRole.Base: "#ffffff",
            QPalette.ColorRole.AlternateBase: "#f4f7f8",
            QPalette.ColorRole.Text: "#1f2a30",
            QPalette.ColorRole.Button: "#f7f9fa",
            QPalette.ColorRole.ButtonText: "#1f2a30",
            QPalette.ColorRole.Highlight: "#1b8a7d",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.ToolTipBase: "#ffffff",
            QPalette.ColorRole.ToolTipText: "#1f2a30",
            QPalette.ColorRole.PlaceholderText: "#8a969c",
            QPalette.ColorRole.Mid: "#c5d0d4",
            QPalette.ColorRole.Light: "#ffffff",
            QPalette.ColorRole.Dark: "#9aa7ad",
        }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette
