"""Rows round-trip to dataclasses exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wi_desktop.core.model import Polarity


def test_note_text_round_trips_exactly(service, session_id):
    texts = ["Ünïcödé ✓", "עברית עם מספרים 123", "مرحبا", "a\u0301\u200b", "🙂 emoji",
             "line one\nline two", "<b>not markup</b>"]
    for text in texts:
        service.notes.add_note(session_id, text)
    assert [n.text for n in service.notes.notes(session_id)] == texts


@settings(max_examples=40, deadline=None)
@given(text=st.text(min_size=1, max_size=400).filter(lambda t: t.strip()))
def test_any_unicode_note_round_trips(tmp_path_factory, text):
    from wi_desktop.core.clock import FakeClock
    from wi_desktop.core.model import NewSession, PlannedTask
    from wi_desktop.storage.database import open_database
    from wi_desktop.wiring import Services

    path = tmp_path_factory.mktemp("rt") / "d.sqlite3"
    service = Services(open_database(path), FakeClock())
    sid = service.sessions.create_session(NewSession("C", "R", "", "O", (PlannedTask("T", 1),)))
    service.notes.add_note(sid, text, polarity=Polarity.CONCERN)
    stored = service.notes.notes(sid)[0]
    assert stored.text == text.strip()
    assert stored.polarity is Polarity.CONCERN
    service.close()


def test_deleting_a_session_removes_its_notes_and_tasks(repo, service, session_id):
    service.notes.add_note(session_id, "to go")
    service.sessions.delete_session(session_id)
    assert repo.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert repo.conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == 0


def test_settings_round_trip(repo):
    with repo.transaction():
        repo.settings.set_setting("demo_created", "1")
    assert repo.settings.get_setting("demo_created") == "1"
    assert repo.settings.get_setting("missing") is None


@settings(max_examples=60, deadline=None)
@given(text=st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=2000)
       .filter(lambda t: t.strip()))
def test_any_text_with_controls_and_marks_round_trips(tmp_path_factory, text):
    from wi_desktop.core.clock import FakeClock
    from wi_desktop.core.model import NewSession, PlannedTask
    from wi_desktop.storage.database import open_database
    from wi_desktop.wiring import Services

    path = tmp_path_factory.mktemp("ctl") / "d.sqlite3"
    repo = open_database(path)
    service = Services(repo, FakeClock())
    sid = service.sessions.create_session(NewSession("C", "R", "", "O", (PlannedTask("T", 1),)))
    service.notes.add_note(sid, text)
    repo.close()
    reopened = open_database(path)  # save, close, reload
    assert reopened.notes.load_notes(sid)[0].text == text.strip()
    reopened.close()


def test_a_one_megabyte_note_round_trips_exactly(service, session_id, repo, db_path):
    from wi_desktop.storage.database import open_database

    piece = "Ünïcödé עברית مرحبا 漢字 🙂 a\u0301\u200b\u202e\x07 "
    text = (piece * (1_000_000 // len(piece)))[:1_000_000].strip()
    note = service.notes.add_note(session_id, text).note
    reopened = open_database(db_path)
    assert reopened.notes.load_note(note.id).text == text
    reopened.close()


def test_a_broken_surrogate_is_stored_with_a_marker_not_refused(service, session_id):
    note = service.notes.add_note(session_id, "half an emoji: \ud83d and the rest").note
    assert note.text == "half an emoji: \ufffd and the rest"
    assert service.notes.notes(session_id)[0].text == note.text
