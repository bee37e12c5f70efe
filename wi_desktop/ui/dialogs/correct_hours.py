"""The dialogs that ask for corrected paid hours and for the reason for a change."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from wi_desktop.core.pay import MS_PER_DAY, MS_PER_HOUR, Hours, format_hours
from wi_desktop.ui.palette import set_tone
from wi_desktop.ui.widgets import format_day

# module functions so tests can stand in for the observer


def parse_hours(text: str) -> int:
    """Milliseconds of ``2:30`` (h:mm) or ``2.5`` / ``2,5`` (decimal hours)."""
    text = text.strip()
    match = re.fullmatch(r"(\d{1,3}):([0-5]\d)", text)
    if match:
        return (int(match[1]) * 60 + int(match[2])) * 60_000
    if re.fullmatch(r"\d{1,3}([.,]\d{1,4})?", text):
        return round(Decimal(text.replace(",", ".")) * MS_PER_HOUR)
    raise ValueError(QCoreApplication.translate(
        "HoursDialog", "Write the hours as h:mm (2:30) or as decimal hours (2.5)."))


def hours_text(ms: int) -> str:
    """Milliseconds as ``h:mm``, to the nearest minute: what parse_hours reads back."""
    minutes = round(ms / 60_000)
    return f"{minutes // 60}:{minutes % 60:02d}"


def correction_days(hours: Hours, session_day: dt.date) -> tuple[tuple[dt.date, int], ...]:
    """The days to correct, each with the hours paid now: the days the timers ran (or the
    session's day), with any earlier correction of a day in place of the timed hours."""
    timed, paid = dict(hours.per_day), dict(hours.paid_per_day)
    days = sorted(set(timed) | set(paid)) or [session_day]
    return tuple((day, paid.get(day, timed.get(day, 0))) for day in days)


class HoursDialog(QDialog):
    """New paid hours for each day of the session and the reason, all required."""

    def __init__(self, hours: Hours, session_day: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct hours"))
        self.days = correction_days(hours, session_day)
        self.day_edits: list[QLineEdit] = []
        for _day, ms in self.days:
            edit = QLineEdit(hours_text(ms), self)
            edit.setPlaceholderText(self.tr("2:30 or 2.5"))
            self.day_edits.append(edit)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Required, e.g. left running over lunch"))
        self.total = QLabel(self)
        self.total.hide()  # shown in the form when the session ran on several days
        self.problem = QLabel(self)
        set_tone(self.problem, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.back_to_timed = False  # chosen: drop the correction, pay the timed hours
        self.timed_button = self.buttons.addButton(self.tr("Use the timed hours"),
                                                   QDialogButtonBox.ButtonRole.ResetRole)
        self.timed_button.setToolTip(self.tr("Drop the correction: pay what the timers recorded"))
        self.timed_button.setVisible(hours.override_ms is not None)
        self.timed_button.clicked.connect(self._back_to_timed)
        form = QFormLayout(self)
        several = (" " + self.tr("Payroll records the hours of each day.")
                   if len(self.days) > 1 else "")
        form.addRow(QLabel(self.tr("The timers recorded {hours} on the session clock. The "
                                   "correction and its reason go into the audit trail.").format(
            hours=format_hours(hours.session_ms)) + several, self, wordWrap=True))
        if hours.override_ms is not None and not hours.paid_per_day:
            earlier = QLabel(self.tr("Corrected before to {hours} in all, not day by day: give "
                                     "the hours of each day.").format(
                hours=format_hours(hours.override_ms)), self)
            earlier.setWordWrap(True)
            earlier.setObjectName("earlierTotal")
            form.addRow(earlier)
        for (day, _ms), edit in zip(self.days, self.day_edits, strict=True):
            form.addRow(self.tr("Hours on {day}:").format(day=format_day(day)), edit)
        if len(self.days) > 1:
            form.addRow(self.tr("Total:"), self.total)
            self.total.show()
        form.addRow(self.tr("Reason:"), self.reason_edit)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        for edit in (*self.day_edits, self.reason_edit):
            edit.textChanged.connect(self._check)
        self.setMinimumWidth(460)
        self._check()
        if self.day_edits:
            self.day_edits[0].selectAll()

    def _check(self) -> None:
        problem, total = "", 0
        for (day, _ms), edit in zip(self.days, self.day_edits, strict=True):
            try:
                ms = parse_hours(edit.text())
            except ValueError as error:
                problem = problem or (f"{format_day(day)}: {error}" if len(self.days) > 1
                                      else str(error))
                continue
            if ms > MS_PER_DAY:
                problem = problem or self.tr("A day has at most 24 hours.")
            total += ms
        self.total.setText(format_hours(total))
        if not problem and not self.reason_edit.text().strip():
            problem = self.tr("Say why the hours are corrected.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _back_to_timed(self) -> None:
        if not self.reason_edit.text().strip():
            self.problem.setText(self.tr("Say why the timed hours are right after all."))
            self.reason_edit.setFocus()
            return
        self.back_to_timed = True
        self.accept()

    def value(self) -> tuple[list[tuple[dt.date, int]] | None, str]:
        """(hours of each day in ms, or None to pay the timed hours again; reason)."""
        if self.back_to_timed:
            return None, self.reason_edit.text().strip()
        return ([(day, parse_hours(edit.text()))
                 for (day, _ms), edit in zip(self.days, self.day_edits, strict=True)],
                self.reason_edit.text().strip())


def ask_hours_correction(parent: QWidget, hours: Hours, session_day: dt.date,
                         ) -> tuple[list[tuple[dt.date, int]] | None, str] | None:
    """(paid ms for each day, or None for the timed hours; reason), or None when the
    observer cancelled."""
    dialog = HoursDialog(hours, session_day, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_reason(parent: QWidget, prompt: str) -> str | None:
    """Why a recorded value changes; None when the observer cancelled or gave none."""
    text, ok = QInputDialog.getText(parent, "Reason for the change", prompt)
    return (text.strip() or None) if ok else None
