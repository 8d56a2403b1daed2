"""Lay out the card, Progress (Week) and Settings in one language; print what is cut.

Run in its own process, so the scale factor (``QT_SCALE_FACTOR``) and the
language are in force from the first widget on:

    python -m tests.ui.i18n_layout_probe de

Prints one JSON object: the language, the layout direction, the device
pixel ratio, every label, button and check box whose text needs more room
than it has ("cut"), the x positions of the card's buttons and of the
Settings row labels (to see the mirroring), and whether the figure drew the
same pixels right to left as left to right.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, Qt
from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)
from tests.ui.fakes import FakeController, session
from tools.synthetic import ZONE, generate, write

from standup_buddy.i18n.qt import install_language
from standup_buddy.platform.paths import Paths
from standup_buddy.session import Status
from standup_buddy.settings import Settings
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore
from standup_buddy.stretches.catalog import load_catalog

THURSDAY = dt.date(2026, 3, 26)
NOW = dt.datetime.combine(THURSDAY, dt.time(15, 0), tzinfo=ZONE).timestamp()


def _needs(widget: QWidget) -> tuple[int, int]:
    """The room ``widget``'s text needs, as Qt measures it for this widget."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        return 0, widget.heightForWidth(widget.width())
    if isinstance(widget, QLabel):
        hint = widget.sizeHint()
        return hint.width(), hint.height()
    if isinstance(widget, QGroupBox):
        # The title's own width plus the frame's indent on both sides.
        return widget.fontMetrics().horizontalAdvance(widget.title()) + 16, 0
    if isinstance(widget, QCheckBox):
        hint = widget.minimumSizeHint()  # the box, the gap and the text
        return hint.width(), hint.height()
    # A button: its text's own extent plus a little room either side.
    metrics = widget.fontMetrics()
    return metrics.horizontalAdvance(widget.text()) + 6, metrics.height()


def _cut_by_ancestors(root: QWidget, widget: QWidget) -> int:
    """How many pixels of ``widget`` stick out sideways past an ancestor (a scroll area's view).

    Only sideways: scrolling down to a row is fine, a row cut at the right is not.
    """
    left = widget.mapTo(root, widget.rect().topLeft()).x()
    right = left + widget.width()
    hidden = 0
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        p_left = parent.mapTo(root, parent.rect().topLeft()).x() if parent is not root else 0
        p_right = p_left + parent.width()
        hidden = max(hidden, p_left - left, right - p_right)
        if parent is root:
            break
        parent = parent.parentWidget()
    return max(0, hidden)


def cut_widgets(root: QWidget) -> list[dict[str, object]]:
    """Visible texts in ``root`` that need more room than their geometry gives."""
    cut = []
    kinds = (QLabel, QPushButton, QToolButton, QCheckBox, QGroupBox)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if not text or (isinstance(widget, QLabel) and not widget.pixmap().isNull()):
            continue
        need_w, need_h = _needs(widget)
        hidden = _cut_by_ancestors(root, widget)
        if need_w > widget.width() or need_h > widget.height() or hidden:
            cut.append({
                "kind": type(widget).__name__,
                "name": widget.objectName(),
                "text": text[:60],
                "has": [widget.width(), widget.height()],
                "needs": [need_w, need_h],
                "hidden_px": hidden,
            })
    return cut


def missing_glyphs(root: QWidget) -> list[str]:
    """Visible texts with a character no installed font draws (a box, "tofu").

    Qt's font fallback picks a font per run of script; a run whose glyph is
    index 0 (``.notdef``) found no font with that character.
    """
    missing = []
    kinds = (QLabel, QPushButton, QToolButton, QCheckBox, QGroupBox)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if not text or (
            isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText
        ):
            continue
        layout = QTextLayout(text.replace("&", "").replace("\n", " "), widget.font())
        layout.beginLayout()
        while layout.createLine().isValid():
            pass
        layout.endLayout()
        if any(0 in run.glyphIndexes() for run in layout.glyphRuns()):
            missing.append(text[:60])
    return missing


def cjk_fonts() -> list[str]:
    """Installed families that write Japanese or Simplified Chinese."""
    systems = (QFontDatabase.WritingSystem.Japanese, QFontDatabase.WritingSystem.SimplifiedChinese)
    return sorted({f for w in systems for f in QFontDatabase.families(w)})


def settle(app: QApplication, root: QWidget) -> list[dict[str, object]]:
    """Process events until nothing is cut or half a second passed; the last verdict."""
    deadline = QDeadlineTimer(500)
    for _ in range(3):
        app.processEvents()
    cut = cut_widgets(root)
    while cut and not deadline.hasExpired():
        app.processEvents()
        cut = cut_widgets(root)
    return cut


def x_in(root: QWidget, widget: QWidget) -> int:
    return widget.mapTo(root, widget.rect().topLeft()).x()


