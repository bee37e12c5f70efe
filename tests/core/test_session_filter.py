"""Which sessions the list shows and in what order, without a window."""

from __future__ import annotations

import datetime as dt

from wi_desktop.core.model import SessionStatus, SessionSummary
from wi_desktop.core.session_filter import (
    SessionFilter,
    SortKey,
    choices,
    session_day,
    sorted_sessions,
)


def summary(sid: int, name: str, *, role: str = "Cook", day: str = "2026-03-02",
            status: SessionStatus = SessionStatus.ENDED, composite: float | None = None,
            recommendation: str = "", observer: str = "Pat Kim", notes: int = 0):
    ms = int(dt.datetime.fromisoformat(day + "T10:00").timestamp() * 1000) + sid
    return SessionSummary(id=sid, candidate_name=name, role_name=role, created_ms=ms,
                          status=status, note_count=notes, observer_name=observer,
                          composite=composite, recommendation=recommendation)


SESSIONS = [
    summary(1, "Ana", role="Cook", day="2026-03-01", composite=4.5, recommendation="yes"),
    summary(2, "Bo", role="Dental assistant", day="2026-03-05", composite=2.0,
            recommendation="strong_no", observer="Lou Diaz", notes=9),
    summary(3, "Cy", role="cook", day="2026-03-09", status=SessionStatus.FINALISED),
]


def ids(sessions):
    return [s.id for s in sessions]


def test_an_empty_filter_admits_everything():
    assert SessionFilter().is_empty
    assert ids(SessionFilter().apply(SESSIONS)) == [1, 2, 3]


def test_role_and_observer_ignore_case_and_add_up():
    assert ids(SessionFilter(role="COOK").apply(SESSIONS)) == [1, 3]
    assert ids(SessionFilter(observer="lou diaz").apply(SESSIONS)) == [2]
    assert ids(SessionFilter(role="cook", observer="Lou Diaz").apply(SESSIONS)) == []


def test_status_days_and_recommendation():
    assert ids(SessionFilter(status=SessionStatus.FINALISED).apply(SESSIONS)) == [3]
    assert ids(SessionFilter(since="2026-03-05").apply(SESSIONS)) == [2, 3]
    assert ids(SessionFilter(since="2026-03-01", until="2026-03-05").apply(SESSIONS)) == [1, 2]
    assert ids(SessionFilter(recommendation="no_decision").apply(SESSIONS)) == [3]
    assert ids(SessionFilter(recommendation="yes").apply(SESSIONS)) == [1]
    assert session_day(SESSIONS[0]) == "2026-03-01"


def test_the_search_words_narrow_to_the_sessions_they_found():
    assert ids(SessionFilter(matching=frozenset({3, 2})).apply(SESSIONS)) == [2, 3]
    assert ids(SessionFilter(matching=frozenset()).apply(SESSIONS)) == []


def test_sorting_puts_what_has_no_value_first_up_and_last_down():
    assert ids(sorted_sessions(SESSIONS, SortKey.COMPOSITE, False)) == [3, 2, 1]
    assert ids(sorted_sessions(SESSIONS, SortKey.COMPOSITE, True)) == [1, 2, 3]
    assert ids(sorted_sessions(SESSIONS, SortKey.RECOMMENDATION, True)) == [1, 2, 3]
    assert ids(sorted_sessions(SESSIONS, SortKey.CANDIDATE, True)) == [3, 2, 1]
    assert ids(sorted_sessions(SESSIONS, SortKey.NOTES, True))[0] == 2
    assert ids(sorted_sessions(SESSIONS, SortKey.DATE, False)) == [1, 2, 3]
    assert ids(sorted_sessions(SESSIONS, SortKey.STATUS, True))[0] == 3


def test_the_choices_are_each_role_and_observer_once():
    roles, observers = choices(SESSIONS)
    assert roles == ["Cook", "Dental assistant"]
    assert observers == ["Lou Diaz", "Pat Kim"]


def test_the_recommendations_spelled_here_are_the_rubric_s():
    from wi_desktop.core.rubric import Recommendation
    from wi_desktop.core.session_filter import RECOMMENDATION_RANK

    assert set(RECOMMENDATION_RANK) == {r.value for r in Recommendation}
