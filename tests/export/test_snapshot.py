"""A snapshot holds what the documents show, as it was at one instant."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from wi_desktop.core.demo import DEMO_NOTES, DEMO_SCORES
from wi_desktop.core.model import TaskState
from wi_desktop.core.rubric import Recommendation
from wi_desktop.core.snapshot import SignatureMark, build_snapshot


def note_number(snapshot, note_id: int) -> int:
    """A note's number in the timeline (N1, N2, ...), as the documents cite it."""
    return [note.id for note in snapshot.notes].index(note_id) + 1


def test_the_demo_snapshot_has_tasks_scores_evidence_and_notes(demo, service, demo_id):
    workspace = service.sessions.workspace(demo_id)
    assert demo.session == workspace.session
    assert [(t.id, t.title, t.planned_ms) for t in demo.tasks] == [
        (t.id, t.title, t.planned_ms) for t in workspace.tasks]
    first = demo.tasks[0]
    minutes = [start for start, task, *_ in DEMO_NOTES]
    tasks = [task for _, task, *_ in DEMO_NOTES]
    assert first.actual_ms == (minutes[tasks.index(1)] - minutes[0]) * 60_000
    assert first.state is TaskState.DONE
    assert first.overrun_ms == max(0, first.actual_ms - first.planned_ms)
    assert [n.text for n in demo.notes] == [text for *_, text in DEMO_NOTES]
    levels = {line.competency.key: line.level for line in demo.rubric}
    assert levels == {key: DEMO_SCORES.get(key) for key in levels}
    for line in demo.rubric:
        expected = [i for i, (*_, key, _pol, _text) in enumerate(DEMO_NOTES, start=1)
                    if key == line.competency.key]
        assert [note_number(demo, i) for i in line.evidence] == expected
    technical = next(line for line in demo.rubric if line.competency.key == "technical")
    assert technical.anchor == technical.competency.anchors[DEMO_SCORES["technical"] - 1]
    assert demo.composite.value == sum(DEMO_SCORES.values()) / len(DEMO_SCORES)
    assert demo.composite_text.startswith("3.75 of 5 (not observed, so left out: ")
    assert demo.signature == SignatureMark("typed", "Sam Okafor", signed_ms=demo.taken_ms)


def test_the_record_around_the_notes_is_in_the_snapshot(demo, record, demo_id):
    assert demo.recommendation is record.scoring.recommendation(demo_id)
    assert demo.agreements == record.agreements.agreements(demo_id)
    assert demo.feedback == record.agreements.feedback(demo_id)
    assert list(demo.debrief) == sorted(record.agreements.debrief(demo_id),
                                        key=lambda a: a.position)
    assert demo.pay.pay == record.pay.pay_view(demo_id).pay
    record.scoring.set_recommendation(demo_id, Recommendation.STRONG_NO)
    assert demo.recommendation is not Recommendation.STRONG_NO  # a snapshot does not change


def test_the_snapshot_is_fixed_at_its_instant(service, record, demo_id, clock):
    before = build_snapshot(service, demo_id, now_ms=clock.now_ms(), tz=dt.UTC)
    service.sessions.start_task(demo_id, before.tasks[3].id)
    assert service.sessions.workspace(demo_id).running_task() is not None
    clock.advance(600)
    after = build_snapshot(service, demo_id, now_ms=clock.now_ms(), tz=dt.UTC)
    assert after.tasks[3].actual_ms == before.tasks[3].actual_ms + 600_000
    assert before.tasks[3].state is TaskState.PAUSED


def test_times_read_in_the_given_zone(service, record, demo_id, clock):
    tz = dt.timezone(dt.timedelta(hours=-5))
    snapshot = build_snapshot(service, demo_id, now_ms=clock.now_ms(), tz=tz)
    assert snapshot.local(snapshot.taken_ms).utcoffset() == dt.timedelta(hours=-5)
    local = build_snapshot(service, demo_id, now_ms=clock.now_ms())
    assert local.tz is not None


def test_names_and_numbers_are_looked_up(demo):
    note = demo.notes[4]
    assert note_number(demo, note.id) == 5
    assert demo.task_title(note.task_id) == demo.tasks[1].title
    assert demo.task_title(None) == ""
    assert demo.competency_name("communication") == "Communication & collaboration"
    assert demo.competency_name("gone") == "gone"


def test_cited_evidence_skips_notes_that_are_not_in_the_timeline(demo):
    line = next(line for line in demo.rubric if len(line.evidence) >= 2)
    kept = demo.notes[note_number(demo, line.evidence[0]) - 1]
    fewer = replace(demo, notes=(kept,))
    assert fewer.cited(line) == "N1"
