"""History on storage the user cannot write: stats and export still read all of it.

Run as a second account (created for the test; CI runs as root, and root
ignores file permissions, so only another account sees read-only storage).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

import standup_buddy
from standup_buddy.core.model import ActivityKind, Interval
from standup_buddy.storage.database import open_database
from standup_buddy.storage.history import HistoryStore

READER = "sbreader"
SYSTEM_PYTHON = Path("/usr/bin/python3")


def _system_python_ok() -> bool:
    if not SYSTEM_PYTHON.exists():
        return False
    probe = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import sys; print(sys.version_info >= (3, 11))"],
        capture_output=True, text=True, check=False)
    return probe.stdout.strip() == "True"


pytestmark = pytest.mark.skipif(
    not (hasattr(os, "getuid") and os.getuid() == 0 and shutil.which("useradd")
         and _system_python_ok()),
    reason="needs root, useradd and a system Python >= 3.11 to read as a second account",
)


@pytest.mark.parametrize("app_running", [False, True])
def test_stats_and_export_read_a_wal_history_on_read_only_storage(app_running: bool) -> None:
    try:
        user = pwd.getpwnam(READER)
    except KeyError:
        subprocess.run(["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", READER],
                       check=True)
        user = pwd.getpwnam(READER)
    base = Path(tempfile.mkdtemp(prefix="sb-ro-"))
    try:
        # The package, readable by the other account (stats and export need only stdlib).
        code = base / "code"
        shutil.copytree(Path(standup_buddy.__file__).parent, code / "standup_buddy",
                        ignore=shutil.ignore_patterns("assets", "__pycache__"))
        home = base / "home"
        home.mkdir()
        today = dt.datetime.now().astimezone()
        noon = today.replace(hour=12, minute=0, second=0, microsecond=0)
        offset = int(noon.utcoffset().total_seconds())  # type: ignore[union-attr]
        store = HistoryStore(open_database(home / "history.sqlite3"))
        store.add_interval(Interval(ActivityKind.SITTING, noon.timestamp(),
                                    noon.timestamp() + 1500, offset))
        if not app_running:
            store.close()  # no -shm: a reader cannot create one on read-only storage
        # else left as a running app leaves it: WAL with its -wal and -shm files.
        for path in (base, code, home, *code.rglob("*"), *home.iterdir()):
            path.chmod(0o555 if path.is_dir() else 0o444)
        env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(code), "STANDUP_BUDDY_HOME": str(home),
               "HOME": "/nonexistent"}
        for args in (["stats", "--days", "1", "--json"], ["export", "--format", "json"]):
            result = subprocess.run([str(SYSTEM_PYTHON), "-m", "standup_buddy", *args], env=env,
                                    user=user.pw_uid, group=user.pw_gid, extra_groups=[],
                                    cwd="/", capture_output=True, text=True, timeout=120,
                                    check=False)
            assert result.returncode == 0, result.stderr
            assert "Traceback" not in result.stderr
            data = json.loads(result.stdout)
            if args[0] == "stats":
                assert data["days"][0]["sitting_minutes"] == 25.0
            else:
                assert [i["minutes"] for i in data["intervals"]] == [25.0]
        if app_running:
            store.close()
    finally:
        for path in (base, *base.rglob("*")):
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)
