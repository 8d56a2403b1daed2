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
