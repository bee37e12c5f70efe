"""Typed text set as lines: each paragraph given its bidi levels (Unicode's bidi algorithm),
cut into runs of one font and one direction, shaped by HarfBuzz, broken at spaces to the
column's width (inside a word only when the word alone is wider), and each line's runs put
in visual order, left to right.

A line keeps its text in logical order, which is what it reads back as (flowable.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import regex
from bidi import algorithm

from wi_desktop.export.typeset.catalogue import SANS, font_for, font_for_cluster, register
from wi_desktop.export.typeset.emoji import EMOJI, emoji_advance, emoji_glyph
from wi_desktop.export.typeset.shaping import Glyph, shape
from wi_desktop.export.typeset.tounicode import FIRST_PRIVATE

CLUSTER = regex.compile(r"\X")  # what a reader takes for one character (grapheme cluster)
_REMOVED = {"RLE", "LRE", "RLO", "LRO", "PDF", "BN"}  # what the bidi algorithm sets aside
_STRONG_RTL = {"R", "AL"}
_ISOLATES = {code: 0x200B for code in range(0x2066, 0x206A)}


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a line in one font and one direction: where it starts in the line's text,
    its logical text and its glyphs in visual order."""

    start: int
    font: str
    rtl: bool
    text: str
    glyphs: tuple[Glyph, ...]

    @property
    def width(self) -> float:
        return sum(glyph.advance for glyph in self.glyphs)


@dataclass(frozen=True, slots=True)
class Line:
    """One line: its text in logical order, its runs in visual order (left to right), and
    whether its paragraph reads right to left (then it is set flush right)."""

    text: str
    runs: tuple[Run, ...]
    rtl: bool

    @property
    def width(self) -> float:
        return sum(run.width for run in self.runs)


def set_lines(text: str, face: str, size: float, width: float) -> list[Line]:
    """TEXT (cleaned, one newline convention) set in lines at most WIDTH points long
    (unbounded when WIDTH is 0); FACE is the paragraph's font, SIZE its size in points."""
    lines: list[Line] = []
    for paragraph in text.split("\n"):
        lines.extend(_paragraph_lines(paragraph, face, size, width))
    return lines


