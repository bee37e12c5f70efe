"""The pieces behind the documents: words for values, long tables over pages, fonts."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest

from wi_desktop.core.pay import PayBasis, PayRecord
from wi_desktop.core.templates import WorkerStatus
from wi_desktop.export import pdf_words as words
from wi_desktop.export.pdf import build_letter, build_summary


@pytest.mark.parametrize(("ms", "text"), [
    (0, "0 min"), (20_000, "20 s"), (200_000, "3 min 20 s"), (45 * 60_000, "45 min"),
    (45 * 60_000 + 40_000, "46 min"), (65 * 60_000, "1 h 05 min"),
])
def test_spans_read_as_people_say_them(ms, text):
    assert words.span(ms) == text


def _with_pay(snapshot, **changes):
    return replace(snapshot, pay=replace(snapshot.pay, pay=replace(PayRecord(), **changes)))


def test_pay_terms_in_words(demo):
    assert words.pay_terms(_with_pay(demo)) == "Not decided yet"
    assert words.pay_terms(_with_pay(demo, paid=False, unpaid_reason="Observation only")) == (
        "Unpaid: Observation only")
    assert words.pay_terms(_with_pay(demo, paid=True, basis=PayBasis.FIXED,
                                     fixed_amount_cents=7500, currency="EUR")) == (
        "Paid, a fixed amount of €75.00")
    assert words.pay_terms(_with_pay(demo, paid=True)) == (
        "Paid by the hour; rate not recorded yet")
    assert words.owed(_with_pay(demo, paid=False)) == "Nothing"


def test_payment_status_and_agreements_in_words(demo):
    assert words.payment(_with_pay(demo, payment_date="2026-06-05",
                                   payment_method="Cash")) == "June 5, 2026, Cash"
    assert words.payment(_with_pay(demo)) == "Not recorded yet"
    assert words.worker_status(_with_pay(demo, worker_status="contractor",
                                         worker_status_basis="Own tools")) == (
        f"{WorkerStatus.CONTRACTOR.label}. Basis: Own tools")
    assert words.worker_status(_with_pay(demo, worker_status="freelance?")) == "freelance?"
    unaccepted = replace(demo, agreements=replace(demo.agreements,
                                                  confidentiality_version="3",
                                                  confidentiality_accepted_ms=None))
    assert words.confidentiality(unaccepted) == "Version 3, not accepted"
    none = replace(demo, agreements=replace(demo.agreements, confidentiality_version="",
                                            confidentiality_text=""))
    assert words.confidentiality(none) == "No agreement recorded"


def test_pay_audit_values_read_as_money_hours_and_words(demo):
    assert words.pay_value(demo, "hourly_rate_cents", "1850") == "$18.50"
    assert words.pay_value(demo, "hours_override_ms", "5400000") == "1.50 h"
    assert words.pay_value(demo, "paid", "True") == "Yes"
    assert words.pay_value(demo, "worker_status", "employee") == WorkerStatus.EMPLOYEE.label
    assert words.pay_value(demo, "occupation", "") == "—"
    assert words.pay_value(demo, "hours_override_ms", "") == "as timed"
    assert words.pay_value(demo, "hours_override_days",
                           "2026-11-25=5400000,2026-11-26=1800000") == (
        "1.50 h on November 25, 2026, 0.50 h on November 26, 2026")


def test_paid_hours_name_each_day_of_a_session_over_midnight(demo):
    day1, day2 = dt.date(2026, 11, 25), dt.date(2026, 11, 26)
    timed = replace(demo.pay.hours, session_ms=3 * 3600_000,
                    per_day=((day1, 2 * 3600_000), (day2, 3600_000)), override_ms=None,
                    override_per_day=())
    over_midnight = replace(demo, pay=replace(demo.pay, hours=timed))
    assert words.hours(over_midnight) == (
        "3.00 h; 2.00 h on November 25, 2026, 1.00 h on November 26, 2026")
    corrected = replace(timed, override_ms=9_000_000,
                        override_per_day=((day1, 7_200_000), (day2, 1_800_000)))
    assert words.hours(replace(demo, pay=replace(demo.pay, hours=corrected))) == (
        "2.50 h (corrected from 3.00 h timed); 2.00 h on November 25, 2026, "
        "0.50 h on November 26, 2026")

    assert words.hours(replace(demo, pay=replace(demo.pay, hours=corrected)),
                       for_candidate=True) == (
        "2 h 30 min; 2 h 00 min on November 25, 2026, 30 min on November 26, 2026")


def test_the_letter_says_hours_as_people_do_and_keeps_corrections_internal(demo, pdftotext):
    corrected = replace(demo.pay.hours, override_ms=3_900_000, override_per_day=())
    snapshot = replace(demo, pay=replace(demo.pay, hours=corrected))
    letter = " ".join(pdftotext(build_letter(snapshot)).split())
    assert "1 h 05 min" in letter
    assert "corrected" not in letter and "timed" not in letter and "1.08 h" not in letter
    summary = " ".join(pdftotext(build_summary(snapshot)).split())
    assert "1.08 h (corrected from" in summary


def test_times_are_local_to_the_snapshot(demo):
    moment = dt.datetime(2026, 11, 25, 14, 5, tzinfo=dt.UTC)
    instant = int(moment.timestamp() * 1000)
    assert words.stamp(demo, instant) == "November 25, 2026 at 14:05"
    shifted = replace(demo, tz=dt.timezone(dt.timedelta(hours=2)))
    assert words.clock_time(shifted, instant) == "16:05"


@pytest.mark.parametrize(("locale", "written"), [
    ("en_US", "November 25, 2026 at 14:05"), ("en_GB", "25 November 2026 at 14:05"),
    # an English document for a German or a Québec business: English words, in the way
    # English is written in that country (never "25. November" in an English sentence)
    ("de_DE", "25 November 2026 at 14:05"), ("fr_CA", "November 25, 2026 at 14:05"),
    ("xx_XX", "25 November 2026 at 14:05")])  # a locale stored by hand: written plainly
def test_dates_are_written_as_the_business_s_locale_writes_them(demo, locale, written):
    moment = dt.datetime(2026, 11, 25, 14, 5, tzinfo=dt.UTC)
    business = replace(demo.business, locale=locale)
    assert words.stamp(replace(demo, business=business),
                       int(moment.timestamp() * 1000)) == written


def test_a_long_timeline_keeps_every_note_once_and_its_header_on_each_page(demo, pdftotext):
    notes = tuple(replace(demo.notes[i % len(demo.notes)], id=50_000 + i,
                          text=f"observation number {i + 1} " + "detail " * (i % 30))
                  for i in range(400))
    raw = pdftotext(build_summary(replace(demo, notes=notes)), "-raw")
    numbers = [line.split()[0] for line in raw.splitlines() if line[:1] == "N"
               and line.split()[0][1:].isdigit()]
    assert numbers == [f"N{i}" for i in range(1, 401)]
    pages = [page for page in raw.split("\f") if "N1 " in page or "N2" in page]
    timeline_pages = [page for page in raw.split("\f") if "observation number" in page]
    assert pages and len(timeline_pages) > 5
    assert all("N Time Session Competency ± Note" in page for page in timeline_pages)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=120, check=False)


def test_missing_fonts_are_an_explained_error(tmp_path):
    result = _run(f"""
        from pathlib import Path
        from wi_desktop.export import pdf_fonts
        from wi_desktop.export.typeset import catalogue
        catalogue.font_dir = lambda: Path({str(tmp_path)!r})
        try:
            pdf_fonts.register_fonts()
        except pdf_fonts.ExportError as error:
            print("ERROR", error.message, error.hint)
        """)
    assert "ERROR The font file DejaVuSans.ttf is missing or damaged" in result.stdout
    assert "Reinstall the program" in result.stdout


def test_without_a_fallback_font_its_text_becomes_signs_that_read_back(tmp_path):
    from wi_desktop.export.pdf_fonts import font_dir

    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "coverage.json"):
        (tmp_path / name).write_bytes((font_dir() / name).read_bytes())
    result = _run(f"""
        from pathlib import Path
        from wi_desktop.export import pdf_text
        from wi_desktop.export.typeset import catalogue, tounicode
        catalogue.font_dir = lambda: Path({str(tmp_path)!r})
        drawn = pdf_text.substitute("ok 中")
        print(drawn[:3], [tounicode.text_of(ord(c)) for c in drawn[3:]])
        """)
    assert result.stdout.strip() == "ok  ['中']", result.stderr


@pytest.mark.parametrize(("locale", "written"), [("en_US", "1,234.50 h"),
                                                 ("de_DE", "1.234,50 h"),
                                                 ("xx_XX", "1234.50 h")])
def test_payroll_hours_take_the_locale_s_decimal_mark(locale, written):
    from wi_desktop.core.business import decimal_hours

    assert decimal_hours(int(1234.5 * 3_600_000), locale) == written
