"""Sign and save a session's summary or letter.

The signing itself runs on a worker thread (ui/sign_worker.py) with its own connection to
the data file; this dialog only collects what to sign, shows the progress and the outcome.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.errors import FileWriteError, WiError
from wi_desktop.core.record import SignedFile
from wi_desktop.core.rubric import FinaliseWarning
from wi_desktop.core.snapshot import SignatureMark
from wi_desktop.export.documents import STEPS, DocumentKind, SignRequest, default_file_name
from wi_desktop.export.keys import (
    ObserverKeyStore,
    WrongPassphraseError,
)
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.dialogs.sign_parts import ERROR_STYLE, _message_label, _row
from wi_desktop.ui.dialogs.sign_sections import MUTED_STYLE, KeyBox, MarkBox, Refusal
from wi_desktop.ui.sign_worker import SignJob, SignWorker, data_file_of
from wi_desktop.ui.widgets import escape_html

LAST_FOLDER_KEY = "last_signed_folder"
NO_CANCEL = "Signing cannot be stopped once it has begun; it takes a few seconds."
KINDS: dict[str, str] = {"summary": "Internal s&ummary", "letter": "&Feedback letter"}
PAGE_SIZES = (("US Letter", "letter"), ("A4", "a4"))


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
        self.worker: SignWorker | None = None
        self._confirmed_path: Path | None = None  # chosen in a file dialog that asked to replace
        self._suggested = ""  # the path filled in for us; replaced when the kind changes
        self._focused = False  # a field to fix was given the focus since the last attempt
        self.session = context.service.workspace(context.session_id).session
        self.observer = self.session.observer_name
        self.folder = default_folder or self._last_folder()
        self.setWindowTitle("Sign and save")
        self.form = QWidget(self)
        self.result_page = self._build_result()
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.form)
        form_layout.addWidget(self.heading)
        self.mark_box = MarkBox(self.observer, self.form)
        self.key_box = KeyBox(self.form)
        for section in (self._build_document(kind), self.mark_box, self.key_box,
                        self._build_destination()):
            form_layout.addWidget(section)
        # the fields checked and focused by name (here and in tests)
        self.typed_name, self.pad = self.mark_box.typed_name, self.mark_box.pad
        mark = self.mark_box
        self.typed_button, self.drawn_button = mark.typed_button, mark.drawn_button
        self.mark_error, self.passphrase_error = self.mark_box.error, self.key_box.error
        self.passphrase, self.passphrase_again = (self.key_box.passphrase,
                                                  self.key_box.passphrase_again)
        self.organisation = self.key_box.organisation
        form_layout.addStretch(1)
        self._build_footer()
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.result_page, 1)
        layout.addWidget(self.error_label)
        footer = QHBoxLayout()  # the progress beside the buttons: the dialog hardly grows
        footer.addWidget(self.progress_row, 1)
        footer.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(footer)
        self._kind_changed()
        self._show_key_mode()
        self.resize(660, self.sizeHint().height())
        self._fit_height()

    # sections ------------------------------------------------------------
    def _build_document(self, kind: str) -> QGroupBox:
        box = QGroupBox("What to sign", self.form)
        self.kind_group = QButtonGroup(box)
        self.kind_buttons = {k: QRadioButton(text, box) for k, text in KINDS.items()}
        for button in self.kind_buttons.values():
            self.kind_group.addButton(button)
        self.kind_buttons["summary" if kind != "letter" else "letter"].setChecked(True)
        self.kind_group.buttonToggled.connect(self._kind_toggled)
        self.include_scores = QCheckBox("with s&cores", box)
        self.include_scores.setToolTip("Show the scores in the candidate's letter")
        self.candidate_ack = QCheckBox("with a line for the candidate to si&gn", box)
        self.candidate_ack.setToolTip("The candidate signs on paper that they received the "
                                      "letter and its pay")
        self.page_size = QComboBox(box)
        for text, value in PAGE_SIZES:
            self.page_size.addItem(text, value)
        us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        self.page_size.setCurrentIndex(0 if us else 1)
        size_label = QLabel("Page si&ze:", box)
        size_label.setBuddy(self.page_size)
        row = _row(*self.kind_buttons.values(), self.include_scores, self.candidate_ack)
        row.addWidget(size_label)
        row.addWidget(self.page_size)
        box.setLayout(row)
        return box

    def _build_destination(self) -> QGroupBox:
        box = QGroupBox("Save as", self.form)
        self.path_edit = QLineEdit(box)
        self.path_edit.setAccessibleName("Where to save the signed PDF")
        self.path_edit.textChanged.connect(self.path_edit.setToolTip)
        self.choose_button = QPushButton("C&hoose…", box)
        self.choose_button.clicked.connect(self.choose_path)
        self.path_error = _message_label(box)
        self.another_place = QPushButton("Choose another &place…", box)
        self.another_place.clicked.connect(self.choose_path)
        self.another_place.hide()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        problem = QHBoxLayout()
        problem.addWidget(self.path_error, 1)
        problem.addWidget(self.another_place, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addLayout(problem)
        return box

    def _build_footer(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setRange(0, STEPS)
        self.progress.setTextVisible(False)
        self.step_label = QLabel(self)
        self.no_cancel_label = QLabel(NO_CANCEL, self)
        self.no_cancel_label.setStyleSheet(MUTED_STYLE)
        self.no_cancel_label.setWordWrap(True)
        self.progress_row = QWidget(self)
        layout = QVBoxLayout(self.progress_row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.step_label, self.progress, self.no_cancel_label):
            layout.addWidget(widget)
        self.progress_row.hide()
        self.error_label = _message_label(self)
        self.error_label.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton("&Sign and save",
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_folder_button = self.buttons.addButton("&Open folder",
                                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.buttons.addButton("&Export certificate…",
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

    def _build_result(self) -> QWidget:
        page = QWidget(self)
        self.result_label = QLabel(page)
        self.result_label.setObjectName("signedResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.certificate_label = QLabel(page)
        self.certificate_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_label)
        layout.addWidget(self.certificate_label)
        layout.addStretch(1)
        page.hide()
        return page

    # state of the form ---------------------------------------------------
    def kind(self) -> DocumentKind:
        return "letter" if self.kind_buttons["letter"].isChecked() else "summary"

    def _kind_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.include_scores.setEnabled(kind == "letter")
        self.candidate_ack.setEnabled(kind == "letter")
        what = "feedback letter to" if kind == "letter" else "summary of the session with"
        self.heading.setText(f"<b>Sign the {what} {escape_html(self.session.candidate_name)}</b>"
                             f" · {escape_html(self.session.role_name)}")
        if self.path_edit.text() in ("", self._suggested):
            self._suggested = str(self.folder / self._file_name(kind))
            self.path_edit.setText(self._suggested)

    def _file_name(self, kind: DocumentKind) -> str:
        sid = self.context.session_id
        try:
            done = sum(1 for f in self.context.record.signed_files(sid) if f.kind == kind)
            return default_file_name(self.context.service, sid, kind, done + 1)
        except WiError:
            return f"{kind}.pdf"

    def _show_key_mode(self) -> None:
        self.key_box.show_mode(self.observer, first=not self.keys.exists(self.observer))

    @property
    def first_key(self) -> bool:
        return self.key_box.first_key

    def _last_folder(self) -> Path:
        try:
            remembered = self.context.service.setting(LAST_FOLDER_KEY)
        except WiError:
            remembered = None
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    # collecting a request ------------------------------------------------
    def _clear_messages(self) -> None:
        for label in (self.mark_error, self.passphrase_error, self.path_error,
                      self.error_label):
            label.hide()
        self.another_place.hide()
        self._focused = False

    def _collect(self) -> SignRequest | None:
        """The request, or None after saying beside the field what is missing."""
        mark = self._mark()
        passphrase = self._passphrase()
        path = self._destination()
        if mark is None or passphrase is None or path is None:
            return None
        return SignRequest(session_id=self.context.session_id, kind=self.kind(),
                           out_path=path, passphrase=passphrase, mark=mark,
                           include_scores=self.include_scores.isChecked(),
                           candidate_ack=self.candidate_ack.isChecked(),
                           page_size=str(self.page_size.currentData()),
                           organisation=self.key_box.organisation_for_new_key())

    def _mark(self) -> SignatureMark | None:
        mark = self.mark_box.mark()
        if isinstance(mark, Refusal):
            self._refuse(*mark)
            return None
        return mark

    def _passphrase(self) -> str | None:
        secret = self.key_box.passphrase_for(self.observer)
        if isinstance(secret, Refusal):
            self._refuse(*secret)
            return None
        return secret

    def _destination(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            self._refuse(self.path_error, "Choose where to save the PDF.",
                         self.path_edit)
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self.folder / path
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if not path.parent.is_dir():
            why = ("is a file, not a folder" if path.parent.exists()
                   else "is not a folder that exists")
            self._show_path_problem(f"“{path}” cannot be saved: “{path.parent}” {why}.")
            return None
        if path.is_file() and path != self._confirmed_path:
            self._refuse(self.path_error, f"“{path}” already exists. Choose another "
                         "name, or pick it with “Choose…” to replace it.",
                         self.path_edit)
            return None
        return path

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
    def sign(self) -> None:
        if self.worker is not None:
            return
        self._clear_messages()
        request = self._collect()
        if request is None:
            return
        data_file = data_file_of(self.context.service.repo)
        if data_file is None:
            self._show_error(WiError("This session is not kept in a data file, so it cannot "
                                     "be signed here."))
            return
        acknowledged = self._finalise_first()
        if acknowledged is None:
            return
        self.worker = SignWorker(SignJob(data_file, self.context.service.clock, self.keys,
                                         request, acknowledged), self)
        self.worker.sig_progress.connect(self._show_progress)
        self.worker.sig_signed.connect(self._signed)
        self.worker.sig_failed.connect(self._failed)
        self.worker.finished.connect(self._worker_finished)
        self._set_busy(True)
        self.worker.start()

    def _finalise_first(self) -> Sequence[FinaliseWarning] | None:
        """Signing finalises: review the warnings first. None when the observer went back."""
        from wi_desktop.ui.dialogs.finalise import FinaliseDialog

        if self.context.record.facts(self.context.session_id).finalised_ms is not None:
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
        self.cancel_button.setToolTip(NO_CANCEL if busy else "")
        self.progress_row.setVisible(busy)
        if busy:
            self._show_progress(0, "Getting ready")
            self._fit_height(shrink=False)

    def _show_progress(self, step: int, text: str) -> None:
        self.progress.setValue(max(0, step - 1))
        self.step_label.setText(f"Step {max(step, 1)} of {STEPS}: {text}")

    def _signed(self, signed: SignedFile) -> None:
        self.signed_file = signed
        self.progress.setValue(STEPS)
        self._remember_folder(Path(signed.path).parent)
        label = KINDS[signed.kind].replace("&", "").lower()
        self.result_label.setText(
            f"<p style='font-size: large'><b>✔ The {label} is signed</b></p>"
            f"<p>Signed and saved: {escape_html(signed.path)}<br>(version {signed.version}, "
            f"SHA-256 {signed.sha256[:16]}…)</p>"
            f"<p>The record is now finalised: it can no longer be changed. To correct it, "
            f"amend it; the signed versions stay, and signing again makes version "
            f"{signed.version + 1}.</p>")
        self.form.hide()
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
        if shrink or height > self.height():
            self.resize(width, height)

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

    def _worker_finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()

    def _show_error(self, error: WiError) -> None:
        self.error_label.setText(f"<b>{escape_html(error.title)}:</b> {escape_html(str(error))}")
        self.error_label.show()
        self._fit_height(shrink=False)

    def is_busy(self) -> bool:
        return self.worker is not None

    def wait_until_done(self, timeout_ms: int = 60_000) -> bool:
        return self.worker is None or self.worker.wait(timeout_ms)

    # after signing -------------------------------------------------------
    def choose_path(self) -> None:
        current = Path(self.path_edit.text() or str(self.folder))
        chosen = self.ask_save_path("Save the signed PDF as", current, "PDF files (*.pdf)")
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
        path = self.ask_save_path("Export the signing certificate", suggested,
                                  "Certificates (*.pem)")
        if path is None:
            return None
        try:
            self.keys.export_certificate_pem(observer, path)
        except WiError as error:
            self.certificate_label.setStyleSheet(ERROR_STYLE)
            self.certificate_label.setText(str(error))
            return None
        self.certificate_label.setStyleSheet("")
        self.certificate_label.setText(
            f"Certificate saved: {path}. Give it to whoever checks your PDFs: with it they can "
            "confirm that a PDF was signed with your key and not changed since.")
        return path

    def _remember_folder(self, folder: Path) -> None:
        with contextlib.suppress(WiError):  # only a convenience for next time
            self.context.service.remember(LAST_FOLDER_KEY, str(folder))

    # closing -------------------------------------------------------------
    def reject(self) -> None:
        if self.is_busy():  # Esc or Cancel while signing: it cannot be stopped
            self.no_cancel_label.setStyleSheet("font-weight: bold;")
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
