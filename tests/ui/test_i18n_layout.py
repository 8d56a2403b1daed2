"""The card, Progress (Week), Settings and Stretches in German, Japanese and Arabic, 1x and 2x.

Each language and scale runs in its own process (``tests/ui/i18n_layout_probe.py``):
Qt reads ``QT_SCALE_FACTOR`` once, and the language is installed before the
first widget, as the app does. Clipping is measured, not eyeballed: every
visible label, button, check box and group title is compared with the room
its font needs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "ja", "zh_CN", "ar")
#: These need a font with their characters (fonts-noto-cjk on Debian and
#: Ubuntu, in .ci/run); without one Qt draws boxes of a made-up width.
CJK = ("ja", "zh_CN")
SCALES = ("1", "2")


@cache
def probe(language: str, scale: str) -> dict[str, Any]:
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "release"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.i18n_layout_probe", language],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout)
    assert report["device_pixel_ratio"] == float(scale)
    return report


@pytest.mark.slow
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_cut_in_long_and_wide_languages(language: str, scale: str) -> None:
    report = probe(language, scale)
    if language in CJK and not report["cjk_fonts"]:
        pytest.skip(
            f"no font for {language} is installed (fonts-noto-cjk): widths would be guesses"
        )
    assert report["language"] == language
    assert report["translated"], "the compiled catalog did not load"
    for window in ("card", "week", "settings", "stretches"):
        assert report[window]["cut"] == [], f"{window} in {language} at {scale}x"
        assert report[window]["tofu"] == [], f"{window} in {language}: characters no font draws"


@pytest.mark.slow
@pytest.mark.parametrize("scale", SCALES)
def test_arabic_mirrors_the_layouts_but_not_the_figure(scale: str) -> None:
    arabic, german = probe("ar", scale), probe("de", scale)
    assert arabic["right_to_left"] and not german["right_to_left"]
    # Card: left to right the buttons run Skip, Snooze, Done with the ring on
    # the left; right to left Done comes first from the left and the ring is on the right.
    ltr, rtl = german["card"]["x"], arabic["card"]["x"]
    assert ltr["skip_button"] < ltr["snooze_button"] < ltr["done_button"]
    assert rtl["skip_button"] > rtl["snooze_button"] > rtl["done_button"]
    assert ltr["ring"] < ltr["done_button"] and rtl["ring"] > rtl["skip_button"]
    # Progress (Week): "previous" sits on the leading side.
    assert german["week"]["x"]["previous_button"] < german["week"]["x"]["next_button"]
    assert arabic["week"]["x"]["previous_button"] > arabic["week"]["x"]["next_button"]
    # Settings: the row label leads its editor.
    assert german["settings"]["x"]["row_label"] < german["settings"]["x"]["editor"]
    assert arabic["settings"]["x"]["row_label"] > arabic["settings"]["x"]["editor"]
    # Stretches: the rotation list leads, the details follow.
    assert german["stretches"]["x"]["list"] < german["stretches"]["x"]["details"]
    assert arabic["stretches"]["x"]["list"] > arabic["stretches"]["x"]["details"]
    # The figure paints the stretch's own side, whatever the layout direction.
    assert arabic["card"]["figure_same_both_ways"]


@pytest.mark.slow
def test_week_starts_on_the_locales_first_day() -> None:
    # 26 March 2026 is a Thursday: Monday 23rd in German, Sunday 22nd in
    # Japanese, Saturday 21st in Arabic (Qt's CLDR data).
    assert probe("de", "1")["week"]["first_day"] == "2026-03-23"
    assert probe("ja", "1")["week"]["first_day"] == "2026-03-22"
    assert probe("ar", "1")["week"]["first_day"] == "2026-03-21"


@pytest.mark.slow
def test_translated_texts_and_qt_own_buttons_appear() -> None:
    assert "Abbrechen" in probe("de", "1")["settings"]["buttons"]
    assert "März" in probe("de", "1")["week"]["title"]
    # Arabic digits and month name in the Week title.
    assert "مارس" in probe("ar", "1")["week"]["title"]
    assert "٢٠٢٦" in probe("ar", "1")["week"]["title"]
