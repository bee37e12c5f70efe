"""One connection's statements, each turned into words when it fails; shared by the tables."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from wi_desktop.storage.connection import atomic, storage_errors


def column_names(cls: type) -> tuple[str, ...]:
    """Column names, which match the dataclass fields."""
    return tuple(f.name for f in fields(cls))


LARGE_WRITE_ROWS = 1000  # a transaction changing this many rows calls after_large_write


class Sql:
    """Runs statements on one connection of the data file at PATH."""

    __slots__ = ("after_large_write", "conn", "path")

    def __init__(self, conn: sqlite3.Connection, path: Path | str = "") -> None:
        self.conn = conn
        self.path: Path | str = path or "the data file"
        # told once a transaction that changed LARGE_WRITE_ROWS rows or more is committed
        self.after_large_write: Callable[[], None] | None = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write: all of it is on disk when the block ends, or none of it.
        Inside another transaction it is a part of that one."""
        with storage_errors(self.path):
            before = self.conn.total_changes
            with atomic(self.conn):
                yield
        if (self.after_large_write is not None and not self.conn.in_transaction
                and self.conn.total_changes - before >= LARGE_WRITE_ROWS):
            self.after_large_write()

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with storage_errors(self.path):
            return list(self.conn.execute(sql, params).fetchall())

    def write(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement inside the caller's transaction; return lastrowid."""
        with storage_errors(self.path):
            cursor = self.conn.execute(sql, params)
            return int(cursor.lastrowid or 0)

    def write_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with storage_errors(self.path):
            self.conn.executemany(sql, rows)

    def upsert(self, table: str, session_id: int, columns: Sequence[str],
               values: Sequence[Any], updated_ms: int) -> None:
        """Insert or replace the one row of TABLE that belongs to a session."""
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in (*columns, "updated_ms"))
        self.write(
            f"INSERT INTO {table} (session_id, {names}, updated_ms) VALUES (?, {marks}, ?) "
            f"ON CONFLICT (session_id) DO UPDATE SET {updates}",
            (session_id, *values, updated_ms))
