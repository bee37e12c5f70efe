"""The startup floor: an empty PySide6 main window, shown, then quit the way the program quits.

`python -m wi_desktop --exit-after-show` shows its window and leaves on the first pass of
the event loop (QTimer.singleShot(0, app.quit)); this does the same with nothing in the window,
so the difference is what the program itself costs.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 720)
    window.show()
    QTimer.singleShot(0, app.quit)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
