"""Real Wayland compositors, headless, for tests: sway, KWin and Mutter.

Each compositor gets a private ``XDG_RUNTIME_DIR`` and, for Mutter and KWin,
a private session bus (``dbus-run-session``); nothing touches the user's own
session. The test process and the app connect as clients.

* sway refuses to run as root. Under root (as in CI) it runs as an
  unprivileged user made for the purpose (``standup-test``), with the runtime
  directory owned by that user and mode 0700; root's clients can still reach
  its socket. The app keeps running as the test's own user, so it needs no
  copy of the virtualenv.
* KWin's binary carries a file capability (``cap_sys_resource``) that an
  unprivileged process, or a container without that capability, cannot exec.
  A plain copy of the binary has no capability and runs anywhere. KWin runs
  as the test's own user: it only offers ``org_kde_kwin_fake_input`` to
  clients whose executable it can read, even with
  ``KWIN_WAYLAND_NO_PERMISSION_CHECKS=1``.
* Mutter runs as the test's own user with ``--headless --virtual-monitor``.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

STARTUP_TIMEOUT = 20.0
TEST_USER = "standup-test"


@dataclass
class Compositor:
    """A running compositor and how to reach it."""

    name: str
    runtime_dir: Path
    socket: str
    process: subprocess.Popen[bytes]
    log: Path
    bus_address: str = ""
    desktop: str = ""
    helpers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def env(self, **extra: str) -> dict[str, str]:
        """``os.environ`` pointed at this compositor (and its bus), without X11."""
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION"}
        }
        env.update(
            XDG_RUNTIME_DIR=str(self.runtime_dir),
            WAYLAND_DISPLAY=self.socket,
            XDG_SESSION_TYPE="wayland",
            XDG_CURRENT_DESKTOP=self.desktop,
            DBUS_SESSION_BUS_ADDRESS=self.bus_address or "unix:path=/nonexistent",
        )
        env.update(extra)
        return env

    def log_tail(self) -> str:
        """The end of the compositor's log, for failure messages."""
        try:
            return self.log.read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    def stop(self) -> None:
        """Stop helpers, then the compositor; remove the runtime directory."""
        for proc in [*self.helpers, self.process]:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        shutil.rmtree(self.runtime_dir, ignore_errors=True)


def require(binary: str, package: str) -> str:
    """The path of ``binary``; skip the test naming the package when it is missing."""
    path = shutil.which(binary) or (
        f"/usr/bin/{binary}" if Path(f"/usr/bin/{binary}").exists() else None
    )
    if path is None:
        pytest.skip(f"{binary} is not installed (package {package})")
    return path


def require_pywayland() -> None:
    """Skip when pywayland (the app's Wayland dependency) is not installed here."""
    pytest.importorskip("pywayland", reason="pywayland has no wheel for this platform")


