"""Emoji, drawn as the pictures of Noto Color Emoji.

A colour emoji font holds pictures (PNG), not outlines, so it cannot be embedded as a font:
each emoji is drawn as its picture, the size of the text, and reads back through the
line's invisible text layer (flowable.py). HarfBuzz finds the one picture for a whole
sequence: a family joined by ZWJ, a flag, a keycap, a skin tone.
"""

from __future__ import annotations

import io
import threading
from functools import cache, lru_cache
from typing import Any

import regex

from wi_desktop.export.typeset.catalogue import font_dir

EMOJI = "WiEmoji"  # the font name a run of emoji carries (never registered with reportlab)
EMOJI_FILE = "NotoColorEmoji.ttf"
_LIKELY = regex.compile(r"[\p{Emoji_Presentation}\p{Regional_Indicator}\u20e3\ufe0f]")
_lock = threading.Lock()


def likely_emoji(text: str) -> bool:
    """Whether TEXT may hold an emoji drawn as a picture (then it is set by typeset/)."""
    return _LIKELY.search(text) is not None


_kept: list[Any] = []  # HarfBuzz reads the font's bytes in place: they must outlive it


@cache
def _font() -> tuple[Any, int] | None:
    """The emoji font for uharfbuzz, and its units per em; None when it is not there."""
    import uharfbuzz

    try:
        data = (font_dir() / EMOJI_FILE).read_bytes()
    except OSError:
        return None
    blob = uharfbuzz.Blob(data)
    face = uharfbuzz.Face(blob)
    _kept.extend((data, blob, face))
    return uharfbuzz.Font(face), int(face.upem)


@lru_cache(maxsize=4096)
def emoji_glyph(cluster: str) -> int:
    """The glyph that draws CLUSTER as one emoji picture, or 0 when it is not an emoji
    (text that merely could be one, like a digit, is drawn as text)."""
    if not _LIKELY.search(cluster):
        return 0
    font = _font()
    if font is None:
        return 0
    import uharfbuzz

    hb_font, _ = font
    buffer = uharfbuzz.Buffer()
    buffer.add_str(cluster)
    buffer.guess_segment_properties()
    buffer.flags = uharfbuzz.BufferFlags.REMOVE_DEFAULT_IGNORABLES
    with _lock:
        uharfbuzz.shape(hb_font, buffer, {})
    glyphs = [info.codepoint for info in buffer.glyph_infos]
    return glyphs[0] if len(glyphs) == 1 and glyphs[0] else 0


def emoji_advance(gid: int, size: float) -> float:
    """How far the pen moves after the emoji GID set at SIZE points."""
    font = _font()
    if font is None:
        return size
    hb_font, upem = font
    with _lock:
        advance = hb_font.get_glyph_h_advance(gid)
    return float(advance) * size / upem


@lru_cache(maxsize=512)
def _png(gid: int) -> bytes:
    font = _font()
    assert font is not None
    with _lock:
        return bytes(font[0].get_glyph_color_png(gid).data)


def emoji_picture(gid: int) -> Any:
    """The picture of the emoji GID as a reportlab ImageReader (PNG with transparency): a
    new reader each time, since a reader decodes lazily and two documents may be drawn at
    once on two threads."""
    from reportlab.lib.utils import ImageReader

    return ImageReader(io.BytesIO(_png(gid)))
