"""A small MPRIS media player on a private bus (run as a script by the tests).

Usage: mpris_test_player.py ADDRESS NAME=STATUS...; each NAME becomes
``org.mpris.MediaPlayer2.NAME`` with its own connection, serving
``org.mpris.MediaPlayer2.Player`` at ``/org/mpris/MediaPlayer2``: the
``PlaybackStatus`` property and ``Play``, ``Pause``, ``PlayPause``, ``Stop``,
as a real player does (with ``PropertiesChanged``). Prints "ready" once every
name is owned. Lines on stdin play the user: ``play NAME``, ``pause NAME``.
Every Play/Pause that arrives over D-Bus is printed as ``called NAME METHOD``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, QSocketNotifier, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

PATH = "/org/mpris/MediaPlayer2"
INTERFACE = "org.mpris.MediaPlayer2.Player"


@ClassInfo({"D-Bus Interface": INTERFACE})
class Player(QObject):
    def __init__(self, name: str, status: str, bus: QDBusConnection) -> None:
        super().__init__()
        self.name = name
        self.status = status
        self.bus = bus

    def set_status(self, status: str) -> None:
        if status == self.status:
            return
        self.status = status
        changed = QDBusMessage.createSignal(
            PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged"
        )
        changed.setArguments([INTERFACE, {"PlaybackStatus": status}, []])
        self.bus.send(changed)

    def _called(self, method: str) -> None:
        print(f"called {self.name} {method}", flush=True)

    @Slot()
    def Play(self) -> None:
        self._called("Play")
        self.set_status("Playing")

    @Slot()
    def Pause(self) -> None:
        self._called("Pause")
        if self.status == "Playing":
            self.set_status("Paused")

    @Slot()
    def PlayPause(self) -> None:
        self._called("PlayPause")
        self.set_status("Paused" if self.status == "Playing" else "Playing")

    @Slot()
    def Stop(self) -> None:
        self._called("Stop")
        self.set_status("Stopped")

    def _status(self) -> str:
        return self.status

    PlaybackStatus = Property(str, _status)


def main() -> int:
    address, specs = sys.argv[1], sys.argv[2:]
    app = QCoreApplication(sys.argv[:1])
    players: dict[str, Player] = {}
    for spec in specs:
        name, status = spec.split("=", 1)
        bus = QDBusConnection.connectToBus(address, f"player-{name}")
        if not bus.isConnected():
            print("no bus", flush=True)
            return 1
        player = Player(name, status, bus)
        options = (
            QDBusConnection.RegisterOption.ExportAllSlots
            | QDBusConnection.RegisterOption.ExportAllProperties
        )
        if not bus.registerObject(PATH, player, options):
            raise SystemExit(f"cannot register {PATH} for {name}")
        if not bus.registerService(f"org.mpris.MediaPlayer2.{name}"):
            raise SystemExit(f"cannot own the name of {name}")
        players[name] = player

    def on_line() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        command, _, name = line.strip().partition(" ")
        if name in players:
            players[name].set_status("Playing" if command == "play" else "Paused")
            print(f"user {name} {command}", flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_line)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
