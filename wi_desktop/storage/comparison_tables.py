"""What candidates are compared by, read for many sessions at once: a handful of statements
for fifty sessions, not a handful per session."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from wi_desktop.storage.sql import Sql


def _marks(ids: Sequence[int]) -> str:
    return ", ".join("?" * len(ids))


class ComparisonTables:
    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    def sessions(self, ids: Sequence[int]) -> list[tuple[Any, ...]]:
        """id, candidate, role, observer, started_ms (else created_ms), composite,
        recommendation, and whether it is running (started, not ended) of each session in
        IDS that exists."""
        if not ids:
            return []
        return self.sql.query(
            "SELECT id, candidate_name, role_name, observer_name, "
            "coalesce(started_ms, created_ms), composite, recommendation, "
            "started_ms IS NOT NULL AND ended_ms IS NULL FROM sessions "
            f"WHERE id IN ({_marks(ids)})", list(ids))

    def rubric(self, ids: Sequence[int]) -> list[tuple[Any, ...]]:
        """session id, key, name, levels (its anchors), score level or None, of every
        competency of the sessions in IDS, in each rubric's order."""
        if not ids:
            return []
        return self.sql.query(
            "SELECT c.session_id, c.key, c.name, json_array_length(c.anchors_json), sc.level "
            "FROM competencies c LEFT JOIN scores sc ON sc.session_id = c.session_id "
            f"AND sc.competency_key = c.key WHERE c.session_id IN ({_marks(ids)}) "
            "ORDER BY c.session_id, c.position", list(ids))

    def evidence_counts(self, ids: Sequence[int]) -> dict[tuple[int, str], int]:
        """How many notes back each (session, competency) up: those tagged to it and not
        unlinked, and those linked to it by hand (core/rubric.py evidence_for)."""
        if not ids:
            return {}
        counts: dict[tuple[int, str], int] = defaultdict(int)
        for session_id, key, count in self.sql.query(
                "SELECT session_id, competency_key, count(*) FROM notes "
                f"WHERE session_id IN ({_marks(ids)}) AND competency_key IS NOT NULL "
                "GROUP BY session_id, competency_key", list(ids)):
            counts[(int(session_id), str(key))] = int(count)
        for session_id, key, included, tagged in self.sql.query(
                "SELECT l.session_id, l.competency_key, l.included, n.competency_key "
                "FROM evidence_links l JOIN notes n ON n.id = l.note_id "
                f"WHERE l.session_id IN ({_marks(ids)})", list(ids)):
            at = (int(session_id), str(key))
            if included and tagged != key:
                counts[at] += 1
            elif not included and tagged == key:
                counts[at] -= 1
        return dict(counts)

    def task_times(self, ids: Sequence[int], now_ms: int) -> dict[int, tuple[int, int]]:
        """Each session's time on its tasks (a span still running counts to NOW_MS) and the
        time its tasks were planned for, in ms."""
        if not ids:
            return {}
        planned = {int(row[0]): int(row[1] or 0) for row in self.sql.query(
            "SELECT session_id, sum(planned_ms) FROM tasks "
            f"WHERE session_id IN ({_marks(ids)}) GROUP BY session_id", list(ids))}
        actual = {int(row[0]): int(row[1] or 0) for row in self.sql.query(
            "SELECT t.session_id, sum(max(0, coalesce(s.stopped_ms, ?) - s.started_ms)) "
            "FROM timer_spans s JOIN tasks t ON t.id = s.task_id "
            f"WHERE t.session_id IN ({_marks(ids)}) GROUP BY t.session_id",
            [now_ms, *ids])}
        return {sid: (actual.get(sid, 0), planned.get(sid, 0)) for sid in ids}

    def sessions_of_role(self, role: str) -> list[int]:
        """Every session for ROLE (any case), newest first."""
        return [int(row[0]) for row in self.sql.query(
            "SELECT id FROM sessions WHERE role_name = ? COLLATE NOCASE "
            "ORDER BY created_ms DESC, id DESC", (role,))]
