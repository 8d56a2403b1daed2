"""The Flatpak manifest: right app, right command, and exactly the permissions
the code needs. It cannot be built here, so these checks read it as data.

The D-Bus names come from the source itself: adding a call to a new service
without allowing it in ``finish-args`` fails here instead of failing silently
inside the sandbox for users.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

from standup_buddy import APP_ID

ROOT = Path(__file__).resolve().parents[2]
FLATPAK = ROOT / "packaging" / "flatpak"
MANIFEST = FLATPAK / f"{APP_ID}.json"

# A quoted well-known D-Bus name (or an interface under it) in the source.
DBUS_NAME = re.compile(
    r"""["']((?:org\.freedesktop|org\.gnome|org\.kde|org\.mate|org\.cinnamon)(?:\.[A-Za-z0-9_-]+)+)["']"""
)
# Names every sandboxed app may use: the bus itself and the portals.
ALWAYS_ALLOWED = ("org.freedesktop.DBus", "org.freedesktop.portal")
# Dotted names that are not bus names: GSettings schemas.
NOT_BUS_NAMES = ("org.gnome.desktop.",)
# Allowed for libraries rather than for our own code, each with its reason.
USED_BY_LIBRARIES = {
    "org.kde.StatusNotifierWatcher": "Qt's QSystemTrayIcon registers the tray icon there",
    "org.freedesktop.Notifications": "desktop notifications (plyer, notify-send, Qt)",
}
BROAD_PERMISSIONS = (
    "--filesystem=home",
    "--filesystem=host",
    "--filesystem=host-os",
    "--filesystem=host-etc",
    "--socket=session-bus",
    "--socket=system-bus",
    "--device=all",
    "--share=network",
)


def manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return data


def allowed_names() -> set[str]:
    names = set()
    for arg in manifest()["finish-args"]:
        for flag in ("--talk-name=", "--system-talk-name="):
            if arg.startswith(flag):
                names.add(arg.removeprefix(flag))
    return names


def names_in_source() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted((ROOT / "src").rglob("*.py")):
        for match in DBUS_NAME.finditer(path.read_text(encoding="utf-8")):
            if not match.group(1).startswith(NOT_BUS_NAMES):
                found.setdefault(match.group(1), path)
    return found


def covered(name: str, allowed: set[str]) -> bool:
    """An allowed bus name also covers the interfaces and errors under it."""
    candidates = allowed | set(ALWAYS_ALLOWED)
    return any(name == a or name.startswith(a + ".") for a in candidates)


def test_manifest_builds_this_app_and_runs_its_console_script() -> None:
    data = manifest()
    assert data["id"] == APP_ID
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert data["command"] in scripts
    assert data["runtime"] == "org.kde.Platform"
    assert data["base"] == "io.qt.PySide.BaseApp"
    # QtGraphs (the Progress charts) is in the KDE runtime from 6.10 on.
    major, minor = (int(part) for part in data["runtime-version"].split("."))
    assert (major, minor) >= (6, 10)
    assert data["base-version"] == data["runtime-version"]


def test_every_dbus_service_the_code_calls_is_allowed() -> None:
    allowed = allowed_names()
    used = names_in_source()
    assert "org.freedesktop.login1" in used, "the source scan found the services it should"
    missing = {name: str(path.relative_to(ROOT)) for name, path in used.items()
               if not covered(name, allowed)}  # fmt: skip
    assert missing == {}, "add --talk-name (or --system-talk-name) for these"


def test_no_dbus_permission_is_granted_without_a_user() -> None:
    used = names_in_source()
    for name in allowed_names():
        in_code = any(u == name or u.startswith(name + ".") for u in used)
        assert in_code or name in USED_BY_LIBRARIES, f"{name} is allowed but nothing uses it"


def test_logind_is_reached_on_the_system_bus_and_nothing_else_is() -> None:
    system = [a for a in manifest()["finish-args"] if a.startswith("--system-talk-name=")]
    assert system == ["--system-talk-name=org.freedesktop.login1"]


def test_no_broad_permissions() -> None:
    args = manifest()["finish-args"]
    assert len(args) == len(set(args)), "duplicate finish-args"
    for arg in args:
        assert not arg.startswith(BROAD_PERMISSIONS), arg
        assert not arg.startswith("--filesystem"), f"{arg}: the app needs no files outside its own"
        assert "*" not in arg, f"{arg}: wildcard D-Bus access"
    assert {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"} <= set(args)


def test_manifest_documents_the_sandbox_limits() -> None:
    comment = " ".join(manifest()["//"])
    assert "/proc" in comment and "camera" in comment
    readme = (FLATPAK / "README.md").read_text(encoding="utf-8")
    assert "flatpak-pip-generator" in readme
    assert "/proc" in readme


def test_python_dependencies_match_pyproject() -> None:
    modules = manifest()["modules"]
    files = [m for m in modules if isinstance(m, str)]
    assert files == ["python3-build-requirements.json", "python3-requirements.json"]
    generated = json.loads((FLATPAK / "python3-requirements.json").read_text())
    packaged = {m["name"].removeprefix("python3-") for m in generated["modules"]}
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    wanted = {re.split(r"[<>=!~ ;\[]", d)[0].lower() for d in declared}
    # PySide6 comes from the base app, built against the runtime's Qt.
    # pywayland is not packaged yet: it would have to be built from source in
    # the SDK, which has not been tried; the app falls back without it.
    assert packaged == {w for w in wanted if not w.startswith("pyside6") and w != "pywayland"}
    for module in generated["modules"]:
        for source in module["sources"]:
            assert source["url"].startswith("https://files.pythonhosted.org/")
            assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])


def test_the_build_backend_does_not_ship_in_the_app() -> None:
    build = json.loads((FLATPAK / "python3-build-requirements.json").read_text())
    names = [m["name"] for m in build["modules"]]
    assert names == ["python3-hatchling"]
    assert build["modules"][0]["cleanup"] == ["*"]


def test_the_app_module_installs_desktop_file_metainfo_and_icons() -> None:
    app = manifest()["modules"][-1]
    commands = "\n".join(app["build-commands"])
    assert "pip3 install" in commands
    # The .qm catalogs are built, not committed: compiled before the install.
    assert commands.index("tools/i18n.py release") < commands.index("pip3 install")
    assert "packaging/linux/${FLATPAK_ID}.desktop" in commands
    assert "packaging/linux/${FLATPAK_ID}.metainfo.xml" in commands
    assert "hicolor" in commands
    for path in (f"packaging/linux/{APP_ID}.desktop", f"packaging/linux/{APP_ID}.metainfo.xml"):
        assert (ROOT / path).is_file()
