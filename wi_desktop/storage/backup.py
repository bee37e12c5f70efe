"""Automatic online backups: copy, check, list, rotate (restoring is in restore.py). No Qt.

A backup is a standalone SQLite file in rollback (DELETE) journal mode, so it is one file
that can be copied anywhere. It is written with SQLite's online backup API from a
connection to the data file (which stays open and usable) inside one read transaction,
so every page comes from the same committed state whatever other connections commit
meanwhile; checked with ``PRAGMA integrity_check``, and only then given its final name:

    wi-desktop-2026-11-25T14-05-03.123Z-quit.sqlite3

The instant is UTC (the trailing ``Z``), to the millisecond, so names sort in
time order, never collide across daylight-saving changes, and the creation time
survives copying the file elsewhere (it is read from the name, not the mtime).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from wi_desktop.core.backups import BackupFile, BackupInfo
from wi_desktop.core.errors import BackupError, CorruptDatabaseError, StorageError
from wi_desktop.core.speech import say, say_later
from wi_desktop.files import fsync_folder
from wi_desktop.storage.connection import BUSY_TIMEOUT_MS, storage_errors, translate_os_error

__all__ = [
    "DAY_MS", "KEEP", "BackupError", "BackupFile", "BackupInfo", "backup_data_file",
    "backup_due", "backup_name", "connection_file", "list_backups", "make_backup",
    "prune_backups", "read_backup_info", "scan_backups",
]

DAY_MS = 24 * 60 * 60 * 1000
KEEP = 7
PAGES_PER_STEP = 256  # 1 MiB per step with 4 KiB pages: the source is never locked for long
BACKUP_PREFIX = "wi-desktop-"
BACKUP_SUFFIX = ".sqlite3"
TEMP_PREFIX = ".wi-desktop-backup-"
TEMP_SUFFIX = ".tmp"
STALE_TEMP_SECONDS = 3600
SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's companions of a database file

_STAMP_FORMAT = "%Y-%m-%dT%H-%M-%S"
_NAME = re.compile(
    r"^wi-desktop-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})\.(?P<ms>\d{3})Z"
    r"-(?P<reason>[a-z0-9]+(?:-[a-z0-9]+)*)\.sqlite3$"
)

Progress = Callable[[int, int], None]
"""Called after each step of a backup with (pages copied, pages in total)."""


# names and instants -------------------------------------------------------------------
def utc_stamp(instant_ms: int) -> str:
    """``2026-11-25T14-05-03.123Z``: UTC, sortable, safe in file names everywhere."""
    seconds, millis = divmod(int(instant_ms), 1000)
    moment = datetime.fromtimestamp(seconds, tz=UTC)
    return f"{moment.strftime(_STAMP_FORMAT)}.{millis:03d}Z"


def _clean_reason(reason: str) -> str:
    words = re.findall(r"[a-z0-9]+", reason.lower())
    return "-".join(words)[:24].strip("-") or "manual"


def backup_name(instant_ms: int, reason: str) -> str:
    """The file name of a backup made at ``instant_ms`` (UTC) for ``reason``."""
    return f"{BACKUP_PREFIX}{utc_stamp(instant_ms)}-{_clean_reason(reason)}{BACKUP_SUFFIX}"


def parse_backup_name(name: str) -> tuple[int, str] | None:
    """(created_ms, reason) from one of our backup names; None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        moment = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return int(moment.timestamp()) * 1000 + int(match["ms"]), match["reason"]


# small helpers, shared with restore.py ------------------------------------------------
def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_with_companions(path: Path) -> None:
    """Delete ``path`` and its -wal/-shm/-journal, whichever exist; never raises."""
    for candidate in (path, *(Path(f"{path}{side}") for side in SIDE_FILES)):
        with contextlib.suppress(OSError):
            candidate.unlink()


