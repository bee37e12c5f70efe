"""A first session driven by the keyboard as the README teaches, in the real main window:
the keys do what they say, on the tab the observer sees."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wi_desktop.core.model import PlannedTask, TaskState
from wi_desktop.ui.mainwindow import MainWindow

CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)


@pytest.fixture
def window(qtbot, service, new_session):
    plan = (PlannedTask("Pick an order", 10), PlannedTask("Pack and label", 5),
            PlannedTask("Load the van", 5))
    session_id = service.sessions.create_session(replace(new_session, tasks=plan))
    window = MainWindow(service)
    window.unattended = True  # closed by the test: nobody to ask about a running task
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    window.open_session(session_id)
    qtbot.waitUntil(lambda: window.workspace is not None
                    and window.workspace.notes.entry.hasFocus())
    return window


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.mark.parametrize("tab_key", [Qt.Key.Key_F6, Qt.Key.Key_F7, Qt.Key.Key_F8])
def test_esc_from_another_tab_brings_the_note_line_forward(qtbot, window, service, tab_key):
    page = window.workspace
    qtbot.keyClick(focused(), tab_key)
    assert page.tabs.currentIndex() != 0
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert page.tabs.currentIndex() == 0  # the Observe tab is in front again
    entry = page.notes.entry
    assert entry.hasFocus() and entry.isVisible()
    qtbot.keyClicks(focused(), "Left the pallet area tidy")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert [n.text for n in service.notes.notes(page.context.session_id)] == [
        "Left the pallet area tidy"]
    assert page.notes.model.rowCount() == 1  # and the observer saw it land


def test_finishing_a_task_leaves_the_selection_where_the_observer_sees_it(qtbot, window):
    page = window.workspace
    timers = page.timers
    qtbot.keyClick(focused(), Qt.Key.Key_Space, CTRL)  # start "Pick an order"
    assert page.context.workspace.running_task().title == "Pick an order"
    qtbot.keyClick(focused(), Qt.Key.Key_Space, CTRL | SHIFT)  # finish it
    assert timers.selected_task().title == "Pick an order"  # nothing moved by itself
    assert timers.selected_task().state is TaskState.DONE
    qtbot.keyClick(focused(), Qt.Key.Key_Down, ALT)  # the README's next step
    assert timers.selected_task().title == "Pack and label"
    qtbot.keyClick(focused(), Qt.Key.Key_Space, CTRL)
    assert page.context.workspace.running_task().title == "Pack and label"


def test_a_selection_alone_never_changes_the_running_task(qtbot, window):
    page = window.workspace
    qtbot.keyClick(focused(), Qt.Key.Key_Space, CTRL)
    for _ in range(2):
        qtbot.keyClick(focused(), Qt.Key.Key_Down, ALT)
    assert page.timers.selected_task().title == "Load the van"
    assert page.context.workspace.running_task().title == "Pick an order"
    assert page.timers.toggle_button.text() == "▶ Switch to this task"


def test_the_note_line_says_which_task_a_note_goes_to(qtbot, window, service):
    page = window.workspace
    label = page.notes.filing_label
    assert "No task is running" in label.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Space, CTRL)
    assert "Pick an order" in label.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Down, ALT)  # selecting another changes nothing
    assert "Pick an order" in label.text()
    qtbot.keyClicks(focused(), "Scanned every label")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    [note] = service.notes.notes(page.context.session_id)
    assert page.context.workspace.task(note.task_id).title == "Pick an order"


@pytest.mark.parametrize("width", [1024, 1366])
def test_task_buttons_show_their_whole_text(qtbot, window, width):
    window.resize(width, 600)
    page = window.workspace
    qtbot.keyClick(focused(), Qt.Key.Key_Space, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_Down, ALT)
    QApplication.processEvents()
    for button in (page.timers.toggle_button, page.timers.finish_button):
        needed = button.fontMetrics().horizontalAdvance(button.text())
        assert needed <= button.contentsRect().width(), (button.text(), width)


def test_a_finalised_record_looks_final_on_every_tab_and_the_status_bar_stays_calm(
        qtbot, window, service):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QScrollBar,
        QTabBar,
        QTextEdit,
    )

    page = window.workspace
    sid = page.context.session_id
    finalising = service.finalising
    page.context.apply(lambda: finalising.finalise(
        sid, acknowledged=finalising.finalise_warnings(sid)))
    assert page.final_banner.isVisible() and "Amend" in page.final_banner.text()
    allowed = {page.back_button, page.agreements.briefing_button,  # reading stays possible
               page.scoring.evidence.filter_edit}  # so does finding a note
    live = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = page.tabs.widget(index)
        controls = [w for kind in (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox)
                    for w in tab.findChildren(kind)]
        for widget in controls:
            if (widget in allowed or isinstance(widget.parent(), QTabBar)
                    or isinstance(widget, QScrollBar) or not widget.isVisibleTo(tab)):
                continue
            if widget.isEnabled():
                live.append((index, type(widget).__name__, widget.text()
                             if isinstance(widget, QAbstractButton) else ""))
        edits = [w for kind in (QLineEdit, QPlainTextEdit, QTextEdit)
                 for w in tab.findChildren(kind)]
        for edit in edits:
            if (edit in allowed or edit.isReadOnly() or not edit.isVisibleTo(tab)
                    or isinstance(edit.parent(), (QComboBox, QAbstractSpinBox))):
                continue
            if edit.isEnabled():
                live.append((index, type(edit).__name__, edit.objectName()))
    assert live == []
    red = "#b3261e"
    page.context.apply(lambda: service.scoring.set_score(sid, "technical", 4))  # refused
    assert "finalised" in window.saved_label.text()
    assert red not in window.saved_label.styleSheet()  # said plainly: nothing failed
    assert window.saved_label.text().count("finalised") == 1  # said once


def test_the_status_bar_says_what_undo_and_redo_did(qtbot, window, service):
    page = window.workspace
    qtbot.keyClicks(focused(), "Swept the floor")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    page.notes.view.setFocus()
    page.notes.view.selectRow(0)
    page.notes.delete_selected()
    assert window.statusBar().currentMessage() == "Note deleted. Ctrl+Z brings it back."
    page.notes.undo()
    assert window.statusBar().currentMessage().startswith("Undone: delete note")
    page.notes.redo()
    assert window.statusBar().currentMessage() == "Redone: delete note."


@pytest.mark.asks_before_work
@pytest.mark.parametrize(("answer", "started", "stamped"),
                         [("record", True, True), ("start", True, False), (None, False, False)])
def test_the_first_task_asks_for_briefing_agreement_and_consent_first(
        qtbot, window, service, clock, monkeypatch, answer, started, stamped):
    from wi_desktop.ui import timer_panel

    page = window.workspace
    sid = page.context.session_id
    asked = []

    def ask(parent, missing):
        asked.append(missing)
        return answer

    monkeypatch.setattr(timer_panel, "ask_before_work", ask)
    clock.advance(90)
    qtbot.keyClick(focused(), Qt.Key.Key_Space, CTRL)
    assert asked == [["briefing_acknowledged_ms", "confidentiality_accepted_ms",
                      "consent_given_ms"]]
    agreements = service.agreements.agreements(sid)
    running = page.context.workspace.running_task()
    assert (running is not None) is started
    if stamped:  # stamped with the real time, before the first timer
        for stamp in (agreements.briefing_acknowledged_ms, agreements.consent_given_ms,
                      agreements.confidentiality_accepted_ms):
            assert stamp == clock.now_ms() <= running.spans[0].started_ms
        assert page.agreements.consent.label.text().startswith("✔")  # shown at once
    else:
        assert agreements.consent_given_ms is None
    qtbot.keyClick(focused(), Qt.Key.Key_Down, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Space, CTRL)  # asked only before the first task
    assert len(asked) == (1 if started else 2)


@pytest.mark.asks_before_work
def test_nothing_is_asked_when_the_candidate_agreed_beforehand(qtbot, window, service,
                                                               monkeypatch):
    from wi_desktop.ui import timer_panel

    sid = window.workspace.context.session_id
    window.workspace.context.apply(lambda: service.agreements.record_all_now(
        sid, service.agreements.missing_before_work(sid)))
    monkeypatch.setattr(timer_panel, "ask_before_work",
                        lambda *a: pytest.fail("asked although all was agreed"))
    qtbot.keyClick(focused(), Qt.Key.Key_Space, CTRL)
    assert window.workspace.context.workspace.running_task() is not None


def test_a_refusal_never_hides_a_write_that_failed(qtbot, window):
    from wi_desktop.core.errors import DiskFullError, FinalisedError

    window.show_failure(DiskFullError("The disk is full."))
    red = window.saved_label.styleSheet()
    window.show_failure(FinalisedError())
    assert window.saved_label.styleSheet() == red  # still red: nothing has been saved since
    assert "finalised" in window.statusBar().currentMessage()


def test_a_splitter_setting_from_elsewhere_is_ignored(qtbot, service, session_id):
    from wi_desktop.ui.context import SessionContext
    from wi_desktop.ui.workspace import SPLITTER_KEY, WorkspacePage

    for bad in ("99999999999,1,1", "²,1,1", "1,2", "a,b,c"):
        service.sessions.remember(SPLITTER_KEY, bad)
        page = WorkspacePage(SessionContext(service, session_id))  # opens all the same
        qtbot.addWidget(page)
        assert len(page.splitter.sizes()) == 3


@pytest.mark.parametrize(("answer", "done", "ended"),
                         [(True, True, True), (False, True, False), (None, False, False)])
def test_finishing_the_last_task_asks_whether_the_session_ends(
        qtbot, window, service, monkeypatch, answer, done, ended):
    from wi_desktop.ui import timer_panel

    page = window.workspace
    sid = page.context.session_id
    for task in page.context.workspace.tasks[:2]:  # the first two are done already
        page.context.apply(lambda t=task: service.sessions.start_task(sid, t.id))
        page.context.apply(lambda t=task: service.sessions.finish_task(sid, t.id))
    last = page.context.workspace.tasks[2]
    page.context.apply(lambda: service.sessions.start_task(sid, last.id))
    page.timers.select_task(last.id)
    asked = []
    monkeypatch.setattr(timer_panel, "ask_end_with_last_task",
                        lambda parent, title: (asked.append(title), answer)[1])
    qtbot.keyClick(focused(), Qt.Key.Key_Space, CTRL | SHIFT)
    assert asked == ["Load the van"]
    workspace = service.sessions.workspace(sid)
    assert (workspace.task(last.id).state is TaskState.DONE) is done
    assert (workspace.session.ended_ms is not None) is ended


@pytest.mark.asks_before_work
@pytest.mark.parametrize(("button", "expected"), [
    ("Yes: record it now and start", "record"), ("Start without", "start"), ("Cancel", None)])
def test_the_question_before_the_work_reads_its_buttons(qtbot, monkeypatch, button, expected):
    from PySide6.QtWidgets import QMessageBox

    from wi_desktop.ui import timer_panel

    def press(box):
        assert "consented to notes being taken" in box.text()
        assert box.defaultButton().text() == "Yes: record it now and start"
        next(b for b in box.buttons() if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press)
    assert timer_panel.ask_before_work(None, ["consent_given_ms"]) == expected


def test_a_stamp_after_the_work_began_is_entered_as_a_past_time(qtbot, window, service,
                                                                clock, monkeypatch):
    from wi_desktop.ui.dialogs import past_stamp

    page = window.workspace
    sid = page.context.session_id
    qtbot.keyClick(focused(), Qt.Key.Key_Space, CTRL)  # the work begins (without asking)
    clock.advance(60)
    given = clock.now_ms() - 5_000  # consent was given a moment ago, entered 10 min later
    clock.advance(600)
    asked = []

    def answer(parent, what, earliest, now, observer):
        asked.append((what, now, observer))
        return given, "Pat Kim"

    monkeypatch.setattr(past_stamp, "ask_past_stamp", answer)
    page.tabs.setCurrentWidget(page.agreements)
    page.agreements.consent.button.click()
    assert asked == [("the candidate's consent to notes", clock.now_ms(), "Pat Kim")]
    agreements = service.agreements.agreements(sid)
    assert agreements.consent_given_ms == given
    assert agreements.entered_later("consent_given_ms") == ("Pat Kim", clock.now_ms())
