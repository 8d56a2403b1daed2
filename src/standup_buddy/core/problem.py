"""The one record of something wrong in a file the user can edit.

Stretch files, animations, programs, ``rotation.json`` and ``settings.toml``
all report what they refuse as a :class:`Problem`, so the app words, logs and
de-duplicates them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with a file: where it is, which field or key, and why.

    ``origin`` is the file (or "form", "sync folder"); ``field`` the field
    path or settings key the reason is about, None for the whole file.
    """

    origin: str
    field: str | None
    reason: str

    def __str__(self) -> str:
        if self.field:
            return f"{self.origin}: field '{self.field}': {self.reason}"
        return f"{self.origin}: {self.reason}"
