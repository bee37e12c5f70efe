"""The backups of one data file, as the services hand them to the window (core/backups.py
says what may be asked). The window never holds a connection: the one on quit goes through
the program's own, which only storage/ sees; the daily one opens its own on its thread."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from wi_desktop.core.backups import BackupFile, BackupInfo
from wi_desktop.storage import backup, restore


class BackupShelf:
    """Backups beside DATA_FILE in BACKUP_DIR; CONN is the program's connection to it (None
    before the file could be opened: a damaged file at start)."""

    def __init__(self, data_file: Path | None, backup_dir: Path | None,
                 conn: sqlite3.Connection | None = None) -> None:
        self._data_file = data_file
        self._backup_dir = backup_dir
        self._conn = conn

    @property
    def folder(self) -> Path | None:
        return self._backup_dir

    def _dir(self) -> Path:
        if self._backup_dir is None:
            raise RuntimeError("these services were opened without a backup folder")
        return self._backup_dir

    def due(self, now_ms: int) -> bool:
        return self._backup_dir is not None and backup.backup_due(self._backup_dir, now_ms)

    def copier(self, reason: str, now_ms: int) -> Callable[[], BackupInfo] | None:
        data_file, folder = self._data_file, self._dir()
        if data_file is None:  # in memory: no other connection can read it
            return None

        def copy() -> BackupInfo:
            info = backup.backup_data_file(data_file, folder, now_ms, reason=reason)
            backup.prune_backups(folder)
            return info

        return copy

    def make_now(self, reason: str, now_ms: int) -> BackupInfo | None:
        try:
            busy = self._conn is None or self._conn.in_transaction
        except sqlite3.ProgrammingError:  # closed: there is nothing of ours to copy
            return None
        if busy or self._conn is None:
            return None  # never copy half a change; the next check will do it
        info = backup.make_backup(self._conn, self._dir(), now_ms, reason=reason)
        backup.prune_backups(self._dir())
        return info

    def scan(self) -> list[BackupFile]:
        return backup.scan_backups(self._dir()) if self._backup_dir is not None else []

    def read_info(self, found: BackupFile) -> BackupInfo:
        return backup.read_backup_info(found)

    def newest_good(self) -> BackupInfo | None:
        return restore.newest_good_backup(self._dir())

    def set_aside_damaged(self, now_ms: int) -> Path:
        if self._data_file is None:
            raise RuntimeError("an in-memory database has no file to set aside")
        return restore.move_aside_corrupt(self._data_file, now_ms)

    def restore(self, backup_path: Path) -> Path | None:
        if self._data_file is None:
            raise RuntimeError("an in-memory database has no file to restore into")
        return restore.restore_backup(backup_path, self._data_file,
                                      now_ms=time.time_ns() // 1_000_000)
