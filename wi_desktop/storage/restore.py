"""Restoring a backup, and setting a damaged data file aside. No Qt.

Restoring never deletes the user's data: the current file (with its -wal/-shm) is
renamed to ``<name>.before-restore-<instant>`` before the backup is put in its place
atomically. A damaged data file is renamed to ``<name>.corrupt-<instant>``. A backup is
verified in full (ours, not from a newer version, integrity ok) before it is used.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from pathlib import Path

from wi_desktop.core.errors import ForeignDatabaseError, StorageError
from wi_desktop.core.speech import say
from wi_desktop.files import fsync_folder
from wi_desktop.storage.backup import (
    SIDE_FILES,
    BackupError,
    BackupInfo,
    count_contents,
    fsync_file,
    hinted_errors,
    integrity_problems,
    list_backups,
    new_temp_file,
    parse_backup_name,
    remove_with_companions,
    sqlite_uri,
    utc_stamp,
)
from wi_desktop.storage.connection import APPLICATION_ID, check_ownership, read_header

__all__ = ["move_aside_corrupt", "newest_good_backup", "restore_backup", "verify_backup"]

RESTORE_TEMP_PREFIX = ".wi-desktop-restore-"
_RESTORE_HINT = "Nothing was restored: your current data is unchanged. Choose another backup."


# verifying ----------------------------------------------------------------------------
def _check_ours(path: Path, hint: str) -> None:
    """Refuse a file that is not one of our databases, or is from a newer version."""
    from wi_desktop.storage.migrations import latest_version

    try:
        header = read_header(path)
        if header is None:
            raise BackupError(
                say("“{path}” is missing or empty, so it is not a backup.")
                .format(path=path), hint=hint)
        check_ownership(path, *header, latest_version())
    except BackupError:
        raise
    except StorageError as exc:
        raise type(exc)(exc.message, hint=hint) from exc
    if header[0] != APPLICATION_ID:
        raise ForeignDatabaseError(
            say("“{path}” is a SQLite database that belongs to another program, not a Working "
                "Interview Observer backup.").format(path=path),
            hint=hint,
        )


def _verify_open(conn: sqlite3.Connection, path: Path, hint: str) -> tuple[int, int]:
    """Integrity, ownership and format of an open candidate; returns its counts."""
    from wi_desktop.storage.migrations import latest_version

    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        problems = integrity_problems(conn)
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems:
        raise BackupError(
            say("The backup “{name}” is damaged: it failed its integrity check ({problem}).")
            .format(name=path.name, problem=problems[0]),
            hint=hint,
        )
    with hinted_errors(path, hint):
        check_ownership(path, application_id, user_version, latest_version())
        if application_id != APPLICATION_ID:
            raise ForeignDatabaseError(
                say("“{path}” is a SQLite database that belongs to another program, not a "
                    "Working Interview Observer backup.").format(path=path),
                hint=hint,
            )
        return count_contents(conn, path)


def verify_backup(backup_path: Path) -> BackupInfo:
    """Check a backup fully (ours, not newer, integrity ok) without changing it.

    Returns its info; raises ForeignFileError / ForeignDatabaseError / NewerSchemaError /
    BackupError (damaged) with words to show.
    """
    hint = "Choose another backup."
    _check_ours(backup_path, hint)
    with hinted_errors(backup_path, hint):
        conn = sqlite3.connect(sqlite_uri(backup_path), uri=True)
        try:
            sessions, notes = _verify_open(conn, backup_path, hint)
        finally:
            conn.close()
        size = backup_path.stat().st_size
    parsed = parse_backup_name(backup_path.name)
    created_ms, reason = parsed if parsed else (int(backup_path.stat().st_mtime * 1000), "")
    return BackupInfo(path=backup_path, created_ms=created_ms, reason=reason,
                      size_bytes=size, session_count=sessions, note_count=notes)


def newest_good_backup(backup_dir: Path) -> BackupInfo | None:
    """The newest backup that passes verify_backup, or None. Runs integrity checks."""
    for info in list_backups(backup_dir):
        with contextlib.suppress(StorageError):
            return verify_backup(info.path)
    return None


# setting aside and restoring ----------------------------------------------------------
def _set_aside(data_file: Path, label: str, now_ms: int) -> Path:
    """Rename the data file and its -wal/-shm/-journal to ``<name>.<label>-<instant>``.

    The companions keep their suffixes, so the set-aside file opens with its WAL.
    """
    instant = now_ms
    while True:
        aside = data_file.with_name(f"{data_file.name}.{label}-{utc_stamp(instant)}")
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
    with hinted_errors(data_file, "The damaged file was left where it was."):
        if not data_file.exists():
            raise StorageError(say("“{data_file}” does not exist, so it cannot be moved aside.")
                               .format(data_file=data_file))
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
    with hinted_errors(folder, _RESTORE_HINT):
        folder.mkdir(parents=True, exist_ok=True)
        temp = new_temp_file(folder, RESTORE_TEMP_PREFIX)
    try:
        with hinted_errors(folder, _RESTORE_HINT):
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
            fsync_file(temp)
        with hinted_errors(data_file, _RESTORE_HINT):
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
        remove_with_companions(temp)
        raise
    return aside
