"""The live workspace driven from the keyboard, checked against the data file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wi_desktop.core.model import Polarity, TaskState
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.notes_model import NotesModel
from wi_desktop.ui.workspace import WorkspacePage

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def type_note(qtbot, page, text):
    qtbot.keyClicks(page.notes.entry, text)
    qtbot.keyClick(page.notes.entry, Qt.Key.Key_Return)


def stored_texts(service, session_id):
    return [n.text for n in service.notes.notes(session_id)]


def test_enter_commits_a_note_stamped_with_the_running_task(qtbot, page, service, session_id,
                                                            clock):
    qtbot.keyClick(page.notes.entry, Qt.Key.Key_Space, CTRL)  # start the first task
    clock.advance(65)
    type_note(qtbot, page, "Greeted the customer by name")
    note = service.notes.notes(session_id)[0]
    assert note.text == "Greeted the customer by name"
    assert note.task_id == service.sessions.workspace(session_id).tasks[0].id
    assert note.elapsed_ms == 65_000
    assert page.notes.entry.text() == ""
    model = page.notes.model
    assert model.rowCount() == 1
    assert model.index(0, NotesModel.ELAPSED).data() == "1:05"
    assert model.index(0, NotesModel.TASK).data() == "Pick an order"
    assert page.notes.count_label.text() == "1 note"


def test_saved_signal_follows_each_commit(qtbot, page):
    with qtbot.waitSignal(page.context.sig_saved, timeout=1000):
        type_note(qtbot, page, "Checks the label twice")


def test_hotkeys_tag_and_mark_the_next_note_only(qtbot, page, service, session_id):
    entry = page.notes.entry
    qtbot.keyClick(entry, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(entry, Qt.Key.Key_Minus, CTRL)
    type_note(qtbot, page, "Guessed instead of asking")
    type_note(qtbot, page, "+ Asked where the spare labels are")
    first, second = service.notes.notes(session_id)
    assert (first.competency_key, first.polarity) == ("problem_solving", Polarity.CONCERN)
    assert (second.competency_key, second.polarity) == (None, Polarity.STRENGTH)
    assert second.text == "Asked where the spare labels are"
    assert page.notes.model.index(0, NotesModel.COMPETENCY).data() == "Problem solving"
    assert page.notes.model.index(0, NotesModel.MARK).data() == "−"


def test_undo_and_redo_from_the_empty_note_line(qtbot, page, service, session_id):
    type_note(qtbot, page, "one")
    type_note(qtbot, page, "two")
    entry = page.notes.entry
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)
    assert stored_texts(service, session_id) == ["one"]
    assert page.notes.model.rowCount() == 1
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored_texts(service, session_id) == ["one", "two"]
    assert page.notes.model.rowCount() == 2


def test_ctrl_z_with_text_in_the_line_undoes_typing_not_notes(qtbot, page, service, session_id):
    type_note(qtbot, page, "kept")
    qtbot.keyClicks(page.notes.entry, "abc")
    qtbot.keyClick(page.notes.entry, Qt.Key.Key_Z, CTRL)
    assert stored_texts(service, session_id) == ["kept"]


def test_delete_selected_note_and_undo_restores_it(qtbot, page, service, session_id):
    type_note(qtbot, page, "first")
    type_note(qtbot, page, "second")
    view = page.notes.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert stored_texts(service, session_id) == ["second"]
    page.notes.undo()
    assert stored_texts(service, session_id) == ["first", "second"]
    assert page.notes.model.index(0, NotesModel.TEXT).data() == "first"


def test_ctrl_number_on_a_selected_note_retags_it(qtbot, page, service, session_id):
    type_note(qtbot, page, "Lifted with bent knees")
    view = page.notes.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_4, CTRL)
    assert service.notes.notes(session_id)[0].competency_key == "work_ethic"
    page.notes.undo()
    assert service.notes.notes(session_id)[0].competency_key is None


def test_typing_in_the_list_goes_to_the_note_line(qtbot, page):
    page.notes.view.setFocus()
    qtbot.keyClicks(page.notes.view, "Hi")
    assert page.notes.entry.text() == "Hi"
    assert page.notes.entry.hasFocus()


def test_draft_reaches_the_file_within_a_second_and_comes_back(qtbot, page, service,
                                                               session_id):
    qtbot.keyClicks(page.notes.entry, "Was about to write th")
    qtbot.waitUntil(lambda: service.sessions.workspace(session_id).draft == "Was about to write th",
                    timeout=1000)
    reopened = WorkspacePage(SessionContext(service, session_id))
    qtbot.addWidget(reopened)
    assert reopened.notes.entry.text() == "Was about to write th"


def test_a_draft_comes_back_with_its_tag_and_mark(qtbot, page, service, session_id):
    from wi_desktop.core.model import Polarity

    qtbot.keyClicks(page.notes.entry, "Lifted with a straight back")
    page.notes.tags.toggle_competency("technical")  # as Ctrl+1 does
    page.notes.tags.toggle_polarity(Polarity.STRENGTH)
    qtbot.waitUntil(lambda: service.sessions.workspace(session_id).draft_competency
                    == "technical", timeout=2000)
    reopened = WorkspacePage(SessionContext(service, session_id))  # as after a crash
    qtbot.addWidget(reopened)
    assert reopened.notes.entry.text() == "Lifted with a straight back"
    assert reopened.notes.tags.competency() == "technical"
    assert reopened.notes.tags.polarity() is Polarity.STRENGTH
    qtbot.keyClick(reopened.notes.entry, Qt.Key.Key_Return)  # the note it was going to be
    [note] = service.notes.notes(session_id)
    assert (note.competency_key, note.polarity) == ("technical", Polarity.STRENGTH)
    assert service.sessions.workspace(session_id).draft_competency is None


def test_timer_keys_start_pause_finish_and_show_overrun(qtbot, page, service, session_id, clock):
    entry = page.notes.entry
    qtbot.keyClick(entry, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # second task, 5 min
    qtbot.keyClick(entry, Qt.Key.Key_Space, CTRL)
    task = page.timers.selected_task()
    assert task is not None and task.title == "Pack and label"
    assert task.state is TaskState.RUNNING
    clock.advance(5 * 60 + 30)
    page.tick()
    assert page.timers.overrun_label.isVisible()
    assert "0:30" in page.timers.overrun_label.text()
    assert page.clock_label.text() == "5:30"
    qtbot.keyClick(entry, Qt.Key.Key_Space, CTRL)
    assert page.timers.selected_task().state is TaskState.PAUSED
    qtbot.keyClick(entry, Qt.Key.Key_Space, CTRL | SHIFT)
    stored = service.sessions.workspace(session_id).task(task.id)
    assert stored.state is TaskState.DONE
    assert stored.actual_ms(clock.now_ms()) == 330_000


def test_slider_shows_anchor_and_stores_the_level(qtbot, page, service, session_id):
    scale = page.rubric.scales["communication"]
    assert scale.not_observed.isChecked()
    assert "Not observed" in scale.level_label.text()
    qtbot.keyClick(page.notes.entry, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert scale.slider.hasFocus()
    qtbot.keyClick(scale.slider, Qt.Key.Key_Right)
    level = scale.slider.value()
    assert service.sessions.workspace(session_id).scores["communication"].level == level
    assert scale.anchor_label.text() == scale.competency.anchor(level)
    assert not scale.not_observed.isChecked()
    scale.not_observed.click()
    assert service.sessions.workspace(session_id).scores["communication"].level is None
    assert "Not observed" in scale.level_label.text()


def test_evidence_counts_follow_tagged_notes(qtbot, page):
    entry = page.notes.entry
    qtbot.keyClick(entry, Qt.Key.Key_1, CTRL)
    type_note(qtbot, page, "+ Scanned every item")
    assert page.rubric.scales["technical"].evidence_label.text() == "1 note · 1+"


def test_failed_write_keeps_the_note_in_the_line(qtbot, page, repo, service, session_id,
                                                  clock):
    page_count = repo.conn.execute("PRAGMA page_count").fetchone()[0]
    repo.conn.execute(f"PRAGMA max_page_count = {page_count}")
    failures = []
    page.context.sig_failed.connect(failures.append)
    page.notes.entry.setText("x" * 100_000)  # as if pasted
    pressed_at = clock.now_ms()
    qtbot.keyClick(page.notes.entry, Qt.Key.Key_Return)
    clock.advance(15)
    assert failures and failures[0].title == "The disk is full"
    assert page.notes.entry.text() == "x" * 100_000
    repo.conn.execute("PRAGMA max_page_count = 1073741823")
    # space is back: the note is tried again by itself, without a keystroke
    page.notes._retry_timer.setInterval(50)
    page.notes._retry_timer.start()
    qtbot.waitUntil(lambda: page.notes.entry.text() == "", timeout=2000)
    assert page.notes.model.rowCount() == 1
    assert service.notes.notes(session_id)[0].created_ms == pressed_at  # when Enter was pressed


def test_five_thousand_notes_load_into_one_view(qtbot, service, session_id):
    from wi_desktop.ui.context import FIRST_NOTES

    service.notes.import_notes(session_id, [_note(session_id, i) for i in range(5000)])
    page = WorkspacePage(SessionContext(service, session_id))
    qtbot.addWidget(page)
    model = page.notes.model
    # the newest notes first, ready to paint; the older ones once they are on screen
    assert model.rowCount() == FIRST_NOTES < 5000
    assert model.note_at(FIRST_NOTES - 1).text == "n4999"
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: model.rowCount() == 5000, timeout=5000)
    assert [model.note_at(row).text for row in (0, 4999)] == ["n0", "n4999"]
    assert page.notes.count_label.text() == "5000 notes"
    view = page.notes.view  # still at the newest note, as before the rest arrived
    qtbot.waitUntil(lambda: view.visualRect(model.index(4999, 0)).bottom()
                    <= view.viewport().height())
    assert view.visualRect(model.index(4999, 0)).height() > 0


def test_a_long_session_opens_with_its_newest_note_in_full_view(qtbot, service, session_id):
    service.notes.import_notes(session_id, [_note(session_id, i) for i in range(300)])
    page = WorkspacePage(SessionContext(service, session_id))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    view = page.notes.view
    last = view.visualRect(page.notes.model.index(299, 0))
    qtbot.waitUntil(lambda: view.visualRect(page.notes.model.index(299, 0)).bottom()
                    <= view.viewport().height())
    assert last.height() > 0


def test_undo_and_redo_say_what_they_would_do(qtbot, page):
    undo, redo = page.actions_by_name["undo"], page.actions_by_name["redo"]
    assert (undo.text(), undo.isEnabled(), redo.isEnabled()) == ("Undo", False, False)
    type_note(qtbot, page, "Checked the label")
    assert (undo.text(), undo.isEnabled()) == ("Undo add note", True)
    page.notes.undo()
    assert (undo.text(), undo.isEnabled()) == ("Undo", False)
    assert (redo.text(), redo.isEnabled()) == ("Redo add note", True)


def test_editing_a_note_starts_at_its_end_with_nothing_selected(qtbot):
    from wi_desktop.ui.dialogs.edit_note import EditNoteDialog

    dialog = EditNoteDialog("Lifted with bent knees")
    qtbot.addWidget(dialog)
    cursor = dialog.editor.textCursor()
    assert not cursor.hasSelection()
    assert cursor.position() == len("Lifted with bent knees")
    qtbot.keyClicks(dialog.editor, ", twice")
    assert dialog.text() == "Lifted with bent knees, twice"


def _note(session_id, index):
    from wi_desktop.core.model import Note

    return Note(id=0, session_id=session_id, created_ms=index, elapsed_ms=index, text=f"n{index}")


def test_notes_model_passes_qt_model_checks(qtmodeltester, service, session_id):
    from wi_desktop.ui.notes_model import NotesModel

    model = NotesModel()
    notes = [service.notes.add_note(session_id, f"note {i}", competency_key="technical",
                              polarity=Polarity.STRENGTH).note for i in range(5)]
    model.set_notes(notes)
    model.remove_note(notes[2].id)
    assert model.evidence_counts() == {"technical": (4, 4, 0)}
    qtmodeltester.check(model)


def test_pasting_a_megabyte_opens_a_roomy_box_and_commits_it_exactly(qtbot, page, service,
                                                                      session_id, monkeypatch):
    import time

    from PySide6.QtWidgets import QDialog

    from wi_desktop.ui.dialogs.edit_note import EditNoteDialog

    line = "Ünïcödé עברית مرحبا 漢字 🙂 a\u0301\u200b text\n"
    pasted = (line * (1_000_000 // len(line)))[:1_000_000]
    QApplication.clipboard().setText(pasted)
    shown = []

    def accept(dialog: EditNoteDialog) -> int:
        shown.append(dialog.windowTitle())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EditNoteDialog, "exec", accept)
    qtbot.keyClicks(page.notes.entry, "Before: ")
    started = time.perf_counter()
    qtbot.keyClick(page.notes.entry, Qt.Key.Key_V, CTRL)
    took = time.perf_counter() - started
    assert shown == ["New note"]
    stored = service.notes.notes(session_id)[0].text
    assert stored == ("Before: " + pasted).strip()
    assert page.notes.entry.text() == ""  # the one-line box never held the megabyte
    assert took < 3.0  # once, for a megabyte; typing stays instant afterwards
    started = time.perf_counter()
    qtbot.keyClicks(page.notes.entry, "next note")
    assert time.perf_counter() - started < 0.5


def test_a_finalised_record_is_read_only_on_every_tab(qtbot, page, service, session_id):
    from PySide6.QtWidgets import QLineEdit

    record = page.context.services
    page.context.apply(lambda: record.finalising.finalise(
        session_id, acknowledged=record.finalising.finalise_warnings(session_id)))
    assert page.notes.entry.isReadOnly()
    assert all(edit.isReadOnly() for edit in page.pay.findChildren(QLineEdit))
    assert not page.agreements.accepted.button.isEnabled()
    assert page.agreements.briefing_button.isEnabled()  # reading the briefing is still fine
    page.context.apply(
        lambda: record.finalising.amend(session_id, amended_by="Pat Kim", reason="Wrong rate"))
    assert not page.notes.entry.isReadOnly()
    assert page.agreements.accepted.button.isEnabled()


def test_big_clock_follows_the_running_task_while_another_is_selected(qtbot, page, clock):
    entry = page.notes.entry
    qtbot.keyClick(entry, Qt.Key.Key_Space, CTRL)  # start "Pick an order"
    clock.advance(42)
    qtbot.keyClick(entry, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    page.tick()
    assert page.timers.current_title.text() == "Running: Pick an order"
    assert page.timers.current_time.text().startswith("0:42")
    assert page.timers.toggle_button.text() == "▶ Switch to this task"


def test_tag_buttons_keep_their_names_cut_short_when_the_window_is_narrow(qtbot, page):
    tags = page.notes.tags
    names = [b.text() for b in tags._labels]
    assert "1 Technical" in names and "+ Strength" in names
    tags.resize(520, tags.height())
    for button, (full, short) in tags._labels.items():
        shown = button.text()
        assert shown == full or (shown.endswith("…") and len(shown) > len(short) + 1), shown
        assert shown.startswith(short)  # the hotkey number (or mark) stays first
    assert any(b.text().endswith("…") for b in tags._labels)
    tags.resize(200, tags.height())  # no room for any name: the keys and marks remain
    assert sorted(b.text() for b in tags._labels) == sorted(
        ["+", "−", "1", "2", "3", "4", "5", "6"])
    assert all(b.toolTip() for b in tags._labels)  # the names stay in the tooltips
    tags.resize(1200, tags.height())
    assert [b.text() for b in tags._labels] == names


def test_the_older_notes_of_a_long_session_count_as_evidence_once_they_arrive(
        qtbot, service, session_id):
    from dataclasses import replace

    from wi_desktop.core.model import Polarity

    service.notes.import_notes(session_id, [
        replace(_note(session_id, i), competency_key="technical", polarity=Polarity.STRENGTH)
        for i in range(1000)])
    page = WorkspacePage(SessionContext(service, session_id))
    qtbot.addWidget(page)
    page.show()
    label = page.rubric.scales["technical"].evidence_label
    qtbot.waitUntil(lambda: label.text() == "1000 notes · 1000+", timeout=5000)
    page.tabs.setCurrentWidget(page.scoring)
    assert "1000 evidence notes" in page.scoring.scales["technical"].name_label.text()


def test_a_broken_character_from_a_paste_is_kept_marked_and_said(qtbot, page, service,
                                                                session_id):
    told: list[str] = []
    page.context.sig_told.connect(told.append)
    page.notes.commit_text("Great work \ud83d here")  # half of an emoji
    [note] = service.notes.notes(session_id)
    assert note.text == "Great work \ufffd here"  # nothing else lost
    assert told and "broken character" in told[-1]


def test_number_keys_score_the_focused_competency_and_0_is_not_observed(qtbot, page, service,
                                                                        session_id):
    scale = page.rubric.scales["communication"]
    qtbot.keyClick(page.notes.entry, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert scale.slider.hasFocus()
    qtbot.keyClick(scale.slider, Qt.Key.Key_4)
    assert service.sessions.workspace(session_id).scores["communication"].level == 4
    assert scale.level_label.text() == "<b>4</b> of 5"
    qtbot.keyClick(scale.slider, Qt.Key.Key_1)
    assert service.sessions.workspace(session_id).scores["communication"].level == 1
    qtbot.keyClick(scale.slider, Qt.Key.Key_0)
    assert service.sessions.workspace(session_id).scores["communication"].level is None
    assert scale.not_observed.isChecked()
    qtbot.keyClick(scale.slider, Qt.Key.Key_9)  # no such level: nothing changes
    assert service.sessions.workspace(session_id).scores["communication"].level is None
    scale.not_observed.setFocus()  # the keys work from the switch beside it too
    qtbot.keyClick(scale.not_observed, Qt.Key.Key_5)
    assert service.sessions.workspace(session_id).scores["communication"].level == 5


def test_arrows_from_not_observed_go_to_the_ends_of_the_scale(qtbot, page, service,
                                                              session_id):
    scale = page.rubric.scales["communication"]
    scale.slider.setFocus()
    qtbot.keyClick(scale.slider, Qt.Key.Key_Right)
    assert service.sessions.workspace(session_id).scores["communication"].level == 1
    qtbot.keyClick(scale.slider, Qt.Key.Key_Right)
    assert service.sessions.workspace(session_id).scores["communication"].level == 2
    qtbot.keyClick(scale.slider, Qt.Key.Key_0)
    qtbot.keyClick(scale.slider, Qt.Key.Key_Left)
    assert service.sessions.workspace(session_id).scores["communication"].level == 5
