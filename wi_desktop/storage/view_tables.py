"""Rows of the plain views (v_sessions, v_notes, v_scores) and of the pay audit trail, for
tables written out; filtered by role and by the session's date, streamed."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from wi_desktop.storage.connection import storage_errors
from wi_desktop.storage.sql import Sql
from wi_desktop.storage.sql_time import iso

VIEWS = {"sessions": ("v_sessions", "session_id"),
         "notes": ("v_notes", "session_id, created_ms, note_id"),
         "scores": ("v_scores", "session_id, position")}

_AUDIT = (f"SELECT a.session_id, s.candidate_name AS candidate, s.role_name AS role, "
          f"{iso('a.changed_ms')} AS changed, a.field, a.old_value, a.new_value, a.reason, "
          f"a.changed_by FROM pay_audit a JOIN sessions s ON s.id = a.session_id")
_SESSION_DATE = f"substr({iso('coalesce(s.started_ms, s.created_ms)')}, 1, 10)"


class ViewTables:
    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    def view_rows(self, table: str, columns: Sequence[str], *, role: str = "",
                  since: str = "", until: str = "") -> Iterator[tuple[Any, ...]]:
        """The rows of TABLE's view (COLUMNS, in order), of sessions for ROLE whose day is
        within SINCE..UNTIL (ISO dates, inclusive; empty: open)."""
        view, order = VIEWS[table]
        where, params = _filters(role, since, until)
        if where:
            where = f" WHERE session_id IN (SELECT s.id FROM sessions s{where})"
        names = ", ".join(f'"{column}"' for column in columns)
        yield from self._stream(f"SELECT {names} FROM {view}{where} ORDER BY {order}", params)

    def csv_rows(self, table: str, columns: Sequence[tuple[str, str]], *, role: str = "",
                 since: str = "", until: str = "") -> Iterator[tuple[str]]:
        """Like view_rows, each row already a CSV line (RFC 4180, without its line end):
        text quoted, its quotes doubled; nothing for NULL; COLUMNS are (name, kind) with
        kind "seconds" written H:MM:SS and "bool" true/false. SQLite does the quoting, so a
        long table costs little more than reading it."""
        view, order = VIEWS[table]
        where, params = _filters(role, since, until)
        if where:
            where = f" WHERE session_id IN (SELECT s.id FROM sessions s{where})"
        cells = " || ',' || ".join(_csv_field(f'"{name}"', kind) for name, kind in columns)
        yield from self._stream(f"SELECT {cells} FROM {view}{where} ORDER BY {order}", params)

    def audit_rows(self, *, role: str = "", since: str = "",
                   until: str = "") -> Iterator[tuple[Any, ...]]:
        where, params = _filters(role, since, until)
        yield from self._stream(f"{_AUDIT}{where} ORDER BY a.session_id, a.id", params)

    def session_ids(self, *, role: str = "", since: str = "", until: str = "") -> list[int]:
        where, params = _filters(role, since, until)
        return [int(row[0]) for row in self.sql.query(
            f"SELECT s.id FROM sessions s{where} ORDER BY s.id", params)]

    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[tuple[Any, ...]]:
        with storage_errors(self.sql.path):
            yield from self.sql.conn.execute(sql, params)


def _csv_field(column: str, kind: str) -> str:
    if kind == "seconds":
        return (f"ifnull(printf('%d:%02d:%02d', {column} / 3600, {column} / 60 % 60, "
                f"{column} % 60), '')")
    if kind == "bool":
        return f"CASE {column} WHEN 1 THEN 'true' WHEN 0 THEN 'false' ELSE '' END"
    if kind in ("int", "number"):
        return f"ifnull(CAST({column} AS TEXT), '')"
    return f"""ifnull('"' || replace({column}, '"', '""') || '"', '')"""


def _filters(role: str, since: str, until: str) -> tuple[str, list[Any]]:
    """WHERE clauses over sessions s: its role (ASCII letters in any case) and its day."""
    clauses: list[str] = []
    params: list[Any] = []
    if role.strip():
        clauses.append("s.role_name = ? COLLATE NOCASE")
        params.append(role.strip())
    if since or until:
        clauses.append(f"{_SESSION_DATE} BETWEEN ? AND ?")
        params += [since or "0000-01-01", until or "9999-12-31"]
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params
