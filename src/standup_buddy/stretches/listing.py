"""The text behind ``standup-buddy stretches list``."""

from __future__ import annotations

from standup_buddy.platform.paths import Paths
from standup_buddy.stretches.catalog import load_catalog
from standup_buddy.stretches.rotation_store import load_rotation


def list_lines(paths: Paths) -> list[str]:
    """The catalog in the current rotation order, one stretch per line.

    Columns: id, name, where, focus, built-in or user, time per side, sides,
    and whether the stretch is on in the rotation (disabled ones say "off").
    Stretches the rotation does not mention follow, then any skipped files
    with their problems.
    """
    catalog = load_catalog(paths)
    config, _, rotation_problems = load_rotation(paths, catalog)
    by_id = catalog.by_id()
    enabled = {e.stretch_id for e in config.entries if e.enabled}
    ordered = [e.stretch_id for e in config.entries if e.stretch_id in by_id]
    ordered += [s.id for s in catalog.stretches if s.id not in ordered]
    stretches = [by_id[i] for i in ordered]
    id_w = max((len(s.id) for s in stretches), default=2)
    name_w = max((len(s.name) for s in stretches), default=4)
    focus_w = max((len(", ".join(s.focus)) for s in stretches), default=5)
    lines = [
        f"{'ID':<{id_w}}  {'NAME':<{name_w}}  {'WHERE':<8}  {'FOCUS':<{focus_w}}  "
        f"{'SOURCE':<8}  {'TIME':>5}  {'SIDES':<5}  ROTATION"
    ]
    for s in stretches:
        source = "user" if s.source == "user" else "built-in"
        state = "on" if s.id in enabled else "off"
        lines.append(
            f"{s.id:<{id_w}}  {s.name:<{name_w}}  {s.where:<8}  {', '.join(s.focus):<{focus_w}}  "
            f"{source:<8}  {s.duration_seconds:>4}s  {s.sides:<5}  {state}"
        )
    problems = [*catalog.problems, *rotation_problems]
    if problems:
        lines.append("")
        lines.append(f"{len(problems)} problem(s); the affected files were skipped:")
        lines += [f"  {problem}" for problem in problems]
    return lines
