"""Lay the break card out for every built-in stretch and print the labels that are cut.

Run as a separate process so the scale factor (``QT_SCALE_FACTOR``) is in
force from the first widget on: ``python -m tests.ui.card_layout_probe``.
Prints one JSON object: the device pixel ratio, the screen and the list of
cut labels (empty when every text fits).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer
from PySide6.QtWidgets import QApplication, QLabel
from tests.ui.fakes import FakeController, session

from standup_buddy.platform.paths import Paths
from standup_buddy.stretches.catalog import load_catalog
from standup_buddy.ui.break_window import BreakWindow


def cut_labels(window: BreakWindow) -> list[dict[str, object]]:
    """Visible labels whose text needs more room than their geometry gives."""
    cut = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        if label.wordWrap():
            need_w, need_h = 0, label.heightForWidth(label.width())
        else:
            hint = label.sizeHint()
            need_w, need_h = hint.width(), hint.height()
        if need_h > label.height() or need_w > label.width():
            cut.append(
                {
                    "label": label.objectName(),
                    "text": label.text()[:60],
                    "has": [label.width(), label.height()],
                    "needs": [need_w, need_h],
                }
            )
    return cut


def settle(app: QApplication, window: BreakWindow) -> list[dict[str, object]]:
    """Process events until nothing is cut or half a second passed; the last verdict."""
    deadline = QDeadlineTimer(500)
    cut = cut_labels(window)
    while cut and not deadline.hasExpired():
        app.processEvents()
        cut = cut_labels(window)
    return cut


def main() -> int:
    app = QApplication(sys.argv)
    home = Path(tempfile.mkdtemp())
    catalog = load_catalog(Paths(config_dir=home, data_dir=home))
    controller = FakeController()
    report: list[dict[str, object]] = []
    ids = sorted(s.id for s in catalog.by_id().values() if s.source == "builtin")
    for index, stretch_id in enumerate(ids):
        other = ids[(index + 1) % len(ids)]
        due = session((stretch_id, 60.0, None), (other, 60.0, None))
        window = BreakWindow(controller, due, catalog)
        window.open()
        for _ in range(3):
            app.processEvents()
        for item in settle(app, window):
            report.append({"stretch": stretch_id, **item})
        window.close()
        window.deleteLater()
    screen = app.primaryScreen()
    print(
        json.dumps(
            {
                "stretches": len(ids),
                "device_pixel_ratio": screen.devicePixelRatio(),
                "screen": [screen.availableGeometry().width(), screen.availableGeometry().height()],
                "cut": report,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
