"""The notes of one session as a Qt table model: one row per note, no widget per note.

The rows are QStandardItems, so painting is served by Qt's C++ code: a Python data()
called for every cell and role made each repaint of a long session cost ~25 ms.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from wi_desktop.core.clock import format_duration
from wi_desktop.core.model import Competency, Note, Polarity, Task

DISPLAY_CHARS = 400  # a 1 MB note shows its start; the whole text stays in the file
TOOLTIP_CHARS = 2000

SPOKEN_MARKS = {Polarity.STRENGTH: "strength", Polarity.CONCERN: "concern",
                Polarity.NEUTRAL: ""}
STRENGTH_COLOUR = QColor("#1b7f3b")
CONCERN_COLOUR = QColor("#b3261e")


def short_text(text: str, limit: int) -> str:
    flat = " ⏎ ".join(text.splitlines())
    return flat if len(flat) <= limit else flat[:limit] + "…"


class NotesModel(QStandardItemModel):
    """Columns: time, session time, task, competency, mark, note."""

    TIME, ELAPSED, TASK, COMPETENCY, MARK, TEXT = range(6)
    HEADERS = ("Time", "Session", "Task", "Competency", "±", "Note")
    NoteRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(self.HEADERS), parent)
        self.setHorizontalHeaderLabels(list(self.HEADERS))
        self._notes: list[Note] = []
        self._texts: list[tuple[str, ...]] = []  # what each row shows, for NotesView to paint
        self._row_of: dict[int, int] = {}
        self._task_titles: dict[int, str] = {}
        self._competency_names: dict[str, str] = {}
        self._counts: Counter[tuple[str, Polarity | None]] = Counter()
        self._brushes = {Polarity.STRENGTH: QBrush(STRENGTH_COLOUR),
                         Polarity.CONCERN: QBrush(CONCERN_COLOUR)}

    # loading -------------------------------------------------------------
    def set_context(self, tasks: tuple[Task, ...], competencies: tuple[Competency, ...]) -> None:
        self._task_titles = {t.id: t.title for t in tasks}
        self._competency_names = {c.key: c.name for c in competencies}

    def set_notes(self, notes: list[Note]) -> None:
        self.setRowCount(0)
        self._notes = list(notes)
        self._texts = [self._row_texts(note) for note in self._notes]
        self._counts.clear()
        rows = [self._items(note, texts) for note, texts in zip(self._notes, self._texts,
                                                                strict=True)]
        self.beginResetModel()
        self.blockSignals(True)  # one reset instead of a signal per cell
        self.setRowCount(len(rows))
        for row, items in enumerate(rows):
            for column, item in enumerate(items):
                self.setItem(row, column, item)
        self.blockSignals(False)
        self.endResetModel()
        for note in self._notes:
            self._count(note, +1)
        self._reindex()

    def _reindex(self) -> None:
        self._row_of = {note.id: row for row, note in enumerate(self._notes)}

    def _row_texts(self, note: Note) -> tuple[str, ...]:
        return tuple(self._display(note, column) for column in range(len(self.HEADERS)))

    def _items(self, note: Note, texts: tuple[str, ...]) -> list[QStandardItem]:
        items = [QStandardItem(text) for text in texts]
        for item in items:
            item.setEditable(False)
        brush = self._brushes.get(note.polarity)
        if brush is not None:
            items[self.MARK].setForeground(brush)
            items[self.TEXT].setForeground(brush)
        items[self.MARK].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if len(note.text) > 60:  # NotesView shows a tip for any row itself
            items[self.TEXT].setToolTip(short_text(note.text, TOOLTIP_CHARS))
        items[0].setData(note, self.NoteRole)
        # NotesView shows a row through its first cell: screen readers hear the whole row
        spoken = [*texts[:self.MARK], SPOKEN_MARKS[note.polarity], texts[self.TEXT]]
        items[0].setData(", ".join(t for t in spoken if t), Qt.ItemDataRole.AccessibleTextRole)
        items[self.TEXT].setData(note, self.NoteRole)
        return items

    def _count(self, note: Note, step: int) -> None:
        if note.competency_key:
            self._counts[(note.competency_key, None)] += step
            if note.polarity is not Polarity.NEUTRAL:
                self._counts[(note.competency_key, note.polarity)] += step

    # changes -------------------------------------------------------------
    def add_note(self, note: Note) -> int:
        """Insert in time order (usually at the end); return the row."""
        row = len(self._notes)
        while row > 0 and (self._notes[row - 1].created_ms, self._notes[row - 1].id) > (
                note.created_ms, note.id):
            row -= 1
        self._notes.insert(row, note)
        texts = self._row_texts(note)
        self._texts.insert(row, texts)
        self.insertRow(row, self._items(note, texts))
        if row == len(self._notes) - 1:
            self._row_of[note.id] = row
        else:
            self._reindex()
        self._count(note, +1)
        return row

    def replace_note(self, note: Note) -> None:
        row = self._row_of.get(note.id)
        if row is None:
            return
        self._count(self._notes[row], -1)
        self._notes[row] = note
        self._texts[row] = texts = self._row_texts(note)
        self._count(note, +1)
        for column, item in enumerate(self._items(note, texts)):
            self.setItem(row, column, item)

    def remove_note(self, note_id: int) -> None:
        row = self._row_of.get(note_id)
        if row is None:
            return
        self._count(self._notes[row], -1)
        del self._notes[row]
        del self._texts[row]
        self.removeRow(row)
        self._reindex()

    def note_at(self, row: int) -> Note:
        return self._notes[row]

    def row_texts(self, row: int) -> tuple[str, ...]:
        """What each column of a row shows (the same strings as the items' display role)."""
        return self._texts[row]

    def row_of(self, note_id: int) -> int | None:
        return self._row_of.get(note_id)

    def notes(self) -> list[Note]:
        return list(self._notes)

    def evidence_counts(self) -> dict[str, tuple[int, int, int]]:
        """Per competency: (notes, strengths, concerns), kept up to date as notes change."""
        return {key: (count, self._counts[(key, Polarity.STRENGTH)],
                      self._counts[(key, Polarity.CONCERN)])
                for (key, polarity), count in self._counts.items()
                if polarity is None and count > 0}

    def _display(self, note: Note, column: int) -> str:
        if column == self.TIME:
            return dt.datetime.fromtimestamp(note.created_ms / 1000).strftime("%H:%M:%S")
        if column == self.ELAPSED:
            return format_duration(note.elapsed_ms)
        if column == self.TASK:
            return self._task_titles.get(note.task_id, "") if note.task_id else ""
        if column == self.COMPETENCY:
            return self._competency_names.get(note.competency_key or "", "")
        if column == self.MARK:
            return note.polarity.symbol
        return short_text(note.text, DISPLAY_CHARS) + (" ✎" if note.edited_ms else "")
