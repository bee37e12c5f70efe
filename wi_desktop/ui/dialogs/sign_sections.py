"""Three sections of the sign dialog: what to sign, the observer's mark and the signing key's
passphrase.

The mark and the key hand back what they collected, or a Refusal (where to say what, and
which field to put the focus in) for the dialog to show beside the field."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
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
from wi_desktop.export.documents import DocumentKind
from wi_desktop.export.keys import MIN_PASSPHRASE_LENGTH, check_new_passphrase
from wi_desktop.languages.catalogue import SHIPPED
from wi_desktop.languages.documents import DOCUMENT_LANGUAGE_KEY
from wi_desktop.languages.install import window_language
from wi_desktop.ui.dialogs.sign_parts import _message_label, _row, _secret
from wi_desktop.ui.palette import GUIDE, INK, PAPER
from wi_desktop.ui.signature_pad import SignaturePad

if TYPE_CHECKING:
    from wi_desktop.ui.context import SessionContext

MUTED_STYLE = "color: palette(placeholder-text);"
LEGAL_MEANING = str(QT_TRANSLATE_NOOP(
    "MarkBox", "Signing adopts this mark as your signature and makes any later change to the "
    "PDF detectable."))
FIRST_KEY = str(QT_TRANSLATE_NOOP(
    "KeyBox", "This is your first signature on this computer: choose a passphrase ({least} "
    "characters or more)."))
KEY_EXPLAINED = str(QT_TRANSLATE_NOOP(
    "KeyBox", "Your signing key is made now and stays on this computer, protected by this "
    "passphrase. Its certificate can be exported for whoever checks your PDFs."))
KINDS: dict[str, str] = {"summary": str(QT_TRANSLATE_NOOP("DocumentBox", "Internal s&ummary")),
                         "letter": str(QT_TRANSLATE_NOOP("DocumentBox", "&Feedback letter"))}
PAGE_SIZES = (("US Letter", "letter"), ("A4", "a4"))


class Refusal(NamedTuple):
    """Why a section cannot give its part yet: the message, where, and what to fix."""

    label: QLabel
    text: str
    field: QWidget | None


class DocumentBox(QGroupBox):
    """What to sign: the summary or the candidate's letter (with its options), and the page."""

    sig_kind_changed = Signal()
    """The summary or the letter was chosen instead of the other."""

    def __init__(self, kind: str, parent: QWidget | None = None, *,
                 context: SessionContext | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What to sign"))
        self.kind_group = QButtonGroup(self)
        self.kind_buttons = {k: QRadioButton(self.tr(text), self) for k, text in KINDS.items()}
        for button in self.kind_buttons.values():
            self.kind_group.addButton(button)
        self.kind_buttons["summary" if kind != "letter" else "letter"].setChecked(True)
        self.kind_group.buttonToggled.connect(self._kind_toggled)
        for kind_name, button in self.kind_buttons.items():
            button.setToolTip(self.tr("The internal summary, with every note and score") if
                              kind_name == "summary" else self.tr(
                                  "The letter to the candidate: what they did, their feedback "
                                  "and pay"))
        self.include_scores = QCheckBox(self.tr("with s&cores"), self)
        self.include_scores.setToolTip(self.tr("Show the scores in the candidate's letter"))
        self.candidate_ack = QCheckBox(self.tr("with a line for the candidate to si&gn"), self)
        self.candidate_ack.setToolTip(self.tr("The candidate signs on paper that they received "
                                              "the letter and its pay"))
        self.page_size = QComboBox(self)
        self.page_size.setAccessibleName(self.tr("Page size"))
        self.page_size.setAccessibleDescription(self.tr("US Letter or A4"))
        for text, value in PAGE_SIZES:
            self.page_size.addItem(text, value)
        us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        self.page_size.setCurrentIndex(0 if us else 1)
        size_label = QLabel(self.tr("Page si&ze:"), self)
        size_label.setBuddy(self.page_size)
        self.language = QComboBox(self)  # each language named in itself
        for code, name in SHIPPED.items():
            self.language.addItem(name, code)
        self._context = context
        self.language.setCurrentIndex(max(0, self.language.findData(self._last_language())))
        self.language.currentIndexChanged.connect(self._remember_language)
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.language.setAccessibleDescription(self.tr(
            "The language the PDF is written in, whatever the window speaks: the candidate's, "
            "for the letter"))
        self.language.setToolTip(self.language.accessibleDescription())
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        row = _row(*self.kind_buttons.values())
        row.addWidget(size_label)
        row.addWidget(self.page_size)
        rows = QVBoxLayout(self)  # the letter's options below: a longer language still fits
        rows.addLayout(row)
        rows.addLayout(_row(self.include_scores, self.candidate_ack))
        rows.addLayout(_row(language_label, self.language))
        self._enable_letter_options()

    def kind(self) -> DocumentKind:
        return "letter" if self.kind_buttons["letter"].isChecked() else "summary"

    def document_language(self) -> str:
        return str(self.language.currentData())

    def _language_key(self) -> str:
        session_id = self._context.session_id if self._context is not None else 0
        return f"{DOCUMENT_LANGUAGE_KEY}.{session_id}"

    def _last_language(self) -> str:
        """The language last chosen for this session's documents (a candidate's letter and
        its amendments alike), else the window's own."""
        remembered = None
        if self._context is not None:
            try:
                remembered = self._context.services.sessions.setting(self._language_key())
            except WiError:
                remembered = None
        return remembered or window_language()

    def _remember_language(self) -> None:
        context = self._context
        if context is not None:
            key, code = self._language_key(), self.document_language()
            context.attempt(lambda: context.services.sessions.remember(key, code))

    def _kind_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._enable_letter_options()
            self.sig_kind_changed.emit()

    def _enable_letter_options(self) -> None:
        letter = self.kind() == "letter"
        self.include_scores.setEnabled(letter)
        self.candidate_ack.setEnabled(letter)


class MarkBox(QGroupBox):
    """The mark: the observer's name typed (shown as the PDF prints it) or drawn."""

    def __init__(self, observer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your mark"))
        self.observer = observer
        self.typed_button = QRadioButton(self.tr("&Type your name"), self)
        self.drawn_button = QRadioButton(self.tr("&Draw"), self)
        self.typed_button.setToolTip(self.tr("Sign with your name as you type it"))
        self.drawn_button.setToolTip(self.tr("Draw your signature with the mouse, a pen or a "
                                             "finger"))
        self.typed_button.setChecked(True)
        self.pad = SignaturePad(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._typed_page())
        self.stack.addWidget(self.pad)
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.drawn_button.toggled.connect(self._kind_changed)
        self.error = _message_label(self)
        legal = QLabel(self.tr(LEGAL_MEANING), self)
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
        self.typed_name.setAccessibleName(self.tr("Your name, as your typed signature"))
        self.typed_name.setAccessibleDescription(self.tr("Shown in the box below as it will be "
                                                         "on the PDF"))
        preview = QLabel(page)
        preview.setObjectName("typedMarkPreview")
        preview.setTextFormat(Qt.TextFormat.PlainText)
        preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        preview.setStyleSheet(f"background: {PAPER}; color: {INK}; padding: 0 16px 6px 16px;"
                              f"border: 1px solid palette(mid); border-bottom: 1px solid {GUIDE};")
        font = QFont(preview.font())
        font.setItalic(True)
        font.setPointSizeF(font.pointSizeF() * 1.8)
        preview.setFont(font)
        self.typed_name.textChanged.connect(preview.setText)
        preview.setText(self.typed_name.text())
        label = QLabel(self.tr("Your &name:"), page)
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
                return Refusal(self.error, self.tr("Draw your signature in the box, or "
                                                   "choose “Type your name”."), None)
            return SignatureMark("drawn", text=self.observer, png=self.pad.to_png())
        name = " ".join(self.typed_name.text().split())
        if not name:
            return Refusal(self.error, self.tr("Type your name as your mark."),
                           self.typed_name)
        return SignatureMark("typed", text=name)


class KeyBox(QGroupBox):
    """The passphrase of the observer's signing key; the first time, a new one twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Signing key"))
        self.first_key = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.explained = QLabel(self.tr(KEY_EXPLAINED), self)
        self.explained.setWordWrap(True)
        self.explained.setStyleSheet(MUTED_STYLE)
        self.passphrase = _secret(self, self.tr("Passphrase"))
        self.passphrase_again = _secret(self, self.tr("Passphrase again"))
        self.organisation = QLineEdit(self)
        self.organisation.setPlaceholderText(self.tr("Optional, e.g. Corner Café Ltd"))
        self.organisation.setMaxLength(64)
        self.error = _message_label(self)
        for field in (self.passphrase, self.passphrase_again):  # a word on what is wrong
            field.textChanged.connect(self.error.hide)  # stays only until it is mended
        self.form = QFormLayout()
        self.form.addRow(self.tr("Pass&phrase:"), self.passphrase)
        self.form.addRow("", self.error)
        self.form.addRow(self.tr("&Again:"), self.passphrase_again)
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.explained)

    def show_mode(self, observer: str, *, first: bool) -> None:
        """A first key asks for a new passphrase twice; a later one for the passphrase."""
        self.first_key = first
        self.intro.setText(self.tr(FIRST_KEY).format(least=MIN_PASSPHRASE_LENGTH) if first else
                           self.tr("Enter the passphrase of {observer}'s signing key.").format(
                               observer=observer))
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
                return Refusal(self.error, self.tr("Enter your passphrase."), self.passphrase)
            return secret
        try:
            check_new_passphrase(observer, secret)
        except WiError as error:
            return Refusal(self.error, str(error), self.passphrase)
        if self.passphrase_again.text() != secret:
            return Refusal(self.error, self.tr("The two passphrases differ. Type the same "
                                               "passphrase in both fields."),
                           self.passphrase_again)
        return secret

    def organisation_for_new_key(self) -> str:
        return self.organisation.text() if self.first_key else ""
