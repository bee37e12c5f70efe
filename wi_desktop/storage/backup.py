"""Automatic online backups: copy, check, rotate, restore. No Qt.

A backup is a standalone SQLite file in rollback (DELETE) journal mode, so it is
one file that can be copied anywhere. It is written with SQLite's online backup
API from the program's own connection (the data file stays open and usable),
checked with ``PRAGMA integrity_check``, and only then given its final name:

    wi-desktop-2026-11-25T14-05-03.123Z-quit.sqlite3

The instant is UTC (the trailing ``Z``), to the millisecond, so names sort in
time order, never collide across daylight-saving changes, and the creation time
survives copying the file elsewhere (it is read from the name, not the mtime).

Restoring never deletes the user's data: the current file (with its -wal/-shm)
is renamed to ``<name>.before-restore-<instant>`` before the backup is put in
its place atomically. A damaged data file is renamed to ``<name>.corrupt-<instant>``.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wi_desktop.core.errors import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    StorageError,
)
from wi_desktop.files import fsync_folder
from wi_desktop.storage.db import (
    APPLICATION_ID,
    check_ownership,
    read_header,
    storage_errors,
    translate_os_error,
)

__all__ = [
    "DAY_MS",
    "KEEP",
    "BackupError",
    "BackupInfo",
    "backup_due",
    "backup_name",
    "list_backups",
    "make_backup",
    "move_aside_corrupt",
    "newest_good_backup",
    "prune_backups",
    "restore_backup",
    "verify_backup",
]

DAY_MS = 24 * 60 * 60 * 1000
KEEP = 7
PAGES_PER_STEP = 256  # 1 MiB per step with 4 KiB pages: the source is never locked for long
BACKUP_PREFIX = "wi-desktop-"
BACKUP_SUFFIX = ".sqlite3"
TEMP_PREFIX = ".wi-desktop-backup-"
RESTORE_TEMP_PREFIX = ".wi-desktop-restore-"
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


class BackupError(StorageError):
    """A backup could not be made, or a chosen backup cannot be restored."""

    title = "The backup could not be used"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as the restore dialog lists it."""

    path: Path
    created_ms: int
    """When the backup was made: milliseconds since the epoch, UTC (from the file name)."""
    reason: str
    """Why it was made: "daily", "quit", "manual", ... (from the file name)."""
    size_bytes: int
    session_count: int | None
    """Sessions in the backup; None when the file cannot be read."""
    note_count: int | None
    """Notes in the backup; None when the file cannot be read."""

    @property
    def readable(self) -> bool:
        return self.session_count is not None


# names and instants -------------------------------------------------------------------
def _stamp(instant_ms: int) -> str:
    """``2026-11-25T14-05-03.123Z``: UTC, sortable, safe in file names everywhere."""
    seconds, millis = divmod(int(instant_ms), 1000)
    moment = datetime.fromtimestamp(seconds, tz=UTC)
    return f"{moment.strftime(_STAMP_FORMAT)}.{millis:03d}Z"


def _clean_reason(reason: str) -> str:
    words = re.findall(r"[a-z0-9]+", reason.lower())
    return "-".join(words)[:24].strip("-") or "manual"


def backup_name(instant_ms: int, reason: str) -> str:
    """The file name of a backup made at ``instant_ms`` (UTC) for ``reason``."""
    return f"{BACKUP_PREFIX}{_stamp(instant_ms)}-{_clean_reason(reason)}{BACKUP_SUFFIX}"


