"""Python's cycle collector, run on the window's thread only.

Python collects reference cycles whenever enough objects have been made, on whichever
thread happens to be making them: a signing or backup thread, say. When such a cycle holds
a Qt object that Python owns, the object is then destroyed on that thread, and a timer it
had running stays registered with the window's thread: the next time it fires, the program
crashes. So automatic collection is turned off, and the same collection, by the same
thresholds, is done a few times a second from the window's event loop.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 250


class GuiThreadCollector(QObject):
    """Collects cycles from the event loop of the thread it lives on (the window's)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        # QObject.startTimer would build PySide6's whole Qt namespace at start (~40 ms)
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, as Python would."""
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            generation = 0
            if middle > self.thresholds[1]:
                generation = 2 if old > self.thresholds[2] else 1
            gc.collect(generation)

    def stop(self) -> None:
        """Hand collection back as it was found (when the window's loop ends)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector on APP (the QApplication); it lives as long as APP does."""
    return GuiThreadCollector(app)
