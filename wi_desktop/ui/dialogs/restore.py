"""Restore from a backup: the list of backups, newest first, and what each one holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
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

from wi_desktop.core.errors import WiError
from wi_desktop.storage.backup import BackupInfo, list_backups

REASONS = {"daily": "Daily", "quit": "On quit", "manual": "By hand"}


def describe(info: BackupInfo) -> list[str]:
    when = dt.datetime.fromtimestamp(info.created_ms / 1000).strftime("%a %d %b %Y, %H:%M")
    if not info.readable:
        return [when, REASONS.get(info.reason, info.reason), "cannot be read", ""]
    size = f"{info.size_bytes / 1_000_000:.1f} MB" if info.size_bytes >= 100_000 else (
        f"{info.size_bytes / 1000:.0f} kB")
    return [when, REASONS.get(info.reason, info.reason),
            f"{info.session_count} sessions, {info.note_count} notes", size]


class RestoreDialog(QDialog):
    """Choose a backup; restoring sets the current data file aside, it never deletes it."""

    def __init__(self, backup_dir: Path, restore: Callable[[Path], Path | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from a backup")
        self._restore = restore
        self.backups = list_backups(backup_dir)
        self.restored_from: Path | None = None
        self.table = QTableWidget(len(self.backups), 4, self)
        self.table.setHorizontalHeaderLabels(["Made", "When", "Holds", "Size"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(self.backups):
            for column, text in enumerate(describe(info)):
                item = QTableWidgetItem(text)
                if not info.readable:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton("Restore…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            f"Backups are made daily and when you quit; the last 7 are kept in “{backup_dir}”.\n"
            "Restoring replaces the data you have now with the backup. Your current data file "
            "is kept beside it, renamed, so nothing is lost.", self, wordWrap=True))
        empty = QLabel("No backups yet. The first one is made a moment after the program "
                       "starts.", self)
        empty.setVisible(not self.backups)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.restore_button.setEnabled(bool(self.backups))
        if self.backups:
            self.table.selectRow(0)
        self.resize(640, 360)

    def _confirm(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        info = self.backups[rows[0].row()]
        when = describe(info)[0]
        answer = QMessageBox.question(
            self, "Restore this backup?",
            f"Replace your current data with the backup from {when}?\n\n"
            "Notes written since then will not be in the restored data, but your current "
            "file is kept, renamed, in the same folder.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            aside = self._restore(info.path)
        except WiError as error:
            QMessageBox.warning(self, error.title, f"{error.message}\n\n{error.hint}".strip())
            return
        self.restored_from = info.path
        kept = f"\n\nYour previous data file was kept as “{aside}”." if aside else ""
        QMessageBox.information(self, "Restored", f"The backup from {when} is restored.{kept}")
        self.accept()
