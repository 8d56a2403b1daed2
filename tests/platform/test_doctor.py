"""The doctor report: every section present, honest values, fast, offscreen."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from desktop_env import FakeService, XServer

from standup_buddy.platform.doctor import collect_report, format_report, notification_backend
from standup_buddy.platform.idle import FakeIdleSource, IdleSource, IdleSourceUnavailable
from standup_buddy.platform.meetings import Finding, MeetingDetector
from standup_buddy.platform.paths import resolve_paths

SECTIONS = [
    "Platform",
    "Python",
    "Qt",
    "Session type",
    "Desktop",
    "Idle source",
    "Idle now",
    "Idle order",
    "Idle rejected",
    "Lock signal",
    "Suspend signal",
    "Meeting: camera",
    "Meeting: microphone",
    "Meeting: idle inhibitor",
    "Meeting: now",
    "Fullscreen detection",
    "Fullscreen now",
    "Qt platform",
    "System tray",
    "Notifications",
    "Do not disturb",
    "Media in breaks",
    "Screen lock",
    "GNOME Wellbeing",
    "Config folder",
    "Data folder",
    "Settings file",
    "Stretches folder",
    "Database",
]


def _no_x11(_env: Mapping[str, str]) -> IdleSource:
    raise IdleSourceUnavailable("libXss not installed (test)")


def _mutter(_env: Mapping[str, str]) -> IdleSource:
    return FakeIdleSource(75.0, name="gnome-mutter")


def _quiet_meetings(tmp_path: Path) -> MeetingDetector:
    def no_pactl(argv: object, timeout: float) -> str:
        from standup_buddy.platform.meetings import CommandUnavailable

        raise CommandUnavailable("pactl not found")

    return MeetingDetector(
        platform="linux",
        proc_root=tmp_path / "proc",
        dev_root=tmp_path / "dev",
        run=no_pactl,
        inhibition=lambda: Finding(None, "no bus (test)"),
    )


def test_report_has_every_section_and_the_idle_story(
    qapp: object, tmp_path: Path, private_home: Path
) -> None:
    rows = collect_report(
        resolve_paths(),
        environ={"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "GNOME"},
        platform="linux",
        idle_factories={"x11": _no_x11, "gnome-mutter": _mutter},
        meeting_detector=_quiet_meetings(tmp_path),
    )
    report = dict(rows)
    for section in SECTIONS:
        assert section in report, section
    assert report["Idle source"] == "gnome-mutter"
    assert report["Idle now"] == "75.0 s"
    assert "x11: libXss not installed (test)" in report["Idle rejected"]
    assert report["Idle order"] == "x11 > gnome-mutter > freedesktop-screensaver > none"
    assert report["Session type"].startswith("x11")
    assert "GNOME" in report["Desktop"]
    assert report["Meeting: microphone"] == "unknown"
    assert report["Meeting: camera"] == "not in use"
    assert report["Qt platform"] == "offscreen"
    assert report["System tray"].startswith("not available")
    assert report["Database"].startswith(str(private_home / "history.sqlite3"))
    assert report["Stretches folder"].startswith(str(private_home / "stretches"))


def test_real_checks_run_offscreen_quickly(qapp: object) -> None:
    started = time.monotonic()
    rows = collect_report(resolve_paths())
    elapsed = time.monotonic() - started
    labels = [label for label, _ in rows]
    for section in ["Platform", "Idle source", "Lock signal", "System tray", "Database"]:
        assert section in labels
    # The budget is 1 s; the margin absorbs a busy shared test machine.
    assert elapsed < 3.0


def test_without_any_idle_source_the_report_explains_the_fallback(
    qapp: object, tmp_path: Path
) -> None:
    rows = dict(
        collect_report(
            resolve_paths(),
            environ={},
            platform="linux",
            idle_factories={},
            meeting_detector=_quiet_meetings(tmp_path),
        )
    )
    assert rows["Idle source"] == "none"
    assert "mark breaks by hand" in rows["Idle note"]


@pytest.mark.xvfb
def test_report_on_a_real_x_display(qapp: object, openbox: XServer, tmp_path: Path) -> None:
    rows = dict(
        collect_report(
            resolve_paths(),
            environ={"DISPLAY": openbox.display, "XDG_SESSION_TYPE": "x11"},
            platform="linux",
            meeting_detector=_quiet_meetings(tmp_path),
        )
    )
    assert rows["Idle source"] == "x11"
    assert rows["Fullscreen detection"] == "x11-ewmh"
    assert rows["Fullscreen now"] == "no"


def test_format_aligns_values_and_indents_continuations() -> None:
    text = format_report([("A", "one"), ("Longer label", "two\nthree")])
    assert text == "A:            one\nLonger label: two\n              three\n"


def test_notification_backend_without_helpers_falls_back_to_tray(tmp_path: Path) -> None:
    import importlib.util

    if Path("/app").is_dir() or importlib.util.find_spec("dbus") is not None:
        pytest.skip("this machine has a Flatpak /app or dbus-python")
    assert notification_backend({"PATH": str(tmp_path)}, "linux").startswith("none -> tray")
    helper = tmp_path / "notify-send"
    helper.write_text("#!/bin/sh\n")
    helper.chmod(0o755)
    assert notification_backend({"PATH": str(tmp_path)}, "linux") == "plyer: notify-send"
    assert notification_backend({}, "win32") == "plyer: Windows balloon tip"


def doctor_on(bus_address: str, home: Path) -> dict[str, str]:
    """Run ``standup-buddy doctor`` with both buses pointed at ``bus_address``."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus_address,
           "DBUS_SYSTEM_BUS_ADDRESS": bus_address, "STANDUP_BUDDY_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, "-m", "standup_buddy", "doctor"], env=env,
                            capture_output=True, text=True, timeout=60, check=True)
    rows: dict[str, str] = {}
    for line in result.stdout.splitlines():
        label, sep, value = line.partition(":")
        if sep and not line.startswith(" "):
            rows[label.strip()] = value.strip()
    return rows


def test_doctor_on_a_bare_bus_claims_no_lock_or_suspend_signal(
    bare_bus_address: str, tmp_path: Path
) -> None:
    report = doctor_on(bare_bus_address, tmp_path)
    assert report["Lock signal"].startswith("unavailable (no screen saver on the session bus")
    assert report["Suspend signal"] == (
        "unavailable (org.freedesktop.login1 is not on the system bus)"
    )
    assert report["Notifications"].startswith("none -> the app's own reminder window")
    assert report["System tray"].startswith("not available")


def test_doctor_names_the_screen_saver_that_answers(
    private_bus_address: str, fake_service: Callable[..., FakeService], tmp_path: Path
) -> None:
    fake_service("--screensaver-ms", "0")
    report = doctor_on(private_bus_address, tmp_path)
    assert report["Lock signal"] == "ActiveChanged from org.freedesktop.ScreenSaver"
    assert report["Suspend signal"].startswith("unavailable")
