"""The data file as tables by area, over one connection: what the use cases are given."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from wi_desktop.storage.agreement_tables import AgreementTables
from wi_desktop.storage.comparison_tables import ComparisonTables
from wi_desktop.storage.note_tables import NoteTables
from wi_desktop.storage.pay_tables import PayTables
from wi_desktop.storage.score_tables import ScoreTables
from wi_desktop.storage.search_tables import SearchTables
from wi_desktop.storage.session_tables import SessionTables
from wi_desktop.storage.settings_tables import SettingsTables, TemplateTables
from wi_desktop.storage.sql import Sql
from wi_desktop.storage.version_tables import VersionTables
from wi_desktop.storage.view_tables import ViewTables

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from wi_desktop.storage.checkpoint import Checkpointer


class Database:
    """One opened data file. Its tables are grouped by what they hold; a transaction spans
    them all."""

    def __init__(self, conn: sqlite3.Connection, path: Path | str = "") -> None:
        self.sql = Sql(conn, path)
        self.sessions = SessionTables(self.sql)
        self.notes = NoteTables(self.sql)
        self.scores = ScoreTables(self.sql)
        self.pay = PayTables(self.sql)
        self.agreements = AgreementTables(self.sql)
        self.versions = VersionTables(self.sql)
        self.settings = SettingsTables(self.sql)
        self.templates = TemplateTables(self.sql)
        self.views = ViewTables(self.sql)
        self.search = SearchTables(self.sql)
        self.comparison = ComparisonTables(self.sql)
        self.checkpointer: Checkpointer | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        return self.sql.conn

    @property
    def data_file(self) -> Path | None:
        """The file on disk (None for a database that has no path of its own)."""
        return self.sql.path if isinstance(self.sql.path, Path) else None

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        return self.sql.transaction()

    def read(self) -> contextlib.AbstractContextManager[None]:
        """Several reads that see one state of the file (a write between them waits)."""
        return _read(self.sql)

    def checkpoint_in_background(self, every_s: float | None = None) -> bool:
        """From now on a thread copies the log into the file, not the commits (see
        storage/checkpoint.py), every EVERY_S seconds by default; True when it started."""
        from wi_desktop.storage.checkpoint import EVERY_S, Checkpointer

        path = self.data_file
        if self.checkpointer is None and path is not None:
            checkpointer = Checkpointer(path, self.conn, every_s or EVERY_S)
            if checkpointer.start():
                self.checkpointer = checkpointer
                self.sql.after_large_write = self._checkpoint_now
        return self.checkpointer is not None

    def _checkpoint_now(self) -> None:
        """After a transaction of many rows (an imported session), copy the log into the
        file at once, as SQLite would inside such a commit were the thread not doing it.
        The log then starts over in space its file already has: a commit that has to make
        the file longer costs about twice as much, and the next notes do not pay that."""
        try:
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error as error:  # the thread's next round tries again
            log.warning("checkpoint after a large write failed: %s", error)

    def close(self) -> None:
        if self.checkpointer is not None:
            self.sql.after_large_write = None
            self.checkpointer.stop()
            self.checkpointer = None
        with contextlib.suppress(Exception):
            self.conn.close()


@contextlib.contextmanager
def _read(sql: Sql) -> Iterator[None]:
    if sql.conn.in_transaction:
        yield
        return
    sql.conn.execute("BEGIN")
    try:
        yield
    finally:
        with contextlib.suppress(sqlite3.Error):
            sql.conn.execute("COMMIT")


def open_database(path: Path) -> Database:
    """Open (creating and migrating if needed) the data file at PATH."""
    from wi_desktop.storage.connection import open_data_file

    return Database(open_data_file(path), path)
