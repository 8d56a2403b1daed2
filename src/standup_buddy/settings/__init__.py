"""Settings: one declarative schema, a TOML file, validation that never loses data."""

from standup_buddy.settings.schema import SCHEMA, Setting, Settings, SettingValue
from standup_buddy.settings.store import (
    LoadedSettings,
    load_settings,
    save_settings,
)

__all__ = [
    "SCHEMA",
    "LoadedSettings",
    "Setting",
    "SettingValue",
    "Settings",
    "load_settings",
    "save_settings",
]
