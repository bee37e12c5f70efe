"""services.comparison: the facts of many sessions gathered at once (storage/
comparison_tables.py), pay worked out as the Pay tab works it out."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from wi_desktop.comparison.facts import Candidate, Comparison
from wi_desktop.core.errors import ValidationError
from wi_desktop.core.speech import say

if TYPE_CHECKING:
    from wi_desktop.core.use_cases import UseCases

MAX_CANDIDATES = 200  # a comparison wider than this helps nobody read it


class ComparisonRows(Protocol):
    """What storage reads for a comparison (storage/comparison_tables.py)."""

    def sessions(self, ids: Sequence[int]) -> list[tuple[Any, ...]]: ...
    def rubric(self, ids: Sequence[int]) -> list[tuple[Any, ...]]: ...
    def evidence_counts(self, ids: Sequence[int]) -> dict[tuple[int, str], int]: ...
    def task_times(self, ids: Sequence[int], now_ms: int) -> dict[int, tuple[int, int]]: ...
    def sessions_of_role(self, role: str) -> list[int]: ...


class ComparisonStore(Protocol):
    @property
    def comparison(self) -> ComparisonRows: ...
    def read(self) -> contextlib.AbstractContextManager[None]: ...


class ComparisonService:
    def __init__(self, database: ComparisonStore, cases: UseCases) -> None:
        self.rows = database.comparison
        self.database = database
        self.cases = cases

    def sessions_of_role(self, role: str) -> list[int]:
        """Every session for ROLE, newest first ("Compare all for this role")."""
        return self.rows.sessions_of_role(role)

    def compare(self, session_ids: Sequence[int]) -> Comparison:
        """The candidates of SESSION_IDS side by side, in the order given."""
        ids = list(dict.fromkeys(session_ids))
        if len(ids) < 2:
            raise ValidationError(say("Choose at least two sessions to compare."),
                                  hint=say("Select several in the list (Ctrl or Shift and "
                                           "a click), or compare all for a role."))
        if len(ids) > MAX_CANDIDATES:
            raise ValidationError(say("At most {limit} candidates can be compared at once.")
                                  .format(limit=MAX_CANDIDATES))
        now = self.cases.clock.now_ms()
        with self.database.read():  # one state of the file for all of it
            sessions = {int(row[0]): row for row in self.rows.sessions(ids)}
            rubric = self.rows.rubric(ids)
            evidence = self.rows.evidence_counts(ids)
            times = self.rows.task_times(ids, now)
            pays = {sid: self.cases.pay.owed(sid) for sid in ids if sid in sessions}
        if len(sessions) < 2:  # deleted meanwhile
            raise ValidationError(say("Choose at least two sessions to compare."))
        order = {sid: place for place, sid in enumerate(ids)}
        rubric = sorted(rubric, key=lambda row: order.get(int(row[0]), len(order)))
        scores: dict[int, dict[str, int | None]] = {sid: {} for sid in sessions}
        counts: dict[int, dict[str, int]] = {sid: {} for sid in sessions}
        levels: dict[int, int] = {}
        names: list[str] = []
        for session_id, key, name, anchors, level in rubric:
            sid = int(session_id)
            scores[sid][str(name)] = None if level is None else int(level)
            counts[sid][str(name)] = max(0, evidence.get((sid, str(key)), 0))
            levels[sid] = max(levels.get(sid, 0), int(anchors or 0))
            if name not in names:
                names.append(str(name))
        candidates = []
        for sid in ids:
            if sid not in sessions:
                continue  # deleted meanwhile: left out rather than refused
            (_id, candidate, role, observer, when_ms, composite, recommendation,
             running) = sessions[sid]
            task_ms, planned_ms = times.get(sid, (0, 0))
            pay, owed_cents = pays[sid]
            owed = owed_cents if pay.paid else None
            candidates.append(Candidate(
                session_id=sid, candidate=str(candidate), role=str(role),
                day=dt.datetime.fromtimestamp(int(when_ms) / 1000).date().isoformat(),
                observers=(str(observer),) if observer else (),
                composite=None if composite is None else float(composite),
                scale_max=levels.get(sid, 5) or 5, scores=scores[sid], evidence=counts[sid],
                recommendation=str(recommendation or "no_decision"), task_ms=task_ms,
                planned_ms=planned_ms, owed_cents=owed, currency=pay.currency,
                running=bool(running)))
        roles = {c.role.casefold() for c in candidates}
        return Comparison(tuple(names), tuple(candidates),
                          scale_max=max((c.scale_max for c in candidates), default=5),
                          mixed_roles=len(roles) > 1)
