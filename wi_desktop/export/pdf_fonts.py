"""The fonts the documents embed: DejaVu Sans for the documents' own words, and for typed
text whatever font draws each character (typeset/catalogue.py: a Noto font per script, the
CJK fallback, Extension B), each read only when a document first needs it."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from wi_desktop.export.typeset import tounicode  # noqa: F401 - installs the ToUnicode maps
from wi_desktop.export.typeset.catalogue import (
    CJK,
    FACES,
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    ExportError,
    font_dir,
    register,
)

__all__ = ["CJK", "SANS", "SANS_BOLD", "SANS_ITALIC", "ExportError", "font_chars",
           "font_dir", "register_fonts"]


def register_fonts() -> None:
    """Register the document faces once; <b> and <i> in paragraphs pick bold and oblique."""
    if SANS in pdfmetrics.getRegisteredFontNames():
        return
    for name in FACES:
        register(name)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD)


@cache
def font_chars(name: str) -> frozenset[str]:
    """Characters one of the DejaVu faces draws (the oblique lacks Arabic, for one); a
    newline counts as drawable: it is where a line ends."""
    register_fonts()
    codes = pdfmetrics.getFont(name).face.charToGlyph
    return frozenset(chr(code) for code in codes if code < 0x100000) | {"\n"}
