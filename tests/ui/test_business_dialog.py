"""File → Business details, as an observer fills it in."""

from __future__ import annotations

from pathlib import Path

from wi_desktop.core.business import PNG_MAGIC
from wi_desktop.ui.dialogs.business import BusinessDialog

ICON = Path(__file__).parents[2] / "resources/icons"


def test_details_typed_in_are_kept_with_an_svg_logo_drawn_as_png(qtbot, service):
    dialog = BusinessDialog(service.business)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Harbour Bakery")
    dialog.address_edit.setPlainText("1 Quay Street\nPortsmouth")
    dialog.contact_edit.setText("jobs@harbour.example")
    dialog.currency_box.setCurrentText("gbp")
    dialog.locale_box.setCurrentText("en_GB")
    dialog.use_logo(ICON / "wi-desktop.svg")
    assert dialog.logo_view.pixmap() is not None and not dialog.logo_view.pixmap().isNull()
    dialog.accept()
    kept = service.business.business()
    assert (kept.name, kept.address, kept.currency, kept.locale) == (
        "Harbour Bakery", "1 Quay Street\nPortsmouth", "GBP", "en_GB")
    assert kept.logo_png.startswith(PNG_MAGIC)
    reopened = BusinessDialog(service.business)
    qtbot.addWidget(reopened)
    assert reopened.name_edit.text() == "Harbour Bakery"
    assert reopened.remove_button.isEnabled()


def test_a_wrong_currency_is_explained_and_the_dialog_stays_open(qtbot, service):
    dialog = BusinessDialog(service.business)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.currency_box.setCurrentText("pounds")
    dialog.accept()
    assert dialog.isVisible()
    assert "not a currency code" in dialog.message.text()
    assert service.business.business().currency == "USD"


def test_a_file_that_is_not_a_picture_is_refused_in_words(qtbot, service, tmp_path):
    dialog = BusinessDialog(service.business)
    qtbot.addWidget(dialog)
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    dialog.use_logo(fake)
    assert "not a picture" in dialog.message.text()
    assert dialog.logo_png == b""


def test_new_sessions_are_paid_in_the_business_currency(service, new_session):
    from wi_desktop.core.business import Business

    service.business.set_business(Business(currency="EUR", locale="de_DE"))
    session_id = service.sessions.create_session(new_session)
    assert service.pay.pay_view(session_id).pay.currency == "EUR"
