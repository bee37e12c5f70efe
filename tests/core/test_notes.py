"""Notes: stamped with time, session clock and running task; undo/redo per session."""

from __future__ import annotations

import pytest

from wi_desktop.core.changes import Change
from wi_desktop.core.errors import ValidationError
from wi_desktop.core.history import NoteHistory
from wi_desktop.core.model import Note, Polarity


def test_note_is_stamped_with_wall_time_session_time_and_running_task(
        service, session_id, clock):
    task = service.sessions.workspace(session_id).tasks[0]
    service.sessions.start_task(session_id, task.id)
    clock.advance(75)
    note = service.notes.add_note(session_id, "  Checked the pick list twice  ",
                            competency_key="technical", polarity=Polarity.STRENGTH).note
    assert note.text == "Checked the pick list twice"
    assert note.created_ms == clock.now_ms()
    assert note.elapsed_ms == 75_000
    assert note.task_id == task.id
    assert service.notes.notes(session_id) == [note]


def test_note_before_any_task_has_no_task_and_zero_elapsed(service, session_id):
    note = service.notes.add_note(session_id, "Arrived on time").note
    assert note.task_id is None and note.elapsed_ms == 0


def test_empty_note_is_refused(service, session_id):
    with pytest.raises(ValidationError, match="empty"):
        service.notes.add_note(session_id, "   \n ")


def test_committing_a_note_clears_the_draft(service, session_id):
    service.notes.save_draft(session_id, "half a thou")
    assert service.sessions.workspace(session_id).draft == "half a thou"
    service.notes.add_note(session_id, "half a thought, finished")
    assert service.sessions.workspace(session_id).draft == ""


def test_edit_keeps_tag_unless_asked(service, session_id, clock):
    note = service.notes.add_note(session_id, "Polite", competency_key="communication").note
    clock.advance(3)
    change = service.notes.edit_note(note.id, text="Polite to the customer")
    (before,), after = change.notes_before, change.note
    assert before == note
    assert after.competency_key == "communication"
    assert after.edited_ms == clock.now_ms()
    cleared = service.notes.edit_note(note.id, competency_key=None).note
    assert cleared.competency_key is None


def test_undo_redo_add_edit_delete(service, session_id):
    history = NoteHistory(session_id)
    added = service.notes.add_note(session_id, "first")
    history.record(added, "add note")
    history.record(service.notes.edit_note(added.note.id, text="first, edited"), "edit note")
    history.record(service.notes.delete_note(added.note.id), "delete note")
    assert service.notes.notes(session_id) == []

    history.undo(service.notes)
    assert [n.text for n in service.notes.notes(session_id)] == ["first, edited"]
    history.undo(service.notes)
    assert [n.text for n in service.notes.notes(session_id)] == ["first"]
    history.undo(service.notes)
    assert service.notes.notes(session_id) == []
    assert not history.can_undo()

    history.redo(service.notes)
    history.redo(service.notes)
    assert service.notes.notes(session_id)[0].id == added.note.id
    assert service.notes.notes(session_id)[0].text == "first, edited"
    history.redo(service.notes)
    assert service.notes.notes(session_id) == []


def test_new_change_clears_redo(service, session_id):
    history = NoteHistory(session_id)
    history.record(service.notes.add_note(session_id, "a"), "add")
    history.undo(service.notes)
    assert history.can_redo()
    history.record(service.notes.add_note(session_id, "b"), "add")
    assert not history.can_redo()


def test_history_is_bounded():
    history = NoteHistory(1, limit=3)
    for number in range(10):
        history.record(Change(1, notes_added=(Note(number, 1, 0, 0, "x"),)), "x")
    assert len(history._undo) == 3