def new_temp_file(folder: Path, prefix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    return Path(name)


def sqlite_uri(path: Path, mode: str = "ro") -> str:
    """A URI that opens ``path`` read-only ("ro") or read-write but never creates it ("rw")."""
    return f"{path.resolve().as_uri()}?mode={mode}"


@contextlib.contextmanager
def hinted_errors(path: Path | str, hint: str) -> Iterator[None]:
    """storage_errors with a hint that fits backups: the typed class stays the same."""
    try:
        with storage_errors(path):
            yield
    except BackupError:
        raise
    except StorageError as exc:
        raise type(exc)(exc.message, hint=hint) from exc.__cause__


_MAKE_HINT = say_later("Your data is safe; only this backup was not made. It will be tried "
                       "again.")


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """The problems ``PRAGMA integrity_check`` reports; empty when the file is sound."""
    rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(20)").fetchall()]
    return [] if rows == ["ok"] else rows


def count_contents(conn: sqlite3.Connection, path: Path) -> tuple[int, int]:
    """(sessions, notes) in the file behind CONN, whichever version of ours wrote it."""
    with storage_errors(path):
        row = conn.execute("SELECT (SELECT count(*) FROM sessions), "
                           "(SELECT count(*) FROM notes)").fetchone()
    return int(row[0]), int(row[1])


def connection_file(conn: sqlite3.Connection) -> Path | None:
    """The file behind ``conn``'s main database; None when it is in memory or closed."""
    with contextlib.suppress(sqlite3.Error):
        for row in conn.execute("PRAGMA database_list"):
            if row[1] == "main" and row[2]:
                return Path(row[2])
    return None


# making backups -----------------------------------------------------------------------
def make_backup(conn: sqlite3.Connection, backup_dir: Path, now_ms: int, *, reason: str,
                progress: Progress | None = None) -> BackupInfo:
    """Copy the open database into ``backup_dir`` as a checked, standalone backup file.

    ``conn`` is a connection to the data file, not inside a transaction. The copy is made
    in steps of PAGES_PER_STEP pages (``progress`` is told after each one and may raise to
    cancel), put in rollback journal mode, synced, checked and only then renamed.

    Raises DiskFullError / ReadOnlyError when the backup folder cannot be written,
    BackupError when the copy fails its check, CorruptDatabaseError when the data
    file itself is damaged. On any failure nothing is left behind in ``backup_dir``.
    """
    if conn.in_transaction:
        raise BackupError(
            say("A backup cannot be made while a change is still being saved."),
            hint=say("Try again in a moment."),
        )
    with hinted_errors(backup_dir, say(_MAKE_HINT)):
        if backup_dir.exists() and not backup_dir.is_dir():
            raise BackupError(
                say("The backup folder “{backup_dir}” is a file, not a folder, so no backup "
                    "can be written there.").format(backup_dir=backup_dir),
                hint=say("Your data is safe. Move or rename that file. {then}")
                     .format(then=say(_MAKE_HINT)),
            )
        backup_dir.mkdir(parents=True, exist_ok=True)
        temp = new_temp_file(backup_dir, TEMP_PREFIX)
    try:
        with hinted_errors(backup_dir, say(_MAKE_HINT)):
            _copy_online(conn, temp, progress)
            fsync_file(temp)
        _check_copy(conn, temp)
        with hinted_errors(backup_dir, say(_MAKE_HINT)):
            size = temp.stat().st_size
            final = _free_name(backup_dir, now_ms, reason)
            os.replace(temp, final)
            fsync_folder(backup_dir)
    except BaseException:
        remove_with_companions(temp)
        raise
    parsed = parse_backup_name(final.name)
    assert parsed is not None
    return read_backup_info(BackupFile(final, parsed[0], parsed[1], size))


def backup_data_file(data_file: Path, backup_dir: Path, now_ms: int, *, reason: str,
                     progress: Progress | None = None) -> BackupInfo:
    """make_backup through a connection of its own to ``data_file``, for another thread
    than the program's connection's: the program goes on committing meanwhile, and the
    copy holds what was committed when it began. A missing data file is never created."""
    with hinted_errors(data_file, say(_MAKE_HINT)):
        if not data_file.is_file():
            raise BackupError(say("The data file “{data_file}” is not there, so no backup was "
                                  "made.").format(data_file=data_file), hint=say(_MAKE_HINT))
        conn = sqlite3.connect(sqlite_uri(data_file, "rw"), uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        return make_backup(conn, backup_dir, now_ms, reason=reason, progress=progress)
    finally:
        conn.close()


def _copy_online(conn: sqlite3.Connection, temp: Path, progress: Progress | None) -> None:
    target = sqlite3.connect(str(temp), isolation_level=None)
    try:
        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        # one read transaction for every step: each step then reads the same snapshot, where
        # without it a commit by another connection between steps starts the copy over
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            conn.backup(target, pages=PAGES_PER_STEP, progress=step)
        finally:
            conn.execute("ROLLBACK")  # nothing was written: this only ends the read
        # the copied header still says WAL: make the copy one self-contained file
        mode = target.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise BackupError(say("The backup copy stayed in “{mode}” journal mode.")
                              .format(mode=mode))
    finally:
        target.close()


def _check_copy(conn: sqlite3.Connection, temp: Path) -> None:
    """Run integrity_check on the copy as it is on disk (a fresh read-only connection)."""
    with hinted_errors(temp, say(_MAKE_HINT)):
        check = sqlite3.connect(sqlite_uri(temp), uri=True)
        try:
            problems = integrity_problems(check)
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        finally:
            check.close()
    if not problems:
        return
    # is the copy bad, or the data file it was copied from?
    source = connection_file(conn) or "the data file"
    try:
        source_problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        source_problems = [str(exc)]
    if source_problems != ["ok"]:
        raise CorruptDatabaseError(
            say("The data file “{source}” is damaged: the backup made from it failed its "
                "integrity check ({problem}) and was discarded.").format(
                    source=source, problem=problems[0]),
            hint=say("The earlier backups were kept. Restore the newest good one."),
        )
    raise BackupError(
        say("The backup copy failed its integrity check ({problem}) and was discarded.")
        .format(problem=problems[0]),
        hint=say("The disk that holds the backups may be failing.") + " " + say(_MAKE_HINT),
    )


def _free_name(backup_dir: Path, now_ms: int, reason: str) -> Path:
    """The final name for a backup made now; never one that already exists."""
    instant = now_ms
    while (backup_dir / backup_name(instant, reason)).exists():
        instant += 1
    return backup_dir / backup_name(instant, reason)


# listing and rotation -----------------------------------------------------------------
def scan_backups(backup_dir: Path) -> list[BackupFile]:
    """Our backups in ``backup_dir``, newest first, from their names and sizes alone (no
    file is opened, so it is cheap). Other files and temp files are ignored."""
    try:
        entries = list(os.scandir(backup_dir))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise translate_os_error(exc, backup_dir) from exc
    return _backup_files(entries)


def _backup_files(entries: list[os.DirEntry[str]]) -> list[BackupFile]:
    found: list[BackupFile] = []
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is not None and entry.is_file(follow_symlinks=False):
            with contextlib.suppress(OSError):
                size = entry.stat(follow_symlinks=False).st_size
                found.append(BackupFile(Path(entry.path), parsed[0], parsed[1], size))
    found.sort(key=lambda info: (info.created_ms, info.path.name), reverse=True)
    return found


def read_backup_info(found: BackupFile) -> BackupInfo:
    """What a backup holds, from cheap queries (no integrity check: see verify_backup in
    restore.py); the counts are None when the file cannot be read."""
    sessions: int | None = None
    notes: int | None = None
    with contextlib.suppress(sqlite3.Error, StorageError):
        conn = sqlite3.connect(sqlite_uri(found.path), uri=True)
        try:
            sessions, notes = count_contents(conn, found.path)
        finally:
            conn.close()
    return BackupInfo(path=found.path, created_ms=found.created_ms, reason=found.reason,
                      size_bytes=found.size_bytes, session_count=sessions, note_count=notes)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """scan_backups with what each backup holds: every file is opened, so it takes a while
    with large backups."""
    return [read_backup_info(found) for found in scan_backups(backup_dir)]


def prune_backups(backup_dir: Path, keep: int = KEEP) -> list[Path]:
    """Delete the oldest backups beyond the newest ``keep``; return what was deleted.

    Also removes temp files left by a backup that was interrupted (older than an hour).
    Files that are not ours are never touched.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1: pruning never deletes every backup")
    doomed = [found.path for found in reversed(_backup_files(_scan(backup_dir))[keep:])]
    with hinted_errors(backup_dir, "The backups were kept; deleting will be tried again."):
        for path in doomed:
            path.unlink(missing_ok=True)
    cutoff = time.time() - STALE_TEMP_SECONDS
    for entry in _scan(backup_dir):
        if entry.name.startswith(TEMP_PREFIX):
            with contextlib.suppress(OSError):
                if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                    os.unlink(entry.path)
    if doomed:
        with contextlib.suppress(OSError):
            fsync_folder(backup_dir)
    return doomed


def _scan(folder: Path) -> list[os.DirEntry[str]]:
    try:
        return list(os.scandir(folder))
    except OSError:
        return []


def backup_due(backup_dir: Path, now_ms: int, *, every_ms: int = DAY_MS) -> bool:
    """True when there is no backup, or the newest is ``every_ms`` old or more.

    A newest backup dated in the future (the clock was set back) also makes one due.
    Only the folder is read, so this is cheap enough to call from a timer.
    """
    found = _backup_files(_scan(backup_dir))
    if not found:
        return True
    newest = found[0].created_ms
    return newest > now_ms or now_ms - newest >= every_ms
