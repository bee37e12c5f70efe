"""The fonts the documents draw with, and which one draws a character.

A character is drawn by the paragraph's own face (DejaVu Sans, or its bold or oblique)
when that face has it; otherwise by the first font of FALLBACKS that has it: a Noto font
for each script DejaVu lacks, symbols and mathematics, the CJK fallback, then Extension B.
Which characters each font has is read from resources/fonts/coverage.json (written by
packaging/font_coverage.py), so a font file is read only by a document that uses it.
"""

from __future__ import annotations

import json
import threading
from bisect import bisect_right
from functools import cache, lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from wi_desktop import paths
from wi_desktop.core.errors import WiError
from wi_desktop.core.speech import say, say_later

SANS = "WiSans"
SANS_BOLD = "WiSans-Bold"
SANS_ITALIC = "WiSans-Oblique"
CJK = "WiSansCJK"
FACES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf",
         SANS_ITALIC: "DejaVuSans-Oblique.ttf"}
FALLBACKS: tuple[tuple[str, str], ...] = (
    ("WiArmenian", "NotoSansArmenian-Regular.ttf"),
    ("WiGeorgian", "NotoSansGeorgian-Regular.ttf"),
    ("WiHebrew", "NotoSansHebrew-Regular.ttf"),
    ("WiArabic", "NotoSansArabic-Regular.ttf"),
    ("WiDevanagari", "NotoSansDevanagari-Regular.ttf"),
    ("WiBengali", "NotoSansBengali-Regular.ttf"),
    ("WiGurmukhi", "NotoSansGurmukhi-Regular.ttf"),
    ("WiGujarati", "NotoSansGujarati-Regular.ttf"),
    ("WiOriya", "NotoSansOriya-Regular.ttf"),
    ("WiTamil", "NotoSansTamil-Regular.ttf"),
    ("WiTelugu", "NotoSansTelugu-Regular.ttf"),
    ("WiKannada", "NotoSansKannada-Regular.ttf"),
    ("WiMalayalam", "NotoSansMalayalam-Regular.ttf"),
    ("WiSinhala", "NotoSansSinhala-Regular.ttf"),
    ("WiThai", "NotoSansThai-Regular.ttf"),
    ("WiLao", "NotoSansLao-Regular.ttf"),
    ("WiKhmer", "NotoSansKhmer-Regular.ttf"),
    ("WiMyanmar", "NotoSansMyanmar-Regular.ttf"),
    ("WiTibetan", "NotoSerifTibetan-Regular.ttf"),
    ("WiEthiopic", "NotoSansEthiopic-Regular.ttf"),
    ("WiMath", "NotoSansMath-Regular.ttf"),
    ("WiSymbols", "NotoSansSymbols-Regular.ttf"),
    ("WiSymbols2", "NotoSansSymbols2-Regular.ttf"),
    (CJK, "DroidSansFallback.ttf"),
    ("WiHanExtB", "WiHanExtB.ttf"),
)
FONT_FILES: tuple[str, ...] = (*FACES.values(), *(file for _, file in FALLBACKS))
_FILE_OF = {**FACES, **dict(FALLBACKS)}
_lock = threading.RLock()


class ExportError(WiError):
    """A document that could not be made."""

    title = say_later("The document could not be made")


def font_dir() -> Path:
    return paths.resource_dir() / "fonts"


def coverage_of(path: Path) -> list[list[int]]:
    """The code points a font file maps to glyphs, as sorted [first, last] ranges."""
    codes = sorted(code for code in TTFont("coverage", str(path)).face.charToGlyph
                   if code >= 0x20)
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return ranges


@cache
def _coverage() -> dict[str, tuple[list[int], list[int]]]:
    """Each font file's ranges as two lists (firsts, lasts), for a bisection."""
    try:
        table = json.loads((font_dir() / "coverage.json").read_text(encoding="ascii"))
    except (OSError, ValueError) as error:
        raise ExportError(say("The list of the fonts' characters cannot be read ({error}).")
                          .format(error=error),
                          hint=say("Reinstall the program to restore its fonts.")) from None
    return {name: ([r[0] for r in ranges], [r[1] for r in ranges])
            for name, ranges in table.items()}


def has_char(font: str, char: str) -> bool:
    """Whether the registered font FONT (a name of FACES or FALLBACKS) draws CHAR."""
    firsts, lasts = _coverage()[_FILE_OF[font]]
    code = ord(char)
    index = bisect_right(firsts, code) - 1
    return index >= 0 and code <= lasts[index]


@lru_cache(maxsize=32768)
def font_for(char: str, face: str = SANS) -> str | None:
    """The font that draws CHAR in a paragraph set in FACE: FACE itself, then DejaVu Sans,
    then the first fallback that has it; None when no bundled font has it."""
    for font in (face, SANS):
        if has_char(font, char):
            return font
    for font, file_name in FALLBACKS:
        if has_char(font, char) and _present(file_name):
            return font
    return None


_IGNORABLE = frozenset("\u200c\u200d\u2060\u061c\u200e\u200f") | {
    chr(c) for c in (*range(0xFE00, 0xFE10), *range(0x202A, 0x202F), *range(0x2066, 0x206A))}
"""Joiners, variation selectors and bidi controls: no glyph of their own is needed."""


@lru_cache(maxsize=8192)
def is_ignorable(char: str) -> bool:
    """Whether CHAR is drawn as nothing (a joiner, a variation selector, a bidi control)."""
    return char in _IGNORABLE


def font_for_cluster(cluster: str, face: str = SANS) -> str | None:
    """The font that draws the whole of CLUSTER (a letter and its marks, a keycap): the
    first, in the order of font_for, that has each of its characters but joiners and
    variation selectors; None when no one font has them all."""
    needed = [char for char in cluster if char not in _IGNORABLE] or [cluster[0]]
    candidates = [face, SANS, *(name for name, file in FALLBACKS if _present(file))]
    for font in dict.fromkeys(candidates):
        if all(has_char(font, char) for char in needed):
            return font
    return None


@cache
def _present(file_name: str) -> bool:
    """Whether a fallback font is installed: without it, what it draws becomes replacement
    signs that still read back as the text (a document is never refused for it)."""
    return (font_dir() / file_name).is_file()


def register(font: str) -> str:
    """Register FONT with reportlab (once, on first use) and return its name."""
    with _lock:
        if font not in pdfmetrics.getRegisteredFontNames():
            file_name = _FILE_OF[font]
            try:
                pdfmetrics.registerFont(TTFont(font, str(font_dir() / file_name)))
            except (OSError, TTFError) as error:
                raise ExportError(
                    say("The font file {file_name} is missing or damaged ({error}).")
                    .format(file_name=file_name, error=error),
                    hint=say("Reinstall the program to restore its fonts.")) from None
    return font
