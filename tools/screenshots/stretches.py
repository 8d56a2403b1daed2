"""A picture of the Stretches window for the docs.

Usage: ``python -m tools.screenshots.stretches OUTDIR [--dark]``
writes ``stretches-editor.png`` (or ``stretches-editor-dark.png``). It runs
headless (``offscreen`` unless ``QT_QPA_PLATFORM`` says otherwise) against a
throwaway folder holding the built-in stretches and one example stretch of
the user's own, with a still figure, so every run draws the same picture.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

FILE_NAME = "stretches-editor.png"
DARK_FILE_NAME = "stretches-editor-dark.png"
SELECTED = "standing-hip-flexor"
EXAMPLE_STRETCH: dict[str, object] = {
    "id": "doorway-chest-opener",
    "name": "Doorway chest opener",
    "focus": ["shoulders", "posture"],
    "where": "standing",
    "duration_seconds": 30,
    "sides": "none",
    "steps": [
        "Stand in a doorway with forearms on the frame, elbows at shoulder height.",
        "Step one foot forward until you feel a gentle stretch across the chest.",
        "Hold and breathe slowly, then step back.",
    ],
    "caution": (
        "Ease in gently and never push into sharp pain. Get advice from a "
        "physiotherapist or doctor if symptoms persist."
    ),
    "animation": "standing-back-extension",
}


def main(argv: list[str] | None = None) -> int:
    """Write the screenshot into OUTDIR; returns the exit status."""
    args = sys.argv[1:] if argv is None else argv
    dark = "--dark" in args
    rest = [a for a in args if a != "--dark"]
    if len(rest) != 1:
        print(
            "usage: python -m tools.screenshots.stretches OUTDIR [--dark]",
            file=sys.stderr,
        )
        return 2
    out = Path(rest[0])
    out.mkdir(parents=True, exist_ok=True)
    from standup_buddy.messages import MessageCenter
    from standup_buddy.platform.paths import Paths
    from standup_buddy.services.rotation import RotationService
    from standup_buddy.stretches.files import write_json_atomic
    from standup_buddy.stretches.rotation_store import default_rotation
    from standup_buddy.ui.stretches import rotation_edits as edits
    from standup_buddy.ui.stretches.editor import StretchesEditor
    from tools.screenshots.harness import application, colour_scheme, settle

    application()
    with colour_scheme(dark), tempfile.TemporaryDirectory() as tmp:
        paths = Paths(config_dir=Path(tmp), data_dir=Path(tmp))
        write_json_atomic(paths.stretches_dir / "doorway-chest-opener.json", EXAMPLE_STRETCH)
        service = RotationService(paths, MessageCenter())
        catalog = service.catalog
        relief = catalog.program("relief")
        config = default_rotation(catalog)
        if relief is not None:
            config = edits.apply_program(config, relief, catalog.ids)
        config = edits.set_duration(config, "deep-breathing", 90)
        service.set_config(config)
        editor = StretchesEditor(service, reduced_motion=True)
        editor.resize(1100, 780)
        editor.show()
        editor.select(SELECTED)
        settle(120)
        target = out / (DARK_FILE_NAME if dark else FILE_NAME)
        editor.grab().save(str(target))
        editor.close()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
