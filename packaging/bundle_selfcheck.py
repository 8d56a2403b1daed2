"""Prove that a bundle (or a venv) can load every Qt piece the app relies on.

Run as ``python packaging/bundle_selfcheck.py`` in a venv, or inside the
frozen app with ``STANDUP_BUDDY_BUNDLE_SELFCHECK=1``. It imports each PySide6
module the app uses, renders the app icon through QtSvg, and compiles and
creates a small QtGraphs chart in QML, which loads the QtGraphs plugin and the
libraries it links (Quick, Quick 3D, ShaderTools). Prints one line per problem
and exits 1 if there was any, else prints ``selfcheck ok`` and exits 0.
"""

from __future__ import annotations

import importlib
import os
import sys

MODULES = (
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtSvg",
    "PySide6.QtGraphs",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQml",
)

# Sound cues are optional in the app: QtMultimedia needs the system's
# PulseAudio client library (libpulse0 on Debian), which a headless machine
# may lack. Its absence is reported but is not a failure.
OPTIONAL_MODULES = ("PySide6.QtMultimedia",)

CHART_QML = b"""
import QtQuick
import QtGraphs

GraphsView {
    width: 320
    height: 160
    axisX: BarCategoryAxis { categories: ["Mon", "Tue"] }
    axisY: ValueAxis { max: 60 }
    BarSeries {
        BarSet { values: [25, 40] }
    }
}
"""


def _check_icon(problems: list[str]) -> None:
    from importlib.resources import files

    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    svg = files("standup_buddy") / "assets" / "icons" / "standup-buddy.svg"
    if not svg.is_file():
        problems.append(f"the app icon is missing: {svg}")
        return
    renderer = QSvgRenderer(svg.read_bytes())
    if not renderer.isValid():
        problems.append(f"QtSvg cannot render {svg}")
        return
    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if image.pixelColor(16, 16).alpha() == 0:
        problems.append("the rendered app icon is empty")


def _check_chart(problems: list[str]) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(CHART_QML, QUrl("selfcheck.qml"))
    if component.isError():
        problems.extend(f"QML: {error.toString()}" for error in component.errors())
        return
    chart = component.create()
    if chart is None:
        problems.extend(f"QML: {error.toString()}" for error in component.errors())
        return
    chart.deleteLater()


def run() -> int:
    """Run every check; print the problems; 0 when there are none."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problems: list[str] = []
    for name in MODULES:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            problems.append(f"cannot import {name}: {exc}")
    for name in OPTIONAL_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            print(f"optional {name} unavailable: {exc}", file=sys.stderr)
    if not problems:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0]])
        _check_icon(problems)
        _check_chart(problems)
        app.processEvents()
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("selfcheck ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(run())
