"""Typed text that needs shaping, drawn line by line: what a reader sees, and what it reads.

Each line is drawn twice. What is seen: the glyphs HarfBuzz placed, inside a marked span
whose ActualText is empty, so that a reader takes no text from them. What is read: the
line's characters in an invisible text layer over it (text render mode 3, as a scanned
page carries the words recognised in it), the runs in logical order and each right-to-left
run written from its end, which is how pdftotext and the readers built on Poppler put a
line back into the order it was typed in. The text layer holds the characters as typed,
not the shapes drawn, so copying, searching and extracting give back exactly what was
typed: Arabic letters rather than presentation forms, a consonant before its vowel sign.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import regex
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from wi_desktop.export.typeset.catalogue import SANS, register
from wi_desktop.export.typeset.emoji import EMOJI, emoji_picture
from wi_desktop.export.typeset.lines import CLUSTER, Line, paragraph_is_rtl, set_lines
from wi_desktop.export.typeset.tounicode import glyph_of, private_char

__all__ = ["Line", "TypedText", "draw_line", "glyph_pieces"]

_SEEN_ONLY = "/Span <</ActualText <FEFF>>> BDC"
_RTL_LETTER = r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]"
_RTL_WORD = rf"\p{{Mn}}*{_RTL_LETTER}[\p{{Bidi_Class=R}}\p{{Bidi_Class=AL}}\p{{Mn}}\u200c\u200d]*"
_RTL_WORDS = regex.compile(  # right-to-left words, the spaces between, an opening bracket
    rf"\p{{Bidi_Class=ON}}*{_RTL_WORD}(?:[\s\p{{Bidi_Class=ON}}]+{_RTL_WORD})*")
_INVISIBLE = 3  # text render mode: neither filled nor stroked


class TypedText(Flowable):  # type: ignore[misc]
    """A paragraph of typed text that needs shaping, in a ParagraphStyle's font, size,
    leading, colour, indents and spacing; set flush right when it reads right to left; it
    splits between lines at a page break."""

    def __init__(self, text: str, style: Any, lines: list[Line] | None = None) -> None:
        super().__init__()
        self.text, self.style = text, style
        self.face, self.size = style.fontName, float(style.fontSize)
        self.leading, self.color = float(style.leading), style.textColor
        self.indents = (float(style.leftIndent), float(style.rightIndent))
        self.spaceBefore = float(style.spaceBefore)
        self.spaceAfter = float(style.spaceAfter)
        self.keepWithNext = getattr(style, "keepWithNext", 0)  # set on a style, or not at all
        self._lines = lines
        self._set_for = -1.0
        self.rtl = lines[0].rtl if lines else paragraph_is_rtl(text.split("\n", 1)[0])

    def _set(self, width: float) -> list[Line]:
        inner = max(width - sum(self.indents), 1.0)
        if self._lines is None or (self._set_for != inner and self._set_for >= 0):
            self._lines = set_lines(self.text, self.face, self.size, inner)
            self._set_for = inner
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, len(self._set(available_width)) * self.leading

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self._set(available_width)
        fits = int(available_height // self.leading)
        if fits <= 0 or fits >= len(lines):
            return [] if fits <= 0 else [self]
        first = TypedText(self.text, self.style, lines[:fits])
        rest = TypedText(self.text, self.style, lines[fits:])
        first.spaceAfter, rest.spaceBefore = 0.0, 0.0  # the space stays at the outer ends
        return [first, rest]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.setFillColor(self.color)
        lines = self._set(self.width)
        left, right = self.indents
        inner = self.width - left - right
        top = len(lines) * self.leading
        for index, line in enumerate(lines):
            x = left + (max(0.0, inner - line.width) if line.rtl else 0.0)
            draw_line(canvas, line, x, top - index * self.leading - self.size, self.size)


def draw_line(canvas: Canvas, line: Line, x: float, y: float, size: float) -> None:
    """LINE with its left end at X on the baseline Y: the glyphs, then the text layer."""
    canvas._code.append(_SEEN_ONLY)
    seen = canvas.beginText()
    # the text state outlives a text object, and reportlab writes a mode only when it
    # differs from the one it believes in: say both outright
    seen._code.append("0 Tr 100 Tz")
    pen, pictures = x, []
    for run in line.runs:
        if run.font == EMOJI:
            for glyph in run.glyphs:
                pictures.append((pen, glyph))
                pen += glyph.advance
            continue
        seen.setFont(run.font, size)
        for glyph in run.glyphs:
            seen.setTextOrigin(pen + glyph.dx, y + glyph.dy)
            seen.textOut(_glyph_char(run.font, glyph.gid))
            pen += glyph.advance
    canvas.drawText(seen)
    for left, glyph in pictures:  # the picture's box: the advance wide, from the descent
        canvas.drawImage(emoji_picture(glyph.gid), left, y - 0.2 * size, width=glyph.advance,
                         height=glyph.advance * 128 / 136, mask="auto")
    canvas._code.append("EMC")
    _text_layer(canvas, line, x, y, size)


def _glyph_char(font: str, gid: int) -> str:
    """A character that draws glyph GID: its own, when the font maps one to it (a shape
    made by shaping takes a private one). What it reads as does not matter: the span
    around the glyphs says they read as nothing."""
    own = pdfmetrics.getFont(font).face.glyphToChar.get(gid)
    return chr(own[0]) if own else private_char(font, gid, "\ufffc")


def _text_layer(canvas: Canvas, line: Line, x: float, y: float, size: float) -> None:
    pieces = []
    for run in sorted(line.runs, key=lambda run: run.start):
        font = register(SANS) if run.font == EMOJI else run.font
        text = _as_poppler_reads(run.text, line.rtl) if run.rtl else run.text
        pieces.append((font, _readable(font, text)))
    natural = sum(stringWidth(text, font, size) for font, text in pieces)
    if not natural:
        return
    canvas.saveState()  # the invisible mode and the scale end with the layer
    read: PDFTextObject = canvas.beginText()
    read.setTextRenderMode(_INVISIBLE)
    read.setHorizScale(100.0 * max(line.width, 1.0) / natural)
    read.setTextOrigin(x, y)
    for font, text in pieces:
        read.setFont(font, size)
        read.textOut(text)
    canvas.drawText(read)
    canvas.restoreState()


def _readable(font: str, text: str) -> str:
    """TEXT for the invisible layer in FONT: a character the font has no glyph for (a
    joiner, a variation selector) goes in as one that reads back as it all the same."""
    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    return "".join(char if ord(char) in glyphs else private_char(font, 0, char)
                   for char in text)


def _as_poppler_reads(text: str, rtl_paragraph: bool) -> str:
    """TEXT with each stretch of right-to-left words (their letters, marks and the spaces
    between them) written from its last character to its first; digits and punctuation
    stay where they are. Poppler reads a line of a left-to-right page left to right and
    turns each such stretch around, which gives back the order it was typed in. Inside a
    left-to-right paragraph a left-to-right mark (U+200E, invisible) ends each stretch, or
    Poppler would take the space after it into the stretch."""
    turned = str(_RTL_WORDS.sub(_turned, text))
    return turned if rtl_paragraph else turned + "\u200e"


def _turned(match: Any) -> str:
    """A stretch turned around; one that would start with a mark starts with a
    right-to-left mark (U+200F, invisible) so that Poppler keeps the mark with its letter."""
    turned = str(match.group())[::-1]
    return "\u200f" + turned if unicodedata.combining(turned[0]) else turned


def glyph_pieces(line: Line) -> list[tuple[str, str]]:
    """LINE as (font, characters) pieces in visual order, one character per glyph that
    HarfBuzz chose, for where only strings can go (inside one of our sentences, a chart
    label): the shapes are joined and reordered, marks sit where their glyphs put them.
    The first glyph of each cluster reads back as the cluster's text, the others as
    nothing."""
    pieces = []
    for run in line.runs:
        if run.font == EMOJI:  # no picture among strings: a sign that reads as the emoji
            sign = glyph_of(register(SANS), "\ufffd")
            clusters = CLUSTER.findall(run.text)
            pieces.append((SANS, "".join(private_char(SANS, sign, c) for c in
                                         (clusters[::-1] if run.rtl else clusters))))
            continue
        ends = sorted({glyph.cluster for glyph in run.glyphs} | {len(run.text)})
        end_of = dict(zip(ends, ends[1:], strict=False))
        given: set[int] = set()
        chars = []
        for glyph in run.glyphs:
            text = "" if glyph.cluster in given else run.text[glyph.cluster:end_of[glyph.cluster]]
            given.add(glyph.cluster)
            chars.append(private_char(run.font, glyph.gid, text))
        pieces.append((run.font, "".join(chars)))
    return pieces
