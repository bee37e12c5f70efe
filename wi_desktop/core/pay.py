"""Pay for the interview: hours from the timers, the amount owed, what US payroll records
need (name, address, occupation, hours each day, basis and rate, total, date), and the use
cases that enter it, every change kept with who, when and why (wage-and-hour law expects
both)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from wi_desktop.core.changes import Change
from wi_desktop.core.clock import Clock
from wi_desktop.core.errors import ReasonRequired, ValidationError
from wi_desktop.core.model import Session, Task
from wi_desktop.core.ports import Store
from wi_desktop.core.sessions import writable_session
from wi_desktop.core.speech import number, say

MS_PER_HOUR = 3_600_000
MS_PER_DAY = 24 * MS_PER_HOUR


class PayBasis(StrEnum):
    HOURLY = "hourly"
    FIXED = "fixed"


class WorkProduct(StrEnum):
    """What happens to the work the candidate produced."""

    RETURNED = "returned"
    DELETED = "deleted"
    KEPT_PAID = "kept_paid"

    @property
    def label(self) -> str:
        return {WorkProduct.RETURNED: "Returned to the candidate",
                WorkProduct.DELETED: "Deleted",
                WorkProduct.KEPT_PAID: "Kept by the employer and paid for"}[self]


@dataclass(frozen=True)
class PayRecord:
    paid: bool | None = None  # None: not decided yet
    unpaid_reason: str = ""
    basis: PayBasis = PayBasis.HOURLY
    hourly_rate_cents: int | None = None
    fixed_amount_cents: int | None = None
    currency: str = "USD"
    hours_override_ms: int | None = None  # a manual correction of the computed hours
    hours_override_days: str = ""  # that correction per local day (days_text); sums to it
    payment_date: str = ""  # ISO date, e.g. 2026-11-30
    payment_method: str = ""
    candidate_address: str = ""
    occupation: str = ""
    worker_status: str = ""  # templates.WorkerStatus value
    worker_status_basis: str = ""


@dataclass(frozen=True)
class PayAuditEntry:
    field: str
    old_value: str
    new_value: str
    reason: str
    changed_by: str
    changed_ms: int


@dataclass(frozen=True)
class Hours:
    """Time worked, as the timers recorded it, and any correction by hand."""

    session_ms: int  # the session clock: from the first task start to the end
    task_ms: int  # time with a task running
    per_day: tuple[tuple[dt.date, int], ...]  # session time split at local midnight
    override_ms: int | None = None
    override_per_day: tuple[tuple[dt.date, int], ...] = ()

    @property
    def paid_ms(self) -> int:
        return self.override_ms if self.override_ms is not None else self.session_ms

    @property
    def paid_per_day(self) -> tuple[tuple[dt.date, int], ...]:
        """Paid hours on each day, as payroll records them. Empty when a total was corrected
        without its days (a record made before corrections were kept per day) and the
        session spans several days."""
        if self.override_per_day:
            return self.override_per_day
        if self.override_ms is None:
            return self.per_day
        if len(self.per_day) == 1:
            return ((self.per_day[0][0], self.override_ms),)
        return ()


def days_text(days: Sequence[tuple[dt.date, int]]) -> str:
    """Hours per day as stored: ``2026-11-25=5400000,2026-11-26=1800000`` (ms), by date."""
    return ",".join(f"{day.isoformat()}={ms}" for day, ms in sorted(days))


def parse_days_text(text: str) -> tuple[tuple[dt.date, int], ...]:
    """The days of days_text(); ValueError when TEXT is not in that form."""
    days = []
    for part in filter(None, text.split(",")):
        day, _, ms = part.partition("=")
        value = int(ms)
        if value < 0:
            raise ValueError(f"negative hours in {part!r}")
        days.append((dt.date.fromisoformat(day), value))
    if len({day for day, _ in days}) != len(days):
        raise ValueError("a day appears twice")
    return tuple(sorted(days))


def split_by_day(start_ms: int, end_ms: int,
                 tz: dt.tzinfo | None = None) -> tuple[tuple[dt.date, int], ...]:
    """Milliseconds of [start, end) falling on each local calendar day."""
    if end_ms <= start_ms:
        return ()
    days: list[tuple[dt.date, int]] = []
    cursor = dt.datetime.fromtimestamp(start_ms / 1000, tz).astimezone(tz)
    end = dt.datetime.fromtimestamp(end_ms / 1000, tz).astimezone(tz)
    while cursor < end:
        stop = min(_next_midnight(cursor, tz), end)
        days.append((cursor.date(), round((stop - cursor).total_seconds() * 1000)))
        cursor = stop.astimezone(tz)
    return tuple(days)


def _next_midnight(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    """The start of the next day where MOMENT is. Without TZ, local midnight by this
    computer's rules, so a day of 23 or 25 hours (a clock change) counts as it was."""
    midnight = dt.datetime.combine(moment.date() + dt.timedelta(days=1), dt.time())
    return midnight.replace(tzinfo=tz) if tz is not None else midnight.astimezone()


