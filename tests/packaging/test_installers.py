"""The Windows installer script and the macOS bundle settings, read as data.

Neither can be built on Linux; these checks hold them to the promises in
docs/install.md: a per-user Windows install that keeps the history on
uninstall unless asked, and a macOS menu-bar app without a Dock icon.
"""

from __future__ import annotations

import plistlib
import re
from pathlib import Path

from standup_buddy import APP_ID, APP_NAME
from standup_buddy.platform.paths import APP_DIR_NAME

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "standup-buddy.iss"
MACOS = ROOT / "packaging" / "macos"


def iss_text() -> str:
    return ISS.read_text(encoding="utf-8")


def iss_setting(key: str) -> str:
    match = re.search(rf"^{key}=(.*)$", iss_text(), re.M)
    assert match, f"{key} is not set in {ISS.name}"
    return match.group(1).strip()


def iss_define(name: str) -> str:
    match = re.search(rf'^#define {name} "(.*)"$', iss_text(), re.M)
    assert match, f"#define {name} is missing"
    return match.group(1)


def test_windows_install_is_per_user_without_admin_rights() -> None:
    assert iss_setting("PrivilegesRequired") == "lowest"
    assert iss_setting("DefaultDirName") == r"{localappdata}\Programs\{#AppName}"
    assert iss_define("AppName") == APP_NAME
    assert iss_define("AppId") == APP_ID
    assert iss_setting("AppId") == "{#AppId}"


def test_windows_installer_takes_the_version_from_the_package() -> None:
    # The preprocessor looks for a line starting with this prefix and
    # ending in a quote; keep __init__.py in that shape.
    prefix = re.search(r"#define VersionPrefix '(.*)'", iss_text())
    assert prefix and prefix.group(1) == '__version__ = "'
    init = (ROOT / "src" / "standup_buddy" / "__init__.py").read_text(encoding="utf-8")
    assert re.search(r'^__version__ = "[^"]+"$', init, re.M)
    assert "AppVersion={#AppVersion}" in iss_text()


def test_windows_start_at_login_is_an_optional_run_key_named_for_the_app() -> None:
    text = iss_text()
    assert iss_define("RunKey") == r"Software\Microsoft\Windows\CurrentVersion\Run"
    assert re.search(r'^Name: "autostart";', text, re.M)
    registry = re.search(r"^Root: HKCU; Subkey: \"\{#RunKey\}\".*$", text, re.M)
    assert registry
    assert 'ValueName: "{#AppName}"' in registry.group(0)
    assert "Tasks: autostart" in registry.group(0)
    assert "uninsdeletevalue" in registry.group(0)
    # Removed on uninstall even when the app itself turned it on.
    assert "RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#AppName}')" in text


def test_windows_uninstall_asks_before_deleting_the_history_folder() -> None:
    text = iss_text()
    # platformdirs, appauthor=False: %LOCALAPPDATA%\standup-buddy on Windows.
    assert iss_define("AppDataName") == APP_DIR_NAME
    assert r"ExpandConstant('{localappdata}\{#AppDataName}')" in text
    # Default button No, and a silent uninstall answers No.
    assert "MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES" in text
    ask = text.index("SuppressibleMsgBox(")
    assert text.index("DelTree(") > ask, "folders are deleted only after the question"


def test_windows_installer_ships_the_bundle_with_the_app_icon() -> None:
    assert iss_setting("SetupIconFile") == "standup-buddy.ico"
    assert (ISS.parent / "standup-buddy.ico").is_file()
    assert r'Source: "..\..\dist\standup-buddy\*"' in iss_text()
    start_menu = r'^Name: "\{group\}\\\{#AppName\}".*AppUserModelID: "\{#AppId\}"'
    assert re.search(start_menu, iss_text(), re.M)


def test_macos_app_is_a_menu_bar_app_with_a_valid_bundle_id() -> None:
    with (MACOS / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    assert info["LSUIElement"] is True
    bundle_id = info["CFBundleIdentifier"]
    assert bundle_id == APP_ID.replace("_", "-")
    assert re.fullmatch(r"[A-Za-z0-9.-]+", bundle_id), "Apple allows letters, digits, - and ."
    assert info["CFBundleName"] == APP_NAME
    assert (MACOS / info["CFBundleIconFile"]).is_file()


def test_macos_entitlements_grant_only_what_python_and_qml_need() -> None:
    with (MACOS / "entitlements.plist").open("rb") as handle:
        entitlements = plistlib.load(handle)
    assert entitlements == {
        "com.apple.security.cs.allow-jit": True,
        "com.apple.security.cs.allow-unsigned-executable-memory": True,
    }


def test_macos_readme_covers_signing_and_notarisation() -> None:
    readme = (MACOS / "README.md").read_text(encoding="utf-8")
    for step in ("codesign", "--options runtime", "--timestamp", "notarytool submit",
                 "--wait", "stapler staple"):  # fmt: skip
        assert step in readme, step
