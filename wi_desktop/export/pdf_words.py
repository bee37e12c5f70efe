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
from wi_desktop.languages.documents import N_, _, locale_for

# the words of core's labels, marked here to be gathered for translation (a test checks
# that every label is among them)
LABELS = (N_("Employee for the day"), N_("Independent contractor"), N_("Other"),
          N_("Returned to the candidate"), N_("Deleted"),
          N_("Kept by the employer and paid for"))


def locale(snapshot: SessionSnapshot) -> str:
    """The locale the document's dates, numbers and money are written in."""
    return locale_for(snapshot.business.locale)


def day(moment: dt.datetime | dt.date, locale: str) -> str:
    """A date in full, as the business's LOCALE writes it (core/business.long_date)."""
    return business.long_date(dt.date(moment.year, moment.month, moment.day), locale)


def date_of(snapshot: SessionSnapshot, instant_ms: int) -> str:
    """The day of INSTANT_MS, local to the session, as the business writes dates."""
    return day(snapshot.local(instant_ms), locale(snapshot))


def stamp(snapshot: SessionSnapshot, instant_ms: int) -> str:
    """``25 November 2026 at 14:05``, local to the session (the time on the 24-hour clock
    a record keeps, the date as the business writes dates)."""
    moment = snapshot.local(instant_ms)
    return _("{date} at {time}").format(date=day(moment, locale(snapshot)),
                                        time=f"{moment:%H:%M}")


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
    return business.money(cents, snapshot.pay.pay.currency, locale(snapshot))


def session_period(snapshot: SessionSnapshot) -> str:
    session = snapshot.session
    if session.started_ms is None:
        return _("Not started")
    start = clock_time(snapshot, session.started_ms)
    if session.ended_ms is None:
        return _("Started {time}, still in progress").format(time=start)
    end = clock_time(snapshot, session.ended_ms)
    return f"{start}–{end} ({span(session.ended_ms - session.started_ms)})"


def pay_terms(snapshot: SessionSnapshot) -> str:
    pay = snapshot.pay.pay
    if pay.paid is None:
        return _("Not decided yet")
    if not pay.paid:
        reason = pay.unpaid_reason.strip()
        return _("Unpaid: {reason}").format(reason=reason) if reason else _("Unpaid")
    if pay.basis is PayBasis.FIXED:
        return _("Paid, a fixed amount of {amount}").format(
            amount=money(snapshot, pay.fixed_amount_cents or 0))
    if pay.hourly_rate_cents is None:
        return _("Paid by the hour; rate not recorded yet")
    return _("Paid by the hour at {rate} per hour").format(
        rate=money(snapshot, pay.hourly_rate_cents))


def hours(snapshot: SessionSnapshot, *, for_candidate: bool = False) -> str:
    """The paid hours. The observer's summary writes them as payroll does and says when the
    total was corrected; the candidate's letter says them as people do (``1 h 05 min``) and
    keeps the internal correction out of it."""
    worked = snapshot.pay.hours
    where = locale(snapshot)

    def payroll(ms: int) -> str:
        return business.decimal_hours(ms, where)

    def on(hours: str, date: dt.date) -> str:
        return _("{hours} on {date}").format(hours=hours, date=day(date, where))

    length = span if for_candidate else payroll
    text = length(worked.paid_ms)
    if worked.override_ms is not None and not for_candidate:
        text += " " + _("(corrected from {hours} timed)").format(
            hours=payroll(worked.session_ms))
    paid_days = worked.paid_per_day
    if len(paid_days) > 1:
        text += "; " + ", ".join(on(length(ms), d) for d, ms in paid_days)
    elif not paid_days and len(worked.per_day) > 1 and not for_candidate:
        # a total corrected without its days
        text += "; " + _("timed {days}").format(
            days=", ".join(on(payroll(ms), d) for d, ms in worked.per_day))
    return text


def owed(snapshot: SessionSnapshot) -> str:
    view = snapshot.pay
    return money(snapshot, view.owed_cents) if view.pay.paid else _("Nothing")


def payment(snapshot: SessionSnapshot) -> str:
    pay = snapshot.pay.pay
    parts = []
    if pay.payment_date:
        try:
            parts.append(day(dt.date.fromisoformat(pay.payment_date), locale(snapshot)))
        except ValueError:
            parts.append(pay.payment_date)
    if pay.payment_method.strip():
        parts.append(pay.payment_method.strip())
    return ", ".join(parts) if parts else _("Not recorded yet")


