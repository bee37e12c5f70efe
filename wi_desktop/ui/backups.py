"""Automatic backups while the program runs: at start when one is due, hourly checks for the
daily one, and on quit. A failed backup warns without blocking: the data itself is safe."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from wi_desktop.core.clock import Clock
from wi_desktop.core.errors import StorageError
from wi_desktop.storage.backup import BackupInfo, backup_due, make_backup, prune_backups

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000


class BackupScheduler(QObject):
    """Makes a backup whenever the newest one is a day old, and one on quit."""

    sig_backed_up = Signal(object)
    """A backup was written and checked; carries its BackupInfo."""
    sig_failed = Signal(object)
    """A backup could not be made; carries the StorageError to show in words."""

    def __init__(self, conn: sqlite3.Connection, backup_dir: Path, clock: Clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.backup_dir = backup_dir
        self.clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.backup_if_due)

    def start(self) -> None:
        """Check hourly whether the daily backup is due."""
        self._timer.start()

    def backup_if_due(self) -> BackupInfo | None:
        if backup_due(self.backup_dir, self.clock.now_ms()):
            return self.backup_now("daily")
        return None

    def backup_now(self, reason: str) -> BackupInfo | None:
        if self.conn.in_transaction:
            return None  # never copy half a change; the next check will do it
        try:
            info = make_backup(self.conn, self.backup_dir, self.clock.now_ms(), reason=reason)
            prune_backups(self.backup_dir)
        except StorageError as error:
            log.warning("backup failed: %s", error)
            self.sig_failed.emit(error)
            return None
        log.info("backup written: %s", info.path)
        self.sig_backed_up.emit(info)
        return info
