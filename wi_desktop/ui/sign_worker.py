"""Signing off the UI thread: a QThread with its own connection to the data file.

A SQLite connection belongs to the thread that made it, so the worker never touches the
window's connection: it opens the same file again, with the same clock, runs the one
sign-and-save path (export/documents.py) and reports progress and the outcome as signals.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from wi_desktop.core.clock import Clock
from wi_desktop.core.errors import WiError
from wi_desktop.core.rubric import FinaliseWarning
from wi_desktop.core.speech import say
from wi_desktop.core.versions import SignedFile
from wi_desktop.export.documents import Progress, SignRequest
from wi_desktop.export.keys import ObserverKeyStore

log = logging.getLogger(__name__)
SWITCH_INTERVAL_S = 0.0005  # while signing; measured: the longest stall fell from ~300 to ~30 ms


class UnexpectedSigningError(WiError):
    """A bug met while signing: shown in words, the details go to the log."""

    title = "The PDF could not be signed"


def unexpected_signing_error() -> UnexpectedSigningError:
    """A bug met while signing, in words (the caller logs the traceback)."""
    return UnexpectedSigningError(
        say("Something unexpected went wrong while signing."),
        hint=say("The details were written to the program's log file, to show whoever "
                 "looks after this computer."))


@dataclass(frozen=True)
class SignJob:
    """Everything the worker needs; nothing in it is tied to the UI thread."""

    data_file: Path
    clock: Clock
    keys: ObserverKeyStore
    request: SignRequest
    acknowledged: Sequence[FinaliseWarning] | None = None


class SignWorker(QThread):
    """Runs one SignJob. Exactly one of sig_signed or sig_failed follows the progress."""

    sig_progress = Signal(int, str)
    """A step began: its number (1..STEPS) and what is happening, in words."""
    sig_signed = Signal(object)
    """The PDF is signed and saved; carries the SignedFile appended to the record."""
    sig_failed = Signal(object)
    """Nothing more will happen; carries the WiError to show in words."""

    def __init__(self, job: SignJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.setObjectName("signWorker")

    def run(self) -> None:
        # the window's Python code needs the GIL back quickly while this thread computes:
        # with the default 5 ms, a repaint calling Python many times waits 5 ms each time
        switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(switch_interval, SWITCH_INTERVAL_S))
        try:
            signed = sign_in_this_thread(self.job, self.sig_progress.emit)
        except WiError as error:
            log.warning("signing failed: %s", error)
            self.sig_failed.emit(error)
        except Exception:  # a bug: the user gets words, the log gets the traceback
            log.exception("signing failed unexpectedly")
            self.sig_failed.emit(unexpected_signing_error())
        else:
            self.sig_signed.emit(signed)
        finally:
            sys.setswitchinterval(switch_interval)


def sign_in_this_thread(job: SignJob, progress: Progress | None = None) -> SignedFile:
    """Open the data file on this thread's own connection and sign; close it after."""
    from wi_desktop.export.documents import sign_and_save
    from wi_desktop.wiring import open_file_services

    services = open_file_services(job.data_file, job.clock)
    try:
        return sign_and_save(services, job.keys, job.request, progress=progress,
                             acknowledged=job.acknowledged)
    finally:
        services.close()