def card(app: QApplication, home: Path) -> dict[str, object]:
    from standup_buddy.ui.break_window import BreakWindow

    catalog = load_catalog(Paths(config_dir=home, data_dir=home))
    ids = sorted(s.id for s in catalog.by_id().values() if s.source == "builtin")
    cut: list[dict[str, object]] = []
    positions: dict[str, int] = {}
    figure_same = True
    tofu: list[str] = []
    # Every built-in stretch: the longest name, steps and caution must fit too.
    for index, stretch_id in enumerate(ids):
        due = session((stretch_id, 60.0, None), (ids[(index + 1) % len(ids)], 60.0, None))
        window = BreakWindow(FakeController(), due, catalog)
        window.open()
        cut += [{"stretch": stretch_id, **c} for c in settle(app, window)]
        tofu += [f"{stretch_id}: {t}" for t in missing_glyphs(window)]
        if index == 0:
            view = window.view
            positions = {
                name: x_in(window, getattr(view, name))
                for name in ("skip_button", "snooze_button", "done_button", "ring", "eyebrow")
            }
            # The figure paints its own pose: the same pixels in either direction.
            figure = view.figure_widget
            figure.set_reduced_motion(True)  # a still pose: two grabs must match
            before = figure.grab().toImage()
            figure.setLayoutDirection(
                Qt.LayoutDirection.LeftToRight
                if figure.layoutDirection() == Qt.LayoutDirection.RightToLeft
                else Qt.LayoutDirection.RightToLeft
            )
            after = figure.grab().toImage()
            figure_same = before == after
        window.close()
        window.deleteLater()
    return {"cut": cut, "tofu": tofu, "x": positions, "figure_same_both_ways": figure_same}


def progress_week(app: QApplication) -> dict[str, object]:
    from standup_buddy.ui.progress.window import ProgressWindow

    store = HistoryStore(open_database(Paths(
        config_dir=Path(tempfile.mkdtemp()), data_dir=Path(tempfile.mkdtemp())).history_db))
    write(store, generate(THURSDAY, 10, seed=3))
    from standup_buddy.messages import MessageCenter
    from standup_buddy.services.history import HistoryService

    window = ProgressWindow(
        HistoryService(store, MessageCenter()), Settings(), today=lambda: THURSDAY, now=lambda: NOW,
        status_provider=lambda: Status("sitting", 20.0, 30.0, 10.0),
        on_goal_change=lambda _m, _t: None,
    )
    window.show()
    window.tabs.setCurrentWidget(window.week_view)
    cut = settle(app, window)
    week = window.week_view
    result = {
        "cut": cut,
        "tofu": missing_glyphs(window),
        "x": {
            "previous_button": x_in(window, week.previous_button),
            "next_button": x_in(window, week.next_button),
        },
        "first_day": week.figures()[0].date.isoformat(),
        "title": week.title.text(),
    }
    window.close()
    store.close()
    return result


def settings(app: QApplication) -> dict[str, object]:
    from tests.ui.test_settings_dialog import FakeAutostart

    from standup_buddy.messages import MessageCenter
    from standup_buddy.services.autostart import AutostartService
    from standup_buddy.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(
        FakeController(), autostart=AutostartService(MessageCenter(), FakeAutostart()),
        now=lambda: dt.datetime(2026, 3, 26, 15, 0).astimezone(),
    )
    dialog.show()
    cut = settle(app, dialog)
    label = dialog.findChildren(QLabel, "row-label")[0]
    editor = label.buddy()
    result = {
        "cut": cut,
        "tofu": missing_glyphs(dialog),
        "x": {"row_label": x_in(dialog, label), "editor": x_in(dialog, editor)},
        "buttons": sorted(
            b.text() for b in dialog.buttons.findChildren(QAbstractButton) if b.isVisible()
        ),
    }
    dialog.close()
    return result


def stretches(app: QApplication, home: Path) -> dict[str, object]:
    from standup_buddy.messages import MessageCenter
    from standup_buddy.services.rotation import RotationService
    from standup_buddy.ui.stretches.editor import StretchesEditor

    paths = Paths(config_dir=home, data_dir=home)
    editor = StretchesEditor(RotationService(paths, MessageCenter()), reduced_motion=True)
    editor.show()
    cut = settle(app, editor)
    result = {
        "cut": cut,
        "tofu": missing_glyphs(editor),
        "x": {"list": x_in(editor, editor.list_panel), "details": x_in(editor, editor.details)},
    }
    editor.close()
    return result


def main() -> int:
    language = sys.argv[1]
    app = QApplication(sys.argv[:1])
    installed = install_language(app, language)
    home = Path(tempfile.mkdtemp())
    report = {
        "language": installed.language,
        "translated": bool(installed.translators),
        "right_to_left": app.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        "device_pixel_ratio": app.primaryScreen().devicePixelRatio(),
        "cjk_fonts": cjk_fonts(),
        "card": card(app, home),
        "week": progress_week(app),
        "settings": settings(app),
        "stretches": stretches(app, home),
    }
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
