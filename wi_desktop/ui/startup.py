"""What the user sees when the data cannot be opened as it is: a damaged file (move it aside,
offer the newest good backup), a read-only folder (choose another), a risky folder (warn)."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wi_desktop.core.backups import Backups
from wi_desktop.core.errors import CorruptDatabaseError, ReadOnlyError, WiError
from wi_desktop.ui.counts import notes_counted, sessions_counted

log = logging.getLogger(__name__)


def recover_corrupt(backups: Backups, error: CorruptDatabaseError,
                    parent: QWidget | None = None) -> bool:
    """Move the damaged file aside and offer the newest good backup. True: try opening again.
    Checking the backups and restoring one run on a thread of their own."""
    from wi_desktop.ui.backups import wait_for

    now = dt.datetime.now(dt.UTC)
    aside = backups.set_aside_damaged(int(now.timestamp() * 1000))
    log.error("damaged data file moved to %s (%s)", aside, error)
    best = wait_for(backups.newest_good, QCoreApplication.translate(
        "Startup", "Looking for a good backup…"), parent)
    kept = QCoreApplication.translate("Startup", "The damaged file was kept as “{file}”.").format(
        file=aside)
    if best is None:
        box = QMessageBox(QMessageBox.Icon.Warning, error.heading,
                          "{message}\n\n{kept}\n\n{none}".format(
                              message=error.message, kept=kept,
                              none=QCoreApplication.translate("Startup", "No backup was found.")),
                          parent=parent)
        empty = box.addButton(QCoreApplication.translate("Startup", "Start with an empty file"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Startup", "Quit"),
                      QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is empty
    when = QLocale().toString(QDateTime.fromMSecsSinceEpoch(best.created_ms),
                              QLocale.FormatType.LongFormat)
    box = QMessageBox(QMessageBox.Icon.Warning, error.heading,
                      "{message}\n\n{kept}\n\n{offer}".format(
                          message=error.message, kept=kept, offer=QCoreApplication.translate(
                              "Startup", "The newest good backup is from {when} ({sessions}, "
                              "{notes}). Restore it?").format(
                                  when=when, sessions=sessions_counted(best.session_count or 0),
                                  notes=notes_counted(best.note_count or 0))))
    restore = box.addButton(QCoreApplication.translate("Startup", "Restore this backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Startup", "Start with an empty file"),
                  QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton(QCoreApplication.translate("Startup", "Quit"),
                                QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is quit_button:
        return False
    if box.clickedButton() is restore:
        wait_for(lambda: backups.restore(best.path),
                 QCoreApplication.translate("Startup", "Restoring the backup…"), parent)
    return True


def choose_other_folder(error: ReadOnlyError | WiError, parent: QWidget | None = None
                        ) -> Path | None:
    """The data folder cannot be written: say so and let the user pick another one."""
    box = QMessageBox(QMessageBox.Icon.Warning, error.heading,
                      f"{error.message}\n\n{error.hint}".strip())
    choose = box.addButton(QCoreApplication.translate("Startup", "Choose another folder…"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Startup", "Choose a folder for your data"))
    return Path(folder) if folder else None
