"""Search every session through the window: Ctrl+Shift+F, words typed, the matches grouped
by session with the words in bold; Enter opens the session with that note selected. And ↑
from the note line goes to the newest note, Esc comes back."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wi_desktop.core.demo import create_demo_session
from wi_desktop.ui.mainwindow import MainWindow
from wi_desktop.ui.search_window import NOTE_ROLE, SearchDialog, shown_with_words


def window_with_notes(qtbot, service, new_session):
    demo = create_demo_session(service)
    other = service.sessions.create_session(replace(new_session, candidate_name="Zoë Brontë"))
    service.sessions.start_task(other, service.sessions.workspace(other).tasks[0].id)
    note = service.notes.add_note(other, "Drove the forklift carefully, élan and all").note
    window = MainWindow(service)
    window.unattended = True  # closed by the test: no question about the running task
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(window.session_list.table.hasFocus)
    return window, demo, other, note


def test_ctrl_shift_f_finds_as_you_type_and_enter_opens_the_note(qtbot, service, new_session):
    window, _demo, other, note = window_with_notes(qtbot, service, new_session)
    qtbot.keyClick(window.session_list.table, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.search_dialog
    assert isinstance(dialog, SearchDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.query, "FORKL elan")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=3000)
    session_item = dialog.model.item(0)
    assert session_item.text().startswith("Zoë Brontë")
    assert session_item.rowCount() == 1
    assert "forklift" in session_item.child(0).text()
    task = service.sessions.workspace(other).tasks[0].title
    assert f"  ·  {task}" in session_item.child(0).text()  # the task it was filed under
    assert "1 note in 1 session." in dialog.status.text()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)  # ↓: into the results
    assert dialog.results.hasFocus()
    dialog.results.setCurrentIndex(session_item.child(0).index())
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    page = window.workspace
    assert page is not None and page.context.session_id == other
    assert page.notes.selected_note().id == note.id
    assert page.tabs.currentIndex() == 0


def test_filters_and_a_word_found_nowhere_say_so(qtbot, service, new_session):
    window, _demo, _other, _note = window_with_notes(qtbot, service, new_session)
    dialog = SearchDialog(service, window)
    qtbot.addWidget(dialog)
    dialog.query.setText("forklift")
    dialog.search()
    assert dialog.model.rowCount() == 1
    dialog.mark.setCurrentIndex(dialog.mark.findData(-1))  # concerns only
    dialog.search()
    assert dialog.model.rowCount() == 0 and dialog.status.text() == "Nothing found."
    dialog.mark.setCurrentIndex(0)
    dialog.query.setText("zoe")  # a session found by its candidate's name
    dialog.search()
    assert dialog.model.item(0).data(NOTE_ROLE)[1] == 0


def test_the_words_are_shown_in_bold_where_they_were_typed_and_typed_text_stays_text():
    shown = shown_with_words("Élan <b>& ÉLAN", ("elan",))
    assert shown == "<b>Élan</b> &lt;b&gt;&amp; <b>ÉLAN</b>"


def test_up_from_the_note_line_goes_to_the_newest_note_and_esc_comes_back(qtbot, service,
                                                                         new_session):
    window, demo, _other, _note = window_with_notes(qtbot, service, new_session)
    window.open_session(demo)
    page = window.workspace
    page.focus_note_line()
    entry, view = page.notes.entry, page.notes.view
    QApplication.processEvents()
    qtbot.keyClick(entry, Qt.Key.Key_Up)
    newest = page.notes.model.rowCount() - 1
    assert view.hasFocus() and view.currentIndex().row() == newest
    assert page.notes.selected_note() == page.notes.model.note_at(newest)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert entry.hasFocus()


def test_finalise_moved_to_ctrl_shift_e_so_ctrl_shift_f_searches_in_a_session(qtbot, service,
                                                                             new_session):
    window, demo, _other, _note = window_with_notes(qtbot, service, new_session)
    window.open_session(demo)
    finalise = window.workspace.actions_by_name["finalise"]
    assert [k.toString() for k in finalise.shortcuts()] == ["Ctrl+Shift+E"]
    qtbot.keyClick(window.workspace.notes.entry, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.search_dialog is not None and window.search_dialog.isVisible()
