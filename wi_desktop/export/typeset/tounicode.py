"""What each drawn glyph reads back as, written into every embedded font's ToUnicode map.

A PDF reader copies, searches and extracts text through each font's ToUnicode map: code
drawn → the characters it stands for. reportlab's own map writes a character beyond U+FFFF
as five hex digits, which no reader accepts (an emoji or an Extension B ideograph read back
as nothing). The map written here spells every character in UTF-16, and lets one glyph
stand for any text: a glyph drawn for a whole cluster (an emoji sequence, a character no
font has, drawn as the replacement sign) reads back as exactly what was typed.

Such a glyph is drawn through a private character (Supplementary Private Use Area-B), one
per (font, glyph, text), which the font maps to that glyph and the ToUnicode map to that
text. The module replaces reportlab's map writer when it is imported.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics, ttfonts

from wi_desktop.core.speech import say

_FIRST_PRIVATE = 0x100000
FIRST_PRIVATE = chr(_FIRST_PRIVATE)
"""Characters from here on are drawn for a cluster (what private_char hands out)."""
_LAST_PRIVATE = 0x10FFFD
_lock = threading.Lock()
_texts: dict[int, str] = {}  # private code point -> the text its glyph stands for
_codes: dict[tuple[str, int, str], int] = {}  # (font, glyph, text) -> private code point


def private_char(font: str, glyph: int, text: str) -> str:
    """A character that draws GLYPH of the registered font FONT, as wide as the glyph, and
    reads back as TEXT."""
    key = (font, glyph, text)
    with _lock:
        code = _codes.get(key)
        if code is None:
            code = _FIRST_PRIVATE + len(_codes)
            if code > _LAST_PRIVATE:
                from wi_desktop.export.typeset.catalogue import ExportError

                raise ExportError(
                    say("This document needs more distinct shapes than one run of the program "
                        "can give."), hint=say("Close the program, open it again and make the "
                                          "document again."))
            face = pdfmetrics.getFont(font).face
            face.charToGlyph[code] = glyph
            face.charWidths[code] = _glyph_width(face, glyph)
            _codes[key] = code
            _texts[code] = text
        return chr(code)


def glyph_of(font: str, char: str) -> int:
    """The glyph FONT draws for CHAR (0, the missing glyph, when it has none)."""
    return int(pdfmetrics.getFont(font).face.charToGlyph.get(ord(char), 0))


def _glyph_width(face: ttfonts.TTFontFace, glyph: int) -> float:
    """The glyph's advance in thousandths of the size, as reportlab keeps widths."""
    metrics = face.hmetrics
    if not metrics:
        return float(face.defaultWidth)
    advance = metrics[min(glyph, len(metrics) - 1)][0]
    return float(advance) * 1000.0 / float(face.unitsPerEm)


def text_of(code: int) -> str:
    """What the character CODE reads back as: its private text, or itself."""
    text = _texts.get(code)
    return chr(code) if text is None else text


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()  # "" for a glyph that adds no text


def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """The ToUnicode CMap of one embedded subset: its code I stands for SUBSET[I]."""
    entries = [f"<{index:02X}> <{_utf16(text_of(code))}>" for index, code in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({font_name})", f"/Ordering ({font_name})",
        "/Supplement 0", ">> def", f"/CMapName /{font_name} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", *entries, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])


ttfonts.makeToUnicodeCMap = to_unicode_cmap
