"""Each candidate's competency profile on one scale (reportlab.graphics): a row per
competency, a mark per candidate at its score, the marks of one candidate joined down the
rows. Readable in black and white: each candidate has a shape of its own and a line
pattern of its own, named in the legend. A competency not observed has no mark and breaks
the line; it is never drawn as 0.

The same drawing goes into the comparison PDF, and is saved as SVG (reportlab's renderSVG)
or as PNG (the window renders that SVG with Qt)."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from wi_desktop.comparison.facts import Comparison
from wi_desktop.export.pdf_fonts import SANS, SANS_ITALIC, register_fonts
from wi_desktop.languages.documents import _

MAX_CHARTED = 8  # more lines than this cannot be told apart
SHAPES = ("FilledCircle", "Square", "FilledTriangle", "Diamond", "FilledSquare", "Circle",
          "FilledDiamond", "Cross")
DASHES: tuple[list[float] | None, ...] = (None, [6, 3], [1.5, 2.5], [8, 3, 1.5, 3], [3, 3],
                                          [12, 4], [1, 1.5], [5, 2, 1, 2])
ROW = 24.0
LABEL_SIZE = 8.0
INK = colors.Color(0.1, 0.1, 0.1)
GRID = colors.Color(0.75, 0.75, 0.75)
MUTED = colors.Color(0.4, 0.4, 0.4)


def charted(comparison: Comparison) -> Comparison:
    """The candidates the chart shows: the first MAX_CHARTED, in the order shown."""
    from dataclasses import replace

    return replace(comparison, candidates=comparison.candidates[:MAX_CHARTED])


def profile_chart(comparison: Comparison, width: float = 500.0) -> Drawing:
    """The chart of the first MAX_CHARTED candidates of COMPARISON, WIDTH points wide."""
    register_fonts()
    shown = charted(comparison).candidates
    names = comparison.competencies
    scale = max(comparison.scale_max, 1)
    label_width = min(170.0, width * 0.32)
    left, right = label_width + 10, width - 12
    span = right - left
    legend_rows = (len(shown) + 1) // 2
    plot_height = ROW * len(names) + 22
    height = plot_height + 16 * legend_rows + 16
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=LABEL_SIZE)
    top = height - 14  # the level numbers sit above the plot
    bottom = top - ROW * len(names) - 6

    def x_of(level: float) -> float:
        return left + span * (level - 1) / max(scale - 1, 1)

    for level in range(1, scale + 1):
        x = x_of(level)
        drawing.add(Line(x, bottom, x, top - 4, strokeColor=GRID, strokeWidth=0.5,
                         strokeDashArray=[1, 2]))
        drawing.add(String(x, top + 1, str(level), fontName=SANS, fontSize=7,
                           fillColor=MUTED, textAnchor="middle"))
    for row, name in enumerate(names):
        y = top - 4 - ROW * (row + 0.5)
        drawing.add(Line(left, y, right, y, strokeColor=GRID, strokeWidth=0.3))
        drawing.add(String(label_width, y - 3, _fit(name, label_width), fontName=SANS,
                           fontSize=LABEL_SIZE, fillColor=INK, textAnchor="end"))
    spread = min(3.0, ROW / (2 * max(len(shown), 1)))
    for index, candidate in enumerate(shown):
        offset = (index - (len(shown) - 1) / 2) * spread
        points: list[tuple[float, float]] = []
        marks = []
        for row, name in enumerate(names):
            score = candidate.score(name)
            y = top - 4 - ROW * (row + 0.5) + offset
            if score is None:
                _add_line(drawing, points, index)
                points = []
                continue
            points.append((x_of(score), y))
            marks.append((x_of(score), y))
        _add_line(drawing, points, index)
        for x, y in marks:
            drawing.add(_marker(index, x, y))
    _legend(drawing, shown_names=[c.candidate for c in shown], width=width,
            top=bottom - 12)
    if not any(c.score(name) is not None for c in shown for name in names):
        drawing.add(String((left + right) / 2, (top + bottom) / 2, _(
            "No competency of these candidates has been scored yet."), fontName=SANS_ITALIC,
            fontSize=9, fillColor=MUTED, textAnchor="middle"))
    if len(comparison.candidates) > len(shown):
        drawing.add(String(left, 2, _("The chart shows the first {shown} of {total} "
                                      "candidates.").format(shown=len(shown),
                                                            total=len(comparison.candidates)),
                           fontName=SANS_ITALIC, fontSize=7, fillColor=MUTED))
    return drawing


def _add_line(drawing: Drawing, points: list[tuple[float, float]], index: int) -> None:
    # segments, not a PolyLine: an SVG polyline is filled unless told not to be
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        drawing.add(Line(x1, y1, x2, y2, strokeColor=INK, strokeWidth=0.9,
                         strokeDashArray=DASHES[index % len(DASHES)]))


def _marker(index: int, x: float, y: float) -> object:
    return makeMarker(SHAPES[index % len(SHAPES)], x=x, y=y, size=6.5, strokeColor=INK,
                      fillColor=INK if SHAPES[index % len(SHAPES)].startswith("Filled")
                      else colors.white, strokeWidth=0.9)


def _legend(drawing: Drawing, *, shown_names: list[str], width: float, top: float) -> None:
    column = (width - 20) / 2
    for index, name in enumerate(shown_names):
        x = 10 + column * (index % 2)
        y = top - 16 * (index // 2)
        drawing.add(Line(x, y + 3, x + 26, y + 3, strokeColor=INK, strokeWidth=0.9,
                         strokeDashArray=DASHES[index % len(DASHES)]))
        drawing.add(_marker(index, x + 13, y + 3))
        drawing.add(String(x + 32, y, _fit(name, column - 40), fontName=SANS,
                           fontSize=LABEL_SIZE, fillColor=INK))


def _fit(text: str, room: float) -> str:
    """TEXT, shortened with … to fit ROOM points."""
    text = " ".join(text.split())
    while len(text) > 1 and stringWidth(text, SANS, LABEL_SIZE) > room:
        text = text[:-2] + "…"
    return text


def chart_svg(comparison: Comparison, width: float = 560.0) -> bytes:
    """The chart as an SVG file's bytes."""
    import re

    from reportlab.graphics import renderSVG

    text = str(renderSVG.drawToString(profile_chart(comparison, width)))
    # the clip to the drawing's own box changes nothing, and SVG Tiny readers (Qt's) draw
    # the clip's rectangle as a black one
    text = re.sub(r"<clipPath id=\"clip\">.*?</clipPath>", "", text, flags=re.DOTALL)
    text = text.replace(' style="clip-path: url(#clip)"', "")
    text = text.replace("<title>...</title>", "<title>" + _("Competency profiles") + "</title>")
    return text.encode("utf-8")
