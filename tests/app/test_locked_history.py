"""Another program locking the history file neither costs history nor slows the app."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from tests.app.test_single_instance import spawn, stop, wait_for_status
from tests.storage.test_damage_and_locks import LockHolder

from standup_buddy.ipc import send_request
from standup_buddy.platform.paths import resolve_paths
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore


def ask(request: dict[str, object]) -> tuple[dict[str, object], float]:
    started = time.perf_counter()
    reply = send_request(resolve_paths().runtime_name, request)
    assert reply is not None and reply.get("ok"), reply
    return reply, time.perf_counter() - started


def keep_asking(seconds: float, slowest: list[float]) -> None:
    """Ask for status for ``seconds`` of real time (an external process: polled)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        _, took = ask({"cmd": "status"})
        slowest.append(took)
        time.sleep(0.05)


def test_a_lock_at_start_up_and_during_writes_loses_nothing(private_home: Path) -> None:
    path = private_home / "history.sqlite3"
    HistoryStore(open_database(path)).close()
    times: list[float] = []
    holder = LockHolder(path)
    app = spawn("--speed", "60")  # heartbeats every real second
    try:
        wait_for_status(app)
        keep_asking(2.0, times)
        ask({"cmd": "pause", "minutes": 5})  # a pause: a paused interval and saved state
        keep_asking(1.0, times)
        ask({"cmd": "resume"})
        holder.release()
        keep_asking(1.5, times)
        holder = LockHolder(path)  # locked again in the middle of the run
        keep_asking(2.0, times)
        holder.release()
        keep_asking(1.0, times)
    finally:
        stop(app)
        if holder.proc.poll() is None:
            holder.release()
    assert app.returncode == 0
    assert max(times) < 0.2, f"status took up to {max(times) * 1000:.0f} ms"

    db = sqlite3.connect(path)
    kinds = dict(db.execute("SELECT kind, sum(end_utc - start_utc) FROM intervals GROUP BY kind"))
    assert db.execute("SELECT count(*) FROM intervals WHERE open = 1").fetchone() == (0,)
    # About 8.5 real seconds at 60x: some 8 app minutes, none of it lost to the locks.
    assert 6 * 60 < sum(kinds.values()) < 12 * 60, kinds
    assert kinds.get("paused", 0) >= 45 and kinds.get("sitting", 0) >= 4 * 60, kinds
    assert db.execute("SELECT count(*) FROM goals").fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM app_state WHERE key = 'session'").fetchone() == (1,)
    log = (private_home / "logs" / "standup-buddy.log").read_text()
    assert "locked by another program" in log and "could not be saved" not in log
