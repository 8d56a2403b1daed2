"""``make bench``: run every benchmark and print one table."""

from __future__ import annotations

import importlib
import sys

# Each module has run() -> rows of (figure, measured, target).  Later sections
# that need a display or a tray skip themselves with a reason when absent.
SECTIONS = [
    ("Statistics", "benchmarks.stats_bench"),
    ("Idle footprint", "benchmarks.idle_bench"),
    ("Away an hour", "benchmarks.away_bench"),
    ("Idle footprint on Wayland (sway)", "benchmarks.wayland_bench"),
    ("Break window", "benchmarks.break_window_bench"),
    ("Progress window", "benchmarks.progress_bench"),
]


def main() -> int:
    only = set(sys.argv[1:])
    width = 34
    for title, module_name in SECTIONS:
        if only and module_name.rsplit(".", 1)[1] not in only and title not in only:
            continue
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        print(f"\n## {title}")
        print(f"{'figure':<{width}} {'measured':<44} target")
        for figure, measured, target in module.run():
            print(f"{figure:<{width}} {measured:<44} {target}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
