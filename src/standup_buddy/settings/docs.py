"""Produce ``docs/settings.md`` from the schema (``python -m standup_buddy.settings.docs``).

A test fails when the committed file differs, so the docs cannot drift.
"""

from __future__ import annotations

import sys
from pathlib import Path

from standup_buddy.settings.schema import SCHEMA, SECTION_TITLES
from standup_buddy.settings.toml_writer import format_value


def render() -> str:
    """The Markdown reference of every setting."""
    lines = [
        "# Settings reference",
        "",
        "Generated from `src/standup_buddy/settings/schema.py` by",
        "`python -m standup_buddy.settings.docs`; do not edit by hand.",
        "",
        "The file is `settings.toml` in the config folder (see the README), starting with",
        "`version = 1`. A bad value is reported (file, key, value, what is allowed) and only",
        "that key falls back to its default; the file itself is left alone until you save",
        "from the Settings window. Keys this version does not know are kept.",
        "",
    ]
    section = ""
    for setting in SCHEMA:
        if setting.section != section:
            section = setting.section
            lines += [f"## [{section}] — {SECTION_TITLES[section]}", "",
                      "| key | default | allowed | description |", "|---|---|---|---|"]
        default = format_value(setting.to_toml(setting.default))
        lines.append(
            f"| `{setting.key}` | `{default}` | {setting.allowed()} | {setting.description} |"
        )
        nxt = SCHEMA.index(setting) + 1
        if nxt == len(SCHEMA) or SCHEMA[nxt].section != section:
            lines.append("")
    return "\n".join(lines)


def main() -> int:
    """Write the reference next to the sources (or to the path given)."""
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/settings.md")
    target.write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
