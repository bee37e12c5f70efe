"""The fonts the documents embed: DejaVu Sans, and Droid Sans Fallback for Chinese, Japanese
and Korean, loaded only when a document needs it (it takes a third of a second to read)."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from wi_desktop import paths
from wi_desktop.core.errors import WiError

SANS = "WiSans"
SANS_BOLD = "WiSans-Bold"
SANS_ITALIC = "WiSans-Oblique"
CJK = "WiSansCJK"

_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf",
          SANS_ITALIC: "DejaVuSans-Oblique.ttf"}
_CJK_FILE = "DroidSansFallback.ttf"
_lock = threading.Lock()


class ExportError(WiError):
    """A document that could not be made."""

    title = "The document could not be made"


def font_dir() -> Path:
    return paths.resource_dir() / "fonts"


def _register(name: str, file_name: str) -> None:
    path = font_dir() / file_name
    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except (OSError, TTFError) as error:
        raise ExportError(f"The font file {file_name} is missing or damaged ({error}).",
                          hint="Reinstall the program to restore its fonts.") from None


def register_fonts() -> None:
    """Register the document fonts once; <b> and <i> in paragraphs pick bold and oblique."""
    with _lock:
        if SANS in pdfmetrics.getRegisteredFontNames():
            return
        for name, file_name in _FILES.items():
            _register(name, file_name)
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_ITALIC)
        addMapping(SANS, 1, 1, SANS_BOLD)


@cache
def font_chars(name: str) -> frozenset[str]:
    """Characters one of the DejaVu faces draws (the oblique lacks Arabic, for one)."""
    register_fonts()
    return _drawable(pdfmetrics.getFont(name).face.charToGlyph)


@cache
def cjk_chars() -> frozenset[str]:
    """Characters the fallback font draws; none when its file is missing."""
    with _lock:
        try:
            if CJK not in pdfmetrics.getRegisteredFontNames():
                _register(CJK, _CJK_FILE)
        except ExportError:
            return frozenset()  # degrade CJK to readable substitutes rather than fail
        return _drawable(pdfmetrics.getFont(CJK).face.charToGlyph)


def _drawable(code_points: Iterable[int]) -> frozenset[str]:
    """The characters to draw with a font: those it has within U+FFFF, because reportlab
    writes a wrong text mapping (ToUnicode) for the others, breaking copy and search.
    A newline counts as drawable: it is where a line ends."""
    return frozenset(chr(c) for c in code_points if c <= 0xFFFF) | {"\n"}
