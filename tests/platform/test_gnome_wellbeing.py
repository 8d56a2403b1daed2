"""GNOME's own movement reminders: seen by doctor, switched off once, only with consent.

This machine's GNOME predates the Wellbeing panel (GNOME 48), so the test
compiles a schema with the same ids, paths, keys and types as GNOME's
``org.gnome.desktop.break-reminders`` (and its ``movement`` and ``eyesight``
children) into a temporary folder, and points the real ``gsettings`` at it
with a keyfile backend in the test's own config folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from standup_buddy.platform.gnome_wellbeing import (
    default_runner,
    parse_string_list,
    read_wellbeing,
    switch_movement_off,
)

SCHEMA_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schemalist>
  <schema id="org.gnome.desktop.break-reminders" path="/org/gnome/desktop/break-reminders/">
    <key name="selected-breaks" type="as"><default>[]</default></key>
    <child name="movement" schema="org.gnome.desktop.break-reminders.movement"/>
    <child name="eyesight" schema="org.gnome.desktop.break-reminders.eyesight"/>
  </schema>
  <schema id="org.gnome.desktop.break-reminders.movement"
          path="/org/gnome/desktop/break-reminders/movement/">
    <key name="duration-seconds" type="u"><default>300</default></key>
    <key name="interval-seconds" type="u"><default>1800</default></key>
    <key name="delay-seconds" type="u"><default>300</default></key>
    <key name="notify" type="b"><default>true</default></key>
    <key name="play-sound" type="b"><default>true</default></key>
    <key name="fade-screen" type="b"><default>true</default></key>
  </schema>
  <schema id="org.gnome.desktop.break-reminders.eyesight"
          path="/org/gnome/desktop/break-reminders/eyesight/">
    <key name="duration-seconds" type="u"><default>20</default></key>
    <key name="interval-seconds" type="u"><default>1200</default></key>
  </schema>
</schemalist>
"""


@pytest.fixture
def gnome48(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A GSettings world with GNOME 48's break-reminder schemas; returns its schema dir."""
    compiler = shutil.which("glib-compile-schemas")
    if compiler is None or shutil.which("gsettings") is None:
        pytest.skip("GLib's schema tools are not installed (package libglib2.0-bin)")
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    (schemas / "org.gnome.desktop.break-reminders.gschema.xml").write_text(SCHEMA_XML)
    subprocess.run([compiler, str(schemas)], check=True, timeout=30)
    monkeypatch.setenv("GSETTINGS_SCHEMA_DIR", str(schemas))
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return schemas


def gsettings(*args: str) -> str:
    return subprocess.run(["gsettings", *args], capture_output=True, text=True, check=True,
                          timeout=10).stdout.strip()


def test_movement_reminders_are_read_and_only_movement_is_switched_off(gnome48: Path) -> None:
    run = default_runner()
    state = read_wellbeing(run)
    assert state is not None and not state.movement_on, "off by default, as in GNOME"

    gsettings("set", "org.gnome.desktop.break-reminders", "selected-breaks",
              "['eyesight', 'movement']")
    state = read_wellbeing(run)
    assert state is not None and state.movement_on
    assert state.describe() == "GNOME movement reminders are on: 5 min every 30 min"
    from standup_buddy.platform.doctor import _wellbeing_row

    assert _wellbeing_row(os.environ).startswith(
        "GNOME movement reminders are on: 5 min every 30 min: you would be prompted twice"
    )

    assert switch_movement_off(run) == ""
    kept = parse_string_list(gsettings("get", "org.gnome.desktop.break-reminders",
                                       "selected-breaks"))
    assert kept == ("eyesight",), "the eyesight breaks the user chose stay"


def test_without_the_schema_there_is_nothing_to_offer(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("gsettings") is None:
        pytest.skip("gsettings is not installed (package libglib2.0-bin)")
    empty = tmp_path / "no-schemas"
    empty.mkdir()
    monkeypatch.setenv("GSETTINGS_SCHEMA_DIR", str(empty))
    if subprocess.run(["gsettings", "list-schemas"], capture_output=True, text=True,
                      timeout=10, check=False).stdout.count("org.gnome.desktop.break-reminders"):
        pytest.skip("this machine has GNOME 48's schemas installed")
    assert read_wellbeing(default_runner()) is None


def start_app(qapp: QApplication) -> object:
    from standup_buddy.app import RunningApp
    from standup_buddy.platform.paths import resolve_paths

    running = RunningApp(qapp, resolve_paths())
    running.start()
    return running


def test_the_app_asks_once_and_switches_gnomes_off_only_when_told(
    qtbot: QtBot, qapp: QApplication, gnome48: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from standup_buddy.app import RunningApp
    from standup_buddy.ui.wellbeing_offer import WellbeingOffer

    monkeypatch.setenv("STANDUP_BUDDY_NO_WELCOME", "1")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    gsettings("set", "org.gnome.desktop.break-reminders", "selected-breaks", "['movement']")

    running = start_app(qapp)
    assert isinstance(running, RunningApp)
    try:
        offer = running.windows.get("wellbeing")
        assert isinstance(offer, WellbeingOffer) and offer.isVisible()
        assert "5 min every 30 min" in offer.informativeText()
        # Nothing changed yet: the question alone never switches anything.
        assert "movement" in gsettings("get", "org.gnome.desktop.break-reminders",
                                       "selected-breaks")
        offer.switch_button.click()
        assert gsettings("get", "org.gnome.desktop.break-reminders",
                         "selected-breaks") == "@as []"
    finally:
        running.stop()
        running.tray.hide()

    # Switched back on by the user later: the app does not ask again.
    gsettings("set", "org.gnome.desktop.break-reminders", "selected-breaks", "['movement']")
    again = start_app(qapp)
    assert isinstance(again, RunningApp)
    try:
        assert "wellbeing" not in again.windows
        assert "movement" in gsettings("get", "org.gnome.desktop.break-reminders",
                                       "selected-breaks")
    finally:
        again.stop()
        again.tray.hide()
