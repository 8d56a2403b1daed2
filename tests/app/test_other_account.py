"""Another local account can neither block the app nor fake its answers nor read its commands.

The hostile account is created for the test (``useradd``); CI runs as root,
which may create accounts and start processes as them.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.app.test_single_instance import spawn, stop, wait_for_status

from standup_buddy.ipc import request_at, runtime_dir, socket_path
from standup_buddy.platform.paths import resolve_paths

HOSTILE = "sbhostile"

# Runs as the other account: listens on every path it is given that it can
# bind, answers with a fake status, and records whatever it is sent.
LISTENER = r"""
import json, os, socket, sys, select
log, paths = sys.argv[1], sys.argv[2:]
servers = []
for path in paths:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        s.bind(path)
        os.chmod(path, 0o777)
        s.listen(8)
        servers.append(s)
        print("bound", path, flush=True)
    except OSError as exc:
        print("refused", path, exc.errno, flush=True)
print("ready", flush=True)
fake = json.dumps({"ok": True, "status": {"summary": "FAKE"}, "message": "FAKE"}) + "\n"
while servers:
    ready, _, _ = select.select(servers, [], [], 60)
    if not ready:
        break
    for s in ready:
        conn, _ = s.accept()
        conn.settimeout(2)
        try:
            data = conn.recv(65536)
        except OSError:
            data = b""
        with open(log, "ab") as f:
            f.write(data or b"(connected)\n")
        try:
            conn.sendall(fake.encode())
        except OSError:
            pass
        conn.close()
"""


def _can_switch_users() -> bool:
    return hasattr(os, "getuid") and os.getuid() == 0 and shutil.which("useradd") is not None


pytestmark = pytest.mark.skipif(
    not _can_switch_users(), reason="needs root and useradd to create a second account"
)


@pytest.fixture(scope="module")
def hostile() -> Iterator[pwd.struct_passwd]:
    try:
        user = pwd.getpwnam(HOSTILE)
    except KeyError:
        subprocess.run(["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", HOSTILE],
                       check=True)
        user = pwd.getpwnam(HOSTILE)
    yield user


def listen_as(user: pwd.struct_passwd, log: Path, paths: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        ["/usr/bin/python3", "-I", "-c", LISTENER, str(log), *paths],
        user=user.pw_uid, group=user.pw_gid, extra_groups=[], cwd="/",
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def read_until_ready(proc: subprocess.Popen[str]) -> list[str]:
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "ready":
            return lines
        lines.append(line.strip())
    raise AssertionError(proc.communicate())


@pytest.fixture
def hostile_dir(hostile: pwd.struct_passwd) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="sb-hostile-"))
    os.chown(folder, hostile.pw_uid, hostile.pw_gid)
    folder.chmod(0o755)
    log = folder / "received.log"
    log.touch()
    os.chown(log, hostile.pw_uid, hostile.pw_gid)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_listener_of_another_account_cannot_block_the_app_or_read_its_commands(
    hostile: pwd.struct_passwd, hostile_dir: Path
) -> None:
    name = resolve_paths().runtime_name
    runtime = runtime_dir()
    # Every path the app (or an older version of it) might use, plus its own.
    targets = [f"/tmp/{name}", f"/tmp/standup-buddy-{os.environ.get('USER', 'root')}",
               str(socket_path(name)), str(runtime / f"{name}.lock"), str(runtime / "x.sock"),
               f"{os.environ['XDG_RUNTIME_DIR']}/{name}.sock"]
    log = hostile_dir / "received.log"
    listener = listen_as(hostile, log, targets)
    try:
        lines = read_until_ready(listener)
        # The user's private folders are closed to the other account.
        for private in targets[2:]:
            assert f"refused {private} 13" in lines, lines
        app = spawn()
        try:
            reply = wait_for_status(app)
            assert reply["status"]["summary"] != "FAKE"
            assert app.poll() is None  # it did not leave with "already running"
            for command in ({"cmd": "pause", "minutes": 5}, {"cmd": "resume"}):
                assert (request_at(socket_path(name), command) or {}).get("ok")
        finally:
            stop(app)
        assert app.returncode == 0
    finally:
        listener.kill()
        listener.communicate()
    assert log.read_bytes() == b"", "the other account received something"


def test_the_client_refuses_a_socket_served_by_another_account(
    hostile: pwd.struct_passwd, hostile_dir: Path
) -> None:
    theirs = hostile_dir / "theirs.sock"
    # A socket file that is ours but is served by the other account's process.
    disguised = hostile_dir / "disguised.sock"
    log = hostile_dir / "received.log"
    listener = listen_as(hostile, log, [str(theirs), str(disguised)])
    try:
        assert read_until_ready(listener) == [f"bound {theirs}", f"bound {disguised}"]
        os.chown(disguised, os.getuid(), os.getgid())
        for path in (theirs, disguised):
            reply = request_at(path, {"cmd": "pause", "minutes": 30})
            assert reply is not None and reply["ok"] is False
            assert "another account" in reply["error"] and HOSTILE in reply["error"]
        # What the user sees from the command line.
        proc = subprocess.run(
            [sys.executable, "-c", "import sys; from standup_buddy.ipc import request_at;"
             "from pathlib import Path; print(request_at(Path(sys.argv[1]), {'cmd': 'status'}))",
             str(disguised)], capture_output=True, text=True, timeout=60, check=True)
        assert "served by another account" in proc.stdout
    finally:
        listener.kill()
        listener.communicate()
    received = log.read_bytes()
    # The disguised socket was connected to (that is how its owner was seen) but
    # nothing was written to either.
    assert b"cmd" not in received, received
    assert json.dumps({"cmd": "status"}).encode() not in received
