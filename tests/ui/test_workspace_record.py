"""The workspace's record commands: end the session, finalise, go back to what to fix,
reopen to amend. The dialogs are answered as an observer would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from wi_desktop.core.model import TaskState
from wi_desktop.ui.dialogs import amend, finalise


def start_first_task(page, service, session_id):
    task = service.sessions.workspace(session_id).tasks[0]
    page.context.apply(lambda: service.sessions.start_task(session_id, task.id))
    return task


def test_ending_the_session_asks_then_pauses_the_task_and_stops_the_clock(
        qtbot, page, service, session_id, clock, monkeypatch):
    task = start_first_task(page, service, session_id)
    clock.advance(90)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or answers.pop(0))
    page.end_session()  # answered No: nothing changes
    assert service.sessions.workspace(session_id).session.ended_ms is None
    page.end_session()
    workspace = service.sessions.workspace(session_id)
    assert workspace.session.ended_ms == clock.now_ms()
    assert workspace.task(task.id).state is TaskState.PAUSED
    assert "clock stops" in asked[0]
    page.tick()
    shown = page.clock_label.text()
    clock.advance(600)
    page.tick()
    assert page.clock_label.text() == shown == "1:30"
    page.end_session()  # already ended: not asked again
    assert len(asked) == 2


def finalise_answering(monkeypatch, choose=None, sign_off=False):
    """FinaliseDialog.exec as an observer: go back to CHOOSE, or finalise after review."""

    def run(dialog):
        if sign_off:  # every warning reviewed, then Finalise, as the dialog does it
            dialog.reviewed.setChecked(True)
            dialog.finalise()
            return QDialog.DialogCode.Accepted
        dialog.chosen_competency = choose
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(finalise.FinaliseDialog, "exec", run)


def test_finalise_can_send_the_observer_back_to_what_needs_work(qtbot, page, monkeypatch):
    finalise_answering(monkeypatch, choose="@pay")
    page.finalise()
    assert page.tabs.currentWidget() is page.pay
    finalise_answering(monkeypatch, choose="@agreements")
    page.finalise()
    assert page.tabs.currentWidget() is page.agreements
    finalise_answering(monkeypatch, choose="problem_solving")
    page.finalise()
    assert page.tabs.currentWidget() is page.scoring
    assert page.scoring.selected_key == "problem_solving"


def test_a_finalised_record_is_read_only_until_reopened_to_amend(
        qtbot, page, service, session_id, monkeypatch):
    qtbot.keyClicks(page.notes.entry, "Checked the label twice")
    qtbot.keyClick(page.notes.entry, Qt.Key.Key_Return)
    finalise_answering(monkeypatch, sign_off=True)
    page.finalise()
    assert page.notes.entry.isReadOnly()
    assert not page.actions_by_name["finalise"].isEnabled()
    assert page.actions_by_name["amend"].isEnabled()

    def amend_as_observer(dialog):  # who and why typed, then Amend, as the dialog does it
        dialog.who.setText("Pat Kim")
        dialog.reason.setPlainText("Pay date was wrong")
        dialog.amend()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(amend.AmendDialog, "exec", amend_as_observer)
    page.amend()
    assert not page.notes.entry.isReadOnly()
    assert page.actions_by_name["finalise"].isEnabled()
    assert not page.actions_by_name["amend"].isEnabled()
    assert [a.reason for a in page.context.services.finalising.amendments(session_id)] == [
        "Pay date was wrong"]


def test_a_stamp_taken_back_shows_its_note_in_the_list_at_once(qtbot, page, monkeypatch):
    from wi_desktop.ui import agreements_panel

    monkeypatch.setattr(agreements_panel, "confirm_take_back", lambda parent, what: True)
    page.agreements.accepted.button.click()
    page.agreements.consent.button.click()
    before = page.notes.model.rowCount()
    page.agreements.consent.take_back.click()
    assert page.notes.model.rowCount() == before + 1
    assert "consent to notes" in page.notes.model.note_at(before).text
    assert page.notes.count_label.text() == f"{before + 1} note" + ("" if before == 0 else "s")
