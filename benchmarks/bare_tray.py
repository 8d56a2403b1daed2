"""The floor to compare against: a bare PySide6 tray icon with a 1 s timer."""

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

app = QApplication([])
app.setApplicationName("Standup Buddy")  # the name the benchmark looks for in the tray
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("teal"))
icon = QSystemTrayIcon(QIcon(pixmap))
icon.show()
timer = QTimer()
timer.start(1000)
app.exec()
