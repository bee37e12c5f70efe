"""The comparison as a signed PDF: who signs (their key and passphrase), in which language,
on which paper, to which file. Signed on a thread of its own; the file appears whole or not
at all."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.comparison.document import ComparisonRequest, sign_comparison
from wi_desktop.comparison.facts import Comparison
from wi_desktop.core.business import Business
from wi_desktop.core.errors import ValidationError, WiError
from wi_desktop.core.speech import say
from wi_desktop.export.keys import ObserverKeyStore
from wi_desktop.languages.catalogue import SHIPPED
from wi_desktop.ui.sign_worker import UnexpectedSigningError
from wi_desktop.wiring import Services

log = logging.getLogger(__name__)


class _Signing(QThread):
    sig_outcome = Signal(object)  # the signed bytes, or the WiError

    def __init__(self, comparison: Comparison, keys: ObserverKeyStore,
                 request: ComparisonRequest, business: Business, made_ms: int,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.job = (comparison, keys, request, business, made_ms)

    def run(self) -> None:
        comparison, keys, request, business, made_ms = self.job
        try:
            outcome: object = sign_comparison(comparison, keys, request, business=business,
                                              made_ms=made_ms)
        except WiError as error:
            outcome = error
        except Exception:  # a bug: words for the user, the traceback for the log
            log.exception("signing a comparison failed unexpectedly")
            outcome = UnexpectedSigningError(
                say("Something unexpected went wrong while signing."),
                hint=say("The details were written to the program's log file, to show "
                         "whoever looks after this computer."))
        self.sig_outcome.emit(outcome)


class CompareSignDialog(QDialog):
    def __init__(self, services: Services, comparison: Comparison,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.comparison = comparison
        self.signed_path: Path | None = None
        self.worker: _Signing | None = None
        self.setWindowTitle(self.tr("Sign the comparison"))
        observers = sorted({o for c in comparison.candidates for o in c.observers},
                           key=str.casefold)
        self.observer = QComboBox(self)
        self.observer.setEditable(True)
        self.observer.addItems(observers)
        self.observer.setAccessibleName(self.tr("Signed by"))
        self.observer.setAccessibleDescription(self.tr("The observer whose key signs it"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(self.tr("The passphrase of that signing key"))
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self.again.setAccessibleDescription(self.tr(
            "The new key's passphrase once more: a mistyped one could never unlock it"))
        self.language = QComboBox(self)
        for code, name in SHIPPED.items():
            self.language.addItem(name, code)
        from wi_desktop.languages.install import window_language

        self.language.setCurrentIndex(max(0, self.language.findData(window_language())))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("The language the PDF is written in"))
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.setAccessibleName(self.tr("Paper"))
        self.paper.setAccessibleDescription(self.tr("The page size, landscape"))
        self.path = QLineEdit(str(Path.home() / "comparison.pdf"), self)
        self.path.setMinimumWidth(320)  # the whole path, not its last folder
        self.path.setAccessibleName(self.tr("File"))
        self.path.setAccessibleDescription(self.tr("Where the signed PDF is written"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setToolTip(self.tr("Choose the file the signed PDF is written to"))
        browse.clicked.connect(self._browse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = self.buttons.addButton(self.tr("&Sign and save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Signed &by:"), self.observer)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.again_label = QLabel(self.tr("Passphrase a&gain:"), self)
        self.again_label.setBuddy(self.again)
        form.addRow(self.again_label, self.again)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Pa&per:"), self.paper)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)  # the & is Alt+F, not shown
        form.addRow(file_label, where)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "{count} candidates, their facts side by side and their profiles charted, "
            "signed with the observer's key (made now if they have none).").format(
                count=len(comparison.candidates)), self, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.observer.currentTextChanged.connect(lambda _text: self._first_key())
        self._first_key()
        self.passphrase.setFocus()

    def _first_key(self) -> None:
        """The passphrase asked twice when the observer has no key yet (it is made now)."""
        name = " ".join(self.observer.currentText().split())
        new = bool(name) and not self.services.keys.exists(name)
        self.again.setVisible(new)
        self.again_label.setVisible(new)

    def _browse(self) -> None:
        name, _chosen = QFileDialog.getSaveFileName(self, self.tr("Save the signed comparison"),
                                                    self.path.text(),
                                                    self.tr("PDF (*.pdf)"))
        if name:
            self.path.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def request(self) -> ComparisonRequest:
        observer = " ".join(self.observer.currentText().split())
        if not observer:
            raise ValidationError(self.tr("Say who signs the comparison."))
        if not self.passphrase.text():
            raise ValidationError(self.tr("Type the passphrase of the signing key."))
        if not self.again.isHidden() and self.again.text() != self.passphrase.text():
            raise ValidationError(self.tr("The two passphrases differ; type the new key's "
                                          "passphrase twice the same."))
        path = Path(self.path.text().strip()).expanduser()
        if not path.name or path.is_dir():
            raise ValidationError(self.tr("Choose a file to write the PDF to."))
        return ComparisonRequest(
            session_ids=tuple(c.session_id for c in self.comparison.candidates),
            observer=observer, passphrase=self.passphrase.text(), out_path=path,
            language=str(self.language.currentData()), page_size=str(self.paper.currentData()))

    def start(self) -> None:
        if self.worker is not None:
            return
        try:
            request = self.request()
        except WiError as error:
            self.status.setText(f"⚠ {error.message}")
            return
        if request.out_path.exists() and not self._may_replace(request.out_path):
            return
        self.status.setText(self.tr("Signing…"))
        self.sign_button.setEnabled(False)
        self.worker = _Signing(self.comparison, self.services.keys, request,
                               self.services.business.business(),
                               self.services.clock.now_ms(), self)
        self.worker.sig_outcome.connect(lambda outcome: self._done(outcome, request))
        self.worker.start()

    def _may_replace(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("“{file}” already exists. Replace it with this comparison?").format(
                file=str(path)), buttons.Yes | buttons.No, buttons.No) == buttons.Yes

    def _done(self, outcome: object, request: ComparisonRequest) -> None:
        if self.worker is not None:
            self.worker.wait()
        self.worker = None
        self.sign_button.setEnabled(True)
        if isinstance(outcome, WiError):
            self.status.setText(f"⚠ {outcome.message} {outcome.hint}".strip())
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.signed_path = request.out_path
        self.accept()

    def reject(self) -> None:
        if self.worker is not None:  # signing cannot be stopped half way: let it finish
            self.status.setText(self.tr("Signing cannot be stopped; it ends in a moment."))
            return
        super().reject()
