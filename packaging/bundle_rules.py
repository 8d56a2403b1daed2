"""What goes into the PyInstaller bundle and what is left out.

PySide6's wheels carry all of Qt. PyInstaller's QtQml hook copies every QML
module it finds, and each QML plugin drags in its Qt libraries, so a bundle
built naively holds Qt 3D, Charts, Location, Designer and friends that this
app never loads. The spec filters its file lists through ``is_unwanted`` and
``build_linux.sh`` runs ``prune`` on the result as a safety net.

One trap shapes the lists below: ``libQt6Graphs`` (the Progress charts) links
against ``Qt6Quick3D``, ``Qt6Quick3DRuntimeRender``, ``Qt6Quick3DUtils`` and
``Qt6ShaderTools`` even for 2D charts, and its ``qmldir`` depends on the
``QtQuick3D`` QML module. Those few stay; the rest of Quick 3D goes.

Usage (also from build scripts)::

    python packaging/bundle_rules.py prune dist/standup-buddy
    python packaging/bundle_rules.py size dist/standup-buddy
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

#: PySide6 modules the app imports, some of them only lazily (inside a
#: function), which PyInstaller's static analysis would miss.
QT_MODULES_USED: tuple[str, ...] = (
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtSvg",
    "PySide6.QtGraphs",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQml",
    "PySide6.QtMultimedia",
)

#: Python modules PyInstaller must not follow even if something mentions them.
EXCLUDED_MODULES: tuple[str, ...] = (
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtQuick3D",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtLocation",
    "PySide6.QtPositioning",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSerialBus",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtTest",
    "PySide6.QtQuickTest",
    "PySide6.QtSql",
    "PySide6.QtHttpServer",
    "PySide6.QtNetworkAuth",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtStateMachine",
    "PySide6.QtTextToSpeech",
    "PySide6.QtSpatialAudio",
    "PySide6.QtUiTools",
    "PySide6.QtCanvasPainter",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtAsyncio",
    "tkinter",
)

# Qt library "module names" (libQt6<Name>.so, Qt6<Name>.dll, Qt<Name>.framework)
# to drop: a name is dropped when it starts with one of these prefixes and is
# not listed in _KEPT_QT_LIBS.
_DROPPED_QT_LIB_PREFIXES: tuple[str, ...] = (
    "3D",
    "Quick3D",
    "Charts",
    "DataVisualization",
    "Bluetooth",
    "Nfc",
    "Location",
    "Positioning",
    "Sensors",
    "SerialPort",
    "SerialBus",
    "Pdf",
    "Designer",
    "Help",
    "Test",
    "QuickTest",
    "Sql",
    "WebEngine",
    "WebSockets",
    "WebChannel",
    "WebView",
    "HttpServer",
    "NetworkAuth",
    "RemoteObjects",
    "Scxml",
    "StateMachine",
    "TextToSpeech",
    "SpatialAudio",
    "VirtualKeyboard",
    "UiTools",
    "WaylandCompositor",
    "WaylandEglCompositor",
    "Labs",
    "QuickDialogs2",
    "QuickTimeline",
    "QuickParticles",
    "Lottie",
    "CanvasPainter",
    "QmlCompiler",
    "QmlDesignSupport",
    "QmlLocalStorage",
    "QmlXmlListModel",
    "QuickVectorImage",
    "QuickControls2Imagine",
    "QuickControls2Material",
    "QuickControls2Universal",
)

# Needed by libQt6Graphs itself (see the module docstring).
_KEPT_QT_LIBS: frozenset[str] = frozenset({"Quick3D", "Quick3DRuntimeRender", "Quick3DUtils"})

# QML module folders (relative to .../qml/) that nothing in the app imports.
_DROPPED_QML_DIRS: tuple[str, ...] = (
    "Qt3D",
    "Qt5Compat",
    "QtCharts",
    "QtDataVisualization",
    "QtLocation",
    "QtPositioning",
    "QtSensors",
    "QtTest",
    "QtWebChannel",
    "QtWebEngine",
    "QtWebSockets",
    "QtWebView",
    "QtRemoteObjects",
    "QtScxml",
    "QtStateMachine",
    "QtTextToSpeech",
    "QtWayland",
    "QtQuick3D/AssetUtils",
    "QtQuick3D/Effects",
    "QtQuick3D/Helpers",
    "QtQuick3D/ParticleEffects",
    "QtQuick3D/Particles3D",
    "QtQuick3D/Physics",
    "QtQuick3D/SpatialAudio",
    "QtQuick3D/Xr",
    "QtQuick/Controls/Imagine",
    "QtQuick/Controls/Material",
    "QtQuick/Controls/Universal",
    "QtQuick/LocalStorage",
    "QtQuick/Particles",
    "QtQuick/Pdf",
    "QtQuick/Scene2D",
    "QtQuick/Scene3D",
    "QtQuick/Timeline",
    "QtQuick/VectorImage",
    "QtQuick/VirtualKeyboard",
    "QtQuick/Dialogs",
    "QtQml/DesignSupport",
    "QtQml/StateMachine",
    "QtQml/XmlListModel",
    "Qt/labs",
)

# Windows 11's default Qt Quick Controls style; dead weight elsewhere.
_WINDOWS_ONLY_QT_LIB_PREFIXES: tuple[str, ...] = ("QuickControls2FluentWinUI3",)
_WINDOWS_ONLY_QML_DIRS: tuple[str, ...] = ("QtQuick/Controls/FluentWinUI3",)

# Libraries PyInstaller copies from the build machine only because the GTK
# platform-theme plugin links them. That plugin is useful only where GTK 3 is
# installed, and then the system's own copies must be used: mixing a bundled
# cairo or pango with the system's GTK is a classic crash. Linux only.
_HOST_GTK_STACK_PREFIXES: tuple[str, ...] = (
    "libgtk-",
    "libgdk-",
    "libgdk_pixbuf-",
    "libatk-",
    "libatk-bridge-",
    "libatspi",
    "libcairo",
    "libpango",
    "libharfbuzz",
    "libfribidi",
    "libthai",
    "libdatrie",
    "libgraphite2",
    "libpixman-",
    "libepoxy",
)

# Qt plugin folders (relative to .../plugins/) serving modules we dropped.
_DROPPED_PLUGIN_DIRS: frozenset[str] = frozenset(
    {
        "assetimporters",
        "canbus",
        "designer",
        "geometryloaders",
        "geoservices",
        "position",
        "qmltooling",
        "renderers",
        "renderplugins",
        "sceneparsers",
        "scxmldatamodel",
        "sensors",
        "sqldrivers",
        "texttospeech",
        "vectorimageformats",
        "virtualkeyboard",
        "wayland-graphics-integration-server",
        "webview",
    }
)

# Single plugins (in otherwise useful folders) that load a dropped library.
_DROPPED_PLUGIN_NAME_PARTS: tuple[str, ...] = ("virtualkeyboard", "qpdf")

_QT_LIB_NAME = re.compile(
    r"^(?:lib)?Qt6?(?P<name>[A-Za-z0-9]+?)(?:\.abi3)?(?:\.so.*|\.dll|\.pyd|\.dylib|\.framework)$"
)


def qt_lib_name(file_name: str) -> str | None:
    """The Qt module name in a library file name (``libQt6Quick.so.6`` -> ``Quick``)."""
    match = _QT_LIB_NAME.match(file_name)
    return match.group("name") if match else None


def _dropped_lib(name: str, platform: str) -> bool:
    if name in _KEPT_QT_LIBS:
        return False
    prefixes = _DROPPED_QT_LIB_PREFIXES
    if platform != "win32":
        prefixes += _WINDOWS_ONLY_QT_LIB_PREFIXES
    return any(name.startswith(prefix) for prefix in prefixes)


def _starts_with(parts: tuple[str, ...], prefix: tuple[str, ...]) -> bool:
    return parts[: len(prefix)] == prefix


def is_unwanted(dest: str, platform: str = sys.platform) -> bool:
    """Whether a file at ``dest`` (a path inside the bundle) should be left out.

    ``platform`` is a ``sys.platform`` value: the bundle's target system.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts:
        return False
    qml_dirs = _DROPPED_QML_DIRS
    if platform != "win32":
        qml_dirs += _WINDOWS_ONLY_QML_DIRS
    if (
        platform.startswith("linux")
        and len(parts) == 1
        and parts[0].startswith(_HOST_GTK_STACK_PREFIXES)
    ):
        return True
    for index, part in enumerate(parts):
        rest = parts[index + 1 :]
        if part == "qml" and any(_starts_with(rest, tuple(d.split("/"))) for d in qml_dirs):
            return True
        if part == "plugins" and rest:
            if rest[0] in _DROPPED_PLUGIN_DIRS:
                return True
            if any(token in rest[-1].lower() for token in _DROPPED_PLUGIN_NAME_PARTS):
                return True
        # Python bindings (PySide6/QtCharts.abi3.so) and Qt libraries alike.
        name = qt_lib_name(part)
        if name is not None and _dropped_lib(name, platform):
            return True
    return False


