"""What a backup is, and what the window may ask of the backups of its data file. No Qt,
no SQL: storage/shelf.py does the work; the window reaches it through the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class BackupFile:
    """One of our backup files, as its name and size tell it (nothing read inside)."""

    path: Path
    created_ms: int
    """When the backup was made: milliseconds since the epoch, UTC (from the file name)."""
    reason: str
    """Why it was made: "daily", "quit", "manual", ... (from the file name)."""
    size_bytes: int


@dataclass(frozen=True)
class BackupInfo(BackupFile):
    """One backup file, as the restore dialog lists it."""

    session_count: int | None
    """Sessions in the backup; None when the file cannot be read."""
    note_count: int | None
    """Notes in the backup; None when the file cannot be read."""

    @property
    def readable(self) -> bool:
        return self.session_count is not None


class Backups(Protocol):
    """The backups of one data file: made, listed, checked and restored. Slow calls say
    so: the window runs them on a thread of their own."""

    @property
    def folder(self) -> Path | None: ...

    def due(self, now_ms: int) -> bool:
        """True when the daily backup is due (reads the folder only: cheap)."""
        ...

    def copier(self, reason: str, now_ms: int) -> Callable[[], BackupInfo] | None:
        """The work of a backup for another thread (through a connection of its own, and
        pruning the oldest after); None when the data is in memory."""
        ...

    def make_now(self, reason: str, now_ms: int) -> BackupInfo | None:
        """Copy and check a backup here (on quit); None while a change is half-written."""
        ...

    def scan(self) -> list[BackupFile]:
        """The backups, newest first, from their names (cheap)."""
        ...

    def read_info(self, found: BackupFile) -> BackupInfo:
        """What a backup holds (slow: opens it)."""
        ...

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that passes a full check (slow)."""
        ...

    def set_aside_damaged(self, now_ms: int) -> Path:
        """Rename the damaged data file (never deleted); returns where it went."""
        ...

    def restore(self, backup: Path) -> Path | None:
        """Put a checked copy of BACKUP in place of the data file (slow; every connection
        closed first); returns where the previous file was kept."""
        ...
