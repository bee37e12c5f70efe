"""Restore from a backup: the list of backups, newest first, and what each one holds.

The list comes from the file names at once. What each backup holds is read from the
file, ten milliseconds or more each for a year of notes, so they are read on a thread of
their own while the dialog says it is checking them (the window never waits on a file).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.backups import BackupFile, BackupInfo, Backups
from wi_desktop.core.errors import WiError
from wi_desktop.ui.backups import BackgroundJob
from wi_desktop.ui.counts import notes_counted, sessions_counted
from wi_desktop.ui.screen_fit import fit_to_screen

log = logging.getLogger(__name__)
REASONS = {"daily": str(QT_TRANSLATE_NOOP("RestoreDialog", "Daily")),
           "quit": str(QT_TRANSLATE_NOOP("RestoreDialog", "On quit")),
           "manual": str(QT_TRANSLATE_NOOP("RestoreDialog", "By hand"))}


def describe(info: BackupFile) -> list[str]:
    """The row for a backup: when, why, what it holds, its size ("checking…" until read)."""
    when = dt.datetime.fromtimestamp(info.created_ms / 1000).strftime("%a %d %b %Y, %H:%M")
    translate = QCoreApplication.translate
    reason = translate("RestoreDialog", REASONS[info.reason]) if info.reason in REASONS \
        else info.reason
    size = f"{info.size_bytes / 1_000_000:.1f} MB" if info.size_bytes >= 100_000 else (
        f"{info.size_bytes / 1000:.0f} kB")
    if not isinstance(info, BackupInfo):
        return [when, reason, translate("RestoreDialog", "checking…"), size]
    if not info.readable:
        return [when, reason, translate("RestoreDialog", "cannot be read"), ""]
    holds = translate("RestoreDialog", "{sessions}, {notes}").format(
        sessions=sessions_counted(info.session_count or 0),
        notes=notes_counted(info.note_count or 0))
    return [when, reason, holds, size]


class RestoreDialog(QDialog):
    """Choose a backup; restoring sets the current data file aside, it never deletes it."""

    def __init__(self, backups: Backups, restore: Callable[[Path], Path | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._restore = restore
        self._shelf = backups
        try:
            found = backups.scan()
        except WiError as error:  # an unreadable folder lists nothing, and says why
            log.warning("cannot list the backups: %s", error)
            found = []
        self.backups: list[BackupFile] = list(found)
        """Newest first; each becomes a BackupInfo once what it holds has been read."""
        self.restored_from: Path | None = None
        self._job: BackgroundJob | None = None
        self.table = QTableWidget(len(self.backups), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("When"), self.tr("Holds"),
                                              self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setAccessibleDescription(self.tr(
            "The backups of this data file, newest first: why each was made, when, what it "
            "holds and its size"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, backup in enumerate(found):
            self._show_row(row, backup)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(self.tr("Restore…"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            self.tr("Backups are made daily and when you quit; the last 7 are kept in "
                    "“{folder}”.\nRestoring replaces the data you have now with the backup. "
                    "Your current data file is kept beside it, renamed, so nothing is "
                    "lost.").format(folder=backups.folder), self, wordWrap=True))
        empty = QLabel(self.tr("No backups yet. The first one is made a moment after the "
                               "program starts."), self)
        empty.setVisible(not found)
        layout.addWidget(empty)
        self.checking = QLabel("", self)
        """Says the backups are being checked, while they are; hidden otherwise."""
        self.checking.hide()
        layout.addWidget(self.checking)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.restore_button.setEnabled(False)
        fit_to_screen(self, QSize(640, 360))
        if found:
            self._check_in_background(found)

    @property
    def is_checking(self) -> bool:
        return self._job is not None

    def _check_in_background(self, found: list[BackupFile]) -> None:
        shelf = self._shelf

        def work(job: BackgroundJob) -> list[BackupInfo] | None:
            infos = []
            for row, backup in enumerate(found):
                if job.isInterruptionRequested():
                    return None
                infos.append(shelf.read_info(backup))
                job.sig_step.emit((row, infos[-1]))
            return infos

        self._job = BackgroundJob(work, self)
        self._job.setObjectName("backupCheckJob")
        self._job.sig_step.connect(self._one_checked)
        self._job.sig_done.connect(self._checked)
        self._say_checking(0)
        self._job.start()

    def _say_checking(self, done: int) -> None:
        self.checking.setText(self.tr("Checking backups… {done} of {total} read. A backup "
                                      "can be restored once all are checked.").format(
            done=done, total=len(self.backups)))
        self.checking.show()

    def _one_checked(self, step: tuple[int, BackupInfo]) -> None:
        row, info = step
        self._show_row(row, info)
        self._say_checking(row + 1)

    def _checked(self, outcome: object) -> None:
        """Every backup has been read (or reading them failed: they show as unreadable)."""
        self._job = None
        self.checking.hide()
        infos = outcome if isinstance(outcome, list) else [
            BackupInfo(b.path, b.created_ms, b.reason, b.size_bytes, None, None)
            for b in self.backups]
        for row, info in enumerate(infos):
            self._show_row(row, info)
        self.restore_button.setEnabled(bool(self.backups))
        if self.backups:
            self.table.selectRow(0)

    def _show_row(self, row: int, backup: BackupFile) -> None:
        self.backups[row] = backup
        readable = not isinstance(backup, BackupInfo) or backup.readable
        for column, text in enumerate(describe(backup)):
            item = QTableWidgetItem(text)
            if not readable:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(row, column, item)

    def done(self, result: int) -> None:
        if self._job is not None:  # closed while checking: the check stops, nothing is told
            self._job.stop()
            self._job = None
        super().done(result)

    def _confirm(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.is_checking:
            return
        info = self.backups[rows[0].row()]
        when = describe(info)[0]
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Replace your current data with the backup from {when}?\n\nNotes written "
                    "since then will not be in the restored data, but your current file is "
                    "kept, renamed, in the same folder.").format(when=when))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.setEnabled(False)  # one restore at a time, however fast the keys
        try:
            aside = self._restore(info.path)
        except WiError as error:
            QMessageBox.warning(self, error.heading, f"{error.message}\n\n{error.hint}".strip())
            return
        finally:
            self.setEnabled(True)
        self.restored_from = info.path
        kept = ("\n\n" + self.tr("Your previous data file was kept as “{file}”.").format(
            file=aside)) if aside else ""
        QMessageBox.information(self, self.tr("Restored"), self.tr(
            "The backup from {when} is restored.").format(when=when) + kept)
        self.accept()