def unprivileged_user() -> pwd.struct_passwd | None:
    """``None`` when the tests already run unprivileged, else the test user (made if missing)."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(TEST_USER)
    except KeyError:
        pass
    useradd = shutil.which("useradd")
    if useradd is None:
        pytest.skip("running as root and useradd is missing: cannot run sway unprivileged")
    subprocess.run(
        [useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", TEST_USER],
        check=True,
        timeout=30,
        capture_output=True,
    )
    return pwd.getpwnam(TEST_USER)


def _runtime_dir(owner: pwd.struct_passwd | None) -> Path:
    path = Path(tempfile.mkdtemp(prefix="sb-wayland-"))
    if owner is not None:
        os.chown(path, owner.pw_uid, owner.pw_gid)
    path.chmod(0o700)
    return path


def _as_user(owner: pwd.struct_passwd | None, argv: Sequence[str]) -> list[str]:
    if owner is None:
        return list(argv)
    # setpriv execs the command itself (no parent left in between), so a
    # SIGTERM from the test reaches the compositor directly.
    return [
        require("setpriv", "util-linux"),
        f"--reuid={owner.pw_uid}",
        f"--regid={owner.pw_gid}",
        "--clear-groups",
        *argv,
    ]


def _wait_for_socket(comp: Compositor, timeout: float = STARTUP_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    socket = comp.runtime_dir / comp.socket
    while not socket.exists():
        if comp.process.poll() is not None:
            log = comp.log_tail()
            comp.stop()
            raise AssertionError(f"{comp.name} exited during start-up:\n{log}")
        if time.monotonic() > deadline:
            log = comp.log_tail()
            comp.stop()
            raise AssertionError(f"{comp.name} did not open {socket} in {timeout:g} s:\n{log}")
        time.sleep(0.05)


def _wait_for_bus(comp: Compositor, timeout: float = STARTUP_TIMEOUT) -> None:
    """Read the bus address the start-up script writes first."""
    deadline = time.monotonic() + timeout
    address_file = comp.runtime_dir / "bus-address"
    while not address_file.exists() or not address_file.read_text().strip():
        if comp.process.poll() is not None or time.monotonic() > deadline:
            log = comp.log_tail()
            comp.stop()
            raise AssertionError(f"{comp.name}: no session bus came up:\n{log}")
        time.sleep(0.05)
    comp.bus_address = address_file.read_text().strip()


def _with_private_bus(runtime: Path, argv: Sequence[str]) -> list[str]:
    """``dbus-run-session`` around a script that publishes the bus address, then execs."""
    script = runtime / "start.sh"
    script.write_text(
        '#!/bin/sh\nprintf %s "$DBUS_SESSION_BUS_ADDRESS" > "$XDG_RUNTIME_DIR/bus-address"\n'
        'exec "$@"\n'
    )
    script.chmod(0o755)
    return [require("dbus-run-session", "dbus"), "--", str(script), *argv]


def _clean_env(runtime: Path, **extra: str) -> dict[str, str]:
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(runtime),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(runtime / "config"),
        "LANG": "C.UTF-8",
        **extra,
    }


def start_sway() -> Compositor:
    """sway 1.7+ on the headless wlroots backend, software rendering, no input devices."""
    sway = require("sway", "sway")
    owner = unprivileged_user()
    runtime = _runtime_dir(owner)
    config = runtime / "sway.conf"
    config.write_text("output HEADLESS-1 resolution 1280x800\nfocus_follows_mouse no\n")
    config.chmod(0o644)
    log = runtime / "sway.log"
    env = _clean_env(
        runtime,
        WLR_BACKENDS="headless",
        WLR_LIBINPUT_NO_DEVICES="1",
        WLR_RENDERER="pixman",
    )
    with log.open("wb") as out:
        process = subprocess.Popen(
            _as_user(owner, [sway, "-c", str(config)]),
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=runtime,
        )
    comp = Compositor("sway", runtime, "wayland-1", process, log, desktop="sway")
    _wait_for_socket(comp)
    return comp


def sway_ipc_socket(comp: Compositor) -> str:
    """The path of sway's IPC socket (for ``swaymsg -s``)."""
    found = sorted(comp.runtime_dir.glob("sway-ipc.*.sock"))
    if not found:
        raise AssertionError("sway opened no IPC socket")
    return str(found[0])


