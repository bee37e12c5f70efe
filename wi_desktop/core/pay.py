"""Pay for the interview: hours from the timers, the amount owed, and what US payroll
records need (name, address, occupation, hours each day, basis and rate, total, date)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from wi_desktop.core.model import Session, Task

MS_PER_HOUR = 3_600_000


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
    """Time worked, as the timers recorded it."""

    session_ms: int  # the session clock: from the first task start to the end
    task_ms: int  # time with a task running
    per_day: tuple[tuple[dt.date, int], ...]  # session time split at local midnight
    override_ms: int | None = None

    @property
    def paid_ms(self) -> int:
        return self.override_ms if self.override_ms is not None else self.session_ms


def split_by_day(start_ms: int, end_ms: int,
                 tz: dt.tzinfo | None = None) -> tuple[tuple[dt.date, int], ...]:
    """Milliseconds of [start, end) falling on each local calendar day."""
    if end_ms <= start_ms:
        return ()
    days: list[tuple[dt.date, int]] = []
    cursor = dt.datetime.fromtimestamp(start_ms / 1000, tz).astimezone(tz)
    end = dt.datetime.fromtimestamp(end_ms / 1000, tz).astimezone(tz)
    while cursor < end:
        midnight = (cursor + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0,
                                                           microsecond=0)
        stop = min(midnight, end)
        days.append((cursor.date(), round((stop - cursor).total_seconds() * 1000)))
        cursor = stop
    return tuple(days)


def hours_worked(session: Session, tasks: tuple[Task, ...], now_ms: int,
                 override_ms: int | None = None, tz: dt.tzinfo | None = None) -> Hours:
    end = session.ended_ms if session.ended_ms is not None else now_ms
    per_day = split_by_day(session.started_ms, end, tz) if session.started_ms else ()
    return Hours(session_ms=session.elapsed_ms(now_ms),
                 task_ms=sum(t.actual_ms(now_ms) for t in tasks),
                 per_day=per_day, override_ms=override_ms)


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
