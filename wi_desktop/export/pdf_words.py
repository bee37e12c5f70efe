"""How values read in the documents: dates, durations, pay and agreements. Money and
dates are written as the business's locale writes them; the rest is the same in every
locale."""

from __future__ import annotations

import datetime as dt

from wi_desktop.core import business
from wi_desktop.core.pay import (
    PayBasis,
    WorkProduct,
    parse_days_text,
)
from wi_desktop.core.snapshot import SessionSnapshot
from wi_desktop.core.templates import WorkerStatus


def day(moment: dt.datetime | dt.date, locale: str) -> str:
    """A date in full, as the business's LOCALE writes it (core/business.long_date)."""
    return business.long_date(dt.date(moment.year, moment.month, moment.day), locale)


def date_of(snapshot: SessionSnapshot, instant_ms: int) -> str:
    """The day of INSTANT_MS, local to the session, as the business writes dates."""
    return day(snapshot.local(instant_ms), snapshot.business.locale)


def stamp(snapshot: SessionSnapshot, instant_ms: int) -> str:
    """``25 November 2026 at 14:05``, local to the session (the time on the 24-hour clock
    a record keeps, the date as the business writes dates)."""
    moment = snapshot.local(instant_ms)
    return f"{day(moment, snapshot.business.locale)} at {moment:%H:%M}"


def clock_time(snapshot: SessionSnapshot, instant_ms: int) -> str:
    return f"{snapshot.local(instant_ms):%H:%M}"