def paragraph_is_rtl(text: str) -> bool:
    """Whether the first strong letter of TEXT reads right to left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG_RTL:
            return True
        if kind == "L":
            return False
    return False


def _paragraph_lines(text: str, face: str, size: float, width: float) -> Iterator[Line]:
    rtl = paragraph_is_rtl(text)
    if not text:
        yield Line("", (), rtl)
        return
    levels = _levels(text, rtl)
    clusters = [(match.start(), match.end()) for match in CLUSTER.finditer(text)]
    fonts = [_cluster_font(text[start:end], face) for start, end in clusters]
    if width <= 0:
        yield _line(text, 0, len(text), levels, clusters, fonts, size, rtl)
        return
    advances = _cluster_advances(text, levels, clusters, fonts, size)
    for first, last in _breaks(text, clusters, advances, width - 1):
        start, end = clusters[first][0], clusters[last - 1][1]
        yield _line(text, start, end, levels, clusters[first:last], fonts[first:last],
                    size, rtl)


UNKNOWN = "\ufffd"  # stands in, for the levels only, for a character Python does not know:
# an emoji newer than its Unicode has no bidi class there, and the algorithm would refuse it


def _levels(text: str, rtl: bool) -> list[int]:
    """Each character's resolved bidi level (rules X1 to I2). The reference algorithm
    predates isolates: they are read as boundary neutrals (set aside, like a joiner)."""
    text = text.translate(_ISOLATES)
    if not all(map(unicodedata.bidirectional, text)):  # newer than this Python's Unicode
        text = "".join(char if unicodedata.bidirectional(char) else UNKNOWN for char in text)
    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    kept = iter(storage["chars"])
    levels, level = [], storage["base_level"]
    for char in text:
        if unicodedata.bidirectional(char) not in _REMOVED:
            level = next(kept)["level"]
        levels.append(level)  # a set-aside character goes with the one before it
    return levels


def _cluster_font(cluster: str, face: str) -> str:
    """The font of a cluster: one that draws all of it, so that marks stay on their letter
    (a replacement sign, or a cluster no font has whole, is drawn in the documents' face)."""
    if cluster[0] >= FIRST_PRIVATE:  # a replacement sign: the documents' face
        return register(SANS)
    if emoji_glyph(cluster):
        return EMOJI
    return register(font_for_cluster(cluster, face) or font_for(cluster[0], face) or SANS)


def _runs(text: str, levels: list[int], clusters: list[tuple[int, int]],
          fonts: list[str]) -> Iterator[tuple[int, int, str, int]]:
    """(start, end, font, level) of each stretch of clusters sharing a font and a level."""
    current: tuple[str, int] | None = None
    start = clusters[0][0] if clusters else 0
    for (begin, _end), font in zip(clusters, fonts, strict=True):
        key = (font, levels[begin])
        if current is not None and key != current:
            yield start, begin, current[0], current[1]
            start = begin
        current = key
    if current is not None:
        yield start, clusters[-1][1], current[0], current[1]


def _cluster_advances(text: str, levels: list[int], clusters: list[tuple[int, int]],
                      fonts: list[str], size: float) -> list[float]:
    """How wide each cluster is, shaped within its run."""
    width_at: dict[int, float] = {}
    for start, end, font, level in _runs(text, levels, clusters, fonts):
        for glyph in _shape(text[start:end], font, size, rtl=level % 2 == 1):
            at = start + glyph.cluster
            width_at[at] = width_at.get(at, 0.0) + glyph.advance
    advances = []
    for begin, end in clusters:
        advances.append(sum(width_at.get(i, 0.0) for i in range(begin, end)))
    return advances


def _breaks(text: str, clusters: list[tuple[int, int]], advances: list[float],
            width: float) -> Iterator[tuple[int, int]]:
    """(first, last) cluster ranges of the lines: cut after a space, or inside a word that
    is wider than the line by itself."""
    first, used, last_space, index = 0, 0.0, -1, 0
    while index < len(advances):
        advance = advances[index]
        if used + advance > width and index > first:
            cut = last_space + 1 if last_space >= first else index
            yield first, cut
            first, used, last_space = cut, sum(advances[cut:index]), -1
            continue  # the same cluster again, on the new line
        used += advance
        begin, end = clusters[index]
        if text[begin:end].isspace():
            last_space = index
        index += 1
    yield first, len(clusters)


def _line(text: str, start: int, end: int, levels: list[int],
          clusters: list[tuple[int, int]], fonts: list[str], size: float,
          rtl: bool) -> Line:
    """Text[START:END] as one line: shaped runs, reordered for display (rules L1, L2)."""
    pieces = list(_runs(text, _trailing_spaces_at_base(text, start, end, levels, rtl),
                        clusters, fonts))
    runs = [(level, Run(a - start, font, level % 2 == 1, text[a:b],
                        tuple(_shape(text[a:b], font, size, rtl=level % 2 == 1))))
            for a, b, font, level in pieces]
    highest = max((level for level, _ in runs), default=0)
    lowest_odd = min((level for level, _ in runs if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):  # reverse each stretch at or above
        index = 0
        while index < len(runs):
            if runs[index][0] >= level:
                stop = index
                while stop < len(runs) and runs[stop][0] >= level:
                    stop += 1
                runs[index:stop] = runs[index:stop][::-1]
                index = stop
            else:
                index += 1
    return Line(text[start:end], tuple(run for _, run in runs), rtl)


def _shape(text: str, font: str, size: float, *, rtl: bool) -> list[Glyph]:
    """A run shaped by HarfBuzz; a run of emoji as one picture a cluster."""
    if font != EMOJI:
        return shape(text, font, size, rtl=rtl)
    glyphs = []
    for match in CLUSTER.finditer(text):
        gid = emoji_glyph(match.group())
        glyphs.append(Glyph(gid, match.start(), emoji_advance(gid, size), 0.0, 0.0))
    return glyphs[::-1] if rtl else glyphs


def _trailing_spaces_at_base(text: str, start: int, end: int, levels: list[int],
                             rtl: bool) -> list[int]:
    """LEVELS with the spaces that end the line at the paragraph's level (rule L1)."""
    adjusted = list(levels)
    index = end - 1
    while index >= start and text[index].isspace():
        adjusted[index] = 1 if rtl else 0
        index -= 1
    return adjusted
