"""Pay for the interview: hours from the timers, the amount owed, and what US payroll
records need (name, address, occupation, hours each day, basis and rate, total, date)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from wi_desktop.core.model import Session, Task

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


def format_money(cents: int, currency: str = "USD") -> str:
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "CA$", "AUD": "A$"}.get(currency)
    amount = f"{cents / 100:,.2f}"
    return f"{symbol}{amount}" if symbol else f"{amount} {currency}"


def format_hours(ms: int) -> str:
    """Decimal hours as payroll writes them, e.g. 2.25 h."""
    return f"{Decimal(ms) / Decimal(MS_PER_HOUR):.2f} h"
