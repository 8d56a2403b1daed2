"""Adapters to the operating system: paths, idle time, notifications, autostart."""
