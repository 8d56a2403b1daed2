"""What the PyInstaller bundle leaves out, checked against the real PySide6 files.

A rule too greedy breaks the app only in the frozen build (the charts window
fails to open); a rule too lax bloats every download. These run in a second.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_DIR = Path(PySide6.__file__).parent / "Qt"


def load_rules() -> ModuleType:
    path = ROOT / "packaging" / "bundle_rules.py"
    spec = importlib.util.spec_from_file_location("bundle_rules", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bundle_rules", module)
    spec.loader.exec_module(module)
    return module


rules = load_rules()

USED_QT_LIBS = (
    "Core", "Gui", "Widgets", "Network", "DBus", "Svg", "Graphs", "Graphs2DImpl",
    "Quick", "QuickWidgets", "QuickShapes", "Qml", "QmlModels", "Multimedia",
    "OpenGL", "XcbQpa", "WaylandClient",
    # libQt6Graphs links these even for 2D charts.
    "Quick3D", "Quick3DRuntimeRender", "Quick3DUtils", "ShaderTools",
)  # fmt: skip
UNUSED_QT_LIBS = (
    "WebEngineCore", "WebEngineWidgets", "3DCore", "3DRender", "3DQuickScene2D",
    "Charts", "ChartsQml", "DataVisualization", "Bluetooth", "Nfc", "Location",
    "Positioning", "Sensors", "SerialPort", "Pdf", "Designer", "Help", "Test",
    "Sql", "WebSockets", "Quick3DPhysics", "Quick3DParticles", "Quick3DXr",
    "VirtualKeyboard", "QuickDialogs2",
)  # fmt: skip


@pytest.mark.parametrize("name", USED_QT_LIBS)
def test_qt_libraries_the_app_needs_are_kept_on_every_os(name: str) -> None:
    for dest, platform in (
        (f"PySide6/Qt/lib/libQt6{name}.so.6", "linux"),
        (f"PySide6/Qt6{name}.dll", "win32"),
        (f"PySide6/Qt/lib/Qt{name}.framework/Versions/A/Qt{name}", "darwin"),
    ):
        assert not rules.is_unwanted(dest, platform), dest


@pytest.mark.parametrize("name", UNUSED_QT_LIBS)
def test_qt_libraries_the_app_never_loads_are_left_out_on_every_os(name: str) -> None:
    for dest, platform in (
        (f"PySide6/Qt/lib/libQt6{name}.so.6", "linux"),
        (f"PySide6/Qt6{name}.dll", "win32"),
        (f"PySide6/Qt/lib/Qt{name}.framework/Versions/A/Qt{name}", "darwin"),
        (f"PySide6/Qt{name}.abi3.so", "linux"),
        (f"PySide6/Qt{name}.pyd", "win32"),
    ):
        assert rules.is_unwanted(dest, platform), dest


def test_qml_modules_for_the_charts_stay_and_unused_ones_go() -> None:
    qml = "PySide6/Qt/qml"
    for kept in ("QtGraphs/qmldir", "QtQuick/qmldir", "QtQuick3D/libqquick3dplugin.so",
                 "QtQuick/Shapes/qmldir", "QtQuick/Controls/Basic/qmldir",
                 "QtQml/qmldir"):  # fmt: skip
        assert not rules.is_unwanted(f"{qml}/{kept}", "linux"), kept
    for dropped in ("QtCharts/qmldir", "Qt3D/Core/qmldir", "QtWebEngine/qmldir",
                    "QtQuick3D/Physics/qmldir", "QtQuick/VirtualKeyboard/qmldir",
                    "QtLocation/qmldir", "QtQuick/Controls/Material/qmldir",
                    "QtQml/StateMachine/qmldir"):  # fmt: skip
        assert rules.is_unwanted(f"{qml}/{dropped}", "linux"), dropped


def test_plugins_that_load_a_dropped_library_go_but_their_siblings_stay() -> None:
    contexts = "PySide6/Qt/plugins/platforminputcontexts"
    assert rules.is_unwanted(f"{contexts}/libqtvirtualkeyboardplugin.so", "linux")
    windows = "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll"
    assert rules.is_unwanted(windows, "win32")
    assert not rules.is_unwanted(f"{contexts}/libcomposeplatforminputcontextplugin.so", "linux")
    assert not rules.is_unwanted(f"{contexts}/libibusplatforminputcontextplugin.so", "linux")


def test_the_windows_11_controls_style_is_kept_only_for_windows() -> None:
    dest = "PySide6/qml/QtQuick/Controls/FluentWinUI3/qmldir"
    assert not rules.is_unwanted(dest, "win32")
    assert rules.is_unwanted(dest, "linux")


def test_host_gtk_libraries_are_left_to_the_system_on_linux_only() -> None:
    assert rules.is_unwanted("libcairo.so.2", "linux")
    assert rules.is_unwanted("libpango-1.0.so.0", "linux")
    assert not rules.is_unwanted("libfontconfig.so.1", "linux")
    assert not rules.is_unwanted("libpython3.11.so.1.0", "linux")


def test_qml_modules_the_graphs_module_depends_on_are_kept() -> None:
    qmldir = QT_DIR / "qml" / "QtGraphs" / "qmldir"
    if not qmldir.is_file():
        pytest.skip("this PySide6 has no QtGraphs QML module")
    for line in qmldir.read_text().splitlines():
        if line.startswith("depends "):
            module = line.split()[1]
            folder = module.split(".impl")[0].replace(".", "/")
            assert not rules.is_unwanted(f"PySide6/Qt/qml/{folder}/qmldir", "linux"), module


def test_every_qt_library_that_graphs_links_is_kept() -> None:
    readelf = shutil.which("readelf")
    library = QT_DIR / "lib" / "libQt6Graphs.so.6"
    if readelf is None or not library.is_file():
        pytest.skip("needs readelf (binutils) and the Linux PySide6 wheel")
    dynamic = subprocess.run(
        [readelf, "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    needed = [line.split("[")[1].rstrip("]") for line in dynamic.splitlines() if "(NEEDED)" in line]
    qt_needed = [name for name in needed if name.startswith("libQt6")]
    assert "libQt6Quick3D.so.6" in qt_needed
    for name in qt_needed:
        assert not rules.is_unwanted(f"PySide6/Qt/lib/{name}", "linux"), name


def test_prune_removes_unwanted_files_from_a_built_bundle(tmp_path: Path) -> None:
    internal = tmp_path / "standup-buddy" / "_internal"
    keep = internal / "PySide6/Qt/lib/libQt6Core.so.6"
    drop = internal / "PySide6/Qt/lib/libQt6Charts.so.6"
    drop_dir = internal / "PySide6/Qt/qml/QtCharts"
    for path in (keep, drop, drop_dir / "qmldir"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 10)

    removed = rules.prune(tmp_path / "standup-buddy", "linux")

    assert keep.exists()
    assert not drop.exists()
    assert not drop_dir.exists()
    assert len(removed) == 2
    assert rules.bundle_size(tmp_path / "standup-buddy") == 10
