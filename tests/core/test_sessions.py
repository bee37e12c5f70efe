"""Creating sessions and scoring: validation in words, newest first, not-observed kept."""

from __future__ import annotations

from dataclasses import replace

import pytest

from wi_desktop.core.demo import create_demo_session
from wi_desktop.core.errors import ValidationError
from wi_desktop.core.model import PlannedTask, SessionStatus
from wi_desktop.core.rubric import DEFAULT_COMPETENCIES


def test_new_session_copies_the_default_rubric(service, session_id):
    ws = service.sessions.workspace(session_id)
    assert [c.name for c in ws.competencies] == [
        "Technical skills", "Problem solving", "Communication & collaboration",
        "Work ethic & attitude", "Learning agility", "Team fit"]
    assert all(c.levels == 5 for c in ws.competencies)
    assert ws.scores == {}
    assert [t.title for t in ws.tasks] == ["Pick an order", "Pack and label"]
    assert ws.tasks[0].planned_ms == 10 * 60_000


@pytest.mark.parametrize("change, message", [
    ({"candidate_name": "  "}, "candidate's name"),
    ({"observer_name": ""}, "observer's name"),
    ({"tasks": ()}, "at least one task"),
    ({"tasks": (PlannedTask("Sweep", 0),)}, "time box"),
    ({"tasks": (PlannedTask(" ", 5),)}, "title of task 1"),
    ({"role_name": "x" * 500}, "too long"),
])
def test_invalid_sessions_are_refused_in_words(service, new_session, change, message):
    with pytest.raises(ValidationError, match=message):
        service.sessions.create_session(replace(new_session, **change))
    assert service.sessions.list_sessions() == []


def test_sessions_are_listed_newest_first(service, new_session, clock):
    older = service.sessions.create_session(new_session)
    clock.advance(60)
    newer = service.sessions.create_session(replace(new_session, candidate_name="Robin Diaz"))
    listed = service.sessions.list_sessions()
    assert [s.id for s in listed] == [newer, older]
    assert listed[0].candidate_name == "Robin Diaz"
    assert listed[0].status is SessionStatus.NOT_STARTED


def test_score_levels_and_not_observed(service, session_id):
    service.scoring.set_score(session_id, "technical", 4)
    assert service.sessions.workspace(session_id).scores["technical"].level == 4
    service.scoring.set_score(session_id, "technical", None)
    assert service.sessions.workspace(session_id).scores["technical"].level is None
    with pytest.raises(ValidationError, match="1 to 5"):
        service.scoring.set_score(session_id, "technical", 6)
    with pytest.raises(ValidationError, match="no competency"):
        service.scoring.set_score(session_id, "charisma", 3)


def test_every_level_has_its_own_anchor():
    for competency in DEFAULT_COMPETENCIES:
        assert len(set(competency.anchors)) == 5
        assert all(len(anchor) > 30 for anchor in competency.anchors)


def test_demo_session_is_filled_and_not_left_running(repo, service, clock):
    session_id = create_demo_session(service)
    ws = service.sessions.workspace(session_id)
    assert ws.session.is_demo
    assert ws.running_task() is None
    notes = service.notes.notes(session_id)
    assert len(notes) >= 10
    assert all(n.created_ms < clock.now_ms() for n in notes)
    assert any(s.level for s in ws.scores.values())
