"""The interface catalogs: every source string in every .ts, placeholders and plurals kept.

The sources are scanned twice, by ``pyside6-lupdate`` and by an independent
reader of ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` calls
(``tools/i18n.py``); both must agree with the committed ``.ts`` files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tools import i18n as catalogs

from standup_buddy import i18n

ROOT = Path(__file__).resolve().parents[1]


def test_the_tool_and_the_app_know_the_same_languages() -> None:
    assert tuple(i18n.LANGUAGES) == catalogs.LANGUAGES
    assert set(catalogs.PLURAL_FORMS) == set(i18n.LANGUAGES)


def test_every_source_string_is_in_every_catalog_with_its_placeholders() -> None:
    # Missing strings, dropped or added placeholders, wrong plural counts.
    assert catalogs.problems(require_finished=False) == []


def test_the_committed_catalogs_are_what_lupdate_makes_of_the_sources(tmp_path: Path) -> None:
    # lupdate run afresh on copies: no string added or dropped since the last update.
    for language in catalogs.LANGUAGES:
        shutil.copy(catalogs.ts_path(language), tmp_path / catalogs.ts_path(language).name)
    files = [str(p.relative_to(ROOT)) for p in catalogs.source_files()]
    for language in catalogs.LANGUAGES:
        target = tmp_path / catalogs.ts_path(language).name
        subprocess.run(
            [str(catalogs.qt_tool("lupdate")), *files, "-locations", "none", "-no-obsolete",
             "-source-language", "en", "-target-language", language, "-ts", str(target)],
            cwd=ROOT, check=True, capture_output=True,
        )
        fresh = catalogs.read_ts(target).messages
        committed = catalogs.read_ts(catalogs.ts_path(language)).messages
        assert sorted(fresh) == sorted(committed), f"run: python tools/i18n.py update ({language})"


def test_the_independent_scan_finds_what_lupdate_found() -> None:
    scanned = {(m.context, m.source, m.disambiguation) for _p, m in catalogs.source_messages()}
    committed = set(catalogs.read_ts(catalogs.ts_path("de")).messages)
    assert scanned == committed


def test_the_settings_schema_strings_are_current() -> None:
    assert catalogs.SCHEMA_STRINGS.read_text(encoding="utf-8") == catalogs.schema_strings_text()


def test_the_file_problem_reasons_are_current() -> None:
    # Every Reason("...") template of the Qt-free readers reaches the catalog.
    assert catalogs.REASON_STRINGS.read_text(encoding="utf-8") == catalogs.reason_strings_text()
    templates = catalogs.reason_templates()
    assert "{value} is not one of {allowed}" in templates
    assert "expected {allowed}" in templates
    committed = catalogs.read_ts(catalogs.ts_path("de")).messages
    assert all(("FileProblems", t, "") in committed for t in templates)


def test_the_checker_catches_a_reason_without_a_literal_template(tmp_path: Path) -> None:
    source = tmp_path / "reader.py"
    source.write_text(
        "from standup_buddy.core.problem import Reason\n"
        "TEMPLATE = 'is {size} bytes'\n"
        "ok = Reason('is not a regular file')\n"
        "bad = Reason(TEMPLATE, size=3)\n",
        encoding="utf-8",
    )
    found = list(catalogs.unliteral_reasons([source]))
    assert len(found) == 1 and ":4: Reason(...) needs a literal template" in found[0]
    assert catalogs.reason_templates([source]) == ["is not a regular file"]


@pytest.mark.parametrize(
    ("source", "translation", "problem"),
    [
        ("Stretch {index} of {count}", "Dehnung {index}", "placeholders"),
        ("Stretch {index} of {count}", "Dehnung {index} von {count} {extra}", "placeholders"),
        ("{time} for this break", "%1 für diese Pause", "placeholders"),
    ],
)
def test_the_checker_catches_a_dropped_or_added_placeholder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, translation: str, problem: str
) -> None:
    bad = tmp_path / "standup_buddy_de.ts"
    bad.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de" sourcelanguage="en"><context><name>X</name>'
        f"<message><source>{source}</source><translation>{translation}</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(catalogs, "LANGUAGES", ("de",))
    monkeypatch.setattr(catalogs, "ts_path", lambda _language: bad)
    monkeypatch.setattr(catalogs, "source_messages", lambda: iter(()))
    found = catalogs.problems(require_finished=False)
    assert len(found) == 1 and problem in found[0]


def test_the_checker_catches_a_missing_plural_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "standup_buddy_pl.ts"
    bad.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="pl" sourcelanguage="en"><context><name>X</name>'
        '<message numerus="yes"><source>%n work day(s)</source><translation>'
        "<numerusform>%n dzień</numerusform><numerusform>%n dni</numerusform>"
        "</translation></message></context></TS>\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(catalogs, "LANGUAGES", ("pl",))
    monkeypatch.setattr(catalogs, "ts_path", lambda _language: bad)
    monkeypatch.setattr(catalogs, "source_messages", lambda: iter(()))
    found = catalogs.problems(require_finished=False)
    assert len(found) == 1 and "pl needs 3" in found[0]


def test_the_checker_reads_plural_messages_in_the_sources(tmp_path: Path) -> None:
    source = tmp_path / "view.py"
    source.write_text(
        "class MonthView:\n"
        "    def words(self, count):\n"
        '        return self.tr("%n work day(s)", "", count)\n'
        "def f():\n"
        '    return QCoreApplication.translate("Ctx", "Plain {name}")\n',
        encoding="utf-8",
    )
    found = sorted((m.context, m.source, m.numerus) for _p, m in catalogs.source_messages([source]))
    assert found == [("Ctx", "Plain {name}", False), ("MonthView", "%n work day(s)", True)]


# The windows with screenshots and layout tests, the tray and the CLI table:
# these must be complete in every language (others fall back to English).
COMPLETE_CONTEXTS = (
    "BreakCardView", "BreakWindow", "BreakFlow", "Durations", "SettingsDialog",
    "SettingsEditors", "SettingsSchema", "StatsTable", "StatusActions", "Status",
    "WeekView", "WeekChart", "DateFormats", "TrayController",
)


@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_the_main_windows_are_fully_translated(language: str) -> None:
    messages = catalogs.read_ts(catalogs.ts_path(language)).messages
    missing = sorted(
        f"[{context}] {source}" for (context, source, _d), m in messages.items()
        if context in COMPLETE_CONTEXTS and not m.finished
    )
    assert missing == []


def test_check_command_passes() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "check"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout


def test_no_english_literal_reaches_a_widget_untranslated() -> None:
    # A status line, a confirmation or a button label written as a bare
    # literal would show in English in every language.
    assert list(catalogs.untranslated_shown()) == []


def test_the_checker_catches_a_literal_shown_without_tr(tmp_path: Path) -> None:
    source = tmp_path / "window.py"
    source.write_text(
        "class W:\n"
        "    def f(self, name):\n"
        '        self.status.setText(f"Deleted {name}.")\n'
        '        self._set_status("Saved. Changes apply from the next break.")\n'
        '        self.setWindowTitle("Standup Buddy: Break")\n'
        '        self.label.setText(self.tr("Fine"))\n'
        '        self.ring.setText("1:20")\n'
        '        self.badge.setText("Built-in" if mine else self.tr("Yours"))\n',
        encoding="utf-8",
    )
    found = list(catalogs.untranslated_shown([source]))
    assert len(found) == 3, found
    assert "Deleted" in found[0] and "Saved" in found[1] and "Built-in" in found[2]


def test_the_checker_catches_wizard_pages_spin_words_and_notices(tmp_path: Path) -> None:
    source = tmp_path / "wizard.py"
    source.write_text(
        "class W:\n"
        "    def f(self):\n"
        '        self.setButtonText(CANCEL, "S&kip set-up")\n'
        '        self.spin.setSpecialValueText("unlimited")\n'
        '        page, layout = self._page("All set", self.tr("Done."))\n'
        '        self._messages.report(WARNING, "Rotation not saved", str(exc))\n'
        '        self._messages.report(WARNING, self.tr("Fine"), str(exc))\n',
        encoding="utf-8",
    )
    found = list(catalogs.untranslated_shown([source]))
    assert len(found) == 4, found
    for word in ("S&kip", "unlimited", "All set", "Rotation not saved"):
        assert any(word in line for line in found), word
