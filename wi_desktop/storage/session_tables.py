"""Sessions, their planned tasks and timer spans, their rubric and the note being typed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from wi_desktop.core.errors import NotFound
from wi_desktop.core.model import (
    Competency,
    Departure,
    NewSession,
    Session,
    SessionStatus,
    SessionSummary,
    Task,
    TimerSpan,
)
from wi_desktop.core.speech import say
from wi_desktop.storage.sql import Sql

if TYPE_CHECKING:  # the record loads with the first session opened, not at start
    from wi_desktop.core.versions import SessionFacts

SESSION_COLUMNS = (
    "id, candidate_name, role_name, location, observer_name, created_ms, "
    "started_ms, ended_ms, is_demo, finalised_ms"
)
_SESSION_FOR_NOTE = (
    "SELECT " + ", ".join(f"s.{c}" for c in SESSION_COLUMNS.split(", "))
    + ", (SELECT sp.task_id FROM tasks t JOIN timer_spans sp ON sp.task_id = t.id "
    "WHERE t.session_id = s.id AND sp.stopped_ms IS NULL LIMIT 1) "
    "FROM sessions s WHERE s.id = ?")
# newest first, counts kept in the row by triggers (migration 0005): one pass, no subquery
_SUMMARIES = ("SELECT id, candidate_name, role_name, created_ms, started_ms, ended_ms, "
              "is_demo, note_count, finalised_ms, observer_name, composite, recommendation "
              "FROM sessions ORDER BY created_ms DESC, id DESC")


def _session(row: Sequence[Any]) -> Session:
    return Session(
        id=row[0], candidate_name=row[1], role_name=row[2], location=row[3],
        observer_name=row[4], created_ms=row[5], started_ms=row[6], ended_ms=row[7],
        is_demo=bool(row[8]), finalised_ms=row[9],
    )


def _status(started_ms: int | None, ended_ms: int | None,
            finalised_ms: int | None) -> SessionStatus:
    return (SessionStatus.FINALISED if finalised_ms is not None
            else SessionStatus.ENDED if ended_ms is not None
            else SessionStatus.IN_PROGRESS if started_ms is not None
            else SessionStatus.NOT_STARTED)


class SessionTables:
    """Rows of sessions, tasks, timer_spans, competencies and drafts."""

    __slots__ = ("sql",)

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    # sessions ------------------------------------------------------------
    def create_session(self, new: NewSession, competencies: Sequence[Competency],
                       created_ms: int, *, is_demo: bool = False) -> int:
        write = self.sql.write
        import json  # loaded with the first session made or opened, not at start-up

        session_id = write(
            "INSERT INTO sessions (candidate_name, role_name, location, observer_name, "
            "created_ms, is_demo) VALUES (?, ?, ?, ?, ?, ?)",
            (new.candidate_name, new.role_name, new.location, new.observer_name,
             created_ms, int(is_demo)),
        )
        self.sql.write_many(
            "INSERT INTO tasks (session_id, position, title, planned_ms, instructions) "
            "VALUES (?, ?, ?, ?, ?)",
            [(session_id, position, task.title, round(task.planned_minutes * 60_000),
              task.instructions) for position, task in enumerate(new.tasks)])
        self.sql.write_many(
            "INSERT INTO competencies (session_id, key, position, name, weight, hotkey, "
            "anchors_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(session_id, comp.key, position, comp.name, comp.weight, comp.hotkey,
              json.dumps(list(comp.anchors), ensure_ascii=False))
             for position, comp in enumerate(competencies)])
        return session_id

    def summaries(self, limit: int | None = None) -> list[SessionSummary]:
        rows = self.sql.query(_SUMMARIES + " LIMIT ?", (-1 if limit is None else limit,))
        return [SessionSummary(id=row[0], candidate_name=row[1], role_name=row[2],
                               created_ms=row[3], status=_status(row[4], row[5], row[8]),
                               note_count=row[7], is_demo=bool(row[6]),
                               observer_name=row[9], composite=row[10],
                               recommendation=row[11] or "")
                for row in rows]

    def demo_session_id(self) -> int | None:
        rows = self.sql.query("SELECT id FROM sessions WHERE is_demo = 1 "
                              "ORDER BY created_ms DESC, id DESC LIMIT 1")
        return int(rows[0][0]) if rows else None

    def load_session(self, session_id: int) -> Session:
        rows = self.sql.query(f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?",
                              (session_id,))
        if not rows:
            raise NotFound(say("Session {session_id} does not exist.")
                           .format(session_id=session_id))
        return _session(rows[0])

    def set_session_times(self, session_id: int, *, started_ms: int | None,
                          ended_ms: int | None) -> None:
        self.sql.write("UPDATE sessions SET started_ms = ?, ended_ms = ? WHERE id = ?",
                       (started_ms, ended_ms, session_id))

    def delete_session(self, session_id: int) -> None:
        self.sql.write("DELETE FROM sessions WHERE id = ?", (session_id,))

    def session_for_note(self, session_id: int) -> tuple[Session, int | None]:
        """The session and the task running in it, in one read (every note needs both)."""
        rows = self.sql.query(_SESSION_FOR_NOTE, (session_id,))
        if not rows:
            raise NotFound(say("Session {session_id} does not exist.")
                           .format(session_id=session_id))
        return _session(rows[0]), rows[0][10]

    # what the record adds to a session -----------------------------------
    def load_facts(self, session_id: int) -> SessionFacts:
        from wi_desktop.core.versions import SessionFacts

        rows = self.sql.query("SELECT template_name, template_json, recommendation, "
                              "finalised_ms, imported_ms FROM sessions WHERE id = ?",
                              (session_id,))
        return SessionFacts(*rows[0]) if rows else SessionFacts()

    def set_imported(self, session_id: int, imported_ms: int) -> None:
        self.sql.write("UPDATE sessions SET imported_ms = ? WHERE id = ?",
                       (imported_ms, session_id))

    def save_template_copy(self, session_id: int, name: str, template_json: str) -> None:
        self.sql.write("UPDATE sessions SET template_name = ?, template_json = ? WHERE id = ?",
                       (name, template_json, session_id))

    def set_recommendation(self, session_id: int, recommendation: str) -> None:
        self.sql.write("UPDATE sessions SET recommendation = ? WHERE id = ?",
                       (recommendation, session_id))

    def set_finalised(self, session_id: int, finalised_ms: int | None) -> None:
        self.sql.write("UPDATE sessions SET finalised_ms = ? WHERE id = ?",
                       (finalised_ms, session_id))

    # tasks and timers ----------------------------------------------------
    def load_tasks(self, session_id: int) -> tuple[Task, ...]:
        spans: dict[int, list[TimerSpan]] = {}
        for task_id, started, stopped in self.sql.query(
            "SELECT sp.task_id, sp.started_ms, sp.stopped_ms FROM timer_spans sp "
            "JOIN tasks t ON t.id = sp.task_id WHERE t.session_id = ? "
            "ORDER BY sp.started_ms, sp.id", (session_id,)
        ):
            spans.setdefault(task_id, []).append(TimerSpan(started, stopped))
        return tuple(
            Task(id=row[0], session_id=session_id, position=row[1], title=row[2],
                 planned_ms=row[3], completed_ms=row[4], spans=tuple(spans.get(row[0], ())),
                 instructions=row[5])
            for row in self.sql.query(
                "SELECT id, position, title, planned_ms, completed_ms, instructions FROM tasks "
                "WHERE session_id = ? ORDER BY position, id", (session_id,))
        )

    def open_span(self, task_id: int, started_ms: int) -> None:
        self.sql.write("INSERT INTO timer_spans (task_id, started_ms) VALUES (?, ?)",
                       (task_id, started_ms))

    def close_span(self, task_id: int, stopped_ms: int) -> None:
        self.sql.write("UPDATE timer_spans SET stopped_ms = ? WHERE task_id = ? "
                       "AND stopped_ms IS NULL", (stopped_ms, task_id))

    def set_task_completed(self, task_id: int, completed_ms: int | None) -> None:
        self.sql.write("UPDATE tasks SET completed_ms = ? WHERE id = ?",
                       (completed_ms, task_id))

    # rubric and draft ----------------------------------------------------
    def load_competencies(self, session_id: int) -> tuple[Competency, ...]:
        import json

        return tuple(
            Competency(key=row[0], name=row[1], weight=row[2], hotkey=row[3],
                       anchors=tuple(json.loads(row[4])))
            for row in self.sql.query(
                "SELECT key, name, weight, hotkey, anchors_json FROM competencies "
                "WHERE session_id = ? ORDER BY position", (session_id,))
        )

    def save_departures(self, session_id: int, departures: Sequence[Departure]) -> None:
        """How the session's plan departs from its role template (kept with it for good)."""
        self.sql.write_many(
            "INSERT INTO plan_departures (session_id, position, kind, task, template_minutes, "
            "planned_minutes, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(session_id, position, d.kind, d.task, d.template_minutes, d.planned_minutes,
              d.reason) for position, d in enumerate(departures)])

    def load_departures(self, session_id: int) -> tuple[Departure, ...]:
        return tuple(Departure(*row) for row in self.sql.query(
            "SELECT kind, task, template_minutes, planned_minutes, reason FROM plan_departures "
            "WHERE session_id = ? ORDER BY position", (session_id,)))

    def load_draft(self, session_id: int) -> tuple[str, str | None, int]:
        """The line being typed, with its tag and mark: (text, competency key, polarity)."""
        rows = self.sql.query("SELECT text, competency_key, polarity FROM drafts "
                              "WHERE session_id = ?", (session_id,))
        return (str(rows[0][0]), rows[0][1], int(rows[0][2])) if rows else ("", None, 0)

    def save_draft(self, session_id: int, text: str, updated_ms: int, *,
                   competency_key: str | None = None, polarity: int = 0) -> None:
        if text:
            self.sql.write(
                "INSERT INTO drafts (session_id, text, updated_ms, competency_key, polarity) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET "
                "text = excluded.text, updated_ms = excluded.updated_ms, "
                "competency_key = excluded.competency_key, polarity = excluded.polarity",
                (session_id, text, updated_ms, competency_key, polarity))
        else:
            self.sql.write("DELETE FROM drafts WHERE session_id = ?", (session_id,))
