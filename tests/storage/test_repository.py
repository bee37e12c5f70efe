"""Rows round-trip to dataclasses exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wi_desktop.core.model import Polarity


def test_note_text_round_trips_exactly(service, session_id):
    texts = ["Ünïcödé ✓", "עברית עם מספרים 123", "مرحبا", "a\u0301\u200b", "🙂 emoji",
             "line one\nline two", "<b>not markup</b>"]
    for text in texts:
        service.add_note(session_id, text)
    assert [n.text for n in service.notes(session_id)] == texts


@settings(max_examples=40, deadline=None)
@given(text=st.text(min_size=1, max_size=400).filter(lambda t: t.strip()))
def test_any_unicode_note_round_trips(tmp_path_factory, text):
    from wi_desktop.core.clock import FakeClock
    from wi_desktop.core.model import NewSession, PlannedTask
    from wi_desktop.core.sessions import SessionService
    from wi_desktop.storage.db import open_data_file
    from wi_desktop.storage.repository import SqliteRepository

    path = tmp_path_factory.mktemp("rt") / "d.sqlite3"
    service = SessionService(SqliteRepository(open_data_file(path), path), FakeClock())
    sid = service.create_session(NewSession("C", "R", "", "O", (PlannedTask("T", 1),)))
    service.add_note(sid, text, polarity=Polarity.CONCERN)
    stored = service.notes(sid)[0]
    assert stored.text == text.strip()
    assert stored.polarity is Polarity.CONCERN
    service.repo.close()  # type: ignore[attr-defined]


def test_deleting_a_session_removes_its_notes_and_tasks(repo, service, session_id):
    service.add_note(session_id, "to go")
    service.delete_session(session_id)
    assert repo.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert repo.conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == 0


def test_settings_round_trip(repo):
    with repo.transaction():
        repo.set_setting("demo_created", "1")
    assert repo.get_setting("demo_created") == "1"
    assert repo.get_setting("missing") is None
