"""The core stays pure: no Qt, no plyer, no clock reads (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import standup_buddy

CORE = Path(standup_buddy.__file__).parent / "core"
FORBIDDEN_MODULES = ("PySide6", "shiboken6", "plyer", "platformdirs", "sqlite3")
FORBIDDEN_CALLS = {
    ("time", "time"), ("time", "monotonic"), ("time", "perf_counter"), ("time", "sleep"),
    ("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"),
    ("random", "random"), ("random", "seed"),
}


def core_files() -> list[Path]:
    files = sorted(CORE.rglob("*.py"))
    assert len(files) >= 3
    return files


def test_core_imports_no_toolkit_or_io_library() -> None:
    for path in core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(FORBIDDEN_MODULES), f"{path.name} imports {name}"


def test_core_never_reads_the_clock() -> None:
    for path in core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                owner_name = owner.attr if isinstance(owner, ast.Attribute) else (
                    owner.id if isinstance(owner, ast.Name) else "")
                call = (owner_name, node.func.attr)
                assert call not in FORBIDDEN_CALLS, f"{path.name}:{node.lineno} calls {call}"


def test_core_imports_only_core_from_the_package() -> None:
    for path in core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and \
                    node.module.startswith("standup_buddy"):
                assert node.module.startswith("standup_buddy.core"), \
                    f"{path.name} imports {node.module}"


def test_the_product_never_imports_developer_tooling() -> None:
    # Screenshot generators and the synthetic history live in tools/ and
    # benchmarks/, outside the wheel; an import from src/ would break installs.
    package = Path(standup_buddy.__file__).parent
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                assert top not in ("tools", "benchmarks", "tests"), f"{path} imports {name}"
    assert not list(package.rglob("screenshots.py")), "screenshot generators belong in tools/"


# Widgets show what an app service hands them; only services (and the
# composition root) touch files, the database and the desktop.
UI = Path(standup_buddy.__file__).parent / "ui"
UI_FORBIDDEN = ("standup_buddy.storage", "standup_buddy.stretches", "standup_buddy.platform")


def forbidden_imports(source: str, forbidden: tuple[str, ...]) -> list[str]:
    """Every module ``source`` imports (at any depth, type-checking blocks too) in ``forbidden``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id == "__import__" and node.args and \
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            names = [node.args[0].value]
        hits = [n for n in names if any(n == f or n.startswith(f + ".") for f in forbidden)]
        if hits:
            found.append(f"{node.lineno}: {hits[0]}")  # once per import statement
    return sorted(found)


def test_the_layer_rule_catches_a_planted_import() -> None:
    planted = (
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "from standup_buddy.services.rotation import Catalog\n"
        "import standup_buddy.platform.paths\n"
        "from standup_buddy import storage\n"
        "if TYPE_CHECKING:\n"
        "    from standup_buddy.stretches.catalog import Catalog\n"
        "def later():\n"
        "    from standup_buddy.storage.history import HistoryStore\n"
    )
    assert forbidden_imports(planted, UI_FORBIDDEN) == [
        "4: standup_buddy.platform.paths",
        "5: standup_buddy.storage",
        "7: standup_buddy.stretches.catalog",
        "9: standup_buddy.storage.history",
    ]
    assert forbidden_imports("from standup_buddy.storage_extra import x\n", UI_FORBIDDEN) == []


def test_ui_imports_no_storage_stretch_files_or_platform() -> None:
    files = sorted(UI.rglob("*.py"))
    assert len(files) >= 10
    offenders = {
        str(path.relative_to(UI)): found
        for path in files
        if (found := forbidden_imports(path.read_text(encoding="utf-8"), UI_FORBIDDEN))
    }
    assert offenders == {}, "ui/ must go through standup_buddy.services"


def test_there_is_one_problem_type() -> None:
    # Stretch files, animations, programs, rotation.json and settings.toml all
    # report a core.problem.Problem; a second record type would drift from it.
    package = Path(standup_buddy.__file__).parent
    defined = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ClassDef):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            defined += [
                f"{path.relative_to(package)}: {n}" for n in names if n.endswith("Problem")
            ]
    assert defined == ["core/problem.py: Problem"]


def test_there_is_one_idle_protocol() -> None:
    # platform/idle/base.py's IdleSource is what every adapter implements and
    # what the controller samples; windows take its bound idle_seconds.
    package = Path(standup_buddy.__file__).parent
    protocols = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
            methods = {n.name for n in node.body if isinstance(n, ast.FunctionDef)}
            if "Protocol" in bases and "idle_seconds" in methods:
                protocols.append(f"{path.relative_to(package)}: {node.name}")
    assert protocols == ["platform/idle/base.py: IdleSource"]


