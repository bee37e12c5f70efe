"""Windows that fit the screen they open on, down to a 1024×600 laptop or a 1920×1080 one
at 200 % (960×540 logical pixels).

A window asks for the size it would like; `fit_to_screen` gives it that size or, on a
smaller screen, the room the screen has (its available area, without the desktop's panels,
less the window's own frame), and keeps it on that screen. What is inside must then make
do: every window's smallest size fits SMALLEST_ROOM, and long content scrolls
(tests/ui/test_small_screen.py checks each window).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# a 1024×600 laptop, and 1920×1080 at 200 % (960×540 logical pixels): the smaller of each
SMALLEST_SCREEN = QSize(960, 540)
# a title bar and a panel of the desktop take about 30 px each on such a screen
TITLE_BAR, PANEL, SIDE_FRAME = 32, 28, 4
SMALLEST_ROOM = QSize(SMALLEST_SCREEN.width() - 2 * SIDE_FRAME,
                      SMALLEST_SCREEN.height() - PANEL - TITLE_BAR)


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen it may use (the whole desktop's panels left out)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, wanted: QSize | None = None,
                  area: QRect | None = None) -> QSize:
    """Resize WINDOW to WANTED (default: its size now), no larger than AREA (default: its
    screen's available area) less a frame, nor smaller than its minimum; keep it inside
    AREA. Returns the size given."""
    room = area if area is not None else available_area(window)
    want = wanted if wanted is not None else window.size()
    frame = _frame(window)
    width = min(want.width(), room.width() - frame.width())
    height = min(want.height(), room.height() - frame.height())
    minimum = window.minimumSize()
    size = QSize(max(width, minimum.width()), max(height, minimum.height()))
    window.resize(size)
    if window.isVisible():
        _keep_inside(window, room)
    return size


def _frame(window: QWidget) -> QSize:
    """What the window manager adds around the window: measured once shown, else guessed."""
    if window.isVisible():
        outer, inner = window.frameGeometry(), window.geometry()
        if outer.height() > inner.height():
            return QSize(outer.width() - inner.width(), outer.height() - inner.height())
    return QSize(2 * SIDE_FRAME, TITLE_BAR)


def _keep_inside(window: QWidget, room: QRect) -> None:
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.left()), room.right() + 1 - frame.width())
    y = min(max(frame.y(), room.top()), room.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, room.left()), max(y, room.top()))


def effective_minimum(window: QWidget) -> QSize:
    """The smallest size WINDOW can be given: its minimum size, or what its layout needs."""
    return window.minimumSize().expandedTo(window.minimumSizeHint())

