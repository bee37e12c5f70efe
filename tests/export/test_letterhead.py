"""The business's letterhead and locale on the documents."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from wi_desktop.core.business import Business
from wi_desktop.export.pdf import build_briefing, build_letter, build_summary

LOGO = (Path(__file__).parents[2] / "resources/icons/wi-desktop-64.png").read_bytes()


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_document_carries_the_letterhead(service, demo_id, snapshot_of, pdftotext):
    service.business.set_business(Business(
        name="Harbour Bakery Ltd", address="1 Quay Street\nPortsmouth PO1 2AB",
        contact="023 9200 0000 · jobs@harbour.example", logo_png=LOGO))
    snapshot = snapshot_of(demo_id)
    for build in (build_summary, build_letter, build_briefing):
        data = build(snapshot)
        text = _flat(pdftotext(data))
        assert "Harbour Bakery Ltd 1 Quay Street Portsmouth PO1 2AB" in text, build.__name__
        assert "jobs@harbour.example" in text
        assert b"/Subtype /Image" in data  # the logo is drawn


def test_without_details_there_is_no_letterhead(demo, pdftotext):
    assert b"/Subtype /Image" not in build_letter(demo)


def test_money_follows_the_business_locale(demo, pdftotext):
    pay = replace(demo.pay.pay, paid=True, hourly_rate_cents=123_450, currency="EUR")
    german = replace(demo, pay=replace(demo.pay, pay=pay),
                     business=Business(currency="EUR", locale="de_DE"))
    assert "1.234,50 € per hour" in _flat(pdftotext(build_letter(german)))
