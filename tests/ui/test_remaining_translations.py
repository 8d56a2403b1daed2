"""Words once English in every language: wizard buttons and pages, spin-box words, goal metrics."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox, QWizard
from pytestqt.qtbot import QtBot
from tests.ui.test_setup_wizard import Rig

from standup_buddy.core.model import GoalMetric, GoalSetting
from standup_buddy.i18n.qt import install_language, uninstall_language
from standup_buddy.settings.schema import SCHEMA, SCHEMA_BY_KEY
from standup_buddy.ui.progress.goal_editor import GoalEditor
from standup_buddy.ui.settings_editors import make_editor

ROOT = Path(__file__).resolve().parents[2]
GOAL = GoalSetting(GoalMetric.MOVEMENT_MINUTES, 30, dt.date(2026, 3, 2))


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "release"],
                   cwd=ROOT, check=True, capture_output=True)
    install_language(qapp, "de")
    yield
    uninstall_language(qapp)


@pytest.fixture
def rig(tmp_path: Path) -> Rig:
    return Rig(tmp_path)


def test_the_wizard_buttons_are_german(qtbot: QtBot, rig: Rig, german: None) -> None:
    wizard = rig.wizard(qtbot)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Einrichtung &überspringen"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Fertig"


def test_the_wizard_pages_are_german(qtbot: QtBot, rig: Rig, german: None) -> None:
    wizard = rig.wizard(qtbot)
    titles = [wizard.page(i).title() for i in wizard.pageIds()]
    assert titles[0] == "Willkommen bei Standup Buddy"
    assert titles[-1] == "Alles bereit"
    assert wizard.help_buttons["hips"].text() == "&Verspannte Hüften"
    assert wizard.space_buttons["desk"].text() == "Nur am &Schreibtisch (im Sitzen)"
    assert wizard.done_text.startswith("Standup Buddy wohnt jetzt im Infobereich")


def test_the_help_page_ends_its_sentence_once(qtbot: QtBot, rig: Rig) -> None:
    wizard = rig.wizard(qtbot)
    texts = [label.text() for i in wizard.pageIds() for label in
             wizard.page(i).findChildren(QLabel)]
    assert any(t.endswith("any time in Stretches…") for t in texts)
    assert not any("…." in t for t in texts)


def test_every_special_spin_value_is_german(qapp: QApplication, german: None) -> None:
    shown = {}
    for setting in SCHEMA:
        if setting.special:
            editor = make_editor(setting)
            assert isinstance(editor, QSpinBox)
            shown[setting.key] = editor.specialValueText()
    assert shown == {
        "breaks.max_snoozes": "unbegrenzt",
        "breaks.weekly_skip_budget": "kein Kontingent",
        "breaks.lock_after_seconds": "nie",
        "activity.daily_screen_time_hours": "aus",
    }


def test_a_special_spin_value_stays_english_in_english(qapp: QApplication) -> None:
    editor = make_editor(SCHEMA_BY_KEY["breaks.max_snoozes"])
    assert isinstance(editor, QSpinBox) and editor.specialValueText() == "unlimited"


def test_the_goal_metrics_are_german(qtbot: QtBot, german: None) -> None:
    editor = GoalEditor(GOAL)
    qtbot.addWidget(editor)
    box = editor.metric_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "Bewegungsminuten", "Pausen", "Aktive Stunden"]
    assert [box.itemData(i) for i in range(box.count())] == [m.value for m in GoalMetric]


def test_the_goal_metrics_in_english(qtbot: QtBot) -> None:
    editor = GoalEditor(GOAL)
    qtbot.addWidget(editor)
    box = editor.metric_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "Movement minutes", "Breaks", "Active hours"]


def test_the_week_sentence_picks_the_german_plural_form(german: None) -> None:
    from tests.ui.test_progress_figures import MONDAY, WORK, day

    from standup_buddy.ui.progress.figures import week_sentence

    one = [day(0, value=30, longest=45)] + [day(i) for i in range(1, 7)]
    assert week_sentence(one, WORK, today=MONDAY).startswith(
        "Ziel erreicht an 1 von 1 Arbeitstag bisher;")
    two = [day(0, value=30, longest=45), day(1, value=3)] + [day(i) for i in range(2, 7)]
    assert week_sentence(two, WORK, today=MONDAY + dt.timedelta(days=1)).startswith(
        "Ziel erreicht an 1 von 2 Arbeitstagen bisher;")


def test_the_trend_dates_use_the_languages_month_names(german: None) -> None:
    from standup_buddy.ui.progress.figures import SHORT_DAY_MONTH, date_text

    # Qt's own month names in German, in the order the German format gives.
    assert date_text(dt.date(2026, 3, 2), SHORT_DAY_MONTH) == "2. März"


def test_the_card_says_what_a_stretch_is_for_in_the_language(german: None) -> None:
    from standup_buddy.platform.paths import Paths
    from standup_buddy.stretches.catalog import load_catalog
    from standup_buddy.ui.break_card_view import BreakCardView

    catalog = load_catalog(Paths(config_dir=ROOT / "no-such-dir", data_dir=ROOT / "no-such-dir"))
    walk = catalog.by_id()["walk-break"]
    meta = BreakCardView.meta_text(walk, 120)
    assert "Durchblutung" in meta, meta
    assert "circulation" not in meta.lower(), meta
