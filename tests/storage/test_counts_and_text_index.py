"""Migration 0005: each session keeps its number of notes, and notes' text is found through
a trigram index. Both are kept by triggers, so they follow every write of a note (add,
edit, delete, undo) and a deleted session; a file made before 0005 gets both filled.

Since 0011 a new note waits in notes_unindexed until NoteService.index_text takes it into
the index (a moment after its commit): every test of finding runs twice, with the notes
waiting and with the index brought up to date after each write."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from wi_desktop.core.clock import FakeClock
from wi_desktop.core.folding import fold
from wi_desktop.storage import migrations
from wi_desktop.storage.connection import open_data_file
from wi_desktop.storage.database import Database, open_database
from wi_desktop.wiring import Services


def counts(service: Services) -> dict[int, int]:
    return {s.id: s.note_count for s in service.sessions.list_sessions()}


def index_is_sound(service: Services) -> None:
    """Once the notes waiting for it are in (whatever happened to them while they waited),
    the index holds exactly each note's folded text, and FTS5's own check passes."""
    service.notes.index_text()
    conn = sqlite3.connect(service.data_file)  # a connection of its own: what is on disk
    try:
        conn.execute(
            "INSERT INTO notes_search (notes_search, rank) VALUES ('integrity-check', 1)")
        indexed = dict(conn.execute("SELECT rowid, text FROM notes_search"))
        notes = {note_id: fold(text) for note_id, text in
                 conn.execute("SELECT id, text FROM notes")}
        assert indexed == notes
    finally:
        conn.close()


@pytest.fixture(autouse=True, params=["waiting", "indexed"])
def indexing(request, service) -> str:
    """'indexed': every write of a note is followed by the index taking it in."""
    if request.param == "indexed":
        notes = service.notes

        def then_indexed(use_case):
            def indexed(*args, **kwargs):
                change = use_case(*args, **kwargs)
                notes.index_text()
                return change
            return indexed

        for name in ("add_note", "edit_note", "delete_note", "restore_note", "replace_note"):
            setattr(notes, name, then_indexed(getattr(notes, name)))
    return str(request.param)


@pytest.fixture
def other_id(service, new_session) -> int:
    return service.sessions.create_session(replace(new_session, candidate_name="Robin Diaz"))


# the count in the list ------------------------------------------------------------------
def test_the_count_follows_adding_deleting_and_putting_back_notes(
        service, session_id, other_id, clock):
    assert counts(service) == {session_id: 0, other_id: 0}
    notes = []
    for text in ("one", "two", "three"):
        clock.advance(1)
        notes.append(service.notes.add_note(session_id, text).note)
    service.notes.add_note(other_id, "elsewhere")
    assert counts(service) == {session_id: 3, other_id: 1}
    assert counts(service)[session_id] == 3
    (deleted,) = service.notes.delete_note(notes[1].id).notes_removed
    assert counts(service) == {session_id: 2, other_id: 1}
    service.notes.restore_note(deleted)  # undo of the delete: the same note, its own id
    assert counts(service) == {session_id: 3, other_id: 1}
    assert [n.id for n in service.notes.notes(session_id)] == [n.id for n in notes]
    service.notes.edit_note(notes[0].id, text="one, edited")  # an edit is not a new note
    assert counts(service) == {session_id: 3, other_id: 1}
    for note in notes:
        service.notes.delete_note(note.id)
    assert counts(service) == {session_id: 0, other_id: 1}
    index_is_sound(service)


def test_a_deleted_session_leaves_the_list_and_the_others_counts_alone(
        service, session_id, other_id, new_session):
    for text in ("first", "second"):
        service.notes.add_note(session_id, text)
    service.notes.add_note(other_id, "kept")
    service.sessions.delete_session(session_id)
    assert counts(service) == {other_id: 1}
    index_is_sound(service)
    later = service.sessions.create_session(new_session)
    assert counts(service) == {other_id: 1, later: 0}


def test_a_failed_write_changes_no_count(service, session_id):
    from wi_desktop.core.errors import ValidationError

    service.notes.add_note(session_id, "kept")
    with pytest.raises(ValidationError):
        service.notes.add_note(session_id, "   ")
    with pytest.raises(ValidationError), service.batch():
        service.notes.add_note(session_id, "undone with the batch")
        raise ValidationError("the batch fails after the note")
    assert counts(service)[session_id] == 1
    assert counts(service) == {session_id: 1}
    assert service.notes.ids_containing(session_id, "undone") == set()


# finding text ----------------------------------------------------------------------------
def test_text_is_found_in_any_case(service, session_id):
    ascii_note = service.notes.add_note(session_id, "Forklift Certificate shown").note
    french = service.notes.add_note(session_id, "A travaillé dans une école de cuisine").note
    greek = service.notes.add_note(session_id, "Μίλησε ευγενικά με τον πελάτη για τον κόσμος").note
    cyrillic = service.notes.add_note(session_id, "Сказал ПРИВЕТ клиенту").note
    find = service.notes.ids_containing
    for needle in ("forklift", "FORKLIFT", "fOrKlIfT cErT", "certificate"):
        assert find(session_id, needle) == {ascii_note.id}, needle
    for needle in ("ÉCOLE", "école", "École de"):
        assert find(session_id, needle) == {french.id}, needle
    for needle in ("ΠΕΛΆΤΗ", "πελάτη", "ΚΌΣΜΟΣ", "μίλησε"):  # final sigma folds as well
        assert find(session_id, needle) == {greek.id}, needle
    assert find(session_id, "привет") == {cyrillic.id}
    assert find(session_id, "  forklift  ") == {ascii_note.id}  # the needle is trimmed
    assert find(session_id, "not written anywhere") == set()
    assert find(session_id, "") == set() and find(session_id, "   ") == set()


def test_text_is_found_only_in_the_session_asked_about(service, session_id, other_id):
    mine = service.notes.add_note(session_id, "Stacked the pallets safely").note
    theirs = service.notes.add_note(other_id, "Stacked the pallets too high").note
    assert service.notes.ids_containing(session_id, "pallets") == {mine.id}
    assert service.notes.ids_containing(other_id, "pallets") == {theirs.id}
    assert service.notes.ids_containing(session_id, "ta") == {mine.id}  # the short path too
    assert service.notes.ids_containing(other_id, "hi") == {theirs.id}


def test_an_edited_note_is_found_by_its_new_text_only(service, session_id, clock):
    note = service.notes.add_note(session_id, "Wrapped the parcel badly").note
    clock.advance(5)
    change = service.notes.edit_note(note.id, text="Wrapped the parcel neatly")
    (before,), after = change.notes_before, change.note
    assert service.notes.ids_containing(session_id, "badly") == set()
    assert service.notes.ids_containing(session_id, "neatly") == {note.id}
    assert service.notes.ids_containing(session_id, "parcel") == {note.id}
    service.notes.replace_note(before)  # undo of the edit
    assert service.notes.ids_containing(session_id, "badly") == {note.id}
    assert service.notes.ids_containing(session_id, "neatly") == set()
    service.notes.replace_note(after)  # redo
    assert service.notes.ids_containing(session_id, "neatly") == {note.id}
    service.notes.edit_note(note.id, competency_key="technical")  # the text stays as it was
    assert service.notes.ids_containing(session_id, "neatly") == {note.id}
    index_is_sound(service)


def test_a_deleted_note_is_not_found_and_an_undone_delete_is(service, session_id):
    keep = service.notes.add_note(session_id, "Labelled every box").note
    gone = service.notes.add_note(session_id, "Dropped one box").note
    service.notes.delete_note(gone.id)
    assert service.notes.ids_containing(session_id, "box") == {keep.id}
    assert service.notes.ids_containing(session_id, "dropped") == set()
    assert service.notes.ids_containing(session_id, "dr") == set()
    service.notes.restore_note(gone)
    assert service.notes.ids_containing(session_id, "dropped") == {gone.id}
    index_is_sound(service)


def test_a_reused_note_id_is_not_found_by_the_text_it_had_before(
        service, session_id, other_id, new_session):
    """SQLite gives the highest id again once its row is gone: the index must not still
    hold the old text under that id (a delete, or the session's erasure)."""
    service.notes.add_note(session_id, "an ordinary note")
    last = service.notes.add_note(other_id, "Zebra crossing outside the dock").note
    service.notes.delete_note(last.id)
    again = service.notes.add_note(session_id, "nothing striped here").note
    assert again.id == last.id  # the id was given again
    assert service.notes.ids_containing(session_id, "zebra") == set()
    erased = service.notes.add_note(other_id, "Quokka sighting in the yard").note
    service.sessions.delete_session(other_id)  # the notes go with it (a cascade)
    later = service.sessions.create_session(new_session)
    reused = service.notes.add_note(later, "plain words only").note
    assert reused.id == erased.id
    assert service.notes.ids_containing(later, "quokka") == set()
    assert service.notes.ids_containing(later, "plain") == {reused.id}
    index_is_sound(service)


def test_one_or_two_characters_are_found_too(service, session_id):
    note = service.notes.add_note(session_id, "Ab ξε é 👍🏽 done").note
    service.notes.add_note(session_id, "zzz")
    for needle in ("a", "É", "é", "ξ", "👍", "ab", "AB", "ΞΕ", "ξε", "👍🏽", " b "):
        assert service.notes.ids_containing(session_id, needle) == {note.id}, needle
    assert service.notes.ids_containing(session_id, "q") == set()


SEARCH_SYNTAX = [
    '"', '""', '"quoted"', 'say "hi', 'AND', 'OR', 'NOT', 'a AND b', 'box OR', 'NEAR(a b)',
    '*', '**', 'bo*', '-box', '^box', 'text:box', '(box', 'box)', '+', "'", "';--",
    'x"y"z', '\\', '%', '_', 'NEAR', '{text}: box',
]


def test_search_syntax_is_read_as_plain_text(service, session_id):
    plain = service.notes.add_note(session_id, "One box here").note
    for needle in SEARCH_SYNTAX:
        literal = service.notes.add_note(session_id, f"Literally: {needle} (as typed)").note
        found = service.notes.ids_containing(session_id, needle)  # does not raise
        assert literal.id in found, needle
        assert (plain.id in found) == (needle.casefold() in "one box here"), needle
        service.notes.delete_note(literal.id)


def test_quotes_and_operators_find_exactly_what_was_typed(service, session_id):
    quoted = service.notes.add_note(session_id, 'Said "ready when you are" twice').note
    both = service.notes.add_note(session_id, "Fast AND careful").note
    star = service.notes.add_note(session_id, "Rated 5* by the lead").note
    service.notes.add_note(session_id, "Fast but careless")
    find = service.notes.ids_containing
    assert find(session_id, '"ready when') == {quoted.id}
    assert find(session_id, 'you are" twice') == {quoted.id}
    assert find(session_id, "fast and careful") == {both.id}
    assert find(session_id, "5*") == {star.id}
    assert find(session_id, "5* by") == {star.id}
    assert find(session_id, "fast and") == {both.id}


# a file made before 0005 -----------------------------------------------------------------
def make_schema_4_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """A data file as version 4 of the format wrote it: only the first four migrations,
    rows written in SQL (the program of then had no count and no index)."""
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "STEPS", migrations.STEPS[:4])
        conn = open_data_file(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'notes_text' "
                                "OR name = 'notes_search'").fetchall()
        ids: dict[str, int] = {}
        conn.execute("BEGIN")
        for name, created in (("Avery Stone", 1_000), ("Blake Moss", 2_000),
                              ("Casey Quinn", 3_000)):
            ids[name] = conn.execute(
                "INSERT INTO sessions (candidate_name, role_name, created_ms) "
                "VALUES (?, 'Barista', ?)", (name, created)).lastrowid
        notes = [("Avery Stone", "Steamed the milk well"),
                 ("Avery Stone", "Greeted the CUSTOMER by name"),
                 ("Avery Stone", "L'École hôtelière diploma"),
                 ("Blake Moss", "Spilled the milk once")]
        for at, (name, text) in enumerate(notes):
            ids[text] = conn.execute(
                "INSERT INTO notes (session_id, created_ms, elapsed_ms, text) "
                "VALUES (?, ?, 0, ?)", (ids[name], 10_000 + at, text)).lastrowid
        conn.execute("COMMIT")
    finally:
        conn.close()
    return ids


