"""A stand-in for desktop services on a private bus (run as a script by the tests).

Usage: fake_dbus_service.py ADDRESS [options]; prints "ready" once every
requested name is owned. Lines on stdin emit signals:
``lock 1|0`` (org.freedesktop.ScreenSaver ActiveChanged),
``gnome-lock 1|0`` (org.gnome.ScreenSaver ActiveChanged),
``sleep 1|0`` (logind PrepareForSleep).

``--notifications-inhibited true|false`` plays a notification server with
the ``Inhibited`` property (Do Not Disturb, spec 1.3, as KDE Plasma has it).

``--sni-watcher`` plays a StatusNotifierItem tray (the watcher and a host in
one, as waybar is): each item that registers is printed as ``item SERVICE``.
"""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import (
    ClassInfo,
    Property,
    QCoreApplication,
    QObject,
    QSocketNotifier,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusMessage

EXPORT = (
    QDBusConnection.RegisterOption.ExportAllSlots
    | QDBusConnection.RegisterOption.ExportAllProperties
)


def make_mutter(idle_ms: int, hang_ms: int) -> QObject:
    @ClassInfo({"D-Bus Interface": "org.gnome.Mutter.IdleMonitor"})
    class Mutter(QObject):
        @Slot(result="qulonglong")
        def GetIdletime(self) -> int:
            if hang_ms:
                time.sleep(hang_ms / 1000)  # simulates a service that stopped answering
            return idle_ms

    return Mutter()


def make_screensaver(interface: str, idle_ms: int, active: bool) -> QObject:
    @ClassInfo({"D-Bus Interface": interface})
    class ScreenSaver(QObject):
        @Slot(result="uint")
        def GetSessionIdleTime(self) -> int:
            return idle_ms

        @Slot(result=bool)
        def GetActive(self) -> bool:
            return active

    return ScreenSaver()


def make_session_manager(inhibited_actions: int) -> QObject:
    @ClassInfo({"D-Bus Interface": "org.gnome.SessionManager"})
    class SessionManager(QObject):
        def _actions(self) -> int:
            return inhibited_actions

        InhibitedActions = Property("uint", _actions)

    return SessionManager()


def make_power_management(inhibit: bool) -> QObject:
    @ClassInfo({"D-Bus Interface": "org.freedesktop.PowerManagement.Inhibit"})
    class PowerManagement(QObject):
        @Slot(result=bool)
        def HasInhibit(self) -> bool:
            return inhibit

    return PowerManagement()


def make_policy_agent(held: int) -> QObject:
    @ClassInfo({"D-Bus Interface": "org.kde.Solid.PowerManagement.PolicyAgent"})
    class PolicyAgent(QObject):
        # "uint", as PowerDevil declares it: a signed argument would not match.
        @Slot("uint", result=bool)
        def HasInhibition(self, types: int) -> bool:
            return bool(types & held)

    return PolicyAgent()


def make_logind(block_inhibited: str) -> QObject:
    @ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
    class Logind(QObject):
        def _blocked(self) -> str:
            return block_inhibited

        BlockInhibited = Property(str, _blocked)

    return Logind()


def make_notification_server(inhibited: bool) -> QObject:
    """A notification server with the spec 1.3 ``Inhibited`` property (as KDE Plasma's)."""

    @ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
    class Notifications(QObject):
        @Slot(result="QStringList")
        def GetCapabilities(self) -> list[str]:
            return ["body", "inhibitions"]

        def _inhibited(self) -> bool:
            return inhibited

        Inhibited = Property(bool, _inhibited)

    return Notifications()


def make_sni_watcher(on_item: object) -> QObject:
    @ClassInfo({"D-Bus Interface": "org.kde.StatusNotifierWatcher"})
    class Watcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.items: list[str] = []

        @Slot(str, QDBusMessage)
        def RegisterStatusNotifierItem(self, service: str, message: QDBusMessage) -> None:
            # Qt registers by object path alone: the item is then on the sender.
            item = message.service() + service if service.startswith("/") else service
            self.items.append(item)
            on_item(item)  # type: ignore[operator]

        @Slot(str)
        def RegisterStatusNotifierHost(self, service: str) -> None:
            pass

        def _host(self) -> bool:
            return True

        def _items(self) -> list[str]:
            return self.items

        def _version(self) -> int:
            return 0

        IsStatusNotifierHostRegistered = Property(bool, _host)
        RegisteredStatusNotifierItems = Property("QStringList", _items)
        ProtocolVersion = Property(int, _version)

    return Watcher()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("address")
    parser.add_argument("--mutter-ms", type=int)
    parser.add_argument("--hang-ms", type=int, default=0)
    parser.add_argument("--screensaver-ms", type=int)
    parser.add_argument("--screensaver-path", default="/org/freedesktop/ScreenSaver")
    parser.add_argument("--screensaver-active", action="store_true")
    parser.add_argument("--gnome-screensaver", action="store_true")
    parser.add_argument("--gnome-inhibited", type=int)
    parser.add_argument("--pm-inhibit", choices=["true", "false"])
    parser.add_argument("--logind-block")
    parser.add_argument("--sni-watcher", action="store_true")
    parser.add_argument("--kde-held", type=int, help="PolicyAgent inhibition types held")
    parser.add_argument("--notifications-inhibited", choices=["true", "false"])
    opts = parser.parse_args()

    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(opts.address, "fake")
    if not bus.isConnected():
        print("no bus", flush=True)
        return 1
    keep: list[QObject] = []

    def export(service: str, path: str, obj: QObject) -> None:
        keep.append(obj)
        if not bus.registerObject(path, obj, EXPORT):
            raise SystemExit(f"cannot register {path}")
        if not bus.registerService(service):
            raise SystemExit(f"cannot own {service}")

    if opts.mutter_ms is not None:
        export(
            "org.gnome.Mutter.IdleMonitor",
            "/org/gnome/Mutter/IdleMonitor/Core",
            make_mutter(opts.mutter_ms, opts.hang_ms),
        )
    if opts.screensaver_ms is not None or opts.screensaver_active:
        export(
            "org.freedesktop.ScreenSaver",
            opts.screensaver_path,
            make_screensaver(
                "org.freedesktop.ScreenSaver", opts.screensaver_ms or 0, opts.screensaver_active
            ),
        )
    if opts.gnome_screensaver:
        export(
            "org.gnome.ScreenSaver",
            "/org/gnome/ScreenSaver",
            make_screensaver("org.gnome.ScreenSaver", 0, False),
        )
    if opts.gnome_inhibited is not None:
        export(
            "org.gnome.SessionManager",
            "/org/gnome/SessionManager",
            make_session_manager(opts.gnome_inhibited),
        )
    if opts.pm_inhibit is not None:
        export(
            "org.freedesktop.PowerManagement.Inhibit",
            "/org/freedesktop/PowerManagement/Inhibit",
            make_power_management(opts.pm_inhibit == "true"),
        )
    if opts.logind_block is not None:
        export("org.freedesktop.login1", "/org/freedesktop/login1", make_logind(opts.logind_block))

    if opts.kde_held is not None:
        export(
            "org.kde.Solid.PowerManagement.PolicyAgent",
            "/org/kde/Solid/PowerManagement/PolicyAgent",
            make_policy_agent(opts.kde_held),
        )
    if opts.notifications_inhibited is not None:
        export(
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            make_notification_server(opts.notifications_inhibited == "true"),
        )
    if opts.sni_watcher:
        export(
            "org.kde.StatusNotifierWatcher",
            "/StatusNotifierWatcher",
            make_sni_watcher(lambda item: print(f"item {item}", flush=True)),
        )

    signals = {
        "lock": ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
        "gnome-lock": ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
        "sleep": ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"),
    }

    def on_stdin() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        name, _, value = line.strip().partition(" ")
        path, interface, member = signals[name]
        message = QDBusMessage.createSignal(path, interface, member)
        message.setArguments([value == "1"])
        bus.send(message)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_stdin)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
