"""D-Bus idle sources against fake desktop services on a private bus."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from desktop_env import FakeService
from PySide6.QtDBus import QDBusConnection

from standup_buddy.platform.idle import IdleSource, select_idle_source
from standup_buddy.platform.idle.dbus import (
    BACKOFF_SECONDS,
    freedesktop_idle_source,
    mutter_idle_source,
)

StartService = Callable[..., FakeService]


def test_mutter_reports_milliseconds_as_seconds(
    private_bus: QDBusConnection, fake_service: StartService
) -> None:
    fake_service("--mutter-ms", "12345")
    source = mutter_idle_source(private_bus)
    assert source.idle_seconds() == 12.345
    assert source.last_error == ""


def test_freedesktop_screensaver_on_either_object_path(
    private_bus: QDBusConnection, fake_service: StartService
) -> None:
    fake_service("--screensaver-ms", "4000", "--screensaver-path", "/ScreenSaver")
    source = freedesktop_idle_source(private_bus)
    assert source.idle_seconds() == 4.0


def test_absent_service_gives_no_reading_and_says_why(private_bus: QDBusConnection) -> None:
    source = mutter_idle_source(private_bus)
    assert source.idle_seconds() is None
    assert "ServiceUnknown" in source.last_error or "NameHasNoOwner" in source.last_error


def test_hung_service_times_out_fast_and_then_stays_quiet(
    private_bus: QDBusConnection, fake_service: StartService
) -> None:
    fake_service("--mutter-ms", "1", "--hang-ms", "3000")
    now = [1000.0]
    source = mutter_idle_source(private_bus, timeout_ms=100, clock=lambda: now[0])

    started = time.monotonic()
    assert source.idle_seconds() is None
    assert time.monotonic() - started < 1.5, "a hung bus must not stall the GUI thread"
    assert "NoReply" in source.last_error or "Timeout" in source.last_error

    # During the back-off nothing is asked at all, so polls return at once.
    now[0] += BACKOFF_SECONDS / 2
    started = time.monotonic()
    assert source.idle_seconds() is None
    assert time.monotonic() - started < 0.05


def test_selection_on_gnome_wayland_uses_mutter(
    private_bus: QDBusConnection, fake_service: StartService
) -> None:
    fake_service("--mutter-ms", "2500", "--screensaver-ms", "9000")

    def mutter(_env: Mapping[str, str]) -> IdleSource:
        return mutter_idle_source(private_bus)

    def screensaver(_env: Mapping[str, str]) -> IdleSource:
        return freedesktop_idle_source(private_bus)

    factories = {"gnome-mutter": mutter, "freedesktop-screensaver": screensaver}
    gnome = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME"}
    chosen = select_idle_source(gnome, "linux", factories=factories)
    assert (chosen.source.name, chosen.reading) == ("gnome-mutter", 2.5)

    kde = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"}
    chosen = select_idle_source(kde, "linux", factories=factories)
    assert (chosen.source.name, chosen.reading) == ("freedesktop-screensaver", 9.0)


def test_selection_skips_a_desktop_without_the_service(
    private_bus: QDBusConnection, fake_service: StartService
) -> None:
    fake_service("--screensaver-ms", "700")
    factories = {
        "gnome-mutter": lambda _env: mutter_idle_source(private_bus),
        "freedesktop-screensaver": lambda _env: freedesktop_idle_source(private_bus),
    }
    gnome = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME"}
    chosen = select_idle_source(gnome, "linux", factories=factories)
    assert chosen.source.name == "freedesktop-screensaver"
    assert [r.name for r in chosen.rejected] == ["gnome-mutter"]
