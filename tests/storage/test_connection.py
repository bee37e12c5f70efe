"""Opening the data file: ours is migrated; anything else is refused and left untouched."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wi_desktop.core.errors import (
    DiskFullError,
    ForeignDatabaseError,
    ForeignFileError,
    NewerSchemaError,
    ReadOnlyError,
    StorageError,
)
from wi_desktop.storage.connection import (
    APPLICATION_ID,
    atomic,
    open_data_file,
    storage_errors,
    translate_sqlite_error,
)
from wi_desktop.storage.migrations import latest_version


def test_new_file_is_stamped_and_uses_wal_full_sync_and_foreign_keys(db_path):
    db = open_data_file(db_path)
    pragma = lambda name: db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("application_id") == APPLICATION_ID
    assert pragma("user_version") == latest_version() >= 1
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 1000
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"sessions", "tasks", "timer_spans", "notes", "scores", "drafts"} <= tables


def test_reopening_applies_nothing_twice(db_path):
    open_data_file(db_path).close()
    db = open_data_file(db_path)
    names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")]
    assert names == sorted(set(names))


def _assert_refused_untouched(path: Path, error: type[Exception], words: str) -> None:
    before = path.read_bytes()
    with pytest.raises(error, match=words) as info:
        open_data_file(path)
    assert path.read_bytes() == before
    assert "untouched" in str(info.value)


def test_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my shopping notes\n" * 10)
    _assert_refused_untouched(path, ForeignFileError, "not a SQLite database")


def test_another_programs_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()
    _assert_refused_untouched(path, ForeignDatabaseError, "another program")
    assert not Path(str(path) + "-wal").exists()


def test_sqlite_with_a_different_application_id_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.close()
    _assert_refused_untouched(path, ForeignDatabaseError, "another program")


def test_newer_schema_is_refused_untouched(db_path):
    open_data_file(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    _assert_refused_untouched(db_path, NewerSchemaError, "newer version")


def test_sqlite_errors_become_words():
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
    assert isinstance(translate_sqlite_error(full, "/x"), DiskFullError)
    ro = sqlite3.OperationalError("attempt to write a readonly database")
    ro.sqlite_errorname = "SQLITE_READONLY"  # type: ignore[attr-defined]
    assert "cannot be written" in str(translate_sqlite_error(ro, "/x"))
    assert isinstance(translate_sqlite_error(ro, "/x"), ReadOnlyError)


def test_disk_full_during_a_note_is_a_typed_error_and_keeps_earlier_notes(
        repo, service, session_id):
    service.notes.add_note(session_id, "kept")
    page_count = repo.conn.execute("PRAGMA page_count").fetchone()[0]
    repo.conn.execute(f"PRAGMA max_page_count = {page_count}")
    with pytest.raises(DiskFullError, match="no space"):
        service.notes.add_note(session_id, "x" * 200_000)
    repo.conn.execute("PRAGMA max_page_count = 1073741823")
    assert [n.text for n in service.notes.notes(session_id)] == ["kept"]


def test_core_and_storage_never_import_qt():
    code = (
        "import sys\n"
        "import pkgutil, importlib, wi_desktop.core, wi_desktop.storage, wi_desktop.export\n"
        "for package in (wi_desktop.core, wi_desktop.storage, wi_desktop.export):\n"
        "    for info in pkgutil.iter_modules(package.__path__):\n"
        "        importlib.import_module(package.__name__ + '.' + info.name)\n"
        "import wi_desktop.wiring, wi_desktop.paths, wi_desktop.cli\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_opening_a_current_file_does_not_import_sqlite_utils(db_path):
    open_data_file(db_path).close()  # creates and migrates
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from wi_desktop.storage.connection import open_data_file\n"
        f"open_data_file(Path({str(db_path)!r})).close()\n"
        "assert 'sqlite_utils' not in sys.modules, 'startup paid for sqlite-utils'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_migrations_are_recorded_by_name_in_sqlite_utils_table(db_path):
    conn = open_data_file(db_path)
    rows = conn.execute("SELECT migration_set, name FROM _sqlite_migrations").fetchall()
    assert rows[0] == ("wi_desktop", "0001_initial")


def test_a_commit_that_fails_leaves_nothing_behind_and_the_next_write_works(db_path):
    """A failed COMMIT must not leave the transaction open: the caller was told nothing was
    written, so the row may not reach the file later with someone else's commit."""
    conn = open_data_file(db_path)
    conn.execute("PRAGMA defer_foreign_keys = ON")  # the check now runs at COMMIT
    with pytest.raises(StorageError), storage_errors(db_path), atomic(conn):
        conn.execute("INSERT INTO notes (session_id, created_ms, elapsed_ms, text) "
                     "VALUES (999, 0, 0, 'refused at commit')")
    assert not conn.in_transaction
    with atomic(conn):  # a fresh transaction starts and commits normally
        conn.execute("INSERT INTO settings (key, value) VALUES ('after', 'ok')")
    other = sqlite3.connect(db_path)
    assert other.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert other.execute("SELECT value FROM settings WHERE key = 'after'").fetchone() == ("ok",)
    other.close()
    conn.close()
