"""A table written as CSV, XLSX or JSON, whole or not at all (a temporary file beside the
one asked for, renamed over it at the end).

- CSV: UTF-8 with a byte-order mark (so a spreadsheet opens accents right), RFC 4180
  quoting and CRLF line ends, one header row; times ISO 8601 with their offset,
  durations H:MM:SS, nothing for a value there is not.
- XLSX (xlsxwriter, loaded here only): typed cells (numbers, dates, times, durations,
  yes/no), the header frozen with an autofilter, columns sized to their contents.
- JSON: an array of objects with the same keys; null for a value there is not.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import functools
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from wi_desktop.core.errors import FileWriteError
from wi_desktop.core.speech import say
from wi_desktop.files import fsync_folder, writing_errors
from wi_desktop.tables.kinds import Column, Kind

Row = tuple[Any, ...]
Progress = Callable[[int], None]
_EVERY = 5_000  # rows between two progress reports


def write_table(out: Path, suffix: str, columns: tuple[Column, ...], rows: Iterable[Row],
                progress: Progress | None = None, *, quoted: bool = False) -> int:
    """Write ROWS to OUT as SUFFIX says. QUOTED: each row is already its CSV line
    (storage/view_tables.csv_rows), so the lines are only joined."""
    counted = iter(rows) if progress is None else _counted(rows, progress)
    with writing_errors(out, FileWriteError):
        fd, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part",
                                         dir=out.parent)
    temp = Path(temp_name)
    try:
        with writing_errors(out, FileWriteError):
            if suffix == ".xlsx":
                os.close(fd)  # xlsxwriter writes the temporary file by its name
                count = _xlsx(temp, out, columns, counted)
                fd = os.open(temp, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            else:
                with os.fdopen(fd, "wb") as file:
                    if quoted:
                        count = _csv_fields(file, columns, counted)
                    else:
                        count = (_csv if suffix == ".csv" else _json)(file, columns, counted)
                    file.flush()
                    os.fsync(file.fileno())
            os.replace(temp, out)
            fsync_folder(out.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return count


def _counted(rows: Iterable[Row], progress: Progress | None) -> Iterator[Row]:
    for count, row in enumerate(rows, start=1):
        yield row
        if progress is not None and count % _EVERY == 0:
            progress(count)


class _Tally:
    """The rows, counted as they pass."""

    def __init__(self, rows: Iterable[Row]) -> None:
        self.rows = iter(rows)
        self.count = 0

    def __iter__(self) -> Iterator[Row]:
        return self

    def __next__(self) -> Row:
        row = next(self.rows)
        self.count += 1
        return row


@functools.cache  # a year of notes holds a few thousand distinct session times
def duration(seconds: int | None) -> str:
    """``1:05:09`` (hours need not be two digits; a day of notes reads 26:00:00)."""
    if seconds is None:
        return ""
    hours, rest = divmod(int(seconds), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def _text(value: Any, kind: Kind) -> str:
    if value is None:
        return ""
    if kind is Kind.SECONDS:
        return duration(value)
    if kind is Kind.BOOL:
        return "true" if value else "false"
    if kind is Kind.MONEY:
        return f"{value:.2f}"
    return str(value)


class _Lines:
    """Where the csv module writes: lines gathered, then encoded and written in chunks."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.write = self.lines.append

    def drain(self, file: IO[bytes]) -> None:
        file.write("".join(self.lines).encode("utf-8"))
        self.lines.clear()


def _csv(file: IO[bytes], columns: tuple[Column, ...], rows: Iterable[Row]) -> int:
    import itertools

    file.write(codecs.BOM_UTF8)  # so a spreadsheet reads the file as UTF-8
    lines = _Lines()
    writer = csv.writer(lines, lineterminator="\r\n")  # RFC 4180; None is written empty
    writer.writerow([column.key for column in columns])
    # only the columns whose text is not the value's own are converted: a long table
    # costs little more than the rows themselves
    converted = [(index, column.kind) for index, column in enumerate(columns)
                 if column.kind in (Kind.SECONDS, Kind.BOOL, Kind.MONEY)]

    def row_text(row: Row) -> list[Any]:
        cells = list(row)
        for index, kind in converted:
            cells[index] = _text(cells[index], kind)
        return cells

    tally = _Tally(rows)
    cells = map(row_text, tally) if converted else tally
    while True:
        writer.writerows(itertools.islice(cells, 4_000))
        if not lines.lines:
            return tally.count
        lines.drain(file)


