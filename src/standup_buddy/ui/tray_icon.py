"""The tray icon, drawn at run time: a ring that fills toward the next break.

The icon's look depends only on an ``IconLook`` (a mode and a quantised fill),
so the tray redraws it only when what a person would see changes. Drawing is
a pure function of the look, the size and the pixel ratio, which keeps it easy
to test and to render for the screenshots.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, QSize
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from standup_buddy.ui.theme import CORAL, GREEN, TEAL, mix, progress_colour
from standup_buddy.ui.tray_start import TRAY_SIZES, start_ring_icon

if TYPE_CHECKING:
    from standup_buddy.session import Status

#: The finest fill step: at most 24 steps around the ring, and never finer than
#: whole minutes, so the icon changes at most once an (app) minute.
MAX_STEPS = 24

MODES = ("sitting", "due", "held", "standing", "paused", "away", "on_break")

_DISC = QColor("#263238")
_DISC_MUTED = QColor("#546e7a")
_TRACK = QColor(255, 255, 255, 46)
_GLYPH = QColor("#f5f8f9")
_BADGE = QColor("#8c9eff")


# Painted without Qt's ``Qt`` namespace where it can be: the first use of
# ``PySide6.QtCore.Qt`` builds all of its enums (about 80 ms here), and the
# icon shown at start-up (an empty ring) is drawn before anything else needs
# them. Transparent fills and pens leave the same pixels as Qt's "no pen".
_CLEAR = QColor(0, 0, 0, 0)


def _no_pen() -> QPen:
    return QPen(QBrush(), 0)


@dataclass(frozen=True, slots=True)
class IconLook:
    """What the icon shows: a mode and how many of ``steps`` the ring has filled."""

    mode: str
    step: int
    steps: int

    @property
    def fraction(self) -> float:
        """The ring's fill, 0..1."""
        return self.step / self.steps if self.steps else 0.0


def look_for(status: Status) -> IconLook:
    """Reduce a status to what the icon can show."""
    # Here, not at the top: the icon at start-up is drawn before the engine
    # is loaded (``app/early_tray.py``).
    from standup_buddy.core.engine import EngineState
    from standup_buddy.core.scheduler import HoldReason

    steps = max(1, min(MAX_STEPS, math.floor(status.interval_minutes)))
    fraction = status.fraction
    due = fraction >= 1.0 or (
        status.next_break_minutes is not None and status.next_break_minutes <= 0
    )
    # A break that only waits behind working hours is not due: nothing will
    # ask the user to get up until they begin.
    if status.hold_reason is HoldReason.OUTSIDE_HOURS:
        due = False
    step = steps if due else min(steps - 1, math.floor(fraction * steps))
    if status.state is EngineState.PAUSED:
        mode = "paused"
    elif status.state is EngineState.ON_BREAK:
        mode = "on_break"
    elif status.state is EngineState.AWAY:
        return IconLook("away", 0, steps)
    elif status.state is EngineState.HELD or status.hold_reason is HoldReason.OUTSIDE_HOURS:
        mode = "held"
    elif status.state is EngineState.STANDING or status.standing:
        mode = "standing"
    else:
        mode = "due" if due else "sitting"
    return IconLook(mode, step, steps)


def render_look(look: IconLook, size: int, dpr: float = 1.0) -> QPixmap:
    """Draw ``look`` as a square ``size`` logical pixels wide at pixel ratio ``dpr``."""
    pixels = max(1, round(size * dpr))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(_CLEAR)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # Draw in a 100-unit box so every proportion below is size-independent.
        painter.scale(pixels / 100.0, pixels / 100.0)
        _paint(painter, look, pixels)
    finally:
        painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(dpr)
    return pixmap


def is_empty_ring(look: IconLook) -> bool:
    """Whether ``look`` draws the empty sitting ring (whatever its number of steps)."""
    return look.mode == "sitting" and look.step <= 0


