"""What the user sees when the data cannot be opened as it is: a damaged file (move it aside,
offer the newest good backup), a read-only folder (choose another), a risky folder (warn)."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wi_desktop.core.backups import Backups
from wi_desktop.core.errors import CorruptDatabaseError, ReadOnlyError, WiError

log = logging.getLogger(__name__)


def recover_corrupt(backups: Backups, error: CorruptDatabaseError,
                    parent: QWidget | None = None) -> bool:
    """Move the damaged file aside and offer the newest good backup. True: try opening again.
    Checking the backups and restoring one run on a thread of their own."""
    from wi_desktop.ui.backups import wait_for

    now = dt.datetime.now(dt.UTC)
    aside = backups.set_aside_damaged(int(now.timestamp() * 1000))
    log.error("damaged data file moved to %s (%s)", aside, error)
    best = wait_for(backups.newest_good, "Looking for a good backup…", parent)
    kept = f"The damaged file was kept as “{aside}”."
    if best is None:
        box = QMessageBox(QMessageBox.Icon.Warning, error.title,
                          f"{error.message}\n\n{kept}\n\nNo backup was found.", parent=parent)
        empty = box.addButton("Start with an empty file", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is empty
    when = dt.datetime.fromtimestamp(best.created_ms / 1000).strftime("%a %d %b %Y, %H:%M")
    box = QMessageBox(QMessageBox.Icon.Warning, error.title,
                      f"{error.message}\n\n{kept}\n\nThe newest good backup is from {when} "
                      f"({best.session_count} sessions, {best.note_count} notes). Restore it?")
    restore = box.addButton("Restore this backup", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Start with an empty file", QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is quit_button:
        return False
    if box.clickedButton() is restore:
        wait_for(lambda: backups.restore(best.path), "Restoring the backup…", parent)
    return True


def choose_other_folder(error: ReadOnlyError | WiError, parent: QWidget | None = None
                        ) -> Path | None:
    """The data folder cannot be written: say so and let the user pick another one."""
    box = QMessageBox(QMessageBox.Icon.Warning, error.title,
                      f"{error.message}\n\n{error.hint}".strip())
    choose = box.addButton("Choose another folder…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    folder = QFileDialog.getExistingDirectory(parent, "Choose a folder for your data")
    return Path(folder) if folder else None
