"""Changes instead of reloads: each write runs only the SQL it needs, and every panel
repaints from the published Change alone, without a statement reaching the data file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wi_desktop.core.agreements import Agreements, Feedback
from wi_desktop.core.changes import Change
from wi_desktop.core.model import Note, Polarity, Score, TimerSpan
from wi_desktop.core.pay import PayAuditEntry, PayRecord
from wi_desktop.core.rubric import Recommendation
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.workspace import WorkspacePage


@contextmanager
def statements(repo) -> Iterator[list[str]]:
    """The SQL statements the program sends while the block runs (what SQLite runs inside
    a trigger or for its text index, reported with a leading "--", naming 'main'. or again
    with the same text, is left out)."""
    seen: list[str] = []
    repo.conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        repo.conn.set_trace_callback(None)
        # SQLite's own reads for its text index (its config, the data version) name the
        # schema in quotes: 'main'.…; they are not the program's statements
        own = [s for s in seen if not s.startswith("--") and "'main'." not in s]
        seen[:] = [s for i, s in enumerate(own) if i == 0 or s != own[i - 1]]


def verbs(seen: list[str]) -> list[str]:
    """Each statement as its verb and table: "SELECT sessions", "INSERT notes", ..."""
    out = []
    for sql in seen:
        words = sql.replace("(", " ").split()
        if words[0] in ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"):
            out.append(words[0])
            continue
        last_from = len(words) - 1 - words[::-1].index("FROM") if "FROM" in words else 0
        table = words[last_from + 1] if words[0] in ("SELECT", "DELETE") else (
            words[2] if words[0] == "INSERT" else words[1])
        out.append(f"{words[0]} {table}")
    return out


@pytest.fixture
def page(qtbot, service, session_id):
    page = WorkspacePage(SessionContext(service, session_id))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    for index in range(page.tabs.count()):  # every tab has read what it shows once
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    page.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    return page


# the SQL a write runs ----------------------------------------------------------------
def test_a_note_added_runs_one_read_one_insert_and_the_draft(qtbot, page, repo):
    page.notes.entry.setText("Checked the label twice")
    with statements(repo) as seen:
        qtbot.keyClick(page.notes.entry, Qt.Key.Key_Return)
        QApplication.processEvents()
    assert verbs(seen) == ["BEGIN", "SELECT sessions", "INSERT notes", "DELETE drafts",
                           "COMMIT"]
    assert page.notes.model.rowCount() == 1  # shown, from the change, with no read back


def test_the_text_index_takes_a_note_in_after_a_pause_not_inside_enter(
        qtbot, page, repo, service, session_id, monkeypatch):
    waiting = "SELECT count(*) FROM notes_unindexed"
    page.notes.entry.setText("Wrapped the fragile items first")
    qtbot.keyClick(page.notes.entry, Qt.Key.Key_Return)
    assert repo.conn.execute(waiting).fetchone() == (1,)  # committed; the index waits
    assert service.notes.ids_containing(session_id, "fragile")  # found meanwhile
    with statements(repo) as seen:
        qtbot.waitUntil(lambda: repo.conn.execute(waiting).fetchone() == (0,), timeout=5000)
    assert "INSERT notes_search" in verbs(seen)  # the context's pause timer did it


def test_a_pay_edit_runs_only_what_the_audit_trail_needs(page, repo):
    page.tabs.setCurrentWidget(page.pay)
    QApplication.processEvents()
    with statements(repo) as seen:
        page.pay.occupation_edit.setText("Warehouse picker")
        page.pay.occupation_edit.editingFinished.emit()
        QApplication.processEvents()
    assert verbs(seen) == ["BEGIN", "SELECT sessions", "SELECT pay", "SELECT pay_audit",
                           "INSERT pay_audit", "INSERT pay", "COMMIT"]
    # no re-read of the session: its tasks, scores or the pay view are not asked again
    assert page.pay.occupation_edit.text() == "Warehouse picker"
    assert page.pay.audit_table.rowCount() == 1


def test_a_score_runs_no_read_of_the_workspace(qtbot, page, repo):
    slider = page.rubric.scales["technical"].slider
    slider.setFocus()
    with statements(repo) as seen:
        qtbot.keyClick(slider, Qt.Key.Key_Right)
        QApplication.processEvents()
    assert "SELECT tasks" not in verbs(seen) and "SELECT scores" not in verbs(seen)
    assert "INSERT scores" in verbs(seen)


# each panel repaints from the change alone ------------------------------------------------
def publish_quietly(page, repo, change: Change) -> None:
    with statements(repo) as seen:
        page.context.publish(change)
        QApplication.processEvents()
    assert seen == [], "a panel read the data file instead of the change"


def test_the_notes_list_shows_a_published_note(page, repo, session_id, clock):
    note = Note(99, session_id, clock.now_ms(), 0, "Wrapped the parcel", None, "technical",
                Polarity.STRENGTH)
    publish_quietly(page, repo, Change(session_id, notes_added=(note,)))
    assert page.notes.model.note_at(0) == note
    assert page.notes.count_label.text() == "1 note"
    assert page.rubric.scales["technical"].evidence_label.text() != ""  # counted as evidence
    publish_quietly(page, repo, Change(session_id, notes_removed=(note,)))
    assert page.notes.count_label.text() == "0 notes"


def test_the_timers_show_published_tasks(page, repo, session_id, clock):
    workspace = page.context.workspace
    started = replace(workspace.tasks[0], spans=(TimerSpan(clock.now_ms() - 90_000),))
    session = replace(workspace.session, started_ms=clock.now_ms() - 90_000)
    publish_quietly(page, repo, Change(session_id, session=session,
                                       tasks=(started, *workspace.tasks[1:])))
    assert page.timers.model.index(0, page.timers.model.STATE).data() == "Running"
    assert page.clock_label.text() == "1:30"


def test_the_rubric_shows_a_published_score(page, repo, session_id, clock):
    publish_quietly(page, repo, Change(session_id, scores=(
        Score("technical", 4, clock.now_ms()),)))
    assert page.rubric.scales["technical"].level == 4


def test_the_scores_tab_shows_published_scores_links_and_recommendation(
        page, repo, session_id, clock):
    page.tabs.setCurrentWidget(page.scoring)
    QApplication.processEvents()
    note = Note(7, session_id, clock.now_ms(), 0, "Asked about the returns policy")
    publish_quietly(page, repo, Change(
        session_id, notes_added=(note,), scores=(Score("communication", 5, clock.now_ms()),),
        links=(("communication", 7, True),), recommendation=Recommendation.YES))
    scoring = page.scoring
    assert scoring.composite_bar.composite_text.startswith("5.00 of 5")
    assert "1 evidence note" in scoring.scales["communication"].name_label.text()
    assert scoring.composite_bar.buttons[Recommendation.YES].isChecked()


def test_the_pay_tab_shows_published_pay_and_audit_rows(page, repo, session_id, clock):
    page.tabs.setCurrentWidget(page.pay)
    QApplication.processEvents()
    entry = PayAuditEntry("occupation", "", "Picker", "first entry", "Pat Kim",
                          clock.now_ms())
    publish_quietly(page, repo, Change(session_id, pay=PayRecord(occupation="Picker"),
                                       pay_audit=(entry,)))
    assert page.pay.occupation_edit.text() == "Picker"
    assert page.pay.audit_table.rowCount() == 1


def test_the_agreements_tab_shows_published_agreements_and_feedback(
        page, repo, session_id, clock):
    page.tabs.setCurrentWidget(page.agreements)
    QApplication.processEvents()
    publish_quietly(page, repo, Change(
        session_id, agreements=Agreements(briefing_acknowledged_ms=clock.now_ms()),
        feedback=Feedback(strengths="Calm and careful")))
    assert page.agreements.acknowledged.label.text().startswith("✔")
    assert page.agreements.feedback_boxes["strengths"].toPlainText() == "Calm and careful"


def test_the_header_and_every_tab_turn_read_only_on_a_published_finalisation(
        page, repo, session_id, clock):
    session = replace(page.context.workspace.session, finalised_ms=clock.now_ms())
    publish_quietly(page, repo, Change(session_id, session=session))
    assert page.notes.entry.isReadOnly()
    assert not page.actions_by_name["finalise"].isEnabled()
    assert not page.agreements.accepted.button.isEnabled()
