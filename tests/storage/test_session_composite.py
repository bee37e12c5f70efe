"""Each session keeps its composite (migration 0014), changed in the same transaction as a
score, a weight or the rubric, and equal to what core/rubric.py works out."""

from __future__ import annotations

import sqlite3

import pytest

from wi_desktop.core.rubric import composite_score


def stored(db_path, session_id: int):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT composite FROM sessions WHERE id = ?",
                            (session_id,)).fetchone()[0]
    finally:
        conn.close()


def computed(service, session_id: int):
    workspace = service.sessions.workspace(session_id)
    return composite_score(workspace.competencies, workspace.scores).value


def test_nothing_scored_has_no_composite(db_path, session_id):
    assert stored(db_path, session_id) is None


def test_each_score_changes_it_as_the_rubric_says(db_path, service, session_id):
    service.scoring.set_score(session_id, "technical", 5)
    assert stored(db_path, session_id) == pytest.approx(5.0)
    service.scoring.set_score(session_id, "communication", 2)
    assert stored(db_path, session_id) == pytest.approx(computed(service, session_id))
    service.scoring.set_score(session_id, "technical", None)  # not observed: left out
    assert stored(db_path, session_id) == pytest.approx(2.0)
    service.scoring.set_score(session_id, "communication", None)
    assert stored(db_path, session_id) is None


def test_a_weight_changes_it_too(db_path, repo, service, session_id):
    service.scoring.set_score(session_id, "technical", 5)
    service.scoring.set_score(session_id, "communication", 1)
    with repo.transaction():
        repo.conn.execute("UPDATE competencies SET weight = 3 WHERE session_id = ? "
                          "AND key = 'technical'", (session_id,))
    assert stored(db_path, session_id) == pytest.approx((3 * 5 + 1) / 4)


def test_the_list_reads_it_with_the_recommendation_and_the_observer(service, session_id):
    from wi_desktop.core.rubric import Recommendation

    service.scoring.set_score(session_id, "technical", 4)
    service.scoring.set_recommendation(session_id, Recommendation.YES)
    summary = service.sessions.list_sessions()[0]
    assert (summary.composite, summary.recommendation, summary.observer_name) == \
        (pytest.approx(4.0), "yes", "Pat Kim")