def _parse_name(name: str) -> tuple[int, str] | None:
    """(created_ms, reason) from one of our backup names; None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        moment = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return int(moment.timestamp()) * 1000 + int(match["ms"]), match["reason"]


# small file-system helpers ------------------------------------------------------------
def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    for candidate in (path, *(Path(f"{path}{side}") for side in SIDE_FILES)):
        with contextlib.suppress(OSError):
            candidate.unlink()


def _new_temp(folder: Path, prefix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    return Path(name)


def _ro_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


@contextlib.contextmanager
def _errors(path: Path | str, hint: str) -> Iterator[None]:
    """storage_errors with a hint that fits backups: the typed class stays the same."""
    try:
        with storage_errors(path):
            yield
    except BackupError:
        raise
    except StorageError as exc:
        raise type(exc)(exc.message, hint=hint) from exc.__cause__


_MAKE_HINT = "Your data is safe; only this backup was not made. It will be tried again."
_RESTORE_HINT = "Nothing was restored: your current data is unchanged. Choose another backup."


def _integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """The problems ``PRAGMA integrity_check`` reports; empty when the file is sound."""
    rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(20)").fetchall()]
    return [] if rows == ["ok"] else rows


def _counts(conn: sqlite3.Connection, path: Path) -> tuple[int, int]:
    """(sessions, notes), read through the repository: it alone knows table names."""
    from wi_desktop.storage.repository import SqliteRepository

    sessions = SqliteRepository(conn, path).list_sessions()
    return len(sessions), sum(summary.note_count for summary in sessions)


def _data_file_name(conn: sqlite3.Connection) -> str:
    with contextlib.suppress(sqlite3.Error):
        for row in conn.execute("PRAGMA database_list"):
            if row[1] == "main" and row[2]:
                return str(row[2])
    return "the data file"


# making backups -----------------------------------------------------------------------
def make_backup(conn: sqlite3.Connection, backup_dir: Path, now_ms: int, *, reason: str,
                progress: Progress | None = None) -> BackupInfo:
    """Copy the open database into ``backup_dir`` as a checked, standalone backup file.

    ``conn`` is the program's connection to the data file (it stays open and usable);
    it must not be inside a transaction. The copy is made with SQLite's online backup
    API in steps of PAGES_PER_STEP pages (``progress`` is told after each step and
    may raise to cancel), put in rollback journal mode, synced, checked with
    ``PRAGMA integrity_check`` and only then renamed to its final, UTC-stamped name.

    Raises DiskFullError / ReadOnlyError when the backup folder cannot be written,
    BackupError when the copy fails its check, CorruptDatabaseError when the data
    file itself is damaged. On any failure nothing is left behind in ``backup_dir``.
    """
    if conn.in_transaction:
        raise BackupError(
            "A backup cannot be made while a change is still being saved.",
            hint="Try again in a moment.",
        )
    with _errors(backup_dir, _MAKE_HINT):
        if backup_dir.exists() and not backup_dir.is_dir():
            raise BackupError(
                f"The backup folder “{backup_dir}” is a file, not a folder, "
                "so no backup can be written there.",
                hint=f"Your data is safe. Move or rename that file. {_MAKE_HINT}",
            )
        backup_dir.mkdir(parents=True, exist_ok=True)
        temp = _new_temp(backup_dir, TEMP_PREFIX)
    try:
        with _errors(backup_dir, _MAKE_HINT):
            _copy_online(conn, temp, progress)
            _fsync_file(temp)
        _check_copy(conn, temp)
        with _errors(backup_dir, _MAKE_HINT):
            info = _read_info(temp, now_ms, reason)
            final = _free_name(backup_dir, now_ms, reason)
            os.replace(temp, final)
            fsync_folder(backup_dir)
    except BaseException:
        _remove_quietly(temp)
        raise
    parsed = _parse_name(final.name)
    assert parsed is not None
    return BackupInfo(path=final, created_ms=parsed[0], reason=parsed[1],
                      size_bytes=info.size_bytes, session_count=info.session_count,
                      note_count=info.note_count)


def _copy_online(conn: sqlite3.Connection, temp: Path, progress: Progress | None) -> None:
    target = sqlite3.connect(str(temp), isolation_level=None)
    try:
        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        conn.backup(target, pages=PAGES_PER_STEP, progress=step)
        # the copied header still says WAL: make the copy one self-contained file
        mode = target.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise BackupError(f"The backup copy stayed in “{mode}” journal mode.")
    finally:
        target.close()


def _check_copy(conn: sqlite3.Connection, temp: Path) -> None:
    """Run integrity_check on the copy as it is on disk (a fresh read-only connection)."""
    with _errors(temp, _MAKE_HINT):
        check = sqlite3.connect(_ro_uri(temp), uri=True)
        try:
            problems = _integrity_problems(check)
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        finally:
            check.close()
    if not problems:
        return
    # is the copy bad, or the data file it was copied from?
    source = _data_file_name(conn)
    try:
        source_problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        source_problems = [str(exc)]
    if source_problems != ["ok"]:
        raise CorruptDatabaseError(
            f"The data file “{source}” is damaged: the backup made from it failed its "
            f"integrity check ({problems[0]}) and was discarded.",
            hint="The earlier backups were kept. Restore the newest good one.",
        )
    raise BackupError(
        f"The backup copy failed its integrity check ({problems[0]}) and was discarded.",
        hint="The disk that holds the backups may be failing. " + _MAKE_HINT,
    )


def _read_info(path: Path, created_ms: int, reason: str) -> BackupInfo:
    """Size and counts of a backup file; counts are None when it cannot be read."""
    size = path.stat().st_size
    sessions: int | None = None
    notes: int | None = None
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            sessions, notes = _counts(conn, path)
        finally:
            conn.close()
    except (sqlite3.Error, StorageError):
        sessions = notes = None
    return BackupInfo(path=path, created_ms=created_ms, reason=_clean_reason(reason),
                      size_bytes=size, session_count=sessions, note_count=notes)


def _free_name(backup_dir: Path, now_ms: int, reason: str) -> Path:
    """The final name for a backup made now; never one that already exists."""
    instant = now_ms
    while (backup_dir / backup_name(instant, reason)).exists():
        instant += 1
    return backup_dir / backup_name(instant, reason)


# listing and rotation -----------------------------------------------------------------
def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Our backups in ``backup_dir``, newest first. Other files and temp files are ignored.

    Counts come from cheap queries on each file (no integrity check: see verify_backup).
    """
    found: list[BackupInfo] = []
    try:
        entries = list(os.scandir(backup_dir))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise translate_os_error(exc, backup_dir) from exc
    for entry in entries:
        parsed = _parse_name(entry.name)
        if parsed is None or not entry.is_file(follow_symlinks=False):
            continue
        with contextlib.suppress(OSError):
            found.append(_read_info(Path(entry.path), parsed[0], parsed[1]))
    found.sort(key=lambda info: (info.created_ms, info.path.name), reverse=True)
    return found


