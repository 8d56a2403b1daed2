"""Every built-in stretch's card fits its text at 1× and 2×: no label is cut.

Each scale runs in its own process, because Qt reads ``QT_SCALE_FACTOR`` once
at start-up; the probe lays the card out for every stretch and compares each
visible label's height-for-width (or size hint) with the room it got.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("scale", ["1", "2"])
def test_no_label_on_any_built_in_card_is_cut(scale: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.card_layout_probe"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["device_pixel_ratio"] == float(scale)
    assert report["stretches"] >= 15, "every built-in stretch was laid out"
    assert report["cut"] == [], f"cut labels at {scale}×: {report['cut']}"
