"""Take notes: write, edit, tag, delete and put back the timeline's notes, and keep the
line being typed. Each write is one transaction (or a part of the caller's batch)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from wi_desktop.core.changes import Change, Link
from wi_desktop.core.clock import Clock
from wi_desktop.core.errors import FinalisedError, ValidationError
from wi_desktop.core.model import Note, Polarity
from wi_desktop.core.ports import Store
from wi_desktop.core.sessions import writable_session
from wi_desktop.core.speech import number, say, say_later

MAX_NOTE_LENGTH = 1_000_000


class _Keep:
    """Marker: leave a note's competency tag as it is."""


KEEP = _Keep


def write_note(store: Store, session_id: int, text: str, now_ms: int, *,
               competency_key: str | None = None,
               polarity: Polarity = Polarity.NEUTRAL) -> Note:
    """Insert a note stamped at NOW_MS with the session time and the running task, inside
    the caller's transaction (one read, one write: it is on the path of every Enter)."""
    session, running_task_id = store.sessions.session_for_note(session_id)
    if session.finalised_ms is not None:
        raise FinalisedError()
    note = Note(id=0, session_id=session_id, created_ms=now_ms,
                elapsed_ms=session.elapsed_ms(now_ms), text=text, task_id=running_task_id,
                competency_key=competency_key, polarity=polarity)
    return replace(note, id=store.notes.insert_note(note))


class NoteService:
    """The observer's notes of one data file."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def notes(self, session_id: int, *, newest: int | None = None) -> list[Note]:
        """The session's notes in time order; only the NEWEST so many when given (a long
        session shows those first and reads the rest once they are on screen)."""
        return self.store.notes.load_notes(session_id, newest=newest)

    def note(self, note_id: int) -> Note:
        """One note as the file holds it (NotFound when it is gone)."""
        return self.store.notes.load_note(note_id)

    def ids_containing(self, session_id: int, text: str) -> set[int]:
        """The notes whose text holds TEXT (any case), through the text index (and the
        notes not yet in it)."""
        return self.store.notes.ids_containing(session_id, text)

    def index_text(self) -> int:
        """Take the notes written since the last time into the text index: a moment after
        their commits, off the path of Enter. Returns how many there were."""
        waiting = self.store.notes.waiting_for_index()
        if waiting:
            with self.store.transaction():
                self.store.notes.index_waiting()
        return waiting

    def add_note(self, session_id: int, text: str, *, competency_key: str | None = None,
                 polarity: Polarity = Polarity.NEUTRAL, at_ms: int | None = None) -> Change:
        """Commit a note stamped with wall time, session time and the running task.

        ``at_ms``: when the observer pressed Enter, for a note written later (a retry after
        the disk was full); by default, now."""
        text = clean_note(text)
        now = self.clock.now_ms() if at_ms is None else at_ms
        with self.store.transaction():
            note = write_note(self.store, session_id, text, now,
                              competency_key=competency_key, polarity=polarity)
            self.store.sessions.save_draft(session_id, "", now)
        return Change(session_id, notes_added=(note,))

    def import_notes(self, session_id: int, notes: Sequence[Note]) -> Change:
        """Bring in notes written elsewhere (a session record moved from another machine),
        each with its own times, task and tags, in one transaction; their ids are new."""
        for note in notes:
            clean_note(note.text)
        with self.store.transaction():
            writable_session(self.store, session_id)
            self.store.notes.insert_many([replace(note, id=0, session_id=session_id)
                                          for note in notes])
            self.store.notes.index_waiting()  # thousands at once: indexed as they come in
        return Change(session_id)  # read back when the imported session is opened

    def edit_note(self, note_id: int, *, text: str | None = None,
                  competency_key: str | None | type[_Keep] = _Keep,
                  polarity: Polarity | None = None) -> Change:
        """Change a note's text, tag or mark."""
        with self.store.transaction():
            before = self.store.notes.load_note(note_id)
            writable_session(self.store, before.session_id)
            after = replace(
                before,
                text=clean_note(text) if text is not None else before.text,
                competency_key=(before.competency_key if isinstance(competency_key, type)
                                else competency_key),
                polarity=polarity if polarity is not None else before.polarity,
                edited_ms=self.clock.now_ms(),
            )
            self.store.notes.update_note(after)
        return Change(before.session_id, notes_edited=(after,), notes_before=(before,))

    def replace_note(self, note: Note) -> Change:
        """Write a note back exactly as given (used by undo and redo)."""
        with self.store.transaction():
            writable_session(self.store, note.session_id)
            before = self.store.notes.load_note(note.id)
            self.store.notes.update_note(note)
        return Change(note.session_id, notes_edited=(note,), notes_before=(before,))

    def delete_note(self, note_id: int) -> Change:
        """Delete a note, and with it the evidence choices made for it (the change keeps
        them, so that undo can put them back)."""
        with self.store.transaction():
            note = self.store.notes.load_note(note_id)
            writable_session(self.store, note.session_id)
            chosen = tuple((key, linked, included) for (key, linked), included
                           in self.store.scores.load_links(note.session_id).items()
                           if linked == note_id)
            self.store.notes.delete_note(note_id)  # its links go with it
        return Change(note.session_id, notes_removed=(note,),
                      links=tuple((key, note_id, None) for key, _, _ in chosen),
                      links_before=chosen)

    def restore_note(self, note: Note, links: Sequence[Link] = ()) -> Change:
        """Put a deleted note back with its own id, time and tags, and the evidence
        choices it had (LINKS)."""
        with self.store.transaction():
            writable_session(self.store, note.session_id)
            self.store.notes.insert_note(note)
            for key, linked, included in links:
                self.store.scores.set_link(note.session_id, key, linked, included)
        return Change(note.session_id, notes_added=(note,), links=tuple(links))

    def save_draft(self, session_id: int, text: str, *, competency_key: str | None = None,
                   polarity: Polarity = Polarity.NEUTRAL) -> Change:
        """Keep the line being typed, with the tag and mark chosen for it (no panel shows
        it: the change is empty)."""
        with self.store.transaction():
            self.store.sessions.save_draft(session_id, text[:MAX_NOTE_LENGTH],
                                           self.clock.now_ms(),
                                           competency_key=competency_key,
                                           polarity=int(polarity))
        return Change(session_id)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # a Python str never holds a valid pair


BROKEN_KEPT = say_later("A broken character (half of an emoji, from a paste) was kept as "
                        "\ufffd; the rest of the note is as typed.")


def has_broken_characters(text: str) -> bool:
    """Whether TEXT holds a lone surrogate, which mend_broken_characters marks as U+FFFD."""
    return _LONE_SURROGATE.search(text) is not None


def mend_broken_characters(text: str) -> str:
    """TEXT with each lone surrogate (half of a broken emoji from a bad paste), which cannot
    be stored as UTF-8, marked as U+FFFD: everything else is kept rather than refused."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def clean_note(text: str) -> str:
    """The note as it is stored, or a ValidationError (empty, too long)."""
    text = mend_broken_characters(text).strip()
    if not text:
        raise ValidationError(say("A note cannot be empty."))
    if len(text) > MAX_NOTE_LENGTH:
        raise ValidationError(
            say("A note can hold at most {limit} characters; split it into several "
                "notes.").format(limit=number(MAX_NOTE_LENGTH)))
    return text