def prune_backups(backup_dir: Path, keep: int = KEEP) -> list[Path]:
    """Delete the oldest backups beyond the newest ``keep``; return what was deleted.

    Also removes temp files left by a backup that was interrupted (older than an hour).
    Files that are not ours are never touched.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1: pruning never deletes every backup")
    names = sorted(
        (parsed[0], entry.name)
        for entry in _scan(backup_dir)
        if (parsed := _parse_name(entry.name)) is not None
        and entry.is_file(follow_symlinks=False)
    )
    doomed = [backup_dir / name for _, name in names[:-keep]]
    with _errors(backup_dir, "The backups were kept; deleting will be tried again."):
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
    Only file names are read, so this is cheap enough to call from a timer.
    """
    instants = [parsed[0] for entry in _scan(backup_dir)
                if (parsed := _parse_name(entry.name)) is not None
                and entry.is_file(follow_symlinks=False)]
    if not instants:
        return True
    newest = max(instants)
    return newest > now_ms or now_ms - newest >= every_ms


# verifying and restoring --------------------------------------------------------------
def _check_ours(path: Path, hint: str) -> None:
    """Refuse a file that is not one of our databases, or is from a newer version."""
    from wi_desktop.storage.migrations import latest_version

    try:
        header = read_header(path)
        if header is None:
            raise BackupError(
                f"“{path}” is missing or empty, so it is not a backup.", hint=hint)
        check_ownership(path, *header, latest_version())
    except BackupError:
        raise
    except StorageError as exc:
        raise type(exc)(exc.message, hint=hint) from exc
    if header[0] != APPLICATION_ID:
        raise ForeignDatabaseError(
            f"“{path}” is a SQLite database that belongs to another program, "
            "not a Working Interview Observer backup.",
            hint=hint,
        )


def _verify_open(conn: sqlite3.Connection, path: Path, hint: str) -> tuple[int, int]:
    """Integrity, ownership and format of an open candidate; returns its counts."""
    from wi_desktop.storage.migrations import latest_version

    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        problems = _integrity_problems(conn)
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems:
        raise BackupError(
            f"The backup “{path.name}” is damaged: it failed its integrity check "
            f"({problems[0]}).",
            hint=hint,
        )
    with _errors(path, hint):
        check_ownership(path, application_id, user_version, latest_version())
        if application_id != APPLICATION_ID:
            raise ForeignDatabaseError(
                f"“{path}” is a SQLite database that belongs to another program, "
                "not a Working Interview Observer backup.",
                hint=hint,
            )
        return _counts(conn, path)