def span(ms: int) -> str:
    """A length of time as people say it: ``45 min``, ``1 h 05 min``, ``3 min 20 s``."""
    seconds = round(ms / 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if secs and minutes < 10:
        return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"
    return f"{minutes + (1 if secs >= 30 else 0)} min"


def money(snapshot: SessionSnapshot, cents: int) -> str:
    """An amount in the session's currency, written as the business's locale writes it."""
    return business.money(cents, snapshot.pay.pay.currency, snapshot.business.locale)


def session_period(snapshot: SessionSnapshot) -> str:
    session = snapshot.session
    if session.started_ms is None:
        return "Not started"
    start = clock_time(snapshot, session.started_ms)
    if session.ended_ms is None:
        return f"Started {start}, still in progress"
    end = clock_time(snapshot, session.ended_ms)
    return f"{start}–{end} ({span(session.ended_ms - session.started_ms)})"


def pay_terms(snapshot: SessionSnapshot) -> str:
    pay = snapshot.pay.pay
    if pay.paid is None:
        return "Not decided yet"
    if not pay.paid:
        reason = pay.unpaid_reason.strip()
        return f"Unpaid: {reason}" if reason else "Unpaid"
    if pay.basis is PayBasis.FIXED:
        return f"Paid, a fixed amount of {money(snapshot, pay.fixed_amount_cents or 0)}"
    if pay.hourly_rate_cents is None:
        return "Paid by the hour; rate not recorded yet"
    return f"Paid by the hour at {money(snapshot, pay.hourly_rate_cents)} per hour"


def hours(snapshot: SessionSnapshot, *, for_candidate: bool = False) -> str:
    """The paid hours. The observer's summary writes them as payroll does and says when the
    total was corrected; the candidate's letter says them as people do (``1 h 05 min``) and
    keeps the internal correction out of it."""
    worked = snapshot.pay.hours
    locale = snapshot.business.locale

    def payroll(ms: int) -> str:
        return business.decimal_hours(ms, locale)

    length = span if for_candidate else payroll
    text = length(worked.paid_ms)
    if worked.override_ms is not None and not for_candidate:
        text += f" (corrected from {payroll(worked.session_ms)} timed)"
    paid_days = worked.paid_per_day
    if len(paid_days) > 1:
        text += "; " + ", ".join(f"{length(ms)} on {day(d, snapshot.business.locale)}"
                                 for d, ms in paid_days)
    elif not paid_days and len(worked.per_day) > 1 and not for_candidate:
        # a total corrected without its days
        text += "; timed " + ", ".join(
            f"{payroll(ms)} on {day(d, locale)}"
            for d, ms in worked.per_day)
    return text


def owed(snapshot: SessionSnapshot) -> str:
    view = snapshot.pay
    return money(snapshot, view.owed_cents) if view.pay.paid else "Nothing"


def payment(snapshot: SessionSnapshot) -> str:
    pay = snapshot.pay.pay
    parts = []
    if pay.payment_date:
        try:
            parts.append(day(dt.date.fromisoformat(pay.payment_date),
                             snapshot.business.locale))
        except ValueError:
            parts.append(pay.payment_date)
    if pay.payment_method.strip():
        parts.append(pay.payment_method.strip())
    return ", ".join(parts) if parts else "Not recorded yet"


def worker_status(snapshot: SessionSnapshot, *, basis: bool = True) -> str:
    pay = snapshot.pay.pay
    try:
        text = WorkerStatus(pay.worker_status).label
    except ValueError:
        text = pay.worker_status or "Not recorded"
    reason = pay.worker_status_basis.strip()
    return f"{text}. Basis: {reason}" if reason and basis else text


def confidentiality(snapshot: SessionSnapshot) -> str:
    agreements = snapshot.agreements
    if not agreements.confidentiality_version and not agreements.confidentiality_text:
        return "No agreement recorded"
    name = f"Version {agreements.confidentiality_version}" if agreements.confidentiality_version \
        else "Unversioned text"
    if agreements.confidentiality_accepted_ms is None:
        return f"{name}, not accepted"
    return (f"{name}, accepted {stamp(snapshot, agreements.confidentiality_accepted_ms)}"
            + _later(snapshot, "confidentiality_accepted_ms"))


def acknowledged(snapshot: SessionSnapshot, instant_ms: int | None, verb: str,
                 field: str = "") -> str:
    if instant_ms is None:
        return "Not recorded"
    return f"{verb} {stamp(snapshot, instant_ms)}" + _later(snapshot, field)


def _later(snapshot: SessionSnapshot, field: str) -> str:
    """' (entered afterwards by Pat Kim, 15:20)' for a stamp entered later, else ''."""
    later = snapshot.agreements.entered_later(field) if field else None
    if later is None:
        return ""
    return f" (entered afterwards by {later[0]}, {stamp(snapshot, later[1])})"


def work_product(snapshot: SessionSnapshot) -> str:
    agreements = snapshot.agreements
    try:
        text = (WorkProduct(agreements.work_product).label if agreements.work_product
                else "Not decided")
    except ValueError:
        text = str(agreements.work_product)
    note = agreements.work_product_note.strip()
    return f"{text}. {note}" if note else text


def level(value: int | None, scale: int) -> str:
    return "Not observed" if value is None else f"{value} of {scale}"


PAY_FIELDS = {"paid": "Paid", "unpaid_reason": "Reason unpaid", "basis": "Pay basis",
              "hourly_rate_cents": "Hourly rate", "fixed_amount_cents": "Fixed amount",
              "currency": "Currency", "hours_override_ms": "Hours (corrected)",
              "hours_override_days": "Hours each day (corrected)",
              "payment_date": "Payment date", "payment_method": "Payment method",
              "candidate_address": "Candidate's address", "occupation": "Occupation",
              "worker_status": "Worker status", "worker_status_basis": "Basis of status"}


def pay_value(snapshot: SessionSnapshot, field: str, value: str) -> str:
    """A value from the pay audit trail as people read it: money, hours, yes or no."""
    if not value:  # no correction yet: the hours were those the timers recorded
        return "as timed" if field.startswith("hours_override") else "—"
    try:
        if field in ("hourly_rate_cents", "fixed_amount_cents"):
            return money(snapshot, int(value))
        if field == "hours_override_ms":
            return business.decimal_hours(int(value), snapshot.business.locale)
        if field == "hours_override_days":
            return ", ".join(f"{business.decimal_hours(ms, snapshot.business.locale)} on "
                             f"{day(d, snapshot.business.locale)}"
                             for d, ms in parse_days_text(value))
        if field == "worker_status":
            return WorkerStatus(value).label
    except ValueError:
        return value
    return {"True": "Yes", "False": "No"}.get(value, value) if field == "paid" else value
