"""A small window to type into, for the focus tests: it writes what it received to a file.

Run as ``python typing_window.py OUT``; the window is titled "Typing window"
and every change of its text is written to OUT (replaced atomically), so a
test can tell that key presses kept arriving here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit


def main() -> int:
    out = Path(sys.argv[1])
    app = QApplication([])
    edit = QLineEdit()
    edit.setWindowTitle("Typing window")
    edit.resize(400, 60)
    edit.move(40, 400)

    def save(text: str) -> None:
        tmp = out.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(out)

    edit.textChanged.connect(save)
    edit.show()
    edit.activateWindow()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