def worker_status(snapshot: SessionSnapshot, *, basis: bool = True) -> str:
    pay = snapshot.pay.pay
    try:
        text = _(WorkerStatus(pay.worker_status).label)
    except ValueError:
        text = pay.worker_status or _("Not recorded")
    reason = pay.worker_status_basis.strip()
    return _("{status}. Basis: {reason}").format(status=text, reason=reason) \
        if reason and basis else text


def confidentiality(snapshot: SessionSnapshot) -> str:
    agreements = snapshot.agreements
    if not agreements.confidentiality_version and not agreements.confidentiality_text:
        return _("No agreement recorded")
    name = _("Version {version}").format(version=agreements.confidentiality_version) \
        if agreements.confidentiality_version else _("Unversioned text")
    if agreements.confidentiality_accepted_ms is None:
        return _("{agreement}, not accepted").format(agreement=name)
    return (_("{agreement}, accepted {when}").format(
        agreement=name, when=stamp(snapshot, agreements.confidentiality_accepted_ms))
        + _later(snapshot, "confidentiality_accepted_ms"))


def acknowledged(snapshot: SessionSnapshot, instant_ms: int | None, verb: str,
                 field: str = "") -> str:
    if instant_ms is None:
        return _("Not recorded")
    return f"{verb} {stamp(snapshot, instant_ms)}" + _later(snapshot, field)


def _later(snapshot: SessionSnapshot, field: str) -> str:
    """' (entered afterwards by Pat Kim, 15:20)' for a stamp entered later, else ''."""
    later = snapshot.agreements.entered_later(field) if field else None
    if later is None:
        return ""
    return " " + _("(entered afterwards by {name}, {when})").format(
        name=later[0], when=stamp(snapshot, later[1]))


def work_product(snapshot: SessionSnapshot) -> str:
    agreements = snapshot.agreements
    try:
        text = (_(WorkProduct(agreements.work_product).label) if agreements.work_product
                else _("Not decided"))
    except ValueError:
        text = str(agreements.work_product)
    note = agreements.work_product_note.strip()
    return f"{text}. {note}" if note else text


def level(value: int | None, scale: int) -> str:
    return _("Not observed") if value is None else _("{level} of {scale}").format(
        level=value, scale=scale)


def composite(snapshot: SessionSnapshot) -> str:
    """The composite score in words, naming the competencies it leaves out."""
    from babel.numbers import format_decimal

    value = snapshot.composite
    if value.value is None:
        return _("No composite yet: no competency has been scored.")
    text = _("{score} of {scale}").format(
        score=format_decimal(round(value.value, 2), "0.00", locale=locale(snapshot)),
        scale=value.scale_max)
    if value.not_observed:
        names = {line.competency.key: line.competency.name for line in snapshot.rubric}
        text += " " + _("(not observed, so left out: {names})").format(
            names=", ".join(names.get(key, key) for key in value.not_observed))
    return text


PAY_FIELDS = {"paid": N_("Paid"), "unpaid_reason": N_("Reason unpaid"),
              "basis": N_("Pay basis"), "hourly_rate_cents": N_("Hourly rate"),
              "fixed_amount_cents": N_("Fixed amount"), "currency": N_("Currency"),
              "hours_override_ms": N_("Hours (corrected)"),
              "hours_override_days": N_("Hours each day (corrected)"),
              "payment_date": N_("Payment date"), "payment_method": N_("Payment method"),
              "candidate_address": N_("Candidate's address"), "occupation": N_("Occupation"),
              "worker_status": N_("Worker status"),
              "worker_status_basis": N_("Basis of status")}


def pay_value(snapshot: SessionSnapshot, field: str, value: str) -> str:
    """A value from the pay audit trail as people read it: money, hours, yes or no."""
    if not value:  # no correction yet: the hours were those the timers recorded
        return _("as timed") if field.startswith("hours_override") else "—"
    try:
        if field in ("hourly_rate_cents", "fixed_amount_cents"):
            return money(snapshot, int(value))
        if field == "hours_override_ms":
            return business.decimal_hours(int(value), locale(snapshot))
        if field == "hours_override_days":
            where = locale(snapshot)
            return ", ".join(_("{hours} on {date}").format(
                hours=business.decimal_hours(ms, where), date=day(d, where))
                for d, ms in parse_days_text(value))
        if field == "worker_status":
            return _(WorkerStatus(value).label)
    except ValueError:
        return value
    return {"True": _("Yes"), "False": _("No")}.get(value, value) if field == "paid" else value
