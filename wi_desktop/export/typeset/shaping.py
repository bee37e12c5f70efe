"""HarfBuzz shapes a run of typed text in one font: Arabic letters joined, marks placed,
Indic, Khmer, Myanmar and Tibetan clusters reordered and stacked, ligatures made.

uharfbuzz is read only when a document first sets such text (most notes never need it).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfmetrics

from wi_desktop.export.typeset.emoji import likely_emoji

_lock = threading.Lock()
_fonts: dict[str, tuple[Any, int]] = {}  # font name -> (uharfbuzz Font, units per em)
_kept: list[Any] = []
_FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True, slots=True)
class Glyph:
    """One glyph as HarfBuzz placed it, in points at the size shaped: the glyph's id, the
    index (in the run's text) of the first character of its cluster, how far the pen
    moves after it, and its offset from the pen."""

    gid: int
    cluster: int
    advance: float
    dx: float
    dy: float


def _font(name: str) -> tuple[Any, int]:
    with _lock:
        if name not in _fonts:
            import uharfbuzz

            data = pdfmetrics.getFont(name).face._ttf_data
            blob = uharfbuzz.Blob(data)  # HarfBuzz reads DATA in place: keep all three
            face = uharfbuzz.Face(blob)
            _kept.extend((data, blob, face))
            _fonts[name] = (uharfbuzz.Font(face), int(face.upem))
        return _fonts[name]


def shape(text: str, font: str, size: float, *, rtl: bool) -> list[Glyph]:
    """TEXT (one direction, one font) as glyphs in visual order, left to right."""
    import uharfbuzz

    hb_font, upem = _font(font)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()  # the script, and a language for it
    buffer.direction = "rtl" if rtl else "ltr"
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.flags = uharfbuzz.BufferFlags.REMOVE_DEFAULT_IGNORABLES  # joiners leave no trace
    with _lock:  # a uharfbuzz Font is not to be shared by two threads at once
        uharfbuzz.shape(hb_font, buffer, _FEATURES)
    scale = size / upem
    return [Glyph(info.codepoint, info.cluster, place.x_advance * scale,
                  place.x_offset * scale, place.y_offset * scale)
            for info, place in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)]


_COMPLEX = re.compile(
    "[\u0300-\u036f\u0483-\u0489"  # combining marks (Latin, Greek, Cyrillic)
    "\u0590-\u08ff"  # Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic
    "\u0900-\u0dff"  # the Indic scripts and Sinhala
    "\u0e00-\u0fff"  # Thai, Lao, Tibetan
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u18af"  # Khmer, Mongolian
    "\u1a00-\u1cff\u1dc0-\u1dff\u20d0-\u20ff"  # Buginese to Vedic; more marks
    "\ua800-\uabff"  # Syloti Nagri to Meetei Mayek
    "\ufb1d-\ufdff\ufe20-\ufe2f\ufe70-\ufeff"  # presentation forms, half marks
    "\U00010a00-\U00010a5f\U00011000-\U00011fff"  # Kharoshthi, Brahmi and others
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # bidi marks, embeddings, isolates


def needs_shaping(text: str) -> bool:
    """Whether TEXT holds a character that is drawn right only once shaped: a letter of a
    script whose letters join, reorder or stack, a combining mark, or an emoji."""
    return _COMPLEX.search(text) is not None or likely_emoji(text)
