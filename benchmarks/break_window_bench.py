"""The break card animating: frames drawn per second and CPU used, over 10 s.

Runs the real ``BreakWindow`` with the built-in catalog on the offscreen
platform (no display needed); a controller stub answers nothing.
"""

from __future__ import annotations

import os
import resource
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from standup_buddy.controller_base import BaseController
from standup_buddy.core.engine import EngineState
from standup_buddy.session import BreakSession, BreakTime, PlannedCard, Status
from standup_buddy.settings import Settings

SECONDS = float(os.environ.get("BENCH_ANIMATION_SECONDS", "10"))


class _Quiet(BaseController):
    """Answers nothing; keeps the break's clock as the engine would (wall time here)."""

    started_at = time.monotonic()
    def status(self) -> Status:
        return Status(EngineState.SITTING, 30.0, 30.0, 0.0)

    def settings(self) -> Settings:
        return Settings()

    def break_shown(self, stretch_ids: list[str]) -> None:
        pass

    def break_started(self) -> None:
        pass

    def stretch_shown(self, stretch_id: str) -> None:
        pass

    def break_time(self) -> BreakTime | None:
        elapsed = time.monotonic() - self.started_at
        return BreakTime(True, elapsed, max(0.0, 120.0 - elapsed), 120.0)

    def break_skipped(self) -> None:  # closing the card counts as a skip
        pass


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run() -> list[tuple[str, str, str]]:
    import tempfile

    from standup_buddy.platform.paths import Paths
    from standup_buddy.stretches.catalog import load_catalog
    from standup_buddy.ui.break_window import BreakWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as home:
        catalog = load_catalog(Paths(config_dir=__import__("pathlib").Path(home),
                                     data_dir=__import__("pathlib").Path(home)))
    defaults = Settings().view
    session = BreakSession(cards=(PlannedCard("kneeling-hip-flexor", 60.0, "left"),
                                  PlannedCard("kneeling-hip-flexor", 60.0, "right")),
                           duration_seconds=120.0,
                           style=defaults.breaks.style,
                           reduced_motion=defaults.ui.reduced_motion,
                           snooze_minutes=defaults.breaks.snooze_minutes,
                           lock_after_seconds=defaults.breaks.lock_after_seconds)
    BreakWindow.KEY_GUARD_SECONDS = 0.0
    from standup_buddy.ui.figure_widget import FigureWidget

    frames = [0]
    paint = FigureWidget.paintEvent

    def counting(self: FigureWidget, event: object) -> None:
        frames[0] += 1
        paint(self, event)  # type: ignore[arg-type]

    FigureWidget.paintEvent = counting  # type: ignore[method-assign]
    window = BreakWindow(_Quiet(), session, catalog)
    window.show()
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:  # settle: first layout and paint
        app.processEvents()
    frames[0] = 0
    cpu0, t0 = _cpu(), time.monotonic()
    QTimer.singleShot(int(SECONDS * 1000), app.quit)
    app.exec()
    cpu1, t1 = _cpu(), time.monotonic()
    window.close()
    window.deleteLater()
    app.processEvents()
    del window
    elapsed = t1 - t0
    FigureWidget.paintEvent = paint  # type: ignore[method-assign]
    fps = frames[0] / elapsed
    return [
        ("figure frames drawn per second", f"{fps:.1f} fps over {elapsed:.0f} s", ">= 50"),
        ("CPU while animating", f"{100 * (cpu1 - cpu0) / elapsed:.1f} % of a core", "< 25 %"),
    ]
