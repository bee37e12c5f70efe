"""The business details: checked as typed, kept in the data file, money in its locale."""

from __future__ import annotations

import pytest

from wi_desktop.core.business import Business, from_json, money, to_json
from wi_desktop.core.errors import ValidationError


def test_details_are_kept_and_read_back(service):
    logo = b"\x89PNG\r\n\x1a\n" + b"\0" * 20
    kept = service.business.set_business(Business(
        name="  Harbour Bakery  ", address="1 Quay Street\nPortsmouth", contact="01  234 567",
        currency="eur", locale="en-gb", logo_png=logo))
    assert kept == Business(name="Harbour Bakery", address="1 Quay Street\nPortsmouth",
                            contact="01 234 567", currency="EUR", locale="en_GB",
                            logo_png=logo)
    assert service.business.business() == kept


def test_no_details_means_defaults_and_no_letterhead(service):
    business = service.business.business()
    assert business == Business() and not business.letterhead


@pytest.mark.parametrize(("change", "words"), [
    ({"currency": "dollars"}, "not a currency code"),
    ({"locale": "klingon_XX"}, "not a locale"),
    ({"name": "x" * 301}, "Name is too long"),
    ({"contact": "call\x07me"}, "control character"),
    ({"logo_png": b"GIF89a"}, "not a PNG"),
])
def test_wrong_details_are_refused_naming_the_field_and_nothing_changes(service, change,
                                                                       words):
    before = service.business.set_business(Business(name="Kept"))
    with pytest.raises(ValidationError, match=words):
        service.business.set_business(Business(**change))
    assert service.business.business() == before


def test_money_is_written_as_the_locale_writes_it():
    assert money(123_450, "USD", "en_US") == "$1,234.50"
    assert money(123_450, "EUR", "de_DE") == "1.234,50\xa0€"
    assert money(123_400, "JPY", "ja_JP") == "￥1,234"


def test_a_damaged_stored_value_reads_as_the_defaults():
    assert from_json("{not json") == Business()
    assert from_json('{"logo_png": "***"}') == Business()
    assert from_json(to_json(Business(name="A", logo_png=b"x"))).logo_png == b"x"


def test_a_broken_character_from_a_bad_paste_is_marked_not_a_crash(service):
    kept = service.business.set_business(Business(name="Caf\ud83d Rivera"))
    assert kept.name == "Caf\ufffd Rivera"
    assert service.business.business().name == "Caf\ufffd Rivera"
