"""Standup Buddy: a tray companion for people who sit at a computer all day."""

__version__ = "0.1.0"
APP_ID = "io.github.standup_buddy.StandupBuddy"
APP_NAME = "Standup Buddy"
