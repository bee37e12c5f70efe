"""Agreements, briefing, debrief and feedback over a real data file and a fake clock;
the briefing dialog's HTML and its PDF."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QLabel

from wi_desktop import files
from wi_desktop.core.errors import FileWriteError
from wi_desktop.core.model import NewSession, PlannedTask
from wi_desktop.core.pay import WorkProduct
from wi_desktop.core.templates import load_shipped_templates
from wi_desktop.ui.agreements_panel import FEEDBACK_SAVE_MS, AgreementsPanel
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.dialogs.briefing import BriefingDialog, briefing_html

AFTERNOON = int(dt.datetime(2026, 11, 25, 14, 5).timestamp() * 1000)


@pytest.fixture
def template():
    return next(t for t in load_shipped_templates() if t.name == "Dental assistant")


@pytest.fixture
def context(service, template, clock):
    clock.set(AFTERNOON)
    sid = service.sessions.create_session(NewSession("Ana Ruiz", "", "Surgery 2", "Dr Chen"),
                                 template=template)
    return SessionContext(service, sid)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def panel(qtbot, context):
    return shown(qtbot, AgreementsPanel(context))


def leave(box, qtbot, panel):
    """Move focus away from BOX, as the observer does when they are done with it."""
    box.setFocus()
    panel.briefing_button.setFocus()
    qtbot.waitUntil(lambda: not box.hasFocus(), timeout=1000)


def test_the_agreement_comes_from_the_template(panel, template):
    agreement = template.agreements.confidentiality
    assert f"version {agreement.version}" in panel.agreement_title.text()
    assert panel.agreement_text.toPlainText() == agreement.text
    assert panel.agreement_text.isReadOnly()
    assert panel.accepted.button.isEnabled()


def test_stamps_show_the_time_from_the_clock(qtbot, panel, context):
    with qtbot.waitSignal(context.sig_changed, timeout=1000):
        panel.accepted.button.click()
    assert panel.accepted.label.text() == "✔ Accepted 25 Nov 2026 14:05"
    assert not panel.accepted.button.isEnabled()
    panel.consent.button.click()
    panel.acknowledged.button.click()
    stored = context.services.agreements.agreements(context.session_id)
    assert stored.confidentiality_accepted_ms == AFTERNOON
    assert stored.consent_given_ms == stored.briefing_acknowledged_ms == AFTERNOON
    assert panel.acknowledged.label.text() == "✔ Acknowledged 25 Nov 2026 14:05"
    again = shown(qtbot, AgreementsPanel(context))
    assert again.consent.label.text() == "✔ Consent given 25 Nov 2026 14:05"


def test_what_happens_to_the_work_persists(qtbot, panel, context):
    panel.work_combo.setCurrentText(WorkProduct.KEPT_PAID.label)
    qtbot.keyClicks(panel.work_note, "The sample tray layout is kept")
    leave(panel.work_note, qtbot, panel)
    stored = context.services.agreements.agreements(context.session_id)
    assert stored.work_product is WorkProduct.KEPT_PAID
    assert stored.work_product_note == "The sample tray layout is kept"


def test_typed_feedback_is_saved_within_a_second_and_comes_back(qtbot, panel, context):
    box = panel.feedback_boxes["strengths"]
    box.setFocus()
    qtbot.keyClicks(box, "Kept the field clear with the suction")
    assert box.hasFocus()  # no focus change: the debounce alone saves it
    qtbot.waitUntil(lambda: context.services.agreements.feedback(context.session_id).strengths
                    == "Kept the field clear with the suction", timeout=FEEDBACK_SAVE_MS + 500)
    again = shown(qtbot, AgreementsPanel(context))
    assert again.feedback_boxes["strengths"].toPlainText() == \
        "Kept the field clear with the suction"


def test_feedback_is_saved_when_leaving_the_box(qtbot, panel, context):
    box = panel.feedback_boxes["next_steps"]
    box.setFocus()
    qtbot.keyClicks(box, "We call you by Friday")
    leave(box, qtbot, panel)
    stored = context.services.agreements.feedback(context.session_id)
    assert stored.next_steps == "We call you by Friday"
    assert not panel._feedback_timer.isActive()


def test_debrief_answers_persist(qtbot, panel, context, template):
    assert len(panel.debrief_boxes) == len(template.debrief_questions)
    box = panel.debrief_boxes[1]
    box.setFocus()
    qtbot.keyClicks(box, "Quarantine the load and tell the dentist")
    leave(box, qtbot, panel)
    answers = context.services.agreements.debrief(context.session_id)
    assert answers[1].answer == "Quarantine the load and tell the dentist"
    assert answers[1].question == template.debrief_questions[1]
    again = shown(qtbot, AgreementsPanel(context))
    assert again.debrief_boxes[1].toPlainText() == "Quarantine the load and tell the dentist"


def test_flush_writes_what_was_typed(qtbot, panel, context):
    qtbot.keyClicks(panel.debrief_boxes[0], "Zones on the tray")
    qtbot.keyClicks(panel.feedback_boxes["growth_areas"], "Typing speed")
    panel.flush()
    assert context.services.agreements.debrief(context.session_id)[0].answer == "Zones on the tray"
    assert context.services.agreements.feedback(context.session_id).growth_areas == "Typing speed"


def test_a_session_without_questions_says_so(qtbot, service, session_id):
    panel = shown(qtbot, AgreementsPanel(SessionContext(service, session_id)))
    texts = [label.text() for label in panel.findChildren(QLabel)]
    assert "No debrief questions in this session's role template." in texts
    # without a template the general agreement text is there to accept
    assert panel.accepted.button.isEnabled()
    assert "general-1.0" in " ".join(texts)


def test_show_briefing_opens_the_dialog(panel, monkeypatch):
    opened = []
    monkeypatch.setattr(BriefingDialog, "exec",
                        lambda dialog: opened.append(dialog.browser.toPlainText()) or 0)
    panel.briefing_button.click()
    assert opened and "1. Set up the surgery for a filling" in opened[0]


# the briefing ---------------------------------------------------------------------
@pytest.fixture
def hostile_context(service):
    tasks = (PlannedTask("<b>Lift</b> & carry", 10, "Use the trolley <i>always</i>\nThen stop."),
             PlannedTask("Count stock", 5, "Count the <script>bins</script> in aisle 3"))
    sid = service.sessions.create_session(NewSession("Jo <Admin>", "Stock & store", "", "Pat Kim",
                                            tasks))
    return SessionContext(service, sid)


def test_briefing_escapes_user_text_and_has_every_instruction(hostile_context):
    markup = briefing_html(hostile_context.workspace)
    assert "<b>Lift</b>" not in markup and "&lt;b&gt;Lift&lt;/b&gt; &amp; carry" in markup
    assert "<script>" not in markup and "Jo &lt;Admin&gt;" in markup
    document = QTextDocument()
    document.setHtml(markup)
    text = document.toPlainText()
    assert "1. <b>Lift</b> & carry — 10 min" in text
    for task in hostile_context.workspace.tasks:
        for line in task.instructions.splitlines():
            assert line in text
    assert "Planned time in all: 15 min" in text


def test_briefing_lists_the_template_tasks_in_order(context, template):
    text = QTextDocument()
    text.setHtml(briefing_html(context.workspace))
    plain = text.toPlainText()
    positions = [plain.index(t.title) for t in template.tasks]
    assert positions == sorted(positions)
    assert all(t.instructions in plain for t in template.tasks)
    assert "Ana Ruiz" in plain and "Wed 25 Nov 2026" in plain


def test_save_as_pdf_writes_a_whole_file_and_no_temp(qtbot, context, tmp_path, monkeypatch):
    dialog = BriefingDialog(context)
    qtbot.addWidget(dialog)
    target = tmp_path / "out"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target / "briefing"), "PDF files (*.pdf)"))
    dialog.pdf_button.click()
    assert [p.name for p in target.iterdir()] == ["briefing.pdf"]  # suffix added, no temp
    data = (target / "briefing.pdf").read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert "Saved to" in dialog.status.text()


def test_save_as_pdf_into_a_missing_folder_says_where(qtbot, context, tmp_path, monkeypatch):
    dialog = BriefingDialog(context)
    qtbot.addWidget(dialog)
    path = tmp_path / "gone" / "briefing.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(path), "PDF files (*.pdf)"))
    assert dialog.save_pdf() is None
    assert str(path) in dialog.status.text()
    assert not path.parent.exists()


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "briefing.pdf"
    path.write_bytes(b"%PDF old")

    def broken_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(FileWriteError, match="the disk is full"):
        files.write_file_atomically(path, b"%PDF new")
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]
    assert path.read_bytes() == b"%PDF old"


def test_a_stamp_pressed_by_mistake_is_taken_back_after_asking(qtbot, panel, context,
                                                               monkeypatch):
    from wi_desktop.ui import agreements_panel

    assert not panel.consent.take_back.isVisibleTo(panel)
    panel.consent.button.click()
    assert panel.consent.take_back.isVisibleTo(panel)
    asked = []
    monkeypatch.setattr(agreements_panel, "confirm_take_back",
                        lambda parent, what: asked.append(what) or False)
    panel.consent.take_back.click()
    assert asked == ["Consent given 25 Nov 2026 14:05"]
    assert context.services.agreements.agreements(context.session_id).consent_given_ms == AFTERNOON
    monkeypatch.setattr(agreements_panel, "confirm_take_back", lambda parent, what: True)
    with qtbot.waitSignal(context.sig_changed, timeout=1000):
        panel.consent.take_back.click()
    assert context.services.agreements.agreements(context.session_id).consent_given_ms is None
    assert "taken back" in context.services.notes.notes(context.session_id)[-1].text
    assert panel.consent.label.text() == ""
    assert panel.consent.button.isEnabled()
    assert not panel.consent.take_back.isVisibleTo(panel)


def test_a_finalised_session_refuses_a_stamp_in_words(qtbot, panel, context):
    record, sid = context.services, context.session_id
    record.finalising.finalise(sid, acknowledged=record.finalising.finalise_warnings(sid))
    with qtbot.waitSignal(context.sig_failed, timeout=1000) as failed:
        panel.consent.button.click()
    assert "finalised" in failed.args[0].message
    assert panel.consent.label.text() == ""
    assert panel.consent.button.isEnabled()


def test_feedback_that_cannot_be_saved_stays_in_the_box(qtbot, panel, context):
    box = panel.feedback_boxes["growth_areas"]
    box.setPlainText("x" * 20_001)
    with qtbot.waitSignal(context.sig_failed, timeout=FEEDBACK_SAVE_MS + 500) as failed:
        pass
    assert "too long" in failed.args[0].message
    assert len(box.toPlainText()) == 20_001  # not lost: the observer can shorten it
    assert context.services.agreements.feedback(context.session_id).growth_areas == ""