def test_a_file_made_at_schema_4_gets_its_counts_and_index(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    ids = make_schema_4_file(path, monkeypatch)
    repo = Database(open_data_file(path), path)  # the program of now opens it
    try:
        assert repo.conn.execute("PRAGMA user_version").fetchone()[0] == \
            migrations.latest_version()
        service = Services(repo, FakeClock())
        avery, blake, casey = ids["Avery Stone"], ids["Blake Moss"], ids["Casey Quinn"]
        assert counts(service) == {avery: 3, blake: 1, casey: 0}
        assert [s.id for s in service.sessions.list_sessions()] == [casey, blake, avery]
        find = service.notes.ids_containing
        assert find(avery, "milk") == {ids["Steamed the milk well"]}
        assert find(blake, "MILK") == {ids["Spilled the milk once"]}
        assert find(avery, "customer") == {ids["Greeted the CUSTOMER by name"]}
        assert find(avery, "école") == {ids["L'École hôtelière diploma"]}
        assert find(avery, "HOTELIERE") == {ids["L'École hôtelière diploma"]}  # accents
        assert find(casey, "milk") == set()
        index_is_sound(service)
        # and from now on the triggers keep both
        added = service.notes.add_note(casey, "Cleaned the grinder").note
        service.notes.delete_note(ids["Spilled the milk once"])
        assert counts(service) == {avery: 3, blake: 0, casey: 1}
        assert find(casey, "grinder") == {added.id}
        assert find(blake, "milk") == set()
        index_is_sound(service)
    finally:
        repo.close()
    reopened = open_database(path)  # a second open changes nothing
    try:
        assert counts(Services(reopened, FakeClock())) == {avery: 3, blake: 0, casey: 1}
    finally:
        reopened.close()


def test_the_index_is_what_finds_long_needles(repo, service, session_id):
    """Three characters or more are read from notes_search, not from notes: emptying the
    index (behind the program's back) hides them, which shows the index is used."""
    note = service.notes.add_note(session_id, "Restocked the shelves").note
    assert service.notes.ids_containing(session_id, "shelves") == {note.id}
    service.notes.index_text()
    conn: sqlite3.Connection = repo.conn
    conn.execute("DELETE FROM notes_search")
    assert service.notes.ids_containing(session_id, "shelves") == set()
    conn.execute("INSERT INTO notes_search (rowid, text) SELECT id, wi_fold(text) FROM notes")
    assert service.notes.ids_containing(session_id, "shelves") == {note.id}


def test_a_note_waits_for_the_index_and_is_found_meanwhile(repo, service, session_id,
                                                          indexing):
    """The commit of a note leaves the text index alone; index_text takes it in later."""
    if indexing == "indexed":
        pytest.skip("about a note that waits")
    conn: sqlite3.Connection = repo.conn
    note = service.notes.add_note(session_id, "Checked the forklift's brakes").note
    in_index = "SELECT rowid FROM notes_search WHERE notes_search MATCH 'forklift'"
    assert conn.execute(in_index).fetchall() == []  # committed, not yet indexed
    assert conn.execute("SELECT id FROM notes_unindexed").fetchall() == [(note.id,)]
    assert service.notes.ids_containing(session_id, "FORKLIFT") == {note.id}
    assert service.notes.index_text() == 2  # the note, and its session (new too)
    assert service.notes.index_text() == 0  # nothing waits any more
    assert conn.execute(in_index).fetchall() == [(note.id,)]
    conn.execute("DELETE FROM notes_search")
    assert service.notes.ids_containing(session_id, "forklift") == set()  # from the index


def test_a_waiting_note_edited_or_deleted_leaves_the_index_sound(service, session_id, clock):
    edited = service.notes.add_note(session_id, "Counted the stock wrongly").note
    gone = service.notes.add_note(session_id, "Broke a jar").note
    service.notes.edit_note(edited.id, text="Counted the stock rightly")
    service.notes.delete_note(gone.id)
    index_is_sound(service)
    assert service.notes.ids_containing(session_id, "rightly") == {edited.id}
    assert service.notes.ids_containing(session_id, "wrongly") == set()
    assert service.notes.ids_containing(session_id, "jar") == set()
