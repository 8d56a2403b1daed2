"""The stretch rotation editor window (``Standup Buddy: Stretches``).

The window lives in :mod:`standup_buddy.ui.stretches`; this module is the name
the app imports it by, and :func:`open_editor` makes one for the rotation
service the app runs on.
"""

from __future__ import annotations

from standup_buddy.services.rotation import RotationService
from standup_buddy.ui.stretches.editor import WINDOW_TITLE, StretchesEditor
from standup_buddy.ui.stretches.prompts import DialogPrompts, Prompts
from standup_buddy.ui.stretches.stretch_form import StretchForm

__all__ = [
    "WINDOW_TITLE",
    "DialogPrompts",
    "Prompts",
    "StretchForm",
    "StretchesEditor",
    "open_editor",
]


def open_editor(service: RotationService, *, reduced_motion: bool) -> StretchesEditor:
    """A new Stretches window showing the app's rotation; the caller shows it.

    Changes are saved and reach the next break through ``service``, which
    also reads the catalog again, so a stretch made here can come up at once.
    """
    return StretchesEditor(service, reduced_motion=reduced_motion)
