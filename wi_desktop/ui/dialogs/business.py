"""File → Business details: the letterhead on every document (name, address, contact line,
logo) and the currency and the locale money and dates are written in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from wi_desktop.core.business import Business, BusinessService
from wi_desktop.core.errors import ValidationError
from wi_desktop.ui.dialogs.form_dialog import lay_out_form
from wi_desktop.ui.palette import set_tone

CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "JPY", "INR", "ZAR", "SEK",
              "NOK", "DKK", "PLN", "MXN", "BRL")
LOCALES = ("en_US", "en_GB", "en_CA", "en_AU", "en_IE", "en_IN", "fr_FR", "fr_CA", "de_DE",
           "es_ES", "es_MX", "it_IT", "nl_NL", "pt_BR", "sv_SE", "pl_PL", "ja_JP")
LOGO_PIXELS = 600  # the longest side a chosen logo is kept at


def read_logo(path: Path) -> bytes:
    """The picture at PATH as PNG bytes (an SVG drawn at LOGO_PIXELS), or ValidationError."""
    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            raise ValidationError(QCoreApplication.translate(
                "BusinessDialog", "{file} is not an SVG picture this program can draw.").format(
                file=path.name))
        size = renderer.defaultSize()
        size.scale(LOGO_PIXELS, LOGO_PIXELS, Qt.AspectRatioMode.KeepAspectRatio)
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
    else:
        image = QImage(str(path))
        if image.isNull():
            raise ValidationError(QCoreApplication.translate(
            "BusinessDialog", "{file} is not a picture: choose a PNG or SVG file.").format(
            file=path.name))
        if max(image.width(), image.height()) > LOGO_PIXELS:
            image = image.scaled(LOGO_PIXELS, LOGO_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes
    return bytes(data.data())


class BusinessDialog(QDialog):
    def __init__(self, service: BusinessService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Business details"))
        self.service = service
        current = service.business()
        self.logo_png = current.logo_png
        self.name_edit = QLineEdit(current.name, self)
        self.name_edit.setPlaceholderText(self.tr("Shown at the top of every document"))
        self.address_edit = QPlainTextEdit(current.address, self)
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.contact_edit = QLineEdit(current.contact, self)
        self.contact_edit.setPlaceholderText(self.tr("Telephone, e-mail, website"))
        self.currency_box = self._choice(CURRENCIES, current.currency)
        self.locale_box = self._choice(LOCALES, current.locale)
        self.logo_view = QLabel(self)
        self.choose_button = QPushButton(self.tr("Choose &logo…"), self)
        self.remove_button = QPushButton(self.tr("&Remove logo"), self)
        self.choose_button.setToolTip(self.tr("A PNG or SVG file, shown at the top of each "
                                              "document"))
        self.remove_button.setToolTip(self.tr("Documents are made without a logo"))
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        for widget in (self.logo_view, self.choose_button, self.remove_button):
            logo_row.addWidget(widget)
        logo_row.addStretch(1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("C&ontact line:"), self.contact_edit)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.tr("&Currency:"), self.currency_box)
        form.addRow(self.tr("Loc&ale:"), self.locale_box)
        form.addRow(self.message)
        lay_out_form(self, self.tr("These details head the summary, the letter and the "
                                   "briefing. Money and dates are written as the locale writes "
                                   "them; the currency is the one new sessions are paid in."),
                     form, 520)
        self._show_logo()
        self.saved: Business | None = None

    def _choice(self, items: tuple[str, ...], value: str) -> QComboBox:
        box = QComboBox(self)
        box.setEditable(True)
        box.addItems(list(items))
        box.setCurrentText(value)
        return box

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo_png and pixmap.loadFromData(self.logo_png):
            self.logo_view.setPixmap(pixmap.scaled(120, 48, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_view.setText(self.tr("No logo"))
        self.remove_button.setEnabled(bool(self.logo_png))

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), "",
                                              self.tr("Pictures (*.png *.svg);;All files (*)"))
        if name:
            self.use_logo(Path(name))

    def use_logo(self, path: Path) -> None:
        try:
            self.logo_png = read_logo(path)
        except (ValidationError, OSError) as error:
            self.message.setText(str(error))
            return
        self.message.clear()
        self._show_logo()

    def remove_logo(self) -> None:
        self.logo_png = b""
        self._show_logo()

    def accept(self) -> None:
        business = Business(name=self.name_edit.text(),
                            address=self.address_edit.toPlainText(),
                            contact=self.contact_edit.text(),
                            currency=self.currency_box.currentText(),
                            locale=self.locale_box.currentText(), logo_png=self.logo_png)
        try:
            self.saved = self.service.set_business(business)
        except ValidationError as error:
            self.message.setText(str(error))
            return
        super().accept()
