"""Candidates side by side: one column per candidate, one row per fact (composite, each
competency's score and its evidence, recommendation, time on tasks against plan, pay,
date, observers). A competency not observed is None, never 0, and sorts last."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from wi_desktop.core.rubric import Recommendation
from wi_desktop.core.session_filter import RECOMMENDATION_RANK


class Row(Enum):
    """A row of the comparison that is not a competency's (not a str: a competency may be
    called "Pay")."""

    COMPOSITE = "composite"
    RECOMMENDATION = "recommendation"
    TASK_TIME = "task_time"
    PAY = "pay"
    DATE = "date"
    OBSERVERS = "observers"


@dataclass(frozen=True)
class Candidate:
    """One column: what one session says of its candidate."""

    session_id: int
    candidate: str
    role: str
    day: str  # ISO, the day the session ran (or was planned for)
    observers: tuple[str, ...]
    composite: float | None  # None: nothing scored
    scale_max: int  # the highest level of its rubric
    scores: Mapping[str, int | None] = field(default_factory=dict)  # by competency name;
    # None: not observed; absent: not in this candidate's rubric
    evidence: Mapping[str, int] = field(default_factory=dict)
    recommendation: str = Recommendation.NO_DECISION.value
    task_ms: int = 0
    planned_ms: int = 0
    owed_cents: int | None = None  # None: unpaid, or pay not decided
    currency: str = ""
    running: bool = False  # started and not ended: its time and pay are so far

    def score(self, competency: str) -> int | None:
        return self.scores.get(competency)

    def has(self, competency: str) -> bool:
        """The competency is in this candidate's rubric (scored or not observed)."""
        return competency in self.scores


@dataclass(frozen=True)
class Comparison:
    """The candidates, in the order shown, and the competencies, in rubric order (those
    of the first candidate's rubric first, then any the others add)."""

    competencies: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    scale_max: int = 5
    mixed_roles: bool = False  # candidates of several roles: their scores may not compare

    def sorted_by(self, row: Row | str, descending: bool = True) -> Comparison:
        """The columns ordered by ROW (a Row, or a competency's name, or "evidence:" and
        a name); a candidate with no value for it comes last whichever way."""
        key = _value_of(row)
        present = [c for c in self.candidates if key(c) is not None]
        absent = [c for c in self.candidates if key(c) is None]
        present.sort(key=lambda c: (key(c), -c.session_id), reverse=descending)
        return replace(self, candidates=tuple(present + absent))


def _value_of(row: Row | str) -> Callable[[Candidate], Any]:
    if row == Row.COMPOSITE:
        return lambda c: c.composite
    if row == Row.RECOMMENDATION:
        return lambda c: RECOMMENDATION_RANK.get(c.recommendation) or None
    if row == Row.TASK_TIME:
        return lambda c: c.task_ms if c.planned_ms or c.task_ms else None
    if row == Row.PAY:
        return lambda c: c.owed_cents
    if row == Row.DATE:
        return lambda c: c.day
    if row == Row.OBSERVERS:
        return lambda c: ", ".join(c.observers).casefold() or None
    if isinstance(row, str) and row.startswith("evidence:"):
        name = row.removeprefix("evidence:")
        return lambda c: c.evidence.get(name) if c.has(name) else None
    return lambda c: c.score(str(row))