def hours_worked(session: Session, tasks: tuple[Task, ...], now_ms: int,
                 pay: PayRecord | None = None, tz: dt.tzinfo | None = None) -> Hours:
    """The session's hours from its timers, with PAY's correction (if any) beside them."""
    end = session.ended_ms if session.ended_ms is not None else now_ms
    per_day = split_by_day(session.started_ms, end, tz) if session.started_ms else ()
    override_ms = pay.hours_override_ms if pay is not None else None
    override_days: tuple[tuple[dt.date, int], ...] = ()
    if pay is not None and pay.hours_override_days:
        try:
            override_days = parse_days_text(pay.hours_override_days)
        except ValueError:
            override_days = ()  # never stored so (the core checks it); show the total only
    return Hours(session_ms=session.elapsed_ms(now_ms),
                 task_ms=sum(t.actual_ms(now_ms) for t in tasks),
                 per_day=per_day, override_ms=override_ms, override_per_day=override_days)


def amount_owed_cents(pay: PayRecord, hours: Hours) -> int:
    """Hourly: rate × paid hours, rounded half up to the cent; fixed: the amount; unpaid: 0."""
    if not pay.paid:
        return 0
    if pay.basis is PayBasis.FIXED:
        return pay.fixed_amount_cents or 0
    rate = Decimal(pay.hourly_rate_cents or 0)
    owed = rate * Decimal(hours.paid_ms) / Decimal(MS_PER_HOUR)
    return int(owed.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_money(cents: int, currency: str = "USD", locale: str = "en_US") -> str:
    """An amount as the business's LOCALE writes it, in the window as in the documents:
    one formatter, Babel's (``core/business.money``)."""
    from wi_desktop.core.business import money

    return money(cents, currency, locale)


def format_hours(ms: int) -> str:
    """Decimal hours as payroll writes them, e.g. 2.25 h."""
    return f"{Decimal(ms) / Decimal(MS_PER_HOUR):.2f} h"


# entering pay ----------------------------------------------------------------------
MAX_TEXT = 20_000
PAY_FIELD_NAMES = tuple(f.name for f in fields(PayRecord))


@dataclass(frozen=True)
class PayView:
    pay: PayRecord
    hours: Hours
    owed_cents: int
    audit: tuple[PayAuditEntry, ...]


class PayService:
    """The session's pay and its audit trail."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def pay_view(self, session_id: int, tz: dt.tzinfo | None = None) -> PayView:
        pay = self.store.pay.load_pay(session_id)
        hours = hours_worked(self.store.sessions.load_session(session_id),
                             self.store.sessions.load_tasks(session_id), self.clock.now_ms(),
                             pay, tz)
        return PayView(pay, hours, amount_owed_cents(pay, hours),
                       tuple(self.store.pay.load_pay_audit(session_id)))

    def owed(self, session_id: int) -> tuple[PayRecord, int]:
        """The pay record and what it owes, as the Pay tab works it out, without the audit
        trail or the hours day by day (a comparison asks it of many sessions)."""
        pay = self.store.pay.load_pay(session_id)
        session = self.store.sessions.load_session(session_id)
        now = self.clock.now_ms()
        hours = Hours(session_ms=session.elapsed_ms(now), task_ms=0, per_day=(),
                      override_ms=pay.hours_override_ms)
        return pay, amount_owed_cents(pay, hours)

    def update_pay(self, session_id: int, changes: Mapping[str, Any], *, changed_by: str,
                   reason: str = "") -> Change:
        """Change pay fields; each change is kept in the audit trail (who, when, old, new,
        why). Correcting a value already set, or the hours, needs a reason."""
        unknown = set(changes) - set(PAY_FIELD_NAMES)
        if unknown:
            raise ValidationError(say("Unknown pay field: {fields}.")
                                  .format(fields=', '.join(sorted(unknown))))
        if not changed_by.strip():
            raise ValidationError(say("Say who is making this change."))
        now = self.clock.now_ms()
        with self.store.transaction():
            writable_session(self.store, session_id)
            before = self.store.pay.load_pay(session_id)
            after = _validated_pay(replace(before, **changes))
            entered = {e.field for e in self.store.pay.load_pay_audit(session_id)}
            entries = _audit_entries(before, after, entered, changed_by.strip(),
                                     reason.strip(), now)
            for entry in entries:
                self.store.pay.add_pay_audit(session_id, entry)
            if entries:
                self.store.pay.save_pay(session_id, after, now)
        return Change(session_id, pay=after, pay_audit=tuple(entries))

    def correct_hours(self, session_id: int, per_day: Sequence[tuple[dt.date, int]], *,
                      changed_by: str, reason: str, tz: dt.tzinfo | None = None) -> Change:
        """Set the paid hours by hand, day by day (payroll records hours each day); the
        total is their sum. Both go into the audit trail with the reason."""
        if not reason.strip():
            raise ReasonRequired(say("Correcting the hours needs a reason; it is kept in the "
                                     "audit trail."), field="hours_override_ms")
        session = self.store.sessions.load_session(session_id)
        hours = hours_worked(session, self.store.sessions.load_tasks(session_id),
                             self.clock.now_ms(),
                             self.store.pay.load_pay(session_id), tz)
        # the days the timers ran, a day corrected before, or (no timer yet) the first day
        allowed = {day for day, _ in (*hours.per_day, *hours.paid_per_day)} or {
            dt.datetime.fromtimestamp(session.created_ms / 1000, tz).date()}
        days = tuple(sorted(per_day))
        if not days or len({day for day, _ in days}) != len(days):
            raise ValidationError(say("Give the hours once for each day of the session."))
        for day, ms in days:
            if day not in allowed:
                raise ValidationError(say("The session did not run on {day}.")
                                      .format(day=day.isoformat()))
            if not 0 <= ms <= MS_PER_DAY:
                raise ValidationError(say("Hours on a day must be between 0 and 24."))
        return self.update_pay(session_id, {"hours_override_days": days_text(days),
                                            "hours_override_ms": sum(ms for _, ms in days)},
                               changed_by=changed_by, reason=reason)

    def clear_hours_correction(self, session_id: int, *, changed_by: str,
                               reason: str) -> Change:
        """Pay the hours the timers recorded again, dropping the correction (kept in the
        audit trail with the reason)."""
        if not reason.strip():
            raise ReasonRequired(say("Going back to the timed hours needs a reason; it is kept "
                                     "in the audit trail."), field="hours_override_ms")
        return self.update_pay(session_id, {"hours_override_days": "",
                                            "hours_override_ms": None},
                               changed_by=changed_by, reason=reason)


def _validated_pay(pay: PayRecord) -> PayRecord:
    pay = replace(pay, basis=PayBasis(pay.basis))
    if pay.paid is False and not pay.unpaid_reason.strip():
        raise ValidationError(say("Unpaid time needs a stated reason (for example: observation "
                                  "only, no productive work)."))
    for name in ("hourly_rate_cents", "fixed_amount_cents", "hours_override_ms"):
        value = getattr(pay, name)
        if value is not None and (not isinstance(value, int) or value < 0):
            raise ValidationError(say("Amounts, rates and hours cannot be negative."))
    if pay.hours_override_days:
        try:
            days = parse_days_text(pay.hours_override_days)
        except ValueError:
            raise ValidationError(say("The corrected hours per day could not be read.")) from None
        if pay.hours_override_ms != sum(ms for _, ms in days):
            raise ValidationError(say("The corrected hours must add up to the hours of each "
                                      "day."))
    if pay.payment_date:
        try:
            dt.date.fromisoformat(pay.payment_date)
        except ValueError:
            raise ValidationError(say("The payment date should look like 2026-11-30.")) from None
    check_lengths(pay.unpaid_reason, pay.candidate_address, pay.occupation,
                   pay.worker_status_basis, pay.payment_method)
    return pay


def _audit_entries(before: PayRecord, after: PayRecord, entered: set[str], changed_by: str,
                   reason: str, now: int) -> list[PayAuditEntry]:
    entries = []
    for name in PAY_FIELD_NAMES:
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        # a correction: a value entered before, or the hours the timers computed
        correcting = name in ("hours_override_ms", "hours_override_days") or name in entered
        if correcting and not reason:
            raise ReasonRequired(
                say("Changing {field} from “{old}” needs a reason; it is kept in the audit "
                    "trail.").format(field=name.replace('_', ' '), old=_text(old)), field=name)
        entries.append(PayAuditEntry(name, _text(old), _text(new),
                                     reason or "first entry", changed_by, now))
    return entries


def _text(value: object) -> str:
    return "" if value is None else str(value)


def check_lengths(*texts: str) -> None:
    if any(len(t) > MAX_TEXT for t in texts):
        raise ValidationError(say("That text is too long (at most {limit} characters).")
                              .format(limit=number(MAX_TEXT)))
