"""The competency scores as a horizontal bar chart (reportlab.graphics): one bar per
competency on its anchored scale; "not observed" is drawn as such, never as a zero."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from babel.numbers import format_decimal
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from wi_desktop.core.snapshot import RubricLine
from wi_desktop.export.pdf_fonts import SANS, SANS_ITALIC
from wi_desktop.export.pdf_layout import ACCENT, BAND, INK, MUTED, RULE, TRACK, draw_line
from wi_desktop.export.pdf_text import clean, line_pieces
from wi_desktop.export.typeset.shaping import needs_shaping
from wi_desktop.languages.documents import _, current_language

ROW = 19.0
BAR = 10.0
LABEL_SIZE = 8.0
TOP = 12.0  # room for the composite's label


class ScoreChart(Drawing):  # type: ignore[misc]
    """The chart, and on top of it the names that need shaping (a Hindi or an Arabic
    competency name), set like every typed text so that they read back as typed."""

    def __init__(self, width: float, height: float, **kwargs: Any) -> None:
        super().__init__(width, height, **kwargs)
        # (name, right edge, baseline, room); past the shapes' checked attributes
        self.__dict__["typed_labels"] = []

    def draw(self, *args: Any, **kwargs: Any) -> None:
        super().draw(*args, **kwargs)
        canvas: Canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(INK)
        for name, right_edge, baseline, room in self.__dict__["typed_labels"]:
            draw_line(canvas, right_edge, baseline, name, SANS, LABEL_SIZE, align="right",
                      max_width=room)
        canvas.restoreState()


def score_chart(lines: Sequence[RubricLine], width: float,
                composite: float | None = None) -> Drawing:
    scale = max((line.competency.levels for line in lines), default=5)
    label_width = min(150.0, width * 0.34)
    left, right = label_width + 8, width - 46
    span = right - left
    height = ROW * len(lines) + TOP + 16
    drawing = ScoreChart(width, height, initialFontName=SANS, initialFontSize=LABEL_SIZE)
    axis_y = 14.0
    for level in range(scale + 1):
        x = left + span * level / scale
        drawing.add(Line(x, axis_y, x, height - TOP, strokeColor=RULE, strokeWidth=0.4,
                         strokeDashArray=None if level == 0 else [1, 2]))
        if level:
            drawing.add(String(x, axis_y - 9, str(level), fontName=SANS, fontSize=6.5,
                               fillColor=MUTED, textAnchor="middle"))
    for row, line in enumerate(lines):
        y = height - TOP - ROW * (row + 1) + (ROW - BAR) / 2
        _label(drawing, line.competency.name, label_width, y + 2, label_width)
        drawing.add(Rect(left, y, span, BAR, fillColor=TRACK, strokeColor=None))
        if line.level is None:
            drawing.add(Rect(left, y, span, BAR, fillColor=None, strokeColor=RULE,
                             strokeWidth=0.6, strokeDashArray=[2, 2]))
            drawing.add(String(left + 5, y + 2.3, _("Not observed"), fontName=SANS_ITALIC,
                               fontSize=7, fillColor=MUTED))
            continue
        drawing.add(Rect(left, y, span * line.level / line.competency.levels, BAR,
                         fillColor=ACCENT, strokeColor=None))
        drawing.add(String(right + 6, y + 2, _("{level} of {scale}").format(
                               level=line.level, scale=line.competency.levels),
                           fontName=SANS, fontSize=LABEL_SIZE, fillColor=INK))
    if composite is not None:
        x = left + span * composite / scale
        drawing.add(Line(x, axis_y, x, height - TOP + 2, strokeColor=BAND, strokeWidth=1,
                         strokeDashArray=[3, 2]))
        score = format_decimal(round(composite, 2), "0.00", locale=current_language())
        drawing.add(String(x, height - TOP + 4, _("composite {score}").format(score=score),
                           fontName=SANS, fontSize=6.5, fillColor=BAND, textAnchor="middle"))
    return drawing


def _label(drawing: ScoreChart, name: str, right_edge: float, y: float,
           max_width: float) -> None:
    """A competency name, right-aligned before its bar, shortened with … when too long."""
    if needs_shaping(clean(name)):
        drawing.__dict__["typed_labels"].append((name, right_edge, y, max_width))
        return
    pieces = line_pieces(name, SANS, LABEL_SIZE)
    while len(name) > 1 and _width(pieces) > max_width:
        name = name[:-2] + "…"
        pieces = line_pieces(name, SANS, LABEL_SIZE)
    x = right_edge - _width(pieces)
    for font, piece in pieces:
        drawing.add(String(x, y, piece, fontName=font, fontSize=LABEL_SIZE, fillColor=INK))
        x += stringWidth(piece, font, LABEL_SIZE)


def _width(pieces: list[tuple[str, str]]) -> float:
    return sum(float(stringWidth(piece, font, LABEL_SIZE)) for font, piece in pieces)
