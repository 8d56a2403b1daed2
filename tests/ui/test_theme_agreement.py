"""One light/dark rule: the break card and the Progress charts never disagree."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from standup_buddy.ui import theme
from standup_buddy.ui.progress.colors import progress_colors
from standup_buddy.ui.theme import is_dark, palette_for, theme_for


@pytest.fixture
def desktop(qapp: QApplication) -> Iterator[None]:
    """Restore the application's palette and colour-scheme hint after the test."""
    palette = QGuiApplication.palette()
    yield
    QGuiApplication.setPalette(palette)
    QGuiApplication.styleHints().unsetColorScheme()


def hint(monkeypatch: pytest.MonkeyPatch, scheme: Qt.ColorScheme) -> None:
    # The offscreen platform ignores setColorScheme, so the desktop's hint is
    # given where the theme reads it.
    monkeypatch.setattr(theme, "desktop_scheme", lambda: scheme)


def chart_is_dark(palette: QPalette) -> bool:
    colors = progress_colors(palette)
    return colors.background.lightnessF() < 0.5


@pytest.mark.parametrize("dark_hint", [True, False])
def test_the_desktop_hint_wins_over_a_palette_that_lags_behind(
    desktop: None, dark_hint: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The desktop switched scheme; the palette Qt hands the widgets still says otherwise.
    lagging = palette_for(not dark_hint)
    QGuiApplication.setPalette(lagging)
    hint(monkeypatch, Qt.ColorScheme.Dark if dark_hint else Qt.ColorScheme.Light)
    card = theme_for()
    assert card.dark is dark_hint
    assert theme_for(lagging).dark is dark_hint
    assert is_dark(lagging) is dark_hint
    # Progress draws on the same side, background included, not just the series.
    assert chart_is_dark(lagging) is dark_hint
    same = progress_colors(palette_for(dark_hint))
    assert progress_colors(lagging).from_breaks == same.from_breaks


@pytest.mark.parametrize("dark", [True, False])
def test_without_a_hint_the_palette_decides_for_both(desktop: None, dark: bool) -> None:
    QGuiApplication.styleHints().unsetColorScheme()
    if QGuiApplication.styleHints().colorScheme() != Qt.ColorScheme.Unknown:
        pytest.skip("this platform always gives a colour-scheme hint")
    palette = palette_for(dark)
    QGuiApplication.setPalette(palette)
    assert theme_for().dark is dark
    assert chart_is_dark(palette) is dark
    # A palette handed in (a widget's own) is read the same way by both.
    other = palette_for(not dark)
    assert theme_for(other).dark is (not dark)
    assert chart_is_dark(other) is (not dark)


def test_there_is_one_is_dark() -> None:
    from standup_buddy.ui.progress import colors

    assert not hasattr(colors, "_palette_is_dark")
    assert colors.is_dark is is_dark
