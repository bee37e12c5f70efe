"""The notes of one session as a Qt table model: one row per note, no widget per note."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from wi_desktop.core.clock import format_duration
from wi_desktop.core.model import Competency, Note, Polarity, Task

DISPLAY_CHARS = 400  # a 1 MB note shows its start; the whole text stays in the file
TOOLTIP_CHARS = 2000

STRENGTH_COLOUR = QColor("#1b7f3b")
CONCERN_COLOUR = QColor("#b3261e")

ModelIndex = QModelIndex | QPersistentModelIndex


def short_text(text: str, limit: int) -> str:
    flat = " ⏎ ".join(text.splitlines())
    return flat if len(flat) <= limit else flat[:limit] + "…"


class NotesModel(QAbstractTableModel):
    """Columns: time, session time, task, competency, mark, note."""

    TIME, ELAPSED, TASK, COMPETENCY, MARK, TEXT = range(6)
    HEADERS = ("Time", "Session", "Task", "Competency", "±", "Note")
    NoteRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._notes: list[Note] = []
        self._row_of: dict[int, int] = {}
        self._task_titles: dict[int, str] = {}
        self._competency_names: dict[str, str] = {}

    # loading -------------------------------------------------------------
    def set_context(self, tasks: tuple[Task, ...], competencies: tuple[Competency, ...]) -> None:
        self._task_titles = {t.id: t.title for t in tasks}
        self._competency_names = {c.key: c.name for c in competencies}

    def set_notes(self, notes: list[Note]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._row_of = {note.id: row for row, note in enumerate(self._notes)}

    # changes -------------------------------------------------------------
    def add_note(self, note: Note) -> int:
        """Insert in time order (usually at the end); return the row."""
        row = len(self._notes)
        while row > 0 and (self._notes[row - 1].created_ms, self._notes[row - 1].id) > (
                note.created_ms, note.id):
            row -= 1
        self.beginInsertRows(QModelIndex(), row, row)
        self._notes.insert(row, note)
        if row == len(self._notes) - 1:
            self._row_of[note.id] = row
        else:
            self._reindex()
        self.endInsertRows()
        return row

    def replace_note(self, note: Note) -> None:
        row = self._row_of.get(note.id)
        if row is None:
            return
        self._notes[row] = note
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove_note(self, note_id: int) -> None:
        row = self._row_of.get(note_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._notes[row]
        self._reindex()
        self.endRemoveRows()

    def note_at(self, row: int) -> Note:
        return self._notes[row]

    def row_of(self, note_id: int) -> int | None:
        return self._row_of.get(note_id)

    def notes(self) -> list[Note]:
        return list(self._notes)

    def evidence_counts(self) -> dict[str, tuple[int, int, int]]:
        """Per competency: (notes, strengths, concerns)."""
        counts: dict[str, list[int]] = {}
        for note in self._notes:
            if note.competency_key:
                entry = counts.setdefault(note.competency_key, [0, 0, 0])
                entry[0] += 1
                entry[1] += note.polarity is Polarity.STRENGTH
                entry[2] += note.polarity is Polarity.CONCERN
        return {key: (v[0], v[1], v[2]) for key, v in counts.items()}

    # Qt model API --------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(note, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TEXT:
            return short_text(note.text, TOOLTIP_CHARS) if len(note.text) > 60 else None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (self.MARK, self.TEXT):
            return self._colour(note)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.MARK:
            return Qt.AlignmentFlag.AlignCenter
        if role == self.NoteRole:
            return note
        return None

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

    @staticmethod
    def _colour(note: Note) -> QBrush | None:
        if note.polarity is Polarity.STRENGTH:
            return QBrush(STRENGTH_COLOUR)
        if note.polarity is Polarity.CONCERN:
            return QBrush(CONCERN_COLOUR)
        return None
