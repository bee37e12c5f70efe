"""Which sessions the list shows, and in what order: narrowed by role, status, days,
recommendation and observer, and by the words of the search box (the sessions whose notes
or own text hold them, core/search.py); sorted by any column, "not scored" last."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wi_desktop.core.model import SessionStatus, SessionSummary


class SortKey(StrEnum):
    """What the list can be sorted by (a column of the list)."""

    CANDIDATE = "candidate"
    ROLE = "role"
    DATE = "date"
    STATUS = "status"
    NOTES = "notes"
    COMPOSITE = "composite"
    RECOMMENDATION = "recommendation"


# core.rubric.Recommendation's values (spelled here: the list is the first window, and the
# rubric's code loads with the first session), from the most doubtful call to the surest
# yes; "no decision" sorts with nothing chosen
NO_DECISION = "no_decision"
RECOMMENDATION_RANK = {NO_DECISION: 0, "strong_no": 1, "no": 2, "yes": 3, "strong_yes": 4}
_STATUS_RANK = {status: rank for rank, status in enumerate(SessionStatus)}


def session_day(summary: SessionSummary) -> str:
    """The local day the session was planned for, ISO (what the list's Date shows)."""
    return dt.datetime.fromtimestamp(summary.created_ms / 1000).date().isoformat()


@dataclass(frozen=True)
class SessionFilter:
    """What the list is narrowed to; empty fields narrow nothing."""

    role: str = ""
    status: SessionStatus | None = None
    since: str = ""  # ISO days, inclusive
    until: str = ""
    recommendation: str = ""  # a Recommendation's value ("no_decision": none chosen yet)
    observer: str = ""
    matching: frozenset[int] | None = None  # the sessions the search words found (None: no
    # words typed)

    @property
    def is_empty(self) -> bool:
        return self == SessionFilter()

    def admits(self, summary: SessionSummary) -> bool:
        if self.matching is not None and summary.id not in self.matching:
            return False
        if self.role and summary.role_name.casefold() != self.role.casefold():
            return False
        if self.observer and summary.observer_name.casefold() != self.observer.casefold():
            return False
        if self.status is not None and summary.status is not self.status:
            return False
        if self.recommendation and (summary.recommendation or NO_DECISION
                                    ) != self.recommendation:
            return False
        if self.since or self.until:
            day = session_day(summary)
            if (self.since and day < self.since) or (self.until and day > self.until):
                return False
        return True

    def apply(self, sessions: Iterable[SessionSummary]) -> list[SessionSummary]:
        return [summary for summary in sessions if self.admits(summary)]


def sort_key(key: SortKey) -> Callable[[SessionSummary], Any]:
    """The key that orders sessions by KEY, ascending; what has no value yet (no composite,
    no recommendation) comes first ascending and last descending, as a spreadsheet does."""
    if key is SortKey.CANDIDATE:
        return lambda s: (s.candidate_name.casefold(), s.created_ms, s.id)
    if key is SortKey.ROLE:
        return lambda s: (s.role_name.casefold(), s.created_ms, s.id)
    if key is SortKey.STATUS:
        return lambda s: (_STATUS_RANK[s.status], s.created_ms, s.id)
    if key is SortKey.NOTES:
        return lambda s: (s.note_count, s.created_ms, s.id)
    if key is SortKey.COMPOSITE:
        return lambda s: (s.composite is not None, s.composite or 0.0, s.created_ms, s.id)
    if key is SortKey.RECOMMENDATION:
        return lambda s: (RECOMMENDATION_RANK.get(s.recommendation, 0), s.created_ms, s.id)
    return lambda s: (s.created_ms, s.id)


def sorted_sessions(sessions: Sequence[SessionSummary], key: SortKey,
                    descending: bool) -> list[SessionSummary]:
    return sorted(sessions, key=sort_key(key), reverse=descending)


def choices(sessions: Sequence[SessionSummary]) -> tuple[list[str], list[str]]:
    """The roles and the observers the list can be narrowed to, each once whatever its
    case (as the newest session writes it), A to Z."""
    def once(values: Iterable[str]) -> list[str]:
        kept: dict[str, str] = {}
        for value in values:
            if value.strip():
                kept.setdefault(value.strip().casefold(), value.strip())
        return sorted(kept.values(), key=str.casefold)

    return once(s.role_name for s in sessions), once(s.observer_name for s in sessions)
