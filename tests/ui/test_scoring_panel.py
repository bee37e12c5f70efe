"""The scores & evidence view, driven like an observer would, checked against the data file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wi_desktop.core.model import Polarity
from wi_desktop.core.rubric import Recommendation
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.notes_model import NotesModel
from wi_desktop.ui.scoring_panel import ScoringPanel


def make_panel(qtbot, service, session_id):
    panel = ScoringPanel(SessionContext(service, session_id))
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def panel(qtbot, service, session_id):
    return make_panel(qtbot, service, session_id)


def shared_note(panel, service, session_id, text, **tags):
    """A note written as the notes panel writes it: stored, then its change published."""
    change = service.notes.add_note(session_id, text, **tags)
    panel.context.publish(change)
    return change.note


def shown_texts(model):
    return [model.index(row, NotesModel.TEXT).data() for row in range(model.rowCount())]


def stored_evidence(panel, key):
    return [n.text for n in panel.context.services.scoring.evidence(panel.context.session_id)[key]]


def score_with_keys(qtbot, panel, key, *presses):
    slider = panel.scales[key].slider
    slider.setFocus()
    for press in presses:
        qtbot.keyClick(slider, press)


def test_composite_is_computed_from_scores_and_names_what_was_left_out(qtbot, panel, service,
                                                                       session_id):
    label = panel.composite_bar.composite_label
    assert "No composite yet" in label.text()
    score_with_keys(qtbot, panel, "technical", Qt.Key.Key_4)
    assert service.sessions.workspace(session_id).scores["technical"].level == 4
    text = panel.composite_bar.composite_text
    assert text.startswith("4.00 of 5")
    for left_out in ("Problem solving", "Communication & collaboration", "Team fit"):
        assert left_out in text
    assert "4.00 of 5" in label.text() and "Team fit" in label.text()
    score_with_keys(qtbot, panel, "team_fit", Qt.Key.Key_2)
    assert panel.composite_bar.composite_text.startswith("3.00 of 5")
    assert "Team fit" not in panel.composite_bar.composite_text


def test_not_observed_leaves_a_competency_out_of_the_composite(qtbot, panel, service,
                                                               session_id):
    panel.context.publish(service.scoring.set_score(session_id, "technical", 2))
    panel.context.publish(service.scoring.set_score(session_id, "learning", 4))
    assert panel.composite_bar.composite_text.startswith("3.00 of 5")
    qtbot.mouseClick(panel.scales["learning"].not_observed, Qt.MouseButton.LeftButton)
    assert service.sessions.workspace(session_id).scores["learning"].level is None
    assert panel.composite_bar.composite_text.startswith("2.00 of 5")
    assert "Learning agility" in panel.composite_bar.composite_text


def test_recommendation_is_stored_and_shown_after_rebuilding(qtbot, panel, service, session_id):
    bar = panel.composite_bar
    assert bar.buttons[Recommendation.NO_DECISION].isChecked()
    qtbot.mouseClick(bar.buttons[Recommendation.YES], Qt.MouseButton.LeftButton)
    assert panel.context.services.scoring.recommendation(session_id) is Recommendation.YES
    rebuilt = make_panel(qtbot, service, session_id)
    assert rebuilt.composite_bar.buttons[Recommendation.YES].isChecked()
    assert not rebuilt.composite_bar.buttons[Recommendation.NO_DECISION].isChecked()


def test_a_tagged_note_is_proposed_as_evidence(qtbot, panel, service, session_id):
    shared_note(panel, service, session_id, "Checked the pick list twice",
                competency_key="technical",
                     polarity=Polarity.STRENGTH)
    shared_note(panel, service, session_id, "Asked where the tape is")
    panel.select("technical")
    pane = panel.evidence
    assert shown_texts(pane.evidence_model) == ["Checked the pick list twice"]
    assert shown_texts(pane.others_model) == ["Asked where the tape is"]
    assert "1 note" in pane.title.text()


def test_unlinking_removes_a_tagged_note_for_good(qtbot, panel, service, session_id):
    shared_note(panel, service, session_id, "Dropped a box", competency_key="technical")
    shared_note(panel, service, session_id, "Lifted with bent knees", competency_key="technical")
    panel.select("technical")
    pane = panel.evidence
    assert not pane.remove_button.isEnabled()
    pane.evidence_view.selectRow(0)
    qtbot.mouseClick(pane.remove_button, Qt.MouseButton.LeftButton)
    assert stored_evidence(panel, "technical") == ["Lifted with bent knees"]
    assert shown_texts(pane.evidence_model) == ["Lifted with bent knees"]
    assert "Dropped a box" in shown_texts(pane.others_model)  # can be linked back
    rebuilt = make_panel(qtbot, service, session_id)
    rebuilt.select("technical")
    assert shown_texts(rebuilt.evidence.evidence_model) == ["Lifted with bent knees"]


def test_delete_key_unlinks_the_selected_evidence(qtbot, panel, service, session_id):
    shared_note(panel, service, session_id, "Late back from break", competency_key="work_ethic")
    panel.select("work_ethic")
    view = panel.evidence.evidence_view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert stored_evidence(panel, "work_ethic") == []


def test_an_untagged_note_is_found_with_the_filter_and_linked(qtbot, panel, service,
                                                              session_id):
    for text in ("Greeted the driver", "Explained the returns policy clearly",
                 "Swept the dock"):
        shared_note(panel, service, session_id, text)
    panel.select("communication")
    pane = panel.evidence
    assert pane.others_count.text() == "3 other notes"
    qtbot.keyClicks(pane.filter_edit, "RETURNS polic")
    assert pane.others_model.rowCount() == 1
    assert pane.others_count.text() == "1 of 3 other notes match"
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Return)  # the only match is linked
    assert stored_evidence(panel, "communication") == ["Explained the returns policy clearly"]
    assert shown_texts(pane.evidence_model) == ["Explained the returns policy clearly"]
    assert pane.others_model.rowCount() == 0
    assert stored_evidence(panel, "technical") == []  # linked to this competency only


def test_linking_from_the_list_with_the_keyboard(qtbot, panel, service, session_id):
    shared_note(panel, service, session_id, "Labelled every parcel")
    shared_note(panel, service, session_id, "Re-taped a split box",
                competency_key="problem_solving")
    panel.select("technical")
    pane = panel.evidence
    qtbot.keyClicks(pane.filter_edit, "box")
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Down)
    assert pane.others_view.hasFocus()
    qtbot.keyClick(pane.others_view, Qt.Key.Key_Return)
    assert stored_evidence(panel, "technical") == ["Re-taped a split box"]
    assert stored_evidence(panel, "problem_solving") == ["Re-taped a split box"]


def test_evidence_count_is_shown_next_to_each_name(qtbot, panel, service, session_id):
    shared_note(panel, service, session_id, "Fast and tidy", competency_key="technical",
                     polarity=Polarity.STRENGTH)
    shared_note(panel, service, session_id, "Mislabelled one", competency_key="technical",
                     polarity=Polarity.CONCERN)
    panel.context.publish(service.scoring.set_score(session_id, "learning", 3))
    names = {key: scale.name_label.text() for key, scale in panel.scales.items()}
    assert "Technical skills" in names["technical"]
    assert "2 evidence notes · 1+ · 1−" in names["technical"]
    assert "no evidence for this score" in names["learning"]
    assert "no evidence" in names["team_fit"]


def test_arrows_move_between_competencies_and_score(qtbot, panel, service, session_id):
    first = panel.scales["technical"].slider
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert panel.selected_key == "problem_solving"
    assert panel.scales["problem_solving"].slider.hasFocus()
    assert "Problem solving" in panel.evidence.title.text()
    qtbot.keyClick(panel.scales["problem_solving"].slider, Qt.Key.Key_Up)
    assert panel.selected_key == "technical"
    assert service.sessions.workspace(session_id).scores == {}  # ↑/↓ never changed a score


def test_clicking_a_competency_selects_it(qtbot, panel):
    scale = panel.scales["team_fit"]
    qtbot.mouseClick(scale.anchor_label, Qt.MouseButton.LeftButton)
    assert panel.selected_key == "team_fit"
    assert scale.property("selected") is True
    assert panel.scales["technical"].property("selected") is False


def test_demo_session_shows_scores_and_evidence(qtbot, repo, clock, service):
    from wi_desktop.core.demo import create_demo_session

    panel = make_panel(qtbot, service, create_demo_session(service))
    assert panel.scales["technical"].level == 3
    assert panel.scales["team_fit"].level is None
    assert panel.composite_bar.composite_text == (
        "3.75 of 5 (not observed, so left out: Problem solving, Team fit)")
    assert len(shown_texts(panel.evidence.evidence_model)) == 3


def test_a_finalised_record_is_shown_read_only(qtbot, panel, service, session_id):
    record = panel.context.services
    panel.context.publish(service.scoring.set_score(session_id, "technical", 4))
    shared_note(panel, service, session_id, "untagged note")
    panel.context.publish(record.finalising.finalise(
        session_id, acknowledged=record.finalising.finalise_warnings(session_id)))
    bar = panel.composite_bar
    assert bar.status_label.isVisible() and "Finalised" in bar.status_label.text()
    assert not bar.buttons[Recommendation.YES].isEnabled()
    assert not panel.scales["technical"].slider.isEnabled()
    assert not panel.scales["technical"].not_observed.isEnabled()
    panel.select("technical")
    panel.evidence.others_view.selectRow(0)
    assert not panel.evidence.link_button.isEnabled()
    panel.scales["technical"].setFocus()
    qtbot.keyClick(panel.scales["technical"], Qt.Key.Key_Down)  # still navigable
    assert panel.selected_key == "problem_solving"


def test_a_refused_change_is_reported_and_the_view_shows_the_file(qtbot, panel, service,
                                                                  session_id):
    record = panel.context.services
    record.finalising.finalise(session_id,
                               acknowledged=record.finalising.finalise_warnings(session_id))
    # the panel has not heard of it yet, so its buttons are still live
    with qtbot.waitSignal(panel.context.sig_failed) as failed:
        qtbot.mouseClick(panel.composite_bar.buttons[Recommendation.NO],
                         Qt.MouseButton.LeftButton)
    assert "finalised" in str(failed.args[0])
    assert panel.composite_bar.buttons[Recommendation.NO_DECISION].isChecked()
    assert not panel.composite_bar.buttons[Recommendation.NO].isEnabled()


def test_a_hidden_panel_catches_up_when_shown(qtbot, panel, service, session_id):
    panel.hide()
    # scored on the live rubric meanwhile
    panel.context.publish(service.scoring.set_score(session_id, "technical", 5))
    assert panel.scales["technical"].level is None  # a hidden tab does no work
    panel.show()
    assert panel.scales["technical"].level == 5
    assert panel.composite_bar.composite_text.startswith("5.00 of 5")


def test_recommendation_by_mnemonic(qtbot, panel, session_id):
    panel.activateWindow()
    qtbot.waitActive(panel)
    slider = panel.scales["technical"].slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Stron&g yes
    record = panel.context.services
    # a button's mnemonic animates the press, so the click lands a moment later
    qtbot.waitUntil(lambda: record.scoring.recommendation(session_id) is Recommendation.STRONG_YES)
    assert panel.composite_bar.buttons[Recommendation.STRONG_YES].isChecked()


def test_up_and_down_from_not_observed_move_between_competencies(qtbot, panel, service,
                                                                 session_id):
    box = panel.scales["communication"].not_observed
    box.setFocus()
    assert panel.selected_key == "communication"
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert panel.selected_key == "work_ethic"
    qtbot.keyClick(panel.scales["work_ethic"].slider, Qt.Key.Key_Down)
    qtbot.keyClick(panel.scales["learning"].slider, Qt.Key.Key_Down)
    qtbot.keyClick(panel.scales["team_fit"].slider, Qt.Key.Key_Down)  # stays on the last
    assert panel.selected_key == "team_fit"
    assert service.sessions.workspace(session_id).scores == {}


def test_both_evidence_lists_are_proxies_of_the_one_notes_model(qtbot, panel, service,
                                                                session_id):
    for text in ("Stacked the pallet", "Stacked it again, neater", "Asked about breaks"):
        shared_note(panel, service, session_id, text, competency_key="technical"
                    if text.startswith("Stacked the") else None)
    model = panel.context.notes_model
    pane = panel.evidence
    assert pane.evidence_model.sourceModel() is model
    assert pane.others_model.sourceModel() is model
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    panel.select("technical")
    qtbot.keyClicks(pane.filter_edit, "stacked")
    assert shown_texts(pane.others_model) == ["Stacked it again, neater"]
    # a note added while filtering shows up in the filtered list by itself
    shared_note(panel, service, session_id, "Stacked a third")
    qtbot.keyClicks(pane.filter_edit, " ")
    assert shown_texts(pane.others_model) == ["Stacked it again, neater", "Stacked a third"]
    assert resets == []  # filtered by ids over the model, never a model rebuilt


def test_a_note_deleted_and_brought_back_keeps_its_evidence_choice(qtbot, service, session_id):
    """A choice made by hand (this tagged note is NOT evidence) goes with a deleted note and
    comes back with undo: the tab and the data file (what gets signed) agree throughout."""
    from wi_desktop.ui.workspace import WorkspacePage

    page = WorkspacePage(SessionContext(service, session_id))
    qtbot.addWidget(page)
    page.show()
    entry = page.notes.entry
    qtbot.keyClicks(entry, "Dropped a box")
    page.notes.tags.toggle_competency("technical")  # as Ctrl+1 does
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    page.tabs.setCurrentWidget(page.scoring)
    panel = page.scoring
    panel.select("technical")
    panel.evidence.evidence_view.selectRow(0)
    qtbot.mouseClick(panel.evidence.remove_button, Qt.MouseButton.LeftButton)

    def agree(expected):
        assert stored_evidence(panel, "technical") == expected
        assert shown_texts(panel.evidence.evidence_model) == expected

    assert [n.competency_key for n in service.notes.notes(session_id)] == ["technical"]
    assert service.scoring.links(session_id) == {("technical", 1): False}
    agree([])
    page.tabs.setCurrentIndex(0)
    page.notes.view.setFocus()
    page.notes.view.selectRow(0)
    page.notes.delete_selected()
    assert service.notes.notes(session_id) == []
    page.notes.undo()  # the note and its "not evidence" choice come back together
    page.tabs.setCurrentWidget(panel)
    agree([])
    page.notes.redo()
    page.notes.undo()
    agree([])


def test_the_focus_frame_is_only_where_the_keyboard_is(qtbot, panel):
    """The chosen competency keeps a quiet frame; the highlight's frame means the focus."""
    scale = panel.scales["technical"]
    scale.slider.setFocus()
    qtbot.waitUntil(scale.slider.hasFocus)
    assert scale.property("selected") is True and scale.property("focused") is True
    panel.evidence.filter_edit.setFocus()
    qtbot.waitUntil(panel.evidence.filter_edit.hasFocus)
    assert scale.property("selected") is True  # still the competency shown on the right
    assert scale.property("focused") is False  # but the frame no longer says "focus"
    scale.not_observed.setFocus()
    qtbot.waitUntil(scale.not_observed.hasFocus)
    assert scale.property("focused") is True
