"""Loading and saving stretch data: the catalog, user stretch files and the rotation file.

These are the adapters around the pure ``core.stretch`` and ``core.rotation``
modules: they touch the file system, the core only checks data.
"""

from standup_buddy.stretches.catalog import (
    Catalog,
    delete_user_stretch,
    load_catalog,
    save_user_stretch,
    validate_files,
)
from standup_buddy.stretches.rotation_store import (
    export_rotation,
    import_rotation,
    load_rotation,
    save_rotation,
)

__all__ = [
    "Catalog",
    "delete_user_stretch",
    "export_rotation",
    "import_rotation",
    "load_catalog",
    "load_rotation",
    "save_rotation",
    "save_user_stretch",
    "validate_files",
]
