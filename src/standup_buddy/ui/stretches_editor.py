"""The stretch rotation editor window (``Standup Buddy: Stretches``).

The window lives in :mod:`standup_buddy.ui.stretches`; this module is the name
the app imports it by, and :func:`open_editor` wires it to the running app.
"""

from __future__ import annotations

from typing import Any, Protocol

from standup_buddy.core.rotation import RotationConfig, StretchRotation
from standup_buddy.messages import MessageCenter
from standup_buddy.platform.paths import Paths
from standup_buddy.stretches.catalog import Catalog, load_catalog
from standup_buddy.ui.stretches.editor import WINDOW_TITLE, StretchesEditor
from standup_buddy.ui.stretches.prompts import DialogPrompts, Prompts
from standup_buddy.ui.stretches.stretch_form import StretchForm

__all__ = [
    "WINDOW_TITLE",
    "DialogPrompts",
    "EditorHost",
    "Prompts",
    "StretchForm",
    "StretchesEditor",
    "open_editor",
]


class EditorHost(Protocol):
    """What the editor needs from the running app."""

    paths: Paths
    catalog: Catalog
    rotation: StretchRotation
    messages: MessageCenter
    controller: Any

    def reload_stretches(self, config: RotationConfig) -> None:
        """Use ``config`` (and a freshly read catalog) from the next break."""
        ...


def open_editor(host: EditorHost) -> StretchesEditor:
    """A new Stretches window showing the app's rotation; the caller shows it.

    Changes reach the app through ``host.reload_stretches``, which also reads
    the catalog again, so a stretch made here can come up in the next break.
    The rotation state is read from the app whenever the window saves, so the
    place in the rotation is never rewound.
    """
    reduced = False
    try:
        reduced = bool(host.controller.settings().get_bool("ui.reduced_motion"))
    except (AttributeError, KeyError):
        reduced = False
    return StretchesEditor(
        host.paths,
        # The editor edits the files' own text, never a translation shown on the card.
        load_catalog(host.paths),
        host.rotation.config,
        lambda: host.rotation.state,
        host.reload_stretches,
        reload_catalog=lambda: load_catalog(host.paths),
        messages=host.messages,
        reduced_motion=reduced,
    )
