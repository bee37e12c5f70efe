"""The look shared by every document: page frame, title band, running header and footer with
"Page X of Y", styles, tables with light rules, and the signature area."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from wi_desktop.export.pdf_fonts import SANS, SANS_BOLD, register_fonts
from wi_desktop.export.pdf_text import clean, markup, runs, substitute, truncate, width_of
from wi_desktop.export.typeset import flowable as typeset
from wi_desktop.export.typeset.lines import set_lines
from wi_desktop.export.typeset.shaping import needs_shaping
from wi_desktop.languages.documents import _

PAGE_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}
PAD_X, PAD_TOP, PAD_BOTTOM = 5.0, 3.5, 4.0  # table cell padding
MARGIN: float = 22 * mm
BAND_HEIGHT: float = 28 * mm

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6C7B")
BAND = colors.HexColor("#1E3A4C")
BAND_TEXT = colors.HexColor("#D7E3EA")
ACCENT = colors.HexColor("#2A7F8E")
RULE = colors.HexColor("#D5DCE3")
HEADER_FILL = colors.HexColor("#EFF3F6")
BAND_FILL = colors.HexColor("#F6F8FA")
TRACK = colors.HexColor("#E6ECF0")
STRENGTH = colors.HexColor("#2E7D4F")
CONCERN = colors.HexColor("#B23A48")


def _style(name: str, **values: Any) -> ParagraphStyle:
    base = {"fontName": SANS, "fontSize": 9.5, "leading": 13.5, "textColor": INK}
    return ParagraphStyle(name, **(base | values))


BODY = _style("body", spaceAfter=5)
SMALL = _style("small", fontSize=8, leading=10.5, textColor=MUTED)
CELL = _style("cell", fontSize=8.5, leading=11)
CELL_BOLD = _style("cell-bold", fontSize=8.5, leading=11, fontName=SANS_BOLD)
LABEL = _style("label", fontSize=8, leading=11, textColor=MUTED)
SUBHEAD = _style("subhead", fontName=SANS_BOLD, fontSize=10, leading=13, spaceBefore=6,
                 spaceAfter=2, keepWithNext=1)


def user_text(text: str, style: ParagraphStyle = BODY, width: float = 0) -> Flowable:
    """User text, never read as markup: a Paragraph, or a TypedText when it needs shaping
    (set flush right when it reads right to left)."""
    cleaned = clean(text)
    if needs_shaping(cleaned):
        return typeset.TypedText(substitute(cleaned, style.fontName), style)
    result = markup(text, style.fontName, size=style.fontSize,
                    width=width - style.leftIndent - style.rightIndent)
    return Paragraph(result.text, style)  # left to right: right-to-left text needs shaping


def fixed_text(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A Paragraph of the program's own words, which may use <b> and <i>."""
    return Paragraph(text, style)


def section(title: str, room: float = 110) -> list[Flowable]:
    """A section heading that starts a new page when less than ROOM points are left."""
    return [CondPageBreak(room), SectionHeading(title)]


class SectionHeading(Flowable):  # type: ignore[misc]
    """A section title with an accent rule under it."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.spaceBefore = 14
        self.spaceAfter = 6

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 20

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(BAND)
        canvas.setFont(SANS_BOLD, 12)
        canvas.drawString(0, 7, self.title)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(0, 1, 28, 1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(28, 1, self.width, 1)


def table_commands(*, header: bool = True) -> list[tuple[Any, ...]]:
    """Light horizontal rules; when HEADER, a shaded first row in small bold capitals."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), SANS, 8.5, 11),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                     ("FONT", (0, 0), (-1, 0), SANS_BOLD, 7.5, 10),
                     ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED)]
    return commands


