"""Sign and save a session's summary or letter.

The signing itself runs on a worker thread (ui/sign_worker.py) with its own connection to
the data file; this dialog only collects what to sign, shows the progress and the outcome.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.errors import FileWriteError, WiError
from wi_desktop.core.rubric import FinaliseWarning
from wi_desktop.core.versions import SignedFile
from wi_desktop.export.documents import DocumentKind, SignRequest, default_file_name
from wi_desktop.export.keys import ObserverKeyStore, WrongPassphraseError
from wi_desktop.ui.accessible import describe_forms
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.dialogs.sign_destination import DestinationBox, last_folder, remember_folder
from wi_desktop.ui.dialogs.sign_parts import AmendmentReader, _message_label
from wi_desktop.ui.dialogs.sign_progress import NO_CANCEL, SignProgress
from wi_desktop.ui.dialogs.sign_result import SignedPage
from wi_desktop.ui.dialogs.sign_sections import DocumentBox, KeyBox, MarkBox, Refusal
from wi_desktop.ui.rich_text import escape_html
from wi_desktop.ui.screen_fit import TITLE_BAR, available_area
from wi_desktop.ui.sign_worker import SignJob, SignWorker
from wi_desktop.ui.widgets import FittingScroll

T = TypeVar("T")


class SignDialog(QDialog):
    """Collects the mark, passphrase and destination, then signs on a worker thread.

    After it closes: ``signed_file`` is the SignedFile (or None); ``chosen_competency`` the
    competency the observer wanted to go back to from the finalise review (or None)."""

    def __init__(self, context: SessionContext, keys: ObserverKeyStore,
                 parent: QWidget | None = None, *, kind: DocumentKind = "summary",
                 default_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.context, self.keys = context, keys
        self.signed_file: SignedFile | None = None
        self.chosen_competency: str | None = None
        self._confirmed_path: Path | None = None  # chosen in a file dialog that asked to replace
        self._suggested = ""  # the path filled in for us; replaced when the kind changes
        self._focused = False  # a field to fix was given the focus since the last attempt
        self.session = context.workspace.session  # kept up to date by published changes
        self.observer = self.session.observer_name
        self.folder = default_folder or last_folder(context.services)
        self.setWindowTitle(self.tr("Sign and save"))
        self.form = QWidget(self)
        self.result_page = SignedPage(self)
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.form)
        form_layout.addWidget(self.heading)
        self.amendment_label = QLabel(self.form)  # what an amendment changes, before signing
        self.amendment_label.setWordWrap(True)
        self.amendment_label.hide()  # until the reader says what the amendment changes
        self.amendment_read = False
        self.amendment_reader = AmendmentReader(context.services, context.session_id)
        self.amendment_reader.sig_read.connect(self._show_amendment)
        self.amendment_reader.start()
        form_layout.addWidget(self.amendment_label)
        self.mark_box = MarkBox(self.observer, self.form)
        self.key_box = KeyBox(self.form)
        self.document = DocumentBox(kind, self.form, context=context)  # the Tab order: last
        self.document.sig_kind_changed.connect(self._kind_changed)
        self.destination = DestinationBox(self.form)
        for button in (self.destination.choose_button, self.destination.another_place):
            button.clicked.connect(self.choose_path)
        for section in (self.document, self.mark_box, self.key_box, self.destination):
            form_layout.addWidget(section)
        self.kind_buttons = self.document.kind_buttons  # the fields, by name (here and tests)
        self.include_scores = self.document.include_scores
        self.typed_name, self.pad = self.mark_box.typed_name, self.mark_box.pad
        mark = self.mark_box
        self.typed_button, self.drawn_button = mark.typed_button, mark.drawn_button
        self.mark_error, self.passphrase_error = self.mark_box.error, self.key_box.error
        self.passphrase, self.passphrase_again = (self.key_box.passphrase,
                                                  self.key_box.passphrase_again)
        self.organisation = self.key_box.organisation
        self.path_edit, self.path_error = self.destination.path_edit, self.destination.error
        self.choose_button = self.destination.choose_button
        self.another_place = self.destination.another_place
        self.result_label = self.result_page.result_label
        self.certificate_label = self.result_page.certificate_label
        form_layout.addStretch(1)
        self._build_footer()
        layout = self._layout = QVBoxLayout(self)
        self.form_scroll = FittingScroll(self.form, self)  # scrolls on a small screen only
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.result_page, 1)
        layout.addWidget(self.error_label)
        footer = QHBoxLayout()  # the progress beside the buttons: the dialog hardly grows
        footer.addWidget(self.progress_row, 1)
        footer.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(footer)
        self._kind_changed()
        self._show_key_mode()
        self.resize(660, self.sizeHint().height())
        describe_forms(self)
        self._fit_height()

    # the footer ----------------------------------------------------------
    def _build_footer(self) -> None:
        self.progress_row = SignProgress(self)
        self.progress_row.sig_signed.connect(self._signed)
        self.progress_row.sig_failed.connect(self._failed)
        self.no_cancel_label = self.progress_row.no_cancel_label
        self.error_label = _message_label(self)
        self.error_label.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton(self.tr("&Sign and save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_folder_button = self.buttons.addButton(self.tr("&Open folder"),
                                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.buttons.addButton(self.tr("&Export certificate…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in (self.open_folder_button, self.export_button, self.close_button):
            button.hide()
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.sign)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.export_button.clicked.connect(self.export_certificate)

    # state of the form ---------------------------------------------------
    def kind(self) -> DocumentKind:
        return self.document.kind()

    def _kind_changed(self) -> None:
        kind = self.kind()
        heading = (self.tr("<b>Sign the feedback letter to {candidate}</b> · {role}")
                   if kind == "letter" else
                   self.tr("<b>Sign the summary of the session with {candidate}</b> · {role}"))
        self.heading.setText(heading.format(candidate=escape_html(self.session.candidate_name),
                                            role=escape_html(self.session.role_name)))
        if self.path_edit.text() in ("", self._suggested):
            self._suggested = str(self.folder / self._file_name(kind))
            self.path_edit.setText(self._suggested)

    def _file_name(self, kind: DocumentKind) -> str:
        sid, services = self.context.session_id, self.context.services
        try:
            done = sum(1 for f in services.finalising.signed_files(sid) if f.kind == kind)
            return default_file_name(services, sid, kind, done + 1)
        except WiError:
            return f"{kind}.pdf"

    def _show_key_mode(self) -> None:
        self.key_box.show_mode(self.observer, first=not self.keys.exists(self.observer))

    @property
    def first_key(self) -> bool:
        return self.key_box.first_key

    # collecting a request ------------------------------------------------
    def _clear_messages(self) -> None:
        for label in (self.mark_error, self.passphrase_error, self.path_error,
                      self.error_label):
            label.hide()
        self.another_place.hide()
        self._focused = False

    def _collect(self) -> SignRequest | None:
        """The request, or None after saying beside the field what is missing."""
        mark = self._taken(self.mark_box.mark())
        passphrase = self._taken(self.key_box.passphrase_for(self.observer))
        path = self._destination()
        if mark is None or passphrase is None or path is None:
            return None
        document = self.document
        return SignRequest(session_id=self.context.session_id, kind=self.kind(),
                           out_path=path, passphrase=passphrase, mark=mark,
                           include_scores=document.include_scores.isChecked(),
                           candidate_ack=document.candidate_ack.isChecked(),
                           page_size=str(document.page_size.currentData()),
                           language=document.document_language(),
                           organisation=self.key_box.organisation_for_new_key())

    def _taken(self, part: T | Refusal) -> T | None:
        """What a section collected; None after showing why it could not give it."""
        if isinstance(part, Refusal):
            self._refuse(*part)
            return None
        return part

    def _destination(self) -> Path | None:
        path = self.destination.path(self.folder, self._confirmed_path)
        if not isinstance(path, Refusal):
            return path
        if path.field is self.another_place:  # the folder itself cannot be used
            self._show_path_problem(path.text)
        else:
            self._refuse(*path)
        return None

    def _refuse(self, label: QLabel, text: str, field: QWidget | None) -> None:
        label.setText(text)
        label.show()
        if field is not None and not self._focused:  # the first field to fix gets the focus
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focused = True
        self._fit_height(shrink=False)

    def _show_path_problem(self, text: str) -> None:
        self._refuse(self.path_error, text, None)
        self.another_place.show()
        self.another_place.setFocus(Qt.FocusReason.OtherFocusReason)

    # signing -------------------------------------------------------------
    @property
    def worker(self) -> SignWorker | None:
        """The thread signing now, if any."""
        return self.progress_row.worker

    def sign(self) -> None:
        if self.is_busy():
            return
        self._clear_messages()
        request = self._collect()
        if request is None:
            return
        data_file = self.context.services.data_file
        if data_file is None:
            self._show_error(WiError("This session is not kept in a data file, so it cannot "
                                     "be signed here."))
            return
        acknowledged = self._finalise_first()
        if acknowledged is None:
            return
        self._set_busy(True)
        self.progress_row.start(SignJob(data_file, self.context.services.clock, self.keys,
                                        request, acknowledged))

    def _finalise_first(self) -> Sequence[FinaliseWarning] | None:
        """Signing finalises: review the warnings first. None when the observer went back."""
        from wi_desktop.ui.dialogs.finalise import FinaliseDialog

        if self.context.services.finalising.facts(self.context.session_id).finalised_ms is not None:
            return ()
        review = FinaliseDialog(self.context, self)
        review.exec()
        if review.finalised_ms is not None:
            return list(review.warnings)
        if review.chosen_competency:
            self.chosen_competency = review.chosen_competency
            self.reject()
        else:
            self._show_error(WiError("Nothing was signed: signing finalises the record, and "
                                     "it was not finalised."))
        return None

    def _set_busy(self, busy: bool) -> None:
        self.form.setEnabled(not busy)
        self.sign_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.cancel_button.setToolTip(self.progress_row.tr(NO_CANCEL) if busy else "")
        self.progress_row.setVisible(busy)
        if busy:
            self.progress_row.show_step(0, "Getting ready")
            self._fit_height(shrink=False)

    def _signed(self, signed: SignedFile) -> None:
        self.signed_file = signed
        remember_folder(self.context.services, Path(signed.path).parent)
        self.result_page.show_signed(signed)
        self.form_scroll.hide()
        self.progress_row.hide()
        self.result_page.show()
        self.sign_button.hide()
        self.cancel_button.hide()
        for button in (self.open_folder_button, self.export_button, self.close_button):
            button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit_height()

    def _fit_height(self, *, shrink: bool = True) -> None:
        """As tall as the content at this width (wrapped lines count: minimumSize misses them)."""
        layout = self._layout
        layout.activate()
        width = self.width()
        height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        height = min(height, available_area(self).height() - TITLE_BAR)
        if shrink or height > self.height():
            before = self.buttons.mapToGlobal(self.buttons.rect().topLeft()).y()
            self.resize(width, height)
            if self.isVisible() and not shrink:
                # a message that makes the dialog taller grows it upwards: the buttons stay
                # under the pointer, where the observer was about to press one again
                layout.activate()
                moved = self.buttons.mapToGlobal(self.buttons.rect().topLeft()).y() - before
                top = self.screen().availableGeometry().top()
                self.move(self.x(), max(top, self.y() - moved))

    def _failed(self, error: WiError) -> None:
        self._set_busy(False)
        self._focused = False
        self._show_key_mode()  # a key made before a later step failed is used next time
        self._kind_changed()
        if isinstance(error, WrongPassphraseError):
            self._refuse(self.passphrase_error, str(error), self.passphrase)
            self.passphrase.selectAll()
        elif isinstance(error, FileWriteError):
            self._show_path_problem(str(error))
        else:
            self._show_error(error)

    def _show_error(self, error: WiError) -> None:
        self.error_label.setText(f"<b>{escape_html(error.heading)}:</b> {escape_html(str(error))}")
        self.error_label.show()
        self._fit_height(shrink=False)

    def is_busy(self) -> bool:
        return self.progress_row.is_busy()

    def wait_until_done(self, timeout_ms: int = 60_000) -> bool:
        return self.progress_row.wait_until_done(timeout_ms)

    # after signing -------------------------------------------------------
    def choose_path(self) -> None:
        current = Path(self.path_edit.text() or str(self.folder))
        chosen = self.ask_save_path(self.tr("Save the signed PDF as"), current,
                                    self.tr("PDF files (*.pdf)"))
        if chosen is not None:
            self._confirmed_path = chosen
            self.path_edit.setText(str(chosen))
            self.path_error.hide()
            self.another_place.hide()
            self.sign_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_save_path(self, title: str, suggested: Path, filter_text: str) -> Path | None:
        """Ask where to save (the system's dialog, which asks before replacing a file)."""
        name, _ = QFileDialog.getSaveFileName(self, title, str(suggested), filter_text)
        return Path(name) if name else None

    def open_folder(self) -> bool:
        if self.signed_file is None:
            return False
        folder = Path(self.signed_file.path).parent
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def export_certificate(self) -> Path | None:
        if self.signed_file is None:
            return None
        observer = self.signed_file.observer
        suggested = Path(self.signed_file.path).parent / f"{observer} - certificate.pem"
        path = self.ask_save_path(self.tr("Export the signing certificate"), suggested,
                                  self.tr("Certificates (*.pem)"))
        if path is None:
            return None
        try:
            self.keys.export_certificate_pem(observer, path)
        except WiError as error:
            self.result_page.show_certificate_error(error)
            return None
        self.result_page.show_certificate_saved(path)
        return path

    # closing -------------------------------------------------------------
    def _show_amendment(self, text: str) -> None:
        self.amendment_read = True
        self.amendment_label.setText(text)
        self.amendment_label.setVisible(bool(text))

    def reject(self) -> None:
        if self.is_busy():  # Esc or Cancel while signing: it cannot be stopped
            self.progress_row.insist()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
