"""A pad to draw a signature on with a mouse, a touchpad or a pen; it gives the ink as a PNG.

Keyboard users cannot draw: the sign dialog offers a typed mark beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
)
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from wi_desktop.ui import palette

INK = QColor(palette.INK)  # blue-black, as a pen signs
INK_WIDTH = 2.4  # logical pixels
GUIDE = QColor(palette.GUIDE)
PAPER = QColor(palette.PAPER)
MIN_STEP = 1.5  # points closer than this to the last one add nothing to a stroke
BASELINE = 0.74  # of the height, from the top
PNG_SCALE = 3  # the PNG has 3 pixels per logical pixel: sharp when printed
PNG_MARGIN = 6  # logical pixels of paper around the ink


class SignaturePad(QWidget):
    """Draws strokes as smooth curves over a baseline; ``to_png()`` crops to the ink."""

    sig_changed = Signal()
    """A stroke was finished, or the pad was cleared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self._paths: list[QPainterPath] = []  # one per finished stroke, kept for repaints
        self._drawing = False
        self.setObjectName("signaturePad")
        self.setAccessibleName("Signature pad")
        self.setAccessibleDescription(
            "Draw your signature with a mouse, touchpad or pen. "
            "Without one, choose Type your name instead.")
        self.setToolTip("Draw your signature here with a mouse, touchpad or pen")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do here with keys
        self.setMinimumSize(320, 140)  # shrinking would move the baseline under the ink
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clear_button = QPushButton("C&lear", self)
        self.clear_button.setToolTip("Clear the pad to draw again")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)

    def sizeHint(self) -> QSize:
        return QSize(480, 150)

    # state ---------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        self._strokes.clear()
        self._paths.clear()
        self._drawing = False
        self.clear_button.setEnabled(False)
        self.update()
        self.sig_changed.emit()

    # input: mouse, touchpad and pen ----------------------------------------
    def _begin(self, point: QPointF) -> None:
        self._drawing = True
        self._strokes.append([point])
        path = QPainterPath(point)
        path.lineTo(point + QPointF(0.1, 0))  # a dot: a stroke with no length still leaves ink
        self._paths.append(path)
        self.update()

    def _extend(self, point: QPointF) -> None:
        if not self._drawing:
            return
        stroke = self._strokes[-1]
        last = stroke[-1]
        if abs(point.x() - last.x()) + abs(point.y() - last.y()) < MIN_STEP:
            return
        stroke.append(point)
        if len(stroke) == 2:
            self._paths[-1] = QPainterPath(stroke[0])
        # a curve to the midpoint, the previous point its control: smooth, and O(1) a point
        self._paths[-1].quadTo(last, (last + point) / 2)
        self.update()

    def _end(self, point: QPointF) -> None:
        if not self._drawing:
            return
        self._extend(point)
        self._drawing = False
        stroke = self._strokes[-1]
        if len(stroke) > 1:
            self._paths[-1].lineTo(stroke[-1])
        self.clear_button.setEnabled(True)
        self.update()
        self.sig_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()  # no synthesised mouse events: the pen's own are enough

    # painting --------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        hint = self.clear_button.sizeHint()
        self.clear_button.setGeometry(self.width() - hint.width() - 6, 6,
                                      hint.width(), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        self._paint_guide(painter)
        _paint_ink(painter, self._paths)
        if self._drawing and len(self._strokes[-1]) > 1:  # the tail not yet curved
            painter.drawLine(self._paths[-1].currentPosition(), self._strokes[-1][-1])
        painter.end()

    def _paint_guide(self, painter: QPainter) -> None:
        y = round(self.height() * BASELINE) + 0.5
        painter.setPen(QPen(GUIDE, 1))
        painter.drawLine(QPointF(16, y), QPointF(self.width() - 16, y))
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        painter.setFont(font)
        painter.drawText(QPointF(18, y - 6), "×")
        if self.is_empty():
            painter.drawText(QRectF(0, y + 2, self.width(), self.height() - y - 2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             "Sign here")

    # output ----------------------------------------------------------------
    def ink_rect(self) -> QRectF:
        """The area the ink covers, pen width included (empty when nothing is drawn)."""
        bounds = QRectF()
        for path in self._paths:
            bounds = bounds.united(path.boundingRect())
        half = INK_WIDTH / 2
        return bounds.adjusted(-half, -half, half, half) if self._paths else QRectF()

    def to_png(self, scale: int = PNG_SCALE, margin: float = PNG_MARGIN) -> bytes:
        """The ink on white, cropped with a margin, at SCALE× resolution (b"" when empty)."""
        if self.is_empty():
            return b""
        area = self.ink_rect().adjusted(-margin, -margin, margin, margin)
        image = QImage(max(1, round(area.width() * scale)), max(1, round(area.height() * scale)),
                       QImage.Format.Format_RGB32)
        image.fill(PAPER)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-area.topLeft())
        _paint_ink(painter, self._paths)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes
        buffer.close()
        return bytes(data.data())


def _paint_ink(painter: QPainter, paths: list[QPainterPath]) -> None:
    pen = QPen(INK, INK_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for path in paths:
        painter.drawPath(path)