def data_table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *,
               header: bool = True, extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A table with light rules and, when HEADER, a shaded first row repeated on every page
    it spans."""
    return Table(list(rows), colWidths=list(widths), repeatRows=1 if header else 0,
                 style=TableStyle(table_commands(header=header) + list(extra)), hAlign="LEFT")


def facts_table(facts: Sequence[tuple[str, Any]], width: float, *, pairs: int = 1) -> Table:
    """Label and value side by side, PAIRS of them to a row; values are flowables or text."""
    label_width = 30 * mm if pairs > 1 else 44 * mm
    value_width = width / pairs - label_width
    cells = [(fixed_text(label, LABEL), value if isinstance(value, Flowable)
              else user_text(truncate(value, 1_500, 20), CELL, value_width))
             for label, value in facts]
    rows: list[list[Any]] = [[part for cell in cells[i:i + pairs] for part in cell]
                             for i in range(0, len(cells), pairs)]
    rows[-1] += ["", ""] * (pairs - len(rows[-1]) // 2)
    return data_table(rows, [label_width, value_width] * pairs, header=False,
                      extra=[("TOPPADDING", (0, 0), (-1, -1), 2.5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                             ("LEFTPADDING", (0, 0), (0, -1), 0),
                             *(("TOPPADDING", (c, 0), (c, -1), 3.2)
                               for c in range(0, 2 * pairs, 2))])


class SignatureArea(Flowable):  # type: ignore[misc]
    """An empty, dashed box reserved for a visible digital signature; it remembers the page
    (counted from 0) and the rectangle (points from the page's lower-left) where it landed."""

    def __init__(self, width: float = 62 * mm, height: float = 20 * mm) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.placed: tuple[int, tuple[float, float, float, float]] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height + 12

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setDash(3, 2)
        canvas.setLineWidth(0.8)
        canvas.roundRect(0, 12, self.width, self.height, 3, stroke=1, fill=0)
        canvas.setFont(SANS, 6.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(0, 3, _("Reserved for the observer's digital signature"))
        canvas.restoreState()
        x, y = canvas.absolutePosition(0, 12)
        self.placed = (canvas._doctemplate.page - 1, (x, y, x + self.width, y + self.height))


def signature_image(png: bytes, max_width: float, max_height: float) -> Flowable | None:
    """The drawn signature scaled to fit, or None when the image cannot be read."""
    try:
        image = Image(io.BytesIO(png))
        scale = min(max_width / image.imageWidth, max_height / image.imageHeight, 1.0)
    except Exception:  # noqa: BLE001 - any unreadable image: show the typed fallback instead
        return None
    image.drawWidth = image.imageWidth * scale
    image.drawHeight = image.imageHeight * scale
    image.hAlign = "LEFT"
    return image


# pages ------------------------------------------------------------------------------------
@dataclass
class PageDecor:
    """What the page furniture says: title band on page 1, running header and footer."""

    title: str
    subtitle: str
    running: str
    marking: str
    footer: str
    page_size: tuple[float, float] = LETTER


def draw_line(canvas: Canvas, x: float, y: float, text: str, face: str, size: float, *,
              align: str = "left", max_width: float = 0) -> None:
    """One line of user text on the canvas, each character in a font that has it, shaped
    where it needs it; shortened with … to MAX_WIDTH."""
    line = substitute(" ".join(clean(text).split()), face)
    if needs_shaping(line):
        set_line = _fitted(line, face, size, max_width)
        x = {"left": x, "right": x - set_line.width,
             "centre": x - set_line.width / 2}[align]
        typeset.draw_line(canvas, set_line, x, y, size)
        return
    while max_width and len(line) > 1 and width_of(line, face, size) > max_width:
        line = line[:-2] + "…"
    total = width_of(line, face, size)
    x = {"left": x, "right": x - total, "centre": x - total / 2}[align]
    for font, piece in runs(line, face):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += canvas.stringWidth(piece, font, size)


def _fitted(text: str, face: str, size: float, max_width: float) -> typeset.Line:
    """TEXT set as one line, its end cut and marked … until it is at most MAX_WIDTH."""
    while True:
        [line] = set_lines(text, face, size, 0) or [typeset.Line("", (), False)]
        if not max_width or line.width <= max_width or len(text) <= 1:
            return line
        text = text[:-2] + "…"


def _first_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
    decor: PageDecor = doc.decor
    width, height = decor.page_size
    canvas.saveState()
    canvas.setFillColor(BAND)
    canvas.rect(0, height - BAND_HEIGHT, width, BAND_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(0, height - BAND_HEIGHT - 2.2, width, 2.2, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    text_width = width - 2 * MARGIN
    draw_line(canvas, MARGIN, height - 14 * mm, decor.title, SANS_BOLD, 18,
              max_width=text_width * 0.72)
    canvas.setFillColor(BAND_TEXT)
    draw_line(canvas, MARGIN, height - 21 * mm, decor.subtitle, SANS, 10.5,
              max_width=text_width)
    if decor.marking:
        draw_line(canvas, width - MARGIN, height - 13.5 * mm, decor.marking, SANS_BOLD, 7.5,
                  align="right")
    canvas.restoreState()


def _later_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
    decor: PageDecor = doc.decor
    width, height = decor.page_size
    canvas.saveState()
    canvas.setFillColor(MUTED)
    y = height - MARGIN + 18
    draw_line(canvas, MARGIN, y, decor.running, SANS, 7.5, max_width=(width - 2 * MARGIN) * 0.7)
    if decor.marking:
        canvas.setFillColor(CONCERN)  # only the internal summary carries a marking
        draw_line(canvas, width - MARGIN, y, decor.marking, SANS_BOLD, 7, align="right")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y - 5, width - MARGIN, y - 5)
    canvas.restoreState()


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds each page back until the end, so the footer can say "Page X of Y"."""

    decor: PageDecor

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        y = MARGIN - 16
        self.line(MARGIN, y + 10, width - MARGIN, y + 10)
        self.setFillColor(MUTED)
        draw_line(self, MARGIN, y, self.decor.footer, SANS, 7,
                  max_width=(width - 2 * MARGIN) * 0.75)
        self.setFont(SANS, 7)
        self.drawRightString(width - MARGIN, y, _("Page {number} of {total}").format(
            number=number, total=total))
        self.restoreState()


def render(story: list[Flowable], decor: PageDecor, *, author: str, subject: str) -> bytes:
    """Lay out STORY on pages dressed by DECOR; the PDF's bytes."""
    register_fonts()
    buffer = io.BytesIO()
    width, height = decor.page_size
    doc = BaseDocTemplate(buffer, pagesize=decor.page_size, leftMargin=MARGIN,
                          rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
                          title=decor.title, author=author, subject=subject,
                          creator="Working Interview Observer", pageCompression=1,
                          initialFontName=SANS, initialFontSize=9)
    doc.decor = decor
    first = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - BAND_HEIGHT - 8 * mm - MARGIN,
                  id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate("first", [first], onPage=_first_page, autoNextPageTemplate="later",
                     pagesize=decor.page_size),
        PageTemplate("later", [later], onPage=_later_page, pagesize=decor.page_size),
    ])

    def canvas_maker(*args: Any, **kwargs: Any) -> NumberedCanvas:
        canvas = NumberedCanvas(*args, **kwargs)
        canvas.decor = decor
        return canvas

    doc.build(story, canvasmaker=canvas_maker)
    return buffer.getvalue()


def frame_width(page_size: tuple[float, float]) -> float:
    return float(page_size[0]) - 2 * MARGIN
