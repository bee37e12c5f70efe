"""What the candidate is paid, and the audit trail of every change to it."""

from __future__ import annotations

from dataclasses import astuple
from typing import TYPE_CHECKING

from wi_desktop.storage.sql import Sql, column_names

if TYPE_CHECKING:  # the pay model loads with the first session opened
    from wi_desktop.core.pay import PayAuditEntry, PayRecord


class PayTables:
    """Rows of pay and pay_audit."""

    __slots__ = ("sql",)

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    def load_pay(self, session_id: int) -> PayRecord:
        from wi_desktop.core.pay import PayBasis, PayRecord

        pay_fields = column_names(PayRecord)
        rows = self.sql.query(f"SELECT {', '.join(pay_fields)} FROM pay WHERE session_id = ?",
                              (session_id,))
        if not rows:
            return PayRecord()
        values = dict(zip(pay_fields, rows[0], strict=True))
        values["paid"] = None if values["paid"] is None else bool(values["paid"])
        values["basis"] = PayBasis(values["basis"])
        return PayRecord(**values)

    def save_pay(self, session_id: int, pay: PayRecord, updated_ms: int) -> None:
        pay_fields = column_names(type(pay))
        values = list(astuple(pay))
        values[pay_fields.index("paid")] = None if pay.paid is None else int(pay.paid)
        values[pay_fields.index("basis")] = str(pay.basis)
        self.sql.upsert("pay", session_id, pay_fields, values, updated_ms)

    def add_pay_audit(self, session_id: int, entry: PayAuditEntry) -> None:
        self.sql.write(
            "INSERT INTO pay_audit (session_id, field, old_value, new_value, reason, "
            "changed_by, changed_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (session_id, *astuple(entry)))

    def load_pay_audit(self, session_id: int) -> list[PayAuditEntry]:
        from wi_desktop.core.pay import PayAuditEntry

        return [PayAuditEntry(*row) for row in self.sql.query(
            "SELECT field, old_value, new_value, reason, changed_by, changed_ms FROM pay_audit "
            "WHERE session_id = ? ORDER BY changed_ms, id", (session_id,))]
