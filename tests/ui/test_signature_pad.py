"""The signature pad: ink from a mouse or a pen, cleared on demand, given as a cropped PNG."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication

from wi_desktop.ui.signature_pad import PNG_MARGIN, PNG_SCALE, SignaturePad

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def pad(qtbot):
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(480, 140)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def draw(qtbot, pad, points):
    qtbot.mousePress(pad, LEFT, NONE, points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, LEFT, NONE, points[-1])


def zigzag(x0=60, y0=60, steps=20, dx=10, dy=30):
    return [QPoint(x0 + i * dx, y0 + (dy if i % 2 else 0)) for i in range(steps)]


def decoded(png: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(png, "PNG")
    return image


def test_a_new_pad_is_empty_and_gives_no_image(pad):
    assert pad.is_empty()
    assert pad.to_png() == b""
    assert not pad.clear_button.isEnabled()


def test_drawing_a_stroke_with_the_mouse_leaves_ink(qtbot, pad):
    with qtbot.waitSignal(pad.sig_changed, timeout=1000):
        draw(qtbot, pad, zigzag())
    assert not pad.is_empty()
    assert len(pad._strokes) == 1
    assert pad.clear_button.isEnabled()
    png = pad.to_png()
    assert png.startswith(PNG_MAGIC)


def test_the_png_is_cropped_to_the_ink_at_print_resolution(qtbot, pad):
    draw(qtbot, pad, zigzag(x0=60, y0=60, steps=20, dx=10, dy=30))  # ink spans 190 × 30 px
    image = decoded(pad.to_png())
    ink = pad.ink_rect()
    assert 190 <= ink.width() <= 200 and 30 <= ink.height() <= 40
    assert image.width() == round((ink.width() + 2 * PNG_MARGIN) * PNG_SCALE)
    assert image.height() == round((ink.height() + 2 * PNG_MARGIN) * PNG_SCALE)
    assert image.width() < pad.width() * PNG_SCALE  # cropped, not the whole pad
    assert PNG_SCALE >= 2


def test_the_png_is_dark_ink_on_white(qtbot, pad):
    draw(qtbot, pad, zigzag())
    image = decoded(pad.to_png())
    assert QColor(image.pixel(0, 0)) == QColor("white")  # the margin is paper
    darkest = min(QColor(image.pixel(x, y)).lightness()
                  for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    assert darkest < 80


def test_clear_empties_the_pad(qtbot, pad):
    draw(qtbot, pad, zigzag())
    with qtbot.waitSignal(pad.sig_changed, timeout=1000):
        qtbot.mouseClick(pad.clear_button, LEFT)
    assert pad.is_empty()
    assert pad.to_png() == b""
    assert not pad.clear_button.isEnabled()


def test_each_press_starts_a_new_stroke_and_a_click_leaves_a_dot(qtbot, pad):
    draw(qtbot, pad, zigzag(steps=6))
    draw(qtbot, pad, [QPoint(300, 50)])  # the dot over an "i"
    assert len(pad._strokes) == 2
    assert pad.ink_rect().contains(QPointF(300, 50))


def test_other_buttons_do_not_draw(qtbot, pad):
    qtbot.mousePress(pad, Qt.MouseButton.RightButton, NONE, QPoint(50, 50))
    qtbot.mouseRelease(pad, Qt.MouseButton.RightButton, NONE, QPoint(50, 50))
    assert pad.is_empty()


@pytest.fixture(scope="module")
def pen():
    # an event only points at its device: the device must outlive every event sent
    return QPointingDevice(
        "test pen", 1, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3)


def tablet_event(device, kind, x, y, pressure):
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else LEFT
    return QTabletEvent(kind, device, QPointF(x, y), QPointF(x, y), pressure, 0, 0, 0, 0, 0,
                        NONE, LEFT, buttons)


def test_a_pen_draws_too(qtbot, pad, pen):
    QApplication.sendEvent(pad, tablet_event(pen, QEvent.Type.TabletPress, 40, 40, 0.6))
    for i in range(1, 15):
        QApplication.sendEvent(pad, tablet_event(pen, QEvent.Type.TabletMove, 40 + i * 8, 60,
                                                 0.6))
    QApplication.sendEvent(pad, tablet_event(pen, QEvent.Type.TabletRelease, 160, 60, 0.0))
    assert len(pad._strokes) == 1
    assert pad.ink_rect().width() >= 110
    assert pad.to_png().startswith(PNG_MAGIC)


def test_it_fits_in_a_dialog_and_keyboard_focus_skips_the_drawing_area(pad):
    assert pad.minimumWidth() <= 360 and pad.minimumHeight() <= 140
    assert pad.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert pad.clear_button.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert "Type your name" in pad.accessibleDescription()


def test_the_hint_shows_only_while_empty(qtbot, pad):
    before = pad.grab().toImage()
    draw(qtbot, pad, [QPoint(30, 20), QPoint(40, 22)])  # far from the hint
    pad.clear()
    assert pad.grab().toImage() == before  # "Sign here" is back after clearing
