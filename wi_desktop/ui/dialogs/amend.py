"""Reopen a finalised record to amend it, saying who and why."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.versions import Amendment
from wi_desktop.ui.accessible import describe_forms
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.dialogs.sign_parts import _message_label
from wi_desktop.ui.screen_fit import fit_to_screen
from wi_desktop.ui.widgets import show_failures_in


class AmendDialog(QDialog):
    """Reopens a finalised record for a change, saying who and why (both kept with it)."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.amendment: Amendment | None = None
        self.setWindowTitle(self.tr("Amend the finalised record"))
        sid = context.session_id
        versions = len(context.services.finalising.signed_files(sid))
        explanation = QLabel(
            (self.tr("Amending reopens this finalised record so it can be changed. The PDFs "
                     "signed so far stay as they are, and their fingerprints stay in the "
                     "record; signing again makes version {version}.").format(
                version=versions + 1) if versions else
             self.tr("Amending reopens this finalised record so it can be changed. The PDFs "
                     "signed so far stay as they are, and their fingerprints stay in the "
                     "record."))
            + " " + self.tr("Who amends it, when and why are kept with the record."), self)
        explanation.setWordWrap(True)
        explanation.setObjectName("amendExplanation")
        self.who = QLineEdit(context.workspace.session.observer_name, self)
        self.who.setMaxLength(64)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. The agreed hourly rate was $19, not $18"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.error_label = _message_label(self)
        self.buttons = QDialogButtonBox(self)
        self.amend_button = self.buttons.addButton(self.tr("&Reopen to amend"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.amend_button.clicked.connect(self.amend)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Who is amending:"), self.who)
        form.addRow(self.tr("&Why:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._show_error = show_failures_in(self.error_label, context, self)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_to_screen(self, QSize(520, self.sizeHint().height()))
        describe_forms(self)

    def amend(self) -> None:
        who, why = self.who.text().strip(), self.reason.toPlainText().strip()
        if not who:
            self._refuse(self.tr("Say who is amending the record."), self.who)
            return
        if not why:
            self._refuse(self.tr("Give the reason for the amendment; it is kept with the record."),
                         self.reason)
            return
        services, sid = self.context.services, self.context.session_id
        finalising = services.finalising
        change = self.context.apply(lambda: finalising.amend(sid, amended_by=who, reason=why))
        if change is not None:
            self.amendment = change.amendment
            self.accept()

    def _refuse(self, text: str, field: QWidget) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
