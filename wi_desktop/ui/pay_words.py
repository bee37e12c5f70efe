"""What the pay tab says: its choices, the names of the fields its audit trail records, the
words under the total and the question before a recorded value is corrected, each marked
for translation (context "PayPanel") and translated where it is shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wi_desktop.core.pay import Hours, PayBasis, PayRecord, format_money


def words(text: str) -> str:
    """TEXT in the program's language (the pay tab's context)."""
    return QCoreApplication.translate("PayPanel", text)


CURRENCIES = ("USD", "EUR", "GBP", "CAD", "AUD")
PAID_CHOICES: tuple[tuple[bool | None, str], ...] = (
    (None, str(QT_TRANSLATE_NOOP("PayPanel", "Not decided"))),
    (True, str(QT_TRANSLATE_NOOP("PayPanel", "Paid"))),
    (False, str(QT_TRANSLATE_NOOP("PayPanel", "Unpaid"))))
# core's worker statuses (core.templates.WorkerStatus.label), in the order core gives them
STATUS_CHOICES: tuple[tuple[str, str], ...] = (
    ("", str(QT_TRANSLATE_NOOP("PayPanel", "Not decided"))),
    ("employee", str(QT_TRANSLATE_NOOP("PayPanel", "Employee for the day"))),
    ("contractor", str(QT_TRANSLATE_NOOP("PayPanel", "Independent contractor"))),
    ("other", str(QT_TRANSLATE_NOOP("PayPanel", "Other"))))
FIELD_WORDS = {
    "paid": str(QT_TRANSLATE_NOOP("PayPanel", "Paid?")),
    "unpaid_reason": str(QT_TRANSLATE_NOOP("PayPanel", "Reason unpaid")),
    "basis": str(QT_TRANSLATE_NOOP("PayPanel", "Basis")),
    "hourly_rate_cents": str(QT_TRANSLATE_NOOP("PayPanel", "Hourly rate")),
    "fixed_amount_cents": str(QT_TRANSLATE_NOOP("PayPanel", "Fixed amount")),
    "currency": str(QT_TRANSLATE_NOOP("PayPanel", "Currency")),
    "hours_override_ms": str(QT_TRANSLATE_NOOP("PayPanel", "Hours (corrected)")),
    "hours_override_days": str(QT_TRANSLATE_NOOP("PayPanel", "Hours each day (corrected)")),
    "payment_date": str(QT_TRANSLATE_NOOP("PayPanel", "Payment date")),
    "payment_method": str(QT_TRANSLATE_NOOP("PayPanel", "Payment method")),
    "candidate_address": str(QT_TRANSLATE_NOOP("PayPanel", "Candidate address")),
    "occupation": str(QT_TRANSLATE_NOOP("PayPanel", "Occupation")),
    "worker_status": str(QT_TRANSLATE_NOOP("PayPanel", "Worker status")),
    "worker_status_basis": str(QT_TRANSLATE_NOOP("PayPanel", "Basis for status")),
}


def field_words(field: str) -> str:
    """A recorded field's name as the audit trail shows it."""
    return words(FIELD_WORDS[field]) if field in FIELD_WORDS else field


def owed_words(pay: PayRecord, hours: Hours, locale: str) -> str:
    """The line under the total owed: why it is what it is."""
    translate = QCoreApplication.translate
    if pay.paid is None:
        return translate("PayPanel", "Decide whether this time is paid. Productive work must "
                         "be paid.")
    if pay.paid is False:
        return translate("PayPanel", "Unpaid: nothing is owed.")
    if pay.basis is PayBasis.FIXED:
        return translate("PayPanel", "A fixed amount for the interview.")
    if pay.hourly_rate_cents is None:
        return translate("PayPanel", "Enter the hourly rate.")
    rate = format_money(pay.hourly_rate_cents, pay.currency, locale)
    minutes = round(hours.paid_ms / 60_000)
    return translate("PayPanel", "{rate} an hour × {hours} h {minutes} min").format(
        rate=rate, hours=minutes // 60, minutes=f"{minutes % 60:02d}")


def correction_question(lines: list[str]) -> str:
    """The question before recorded values (LINES: "field: old → new") are corrected."""
    translate = QCoreApplication.translate
    return translate("PayPanel", "You are correcting a recorded value:\n{changes}\n\nWhy? The "
                     "reason is kept in the audit trail with your name.").format(
        changes="\n".join(lines))
