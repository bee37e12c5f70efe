"""The structured record: composite formula, template freeze, pay audit, hours, finalising."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wi_desktop.core.errors import InvalidTransition, ReasonRequired, ValidationError
from wi_desktop.core.model import Competency, NewSession, Polarity, Score
from wi_desktop.core.pay import PayBasis, amount_owed_cents, format_money, split_by_day
from wi_desktop.core.rubric import Recommendation, composite_score
from wi_desktop.core.templates import load_shipped_templates
from wi_desktop.storage.connection import open_data_file
from wi_desktop.storage.database import Database, open_database
from wi_desktop.wiring import Services

FIXTURES = Path(__file__).parent.parent / "storage" / "fixtures"


@pytest.fixture
def record(repo, clock):
    return Services(repo, clock)


@pytest.fixture
def template():
    return next(t for t in load_shipped_templates() if t.name == "Dental assistant")


def _comp(key, weight):
    return Competency(key=key, name=key, anchors=("a", "b", "c", "d", "e"), weight=weight)


levels = st.one_of(st.none(), st.integers(1, 5))
weights = st.floats(0.1, 10, allow_nan=False)


@given(st.lists(st.tuples(weights, levels), min_size=1, max_size=9))
def test_composite_is_the_weighted_mean_of_observed_levels(pairs):
    comps = [_comp(f"c{i}", w) for i, (w, _) in enumerate(pairs)]
    scores = {f"c{i}": Score(f"c{i}", level, 0) for i, (_, level) in enumerate(pairs)}
    result = composite_score(comps, scores)
    observed = [(w, lvl) for w, lvl in pairs if lvl is not None]
    assert len(result.not_observed) == len(pairs) - len(observed)
    if not observed:
        assert result.value is None
        return
    expected = sum(w * lvl for w, lvl in observed) / sum(w for w, _ in observed)
    assert result.value == pytest.approx(expected)
    assert 1 <= result.value <= 5
    assert min(lvl for _, lvl in observed) - 1e-9 <= result.value <= max(
        lvl for _, lvl in observed) + 1e-9


@given(st.lists(st.tuples(weights, st.integers(1, 5)), min_size=1, max_size=6),
       st.floats(0.5, 4))
def test_composite_does_not_change_when_all_weights_scale(pairs, factor):
    scores = {f"c{i}": Score(f"c{i}", lvl, 0) for i, (_, lvl) in enumerate(pairs)}
    base = composite_score([_comp(f"c{i}", w) for i, (w, _) in enumerate(pairs)], scores)
    scaled = composite_score([_comp(f"c{i}", w * factor) for i, (w, _) in enumerate(pairs)],
                             scores)
    assert scaled.value == pytest.approx(base.value)


def test_not_observed_is_left_out_and_said_so(service, record, session_id):
    service.scoring.set_score(session_id, "technical", 4)
    service.scoring.set_score(session_id, "communication", 2)
    result = record.scoring.composite(session_id)
    assert result.value == pytest.approx(3.0)
    assert "problem_solving" in result.not_observed
    assert "left out" in result.describe({"problem_solving": "Problem solving"})


def test_template_is_copied_and_frozen(service, repo, template, clock):
    new = NewSession("Ana Ruiz", "", "Room 2", "Dr Chen")
    first = service.sessions.create_session(new, template=template)
    ws = service.sessions.workspace(first)
    assert [t.title for t in ws.tasks] == [t.title for t in template.tasks]
    assert ws.tasks[0].instructions == template.tasks[0].instructions
    assert ws.competencies == template.to_competencies()
    frozen_json = repo.sessions.load_facts(first).template_json
    # the template changes later: the existing session keeps what it started with
    edited = replace(template, competencies=tuple(
        replace(c, anchors=tuple(a + " (edited)" for a in c.anchors))
        for c in template.competencies))
    second = service.sessions.create_session(new, template=edited)
    assert service.sessions.workspace(first).competencies == template.to_competencies()
    assert service.sessions.workspace(second).competencies[0].anchor(1).endswith("(edited)")
    assert repo.sessions.load_facts(first).template_json == frozen_json
    assert repo.sessions.load_facts(first).template_name == "Dental assistant"


def test_template_defaults_fill_agreements_debrief_and_pay(service, record, template):
    sid = service.sessions.create_session(NewSession("Ana Ruiz", "", "", "Dr Chen"),
                                          template=template)
    agreements = record.agreements.agreements(sid)
    assert agreements.confidentiality_version == template.agreements.confidentiality.version
    assert agreements.confidentiality_accepted_ms is None
    assert [a.question for a in record.agreements.debrief(sid)] == list(template.debrief_questions)
    assert record.pay.pay_view(sid).pay.paid is template.agreements.paid


def test_pay_changes_are_audited_and_corrections_need_a_reason(service, record, session_id,
                                                               clock):
    record.pay.update_pay(session_id, {"paid": True, "hourly_rate_cents": 1800},
                      changed_by="Pat Kim")
    clock.advance(60)
    with pytest.raises(ValidationError, match="needs a reason"):
        record.pay.update_pay(session_id, {"hourly_rate_cents": 2000}, changed_by="Pat Kim")
    record.pay.update_pay(session_id, {"hourly_rate_cents": 2000}, changed_by="Sam O",
                      reason="Rate agreed on the phone was $20")
    audit = record.pay.pay_view(session_id).audit
    assert [(a.field, a.old_value, a.new_value) for a in audit] == [
        ("paid", "", "True"), ("hourly_rate_cents", "", "1800"),
        ("hourly_rate_cents", "1800", "2000")]
    last = audit[-1]
    assert (last.changed_by, last.reason, last.changed_ms) == (
        "Sam O", "Rate agreed on the phone was $20", clock.now_ms())


def test_the_audit_trail_cannot_be_edited(service, record, repo, session_id):
    record.pay.update_pay(session_id, {"paid": True}, changed_by="Pat")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        repo.conn.execute("UPDATE pay_audit SET new_value = 'False'")


def test_unpaid_needs_a_reason(record, session_id):
    with pytest.raises(ValidationError, match="reason"):
        record.pay.update_pay(session_id, {"paid": False}, changed_by="Pat")
    record.pay.update_pay(session_id, {"paid": False, "unpaid_reason": "Observation only"},
                      changed_by="Pat")
    assert record.pay.pay_view(session_id).owed_cents == 0


def test_hours_come_from_the_timers_with_pauses_and_a_crash(db_path, service, record,
                                                             session_id, clock):
    first, second = service.sessions.workspace(session_id).tasks
    service.sessions.start_task(session_id, first.id)
    clock.advance(30 * 60)
    service.sessions.pause_task(session_id, first.id)
    clock.advance(10 * 60)  # a break: on the session clock, not on a task
    service.sessions.start_task(session_id, second.id)
    clock.advance(20 * 60)
    # the program is killed here; a new process opens the same file later
    reopened = Services(open_database(db_path), clock)
    clock.advance(5 * 60)
    view = reopened.pay.pay_view(session_id, dt.UTC)
    assert view.hours.task_ms == 55 * 60_000
    assert view.hours.session_ms == 65 * 60_000
    assert sum(ms for _, ms in view.hours.per_day) == 65 * 60_000
    reopened.pay.update_pay(session_id, {"paid": True, "hourly_rate_cents": 2000}, changed_by="P")
    assert reopened.pay.pay_view(session_id).owed_cents == 2167  # 65 min at $20/h, half up
    reopened.pay.update_pay(session_id, {"hours_override_ms": 60 * 60_000}, changed_by="P",
                        reason="Left at 15:00 as agreed")
    assert reopened.pay.pay_view(session_id).owed_cents == 2000


def test_hours_are_corrected_day_by_day_and_audited(service, record, session_id, clock):
    """Payroll records hours each day: a session over midnight is corrected per day."""
    clock.set(int(dt.datetime(2026, 11, 25, 22, 0, tzinfo=dt.UTC).timestamp() * 1000))
    first = service.sessions.workspace(session_id).tasks[0]
    service.sessions.start_task(session_id, first.id)
    clock.advance(3 * 3600)  # 22:00 to 01:00: two hours on the 25th, one on the 26th
    service.sessions.end_session(session_id)
    view = record.pay.pay_view(session_id, dt.UTC)
    day1, day2 = dt.date(2026, 11, 25), dt.date(2026, 11, 26)
    assert view.hours.paid_per_day == ((day1, 2 * 3600_000), (day2, 3600_000))
    record.pay.update_pay(session_id, {"paid": True, "hourly_rate_cents": 2000}, changed_by="P")

    with pytest.raises(ReasonRequired):
        record.pay.correct_hours(session_id, [(day1, 3600_000), (day2, 3600_000)],
                             changed_by="P", reason=" ", tz=dt.UTC)
    with pytest.raises(ValidationError, match="did not run on 2026-11-27"):
        record.pay.correct_hours(session_id, [(dt.date(2026, 11, 27), 3600_000)],
                             changed_by="P", reason="typo", tz=dt.UTC)
    with pytest.raises(ValidationError, match="between 0 and 24"):
        record.pay.correct_hours(session_id, [(day1, 25 * 3600_000)], changed_by="P",
                             reason="typo", tz=dt.UTC)

    record.pay.correct_hours(session_id, [(day2, 30 * 60_000), (day1, 90 * 60_000)],
                         changed_by="Pat Kim", reason="Break 23:30 to 00:30 not paid",
                         tz=dt.UTC)
    view = record.pay.pay_view(session_id, dt.UTC)
    assert view.hours.paid_per_day == ((day1, 90 * 60_000), (day2, 30 * 60_000))
    assert view.hours.paid_ms == 2 * 3600_000
    assert view.owed_cents == 4000  # 2 h at $20
    corrections = [e for e in view.audit if e.field.startswith("hours_override")]
    assert {e.field for e in corrections} == {"hours_override_ms", "hours_override_days"}
    assert all(e.reason == "Break 23:30 to 00:30 not paid" and e.changed_by == "Pat Kim"
               for e in corrections)
    days_entry = next(e for e in corrections if e.field == "hours_override_days")
    assert days_entry.new_value == "2026-11-25=5400000,2026-11-26=1800000"
    # a total that does not add up to its days is refused, whoever asks
    with pytest.raises(ValidationError, match="add up"):
        record.pay.update_pay(session_id, {"hours_override_ms": 1}, changed_by="P", reason="x")


def test_a_total_corrected_without_days_still_reads(service, record, session_id, clock):
    """Records corrected before hours were kept per day: one day takes the total; over
    several days the days are unknown rather than wrong."""
    first = service.sessions.workspace(session_id).tasks[0]
    service.sessions.start_task(session_id, first.id)
    clock.advance(3600)
    record.pay.update_pay(session_id, {"hours_override_ms": 1800_000}, changed_by="P",
                      reason="Half an hour of it was a tour of the site")
    hours = record.pay.pay_view(session_id, dt.UTC).hours
    assert hours.paid_per_day == ((hours.per_day[0][0], 1800_000),)
    assert replace(hours, per_day=hours.per_day * 2).paid_per_day == ()


def test_fixed_amount_and_money_format(record, session_id):
    record.pay.update_pay(session_id, {"paid": True, "basis": PayBasis.FIXED,
                                   "fixed_amount_cents": 15000}, changed_by="P")
    view = record.pay.pay_view(session_id)
    assert amount_owed_cents(view.pay, view.hours) == 15000
    assert format_money(15000) == "$150.00"
    assert format_money(123456, "EUR") == "€1,234.56"


def test_split_by_day_crosses_midnight():
    start = int(dt.datetime(2026, 11, 25, 23, 30, tzinfo=dt.UTC).timestamp() * 1000)
    days = split_by_day(start, start + 90 * 60_000, dt.UTC)
    assert days == ((dt.date(2026, 11, 25), 30 * 60_000), (dt.date(2026, 11, 26), 60 * 60_000))


def test_a_day_with_a_clock_change_counts_its_real_hours(monkeypatch):
    """Payroll counts the hours each day really had: 23 on the day the clocks go forward."""
    import time

    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")  # US Eastern, with no tz database
    time.tzset()
    try:
        start = dt.datetime(2026, 3, 7, 20, 0).astimezone()
        end = dt.datetime(2026, 3, 9, 1, 0).astimezone()
        days = split_by_day(int(start.timestamp() * 1000), int(end.timestamp() * 1000))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert days == ((dt.date(2026, 3, 7), 4 * 3600_000), (dt.date(2026, 3, 8), 23 * 3600_000),
                    (dt.date(2026, 3, 9), 3600_000))


def test_finalise_warns_then_proceeds_deliberately(service, record, session_id):
    service.scoring.set_score(session_id, "technical", 4)  # scored, no evidence
    note = service.notes.add_note(session_id, "Correct knot on first try",
                            competency_key="learning", polarity=Polarity.STRENGTH).note
    service.scoring.set_score(session_id, "learning", 5)  # scored, with a tagged note
    warnings = record.finalising.finalise_warnings(session_id)
    messages = " ".join(w.message for w in warnings)
    assert "Technical skills is scored 4 but no note" in messages
    assert "Problem solving has no score" in messages
    assert "Learning agility" not in messages
    with pytest.raises(ValidationError, match="review"):
        record.finalising.finalise(session_id, acknowledged=[])
    # linking the note as evidence for technical clears that warning
    record.scoring.link_evidence(session_id, "technical", [note.id], True)
    warnings = record.finalising.finalise_warnings(session_id)
    assert not any(w.competency_key == "technical" for w in warnings)
    record.finalising.finalise(session_id,
                               acknowledged=record.finalising.finalise_warnings(session_id))
    with pytest.raises(InvalidTransition, match="finalised"):
        record.scoring.set_recommendation(session_id, Recommendation.YES)


def test_evidence_links_add_and_remove(service, record, session_id):
    tagged = service.notes.add_note(session_id, "Asked before lifting",
                                    competency_key="work_ethic").note
    other = service.notes.add_note(session_id, "Explained the route to a colleague").note
    record.scoring.link_evidence(session_id, "work_ethic", [tagged.id], False)
    record.scoring.link_evidence(session_id, "work_ethic", [other.id], True)
    assert [n.id for n in record.scoring.evidence(session_id)["work_ethic"]] == [other.id]
    change = record.scoring.link_evidence(session_id, "work_ethic", [tagged.id],
                                          True)  # back to the tag's default
    assert change.links == (("work_ethic", tagged.id, None),)
    assert {n.id for n in record.scoring.evidence(session_id)["work_ethic"]} == {tagged.id,
                                                                                 other.id}


def test_feedback_agreements_and_debrief_round_trip(service, record, template, clock):
    sid = service.sessions.create_session(NewSession("Ana", "", "", "Dr Chen"), template=template)
    record.agreements.update_feedback(sid, strengths="Calm with the patient",
                                      next_steps="Second visit")
    record.agreements.record_now(sid, "briefing_acknowledged_ms")
    record.agreements.answer_debrief(sid, 0, "Said the suction was the hardest part")
    assert record.agreements.feedback(sid).strengths == "Calm with the patient"
    assert record.agreements.agreements(sid).briefing_acknowledged_ms == clock.now_ms()
    assert record.agreements.debrief(sid)[0].answer == "Said the suction was the hardest part"


def test_a_stamp_made_by_mistake_is_taken_back_until_finalised(service, record, template,
                                                               clock):
    sid = service.sessions.create_session(NewSession("Ana", "", "", "Dr Chen"), template=template)
    record.agreements.record_now(sid, "consent_given_ms")
    stamped = dt.datetime.fromtimestamp(clock.now_ms() / 1000).strftime("%H:%M")
    clock.advance(120)
    change = record.agreements.clear_stamp(sid, "consent_given_ms")
    agreements, note = change.agreements, change.note
    assert agreements is not None and agreements.consent_given_ms is None
    assert note.created_ms == clock.now_ms()
    assert [n.text for n in service.notes.notes(sid)] == [
        f"Record corrected: the candidate's consent to notes stamped at {stamped} was "
        "taken back (recorded by mistake)."]
    unchanged = record.agreements.clear_stamp(sid, "consent_given_ms")  # nothing left to take back
    assert unchanged.agreements == agreements and not unchanged.notes_added
    with pytest.raises(ValidationError, match="not something the candidate"):
        record.agreements.clear_stamp(sid, "candidate_name")
    record.agreements.record_now(sid, "consent_given_ms")
    record.finalising.finalise(sid, acknowledged=record.finalising.finalise_warnings(sid))
    with pytest.raises(InvalidTransition, match="finalised"):
        record.agreements.clear_stamp(sid, "consent_given_ms")
    assert record.agreements.agreements(sid).consent_given_ms is not None


def test_a_file_made_by_schema_1_upgrades_in_place(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-1.sqlite3", path)
    conn = open_data_file(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 2
    repo = Database(conn, path)
    from wi_desktop.core.clock import FakeClock

    service = Services(repo, FakeClock())
    [summary] = service.sessions.list_sessions()
    ws = service.sessions.workspace(summary.id)
    assert summary.candidate_name == "Robin Diaz"
    assert ws.running_task() is not None
    assert ws.scores["technical"].level == 4
    assert ws.draft == "unfinished thought"
    assert service.notes.notes(summary.id)[0].text == "Counted the float twice"
    assert ws.tasks[0].instructions == ""
    assert Services(repo, FakeClock()).pay.pay_view(summary.id).pay.paid is None


def test_a_finalised_session_refuses_every_change(service, record, session_id):
    task = service.sessions.workspace(session_id).tasks[0]
    note = service.notes.add_note(session_id, "before finalising").note
    record.finalising.finalise(session_id,
                               acknowledged=record.finalising.finalise_warnings(session_id))
    assert record.finalising.finalised_ms(session_id) is not None
    assert service.sessions.workspace(session_id).session.status.label == "Finalised"
    attempts = [
        lambda: service.notes.add_note(session_id, "after"),
        lambda: service.notes.edit_note(note.id, text="changed"),
        lambda: service.notes.delete_note(note.id),
        lambda: service.scoring.set_score(session_id, "technical", 3),
        lambda: service.sessions.start_task(session_id, task.id),
        lambda: service.sessions.end_session(session_id),
        lambda: record.pay.update_pay(session_id, {"paid": True}, changed_by="P"),
        lambda: record.agreements.update_feedback(session_id, strengths="x"),
    ]
    for attempt in attempts:
        with pytest.raises(InvalidTransition, match="finalised"):
            attempt()
    assert [n.text for n in service.notes.notes(session_id)] == ["before finalising"]
    assert service.sessions.list_sessions()[0].status.label == "Finalised"


def test_the_finalise_checklist_names_every_gap_of_the_record(service, record, template,
                                                              clock):
    """A session with one of each gap: every one is named, under the tab that mends it."""
    sid = service.sessions.create_session(NewSession("Ana", "", "", "Dr Chen"),
                                          template=template)
    first, second, *rest = service.sessions.workspace(sid).tasks
    service.sessions.start_task(sid, first.id)  # left running
    record.pay.update_pay(sid, {"paid": True, "hourly_rate_cents": 2000,
                                "worker_status": "employee"}, changed_by="Dr Chen")
    by_tab: dict[str, list[str]] = {}
    for warning in record.finalising.finalise_warnings(sid):
        by_tab.setdefault(warning.competency_key, []).append(warning.message)
    tasks = " ".join(by_tab["@tasks"])
    assert f"“{first.title}” is still running" in tasks
    assert f"“{second.title}” was never started" in tasks
    assert "session was not ended" in tasks
    agreements = " ".join(by_tab["@agreements"])
    for words in ("briefing", "confidentiality", "Consent", "work produced",
                  "Debrief question 1 is not answered"):
        assert words in agreements, words
    pay = " ".join(by_tab["@pay"])
    for words in ("address", "payment date"):  # the occupation comes from the template
        assert words in pay, words
    service.sessions.pause_task(sid, first.id)
    paused = [w.message for w in record.finalising.finalise_warnings(sid)
              if w.competency_key == "@tasks"]
    assert any(f"“{first.title}” is paused, not finished" in m for m in paused)


def test_a_stamp_entered_afterwards_keeps_its_past_time_and_says_who_entered_it(
        service, record, template, clock):
    sid = service.sessions.create_session(NewSession("Ana", "", "", "Dr Chen"), template=template)
    given = clock.now_ms() + 60_000
    clock.advance(30 * 60)  # half an hour later, the observer enters it
    change = record.agreements.record_at(sid, "consent_given_ms", given, entered_by="Pat  Kim")
    agreements = change.agreements
    assert agreements.consent_given_ms == given
    assert agreements.entered_later("consent_given_ms") == ("Pat Kim", clock.now_ms())
    assert agreements.entered_later("briefing_acknowledged_ms") is None
    with pytest.raises(ValidationError, match="not come yet"):
        record.agreements.record_at(sid, "consent_given_ms", clock.now_ms() + 1,
                                    entered_by="Pat Kim")
    with pytest.raises(ValidationError, match="before the session was planned"):
        record.agreements.record_at(sid, "consent_given_ms", 0, entered_by="Pat Kim")
    with pytest.raises(ValidationError, match="who is entering"):
        record.agreements.record_at(sid, "consent_given_ms", given, entered_by=" ")
    cleared = record.agreements.clear_stamp(sid, "consent_given_ms").agreements
    assert cleared.consent_given_ms is None and cleared.entered_later("consent_given_ms") is None
