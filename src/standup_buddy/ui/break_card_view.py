"""The look of the break card: every label, the figure, the steps, the caution and the buttons.

``BreakCardView`` has no behaviour of its own; ``BreakWindow`` fills it and
reacts to its buttons. Keeping the two apart keeps each small and lets the
screenshots and tests reach every control by name.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from standup_buddy.core.break_rules import OFFER_ALL, Offers
from standup_buddy.core.stretch import Stretch
from standup_buddy.textfmt import QT_TRANSLATE_NOOP, plural
from standup_buddy.ui.break_style import figure_background
from standup_buddy.ui.caution_box import caution_box
from standup_buddy.ui.countdown_ring import CountdownRing
from standup_buddy.ui.figure_widget import FigureWidget
from standup_buddy.ui.theme import Theme, mix

PLACE_WORDS = {
    "desk": QT_TRANSLATE_NOOP("BreakCardView", "At your desk"),
    "standing": QT_TRANSLATE_NOOP("BreakCardView", "Standing"),
    "floor": QT_TRANSLATE_NOOP("BreakCardView", "On the floor"),
}


LRM, RLM = "\u200e", "\u200f"

#: The key combination that ends a break whatever the rules (also Esc three times).
EMERGENCY_KEYS = "Ctrl+Shift+Q"
EMERGENCY_HINT = QT_TRANSLATE_NOOP("BreakCardView", "Esc three times or {keys}: emergency exit")
_HINTS = (
    QT_TRANSLATE_NOOP("BreakCardView", "Enter: done"),
    QT_TRANSLATE_NOOP("BreakCardView", "S: snooze"),
    QT_TRANSLATE_NOOP("BreakCardView", "Esc: skip"),
    QT_TRANSLATE_NOOP("BreakCardView", "← →: another stretch"),
)


def hint_text(offers: Offers, *, navigable: bool) -> str:
    """The key line under the card: only the answers offered now, in the interface language."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("BreakCardView", text)

    done, snooze, skip, other = _HINTS
    parts = [tr(done)]
    if offers.snooze:
        parts.append(tr(snooze))
    if offers.skip:
        parts.append(tr(skip))
    if navigable:
        parts.append(tr(other))
    if offers.emergency_exit:
        parts.append(tr(EMERGENCY_HINT).format(keys=EMERGENCY_KEYS))
    line = "   ·   ".join(parts)
    # The line starts with a key name (Latin letters), which would make Qt lay
    # the whole line out left to right; a right-to-left mark keeps Arabic in
    # its reading order, the first answer on the right.
    return f"{RLM}{line}" if QGuiApplication.isRightToLeft() else line


def seconds_words(seconds: float) -> str:
    """``45 s``, ``1 min``, ``1 min 30 s``."""
    whole = round(seconds)
    number = QLocale().toString
    if whole < 60:
        return QCoreApplication.translate("BreakCardView", "{seconds} s").format(
            seconds=number(whole)
        )
    minutes, rest = divmod(whole, 60)
    if rest:
        return QCoreApplication.translate("BreakCardView", "{minutes} min {seconds} s").format(
            minutes=number(minutes), seconds=number(rest)
        )
    return QCoreApplication.translate("BreakCardView", "{minutes} min").format(
        minutes=number(minutes)
    )


