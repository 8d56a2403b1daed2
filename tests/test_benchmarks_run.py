"""`make bench` is not part of the suite, but its stubs must keep up with the app.

The break-window benchmark drives the real card with a stub controller; when
the controller's interface grows, this fails here instead of in `make bench`.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot


def test_break_window_benchmark_runs_and_draws_frames(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks import break_window_bench

    monkeypatch.setattr(break_window_bench, "SECONDS", 0.5)
    rows = {figure: measured for figure, measured, _target in break_window_bench.run()}
    fps = float(rows["figure frames drawn per second"].split()[0])
    assert fps > 0
