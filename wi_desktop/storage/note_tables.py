"""The timeline's notes, and the text index that finds them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wi_desktop.core.errors import NotFound
from wi_desktop.core.folding import fold
from wi_desktop.core.model import Note, Polarity
from wi_desktop.core.speech import say
from wi_desktop.storage.search_tables import SESSION_TEXT
from wi_desktop.storage.sql import Sql

NOTE_COLUMNS = (
    "id, session_id, created_ms, elapsed_ms, text, task_id, competency_key, polarity, edited_ms"
)
_INSERT = f"INSERT INTO notes ({NOTE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"


_POLARITY = {int(polarity): polarity for polarity in Polarity}
"""A stored mark to its member, looked up: calling the enum per row costs more than the
row (20,000 notes: 8 ms)."""


def _note(row: Sequence[Any]) -> Note:
    return Note(row[0], row[1], row[2], row[3], row[4], row[5], row[6], _POLARITY[row[7]],
                row[8])


def _values(note: Note) -> tuple[Any, ...]:
    return (note.id or None, note.session_id, note.created_ms, note.elapsed_ms, note.text,
            note.task_id, note.competency_key, int(note.polarity), note.edited_ms)


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


class NoteTables:
    """Rows of notes (and through triggers, the sessions' counts and the notes waiting for
    the text index, notes_unindexed; index_waiting brings the index up to date)."""

    __slots__ = ("sql",)

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    def load_notes(self, session_id: int, *, newest: int | None = None) -> list[Note]:
        """The session's notes in time order; only the NEWEST so many when given."""
        if newest is None:
            return [_note(row) for row in self.sql.query(
                f"SELECT {NOTE_COLUMNS} FROM notes WHERE session_id = ? "
                "ORDER BY created_ms, id", (session_id,))]
        rows = self.sql.query(f"SELECT {NOTE_COLUMNS} FROM notes WHERE session_id = ? "
                              "ORDER BY created_ms DESC, id DESC LIMIT ?", (session_id, newest))
        return [_note(row) for row in reversed(rows)]

    def load_note(self, note_id: int) -> Note:
        rows = self.sql.query(f"SELECT {NOTE_COLUMNS} FROM notes WHERE id = ?", (note_id,))
        if not rows:
            raise NotFound(say("Note {note_id} does not exist.").format(note_id=note_id))
        return _note(rows[0])

    def insert_note(self, note: Note) -> int:
        """Insert a note; a note with id 0 gets a new id, any other keeps its own (undo)."""
        return self.sql.write(_INSERT, _values(note))

    def insert_many(self, notes: Sequence[Note]) -> None:
        """Insert many notes at once (new ids), in the caller's transaction."""
        self.sql.write_many(_INSERT, [_values(note) for note in notes])

    def update_note(self, note: Note) -> None:
        self.sql.write(
            "UPDATE notes SET text = ?, competency_key = ?, polarity = ?, edited_ms = ? "
            "WHERE id = ?",
            (note.text, note.competency_key, int(note.polarity), note.edited_ms, note.id),
        )

    def delete_note(self, note_id: int) -> None:
        self.sql.write("DELETE FROM notes WHERE id = ?", (note_id,))

    def ids_containing(self, session_id: int, text: str) -> set[int]:
        """Ids of the session's notes whose text holds TEXT, ignoring case. Three
        characters or more go through the trigram index, and the notes still waiting for it
        are read themselves; shorter ones scan the session."""
        folded = fold(text.strip())
        if not folded:
            return set()
        if len(folded) < 3:  # too short for trigrams: compare in Python (every script's case)
            return {int(row[0]) for row in self.sql.query(
                "SELECT id, text FROM notes WHERE session_id = ?", (session_id,))
                if folded in fold(str(row[1]))}
        found = {int(row[0]) for row in self.sql.query(
            # the index first, once; joined the other way, SQLite asks it once per note
            "SELECT id FROM notes WHERE id IN "
            "(SELECT rowid FROM notes_search WHERE notes_search MATCH ?) AND session_id = ?",
            (_fts_phrase(folded), session_id))}
        found.update(int(row[0]) for row in self.sql.query(
            "SELECT n.id, n.text FROM notes_unindexed u JOIN notes n ON n.id = u.id "
            "WHERE n.session_id = ?", (session_id,)) if folded in fold(str(row[1])))
        return found

    def waiting_for_index(self) -> int:
        """How many notes (and sessions) the search index has yet to take in."""
        return int(self.sql.query("SELECT (SELECT count(*) FROM notes_unindexed) + "
                                  "(SELECT count(*) FROM sessions_unindexed)")[0][0])

    def index_waiting(self) -> None:
        """Put the text of the notes waiting for the index into it, in the caller's
        transaction."""
        self.sql.write("INSERT INTO notes_search (rowid, text) SELECT n.id, wi_fold(n.text) "
                       "FROM notes_unindexed u JOIN notes n ON n.id = u.id")
        self.sql.write("DELETE FROM notes_unindexed")
        self.sql.write("DELETE FROM sessions_search WHERE rowid IN "
                       "(SELECT id FROM sessions_unindexed)")
        self.sql.write("INSERT INTO sessions_search (rowid, candidate, role, feedback, debrief) "
                       f"{SESSION_TEXT} WHERE s.id IN (SELECT id FROM sessions_unindexed)")
        self.sql.write("DELETE FROM sessions_unindexed")
