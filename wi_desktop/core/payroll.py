"""Pay: what the candidate is owed for the time, and every change to it kept with who,
when and why (wage-and-hour law expects both)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from wi_desktop.core.changes import Change
from wi_desktop.core.clock import Clock
from wi_desktop.core.errors import ReasonRequired, ValidationError
from wi_desktop.core.pay import (
    MS_PER_DAY,
    Hours,
    PayAuditEntry,
    PayBasis,
    PayRecord,
    amount_owed_cents,
    days_text,
    hours_worked,
    parse_days_text,
)
from wi_desktop.core.ports import Store
from wi_desktop.core.sessions import writable_session

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

    def update_pay(self, session_id: int, changes: Mapping[str, Any], *, changed_by: str,
                   reason: str = "") -> Change:
        """Change pay fields; each change is kept in the audit trail (who, when, old, new,
        why). Correcting a value already set, or the hours, needs a reason."""
        unknown = set(changes) - set(PAY_FIELD_NAMES)
        if unknown:
            raise ValidationError(f"Unknown pay field: {', '.join(sorted(unknown))}.")
        if not changed_by.strip():
            raise ValidationError("Say who is making this change.")
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
            raise ReasonRequired("Correcting the hours needs a reason; it is kept in the "
                                 "audit trail.", field="hours_override_ms")
        session = self.store.sessions.load_session(session_id)
        hours = hours_worked(session, self.store.sessions.load_tasks(session_id),
                             self.clock.now_ms(),
                             self.store.pay.load_pay(session_id), tz)
        # the days the timers ran, a day corrected before, or (no timer yet) the first day
        allowed = {day for day, _ in (*hours.per_day, *hours.paid_per_day)} or {
            dt.datetime.fromtimestamp(session.created_ms / 1000, tz).date()}
        days = tuple(sorted(per_day))
        if not days or len({day for day, _ in days}) != len(days):
            raise ValidationError("Give the hours once for each day of the session.")
        for day, ms in days:
            if day not in allowed:
                raise ValidationError(f"The session did not run on {day.isoformat()}.")
            if not 0 <= ms <= MS_PER_DAY:
                raise ValidationError("Hours on a day must be between 0 and 24.")
        return self.update_pay(session_id, {"hours_override_days": days_text(days),
                                            "hours_override_ms": sum(ms for _, ms in days)},
                               changed_by=changed_by, reason=reason)

    def clear_hours_correction(self, session_id: int, *, changed_by: str,
                               reason: str) -> Change:
        """Pay the hours the timers recorded again, dropping the correction (kept in the
        audit trail with the reason)."""
        if not reason.strip():
            raise ReasonRequired("Going back to the timed hours needs a reason; it is kept in "
                                 "the audit trail.", field="hours_override_ms")
        return self.update_pay(session_id, {"hours_override_days": "",
                                            "hours_override_ms": None},
                               changed_by=changed_by, reason=reason)


def _validated_pay(pay: PayRecord) -> PayRecord:
    pay = replace(pay, basis=PayBasis(pay.basis))
    if pay.paid is False and not pay.unpaid_reason.strip():
        raise ValidationError("Unpaid time needs a stated reason (for example: observation "
                              "only, no productive work).")
    for name in ("hourly_rate_cents", "fixed_amount_cents", "hours_override_ms"):
        value = getattr(pay, name)
        if value is not None and (not isinstance(value, int) or value < 0):
            raise ValidationError("Amounts, rates and hours cannot be negative.")
    if pay.hours_override_days:
        try:
            days = parse_days_text(pay.hours_override_days)
        except ValueError:
            raise ValidationError("The corrected hours per day could not be read.") from None
        if pay.hours_override_ms != sum(ms for _, ms in days):
            raise ValidationError("The corrected hours must add up to the hours of each day.")
    if pay.payment_date:
        try:
            dt.date.fromisoformat(pay.payment_date)
        except ValueError:
            raise ValidationError("The payment date should look like 2026-11-30.") from None
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
                f"Changing {name.replace('_', ' ')} from “{_text(old)}” needs a reason; "
                "it is kept in the audit trail.", field=name)
        entries.append(PayAuditEntry(name, _text(old), _text(new),
                                     reason or "first entry", changed_by, now))
    return entries


def _text(value: object) -> str:
    return "" if value is None else str(value)


def check_lengths(*texts: str) -> None:
    if any(len(t) > MAX_TEXT for t in texts):
        raise ValidationError(f"That text is too long (at most {MAX_TEXT:,} characters).")
