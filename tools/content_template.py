"""Write the English templates of the content translation catalogs from the built-in files.

    python tools/content_template.py          # rewrite the templates
    python tools/content_template.py --check  # exit 1 if a template is out of date

Translation tools (Weblate and the like) read ``<family>/en.json`` as the
source of every string; run this after editing a built-in stretch or program.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "src" / "standup_buddy" / "assets"
OUT = ASSETS / "translations"


def _load(folder: Path) -> list[dict[str, object]]:
    return [
        json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))
    ]


def templates() -> dict[str, str]:
    """Relative path → file text of every English template."""
    stretches = {
        str(d["id"]): {"name": d["name"], "steps": d["steps"], "caution": d["caution"]}
        for d in _load(ASSETS / "stretches")
    }
    programs = {
        str(d["id"]): {"name": d["name"], "description": d["description"]}
        for d in _load(ASSETS / "programs")
    }
    found: dict[str, object] = {"stretches/en.json": stretches, "programs/en.json": programs}
    micro = ASSETS / "micro" / "cues.json"
    if micro.exists():
        found["micro/en.json"] = micro_template(json.loads(micro.read_text(encoding="utf-8")))
    return {
        path: json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        for path, data in found.items()
    }


def micro_template(data: object) -> dict[str, object]:
    """The translatable text of the micro-pause cues, keyed by cue id.

    A cue's ``caution`` is listed only where the English has one (null means none).
    """
    cues = data.get("cues", []) if isinstance(data, dict) else []
    found: dict[str, object] = {}
    for cue in cues if isinstance(cues, list) else []:
        if isinstance(cue, dict) and isinstance(cue.get("id"), str):
            found[cue["id"]] = {
                k: v for k, v in cue.items() if k in ("text", "caution") and isinstance(v, str)
            }
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale templates")
    args = parser.parse_args()
    stale = []
    for relative, text in templates().items():
        path = OUT / relative
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(relative)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print("out of date: " + ", ".join(stale) + " (run tools/content_template.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
