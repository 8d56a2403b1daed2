"""The Stretches window: the rotation editor, its stretch form and its pieces."""

from standup_buddy.ui.stretches.editor import WINDOW_TITLE, StretchesEditor
from standup_buddy.ui.stretches.prompts import DialogPrompts, Prompts
from standup_buddy.ui.stretches.stretch_form import StretchForm

__all__ = ["WINDOW_TITLE", "DialogPrompts", "Prompts", "StretchForm", "StretchesEditor"]