def _package_imports(path: Path) -> list[str]:
    """Every ``standup_buddy`` module ``path`` imports (``from x import y`` gives x and x.y)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return [n for n in names if n == "standup_buddy" or n.startswith("standup_buddy.")]


def _is_under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_core_is_never_imported_from_above() -> None:
    # The layers above the core (the composition root, the windows, the
    # platform and storage adapters) depend on it, never the other way round.
    above = ("app", "ui", "platform", "storage", "stretches", "settings")
    for path in core_files():
        for name in _package_imports(path):
            for layer in above:
                assert not _is_under(name, f"standup_buddy.{layer}"), \
                    f"core/{path.name} imports {name}"


def test_only_the_command_line_imports_the_composition_root() -> None:
    # Windows talk to controller_base.BaseController; only cli/__main__ build the app.
    package = Path(standup_buddy.__file__).parent
    allowed = {package / "cli.py", package / "__main__.py"}
    for path in sorted(package.rglob("*.py")):
        if path in allowed or (package / "app") in path.parents:
            continue
        for name in _package_imports(path):
            assert not _is_under(name, "standup_buddy.app"), \
                f"{path.relative_to(package)} imports {name}"


def test_the_root_rule_catches_a_window_importing_the_app(tmp_path: Path) -> None:
    offender = tmp_path / "tray.py"
    offender.write_text("from standup_buddy import app\nfrom standup_buddy.app.windows import x\n")
    assert [n for n in _package_imports(offender) if _is_under(n, "standup_buddy.app")] == [
        "standup_buddy.app", "standup_buddy.app.windows", "standup_buddy.app.windows.x"]


# Settings are read through the typed view (``settings.view.breaks.style``):
# a string key is checked by nothing and invites a second, drifting default.
# Only the settings package itself and the editors that edit every key by
# name (the Settings dialog, the set-up wizard) handle keys as data.
SETTINGS_KEY_READERS = ("get", "get_int", "get_bool", "get_str", "get_time", "get_days")
SETTINGS_KEY_EDITORS = ("ui/settings_dialog.py", "ui/setup_wizard.py")
# The schema's own table looked up by key gives a key's metadata (its
# bounds), never its value.
SCHEMA_TABLES = ("SCHEMA_BY_KEY",)


def string_key_reads(source: str, keys: frozenset[str]) -> list[str]:
    """Each ``x["breaks.style"]`` or ``x.get_bool("ui.sound")`` in ``source`` naming a key."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        literal: ast.expr | None = None
        if isinstance(node, ast.Subscript):
            owner = node.value
            if not (isinstance(owner, ast.Name) and owner.id in SCHEMA_TABLES):
                literal = node.slice
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SETTINGS_KEY_READERS
            and node.args
        ):
            literal = node.args[0]
        if isinstance(literal, ast.Constant) and literal.value in keys:
            found.append(f"{node.lineno}: {literal.value}")
    return found


def test_the_key_read_rule_catches_a_planted_read() -> None:
    keys = frozenset({"breaks.style", "ui.sound", "goal.daily_target"})
    planted = (
        "a = settings['breaks.style']\n"
        "b = settings.get_bool('ui.sound')\n"
        "c = loaded.settings.get('goal.daily_target', 30)\n"
        "d = SCHEMA_BY_KEY['goal.daily_target'].maximum\n"
        "e = settings.view.breaks.style\n"
        "f = values['no.such_key']\n"
        "g = {'breaks.style': 'card'}\n"
    )
    assert string_key_reads(planted, keys) == [
        "1: breaks.style",
        "2: ui.sound",
        "3: goal.daily_target",
    ]


def test_settings_are_read_through_the_typed_view() -> None:
    from standup_buddy.settings import SCHEMA

    keys = frozenset(s.key for s in SCHEMA)
    package = Path(standup_buddy.__file__).parent
    settings_dir = package / "settings"
    editors = {package / name for name in SETTINGS_KEY_EDITORS}
    assert all(path.is_file() for path in editors), "an allowed editor was moved or renamed"
    offenders = {
        str(path.relative_to(package)): found
        for path in sorted(package.rglob("*.py"))
        if settings_dir not in path.parents and path not in editors
        if (found := string_key_reads(path.read_text(encoding="utf-8"), keys))
    }
    assert offenders == {}, "read these through Settings.view (settings.view.<section>.<name>)"
