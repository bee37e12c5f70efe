"""Signed: the page the sign dialog shows once the PDF is saved, and the certificate's export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wi_desktop.core.errors import WiError
from wi_desktop.core.versions import SignedFile
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
        headline = (self.tr("✔ The feedback letter is signed") if signed.kind == "letter"
                    else self.tr("✔ The internal summary is signed"))
        saved = self.tr("Signed and saved: {path}<br>(version {version}, SHA-256 {sha}…)").format(
            path=escape_html(signed.path), version=signed.version, sha=signed.sha256[:16])
        after = self.tr("The record is now finalised: it can no longer be changed. To correct "
                        "it, amend it; the signed versions stay, and signing again makes "
                        "version {version}.").format(version=signed.version + 1)
        self.result_label.setText(f"<p style='font-size: large'><b>{headline}</b></p>"
                                  f"<p>{saved}</p><p>{after}</p>")

    def show_certificate_saved(self, path: Path) -> None:
        self.certificate_label.setStyleSheet("")
        self.certificate_label.setText(self.tr(
            "Certificate saved: {path}. Give it to whoever checks your PDFs: with it they can "
            "confirm that a PDF was signed with your key and not changed since.").format(
            path=path))

    def show_certificate_error(self, error: WiError) -> None:
        set_tone(self.certificate_label, "error")
        self.certificate_label.setText(str(error))
