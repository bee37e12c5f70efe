"""Automatic backups while the program runs: at start when one is due, hourly checks for the
daily one, and on quit. A failed backup warns without blocking: the data itself is safe.

A year of notes takes a quarter of a second or more to copy and check, so the daily backup
runs on a thread of its own, through a connection of its own to the data file: the window
keeps drawing and taking notes meanwhile, and the copy holds what was committed when it
began. The backup on quit runs where it is asked for, once any backup under way has ended.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from wi_desktop.core.backups import BackupInfo
from wi_desktop.core.errors import BackupError, StorageError
from wi_desktop.core.speech import say

if TYPE_CHECKING:
    from wi_desktop.wiring import Services

T = TypeVar("T")
log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000


class BackgroundJob(QThread):
    """One piece of backup work on a thread of its own; the window's thread hears how it went.

    ``work`` gets the job itself, to emit sig_step or to look at isInterruptionRequested().
    Nothing it uses may belong to the window's thread (a SQLite connection least of all).
    """

    sig_step = Signal(object)
    """Emitted by the work as it goes (from its thread: connect it queued, as Qt does)."""
    sig_done = Signal(object)
    """Once, on the thread that made the job: what the work returned, or the StorageError
    it raised (a bug becomes a BackupError in words, with the traceback in the log)."""

    def __init__(self, work: Callable[[BackgroundJob], object], parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self._outcome: object = None
        self._told = False
        self.finished.connect(self.deliver, Qt.ConnectionType.QueuedConnection)

    def run(self) -> None:
        try:
            self._outcome = self._work(self)
        except StorageError as error:
            self._outcome = error
        except Exception:  # a bug: the user gets words, the log gets the traceback
            log.exception("backup work failed unexpectedly")
            self._outcome = BackupError(
                say("Something unexpected went wrong with the backups."),
                hint=say("Your data is safe. The details were written to the program's log "
                         "file."))

    def deliver(self) -> None:
        """Wait for the work to end, then emit sig_done (only the first call does)."""
        self.wait()
        if not self._told:
            self._told = True
            self.sig_done.emit(self._outcome)
            self.deleteLater()

    def stop(self) -> None:
        """Ask the work to stop at its next look and wait for it; sig_done never comes."""
        self._told = True
        self.requestInterruption()
        self.wait()
        self.deleteLater()


def wait_for(work: Callable[[], T], label: str, parent: QWidget | None = None) -> T:
    """Run slow WORK (copying, checking a backup) on a thread of its own while the window
    keeps drawing, with a busy bar saying LABEL once it takes more than a moment; returns
    what it returned, or raises the StorageError it raised."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    loop = QEventLoop()
    outcome: list[object] = []

    def done(result: object) -> None:
        outcome.append(result)
        loop.quit()

    owner = parent if parent is not None else QApplication.instance()
    assert owner is not None, "a QApplication is needed to wait on a thread"
    job = BackgroundJob(lambda _job: work(), owner)
    job.sig_done.connect(done)
    busy = QProgressDialog(label, "", 0, 0, parent)
    busy.setCancelButton(None)  # a restore half-done is worse than a short wait
    busy.setWindowTitle(QCoreApplication.translate("Backups", "Please wait"))
    busy.setMinimumDuration(400)
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    job.start()
    if not outcome:
        loop.exec()
    busy.close()
    busy.deleteLater()
    result = outcome[0]
    if isinstance(result, StorageError):
        raise result
    return result  # type: ignore[return-value]


class BackupScheduler(QObject):
    """Makes a backup whenever the newest one is a day old, and one on quit."""

    sig_backed_up = Signal(object)
    """A backup was written and checked; carries its BackupInfo."""
    sig_failed = Signal(object)
    """A backup could not be made; carries the StorageError to show in words."""

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        """The data file's services: after a restore, use_services hands over the new ones."""
        self._job: BackgroundJob | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.backup_if_due)

    def use_services(self, services: Services) -> None:
        """Back up another data file from now on (a restore reopened it)."""
        self.finish_running()
        self.services = services

    def start(self) -> None:
        """Check hourly whether the daily backup is due."""
        self._timer.start()

    @property
    def running(self) -> bool:
        """A backup is under way on its thread (its outcome has not been told yet)."""
        return self._job is not None

    def backup_if_due(self) -> bool:
        """Start the daily backup when it is due; True when one started (its outcome comes
        by sig_backed_up or sig_failed). Never while another is under way."""
        if self.running or not self.services.backups.due(self.services.clock.now_ms()):
            return False
        return self.backup_in_background("daily")

    def backup_in_background(self, reason: str) -> bool:
        """Make a backup on a thread of its own; False (nothing started) while one runs."""
        if self.running:
            return False
        copy = self.services.backups.copier(reason, self.services.clock.now_ms())
        if copy is None:  # in memory: no other connection can read it, and it is small
            self.backup_now(reason)
            return True
        self._job = BackgroundJob(lambda _job: copy(), self)
        self._job.setObjectName("backupJob")
        self._job.sig_done.connect(self._background_done)
        self._job.start()
        return True

    def finish_running(self) -> None:
        """Wait for a backup under way, if any, and tell its outcome now."""
        if self._job is not None:
            self._job.deliver()

    def backup_now(self, reason: str) -> BackupInfo | None:
        """Make a backup here and now (on quit), after the one under way has ended."""
        self.finish_running()
        try:
            info = self.services.backups.make_now(reason, self.services.clock.now_ms())
        except StorageError as error:
            self._tell(error)
            return None
        if info is not None:
            self._tell(info)
        return info

    def _background_done(self, outcome: object) -> None:
        self._job = None
        self._tell(outcome)

    def _tell(self, outcome: object) -> None:
        if isinstance(outcome, StorageError):
            log.warning("backup failed: %s", outcome)
            self.sig_failed.emit(outcome)
        elif isinstance(outcome, BackupInfo):
            log.info("backup written: %s", outcome.path)
            self.sig_backed_up.emit(outcome)
