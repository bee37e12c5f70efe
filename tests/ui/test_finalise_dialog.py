"""Finalising: the warnings are seen and acknowledged, then the record is closed for good."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from wi_desktop.core.errors import InvalidTransition
from wi_desktop.core.rubric import Recommendation
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.dialogs.finalise import FinaliseDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def context(service, session_id):
    # technical is scored without evidence; communication is scored and backed by a note
    service.scoring.set_score(session_id, "technical", 4)
    service.scoring.set_score(session_id, "communication", 3)
    service.notes.add_note(session_id, "Explained the route clearly",
                           competency_key="communication")
    return SessionContext(service, session_id)


def open_dialog(qtbot, context):
    dialog = FinaliseDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def listed(dialog):
    items = [dialog.warning_list.item(row) for row in range(dialog.warning_list.count())]
    return [item.text() for item in items]


def tick(qtbot, checkbox):
    qtbot.mouseClick(checkbox, LEFT, pos=QPoint(8, checkbox.height() // 2))  # on the box


def is_finalised(context):
    return context.services.finalising.finalised_ms(context.session_id) is not None


def score_everything_with_evidence(service, session_id):
    for competency in service.sessions.workspace(session_id).competencies:
        service.scoring.set_score(session_id, competency.key, 3)
        service.notes.add_note(session_id, f"Seen: {competency.name}",
                               competency_key=competency.key)


def test_both_kinds_of_warning_are_listed_with_competency_names(qtbot, context):
    dialog = open_dialog(qtbot, context)
    texts = listed(dialog)
    assert any("Technical skills" in t and "no note backs it up" in t for t in texts)
    for unscored in ("Problem solving", "Work ethic & attitude", "Learning agility",
                     "Team fit"):
        assert any(t.startswith(f"{unscored} has no score") for t in texts)
    assert not any("Communication" in t for t in texts)
    assert any("No decision" in t for t in texts)
    assert "Composite:" in dialog.summary_label.text()
    assert "3.50 of 5" in dialog.summary_label.text()
    assert "can no longer be changed" in dialog.explanation.text()
    assert "Signing comes next" in dialog.explanation.text()


def test_finalise_anyway_waits_for_the_review_box(qtbot, context):
    dialog = open_dialog(qtbot, context)
    button = dialog.finalise_button
    assert button.text() == "&Finalise anyway"
    assert not button.isEnabled()
    tick(qtbot, dialog.reviewed)
    assert button.isEnabled()
    tick(qtbot, dialog.reviewed)
    assert not button.isEnabled()


def test_enter_goes_back_rather_than_finalising(qtbot, context):
    dialog = open_dialog(qtbot, context)
    dialog.reviewed.setChecked(True)
    qtbot.keyClick(dialog.warning_list, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not is_finalised(context)


def test_finalising_closes_the_record(qtbot, context, clock):
    record, session_id = context.services, context.session_id
    record.scoring.set_recommendation(session_id, Recommendation.YES)
    dialog = open_dialog(qtbot, context)
    clock.advance(30)
    tick(qtbot, dialog.reviewed)
    with qtbot.waitSignal(context.sig_changed):
        qtbot.mouseClick(dialog.finalise_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.finalised_ms == clock.now_ms()
    assert is_finalised(context)
    # still computable afterwards: 5 about the rubric, 2 tasks never started, the briefing,
    # 2 agreements and the work product, 2 about pay (finalising ended the session)
    assert len(record.finalising.finalise_warnings(session_id)) == 13
    assert record.scoring.recommendation(session_id) is Recommendation.YES
    with pytest.raises(InvalidTransition):
        record.scoring.set_recommendation(session_id, Recommendation.NO)


def test_go_back_does_not_finalise_and_names_the_chosen_competency(qtbot, context):
    dialog = open_dialog(qtbot, context)
    row = next(r for r, text in enumerate(listed(dialog)) if text.startswith("Team fit"))
    dialog.warning_list.setCurrentRow(row)
    qtbot.mouseClick(dialog.back_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.chosen_competency == "team_fit"
    assert dialog.finalised_ms is None
    assert not is_finalised(context)
    context.services.scoring.set_recommendation(context.session_id,
                                                Recommendation.NO)  # still writable


def complete_the_record(record, session_id) -> None:
    from wi_desktop.core.pay import WorkProduct

    record.pay.update_pay(session_id, {"paid": True, "hourly_rate_cents": 2000,
                                   "worker_status": "employee",
                                   "candidate_address": "12 Dock Road, Springfield",
                                   "occupation": "Warehouse associate",
                                   "payment_date": "2026-12-07"}, changed_by="Pat Kim")
    for task in record.sessions.workspace(session_id).tasks:
        record.sessions.start_task(session_id, task.id)
        record.sessions.finish_task(session_id, task.id)
    # the last task done ended the session
    assert record.sessions.summary(session_id).ended_ms is not None
    record.agreements.record_now(session_id, "briefing_acknowledged_ms")
    record.agreements.record_now(session_id, "confidentiality_accepted_ms")
    record.agreements.record_now(session_id, "consent_given_ms")
    record.agreements.update_agreements(session_id, work_product=WorkProduct.RETURNED)


def test_no_warnings_means_a_plain_finalise(qtbot, service, session_id):
    score_everything_with_evidence(service, session_id)
    context = SessionContext(service, session_id)
    complete_the_record(context.services, session_id)
    context.services.scoring.set_recommendation(session_id, Recommendation.STRONG_YES)
    dialog = open_dialog(qtbot, context)
    assert listed(dialog) == []
    assert dialog.finalise_button.text() == "&Finalise"
    assert dialog.finalise_button.isEnabled()
    assert not dialog.reviewed.isVisible()
    assert "Every competency is scored" in dialog.summary_label.text()
    qtbot.mouseClick(dialog.finalise_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert is_finalised(context)


def test_record_gaps_are_listed_and_lead_to_their_tab(qtbot, context):
    dialog = open_dialog(qtbot, context)
    texts = listed(dialog)
    assert "Pay is not decided: is this time paid or unpaid?" in texts
    assert "Consent to notes has not been recorded." in texts
    row = texts.index("Consent to notes has not been recorded.")
    dialog.warning_list.setCurrentRow(row)
    qtbot.mouseClick(dialog.back_button, LEFT)
    assert dialog.chosen_competency == "@agreements"


def test_a_warning_that_appeared_meanwhile_stops_finalising(qtbot, context, service):
    dialog = open_dialog(qtbot, context)
    dialog.reviewed.setChecked(True)
    # while the dialog is open, another change removes communication's only evidence
    note = service.notes.notes(context.session_id)[0]
    context.services.scoring.link_evidence(context.session_id, "communication", [note.id], False)
    qtbot.mouseClick(dialog.finalise_button, LEFT)
    assert not is_finalised(context)
    assert dialog.error_label.isVisible()
    assert "Communication & collaboration" in dialog.error_label.text()
    assert any(t.startswith("Communication & collaboration") for t in listed(dialog))
    assert not dialog.reviewed.isChecked() and not dialog.finalise_button.isEnabled()


def test_an_already_finalised_record_cannot_be_finalised_again(qtbot, context):
    record, session_id = context.services, context.session_id
    record.finalising.finalise(session_id,
                               acknowledged=record.finalising.finalise_warnings(session_id))
    dialog = open_dialog(qtbot, context)
    assert "was finalised" in dialog.summary_label.text()
    assert not dialog.finalise_button.isEnabled()
    assert not dialog.reviewed.isVisible()


def test_paused_tasks_can_be_marked_done_at_their_last_pause_from_the_checklist(
        qtbot, context, clock):
    services, sid = context.services, context.session_id
    first = context.workspace.tasks[0]
    context.apply(lambda: services.sessions.start_task(sid, first.id))
    clock.advance(60)
    context.apply(lambda: services.sessions.pause_task(sid, first.id))
    paused_at = clock.now_ms()
    clock.advance(300)
    dialog = open_dialog(qtbot, context)
    assert any("is paused, not finished" in text for text in listed(dialog))
    assert dialog.done_paused_button.isVisible()
    qtbot.mouseClick(dialog.done_paused_button, LEFT)
    assert not any("is paused" in text for text in listed(dialog))  # the list is redone
    assert not dialog.done_paused_button.isVisible()
    done = services.sessions.workspace(sid).task(first.id)
    assert done.completed_ms == paused_at