def _csv_fields(file: IO[bytes], columns: tuple[Column, ...], rows: Iterable[Row]) -> int:
    import itertools

    file.write(codecs.BOM_UTF8)
    file.write((",".join(column.key for column in columns) + "\r\n").encode("utf-8"))
    tally = _Tally(rows)
    while chunk := [row[0] for row in itertools.islice(tally, 4_000)]:
        file.write(("\r\n".join(chunk) + "\r\n").encode("utf-8"))
    return tally.count


def _json_value(value: Any, kind: Kind) -> Any:
    if value is None:
        return None
    if kind is Kind.BOOL:
        return bool(value)
    return value


def _json(file: IO[bytes], columns: tuple[Column, ...], rows: Iterable[Row]) -> int:
    keys = [column.key for column in columns]
    kinds = [column.kind for column in columns]
    count = 0
    file.write(b"[")
    for row in rows:
        record = {key: _json_value(value, kind)
                  for key, value, kind in zip(keys, row, kinds, strict=True)}
        file.write((b",\n" if count else b"\n")
                   + json.dumps(record, ensure_ascii=False).encode("utf-8"))
        count += 1
    file.write(b"\n]\n" if count else b"]\n")
    return count


_FORMATS = {Kind.DATE: "yyyy-mm-dd", Kind.TIME: "yyyy-mm-dd hh:mm:ss",
            Kind.SECONDS: "[h]:mm:ss", Kind.HOURS: "0.00", Kind.MONEY: "#,##0.00",
            Kind.NUMBER: "0.00"}
_SAMPLE = 200  # rows read to size the columns


def _xlsx(path: Path, out: Path, columns: tuple[Column, ...], rows: Iterable[Row]) -> int:
    import itertools

    import xlsxwriter
    from xlsxwriter.exceptions import XlsxWriterException

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True,
                                           "strings_to_formulas": False,
                                           "strings_to_urls": False,
                                           "strings_to_numbers": False})
    sheet = book.add_worksheet("data")
    header = book.add_format({"bold": True, "bottom": 1})
    formats = {kind: book.add_format({"num_format": pattern})
               for kind, pattern in _FORMATS.items()}
    iterator = iter(rows)
    sample = list(itertools.islice(iterator, _SAMPLE))
    for index, column in enumerate(columns):
        widest = max([len(column.key)] + [len(_text(row[index], column.kind))
                                          for row in sample])
        sheet.set_column(index, index, min(max(widest, 8), 60) + 2,
                         formats.get(column.kind))
    sheet.freeze_panes(1, 0)
    for index, column in enumerate(columns):
        sheet.write_string(0, index, column.key, header)
    count = 0
    for count, row in enumerate(itertools.chain(sample, iterator), start=1):
        for index, (value, column) in enumerate(zip(row, columns, strict=True)):
            _cell(sheet, count, index, value, column.kind, formats)
    sheet.autofilter(0, 0, max(count, 1), len(columns) - 1)
    try:
        book.close()
    except XlsxWriterException as error:
        raise FileWriteError(say("“{out}” could not be written: {error}.")
                             .format(out=out, error=error),
                             hint=say("Choose another folder, or free some room.")) from None
    return count


def _cell(sheet: Any, row: int, col: int, value: Any, kind: Kind,
          formats: dict[Kind, Any]) -> None:
    if value is None or value == "" and kind is not Kind.TEXT:
        return  # an empty cell: not observed, not recorded
    style = formats.get(kind)
    if kind in (Kind.INT, Kind.NUMBER, Kind.MONEY, Kind.HOURS):
        sheet.write_number(row, col, value, style)
    elif kind is Kind.SECONDS:
        sheet.write_number(row, col, value / 86_400, style)
    elif kind is Kind.BOOL:
        sheet.write_boolean(row, col, bool(value))
    elif kind is Kind.DATE:
        sheet.write_datetime(row, col, dt.datetime.fromisoformat(value), style)
    elif kind is Kind.TIME:  # the wall-clock time where it was written; Excel has no zones
        sheet.write_datetime(row, col, dt.datetime.fromisoformat(value).replace(tzinfo=None),
                             style)
    else:
        sheet.write_string(row, col, str(value))
