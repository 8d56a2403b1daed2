"""Two real Syncthing instances peered on 127.0.0.1, for the end-to-end sync test.

Each has its own --home, listens and serves its GUI/API on loopback ports
chosen at random, and has discovery, relays, NAT traversal, global and local
announcements, usage reporting, crash reporting and upgrades switched off, so
no packet leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

FOLDER_ID = "standup-buddy-test"


def syncthing_binary() -> str | None:
    return shutil.which("syncthing")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Instance:
    home: Path
    folder: Path
    device_id: str
    listen_port: int
    gui_port: int
    api_key: str
    process: subprocess.Popen[bytes] | None = None

    def api(self, path: str) -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", headers={"X-API-Key": self.api_key}
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.loads(response.read() or b"null")


def _set(parent: ET.Element, tag: str, text: str) -> None:
    for old in parent.findall(tag):
        parent.remove(old)
    ET.SubElement(parent, tag).text = text


def _generate(binary: str, home: Path) -> str:
    subprocess.run(
        [binary, "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    root = ET.parse(home / "config.xml").getroot()
    device = root.find("device")
    assert device is not None
    return str(device.get("id"))


def _configure(me: Instance, peer: Instance) -> None:
    path = me.home / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    gui = root.find("gui")
    assert gui is not None
    gui.set("tls", "false")
    _set(gui, "address", f"127.0.0.1:{me.gui_port}")
    _set(gui, "apikey", me.api_key)
    options = root.find("options")
    assert options is not None
    _set(options, "listenAddress", f"tcp://127.0.0.1:{me.listen_port}")
    for tag, value in {
        "globalAnnounceEnabled": "false",
        "localAnnounceEnabled": "false",
        "relaysEnabled": "false",
        "natEnabled": "false",
        "urAccepted": "-1",
        "startBrowser": "false",
        "autoUpgradeIntervalH": "0",
        "crashReportingEnabled": "false",
        "announceLANAddresses": "false",
        "reconnectionIntervalS": "1",
        "stunServer": "",
    }.items():
        _set(options, tag, value)
    device = ET.Element(
        "device",
        {"id": peer.device_id, "name": "peer", "compression": "metadata", "introducer": "false"},
    )
    ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{peer.listen_port}"
    ET.SubElement(device, "autoAcceptFolders").text = "false"
    root.insert(1, device)
    folder = ET.Element(
        "folder",
        {
            "id": FOLDER_ID,
            "label": "Standup Buddy test",
            "path": str(me.folder),
            "type": "sendreceive",
            "rescanIntervalS": "2",
            "fsWatcherEnabled": "true",
            "fsWatcherDelayS": "1",
        },
    )
    ET.SubElement(folder, "device", {"id": me.device_id})
    ET.SubElement(folder, "device", {"id": peer.device_id})
    root.insert(0, folder)
    tree.write(path)


class SyncthingPair:
    """Two peered instances, started and stopped by the test."""

    def __init__(self, root: Path) -> None:
        binary = syncthing_binary()
        assert binary is not None
        self.binary = binary
        self.instances: list[Instance] = []
        for name in ("a", "b"):
            home = root / f"syncthing-{name}"
            folder = root / f"shared-{name}"
            (folder / ".stfolder").mkdir(parents=True)
            device_id = _generate(binary, home)
            self.instances.append(
                Instance(home, folder, device_id, _free_port(), _free_port(), secrets.token_hex(16))
            )
        a, b = self.instances
        _configure(a, b)
        _configure(b, a)

    def start(self) -> None:
        env = {
            **os.environ,
            "STNOUPGRADE": "1",
            "STNORESTART": "1",
            "STNODEFAULTFOLDER": "1",
        }
        for inst in self.instances:
            with (inst.home / "test.log").open("wb") as log:
                inst.process = subprocess.Popen(
                    [
                        self.binary,
                        "serve",
                        f"--home={inst.home}",
                        "--no-browser",
                        "--no-restart",
                        "--no-upgrade",
                    ],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    env=env,
                )

    def wait_connected(self, timeout: float) -> None:
        """Until each instance reports the other as connected (bounded)."""
        deadline = time.monotonic() + timeout
        a, b = self.instances
        while time.monotonic() < deadline:
            try:
                conns = a.api("/rest/system/connections")
                assert isinstance(conns, dict)
                peer = conns.get("connections", {}).get(b.device_id, {})
                if peer.get("connected"):
                    return
            except OSError:
                pass
            for inst in self.instances:
                if inst.process is not None and inst.process.poll() is not None:
                    raise RuntimeError(f"syncthing exited: {self.log(inst)}")
            time.sleep(0.5)
        raise TimeoutError("the two syncthing instances did not connect:\n" + self.logs())

    def log(self, inst: Instance) -> str:
        try:
            return (inst.home / "test.log").read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    def logs(self) -> str:
        return "\n---\n".join(self.log(i) for i in self.instances)

    def stop(self) -> None:
        for inst in self.instances:
            if inst.process is not None and inst.process.poll() is None:
                inst.process.terminate()
        for inst in self.instances:
            if inst.process is not None:
                try:
                    inst.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    inst.process.kill()
                    inst.process.wait(timeout=5)
