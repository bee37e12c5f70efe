"""Two sections of the sign dialog: the observer's mark and the signing key's passphrase.

Each hands back what it collected, or a Refusal (where to say what, and which field to put
the focus in) for the dialog to show beside the field."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.errors import WiError
from wi_desktop.core.snapshot import SignatureMark
from wi_desktop.export.keys import MIN_PASSPHRASE_LENGTH, check_new_passphrase
from wi_desktop.ui.dialogs.sign_parts import _message_label, _row, _secret
from wi_desktop.ui.signature_pad import SignaturePad

MUTED_STYLE = "color: palette(placeholder-text);"
LEGAL_MEANING = ("Signing adopts this mark as your signature and makes any later change to "
                 "the PDF detectable.")
FIRST_KEY = (f"This is your first signature on this computer: choose a passphrase "
             f"({MIN_PASSPHRASE_LENGTH} characters or more).")
KEY_EXPLAINED = ("Your signing key is made now and stays on this computer, protected by this "
                 "passphrase. Its certificate can be exported for whoever checks your PDFs.")


class Refusal(NamedTuple):
    """Why a section cannot give its part yet: the message, where, and what to fix."""

    label: QLabel
    text: str
    field: QWidget | None


class MarkBox(QGroupBox):
    """The mark: the observer's name typed (shown as the PDF prints it) or drawn."""

    def __init__(self, observer: str, parent: QWidget | None = None) -> None:
        super().__init__("Your mark", parent)
        self.observer = observer
        self.typed_button = QRadioButton("&Type your name", self)
        self.drawn_button = QRadioButton("&Draw", self)
        self.typed_button.setChecked(True)
        self.pad = SignaturePad(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._typed_page())
        self.stack.addWidget(self.pad)
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.drawn_button.toggled.connect(self._kind_changed)
        self.error = _message_label(self)
        legal = QLabel(LEGAL_MEANING, self)
        legal.setWordWrap(True)
        legal.setObjectName("legalMeaning")
        layout = QVBoxLayout(self)
        layout.addLayout(_row(self.typed_button, self.drawn_button))
        layout.addWidget(self.stack)
        layout.addWidget(self.error)
        layout.addWidget(legal)

    def _typed_page(self) -> QWidget:
        """The name field above a preview of the mark as the PDF prints it (italic, on a
        line)."""
        page = QWidget(self)
        self.typed_name = QLineEdit(self.observer, page)
        self.typed_name.setAccessibleName("Your name, as your typed signature")
        preview = QLabel(page)
        preview.setObjectName("typedMarkPreview")
        preview.setTextFormat(Qt.TextFormat.PlainText)
        preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        preview.setStyleSheet("background: white; color: #14264f; padding: 0 16px 6px 16px;"
                              "border: 1px solid palette(mid); border-bottom: 1px solid #8a94a6;")
        font = QFont(preview.font())
        font.setItalic(True)
        font.setPointSizeF(font.pointSizeF() * 1.8)
        preview.setFont(font)
        self.typed_name.textChanged.connect(preview.setText)
        preview.setText(self.typed_name.text())
        label = QLabel("Your &name:", page)
        label.setBuddy(self.typed_name)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.typed_name, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(preview, 1)
        return page

    def _kind_changed(self) -> None:
        self.stack.setCurrentIndex(1 if self.drawn_button.isChecked() else 0)
        self.error.hide()

    def mark(self) -> SignatureMark | Refusal:
        if self.drawn_button.isChecked():
            if self.pad.is_empty():
                return Refusal(self.error, "Draw your signature in the box, or choose "
                               "“Type your name”.", None)
            return SignatureMark("drawn", text=self.observer, png=self.pad.to_png())
        name = " ".join(self.typed_name.text().split())
        if not name:
            return Refusal(self.error, "Type your name as your mark.", self.typed_name)
        return SignatureMark("typed", text=name)


class KeyBox(QGroupBox):
    """The passphrase of the observer's signing key; the first time, a new one twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Signing key", parent)
        self.first_key = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.explained = QLabel(KEY_EXPLAINED, self)
        self.explained.setWordWrap(True)
        self.explained.setStyleSheet(MUTED_STYLE)
        self.passphrase = _secret(self, "Passphrase")
        self.passphrase_again = _secret(self, "Passphrase again")
        self.organisation = QLineEdit(self)
        self.organisation.setPlaceholderText("Optional, e.g. Corner Café Ltd")
        self.organisation.setMaxLength(64)
        self.error = _message_label(self)
        self.form = QFormLayout()
        self.form.addRow("Pass&phrase:", self.passphrase)
        self.form.addRow("", self.error)
        self.form.addRow("&Again:", self.passphrase_again)
        self.form.addRow("&Organisation:", self.organisation)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.explained)

    def show_mode(self, observer: str, *, first: bool) -> None:
        """A first key asks for a new passphrase twice; a later one for the passphrase."""
        self.first_key = first
        self.intro.setText(FIRST_KEY if first else
                           f"Enter the passphrase of {observer}'s signing key.")
        self.explained.setVisible(first)
        for field in (self.passphrase_again, self.organisation):
            field.setVisible(first)
            label = self.form.labelForField(field)
            if label is not None:
                label.setVisible(first)

    def passphrase_for(self, observer: str) -> str | Refusal:
        secret = self.passphrase.text()
        if not self.first_key:
            if not secret:
                return Refusal(self.error, "Enter your passphrase.", self.passphrase)
            return secret
        try:
            check_new_passphrase(observer, secret)
        except WiError as error:
            return Refusal(self.error, str(error), self.passphrase)
        if self.passphrase_again.text() != secret:
            return Refusal(self.error, "The two passphrases differ. Type the same "
                           "passphrase in both fields.", self.passphrase_again)
        return secret

    def organisation_for_new_key(self) -> str:
        return self.organisation.text() if self.first_key else ""
