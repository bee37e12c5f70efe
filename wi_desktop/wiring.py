"""One wiring: the services of an opened data file, built once and handed to the window,
every dialog and the command line. Nothing else constructs a use case or opens the file,
and nothing outside storage/ holds its connection: the services are sealed."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wi_desktop.core.clock import Clock, SystemClock
from wi_desktop.core.speech import say
from wi_desktop.core.use_cases import UseCases
from wi_desktop.storage.database import Database

if TYPE_CHECKING:
    from wi_desktop.comparison.service import ComparisonService
    from wi_desktop.core.backups import Backups
    from wi_desktop.export.keys import ObserverKeyStore
    from wi_desktop.paths import AppPaths
    from wi_desktop.tables.service import TableService


class Services(UseCases):
    """The use cases of one data file (sessions, notes, scoring, pay, agreements, finalising,
    templates), and beside them its backups and the observers' signing keys. Sealed: no
    attribute changes once built (another data file, or another clock, is a new bundle)."""

    def __init__(self, store: Database, clock: Clock, *, key_dir: Path | None = None,
                 backup_dir: Path | None = None) -> None:
        super().__init__(store, clock)
        self._database = store
        self.key_dir = key_dir
        self.backup_dir = backup_dir
        self._sealed = True

    def __setattr__(self, name: str, value: Any) -> None:
        if getattr(self, "_sealed", False):
            raise AttributeError(say("the services are sealed: {name} cannot be changed")
                                 .format(name=name))
        super().__setattr__(name, value)

    @property
    def data_file(self) -> Path | None:
        return self._database.data_file

    @cached_property
    def backups(self) -> Backups:
        """Make, list, check and restore this data file's backups."""
        from wi_desktop.storage.shelf import BackupShelf

        return BackupShelf(self._database.data_file, self.backup_dir, self._database.conn)

    @cached_property
    def keys(self) -> ObserverKeyStore:
        """The observers' keys; cryptography loads with the first signature, not here."""
        from wi_desktop.export.keys import ObserverKeyStore

        if self.key_dir is None:
            raise RuntimeError("these services were opened without a key folder")
        return ObserverKeyStore(self.key_dir)

    @cached_property
    def tables(self) -> TableService:
        """The data taken out as tables: CSV, XLSX or JSON (tables/)."""
        from wi_desktop.tables.service import TableService

        return TableService(self._database, self)

    @cached_property
    def comparison(self) -> ComparisonService:
        """Candidates side by side (comparison/)."""
        from wi_desktop.comparison.service import ComparisonService

        return ComparisonService(self._database, self)

    def with_clock(self, clock: Clock) -> Services:
        return Services(self._database, clock, key_dir=self.key_dir,
                        backup_dir=self.backup_dir)

    def close(self) -> None:
        self._database.close()


def folder_backups(paths: AppPaths) -> Backups:
    """The backups of a data folder whose file cannot be opened (damaged at start)."""
    from wi_desktop.storage.shelf import BackupShelf

    return BackupShelf(paths.data_file, paths.backup_dir)


def open_services(paths: AppPaths, clock: Clock | None = None, *,
                  background_checkpoints: bool = False) -> Services:
    """Open (or create and migrate) the data file of PATHS and wire its services. The
    window asks for BACKGROUND_CHECKPOINTS: no note's commit then waits for a checkpoint."""
    from wi_desktop.storage.database import open_database

    database = open_database(paths.data_file)
    if background_checkpoints:
        database.checkpoint_in_background()
    return Services(database, clock or SystemClock(), key_dir=paths.key_dir,
                    backup_dir=paths.backup_dir)


def open_file_services(data_file: Path, clock: Clock | None = None, *,
                       key_dir: Path | None = None) -> Services:
    """Services over another connection to DATA_FILE (for work on a thread of its own)."""
    from wi_desktop.storage.database import open_database

    return Services(open_database(data_file), clock or SystemClock(), key_dir=key_dir)
