"""The task briefing given to the candidate in advance: the same tasks, time boxes and
instructions for every candidate of a role. Shown, printed, or saved as a PDF."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QSize,
    QStandardPaths,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.errors import FileWriteError
from wi_desktop.core.model import Workspace
from wi_desktop.files import write_file_atomically
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.palette import set_tone
from wi_desktop.ui.screen_fit import fit_to_screen
from wi_desktop.ui.widgets import format_day

try:  # part of PySide6-Essentials, but some distribution builds leave it out
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
except ImportError:  # pragma: no cover - depends on the Qt build
    QPrintDialog = QPrinter = None  # type: ignore[assignment,misc]

_LETTER_TERRITORIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada,
                       QLocale.Country.Mexico, QLocale.Country.Philippines}


def _text(value: str) -> str:
    """User text as HTML text: escaped, line breaks kept."""
    return html.escape(value).replace("\n", "<br>")


def _minutes(ms: int) -> str:
    minutes = round(ms / 60_000)
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def briefing_html(workspace: Workspace) -> str:
    """The briefing as HTML, in the program's language; every piece of user text is
    escaped."""
    translate = QCoreApplication.translate
    session = workspace.session
    day = dt.datetime.fromtimestamp((session.started_ms or session.created_ms) / 1000).date()
    facts = [(translate("BriefingDialog", "Role"), session.role_name),
             (translate("BriefingDialog", "Candidate"), session.candidate_name),
             (translate("BriefingDialog", "Date"), format_day(day)),
             (translate("BriefingDialog", "Location"), session.location),
             (translate("BriefingDialog", "Observer"), session.observer_name)]
    rows = "".join(f"<tr><td style='padding-right:12px'><b>{name}</b></td>"
                   f"<td>{_text(value)}</td></tr>" for name, value in facts if value)
    total = sum(t.planned_ms for t in workspace.tasks)
    parts = [
        "<h2>" + translate("BriefingDialog", "Task briefing: {role}").format(
            role=_text(session.role_name)) + "</h2>",
        f"<table cellspacing='2'>{rows}</table>",
        "<p>" + translate(
            "BriefingDialog", "These are the tasks of your working interview, in the order "
            "you will do them. Every candidate for this role is given the same tasks and the "
            "same time. The time box is a guide: say if you need more time or if anything is "
            "unclear.") + "</p>",
    ]
    for number, task in enumerate(workspace.tasks, start=1):
        parts.append(f"<h3>{number}. {_text(task.title)} "
                     f"<span style='font-weight:normal'>— {_minutes(task.planned_ms)}"
                     "</span></h3>")
        parts.append(f"<p>{_text(task.instructions)}</p>" if task.instructions.strip()
                     else "<p><i>" + translate(
                         "BriefingDialog", "No written instructions; the observer will explain "
                         "this task.") + "</i></p>")
    parts.append("<p>" + translate("BriefingDialog", "<b>Planned time in all:</b> {time}").format(
        time=_minutes(total)) + "</p>")
    return "\n".join(parts)


def pdf_bytes(document: QTextDocument) -> bytes:
    """DOCUMENT laid out on the local paper size, as PDF bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    letter = QLocale().territory() in _LETTER_TERRITORIES
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if letter
                                 else QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(QCoreApplication.translate("BriefingDialog", "Task briefing"))
    document.print_(writer)
    del writer  # the PDF is complete once the writer is gone
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


class BriefingDialog(QDialog):
    """The briefing as the candidate reads it, with Print… and Save as PDF…."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Task briefing"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(briefing_html(context.workspace))
        self.status = QLabel(self, wordWrap=True)
        self.status.setObjectName("briefingStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        for button in (self.print_button, self.pdf_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_briefing)
        self.pdf_button.clicked.connect(self.save_pdf)
        if QPrintDialog is None:
            self.print_button.setEnabled(False)
            self.print_button.setToolTip(self.tr("Printing is not available in this Qt build; "
                                                 "save as PDF and print that."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(680, 560))

    def print_briefing(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.browser.document().print_(printer)
            self._say(self.tr("Sent to the printer."))

    def save_pdf(self) -> Path | None:
        """Ask where, then write the PDF atomically; None when cancelled or failed."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the briefing as PDF"), str(self._suggested_path()),
            self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_file_atomically(path, pdf_bytes(self.browser.document()))
        except FileWriteError as error:
            self._say(str(error), error=True)
            return None
        self._say(self.tr("Saved to {path}").format(path=path))
        return path

    def _suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ",
                      self.tr("Briefing - {candidate}").format(
                          candidate=self.context.workspace.session.candidate_name)).strip()
        return Path(folder) / f"{name}.pdf"

    def _say(self, text: str, *, error: bool = False) -> None:
        set_tone(self.status, "error" if error else "ok")
        self.status.setText(text)
