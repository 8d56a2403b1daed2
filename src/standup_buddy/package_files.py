"""The package's own data files, found without ``importlib.resources`` where they are on disk.

``importlib.resources`` and its helpers are about 1 MiB of module code that
stays loaded for the life of the tray process, only to name a folder that is
next to this file in every install this app ships (wheel, editable, bundle).
It is still used when the package is not a plain folder (a zip import).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def package_root() -> Traversable:
    """The ``standup_buddy`` package folder (as a path when it is on disk)."""
    here = Path(__file__).parent
    if here.is_dir():
        return here
    from importlib import resources

    return resources.files("standup_buddy")
