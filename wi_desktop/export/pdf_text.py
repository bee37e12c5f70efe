"""User text made safe for reportlab: escaped, shaped, put in visual order, drawable.

User text is data, never markup: every piece of it passes through ``markup`` (for a
Paragraph) or ``runs`` (for the canvas), which escape it. Right-to-left lines are shaped
(Arabic) and reordered line by line, since reportlab lays text out left to right.
Each character is drawn by a font that has it (typeset/catalogue.py). A cluster no font
draws (an emoji sequence, say) is drawn as one replacement sign that reads back, when the
text is copied or extracted, as exactly what was typed (typeset/tounicode.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape

import arabic_reshaper
import regex
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from wi_desktop.export.pdf_fonts import SANS, font_chars
from wi_desktop.export.typeset.catalogue import font_for, register
from wi_desktop.export.typeset.tounicode import glyph_of, private_char

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
                  "\U00010800-\U00010fff\U0001e800-\U0001efff]")
_STRONG = re.compile(r"[^\W\d_]")  # letters: what decides a paragraph's direction
_ARABIC = re.compile("[\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_CLUSTER = regex.compile(r"\X")  # what a reader takes for one character (grapheme cluster)
_PRIVATE = "\U00100000"  # from here on, characters drawn for a cluster (tounicode.py)
_RESHAPER = arabic_reshaper.ArabicReshaper({"delete_harakat": False})  # keep the vowel marks


@dataclass(frozen=True)
class Markup:
    """Paragraph markup of one piece of user text, and whether it reads right to left."""

    text: str
    rtl: bool


@dataclass(frozen=True)
class PlainText:
    """User text as lines to draw as they are (no markup), in display order."""

    lines: tuple[str, ...]
    rtl: bool


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
    for _ in range(max_lines):
        newline = cut.find("\n", newline + 1)
        if newline < 0:
            break
    if newline >= 0:
        cut = cut[:newline]
    elif (space := cut.rfind(" ", max_chars - 80)) > 0:
        cut = cut[:space]
    return f"{cut.rstrip()} (… {len(text) - len(cut):,} more characters)"


def is_rtl(text: str) -> bool:
    """Whether the first letter is Hebrew, Arabic or another right-to-left script."""
    first = _STRONG.search(text)
    return bool(first and _RTL.match(first.group()))


def markup(text: str, face: str = SANS, *, size: float = 9, width: float = 0) -> Markup:
    """Escaped Paragraph markup for TEXT in FACE. WIDTH (points) is the line length used to
    break right-to-left lines before reordering them; without it they are not broken."""
    text = clean(text)
    chars = font_chars(face)
    if set(text) <= chars and not _RTL.search(text):
        return Markup(escape(text).replace("\n", "<br/>"), False)
    rtl = is_rtl(text)
    lines: list[str] = []
    for line in text.split("\n"):
        line = substitute(line, face)
        if _RTL.search(line):
            lines.extend(_visual_lines(line, face, size, width, rtl))
        else:
            lines.append(line)
    return Markup("<br/>".join(_tagged(line, face) for line in lines), rtl)


def plain_lines(text: str, face: str, size: float, width: float) -> PlainText | None:
    """TEXT broken into lines at most WIDTH points long, in display order, when FACE draws
    every character of it; None when it needs a second font (then use ``markup``). A table
    draws such lines many times faster than it lays out a Paragraph."""
    text = clean(text)
    chars = font_chars(face)
    if not set(text) <= chars:
        text = substitute(text, face)
        if not set(text) <= chars:
            return None
    if not _RTL.search(text):
        lines = [part for line in text.split("\n") for part in _break(line, face, size, width)]
        return PlainText(tuple(lines), False)
    rtl = is_rtl(text)
    shaped = [_shape(line) for line in text.split("\n")]
    if not all(set(line) <= chars for line in shaped):
        return None
    base = "R" if rtl else "L"
    return PlainText(tuple(str(get_display(part, base_dir=base)) if _RTL.search(part) else part
                           for line in shaped for part in _break(line, face, size, width)), rtl)


def display(text: str, face: str = SANS) -> str:
    """One line of TEXT as it is to be drawn on the canvas: substituted, shaped, reordered."""
    line = substitute(" ".join(clean(text).split()), face)
    if not _RTL.search(line):
        return line
    return str(get_display(_shape(line), base_dir="R" if is_rtl(line) else "L"))


def runs(line: str, face: str = SANS) -> Iterator[tuple[str, str]]:
    """(font name, text) pieces of a line from ``display``: each drawn in a font that has it."""
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
    """TEXT with each cluster that no bundled font draws (an emoji, a ZWJ sequence, a flag)
    as one replacement sign, which reads back as the cluster itself when copied."""
    chars = font_chars(face)
    if set(text) <= chars:
        return text
    out = []
    for cluster in _CLUSTER.findall(text):
        if all(char in chars or font_for(char, face) for char in cluster):
            out.append(cluster)
        else:
            out.append(private_char(register(SANS), glyph_of(SANS, "\ufffd"), cluster))
    return "".join(out)


def _font_for(char: str, face: str, chars: frozenset[str]) -> str:
    if char in chars:
        return face
    if char >= _PRIVATE:  # a replacement sign, drawn in the document's face
        return SANS
    return register(font_for(char, face) or SANS)


def _tagged(line: str, face: str) -> str:
    parts = []
    for font, piece in runs(line, face):
        text = escape(piece)
        parts.append(text if font == face else f'<font face="{font}">{text}</font>')
    return "".join(parts)


def _shape(line: str) -> str:
    return str(_RESHAPER.reshape(line)) if _ARABIC.search(line) else line


def _visual_lines(line: str, face: str, size: float, width: float, rtl: bool) -> list[str]:
    """Shape, break at WIDTH in logical order, then reorder each line for display."""
    shaped = _shape(line)
    logical = _break(shaped, face, size, width, mixed=True) if width > 0 else [shaped]
    base = "R" if rtl else "L"
    return [str(get_display(part, base_dir=base)) for part in logical]


def _break(line: str, face: str, size: float, width: float, *,
           mixed: bool = False) -> list[str]:
    """LINE cut at spaces (inside a word only when the word alone is too long) into pieces
    at most WIDTH points long; MIXED when some characters are drawn in another font."""
    if width <= 0:
        return [line]

    def measure(text: str) -> float:
        return width_of(text, face, size) if mixed else float(stringWidth(text, face, size))

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
