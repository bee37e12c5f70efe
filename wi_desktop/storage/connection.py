"""Open the data file safely: refuse files that are not ours, map SQLite errors to words."""

from __future__ import annotations

import contextlib
import sqlite3
import struct
from pathlib import Path
from types import TracebackType

from wi_desktop.core.errors import (
    CorruptDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    ForeignFileError,
    NewerSchemaError,
    ReadOnlyError,
    StorageError,
)
from wi_desktop.core.folding import sql_fold
from wi_desktop.core.speech import say

APPLICATION_ID = 0x57494F42  # "WIOB": marks the file as ours in the SQLite header
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def read_header(path: Path) -> tuple[int, int] | None:
    """(application_id, user_version) read straight from the file header.

    Returns None for a missing or empty file. Raises ForeignFileError when the
    file is not SQLite. Reads bytes only, so the file cannot be changed.
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return None
    except IsADirectoryError as exc:
        raise ForeignFileError(say("“{path}” is a folder, not a data file.")
                               .format(path=path)) from exc
    except PermissionError as exc:
        raise ReadOnlyError(
            say("“{path}” cannot be read: permission denied.").format(path=path),
            hint=say("Check the file's permissions or choose another data folder."),
        ) from exc
    if not header:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise ForeignFileError(
            say("“{path}” is not a Working Interview Observer data file (it is not a SQLite "
                "database).").format(path=path),
            hint=say("The file was left untouched. Choose another folder for your data."),
        )
    user_version, = struct.unpack(">i", header[60:64])
    application_id, = struct.unpack(">i", header[68:72])
    return application_id, user_version


def check_ownership(path: Path, application_id: int, user_version: int,
                    latest_version: int) -> None:
    """Refuse another program's database or one from a newer version of ours."""
    if application_id not in (0, APPLICATION_ID):
        raise ForeignDatabaseError(
            say("“{path}” is a SQLite database that belongs to another program.").format(path=path),
            hint=say("It was left untouched. Choose another folder for your data."),
        )
    if application_id == APPLICATION_ID and user_version > latest_version:
        raise NewerSchemaError(
            say("“{path}” was written by a newer version of Working Interview Observer (data "
                "format {found}; this version reads up to {latest}).").format(
                    path=path, found=user_version, latest=latest_version),
            hint=say("Install the newer version to open it, or choose another folder. The file "
                     "was left untouched."),
        )


def has_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return bool(row[0])


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode: every write is an explicit transaction."""
    with storage_errors(path):
        conn = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=False,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.create_function("wi_fold", 1, sql_fold, deterministic=True)  # the search index
        return conn


def apply_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")


class atomic:  # noqa: N801 - used like the function it replaced: `with atomic(conn):`
    """One write transaction, committed (and synced to disk) when the block ends. Inside
    another one it is a savepoint: its part is undone alone on failure, and committed with
    the outer transaction.

    A class rather than a generator: every note goes through it, and this costs a few
    microseconds less on each."""

    __slots__ = ("conn", "nested")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.nested = False

    def __enter__(self) -> None:
        self.nested = self.conn.in_transaction
        self.conn.execute("SAVEPOINT inner" if self.nested else "BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.nested:
            if kind is not None and self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK TO inner")
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("RELEASE inner")
            return
        if kind is not None:
            self._roll_back()
            return
        try:
            self.conn.execute("COMMIT")
        except BaseException:  # e.g. the disk filled up: the caller is told nothing was
            self._roll_back()  # written, so nothing may be committed later either
            raise

    def _roll_back(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")


class storage_errors:  # noqa: N801 - used like a function: `with storage_errors(path):`
    """Turn sqlite3 and OS errors into typed errors that say what happened."""

    __slots__ = ("path",)

    def __init__(self, path: Path | str) -> None:
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if isinstance(error, sqlite3.Error):
            raise translate_sqlite_error(error, self.path) from error
        if isinstance(error, OSError):
            raise translate_os_error(error, self.path) from error


def translate_sqlite_error(exc: sqlite3.Error, path: Path | str) -> StorageError:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return DiskFullError(
            say("There is no space left on the disk that holds “{path}”.").format(path=path),
            hint=say("Free some space; what you were writing is kept and will be retried."),
        )
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")) or (
        "readonly" in text or "unable to open" in text
    ):
        return ReadOnlyError(
            say("“{path}” cannot be written.").format(path=path),
            hint=say("Check that the folder is writable, or choose another with --data-dir."),
        )
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return CorruptDatabaseError(
            say("“{path}” is damaged and cannot be read.").format(path=path),
            hint=say("Restore it from a backup."),
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StorageError(
            say("“{path}” is in use by another copy of the program.").format(path=path),
            hint=say("Close the other copy and try again."),
        )
    if name.startswith("SQLITE_IOERR"):
        return StorageError(say("The disk reported an error while writing “{path}”: {text}.")
                            .format(path=path, text=text))
    return StorageError(say("The data file “{path}” could not be used: {text}.")
                        .format(path=path, text=text))


def translate_os_error(exc: OSError, path: Path | str) -> StorageError:
    import errno

    if exc.errno == errno.ENOSPC:
        return DiskFullError(say("There is no space left on the disk that holds “{path}”.")
                             .format(path=path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyError(
            say("“{path}” cannot be written: {strerror}.").format(path=path, strerror=exc.strerror),
            hint=say("Choose another data folder with --data-dir."),
        )
    return StorageError(say("“{path}”: {reason}.").format(path=path, reason=exc.strerror or exc))


def open_data_file(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate our data file.

    A file that is not ours, or is from a newer version, is refused before
    anything is written, so its bytes stay exactly as they were.
    """
    from wi_desktop.storage.migrations import latest_version, migrate

    header = read_header(path)
    if header is not None:
        check_ownership(path, *header, latest_version())
    conn = connect(path)
    try:
        with storage_errors(path):
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            check_ownership(path, application_id, user_version, latest_version())
            if application_id == 0:
                if has_tables(conn):
                    raise ForeignDatabaseError(
                        say("“{path}” is a SQLite database that belongs to another program.")
                        .format(path=path),
                        hint=say("It was left untouched. Choose another folder for your data."),
                    )
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            apply_pragmas(conn)
            migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn
