"""Search every session through the window: Ctrl+Shift+F, words typed, the matches grouped
by session with the words in bold; Enter opens the session with that note selected. And ↑
from the note line goes to the newest note, Esc comes back."""

from __future__ import annotations

from dataclasses import replace

import pytest
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


def test_an_early_note_of_a_long_session_is_opened_in_sight(qtbot, service, new_session):
    """Enter on a note found among a long session's first: the session opens with that
    note selected and scrolled into view, not the newest notes."""
    session = service.sessions.create_session(replace(new_session, candidate_name="Li Wei"))
    service.sessions.start_task(session, service.sessions.workspace(session).tasks[0].id)
    for n in range(90):
        text = "Checked the torque wrench setting" if n == 2 else f"Routine step {n}"
        service.notes.add_note(session, text)
    window = MainWindow(service)
    window.unattended = True  # closed by the test: no question about the running task
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(window.session_list.table.hasFocus)
    qtbot.keyClick(window.session_list.table, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.search_dialog
    dialog.query.setText("torque")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=3000)
    dialog.results.setCurrentIndex(dialog.model.item(0).child(0).index())
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    view = window.workspace.notes.view
    qtbot.wait(50)  # the list's own scrolling once shown has run
    index = view.selectionModel().selectedRows()[0]
    assert "torque" in window.workspace.notes.selected_note().text
    assert view.viewport().rect().intersects(view.visualRect(index))


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


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_the_search_window_fits_a_1024_pixel_screen_in_each_language(qtbot, service,
                                                                     language):
    from contextlib import nullcontext

    from ..languages.test_languages import speaking

    with nullcontext() if language == "en" else speaking(service, language):
        dialog = SearchDialog(service)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.minimumSizeHint().width() <= 952  # 1024 less a desktop's frame


def test_the_count_says_which_sessions_were_found_by_their_own_words(qtbot, service,
                                                                     new_session):
    window, _demo, _other, _note = window_with_notes(qtbot, service, new_session)
    dialog = SearchDialog(service, window)
    qtbot.addWidget(dialog)
    said = {}
    for query in ("bronte", "forklift", '"'):
        dialog.query.setText(query)
        dialog.search()
        said[query] = dialog.status.text()
    assert said["bronte"] == "1 session whose name, role, feedback or answers hold the words."
    assert said["forklift"] == "1 note in 1 session."
    assert said['"'] == "Nothing found."  # typed, but no word in it
