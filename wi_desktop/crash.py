"""The crash handler: log the error, save what can be saved, tell the user where the log is
(now if possible, and again on the next start)."""

from __future__ import annotations

import contextlib
import datetime as dt
import faulthandler
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

log = logging.getLogger(__name__)
MARKER_NAME = "last-crash.txt"


class CrashHandler:
    """Installed as sys.excepthook; a save callback flushes drafts before anything else."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.save_callbacks: list[Callable[[], None]] = []
        self._fault_file: IO[str] | None = None
        self._handling = False
        self._previous_fault: str | None = None

    def _take_previous_fault(self) -> str | None:
        """A hard crash (in Qt or the system) leaves only faulthandler's stack: report it once."""
        faults = self.log_dir / "faults.log"
        try:
            if faults.stat().st_size == 0:
                return None
            kept = faults.with_name(
                f"fault-{dt.datetime.now().strftime('%Y-%m-%dT%H-%M-%S')}.log")
            faults.replace(kept)
        except OSError:
            return None
        return (f"The program stopped unexpectedly last time. What was saved before then is "
                f"safe. The details were written to “{kept}”; please send that file if you "
                "report the problem.")

    def install(self) -> None:
        sys.excepthook = self.handle
        self._previous_fault = self._take_previous_fault()  # before faults.log is reopened
        with contextlib.suppress(OSError):
            self.log_dir.mkdir(parents=True, exist_ok=True)
            # hard crashes (a fault in Qt) still leave a Python stack in this file
            self._fault_file = open(self.log_dir / "faults.log", "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(self._fault_file)

    @property
    def marker(self) -> Path:
        return self.log_dir / MARKER_NAME

    def handle(self, kind: type[BaseException], error: BaseException,
               tb: TracebackType | None) -> None:
        if self._handling or issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        self._handling = True
        try:
            details = "".join(traceback.format_exception(kind, error, tb))
            log.critical("unexpected error\n%s", details)
            saved = self._save_what_can_be_saved()
            report = self._write_report(details)
            self._tell_user(report, saved)
        finally:
            self._handling = False

    def _save_what_can_be_saved(self) -> bool:
        ok = True
        for callback in self.save_callbacks:
            try:
                callback()
            except Exception:  # noqa: BLE001 - saving is best effort inside a crash
                log.exception("could not save during crash handling")
                ok = False
        return ok

    def _write_report(self, details: str) -> Path | None:
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
        try:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            report = self.log_dir / "crash-report.txt"
            with open(report, "a", encoding="utf-8") as handle:
                handle.write(f"=== {stamp}\n{details}\n")
            self.marker.write_text(f"{stamp}\n{report}\n", encoding="utf-8")
            return report
        except OSError:
            return None

    def _tell_user(self, report: Path | None, saved: bool) -> None:
        where = f"The details are in “{report}”." if report else "The details could not be saved."
        kept = ("Everything up to your last change was saved."
                if saved else "Your notes up to the last “Saved” time are in the data file.")
        message = f"Something unexpected went wrong. {kept}\n\n{where}"
        print(message, file=sys.stderr)
        with contextlib.suppress(Exception):
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                QMessageBox.critical(None, "Unexpected error", message)

    def take_previous_crash(self) -> str | None:
        """What to tell the user at start when the last run crashed (then forget it)."""
        try:
            text = self.marker.read_text(encoding="utf-8").splitlines()
            self.marker.unlink()
        except OSError:
            notice, self._previous_fault = self._previous_fault, None  # said once
            return notice
        when, report = (text + ["", ""])[:2]
        return (f"The program stopped unexpectedly last time ({when}). The details were "
                f"written to “{report}”; please send that file if you report the problem.")
