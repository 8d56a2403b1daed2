"""The break card's colours and shapes, as one style sheet per light or dark theme."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from standup_buddy.ui.theme import Theme, mix


def figure_background(theme: Theme) -> QColor:
    """The soft panel behind the figure."""
    return mix(theme.accent, theme.card, 0.93)


def card_style_sheet(theme: Theme) -> str:
    """The break window's style sheet for ``theme``."""
    css = theme.css
    soft_accent = mix(theme.accent, theme.card, 0.85)
    figure_back = figure_background(theme)
    # The focus ring is drawn in the text colour: it stands out on the card
    # and on the accent-filled Done button alike, in light and dark.
    focus = css(theme.text)
    # Spaced capitals suit alphabets with case; spacing Arabic letters would
    # break their joining, and CJK has no capitals to space.
    spaced = QLocale().script() in (
        QLocale.Script.LatinScript, QLocale.Script.CyrillicScript,
        QLocale.Script.GreekScript, QLocale.Script.AnyScript,
    )
    eyebrow_spacing = "letter-spacing: 1px;" if spaced else ""
    return f"""
    BreakWindow {{ background: {css(theme.window)}; }}
    QFrame#card {{
        background: {css(theme.card)};
        border: 1px solid {css(theme.card_border)};
        border-radius: 18px;
    }}
    QFrame#card QLabel {{ background: transparent; color: {css(theme.text)}; }}
    QFrame#card QLabel#eyebrow {{
        color: {css(theme.accent)}; font-weight: 700; {eyebrow_spacing}
        text-transform: uppercase; font-size: 9pt;
    }}
    QFrame#card QLabel#counter {{ color: {css(theme.subtle_text)}; font-size: 9pt; }}
    QFrame#card QLabel#name {{ font-size: 19pt; font-weight: 700; }}
    QFrame#card QLabel#meta {{ color: {css(theme.subtle_text)}; font-size: 10pt; }}
    QFrame#figureframe {{ background: {css(figure_back)}; border-radius: 14px; border: none; }}
    QFrame#card QLabel#side {{
        background: {css(soft_accent)}; color: {css(theme.text)};
        border-radius: 10px; padding: 2px 12px; font-weight: 600; min-height: 16px;
    }}
    QFrame#card QLabel#switch {{
        background: {css(theme.accent)}; color: {css(theme.accent_text)};
        border-radius: 10px; padding: 2px 12px; font-weight: 700; min-height: 16px;
    }}
    QFrame#card QLabel#stepnum {{
        background: {css(soft_accent)}; color: {css(theme.accent)};
        border-radius: 12px; font-weight: 700; font-size: 9pt;
    }}
    QFrame#card QLabel#step {{ font-size: 11pt; }}
    QFrame#caution {{
        background: {css(theme.caution_back)};
        border: 1px solid {css(theme.caution_border)};
        border-radius: 10px;
    }}
    QFrame#card QLabel#cautiontext {{ color: {css(theme.caution_text)}; font-size: 9.5pt; }}
    QFrame#card QLabel#cautionicon {{
        background: {css(theme.caution_border)}; color: {css(theme.caution_text)};
        border-radius: 10px; font-weight: 700; font-family: serif; font-style: italic;
    }}
    QFrame#card QLabel#timecaption {{ color: {css(theme.subtle_text)}; }}
    QLabel#hint {{ color: {css(theme.subtle_text)}; font-size: 8.5pt; background: transparent; }}
    QPushButton {{
        border-radius: 8px; padding: 7px 16px; font-weight: 600;
        border: 1px solid {css(theme.card_border)};
        background: {css(theme.card)}; color: {css(theme.text)};
    }}
    QPushButton:hover {{ background: {css(mix(theme.card, theme.text, 0.06))}; }}
    QPushButton:focus {{ border: 3px solid {focus}; padding: 5px 14px; }}
    QPushButton#done {{
        background: {css(theme.accent)}; color: {css(theme.accent_text)};
        border: 1px solid {css(theme.accent)}; padding: 7px 26px;
    }}
    QPushButton#done:hover {{ background: {css(mix(theme.accent, theme.text, 0.12))}; }}
    QPushButton#done:focus {{ border: 3px solid {focus}; padding: 5px 24px; }}
    QPushButton#skip {{ border-color: transparent; color: {css(theme.subtle_text)}; }}
    QToolButton#nav {{
        border: 1px solid {css(theme.card_border)}; border-radius: 8px;
        min-width: 30px; min-height: 30px; font-size: 15pt; color: {css(theme.text)};
        background: {css(theme.card)};
    }}
    QToolButton#nav:focus {{ border: 3px solid {focus}; }}
    """
