"""The dialogs that ask for corrected paid hours and for the reason for a change."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from wi_desktop.core.pay import MS_PER_HOUR, Hours, format_hours

# module functions so tests can stand in for the observer


def parse_hours(text: str) -> int:
    """Milliseconds of ``2:30`` (h:mm) or ``2.5`` / ``2,5`` (decimal hours)."""
    text = text.strip()
    match = re.fullmatch(r"(\d{1,3}):([0-5]\d)", text)
    if match:
        return (int(match[1]) * 60 + int(match[2])) * 60_000
    if re.fullmatch(r"\d{1,3}([.,]\d{1,4})?", text):
        return round(Decimal(text.replace(",", ".")) * MS_PER_HOUR)
    raise ValueError("Write the hours as h:mm (2:30) or as decimal hours (2.5).")


class HoursDialog(QDialog):
    """New paid hours and the reason for the correction, both required."""

    def __init__(self, hours: Hours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Correct hours")
        self.hours_edit = QLineEdit(self)
        self.hours_edit.setPlaceholderText("2:30 or 2.5")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText("Required, e.g. timer left running over lunch")
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(f"The timers recorded {format_hours(hours.session_ms)} on the "
                           "session clock. The correction and its reason go into the "
                           "audit trail.", self, wordWrap=True))
        form.addRow("New hours:", self.hours_edit)
        form.addRow("Reason:", self.reason_edit)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        for edit in (self.hours_edit, self.reason_edit):
            edit.textChanged.connect(self._check)
        self.setMinimumWidth(460)
        self._check()

    def _check(self) -> None:
        problem = ""
        try:
            parse_hours(self.hours_edit.text())
        except ValueError as error:
            problem = str(error) if self.hours_edit.text().strip() else ""
        if not problem and not self.reason_edit.text().strip():
            problem = "Say why the hours are corrected."
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.hours_edit.text().strip()) and not problem)

    def value(self) -> tuple[int, str]:
        return parse_hours(self.hours_edit.text()), self.reason_edit.text().strip()


def ask_hours_correction(parent: QWidget, hours: Hours) -> tuple[int, str] | None:
    """(paid hours in ms, reason), or None when the observer cancelled."""
    dialog = HoursDialog(hours, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_reason(parent: QWidget, prompt: str) -> str | None:
    """Why a recorded value changes; None when the observer cancelled or gave none."""
    text, ok = QInputDialog.getText(parent, "Reason for the change", prompt)
    return (text.strip() or None) if ok else None
