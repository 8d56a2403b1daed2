"""The Week chart as drawn: every bar and the goal line against its figure, in pixels.

This reads the rendered image, not the data handed to QML, so a chart that
draws bars on a stale scale (as Qt Graphs' BarSeries did after paging to a
week with another maximum) fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.ui.week_pixels import WEEKS, render_and_measure

#: Pages through weeks of rising, falling and much larger maxima, as ◀ Previous does.
ORDER = [0, 1, 2, 3, 4, 2, 0]


def test_bars_and_goal_line_match_the_figures_at_1x(qtbot: QtBot) -> None:
    found = render_and_measure(ORDER)
    assert found == {str(i): [] for i in set(ORDER)}


@pytest.mark.parametrize("scale", ["2"])
def test_bars_and_goal_line_match_the_figures_at_other_scales(scale: str) -> None:
    # The device pixel ratio is fixed when the application starts: a fresh process.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, str(root / "tests" / "ui" / "week_pixels.py"), *map(str, ORDER)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {str(i): [] for i in set(ORDER)}


def test_the_weeks_really_have_different_maxima() -> None:
    tops = {max(a + b for a, b in week) for week in WEEKS}
    assert len(tops) == len(WEEKS)
