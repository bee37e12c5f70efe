"""Rows to dataclasses and back. The only module that knows table names."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wi_desktop.core.errors import NotFound
from wi_desktop.core.model import (
    Competency,
    NewSession,
    Note,
    Polarity,
    Score,
    Session,
    SessionStatus,
    SessionSummary,
    Task,
    TimerSpan,
)
from wi_desktop.storage.db import atomic, storage_errors
from wi_desktop.storage.record_tables import RecordTables

if TYPE_CHECKING:
    from wi_desktop.storage.checkpoint import Checkpointer

SESSION_COLUMNS = (
    "id, candidate_name, role_name, location, observer_name, created_ms, "
    "started_ms, ended_ms, is_demo, finalised_ms"
)
_SESSION_FOR_NOTE = (
    "SELECT " + ", ".join(f"s.{c}" for c in SESSION_COLUMNS.split(", "))
    + ", (SELECT sp.task_id FROM tasks t JOIN timer_spans sp ON sp.task_id = t.id "
    "WHERE t.session_id = s.id AND sp.stopped_ms IS NULL LIMIT 1) "
    "FROM sessions s WHERE s.id = ?")
NOTE_COLUMNS = (
    "id, session_id, created_ms, elapsed_ms, text, task_id, competency_key, polarity, edited_ms"
)


def _session(row: Sequence[Any]) -> Session:
    return Session(
        id=row[0], candidate_name=row[1], role_name=row[2], location=row[3],
        observer_name=row[4], created_ms=row[5], started_ms=row[6], ended_ms=row[7],
        is_demo=bool(row[8]), finalised_ms=row[9],
    )


def _note(row: Sequence[Any]) -> Note:
    return Note(
        id=row[0], session_id=row[1], created_ms=row[2], elapsed_ms=row[3], text=row[4],
        task_id=row[5], competency_key=row[6], polarity=Polarity(row[7]), edited_ms=row[8],
    )


class SqliteRepository(RecordTables):
    """Reads and writes the session data in one SQLite file."""

    def __init__(self, conn: sqlite3.Connection, path: Path | str = "") -> None:
        self.conn = conn
        self.path = path or "the data file"
        self.checkpointer: Checkpointer | None = None

    def checkpoint_in_background(self, every_s: float | None = None) -> bool:
        """From now on a thread copies the log into the file, not the commits (see
        storage/checkpoint.py), every EVERY_S seconds by default; True when it started."""
        from wi_desktop.storage.checkpoint import EVERY_S, Checkpointer

        if self.checkpointer is None and isinstance(self.path, Path):
            checkpointer = Checkpointer(self.path, self.conn, every_s or EVERY_S)
            if checkpointer.start():
                self.checkpointer = checkpointer
        return self.checkpointer is not None

    def close(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None
        with contextlib.suppress(Exception):
            self.conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write: all of it is on disk when the block ends, or none of it."""
        with storage_errors(self.path), atomic(self.conn):
            yield

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with storage_errors(self.path):
            return list(self.conn.execute(sql, params).fetchall())

    def _write(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement inside the caller's transaction; return lastrowid."""
        with storage_errors(self.path):
            cursor = self.conn.execute(sql, params)
            return int(cursor.lastrowid or 0)

    # sessions ------------------------------------------------------------
    def create_session(self, new: NewSession, competencies: Sequence[Competency],
                       created_ms: int, *, is_demo: bool = False) -> int:
        session_id = self._write(
            "INSERT INTO sessions (candidate_name, role_name, location, observer_name, "
            "created_ms, is_demo) VALUES (?, ?, ?, ?, ?, ?)",
            (new.candidate_name, new.role_name, new.location, new.observer_name,
             created_ms, int(is_demo)),
        )
        for position, task in enumerate(new.tasks):
            self._write(
                "INSERT INTO tasks (session_id, position, title, planned_ms, instructions) "
                "VALUES (?, ?, ?, ?, ?)",
                (session_id, position, task.title, round(task.planned_minutes * 60_000),
                 task.instructions),
            )
        import json  # loaded with the first session made or opened, not at start-up

        for position, comp in enumerate(competencies):
            self._write(
                "INSERT INTO competencies (session_id, key, position, name, weight, hotkey, "
                "anchors_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (session_id, comp.key, position, comp.name, comp.weight, comp.hotkey,
                 json.dumps(list(comp.anchors), ensure_ascii=False)),
            )
        return session_id

    def list_sessions(self) -> list[SessionSummary]:
        rows = self._query(
            "SELECT s.id, s.candidate_name, s.role_name, s.created_ms, s.started_ms, "
            "s.ended_ms, s.is_demo, (SELECT count(*) FROM notes n WHERE n.session_id = s.id), "
            "s.finalised_ms "
            "FROM sessions s ORDER BY s.created_ms DESC, s.id DESC"
        )
        summaries = []
        for row in rows:
            status = (SessionStatus.FINALISED if row[8] is not None
                      else SessionStatus.ENDED if row[5] is not None
                      else SessionStatus.IN_PROGRESS if row[4] is not None
                      else SessionStatus.NOT_STARTED)
            summaries.append(SessionSummary(
                id=row[0], candidate_name=row[1], role_name=row[2], created_ms=row[3],
                status=status, note_count=row[7], is_demo=bool(row[6]),
            ))
        return summaries

    def load_session(self, session_id: int) -> Session:
        rows = self._query(f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            raise NotFound(f"Session {session_id} does not exist.")
        return _session(rows[0])

    def set_session_times(self, session_id: int, *, started_ms: int | None,
                          ended_ms: int | None) -> None:
        self._write("UPDATE sessions SET started_ms = ?, ended_ms = ? WHERE id = ?",
                    (started_ms, ended_ms, session_id))

    def delete_session(self, session_id: int) -> None:
        self._write("DELETE FROM sessions WHERE id = ?", (session_id,))

    # tasks and timers ----------------------------------------------------
    def load_tasks(self, session_id: int) -> tuple[Task, ...]:
        spans: dict[int, list[TimerSpan]] = {}
        for task_id, started, stopped in self._query(
            "SELECT sp.task_id, sp.started_ms, sp.stopped_ms FROM timer_spans sp "
            "JOIN tasks t ON t.id = sp.task_id WHERE t.session_id = ? "
            "ORDER BY sp.started_ms, sp.id", (session_id,)
        ):
            spans.setdefault(task_id, []).append(TimerSpan(started, stopped))
        return tuple(
            Task(id=row[0], session_id=session_id, position=row[1], title=row[2],
                 planned_ms=row[3], completed_ms=row[4], spans=tuple(spans.get(row[0], ())),
                 instructions=row[5])
            for row in self._query(
                "SELECT id, position, title, planned_ms, completed_ms, instructions FROM tasks "
                "WHERE session_id = ? ORDER BY position, id", (session_id,))
        )

    def session_for_note(self, session_id: int) -> tuple[Session, int | None]:
        """The session and the task running in it, in one read (every note needs both)."""
        rows = self._query(_SESSION_FOR_NOTE, (session_id,))
        if not rows:
            raise NotFound(f"Session {session_id} does not exist.")
        return _session(rows[0]), rows[0][10]

    def open_span(self, task_id: int, started_ms: int) -> None:
        self._write("INSERT INTO timer_spans (task_id, started_ms) VALUES (?, ?)",
                    (task_id, started_ms))

    def close_span(self, task_id: int, stopped_ms: int) -> None:
        self._write("UPDATE timer_spans SET stopped_ms = ? WHERE task_id = ? "
                    "AND stopped_ms IS NULL", (stopped_ms, task_id))

    def set_task_completed(self, task_id: int, completed_ms: int | None) -> None:
        self._write("UPDATE tasks SET completed_ms = ? WHERE id = ?", (completed_ms, task_id))

    # rubric --------------------------------------------------------------
    def load_competencies(self, session_id: int) -> tuple[Competency, ...]:
        import json

        return tuple(
            Competency(key=row[0], name=row[1], weight=row[2], hotkey=row[3],
                       anchors=tuple(json.loads(row[4])))
            for row in self._query(
                "SELECT key, name, weight, hotkey, anchors_json FROM competencies "
                "WHERE session_id = ? ORDER BY position", (session_id,))
        )

    def load_scores(self, session_id: int) -> dict[str, Score]:
        return {
            row[0]: Score(competency_key=row[0], level=row[1], updated_ms=row[2])
            for row in self._query(
                "SELECT competency_key, level, updated_ms FROM scores WHERE session_id = ?",
                (session_id,))
        }

    def save_score(self, session_id: int, score: Score) -> None:
        self._write(
            "INSERT INTO scores (session_id, competency_key, level, updated_ms) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, competency_key) "
            "DO UPDATE SET level = excluded.level, updated_ms = excluded.updated_ms",
            (session_id, score.competency_key, score.level, score.updated_ms),
        )

    # notes ---------------------------------------------------------------
    def load_notes(self, session_id: int) -> list[Note]:
        return [_note(row) for row in self._query(
            f"SELECT {NOTE_COLUMNS} FROM notes WHERE session_id = ? ORDER BY created_ms, id",
            (session_id,))]

    def load_note(self, note_id: int) -> Note:
        rows = self._query(f"SELECT {NOTE_COLUMNS} FROM notes WHERE id = ?", (note_id,))
        if not rows:
            raise NotFound(f"Note {note_id} does not exist.")
        return _note(rows[0])

    def insert_note(self, note: Note) -> int:
        """Insert a note; a note with id 0 gets a new id, any other keeps its own (undo)."""
        return self._write(
            f"INSERT INTO notes ({NOTE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (note.id or None, note.session_id, note.created_ms, note.elapsed_ms, note.text,
             note.task_id, note.competency_key, int(note.polarity), note.edited_ms),
        )

    def update_note(self, note: Note) -> None:
        self._write(
            "UPDATE notes SET text = ?, competency_key = ?, polarity = ?, edited_ms = ? "
            "WHERE id = ?",
            (note.text, note.competency_key, int(note.polarity), note.edited_ms, note.id),
        )

    def delete_note(self, note_id: int) -> None:
        self._write("DELETE FROM notes WHERE id = ?", (note_id,))

    def count_notes(self, session_id: int) -> int:
        return int(self._query("SELECT count(*) FROM notes WHERE session_id = ?",
                               (session_id,))[0][0])

    # drafts and settings -------------------------------------------------
    def load_draft(self, session_id: int) -> str:
        rows = self._query("SELECT text FROM drafts WHERE session_id = ?", (session_id,))
        return str(rows[0][0]) if rows else ""

    def save_draft(self, session_id: int, text: str, updated_ms: int) -> None:
        if text:
            self._write(
                "INSERT INTO drafts (session_id, text, updated_ms) VALUES (?, ?, ?) "
                "ON CONFLICT (session_id) DO UPDATE SET text = excluded.text, "
                "updated_ms = excluded.updated_ms", (session_id, text, updated_ms))
        else:
            self._write("DELETE FROM drafts WHERE session_id = ?", (session_id,))

    def get_setting(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM settings WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_setting(self, key: str, value: str) -> None:
        self._write("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                    "DO UPDATE SET value = excluded.value", (key, value))
