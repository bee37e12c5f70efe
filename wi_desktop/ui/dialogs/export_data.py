"""File → Export data…: a table of the data file (sessions, notes, scores, pay or the pay
audit) written as CSV, XLSX or JSON, for a spreadsheet, payroll or a script; the same as
`wi-desktop table`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.errors import WiError
from wi_desktop.wiring import Services

TABLE_NAMES = {  # what each table is called here, in the order offered
    "sessions": QT_TRANSLATE_NOOP("ExportDataDialog", "Sessions: one row a session"),
    "notes": QT_TRANSLATE_NOOP("ExportDataDialog", "Notes: every note with its time and tags"),
    "scores": QT_TRANSLATE_NOOP("ExportDataDialog",
                                "Scores: one row a competency of each session"),
    "pay": QT_TRANSLATE_NOOP("ExportDataDialog", "Pay: hours, rate and amount owed"),
    "audit": QT_TRANSLATE_NOOP("ExportDataDialog", "Pay changes: the audit trail"),
}
FOLDER_KEY = "export_data_folder"


class ExportDataDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Export data"))
        self.table = QComboBox(self)
        for key, name in TABLE_NAMES.items():
            self.table.addItem(self.tr(str(name)), key)
        self.role = QComboBox(self)
        self.role.addItem(self.tr("Every role"), "")
        roles = sorted({s.role_name for s in services.sessions.list_sessions()}, key=str.casefold)
        for role in roles:
            self.role.addItem(role, role)
        today = QDate.currentDate()
        self.since_check = QCheckBox(self.tr("&From"), self)
        self.since = QDateEdit(today.addMonths(-3), self)
        self.until_check = QCheckBox(self.tr("T&o"), self)
        self.until = QDateEdit(today, self)
        for check, edit in ((self.since_check, self.since), (self.until_check, self.until)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.table.setToolTip(self.tr("Which of the data file's tables to write"))
        self.role.setToolTip(self.tr("Only the sessions for this role, or every one"))
        self.since_check.setToolTip(self.tr("Only sessions on or after the day beside"))
        self.until_check.setToolTip(self.tr("Only sessions on or before the day beside"))
        self.since.setAccessibleName(self.tr("First day"))
        self.until.setAccessibleName(self.tr("Last day"))
        for field in (self.table, self.role, self.since_check, self.until_check):
            field.setAccessibleDescription(field.toolTip())
        for day in (self.since, self.until):
            day.setAccessibleDescription(self.tr("A day, as year-month-day"))
        dates = QHBoxLayout()
        for widget in (self.since_check, self.since, self.until_check, self.until):
            dates.addWidget(widget)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self._label(self.tr("&Table:"), self.table), self.table)
        form.addRow(self._label(self.tr("&Role:"), self.role), self.role)
        form.addRow(self.tr("Sessions on:"), dates)
        self.message = QLabel(self.tr(
            "CSV opens in any spreadsheet; XLSX keeps numbers, dates and durations typed; "
            "JSON is for scripts. The format follows the file name you choose."), self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save as…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.choose_and_write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.written: Path | None = None

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def table_name(self) -> str:
        return str(self.table.currentData())

    def choose_and_write(self) -> None:
        folder = self.services.sessions.setting(FOLDER_KEY) or str(Path.home())
        day = QDate.currentDate().toString("yyyy-MM-dd")
        suggested = Path(folder) / f"{self.table_name()}-{day}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export data"), str(suggested),
            self.tr("CSV, any spreadsheet (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)"))
        if path:
            self.write(Path(path))

    def write(self, out: Path) -> bool:
        """Write the chosen table to OUT; say how it went below the form."""
        from wi_desktop.tables.kinds import TableFilter

        if "." not in out.name:
            out = out.with_suffix(".csv")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            where = TableFilter(
                role=str(self.role.currentData()),
                since=self.since.date().toString("yyyy-MM-dd") if self.since_check.isChecked()
                else "",
                until=self.until.date().toString("yyyy-MM-dd") if self.until_check.isChecked()
                else "")
            count = self.services.tables.write(self.table_name(), out, where)
        except WiError as error:
            self.message.setText(str(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.written = out
        self.services.sessions.remember(FOLDER_KEY, str(out.parent))
        self.message.setText((self.tr("{count} row written to {path}.") if count == 1 else
                              self.tr("{count} rows written to {path}.")).format(
            count=f"{count:,}", path=out))
        return True
