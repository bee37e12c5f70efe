"""Undo and redo of note changes, scoped to one session. Pure Python, no Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from wi_desktop.core.changes import Change, Link
from wi_desktop.core.model import Note


class NoteWriter(Protocol):
    def delete_note(self, note_id: int) -> Change: ...
    def restore_note(self, note: Note, links: Sequence[Link] = ()) -> Change: ...
    def replace_note(self, note: Note) -> Change: ...


@dataclass(frozen=True)
class NoteChange:
    """One step: a note as it was (None: did not exist) and as it became."""

    before: Note | None
    after: Note | None
    label: str
    links: tuple[Link, ...] = ()
    """The deleted note's evidence choices, put back with it."""

    def inverse(self) -> NoteChange:
        return NoteChange(before=self.after, after=self.before, label=self.label,
                          links=self.links)


class NoteHistory:
    """A bounded undo/redo stack of note changes for one session."""

    def __init__(self, session_id: int, limit: int = 500) -> None:
        self.session_id = session_id
        self.limit = limit
        self._undo: list[NoteChange] = []
        self._redo: list[NoteChange] = []

    def record(self, change: Change, label: str) -> None:
        """Remember a change of one note (added, edited or deleted) to undo it later."""
        before = (change.notes_before + change.notes_removed or (None,))[0]
        after = (change.notes_added + change.notes_edited or (None,))[0]
        self._undo.append(NoteChange(before, after, label, change.links_before))
        del self._undo[:-self.limit]
        self._redo.clear()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def undo(self, writer: NoteWriter) -> Change | None:
        """Apply the inverse of the last change; return what it changed."""
        if not self._undo:
            return None
        change = self._undo[-1]
        applied = apply_change(writer, change.inverse())
        self._undo.pop()
        self._redo.append(change)
        return applied

    def redo(self, writer: NoteWriter) -> Change | None:
        if not self._redo:
            return None
        change = self._redo[-1]
        applied = apply_change(writer, change)
        self._redo.pop()
        self._undo.append(change)
        return applied


def apply_change(writer: NoteWriter, change: NoteChange) -> Change:
    """Make the store go from change.before to change.after."""
    if change.after is None and change.before is not None:
        return writer.delete_note(change.before.id)
    if change.before is None and change.after is not None:
        return writer.restore_note(change.after, change.links)
    if change.after is not None:
        return writer.replace_note(change.after)
    raise ValueError("a note change with neither a before nor an after")