def start_kwin() -> Compositor:
    """``kwin_wayland --virtual`` from a copy of the binary (no file capability)."""
    original = require("kwin_wayland", "kwin-wayland")
    runtime = _runtime_dir(None)
    binary = runtime / "kwin_wayland"
    shutil.copy(original, binary)  # copies the mode, never the capability xattr
    log = runtime / "kwin.log"
    env = _clean_env(runtime, KWIN_WAYLAND_NO_PERMISSION_CHECKS="1", QT_QPA_PLATFORM="wayland")
    argv = [
        str(binary),
        "--virtual",
        "--socket",
        "wayland-kwin",
        "--width",
        "1280",
        "--height",
        "800",
        "--no-lockscreen",
        "--no-global-shortcuts",
        "--no-kactivities",
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(
            _with_private_bus(runtime, argv),
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=runtime,
        )
    comp = Compositor("kwin_wayland", runtime, "wayland-kwin", process, log, desktop="KDE")
    _wait_for_bus(comp)
    _wait_for_socket(comp)
    return comp


def start_mutter() -> Compositor:
    """``mutter --headless`` with one virtual monitor, Wayland only, on a private bus."""
    mutter = require("mutter", "mutter")
    runtime = _runtime_dir(None)
    log = runtime / "mutter.log"
    argv = [
        mutter,
        "--headless",
        "--virtual-monitor",
        "1280x800",
        "--wayland",
        "--no-x11",
        "--wayland-display=wayland-mutter",
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(
            _with_private_bus(runtime, argv),
            env=_clean_env(runtime),
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=runtime,
        )
    comp = Compositor("mutter", runtime, "wayland-mutter", process, log, desktop="GNOME")
    _wait_for_bus(comp)
    _wait_for_socket(comp)
    # Mutter asks for its D-Bus names asynchronously, after the Wayland socket
    # may already be open; on a loaded machine a test calling RemoteDesktop
    # straight away found the name not yet owned.
    for name in MUTTER_BUS_NAMES:
        _wait_for_name(comp, name)
    return comp


MUTTER_BUS_NAMES = ("org.gnome.Mutter.IdleMonitor", "org.gnome.Mutter.RemoteDesktop")


def _wait_for_name(comp: Compositor, name: str, timeout: float = STARTUP_TIMEOUT) -> None:
    """Wait until ``name`` has an owner on the compositor's private bus."""
    dbus_send = require("dbus-send", "dbus-bin")
    argv = [
        dbus_send,
        f"--bus={comp.bus_address}",
        "--print-reply=literal",
        "--dest=org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner",
        f"string:{name}",
    ]
    deadline = time.monotonic() + timeout
    while True:
        reply = subprocess.run(
            argv, check=False, capture_output=True, text=True, timeout=timeout
        )
        if reply.returncode == 0 and "true" in reply.stdout:
            return
        if comp.process.poll() is not None or time.monotonic() > deadline:
            log = comp.log_tail()
            comp.stop()
            raise AssertionError(f"{comp.name} never owned {name} in {timeout:g} s:\n{log}")
        time.sleep(0.1)


class MutterRemoteInput:
    """Pointer motion through Mutter's RemoteDesktop D-Bus API (needs a QCoreApplication).

    A remote-desktop session lives as long as the bus connection that created
    it, so this object holds its own connection to the compositor's bus.
    """

    SERVICE = "org.gnome.Mutter.RemoteDesktop"

    def __init__(self, bus_address: str) -> None:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

        self._name = f"mutter-remote-input-{id(self)}"
        self._bus = QDBusConnection.connectToBus(bus_address, self._name)
        if not self._bus.isConnected():
            raise AssertionError(f"cannot connect to Mutter's bus {bus_address}")
        desktop = QDBusInterface(
            self.SERVICE, "/org/gnome/Mutter/RemoteDesktop", self.SERVICE, self._bus
        )
        reply = desktop.call("CreateSession")
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            raise AssertionError(f"RemoteDesktop.CreateSession: {reply.errorMessage()}")
        path = reply.arguments()[0]
        path = path.path() if hasattr(path, "path") else str(path)
        self._session = QDBusInterface(self.SERVICE, path, f"{self.SERVICE}.Session", self._bus)
        started = self._session.call("Start")
        if started.type() == QDBusMessage.MessageType.ErrorMessage:
            raise AssertionError(f"RemoteDesktop.Session.Start: {started.errorMessage()}")
        self._step = 1.0

    def nudge(self) -> None:
        """Move the pointer a little, back and forth."""
        from PySide6.QtDBus import QDBusMessage

        self._step = -self._step
        reply = self._session.call("NotifyPointerMotionRelative", 5.0 * self._step, 3.0)
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            raise AssertionError(f"NotifyPointerMotionRelative: {reply.errorMessage()}")

    def close(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        self._session.call("Stop")
        QDBusConnection.disconnectFromBus(self._name)
