"""The notes of one session as a Qt table model over compact rows: one Note per row and no
item object per cell. What a row shows is worked out when it is painted (NotesView paints a
whole row at once from row_texts), so a long session costs its notes' memory and no more.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from wi_desktop.core.clock import format_duration
from wi_desktop.core.model import Competency, Note, Polarity, Task
from wi_desktop.ui.palette import colour, is_dark

DISPLAY_CHARS = 400  # a 1 MB note shows its start; the whole text stays in the file
TOOLTIP_CHARS = 2000

_ROOT = QModelIndex()
SPOKEN_MARKS = {Polarity.STRENGTH: "strength", Polarity.CONCERN: "concern",
                Polarity.NEUTRAL: ""}


def short_text(text: str, limit: int) -> str:
    flat = " ⏎ ".join(text.splitlines())
    return flat if len(flat) <= limit else flat[:limit] + "…"


class NotesModel(QAbstractTableModel):
    """Columns: time, session time, task, competency, mark, note."""

    TIME, ELAPSED, TASK, COMPETENCY, MARK, TEXT = range(6)
    HEADERS = (str(QT_TRANSLATE_NOOP("NotesModel", "Time")),
               str(QT_TRANSLATE_NOOP("NotesModel", "Session")),
               str(QT_TRANSLATE_NOOP("NotesModel", "Task")),
               str(QT_TRANSLATE_NOOP("NotesModel", "Competency")), "±",
               str(QT_TRANSLATE_NOOP("NotesModel", "Note")))
    NoteRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._notes: list[Note] = []
        self._row_of: dict[int, int] = {}
        self._task_titles: dict[int, str] = {}
        self._competency_names: dict[str, str] = {}
        self._counts: Counter[tuple[str, Polarity | None]] = Counter()
        self._brushes: tuple[bool, dict[Polarity, QBrush]] | None = None

    def _brush(self, polarity: Polarity | None) -> QBrush | None:
        """A strength's or a concern's colour, in the scheme in force (light or dark)."""
        dark = is_dark()
        if self._brushes is None or self._brushes[0] != dark:
            self._brushes = (dark, {Polarity.STRENGTH: QBrush(colour("ok")),
                                    Polarity.CONCERN: QBrush(colour("error"))})
        return self._brushes[1].get(polarity) if polarity is not None else None

    # the model -----------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation is Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not 0 <= row < len(self._notes):
            return None
        return self.note_data(self._notes[row], index.column(), role)

    def note_data(self, note: Note, column: int, role: int) -> Any:
        """What a cell of NOTE's row holds for ROLE (any model showing this session's notes
        asks here, so they all show a note alike)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(note, column)
        if role == self.NoteRole:
            return note
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.MARK, self.TEXT):
            return self._brush(note.polarity)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MARK:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT and len(note.text) > 60:
            return short_text(note.text, TOOLTIP_CHARS)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            # NotesView shows a row through its first cell: screen readers hear the whole row
            texts = self.note_texts(note)
            spoken = [*texts[:self.MARK], SPOKEN_MARKS[note.polarity], texts[self.TEXT]]
            return ", ".join(t for t in spoken if t)
        return None

    # loading -------------------------------------------------------------
    def set_context(self, tasks: tuple[Task, ...], competencies: tuple[Competency, ...]) -> None:
        self._task_titles = {t.id: t.title for t in tasks}
        self._competency_names = {c.key: c.name for c in competencies}

    def set_notes(self, notes: list[Note]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self._counts.clear()
        self._count_many(self._notes)
        self._reindex()
        self.endResetModel()

    def add_older(self, notes: list[Note]) -> None:
        """Put NOTES, all older than every note shown, above them in one go (the rest of a
        long session, read once its newest notes are on screen)."""
        if not notes:
            return
        if self._notes and (notes[-1].created_ms, notes[-1].id) > (
                self._notes[0].created_ms, self._notes[0].id):
            raise ValueError("add_older takes notes older than the ones shown")
        self.beginInsertRows(_ROOT, 0, len(notes) - 1)
        self._notes[:0] = notes
        self._count_many(notes)
        self._reindex()
        self.endInsertRows()

    def _count_many(self, notes: list[Note]) -> None:
        tagged = [(n.competency_key, n.polarity) for n in notes if n.competency_key]
        self._counts.update((key, None) for key, _ in tagged)
        self._counts.update(pair for pair in tagged if pair[1] is not Polarity.NEUTRAL)

    def _reindex(self) -> None:
        self._row_of = {note.id: row for row, note in enumerate(self._notes)}

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
        self.beginInsertRows(_ROOT, row, row)
        self._notes.insert(row, note)
        if row == len(self._notes) - 1:
            self._row_of[note.id] = row
        else:
            self._reindex()
        self._count(note, +1)
        self.endInsertRows()
        return row

    def replace_note(self, note: Note) -> None:
        row = self._row_of.get(note.id)
        if row is None:
            return
        self._count(self._notes[row], -1)
        self._notes[row] = note
        self._count(note, +1)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def remove_note(self, note_id: int) -> None:
        row = self._row_of.get(note_id)
        if row is None:
            return
        self.beginRemoveRows(_ROOT, row, row)
        self._count(self._notes[row], -1)
        del self._notes[row]
        self._reindex()
        self.endRemoveRows()

    def note_at(self, row: int) -> Note:
        return self._notes[row]

    def row_texts(self, row: int) -> tuple[str, ...]:
        """What each column of a row shows (the same strings as the display role)."""
        return self.note_texts(self._notes[row])

    def note_texts(self, note: Note) -> tuple[str, ...]:
        return tuple(self._display(note, column) for column in range(len(self.HEADERS)))

    def row_of(self, note_id: int) -> int | None:
        return self._row_of.get(note_id)

    def notes(self) -> list[Note]:
        return list(self._notes)

    def all_notes(self) -> list[Note]:
        """The model's own list, in row order (not a copy: read it, never change it)."""
        return self._notes

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


class NotesProxy(QAbstractProxyModel):
    """The notes of the session's one NotesModel whose ids are in a set, in the model's
    (time) order. Choosing other ids, or a change to the model, invalidates the filter:
    the row map is worked out again in one pass over the model's notes, no model is built
    and no Python runs per row while a view paints."""

    NoteRole = NotesModel.NoteRole

    def __init__(self, source: NotesModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: frozenset[int] | None = frozenset()  # None: known by rows only
        self._rows: list[int] = []  # proxy row -> source row
        self._proxy_row: dict[int, int] | None = None  # source row -> proxy row, when asked
        self._source = source  # kept here too: Qt forgets it once the session closes
        self.setSourceModel(source)
        for about in (source.rowsAboutToBeInserted, source.rowsAboutToBeRemoved):
            about.connect(self._remember_ids)
        source.modelAboutToBeReset.connect(self._remember_ids)
        for done in (source.rowsInserted, source.rowsRemoved, source.modelReset):
            done.connect(self.invalidate)
        source.dataChanged.connect(self._source_changed)

    def notes_model(self) -> NotesModel:
        return self._source

    def set_ids(self, ids: set[int] | frozenset[int]) -> None:
        """Show the notes with these ids (and only those)."""
        self._ids = frozenset(ids)
        self.invalidate()

    def set_rows(self, rows: list[int]) -> None:
        """Show the notes at these rows of the model, in order (a filter that already
        knows them: no lookup by id). The proxy keeps them through later model changes."""
        self.beginResetModel()
        self._rows, self._ids, self._proxy_row = rows, None, None
        self.endResetModel()

    def _remember_ids(self) -> None:
        """The model is about to move its rows: note which notes are shown, by id."""
        if self._ids is None:
            notes = self._source.all_notes()
            self._ids = frozenset(notes[row].id for row in self._rows)

    def invalidate(self) -> None:
        """Work out again which rows of the model are shown (by the ids)."""
        self.beginResetModel()
        notes, ids = self._source.all_notes(), self._ids
        self._rows = [row for row, note in enumerate(notes) if note.id in ids] if ids else []
        self._proxy_row = None
        self.endResetModel()

    def _proxy_rows(self) -> dict[int, int]:
        if self._proxy_row is None:
            self._proxy_row = {source: row for row, source in enumerate(self._rows)}
        return self._proxy_row

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        shown = self._proxy_rows()
        rows = [shown[r] for r in range(top.row(), bottom.row() + 1) if r in shown]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0),
                                  self.index(max(rows), len(NotesModel.HEADERS) - 1))

    # the proxy -----------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(NotesModel.HEADERS)

    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows)
                                    and 0 <= column < len(NotesModel.HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def mapToSource(self, proxy: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if (not proxy.isValid() or not 0 <= proxy.row() < len(self._rows)
                or self.sourceModel() is None):  # the session is closing
            return QModelIndex()
        return self.notes_model().index(self._rows[proxy.row()], proxy.column())

    def mapFromSource(self, source: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        row = self._proxy_rows().get(source.row()) if source.isValid() else None
        return QModelIndex() if row is None else self.createIndex(row, source.column())

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        model = self.notes_model()
        return model.note_data(model.note_at(self._rows[row]), index.column(), role)

    def notes(self) -> list[Note]:
        model = self.notes_model()
        return [model.note_at(row) for row in self._rows]
