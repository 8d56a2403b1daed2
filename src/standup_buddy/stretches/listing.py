"""The text behind ``standup-buddy stretches list``."""

from __future__ import annotations

from standup_buddy.platform.paths import Paths
from standup_buddy.stretches.catalog import load_catalog
from standup_buddy.stretches.rotation_store import load_rotation


def list_lines(paths: Paths, now: float | None = None) -> list[str]:
    """One line per stretch (id, where, time per side, sides, in the rotation, name).

    Files that were skipped are listed at the end with their problems. ``now``
    is accepted so callers can pass the time they use elsewhere; the catalog
    itself does not depend on it.
    """
    del now
    catalog = load_catalog(paths)
    config, _, rotation_problems = load_rotation(paths, catalog)
    enabled = {e.stretch_id for e in config.entries if e.enabled}
    width = max((len(s.id) for s in catalog.stretches), default=2)
    lines = [f"{'ID':<{width}}  {'WHERE':<8}  {'TIME':>5}  {'SIDES':<5}  {'ON':<3}  NAME"]
    for s in catalog.stretches:
        on = "yes" if s.id in enabled else "-"
        user = "  (your own)" if s.source == "user" else ""
        lines.append(
            f"{s.id:<{width}}  {s.where:<8}  {s.duration_seconds:>4}s  {s.sides:<5}  {on:<3}  "
            f"{s.name}{user}"
        )
    problems = [*catalog.problems, *rotation_problems]
    if problems:
        lines.append("")
        lines.append(f"{len(problems)} problem(s); the affected files were skipped:")
        lines += [f"  {problem}" for problem in problems]
    return lines
