"""Start at login: the entry is written where the desktop looks, and read back honestly."""

from __future__ import annotations

import configparser
import plistlib
import sys
from pathlib import Path

import pytest

from standup_buddy.platform.autostart import (
    DESKTOP_FILE_NAME,
    MARKER,
    RUN_KEY,
    RUN_VALUE,
    AutostartError,
    MacAutostart,
    WindowsAutostart,
    XdgAutostart,
    autostart_for,
    desktop_entry,
    launch_command,
)


def test_xdg_enable_writes_a_valid_entry_running_the_real_command(tmp_path: Path) -> None:
    command = ["/opt/my tools/python", "-m", "standup_buddy"]
    auto = XdgAutostart(tmp_path, command=command)
    assert not auto.is_enabled()

    auto.enable()

    path = tmp_path / "autostart" / DESKTOP_FILE_NAME
    assert path.is_file()
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Standup Buddy"
    assert entry["Exec"] == '"/opt/my tools/python" -m standup_buddy'
    assert MARKER in path.read_text(encoding="utf-8")
    assert auto.is_enabled()
    assert auto.command() == command
    assert not list(path.parent.glob(".*.tmp")), "no temporary file left behind"


def test_xdg_disable_removes_the_entry_and_is_idempotent(tmp_path: Path) -> None:
    auto = XdgAutostart(tmp_path, command=["standup-buddy"])
    auto.enable()
    auto.disable()
    assert not auto.is_enabled()
    assert not (tmp_path / "autostart" / DESKTOP_FILE_NAME).exists()
    auto.disable()  # nothing there: still fine


@pytest.mark.parametrize(
    "line", ["Hidden=true", "X-GNOME-Autostart-enabled=false"], ids=["hidden", "gnome-off"]
)
def test_xdg_entry_switched_off_by_the_desktop_reads_as_disabled(tmp_path: Path, line: str) -> None:
    path = tmp_path / "autostart" / DESKTOP_FILE_NAME
    path.parent.mkdir(parents=True)
    path.write_text(f"[Desktop Entry]\nType=Application\nExec=standup-buddy\n{line}\n")
    assert not XdgAutostart(tmp_path).is_enabled()


def test_xdg_percent_in_a_path_is_escaped_for_the_desktop_spec() -> None:
    text = desktop_entry(["/home/a%b/standup-buddy"])
    assert "Exec=/home/a%%b/standup-buddy" in text


def test_xdg_write_failure_is_reported_not_crashed(tmp_path: Path) -> None:
    blocker = tmp_path / "autostart"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(AutostartError, match="cannot write"):
        XdgAutostart(tmp_path, command=["standup-buddy"]).enable()


def test_xdg_honours_xdg_config_home(tmp_path: Path) -> None:
    auto = autostart_for("linux", {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}, home=tmp_path)
    assert isinstance(auto, XdgAutostart)
    assert auto.path == tmp_path / "cfg" / "autostart" / DESKTOP_FILE_NAME
    fallback = autostart_for("linux", {}, home=tmp_path)
    assert isinstance(fallback, XdgAutostart)
    assert fallback.path == tmp_path / ".config" / "autostart" / DESKTOP_FILE_NAME


def test_macos_launch_agent_round_trip(tmp_path: Path) -> None:
    auto = MacAutostart(tmp_path, command=["/Applications/Standup Buddy.app/x"])
    assert not auto.is_enabled()
    auto.enable()
    data = plistlib.loads(auto.path.read_bytes())
    assert data["Label"] == "io.github.standup_buddy.StandupBuddy"
    assert data["ProgramArguments"] == ["/Applications/Standup Buddy.app/x"]
    assert data["RunAtLoad"] is True
    assert auto.is_enabled()
    auto.disable()
    assert not auto.is_enabled()


def test_macos_broken_plist_reads_as_disabled(tmp_path: Path) -> None:
    auto = MacAutostart(tmp_path)
    auto.path.write_bytes(b"not a plist")
    assert not auto.is_enabled()


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get(self, key: str, name: str) -> str | None:
        return self.values.get((key, name))

    def set(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


def test_windows_run_value_round_trip() -> None:
    registry = FakeRegistry()
    auto = WindowsAutostart(registry, command=[r"C:\Program Files\Standup Buddy\standup-buddy.exe"])
    assert not auto.is_enabled()
    auto.enable()
    assert registry.values[(RUN_KEY, RUN_VALUE)] == (
        r'"C:\Program Files\Standup Buddy\standup-buddy.exe"'
    )
    assert RUN_KEY == r"Software\Microsoft\Windows\CurrentVersion\Run"
    assert auto.is_enabled()
    auto.disable()
    assert not auto.is_enabled()


def test_launch_command_prefers_the_installed_script(tmp_path: Path) -> None:
    script = tmp_path / "standup-buddy"
    script.write_text("#!/bin/sh\n")
    assert launch_command(str(script), "/usr/bin/python3", frozen=False) == [str(script.resolve())]
    assert launch_command("/x/app", "/bundle/standup-buddy", frozen=True) == [
        "/bundle/standup-buddy"
    ]
    module = launch_command("-c", sys.executable, frozen=False)
    assert module[-2:] == ["-m", "standup_buddy"] or module[0].endswith("standup-buddy")