def render_tray_icon(status: Status, size: int = 32, dpr: float = 1.0) -> QPixmap:
    """The tray picture for ``status`` at one size."""
    return render_look(look_for(status), size, dpr)


def icon_for(look: IconLook) -> QIcon:
    """A QIcon holding the look at every common tray size, plain and high-DPI.

    The empty ring, the icon every start-up shows, comes from PNG files drawn
    by ``render_look`` at build time (``start_ring_icon``): painting it here
    would build all of PySide6's ``Qt`` namespace enums (some 45 ms and
    1.5 MiB on the build machine) before the icon can be docked.
    """
    if is_empty_ring(look):
        shipped = start_ring_icon()  # the same files the early tray docks
        if shipped is not None:
            return shipped
    return QIcon(LookEngine(look))


class LookEngine(QIconEngine):
    """Paints a look at the size and pixel ratio asked for, when it is asked for.

    A tray shows one size; painting all sixteen sizes at every change of the
    ring (the way a QIcon of pixmaps is filled) was most of the idle tray's
    CPU. Each size is painted once and kept for as long as the icon is.
    """

    def __init__(self, look: IconLook) -> None:
        super().__init__()
        self._look = look
        self._drawn: dict[tuple[int, float], QPixmap] = {}

    def look(self) -> IconLook:
        """What this icon shows."""
        return self._look

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """The look, ``size`` logical pixels square at pixel ratio ``scale``."""
        side = max(1, min(size.width(), size.height()))
        key = (side, scale)
        pixmap = self._drawn.get(key)
        if pixmap is None:
            pixmap = self._drawn[key] = render_look(self._look, side, scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The look at ``size`` device pixels (pixel ratio 1)."""
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the look into ``rect`` (what the X11 tray does at each repaint).

        Drawn at the highest pixel ratio of the screens, so it is sharp on any
        of them: asking the painter for its device instead would make PySide6
        build the Python types of the tray's paint device (some 90 enums,
        tens of ms and most of a MiB, in a tray that never needs them).
        """
        app = QGuiApplication.instance()
        scale = max(1.0, app.devicePixelRatio()) if isinstance(app, QGuiApplication) else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        """A square as large as fits in ``size``: the ring is drawn to any size."""
        side = max(1, min(size.width(), size.height()))
        return QSize(side, side)

    def availableSizes(  # the same for every mode and state
        self, mode: QIcon.Mode | None = None, state: QIcon.State | None = None
    ) -> list[QSize]:
        """The tray sizes (any other is drawn as well when asked for)."""
        return [QSize(size, size) for size in TRAY_SIZES]

    def clone(self) -> QIconEngine:
        """A copy showing the same look."""
        return LookEngine(self._look)


# --- drawing -----------------------------------------------------------------


def _paint(painter: QPainter, look: IconLook, pixels: int) -> None:
    small = pixels < 20
    # Small icons need proportionally thicker strokes to stay legible.
    ring_width = 17.0 if small else 14.0
    centre = QPointF(50, 50)
    disc_colour = {
        "paused": _DISC_MUTED,
        "away": _DISC_MUTED,
        "on_break": QColor(TEAL),
        "due": QColor(CORAL),
    }.get(look.mode, _DISC)

    painter.setPen(_no_pen())
    painter.setBrush(disc_colour)
    painter.drawEllipse(centre, 48, 48)

    ring_rect = QRectF(2 + ring_width / 2, 2 + ring_width / 2, 96 - ring_width, 96 - ring_width)
    if look.mode in ("sitting", "held", "standing"):
        _ring(painter, ring_rect, ring_width, look)
    elif look.mode == "due":
        # Due: the whole disc turns coral with a light ring, so it is noticed.
        pen = QPen(QColor(255, 255, 255, 90), ring_width * 0.55)
        painter.setPen(pen)
        painter.setBrush(QBrush())  # no fill
        painter.drawEllipse(ring_rect)

    if look.mode == "paused":
        _pause_bars(painter, small)
    elif look.mode == "standing":
        _arrow_up(painter, small)
    elif look.mode == "away":
        _moon(painter, small)
    elif look.mode in ("on_break", "due"):
        _stretching_figure(painter, small)
    elif look.mode == "held":
        _badge(painter)
    elif not small:
        # A small centre dot in the ring's colour keeps the sitting icon from
        # looking empty at larger sizes.
        painter.setPen(_no_pen())
        painter.setBrush(mix(progress_colour(look.fraction), _DISC, 0.15))
        painter.drawEllipse(centre, 9, 9)


def _ring(painter: QPainter, rect: QRectF, width: float, look: IconLook) -> None:
    painter.setBrush(QBrush())  # no fill
    painter.setPen(QPen(_TRACK, width))
    painter.drawEllipse(rect)
    if look.step <= 0:
        return
    from PySide6.QtCore import Qt

    colour = QColor(GREEN) if look.mode == "standing" else progress_colour(look.fraction)
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap if look.fraction >= 1 else Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    # Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock; start at
    # 12 o'clock and fill clockwise like a watch.
    painter.drawArc(rect, 90 * 16, -round(look.fraction * 360 * 16))


def _pause_bars(painter: QPainter, small: bool) -> None:
    painter.setPen(_no_pen())
    painter.setBrush(_GLYPH)
    width, height, gap = (15, 44, 10) if small else (12, 38, 9)
    top = 50 - height / 2
    painter.drawRoundedRect(QRectF(50 - gap / 2 - width, top, width, height), 3, 3)
    painter.drawRoundedRect(QRectF(50 + gap / 2, top, width, height), 3, 3)


def _arrow_up(painter: QPainter, small: bool) -> None:
    from PySide6.QtCore import Qt

    pen = QPen(_GLYPH, 11 if small else 9)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(QBrush())  # no fill
    reach = 20 if small else 17
    painter.drawLine(QPointF(50, 50 + reach), QPointF(50, 50 - reach))
    path = QPainterPath(QPointF(50 - reach * 0.8, 50 - reach * 0.15))
    path.lineTo(50, 50 - reach)
    path.lineTo(50 + reach * 0.8, 50 - reach * 0.15)
    painter.drawPath(path)


def _moon(painter: QPainter, small: bool) -> None:
    radius = 22 if small else 19
    disc = QPainterPath()
    disc.addEllipse(QPointF(50, 50), radius, radius)
    bite = QPainterPath()
    bite.addEllipse(QPointF(50 + radius * 0.55, 50 - radius * 0.35), radius * 0.85, radius * 0.85)
    painter.setPen(_no_pen())
    painter.setBrush(QBrush(_GLYPH))
    painter.drawPath(disc.subtracted(bite))


def _stretching_figure(painter: QPainter, small: bool) -> None:
    """A person with arms raised: on a break, or time for one."""
    from PySide6.QtCore import Qt

    stroke = 10 if small else 8
    pen = QPen(_GLYPH, stroke)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(QBrush())  # no fill
    hip = QPointF(50, 60)
    neck = QPointF(50, 38)
    painter.drawLine(hip, neck)
    for side in (-1, 1):
        painter.drawLine(neck, QPointF(50 + side * 17, 20))
        painter.drawLine(hip, QPointF(50 + side * 12, 80))
    painter.setPen(_no_pen())
    painter.setBrush(_GLYPH)
    head = 8.5 if small else 7.5
    painter.drawEllipse(QPointF(50, 38 - head - 3), head, head)


def _badge(painter: QPainter) -> None:
    """A small dot at the lower right: the break is waiting (a meeting, a full-screen app)."""
    painter.setPen(QPen(_DISC, 6))
    painter.setBrush(_BADGE)
    painter.drawEllipse(QPointF(76, 76), 19, 19)
    painter.setPen(_no_pen())
    painter.setBrush(_DISC)
    painter.drawEllipse(QPointF(76, 76), 6, 6)
