"""Settings: one declarative schema, a TOML file, validation that never loses data."""

from standup_buddy.settings.schema import SCHEMA, Setting, Settings, SettingValue
from standup_buddy.settings.store import (
    LoadedSettings,
    load_settings,
    save_settings,
)
from standup_buddy.settings.view import SettingsView

__all__ = [
    "SCHEMA",
    "LoadedSettings",
    "Setting",
    "SettingValue",
    "Settings",
    "SettingsView",
    "load_settings",
    "save_settings",
]
