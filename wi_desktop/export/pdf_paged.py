"""A long table laid out one page at a time, in time that grows with its length.

reportlab's Table measures every remaining row again at each page break, so a timeline of
5,000 notes took 16 s. Here each row is measured once; each page gets a Table of the rows
that fit, with the header repeated and the row heights given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from wi_desktop.export.pdf_layout import PAD_BOTTOM, PAD_TOP, PAD_X, table_commands, user_text
from wi_desktop.export.pdf_text import plain_lines


@dataclass(frozen=True)
class Cell:
    """User text for a table cell: plain lines when one font draws it all, else a Paragraph,
    or a TypedText when it needs shaping."""

    value: str | Flowable
    rtl: bool

    @classmethod
    def of(cls, text: str, style: ParagraphStyle, width: float) -> Cell:
        inner = width - 2 * PAD_X
        plain = plain_lines(text, style.fontName, style.fontSize, inner)
        if plain is not None:
            return cls("\n".join(plain.lines), False)
        flowable = user_text(text, style, inner)  # a TypedText says when it reads RTL
        return cls(flowable, bool(getattr(flowable, "rtl", False)))

    def height(self, width: float, leading: float) -> float:
        if isinstance(self.value, str):
            return (self.value.count("\n") + 1) * leading
        return float(self.value.wrap(width - 2 * PAD_X, 1e6)[1])


@dataclass(frozen=True)
class Row:
    """One row: its cells, its style commands as (name, first column, last column, *values),
    and the leading of each column's plain-text lines."""

    cells: Sequence[Any]
    leadings: Sequence[float]
    commands: Sequence[tuple[Any, ...]] = ()
    span: bool = False  # the first cell spans the whole row

    def height(self, widths: Sequence[float]) -> float:
        tallest = 0.0
        spans = [sum(widths)] if self.span else widths
        for cell, width, leading in zip(self.cells, spans, self.leadings, strict=False):
            if isinstance(cell, str | Flowable):
                tallest = max(tallest, Cell(cell, False).height(width, leading))
        return tallest + PAD_TOP + PAD_BOTTOM


class PagedTable(Flowable):  # type: ignore[misc]
    def __init__(self, header: Sequence[str], rows: Sequence[Row], widths: Sequence[float],
                 commands: Sequence[tuple[Any, ...]] = (),
                 heights: Sequence[float] | None = None) -> None:
        super().__init__()
        self.header, self.rows, self.widths = list(header), list(rows), list(widths)
        self.commands = list(commands)
        self.heights = list(heights) if heights is not None else [
            row.height(self.widths) for row in self.rows]
        self.header_height = 10 + PAD_TOP + PAD_BOTTOM

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.header_height + sum(self.heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room, count = available_height - self.header_height, 0
        while count < len(self.rows) and self.heights[count] <= room:
            room -= self.heights[count]
            count += 1
        if count == 0:
            return []
        rest = PagedTable(self.header, self.rows[count:], self.widths, self.commands,
                          self.heights[count:])
        return [self._table(0, count), rest]

    def draw(self) -> None:
        table = self._table(0, len(self.rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)

    def _table(self, start: int, stop: int) -> Table:
        data: list[Sequence[Any]] = [self.header]
        commands = table_commands() + self.commands
        for number, row in enumerate(self.rows[start:stop], start=1):
            data.append(row.cells)
            commands += [(name, (first, number), (last, number), *values)
                         for name, first, last, *values in row.commands]
        return Table(data, colWidths=self.widths, hAlign="LEFT",
                     rowHeights=[self.header_height, *self.heights[start:stop]],
                     style=TableStyle(commands))
