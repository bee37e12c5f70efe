"""Quitting when the system asks: SIGTERM (log-out, shutdown, `kill`), SIGHUP (the terminal
closed) and SIGINT (Ctrl+C in the terminal that started it) close the window the way the
close button does, so the note being typed is saved, the quit backup is made and the lock
on the data folder is released.

Python runs a signal's handler only between two of its own instructions, and while Qt waits
for events no Python runs. So each signal also writes a byte to a socket (Python's wakeup
fd) that Qt watches: Qt wakes, and the window is closed from its own event loop.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

if TYPE_CHECKING:
    from wi_desktop.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)
QUIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP")
                     if hasattr(signal, name))  # Windows has no SIGHUP


class QuitOnSignals(QObject):
    """Closes WINDOW, unattended (no question is asked: a running task keeps running, its
    time right when the program is opened again), on any of QUIT_SIGNALS."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, _noted) for number in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read,
                                         self)
        self._notifier.activated.connect(self._woken)
        self.received: list[int] = []

    def _woken(self) -> None:
        with contextlib.suppress(BlockingIOError, InterruptedError):
            self.received.extend(self._reader.recv(64))
        asked = [number for number in self.received if number in QUIT_SIGNALS]
        if not asked:
            return
        log.info("quitting on signal %s", signal.Signals(asked[0]).name)
        self._window.unattended = True
        self._window.close()  # the draft written, the window's place kept
        # and out of any dialog's loop too (Qt ends every loop of the thread)
        QCoreApplication.quit()

    def uninstall(self) -> None:
        """Give the signals back to what handled them before (when the window's loop ends)."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def _noted(number: int, frame: Any) -> None:
    """Nothing to do here: the wakeup byte has already told the window's loop."""


def quit_on_signals(window: MainWindow) -> QuitOnSignals | None:
    """Install the handlers, from the main thread; None where the system refuses them."""
    try:
        return QuitOnSignals(window)
    except (ValueError, OSError) as error:  # not the main thread, or no socket pair
        log.warning("system quit signals not handled: %s", error)
        return None
