"""The Linux desktop files: valid for the desktop's own tools, and consistent
with the app id, the console script and the release notes."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pytest

from standup_buddy import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
LAUNCHER = LINUX / f"{APP_ID}.desktop"
AUTOSTART = LINUX / "standup-buddy-autostart.desktop"
PACKAGED_AUTOSTART = ROOT / "src" / "standup_buddy" / "assets" / "autostart.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SCREENSHOT_URL = (
    "https://raw.githubusercontent.com/standup-buddy/standup-buddy/main/docs/screenshots/{}.png"
)


def console_script() -> str:
    """The one console script pyproject.toml declares, checked to be the CLI."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"standup-buddy": "standup_buddy.cli:main"}
    return "standup-buddy"


def desktop_entry(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser


def require_tool(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install {TOOL_PACKAGES[name]})")
    return tool


TOOL_PACKAGES = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


@pytest.mark.parametrize("path", [LAUNCHER, AUTOSTART, PACKAGED_AUTOSTART], ids=lambda p: p.name)
def test_desktop_files_pass_desktop_file_validate(path: Path) -> None:
    tool = require_tool("desktop-file-validate")
    done = subprocess.run(
        [tool, "--warn-kde", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", done.stdout


def test_metainfo_passes_appstream_validation() -> None:
    tool = require_tool("appstreamcli")
    done = subprocess.run(
        [tool, "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    problems = [line for line in done.stdout.splitlines() if re.match(r"^[EWI]: ", line)]
    assert problems == [], done.stdout


def test_launcher_starts_the_console_script_and_shows_the_app_icon() -> None:
    entry = desktop_entry(LAUNCHER)["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Standup Buddy"
    assert entry["Exec"] == console_script()
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    # The icon the launcher names is one the package installs.
    assert (ROOT / "src/standup_buddy/assets/icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()


def test_launcher_quick_actions_run_commands_the_cli_knows() -> None:
    parser = desktop_entry(LAUNCHER)
    actions = [a for a in parser["Desktop Entry"]["Actions"].split(";") if a]
    assert actions, "the launcher offers quick actions"
    for action in actions:
        argv = parser[f"Desktop Action {action}"]["Exec"].split()
        assert argv[0] == console_script()
        # "--help" after the arguments: argparse accepts the command and stops.
        done = subprocess.run(
            [sys.executable, "-m", "standup_buddy", *argv[1:], "--help"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, f"{action}: {' '.join(argv)}\n{done.stderr}"


def test_autostart_entry_starts_the_app_quietly_and_is_marked_for_uninstall() -> None:
    entry = desktop_entry(AUTOSTART)["Desktop Entry"]
    assert entry["Exec"] == console_script()
    assert entry["Icon"] == APP_ID
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    # uninstall.sh finds the entry by this marker, whatever file name it got.
    assert entry["X-StandupBuddy-Autostart"] == "true"


def test_the_packaged_autostart_template_is_the_one_in_packaging() -> None:
    packaged = files("standup_buddy") / "assets" / "autostart.desktop"
    assert packaged.read_bytes() == AUTOSTART.read_bytes()


def test_metainfo_names_the_app_its_launcher_command_and_current_release() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == LAUNCHER.name
    assert component.findtext("provides/binary") == console_script()
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__, "add a <release> for the new version"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", ""))


def test_metainfo_screenshots_point_at_the_documented_images() -> None:
    component = ET.parse(METAINFO).getroot()
    urls = [image.text for image in component.iterfind("screenshots/screenshot/image")]
    assert urls == [
        SCREENSHOT_URL.format(name)
        for name in ("break-card-light", "progress-week-light", "tray-menu")
    ]
    captions = [c.text for c in component.iterfind("screenshots/screenshot/caption")]
    assert all(captions) and len(captions) == len(urls)


def test_changelog_has_the_current_release_with_the_metainfo_date() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    heading = rf"^## \[{re.escape(__version__)}\] - (\d{{4}}-\d{{2}}-\d{{2}})$"
    match = re.search(heading, changelog, re.M)
    assert match, f"CHANGELOG.md has no entry for {__version__}"
    newest = ET.parse(METAINFO).getroot().find("releases/release")
    assert newest is not None
    assert newest.get("date") == match.group(1)
