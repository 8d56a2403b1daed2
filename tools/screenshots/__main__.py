"""``python -m tools.screenshots OUTDIR``: every documentation screenshot."""

from __future__ import annotations

import sys

from tools.screenshots import cards, progress, stretches


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: python -m tools.screenshots OUTDIR", file=sys.stderr)
        return 2
    for status in (
        cards.main(args),
        progress.main(args),
        stretches.main(args),
        stretches.main([*args, "--dark"]),
    ):
        if status:
            return status
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
