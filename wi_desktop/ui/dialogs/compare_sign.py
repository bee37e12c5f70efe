"""The comparison as a signed PDF: who signs, with the signing key's passphrase (a first
key's twice), in which language, on which paper, to which file. The key and the file are
asked as the session's sign dialog asks them (sign_sections.KeyBox, sign_destination.
DestinationBox): a file is replaced only when chosen in the system's dialog, which asked.
Signed on a thread of its own; the file appears whole or not at all."""

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
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.comparison.document import ComparisonRequest, sign_comparison
from wi_desktop.comparison.facts import Comparison
from wi_desktop.core.business import Business
from wi_desktop.core.errors import WiError
from wi_desktop.export.keys import ObserverKeyStore
from wi_desktop.languages.catalogue import SHIPPED
from wi_desktop.ui.accessible import describe_forms
from wi_desktop.ui.dialogs.sign_destination import DestinationBox, last_folder, remember_folder
from wi_desktop.ui.dialogs.sign_sections import KeyBox, Refusal
from wi_desktop.ui.screen_fit import available_area
from wi_desktop.ui.sign_worker import unexpected_signing_error
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
            outcome = unexpected_signing_error()
        self.sig_outcome.emit(outcome)


class CompareSignDialog(QDialog):
    def __init__(self, services: Services, comparison: Comparison,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.comparison = comparison
        self.signed_path: Path | None = None
        self.worker: _Signing | None = None
        self.folder = last_folder(services)
        self._confirmed_path: Path | None = None  # chosen in a file dialog that asked
        self.setWindowTitle(self.tr("Sign the comparison"))
        self.setMinimumWidth(min(520, available_area(self).width() - 40))
        observers = sorted({o for c in comparison.candidates for o in c.observers},
                           key=str.casefold)
        self.observer = QComboBox(self)
        self.observer.setEditable(True)
        self.observer.addItems(observers)
        self.observer.setAccessibleName(self.tr("Signed by"))
        self.observer.setAccessibleDescription(self.tr("The observer whose key signs it"))
        self.observer_error = QLabel(self)
        self.observer_error.setWordWrap(True)
        self.observer_error.hide()
        self.key_box = KeyBox(self)
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
        self.destination = DestinationBox(self)
        self.destination.path_edit.setText(str(self.folder / "comparison.pdf"))
        for button in (self.destination.choose_button, self.destination.another_place):
            button.clicked.connect(self.choose_path)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = self.buttons.addButton(self.tr("&Sign and save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Signed &by:"), self.observer)
        form.addRow("", self.observer_error)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Pa&per:"), self.paper)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "{count} candidates, their facts side by side and their profiles charted, "
            "signed with the observer's key (made now if they have none).").format(
                count=len(comparison.candidates)), self, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.key_box)
        layout.addWidget(self.destination)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        describe_forms(self)  # names and descriptions from the forms' labels, as sign.py
        self.observer.currentTextChanged.connect(lambda _text: self._show_key_mode())
        self._show_key_mode()
        self.key_box.passphrase.setFocus()

    def _observer(self) -> str:
        return " ".join(self.observer.currentText().split())

    def _show_key_mode(self) -> None:
        """A first key (made now) asks its passphrase twice, as the sign dialog does."""
        name = self._observer()
        self.key_box.show_mode(name, first=bool(name) and not self.services.keys.exists(name))

    def choose_path(self) -> None:
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the signed comparison"), self.destination.path_edit.text(),
            self.tr("PDF (*.pdf)"))
        if name:
            self._confirmed_path = Path(name)  # the system's dialog asked before replacing
            self.destination.path_edit.setText(name)
            self.destination.error.hide()
            self.destination.another_place.hide()

    def request(self) -> ComparisonRequest | Refusal:
        observer = self._observer()
        if not observer:
            return Refusal(self.observer_error, self.tr("Say who signs the comparison."),
                           self.observer)
        passphrase = self.key_box.passphrase_for(observer)
        if isinstance(passphrase, Refusal):
            return passphrase
        path = self.destination.path(self.folder, self._confirmed_path)
        if isinstance(path, Refusal):
            return path
        return ComparisonRequest(
            session_ids=tuple(c.session_id for c in self.comparison.candidates),
            observer=observer, passphrase=passphrase, out_path=path,
            language=str(self.language.currentData()), page_size=str(self.paper.currentData()),
            organisation=self.key_box.organisation_for_new_key())

    def start(self) -> None:
        if self.worker is not None:
            return
        for label in (self.observer_error, self.key_box.error, self.destination.error):
            label.hide()
        request = self.request()
        if isinstance(request, Refusal):
            request.label.setText(request.text)
            request.label.show()
            self.adjustSize()  # the words in full, not cut by the size the dialog had
            if request.field is not None:
                request.field.show()
                request.field.setFocus()
            return
        self.status.setText(self.tr("Signing…"))
        self.sign_button.setEnabled(False)
        self.worker = _Signing(self.comparison, self.services.keys, request,
                               self.services.business.business(),
                               self.services.clock.now_ms(), self)
        self.worker.sig_outcome.connect(lambda outcome: self._done(outcome, request))
        self.worker.start()

    def _done(self, outcome: object, request: ComparisonRequest) -> None:
        if self.worker is not None:
            self.worker.wait()
        self.worker = None
        self.sign_button.setEnabled(True)
        if isinstance(outcome, WiError):
            self.status.setText(f"⚠ {outcome.message} {outcome.hint}".strip())
            self.key_box.passphrase.selectAll()
            self.key_box.passphrase.setFocus()
            return
        self.signed_path = request.out_path
        remember_folder(self.services, request.out_path.parent)
        self.accept()

    def reject(self) -> None:
        if self.worker is not None:  # signing cannot be stopped half way: let it finish
            self.status.setText(self.tr("Signing cannot be stopped; it ends in a moment."))
            return
        super().reject()
