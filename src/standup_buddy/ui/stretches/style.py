"""The look of the Stretches window and its form, from the shared light/dark theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from standup_buddy.ui.theme import Theme, mix


def figure_back(theme: Theme) -> QColor:
    """The soft tint behind the stick figure (the break card uses the same)."""
    return mix(theme.accent, theme.card, 0.93)


def figure_palette(theme: Theme, base: QPalette) -> QPalette:
    """A palette that draws the figure in the theme's ink on its soft tint."""
    palette = QPalette(base)
    palette.setColor(QPalette.ColorRole.Window, figure_back(theme))
    palette.setColor(QPalette.ColorRole.WindowText, mix(theme.text, theme.accent, 0.25))
    palette.setColor(QPalette.ColorRole.Highlight, theme.accent)
    return palette


def style_sheet(theme: Theme) -> str:
    """The style sheet for the editor window and the stretch form."""
    css = theme.css
    soft = mix(theme.accent, theme.card, 0.86)
    border = theme.card_border
    focus = mix(theme.accent, theme.text, 0.2)
    problem = QColor("#ff8a7a") if theme.dark else QColor("#b3402e")
    problem_back = mix(problem, theme.card, 0.9)
    hover = mix(theme.card, theme.text, 0.05)
    selected = mix(theme.accent, theme.card, 0.88)
    selected_border = mix(theme.accent, theme.card, 0.6)
    return f"""
    StretchesEditor, QDialog#stretchform {{ background: {css(theme.window)}; }}
    QFrame#panel {{
        background: {css(theme.card)};
        border: 1px solid {css(border)};
        border-radius: 12px;
    }}
    QLabel#section {{
        color: {css(theme.accent)}; font-weight: 700; font-size: 8.5pt;
        letter-spacing: 1px;
    }}
    QLabel#fieldlabel {{ color: {css(theme.subtle_text)}; font-weight: 600; }}
    QLabel#hint, QLabel#description, QLabel#count {{
        color: {css(theme.subtle_text)}; font-size: 9pt;
    }}
    QLabel#status {{ color: {css(theme.subtle_text)}; }}
    QLabel#status[error="true"] {{ color: {css(problem)}; }}
    QLabel#problem {{
        color: {css(problem)}; background: {css(problem_back)};
        border-radius: 6px; padding: 4px 8px; font-size: 9pt;
    }}
    QLabel#name {{ font-size: 16pt; font-weight: 700; }}
    QLabel#meta {{ color: {css(theme.subtle_text)}; }}
    QLabel#rowstatus {{ color: {css(theme.caution_text)}; font-size: 9pt; }}
    QLabel#badge {{
        background: {css(mix(theme.text, theme.card, 0.9))}; color: {css(theme.subtle_text)};
        border-radius: 5px; padding: 2px 8px; font-size: 8.5pt; font-weight: 600;
    }}
    QLabel#badge[mine="true"] {{ background: {css(soft)}; color: {css(theme.accent)}; }}
    QFrame#figureframe {{
        background: {css(figure_back(theme))}; border: none; border-radius: 12px;
    }}
    QLabel#stepnum {{
        background: {css(soft)}; color: {css(theme.accent)};
        border-radius: 11px; font-weight: 700; font-size: 8.5pt;
    }}
    QFrame#caution {{
        background: {css(theme.caution_back)};
        border: 1px solid {css(theme.caution_border)};
        border-radius: 10px;
    }}
    QLabel#cautiontext {{ color: {css(theme.caution_text)}; font-size: 9pt; }}
    QLabel#cautionicon {{
        background: {css(theme.caution_border)}; color: {css(theme.caution_text)};
        border-radius: 10px; font-weight: 700; font-family: serif; font-style: italic;
    }}
    QListWidget#rotation {{
        background: {css(theme.card)}; border: none; outline: none;
    }}
    QListWidget#rotation::item {{
        border-radius: 8px; margin: 1px 2px; padding-left: 6px;
    }}
    QListWidget#rotation::item:hover {{ background: {css(hover)}; }}
    QListWidget#rotation::item:selected {{
        background: {css(selected)}; border: 1px solid {css(selected_border)};
    }}
    QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px 0; }}
    QScrollBar::handle:vertical {{
        background: {css(mix(theme.text, theme.card, 0.78))}; border-radius: 3px;
        min-height: 32px; margin: 0 2px;
    }}
    QScrollBar::handle:vertical:hover {{ background: {css(mix(theme.text, theme.card, 0.6))}; }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
    QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
    QPushButton, QToolButton {{
        border-radius: 7px; padding: 5px 12px; font-weight: 600;
        border: 1px solid {css(border)};
        background: {css(theme.card)}; color: {css(theme.text)};
    }}
    QPushButton:hover, QToolButton:hover {{ background: {css(hover)}; }}
    QPushButton:focus, QToolButton:focus {{ border: 2px solid {css(focus)}; }}
    QPushButton:disabled, QToolButton:disabled {{ color: {css(theme.subtle_text)}; }}
    QPushButton#primary {{
        background: {css(theme.accent)}; color: {css(theme.accent_text)};
        border: 1px solid {css(theme.accent)}; padding: 6px 18px;
    }}
    QPushButton#primary:hover {{ background: {css(mix(theme.accent, theme.text, 0.12))}; }}
    QPushButton#primary:focus {{ border: 2px solid {css(mix(theme.accent, theme.text, 0.45))}; }}
    QPushButton#quiet {{ border-color: transparent; background: transparent; }}
    QPushButton#quiet:hover {{ background: {css(hover)}; }}
    QPushButton#quiet:focus {{ border: 2px solid {css(focus)}; }}
    QToolButton#chip {{
        border-radius: 13px; padding: 3px 12px; font-weight: 600;
        color: {css(theme.subtle_text)};
    }}
    QToolButton#chip:checked {{
        background: {css(soft)}; border-color: {css(mix(theme.accent, theme.card, 0.5))};
        color: {css(theme.accent)};
    }}
    QToolButton#chip:focus {{ border: 2px solid {css(focus)}; }}
    QToolButton#focusmenu {{ padding-right: 20px; }}
    QToolButton#focusmenu::menu-indicator {{
        subcontrol-origin: padding; subcontrol-position: center right; right: 6px;
    }}
    QToolButton#move {{ padding: 4px 10px; }}
    QMenu {{ background: {css(theme.card)}; border: 1px solid {css(border)}; padding: 4px; }}
    QMenu::item {{ padding: 5px 22px 5px 26px; border-radius: 5px; }}
    QMenu::item:selected {{ background: {css(soft)}; color: {css(theme.text)}; }}
    QMenu::separator {{ height: 1px; background: {css(border)}; margin: 4px 8px; }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
    QFrame#rule {{ background: {css(border)}; border: none; max-height: 1px; }}
    """