def keep_wanted(
    toc: Iterable[tuple[str, str, str]], platform: str = sys.platform
) -> list[tuple[str, str, str]]:
    """Filter a PyInstaller TOC (``(dest, src, kind)`` tuples) with ``is_unwanted``."""
    return [entry for entry in toc if not is_unwanted(entry[0], platform)]


def prune(bundle: Path, platform: str = sys.platform) -> list[Path]:
    """Delete unwanted files and folders left in a built bundle; return what went."""
    removed: list[Path] = []
    for path in sorted(bundle.rglob("*"), key=lambda p: len(p.parts)):
        if not path.exists() and not path.is_symlink():
            continue  # inside a folder removed a moment ago
        if is_unwanted(_inside(bundle, path), platform):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed


def _inside(bundle: Path, path: Path) -> str:
    """A bundle file's path as PyInstaller names it: relative to ``_internal``."""
    relative = path.relative_to(bundle)
    if relative.parts and relative.parts[0] == "_internal":
        relative = relative.relative_to("_internal")
    return relative.as_posix()


def bundle_size(bundle: Path) -> int:
    """Unpacked size in bytes: every regular file once, symlinks not followed."""
    return sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    """Command line for the build scripts: ``prune DIR`` or ``size DIR``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["prune", "size"])
    parser.add_argument("bundle", type=Path)
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"no bundle at {args.bundle}", file=sys.stderr)
        return 2
    if args.action == "prune":
        removed = prune(args.bundle)
        print(f"pruned {len(removed)} unwanted files or folders from {args.bundle}")
    else:
        print(f"{bundle_size(args.bundle) / 1_000_000:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
