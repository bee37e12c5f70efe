"""User text made safe for reportlab: escaped, shaped, put in visual order, drawable.

User text is data, never markup: every piece of it passes through ``markup`` (for a
Paragraph) or ``runs``/``line_pieces`` (for the canvas), which escape it. Text that needs
shaping (right-to-left, joining, reordering or stacking scripts, combining marks) is set
by typeset/: shaped by HarfBuzz, in Unicode's bidi order, line by line.
Each character is drawn by a font that has it (typeset/catalogue.py). A cluster no font
draws (an emoji sequence, say) is drawn as one replacement sign that reads back, when the
text is copied or extracted, as exactly what was typed (typeset/tounicode.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape

from babel.numbers import format_decimal
from reportlab.pdfbase.pdfmetrics import stringWidth

from wi_desktop.export.pdf_fonts import SANS, font_chars
from wi_desktop.export.typeset.catalogue import (
    font_for,
    font_for_cluster,
    is_ignorable,
    register,
)
from wi_desktop.export.typeset.emoji import emoji_glyph
from wi_desktop.export.typeset.flowable import glyph_pieces
from wi_desktop.export.typeset.lines import CLUSTER, set_lines
from wi_desktop.export.typeset.shaping import needs_shaping
from wi_desktop.export.typeset.tounicode import FIRST_PRIVATE, glyph_of, private_char
from wi_desktop.languages.documents import _, current_language

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x85]")


@dataclass(frozen=True)
class Markup:
    """Paragraph markup of one piece of user text, and whether it reads right to left."""

    text: str
    rtl: bool


@dataclass(frozen=True)
class PlainText:
    """User text as lines to draw as they are (no markup), left to right."""

    lines: tuple[str, ...]


def clean(text: str) -> str:
    """One newline convention, no control characters or lone surrogates, composed accents."""
    text = _LINE_BREAKS.sub("\n", text).replace("\t", " ")
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def truncate(text: str, max_chars: int, max_lines: int = 1_000_000) -> str:
    """TEXT cut to fit, saying how much was left out: ``… (… 1,234 more characters)``."""
    if len(text) <= max_chars and text.count("\n") < max_lines:
        return text
    cut = text[:max_chars]
    newline = -1
    for _line in range(max_lines):
        newline = cut.find("\n", newline + 1)
        if newline < 0:
            break
    if newline >= 0:
        cut = cut[:newline]
    elif (space := cut.rfind(" ", max_chars - 80)) > 0:
        cut = cut[:space]
    left_out = format_decimal(len(text) - len(cut), locale=current_language())
    return cut.rstrip() + " " + _("(… {count} more characters)").format(count=left_out)


def markup(text: str, face: str = SANS, *, size: float = 9, width: float = 0) -> Markup:
    """Escaped Paragraph markup for TEXT in FACE. Text that needs shaping (typeset/) is
    given as the glyphs HarfBuzz chose, line by line at WIDTH points (unbroken without
    it), each line in visual order: for where typed text sits inside our own sentences.
    A block of typed text is better set with TypedText (pdf_layout.user_text)."""
    text = clean(text)
    chars = font_chars(face)
    if set(text) <= chars and not needs_shaping(text):
        return Markup(escape(text).replace("\n", "<br/>"), False)
    text = substitute(text, face)
    if not needs_shaping(text):
        return Markup("<br/>".join(_tagged(line, face) for line in text.split("\n")), False)
    lines = set_lines(text, face, size, width)
    return Markup("<br/>".join(_pieces_markup(glyph_pieces(line), face) for line in lines),
                  bool(lines) and lines[0].rtl)


def plain_lines(text: str, face: str, size: float, width: float) -> PlainText | None:
    """TEXT broken into lines at most WIDTH points long when FACE draws every character of
    it and none needs shaping; None otherwise (then a TypedText or a Paragraph). A table
    draws such lines many times faster than it lays out a Paragraph."""
    text = clean(text)
    chars = font_chars(face)
    if not set(text) <= chars:
        text = substitute(text, face)
        if not set(text) <= chars:
            return None
    if needs_shaping(text):
        return None
    lines = [part for line in text.split("\n") for part in _break(line, face, size, width)]
    return PlainText(tuple(lines))


def line_pieces(text: str, face: str, size: float) -> list[tuple[str, str]]:
    """One line of TEXT as (font, characters) pieces to draw left to right: each character
    in a font that has it, shaped and in visual order where it needs it."""
    line = substitute(" ".join(clean(text).split()), face)
    if not needs_shaping(line):
        return list(runs(line, face))
    lines = set_lines(line, face, size, 0)
    return glyph_pieces(lines[0]) if lines else []


def runs(line: str, face: str = SANS) -> Iterator[tuple[str, str]]:
    """(font name, text) pieces of a line: each drawn in a font that has it."""
    chars, current, start = font_chars(face), "", 0
    for index, char in enumerate(line):
        font = _font_for(char, face, chars)
        if font != current:
            if index > start:
                yield current, line[start:index]
            current, start = font, index
    if start < len(line):
        yield current, line[start:]


def width_of(line: str, face: str, size: float) -> float:
    return sum(float(stringWidth(piece, font, size)) for font, piece in runs(line, face))


def substitute(text: str, face: str = SANS) -> str:
    """TEXT with each cluster that no bundled font draws as one replacement sign, which
    reads back as the cluster itself when copied (an emoji is kept: it is drawn as its
    picture where typed text is set in lines, as a replacement sign elsewhere)."""
    chars = font_chars(face)
    if set(text) <= chars:
        return text
    out = []
    for cluster in CLUSTER.findall(text):
        if (set(cluster) <= chars or all(is_ignorable(char) for char in cluster)
                or emoji_glyph(cluster) or font_for_cluster(cluster, face)):
            out.append(cluster)
        else:
            out.append(private_char(register(SANS), glyph_of(SANS, "\ufffd"), cluster))
    return "".join(out)


def _font_for(char: str, face: str, chars: frozenset[str]) -> str:
    if char in chars:
        return face
    if char >= FIRST_PRIVATE:  # a replacement sign, drawn in the document's face
        return SANS
    return register(font_for(char, face) or SANS)


def _tagged(line: str, face: str) -> str:
    return _pieces_markup(runs(line, face), face)


def _pieces_markup(pieces: Iterable[tuple[str, str]], face: str) -> str:
    parts = []
    for font, piece in pieces:
        text = escape(piece)
        parts.append(text if font == face else f'<font face="{font}">{text}</font>')
    return "".join(parts)


def _break(line: str, face: str, size: float, width: float) -> list[str]:
    """LINE cut at spaces (inside a word only when the word alone is too long) into pieces
    at most WIDTH points long, all in FACE."""
    if width <= 0:
        return [line]

    def measure(text: str) -> float:
        return float(stringWidth(text, face, size))

    width -= 1  # leave reportlab no reason to break the line again
    if measure(line) <= width:
        return [line]
    lines: list[str] = []
    current, used, space = "", 0.0, measure(" ")
    for word in line.split(" "):
        word_width = measure(word)
        if current and used + space + word_width <= width:
            current, used = f"{current} {word}", used + space + word_width
            continue
        if current:
            lines.append(current)
        current, used = word, word_width
        while len(current) > 1 and used > width:
            head = _longest_fit(current, measure, width)
            lines.append(current[:head])
            current = current[head:]
            used = measure(current)
    lines.append(current)
    return lines


def _longest_fit(word: str, measure: Callable[[str], float], width: float) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low
