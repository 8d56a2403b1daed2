"""The animated stick figure on the stretch card, painted with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QLineF, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QWidget

from standup_buddy.core.figure import Animation, Box, Pose, Segment, pose_at, segments, still_pose


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way toward ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
        1.0,
    )


class FigureWidget(QWidget):
    """Shows a stretch's animation; animates only while visible and motion is allowed.

    Colours come from the widget's palette, so the figure reads on light and
    dark themes alike. ``FRAME_INTERVAL_MS`` is a class constant so tests can
    change it.
    """

    FRAME_INTERVAL_MS = 16

    def __init__(self, animation: Animation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._animation = animation
        self._mirrored = False
        self._reduced_motion = False
        self._elapsed = QElapsedTimer()
        self._offset_seconds = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(self.FRAME_INTERVAL_MS)
        self._timer.timeout.connect(self.update)
        self.setMinimumSize(120, 120)
        self.setAccessibleName(self.tr("Stretch demonstration"))
        self.setAccessibleDescription(self.tr("A figure showing how to do the stretch"))

    # --- public API ---------------------------------------------------------

    def set_animation(self, animation: Animation | None) -> None:
        """Show ``animation`` from its beginning (None, or no keyframes, shows no figure)."""
        if animation is not None and not animation.keyframes:
            animation = None  # "no animation" was chosen for this stretch
        self._animation = animation
        self.setAccessibleDescription(
            self.tr("A figure showing how to do the stretch")
            if animation is not None
            else self.tr("No demonstration for this stretch: follow the steps")
        )
        self._offset_seconds = 0.0
        self._elapsed.restart()
        self._sync_timer()
        self.update()

    def animation(self) -> Animation | None:
        """The animation being shown."""
        return self._animation

    def set_mirrored(self, mirrored: bool) -> None:
        """Flip the figure left-to-right, for the second side of a stretch."""
        self._mirrored = mirrored
        self.update()

    def is_mirrored(self) -> bool:
        """Whether the figure is flipped."""
        return self._mirrored

    def set_reduced_motion(self, reduced: bool) -> None:
        """With reduced motion, draw one still, representative pose and run no timer."""
        self._reduced_motion = reduced
        self._sync_timer()
        self.update()

    def reduced_motion(self) -> bool:
        """Whether motion is reduced."""
        return self._reduced_motion

    def is_animating(self) -> bool:
        """Whether the frame timer is running."""
        return self._timer.isActive()

    def frame_timer(self) -> QTimer:
        """The frame timer (exposed for tests that wait on its ticks)."""
        return self._timer

    def render_frame(
        self, t: float, size: QSize | None = None, device_pixel_ratio: float = 1.0
    ) -> QImage:
        """Paint the figure as it is ``t`` seconds into the animation onto a new image."""
        logical = size or self.size()
        if logical.isEmpty():
            logical = self.sizeHint()
        image = QImage(
            round(logical.width() * device_pixel_ratio),
            round(logical.height() * device_pixel_ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(device_pixel_ratio)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        try:
            self._paint(painter, QRectF(0, 0, logical.width(), logical.height()), self._pose(t))
        finally:
            painter.end()
        return image

    # --- Qt overrides ---------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._elapsed.restart()
        self._sync_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        # Keep the place in the cycle, so showing again continues smoothly.
        if self._elapsed.isValid():
            self._offset_seconds += self._elapsed.elapsed() / 1000.0
        self._timer.stop()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, QRectF(self.rect()), self._pose(self._current_seconds()))
        finally:
            painter.end()

    # --- internals ------------------------------------------------------------

    def _sync_timer(self) -> None:
        self._timer.setInterval(self.FRAME_INTERVAL_MS)
        should_run = self.isVisible() and self._animation is not None and not self._reduced_motion
        if should_run and not self._timer.isActive():
            self._elapsed.restart()
            self._timer.start()
        elif not should_run:
            self._timer.stop()

    def _current_seconds(self) -> float:
        running = self._elapsed.elapsed() / 1000.0 if self._elapsed.isValid() else 0.0
        return self._offset_seconds + running

    def _pose(self, seconds: float) -> Pose | None:
        if self._animation is None:
            return None
        if self._reduced_motion:
            return still_pose(self._animation)
        return pose_at(self._animation, seconds)

    def _paint(self, painter: QPainter, rect: QRectF, pose: Pose | None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        margin = min(rect.width(), rect.height()) * 0.04
        box = Box(
            rect.left() + margin,
            rect.top() + margin,
            rect.width() - 2 * margin,
            rect.height() - 2 * margin,
        )
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Window)
        ink = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        colours = {
            "floor": _mix(ink, background, 0.55),
            "prop": _mix(ink, background, 0.7),
            "round_prop": _mix(accent, background, 0.35),
            "far": _mix(ink, background, 0.45),
            "body": ink,
            "eye": background,
            # The worked region in the accent colour, a little paler on the
            # far side, so the stretched side reads even at card size.
            "highlight": accent,
            "highlight_far": _mix(accent, background, 0.3),
        }
        if pose is None:
            return
        props = self._animation.props if self._animation else ()
        highlight = frozenset(self._animation.highlight if self._animation else ())
        for segment in segments(pose, box, props=props, mirrored=self._mirrored):
            self._draw_segment(painter, segment, colours, highlight)

    @staticmethod
    def _draw_segment(
        painter: QPainter,
        segment: Segment,
        colours: dict[str, QColor],
        highlight: frozenset[str] = frozenset(),
    ) -> None:
        if segment.kind in ("floor", "prop", "round_prop", "eye"):
            colour = colours[segment.kind]
        elif segment.name in highlight:
            colour = colours["highlight_far" if segment.depth < 0 else "highlight"]
        elif segment.depth < 0:
            colour = colours["far"]
        else:
            colour = colours["body"]
        if segment.start == segment.end:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            radius = segment.thickness / 2
            painter.drawEllipse(QPointF(segment.start.x, segment.start.y), radius, radius)
            return
        pen = QPen(colour, segment.thickness)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(QLineF(segment.start.x, segment.start.y, segment.end.x, segment.end.y))
