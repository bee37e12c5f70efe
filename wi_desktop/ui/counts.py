"""Counted things said as a person says them: "1 note", "2 notes", "1,204 sessions" (the
number grouped as the window's language writes it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def notes_counted(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Counts", "1 note")
    return QCoreApplication.translate("Counts", "{count} notes").format(
        count=QLocale().toString(count))


def sessions_counted(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("Counts", "1 session")
    return QCoreApplication.translate("Counts", "{count} sessions").format(
        count=QLocale().toString(count))
