"""install.sh and uninstall.sh, run against a stand-in bundle in a private home.

What a user sees: after installing, the app is in the applications menu with
its icon and a command on PATH; after uninstalling, all of that is gone, the
"start at login" entry too, and the history stays unless they ask otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from standup_buddy import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A folder laid out like dist/standup-buddy, with a stand-in binary."""
    root = tmp_path / "unpacked" / "standup-buddy"
    (root / "_internal").mkdir(parents=True)
    binary = root / "standup-buddy"
    binary.write_text("#!/bin/sh\necho standup-buddy stand-in\n")
    binary.chmod(0o755)
    share = root / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(LINUX / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(ROOT / "src/standup_buddy/assets/icons/hicolor", share / "icons/hicolor")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(LINUX / script, root / script)
    return root


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "user-home"
    path.mkdir()
    return path


def run(script: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        ["bash", str(script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_install_puts_the_app_in_the_menu_and_on_path(bundle: Path, home: Path) -> None:
    done = run(bundle / "install.sh", home)
    assert done.returncode == 0, done.stderr

    app_dir = home / ".local/lib/standup-buddy"
    command = home / ".local/bin/standup-buddy"
    assert command.resolve() == (app_dir / "standup-buddy").resolve()
    ran = subprocess.run([str(command)], capture_output=True, text=True, check=True)
    assert "stand-in" in ran.stdout

    launcher = home / ".local/share/applications" / f"{APP_ID}.desktop"
    lines = launcher.read_text().splitlines()
    # The menu entry runs the installed binary by full path, since
    # ~/.local/bin is not on every session's PATH.
    assert f'Exec="{app_dir}/standup-buddy"' in lines
    assert f'Exec="{app_dir}/standup-buddy" break' in lines
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(launcher)], capture_output=True, check=False
        )
        assert check.returncode == 0, check.stdout
    for size in ("16x16", "48x48", "256x256", "scalable"):
        icons = list((home / ".local/share/icons/hicolor" / size / "apps").glob(f"{APP_ID}.*"))
        assert icons, f"no {size} icon installed"
    assert (home / ".local/share/metainfo" / f"{APP_ID}.metainfo.xml").is_file()


def test_installing_again_replaces_the_previous_copy(bundle: Path, home: Path) -> None:
    assert run(bundle / "install.sh", home).returncode == 0
    stale = home / ".local/lib/standup-buddy/_internal/left-over-from-old-version.so"
    stale.write_text("old")
    assert run(bundle / "install.sh", home).returncode == 0
    assert not stale.exists()


def test_uninstall_removes_the_app_and_autostart_but_keeps_history(
    bundle: Path, home: Path
) -> None:
    assert run(bundle / "install.sh", home).returncode == 0
    history = home / ".local/share/standup-buddy/history.sqlite3"
    settings = home / ".config/standup-buddy/settings.toml"
    for path in (history, settings):
        path.parent.mkdir(parents=True)
        path.write_text("mine")
    autostart = home / ".config/autostart"
    autostart.mkdir(parents=True)
    shutil.copy(LINUX / "standup-buddy-autostart.desktop", autostart / "any-name.desktop")
    other_app = autostart / "other-app.desktop"
    other_app.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")

    # No terminal to answer the question: the history is kept.
    done = run(home / ".local/lib/standup-buddy/uninstall.sh", home)
    assert done.returncode == 0, done.stderr

    assert not (home / ".local/lib/standup-buddy").exists()
    assert not (home / ".local/bin/standup-buddy").exists()
    assert not (home / ".local/share/applications" / f"{APP_ID}.desktop").exists()
    assert not list((home / ".local/share/icons").rglob(f"{APP_ID}.*"))
    assert not (autostart / "any-name.desktop").exists()
    assert other_app.exists()
    assert history.read_text() == "mine"
    assert settings.read_text() == "mine"
    assert "kept" in done.stdout


def test_uninstall_purge_deletes_settings_and_history(bundle: Path, home: Path) -> None:
    assert run(bundle / "install.sh", home).returncode == 0
    history = home / ".local/share/standup-buddy/history.sqlite3"
    history.parent.mkdir(parents=True)
    history.write_text("mine")

    done = run(home / ".local/lib/standup-buddy/uninstall.sh", home, "--purge")
    assert done.returncode == 0, done.stderr
    assert not history.parent.exists()


def test_install_refuses_to_run_outside_a_bundle(tmp_path: Path, home: Path) -> None:
    lone = tmp_path / "lone"
    lone.mkdir()
    shutil.copy(LINUX / "install.sh", lone / "install.sh")
    done = run(lone / "install.sh", home)
    assert done.returncode == 1
    assert "unpacked Standup Buddy folder" in done.stderr
    assert not (home / ".local/lib/standup-buddy").exists()
