"""Signed: the page the sign dialog shows once the PDF is saved, and the certificate's export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wi_desktop.core.errors import WiError
from wi_desktop.core.versions import SignedFile
from wi_desktop.ui.dialogs.sign_sections import KINDS
from wi_desktop.ui.palette import set_tone
from wi_desktop.ui.rich_text import escape_html


class SignedPage(QWidget):
    """What was signed, where, and what finalising means now; then where the certificate
    went."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("signedResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.certificate_label = QLabel(self)
        self.certificate_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result_label)
        layout.addWidget(self.certificate_label)
        layout.addStretch(1)
        self.hide()

    def show_signed(self, signed: SignedFile) -> None:
        label = KINDS[signed.kind].replace("&", "").lower()
        self.result_label.setText(
            f"<p style='font-size: large'><b>✔ The {label} is signed</b></p>"
            f"<p>Signed and saved: {escape_html(signed.path)}<br>(version {signed.version}, "
            f"SHA-256 {signed.sha256[:16]}…)</p>"
            f"<p>The record is now finalised: it can no longer be changed. To correct it, "
            f"amend it; the signed versions stay, and signing again makes version "
            f"{signed.version + 1}.</p>")

    def show_certificate_saved(self, path: Path) -> None:
        self.certificate_label.setStyleSheet("")
        self.certificate_label.setText(
            f"Certificate saved: {path}. Give it to whoever checks your PDFs: with it they can "
            "confirm that a PDF was signed with your key and not changed since.")

    def show_certificate_error(self, error: WiError) -> None:
        set_tone(self.certificate_label, "error")
        self.certificate_label.setText(str(error))
