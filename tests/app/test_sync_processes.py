"""Two real app processes, two homes, one shared folder (the sync engine's job done
instantly), on one fast timeline (``--speed 60`` from a shared epoch).

Headless, both computers see input all the time (no idle source), which is the
hard case for "only one prompts": the user is at both.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from standup_buddy.storage.sync_folder import SUBFOLDER

pytestmark = pytest.mark.slow

# Slow enough that a heartbeat (every app minute, 3 real seconds) stays fresh
# (3 app minutes, 9 real seconds) on a busy machine.
SPEED = 20
SETTINGS = """
[schedule]
start = "00:00"
end = "00:00"
work_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

[breaks]
interval_minutes = 10
"""


class App:
    def __init__(self, root: Path, name: str, folder: Path, epoch: float) -> None:
        self.home = root / f"home-{name}"
        self.home.mkdir()
        (self.home / "settings.toml").write_text(SETTINGS, encoding="utf-8")
        self.env = {
            **os.environ,
            "STANDUP_BUDDY_HOME": str(self.home),
            "STANDUP_BUDDY_SPEED_EPOCH": repr(epoch),
            "STANDUP_BUDDY_NO_WELCOME": "1",
            "QT_QPA_PLATFORM": "offscreen",
        }
        done = self.cli("sync", "set", str(folder), "--name", name)
        assert done.returncode == 0, done.stderr
        self.proc: subprocess.Popen[bytes] | None = None

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "standup_buddy", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "standup_buddy", "--speed", str(SPEED)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def status(self) -> dict[str, object] | None:
        result = self.cli("status", "--json")
        if result.returncode != 0:
            return None
        data = json.loads(result.stdout)
        assert isinstance(data, dict)
        return data

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


def _until(what: str, check: object, timeout: float) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()  # type: ignore[operator]
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def apps(tmp_path: Path) -> Iterator[tuple[App, App]]:
    folder = tmp_path / "shared"
    folder.mkdir()
    epoch = time.time()
    desk, laptop = App(tmp_path, "desk", folder, epoch), App(tmp_path, "laptop", folder, epoch)
    try:
        yield desk, laptop
    finally:
        desk.stop()
        laptop.stop()


def _minutes(app: App) -> float:
    status = app.status()
    return -1.0 if status is None else float(status["sitting_minutes"])  # type: ignore[arg-type]


def test_two_real_apps_share_one_streak_and_only_one_prompts(
    apps: tuple[App, App], tmp_path: Path
) -> None:
    desk, laptop = apps
    folder = tmp_path / "shared"
    desk.start()
    _until("the desk to have sat 4 minutes", lambda: _minutes(desk) >= 4, 60)
    # The user moves: the desk quits, the laptop starts at once (well within
    # the 5-minute natural-break threshold, i.e. 15 real seconds).
    desk.stop()
    laptop.start()
    carried = _until("the laptop to carry the streak", lambda: _minutes(laptop) >= 3.5, 30)
    assert carried
    # The desk comes back while the laptop runs: the user is at both now.
    desk.start()
    _until("the desk to join the streak", lambda: _minutes(desk) >= _minutes(laptop) - 2, 30)

    # Each app says in its heartbeat whether its prompt is on screen; watch both
    # through the break falling due and a few snooze rounds after it.
    prompting: set[str] = set()
    deadline = time.monotonic() + 60
    first: float | None = None
    while time.monotonic() < deadline and (first is None or time.monotonic() < first + 20):
        for path in (folder / SUBFOLDER).glob("beat-*.json"):
            try:
                beat = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # being replaced
            if beat.get("prompt_open"):
                prompting.add(str(beat.get("name")))
                first = first or time.monotonic()
        time.sleep(0.1)
    assert len(prompting) == 1, prompting
