"""The PyInstaller bundle, built for real and run.

The slow tests build ``dist/standup-buddy`` with ``packaging/build_linux.sh``
(a few minutes) unless a bundle newer than every source and packaging file is
already there, then run the built binary the way a user would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from standup_buddy import __version__
from standup_buddy.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "standup-buddy"
BINARY = BUNDLE / "standup-buddy"
STAMP = ROOT / "build" / "pyinstaller" / "bundle.stamp"
SIZE_RECORD = ROOT / "build" / "bundle-size.txt"
BUDGET_MB = 250
BUILD_INPUTS = (
    ROOT / "src" / "standup_buddy",
    ROOT / "packaging" / "linux",
    ROOT / "packaging" / "standup-buddy.spec",
    ROOT / "packaging" / "bundle_rules.py",
    ROOT / "packaging" / "bundle_selfcheck.py",
    ROOT / "packaging" / "pyinstaller_entry.py",
    ROOT / "packaging" / "build_linux.sh",
)
# Provided by the user's desktop, deliberately not bundled: the sound server
# client (sound cues), the GTK stack (the GTK look, only where GTK exists),
# and the Wayland client libraries (present wherever a Wayland session runs;
# bundled only when the build machine happens to have them).
HOST_PROVIDED = ("libpulse", "libwayland-", "libgtk-3", "libgdk-3", "libgdk_pixbuf", "libatk",
                 "libcairo", "libpango", "libharfbuzz", "libfribidi", "libepoxy")  # fmt: skip
UNWANTED_MARKERS = ("WebEngine", "Qt63D", "Qt3D", "QtCharts", "Qt6Charts")


def newest_input() -> float:
    newest = 0.0
    for item in BUILD_INPUTS:
        paths = [item] if item.is_file() else [p for p in item.rglob("*") if p.is_file()]
        for path in paths:
            if "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return newest


def bundle_is_fresh() -> bool:
    return BINARY.is_file() and STAMP.is_file() and STAMP.stat().st_mtime >= newest_input()


def run_binary(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BINARY), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        check=False,
    )


@pytest.fixture(scope="module")
def bundle() -> Iterator[Path]:
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle is built on Linux")
    if not bundle_is_fresh():
        build = subprocess.run(
            ["bash", str(ROOT / "packaging" / "build_linux.sh")],
            env={**os.environ, "VENV": sys.prefix},
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
        assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    yield BUNDLE


def test_selfcheck_passes_in_the_development_environment() -> None:
    # The same check the frozen app runs below; if it fails here, the fault is
    # in the check or in the environment, not in the packaging.
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "bundle_selfcheck.py")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "selfcheck ok" in done.stdout


@pytest.mark.slow
def test_built_app_prints_its_version(bundle: Path) -> None:
    done = run_binary("--version")
    assert done.returncode == 0, done.stderr
    assert __version__ in done.stdout


@pytest.mark.slow
def test_built_app_doctor_succeeds(bundle: Path) -> None:
    done = run_binary("doctor")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_built_app_loads_charts_svg_and_every_qt_module_it_uses(bundle: Path) -> None:
    done = run_binary(STANDUP_BUDDY_BUNDLE_SELFCHECK="1")
    assert done.returncode == 0, done.stderr
    assert "selfcheck ok" in done.stdout


@pytest.mark.slow
def test_bundle_has_no_webengine_qt3d_or_charts(bundle: Path) -> None:
    unwanted = [
        str(path.relative_to(bundle))
        for path in bundle.rglob("*")
        if any(marker in path.name for marker in UNWANTED_MARKERS)
    ]
    assert unwanted == []


@pytest.mark.slow
def test_every_bundled_library_finds_its_dependencies(bundle: Path) -> None:
    ldd = shutil.which("ldd")
    if ldd is None:
        pytest.skip("ldd is not installed")
    internal = bundle / "_internal"
    missing: dict[str, set[str]] = {}
    for path in sorted(internal.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        # The bootloader puts _internal on the library path, as here.
        out = subprocess.run(
            [ldd, str(path)],
            capture_output=True,
            text=True,
            env={**os.environ, "LD_LIBRARY_PATH": str(internal)},
            check=False,
        ).stdout
        for line in out.splitlines():
            if "not found" in line:
                name = line.split("=>")[0].strip()
                if not name.startswith(HOST_PROVIDED):
                    missing.setdefault(name, set()).add(str(path.relative_to(internal)))
    assert missing == {}


@pytest.mark.slow
def test_bundle_carries_assets_desktop_files_and_installer(bundle: Path) -> None:
    assets = bundle / "_internal" / "standup_buddy" / "assets"
    assert (assets / "autostart.desktop").is_file()
    assert (assets / "icons" / "standup-buddy.svg").is_file()
    assert len(list((assets / "icons" / "tray").glob("empty-ring-*.png"))) == 16  # start-up icon
    assert (assets / "translations" / "stretches" / "ar.json").is_file()  # translated content
    assert list((bundle / "share" / "applications").glob("*.desktop"))
    assert list((bundle / "share" / "icons" / "hicolor").rglob("*.png"))
    assert os.access(bundle / "install.sh", os.X_OK)
    assert os.access(bundle / "uninstall.sh", os.X_OK)
    # The interface translations, compiled by the spec (one per language).
    i18n = bundle / "_internal" / "standup_buddy" / "i18n"
    catalogs = sorted(p.name for p in i18n.glob("*.qm"))
    assert catalogs == sorted(f"standup_buddy_{lang}.qm" for lang in LANGUAGES)


@pytest.mark.slow
def test_bundle_stays_within_its_size_budget(
    bundle: Path, record_property: Callable[[str, object], None]
) -> None:
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    size_mb = size / 1_000_000
    record_property("bundle_size_mb", round(size_mb, 1))
    SIZE_RECORD.parent.mkdir(parents=True, exist_ok=True)
    SIZE_RECORD.write_text(f"{size_mb:.1f} MB unpacked, standup-buddy {__version__}\n")
    assert size_mb < BUDGET_MB


@pytest.mark.slow
@pytest.mark.xvfb
def test_built_app_shows_its_tray_icon_on_a_desktop(bundle: Path, tmp_path: Path) -> None:
    from tests.platform.desktop_env import start_xvfb, wait_for

    for tool in ("openbox", "trayer", "xwininfo"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    server = start_xvfb()
    try:
        env = server.env(QT_QPA_PLATFORM="xcb", STANDUP_BUDDY_HOME=str(tmp_path),
                         STANDUP_BUDDY_NO_WELCOME="1", XDG_SESSION_TYPE="x11")
        for command in (["openbox", "--sm-disable"],
                        ["trayer", "--edge", "top", "--align", "right", "--widthtype",
                         "request", "--height", "24", "--SetDockType", "true"]):
            server.helpers.append(subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                                   stderr=subprocess.DEVNULL))

        def docked() -> bool:
            tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True,
                                  text=True, check=False).stdout
            panel = tree.find('"panel": ("panel" "trayer")')
            return panel >= 0 and '"Standup Buddy": ("standup-buddy"' in tree[panel:]

        wait_for(lambda: '"panel"' in subprocess.run(
            ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True,
            check=False).stdout, "the tray to start")
        app = subprocess.Popen([str(BINARY)], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        server.helpers.insert(0, app)
        wait_for(docked, "the tray icon to dock", timeout=60)
        status = subprocess.run([str(BINARY), "status", "--json"], env=env,
                                capture_output=True, text=True, timeout=60, check=False)
        assert status.returncode == 0, status.stderr
        assert '"idle_source": "x11"' in status.stdout
    finally:
        server.stop()