class BreakCardView(QWidget):
    """The card's widgets, laid out; ``navigable`` shows the previous/next buttons."""

    #: The wrapped labels were fitted to their widths: the window may need to grow.
    text_fitted = Signal()

    def __init__(self, snooze_minutes: int, navigable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._step_labels: list[QLabel] = []
        self._fit_pending = False
        self.card_frame = QFrame()
        self.card_frame.setObjectName("card")

        self.eyebrow = QLabel(self.tr("Time for a short break"))
        self.eyebrow.setObjectName("eyebrow")
        self.counter_label = QLabel()
        self.counter_label.setObjectName("counter")
        self.counter_label.setAccessibleName(self.tr("Which stretch"))
        self.name_label = QLabel()
        self.name_label.setObjectName("name")
        self.name_label.setWordWrap(True)
        self.name_label.setAccessibleName(self.tr("Stretch name"))
        self.meta_label = QLabel()
        self.meta_label.setObjectName("meta")
        self.meta_label.setAccessibleName(self.tr("Where, what for and how long"))

        self.figure_widget = FigureWidget()
        self.figure_widget.setMinimumSize(240, 240)
        self.figure_widget.setObjectName("figure")
        figure_frame = QFrame()
        figure_frame.setObjectName("figureframe")
        figure_layout = QVBoxLayout(figure_frame)
        figure_layout.setContentsMargins(10, 10, 10, 10)
        figure_layout.addWidget(self.figure_widget, 1)
        self.figure_frame = figure_frame

        self.side_label = QLabel()
        self.side_label.setObjectName("side")
        self.side_label.setAccessibleName(self.tr("Side"))
        self.switch_label = QLabel(self.tr("⇄  Switch sides"))
        self.switch_label.setObjectName("switch")
        self.switch_label.setAccessibleName(self.tr("Switch sides now"))
        self.switch_label.hide()
        pills = QHBoxLayout()
        pills.setSpacing(8)
        pills.addWidget(self.side_label)
        pills.addWidget(self.switch_label)
        pills.addStretch(1)

        self.steps_box = QWidget()
        self.steps_box.setObjectName("steps")
        self.steps_box.setAccessibleName(self.tr("Steps"))
        self.steps_layout = QVBoxLayout(self.steps_box)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps_layout.setSpacing(9)

        self.caution_frame, self.caution_text = caution_box(10)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(figure_frame, 1)
        left.addLayout(pills)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(self.steps_box)
        right.addStretch(1)
        right.addWidget(self.caution_frame)
        self.body = QWidget()
        self.body.setObjectName("body")
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(28)
        body.addLayout(left, 5)
        body.addLayout(right, 6)
        # Only the body scrolls, when the screen is too small for it (a high
        # scale factor, large fonts): the name, the ring and the buttons stay.
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("bodyscroll")
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body_scroll.setWidget(self.body)
        self.body_scroll.viewport().setAutoFillBackground(False)
        self.body.setAutoFillBackground(False)

        self.ring = CountdownRing()
        self.ring.setFixedSize(64, 64)
        self.time_caption = QLabel()
        self.time_caption.setObjectName("timecaption")
        # "Screen locks in 10 s" (breaks.lock_after_seconds); hidden otherwise.
        self.lock_label = QLabel()
        self.lock_label.setObjectName("timecaption")
        self.lock_label.setAccessibleName(self.tr("Screen lock countdown"))
        self.lock_label.setVisible(False)
        self.prev_button = QToolButton()
        self.prev_button.setObjectName("nav")
        self.prev_button.setAccessibleName(self.tr("Previous stretch"))
        self.next_button = QToolButton()
        self.next_button.setObjectName("nav")
        self.next_button.setAccessibleName(self.tr("Next stretch"))
        self._point_arrows()
        for nav in (self.prev_button, self.next_button):
            nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            nav.setVisible(navigable)

        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("skip")
        self.skip_button.setAccessibleName(self.tr("Skip this break"))
        self.skip_button.setToolTip(self.tr("Skip this break (Esc)"))
        minutes = snooze_minutes
        self.snooze_button = QPushButton(
            self.tr("Snooze {minutes} min").format(minutes=QLocale().toString(minutes))
        )
        self.snooze_button.setObjectName("snooze")
        self.snooze_button.setAccessibleName(
            plural(self.tr("Snooze for %n minute(s)", "", minutes), minutes)
        )
        self.snooze_button.setToolTip(
            plural(self.tr("Remind me again in %n minute(s) (S)", "", minutes), minutes)
        )
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("done")
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.setToolTip(self.tr("I did the stretch (Enter)"))
        for button in (self.skip_button, self.snooze_button, self.done_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(False)
            button.setMinimumHeight(36)

        timing = QVBoxLayout()
        timing.setSpacing(0)
        timing.addStretch(1)
        timing.addWidget(self.time_caption)
        timing.addWidget(self.lock_label)
        timing.addStretch(1)
        footer = QHBoxLayout()
        footer.setSpacing(10)
        footer.addWidget(self.ring)
        footer.addLayout(timing)
        footer.addSpacing(8)
        footer.addWidget(self.prev_button)
        footer.addWidget(self.next_button)
        footer.addStretch(1)
        footer.addWidget(self.skip_button)
        footer.addWidget(self.snooze_button)
        footer.addWidget(self.done_button)

        self._navigable = navigable
        self._snooze_minutes = snooze_minutes
        self._offers: Offers | None = None
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_offers(OFFER_ALL)

        header = QHBoxLayout()
        header.addWidget(self.eyebrow)
        header.addStretch(1)
        header.addWidget(self.counter_label)

        card_layout = QVBoxLayout(self.card_frame)
        card_layout.setContentsMargins(30, 24, 30, 20)
        card_layout.setSpacing(6)
        card_layout.addLayout(header)
        card_layout.addWidget(self.name_label)
        card_layout.addWidget(self.meta_label)
        card_layout.addSpacing(14)
        card_layout.addWidget(self.body_scroll, 1)
        card_layout.addSpacing(16)
        card_layout.addLayout(footer)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 8)
        outer.setSpacing(6)
        outer.addWidget(self.card_frame, 1)
        outer.addWidget(self.hint_label)
        # Tab follows the footer in reading order: ‹ › Skip Snooze Done.
        self.setTabOrder(self.prev_button, self.next_button)
        self.setTabOrder(self.next_button, self.skip_button)
        self.setTabOrder(self.skip_button, self.snooze_button)
        self.setTabOrder(self.snooze_button, self.done_button)
        self.setFocusProxy(self.done_button)

    def _point_arrows(self) -> None:
        """‹ › and their keys follow the reading direction.

        The mirrored layout puts "previous" on the right in Arabic, so its
        arrow and its key point right there (Qt does not mirror the glyphs).
        """
        back, forward = ("→", "←") if self.isRightToLeft() else ("←", "→")
        # Left-to-right marks pin the glyph: some styles mirror ‹ › in a
        # right-to-left widget themselves, which would undo the swap.
        self.prev_button.setText(LRM + ("›" if self.isRightToLeft() else "‹") + LRM)
        self.next_button.setText(LRM + ("‹" if self.isRightToLeft() else "›") + LRM)
        self.prev_button.setToolTip(self.tr("Previous stretch ({key})").format(key=back))
        self.next_button.setToolTip(self.tr("Next stretch ({key})").format(key=forward))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._point_arrows()
        super().changeEvent(event)

    def set_offers(self, offers: Offers) -> None:
        """Show only the answers the break rules offer now, and name their keys."""
        if offers == self._offers:
            return
        self._offers = offers
        self.skip_button.setVisible(offers.skip)
        self.snooze_button.setVisible(offers.snooze)
        minutes = self._snooze_minutes
        left = offers.snoozes_left
        text = self.tr("Snooze {minutes} min").format(minutes=QLocale().toString(minutes))
        spoken = plural(self.tr("Snooze for %n minute(s)", "", minutes), minutes)
        if left is not None:
            tail = self.tr("({count} left)").format(count=QLocale().toString(left))
            text, spoken = f"{text} {tail}", f"{spoken} {tail}"
        self.snooze_button.setText(text)
        self.snooze_button.setAccessibleName(spoken)
        self.hint_label.setText(hint_text(offers, navigable=self._navigable))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Not from inside the resize: laying out again there re-enters the layout.
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_later)

    def _fit_later(self) -> None:
        self._fit_pending = False
        self.fit_wrapped_text()

    def fit_wrapped_text(self) -> None:
        """Hold every wrapped label at the height its text needs at its width.

        Qt's box layouts do not pass a wrapped label's height-for-width up as
        a minimum, so a card squeezed by a small screen, large fonts or a high
        scale factor would cut lines (and descenders) off.  With the labels'
        own minimums in place the card grows instead, and the window's
        scroll area scrolls rather than clip.  Widths barely depend on
        heights here, so two passes settle it.
        """
        layout = self.layout()
        if layout is None:
            return
        grown = False
        for _ in range(3):
            layout.activate()
            changed = False
            for label in self.findChildren(QLabel):
                if not label.wordWrap() or label.width() <= 0:
                    continue
                need = label.heightForWidth(label.width())
                if need > 0 and need != label.minimumHeight():
                    label.setMinimumHeight(need)
                    changed = grown = True
            if not changed:
                break
        if grown or self.height() > self.minimumSizeHint().height() - 1:
            self.text_fitted.emit()

    def show_stretch(self, stretch: Stretch, seconds: float, index: int, count: int) -> None:
        """Fill the card with ``stretch``, card ``index`` of ``count``."""
        self.name_label.setText(stretch.name)
        self.meta_label.setText(self.meta_text(stretch, seconds))
        self.counter_label.setText(
            self.tr("Stretch {index} of {count}").format(
                index=QLocale().toString(index + 1), count=QLocale().toString(count)
            )
        )
        self.counter_label.setVisible(count > 1)
        self.set_steps(stretch)
        self.caution_text.setText(stretch.caution)
        self.fit_wrapped_text()

    def set_lock_countdown(self, seconds: float | None) -> None:
        """Say when the screen locks (``None``: it does not, or it already did)."""
        if seconds is None:
            self.lock_label.setVisible(False)
            return
        text = self.tr("Screen locks in {time}").format(
            time=seconds_words(max(1.0, math.ceil(seconds)))
        )
        if self.lock_label.text() != text:
            self.lock_label.setText(text)
        self.lock_label.setVisible(True)

    def apply_theme(self, theme: Theme) -> None:
        """Colours the style sheet cannot reach: the figure's palette and the ring."""
        palette = QPalette(self.figure_widget.palette())
        palette.setColor(QPalette.ColorRole.Window, figure_background(theme))
        palette.setColor(QPalette.ColorRole.WindowText, mix(theme.text, theme.accent, 0.25))
        palette.setColor(QPalette.ColorRole.Highlight, theme.accent)
        self.figure_widget.setPalette(palette)
        self.ring.set_theme(theme)

    @staticmethod
    def meta_text(stretch: Stretch, seconds: float) -> str:
        """``Standing · Hip flexors, posture · 1 min``."""
        focus = ", ".join(f.replace("_", " ") for f in stretch.focus[:3])
        place = PLACE_WORDS.get(stretch.where)
        place = (
            QCoreApplication.translate("BreakCardView", place)
            if place
            else stretch.where.capitalize()
        )
        return f"{place} · {focus.capitalize()} · {seconds_words(seconds)}"

    def set_steps(self, stretch: Stretch) -> None:
        """Show the stretch's steps as a numbered list."""
        while self.steps_layout.count():
            item = self.steps_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._step_labels = []
        for number, step in enumerate(stretch.steps, start=1):
            row = QWidget()
            row.setObjectName("steprow")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(10)
            badge = QLabel(str(number))
            badge.setObjectName("stepnum")
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setFixedSize(24, 24)
            badge.setAccessibleName(self.tr("Step {number}").format(number=number))
            text = QLabel(step)
            text.setObjectName("step")
            text.setWordWrap(True)
            text.setAccessibleName(
                self.tr("Step {number}: {step}").format(number=number, step=step)
            )
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            line.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            self.steps_layout.addWidget(row)
            self._step_labels.append(text)
        self.steps_box.setAccessibleDescription(" ".join(stretch.steps))

    def steps(self) -> list[str]:
        """The steps as shown."""
        return [label.text() for label in self._step_labels]