def verify_backup(backup_path: Path) -> BackupInfo:
    """Check a backup fully (ours, not newer, integrity ok) without changing it.

    Returns its info; raises ForeignFileError / ForeignDatabaseError / NewerSchemaError /
    BackupError (damaged) with words to show.
    """
    hint = "Choose another backup."
    _check_ours(backup_path, hint)
    with _errors(backup_path, hint):
        conn = sqlite3.connect(_ro_uri(backup_path), uri=True)
        try:
            sessions, notes = _verify_open(conn, backup_path, hint)
        finally:
            conn.close()
        size = backup_path.stat().st_size
    parsed = _parse_name(backup_path.name)
    created_ms, reason = parsed if parsed else (int(backup_path.stat().st_mtime * 1000), "")
    return BackupInfo(path=backup_path, created_ms=created_ms, reason=reason,
                      size_bytes=size, session_count=sessions, note_count=notes)


def newest_good_backup(backup_dir: Path) -> BackupInfo | None:
    """The newest backup that passes verify_backup, or None. Runs integrity checks."""
    for info in list_backups(backup_dir):
        with contextlib.suppress(StorageError):
            return verify_backup(info.path)
    return None


def _set_aside(data_file: Path, label: str, now_ms: int) -> Path:
    """Rename the data file and its -wal/-shm/-journal to ``<name>.<label>-<instant>``.

    The companions keep their suffixes, so the set-aside file opens with its WAL.
    """
    instant = now_ms
    while True:
        aside = data_file.with_name(f"{data_file.name}.{label}-{_stamp(instant)}")
        if not any(Path(f"{aside}{side}").exists() for side in ("", *SIDE_FILES)):
            break
        instant += 1
    os.replace(data_file, aside)
    for side in SIDE_FILES:
        companion = Path(f"{data_file}{side}")
        if companion.exists():
            os.replace(companion, Path(f"{aside}{side}"))
    fsync_folder(data_file.parent)
    return aside


def move_aside_corrupt(data_file: Path, now_ms: int) -> Path:
    """Rename a damaged data file (with -wal/-shm) to ``<name>.corrupt-<instant>``.

    Nothing is deleted. Returns the new path. The connection must be closed first.
    """
    with _errors(data_file, "The damaged file was left where it was."):
        if not data_file.exists():
            raise StorageError(f"“{data_file}” does not exist, so it cannot be moved aside.")
        return _set_aside(data_file, "corrupt", now_ms)


def restore_backup(backup_path: Path, data_file: Path, *, now_ms: int | None = None) -> Path | None:
    """Put ``backup_path`` in place of ``data_file``; return where the old file went.

    THE CALLER MUST CLOSE EVERY CONNECTION TO ``data_file`` FIRST (and reopen it with
    open_data_file afterwards, which also migrates an older backup and turns WAL on).

    The backup is copied next to the data file and that copy is verified (ours, not
    from a newer version, integrity ok) before anything else happens: a foreign,
    newer or damaged backup is refused with a typed error and nothing changes. Then
    the current data file with its -wal/-shm is renamed to
    ``<name>.before-restore-<UTC instant>`` (never deleted) and the verified copy is
    renamed into place atomically. Returns the set-aside path, or None when there
    was no current data file (e.g. it was already moved aside as corrupt).
    """
    now_ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    folder = data_file.parent
    _check_ours(backup_path, _RESTORE_HINT)
    with _errors(folder, _RESTORE_HINT):
        folder.mkdir(parents=True, exist_ok=True)
        temp = _new_temp(folder, RESTORE_TEMP_PREFIX)
    try:
        with _errors(folder, _RESTORE_HINT):
            with open(backup_path, "rb") as source, open(temp, "wb") as target:
                shutil.copyfileobj(source, target, 1024 * 1024)
                target.flush()
                os.fsync(target.fileno())
            conn = sqlite3.connect(str(temp), isolation_level=None)
            try:
                _verify_open(conn, backup_path, _RESTORE_HINT)
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()
            _fsync_file(temp)
        with _errors(data_file, _RESTORE_HINT):
            aside = _set_aside(data_file, "before-restore", now_ms) if data_file.exists() else None
            try:
                os.replace(temp, data_file)
            except BaseException:
                if aside is not None:  # put the user's file back where it was
                    with contextlib.suppress(OSError):
                        os.replace(aside, data_file)
                        for side in SIDE_FILES:
                            if Path(f"{aside}{side}").exists():
                                os.replace(Path(f"{aside}{side}"), Path(f"{data_file}{side}"))
                raise
            fsync_folder(folder)
    except BaseException:
        _remove_quietly(temp)
        raise
    return aside
