"""Migration 0015: letters searched as plain ones (ı, ø, ł…) in a file indexed before.

The index of an older file holds "yılmaz" as it was folded then; after the migration a
search for "yilmaz" finds the note and the session at once (they wait for the index
again), and once indexed anew, from the index."""

from __future__ import annotations

import sqlite3

from wi_desktop.core import folding
from wi_desktop.core.clock import FakeClock
from wi_desktop.core.model import NewSession, PlannedTask
from wi_desktop.storage import migrations
from wi_desktop.storage.database import open_database
from wi_desktop.wiring import Services


def test_a_file_indexed_before_finds_yilmaz_after_the_migration(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    with monkeypatch.context() as patch:  # the program of version 14, folding as it did
        patch.setattr(migrations, "STEPS", migrations.STEPS[:14])
        patch.setattr(folding, "_PLAIN", {})
        old = Services(open_database(path), FakeClock())
        session = old.sessions.create_session(NewSession(
            candidate_name="Kemal Yılmaz", role_name="Forklift driver", location="",
            observer_name="Søren Ørsted", tasks=(PlannedTask("Load the truck", 10),)))
        kept = old.notes.add_note(session, "Asked Łukasz to spot him").note
        plain = old.notes.add_note(session, "Checked the mirrors").note
        old.notes.index_text()
        assert old.search.search("yilmaz").sessions == ()  # as it was: not found
        old.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 14
    conn.close()
    service = Services(open_database(path), FakeClock())  # the program of now
    try:
        queued = {row[0] for row in service.search.store.sql.query(
            "SELECT id FROM notes_unindexed")}
        assert queued == {kept.id}  # only the note with such a letter is taken again
        for state in ("waiting", "indexed"):
            found = service.search.search("yilmaz")
            assert [g.session_id for g in found.sessions] == [session], state
            assert {n.note_id for g in service.search.search("lukasz").sessions
                    for n in g.notes} == {kept.id}, state
            assert plain.id not in {n.note_id for g in service.search.search("lukasz")
                                    .sessions for n in g.notes}
            service.notes.index_text()
        assert service.search.store.sql.query(
            "SELECT (SELECT count(*) FROM notes_unindexed), "
            "(SELECT count(*) FROM sessions_unindexed)") == [(0, 0)]
    finally:
        service.close()

