"""Rows of the structured record (pay, audit, agreements, feedback, debrief, evidence links,
user role templates). Mixed into SqliteRepository; only storage knows these table names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported at start by the repository; the record loads on first use
    from wi_desktop.core.pay import PayAuditEntry, PayRecord
    from wi_desktop.core.record import (
        Agreements,
        Amendment,
        DebriefAnswer,
        Feedback,
        SessionFacts,
        SignedFile,
    )


def _names(cls: type) -> tuple[str, ...]:
    """Column names, which match the dataclass fields."""
    return tuple(f.name for f in fields(cls))


class RecordTables:
    """Needs _query and _write from the repository it is mixed into."""

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _write(self, sql: str, params: Sequence[Any] = ()) -> int:
        raise NotImplementedError

    def _upsert(self, table: str, session_id: int, columns: Sequence[str],
                values: Sequence[Any], updated_ms: int) -> None:
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in (*columns, "updated_ms"))
        self._write(
            f"INSERT INTO {table} (session_id, {names}, updated_ms) VALUES (?, {marks}, ?) "
            f"ON CONFLICT (session_id) DO UPDATE SET {updates}",
            (session_id, *values, updated_ms))

    # session facts -------------------------------------------------------
    def load_facts(self, session_id: int) -> SessionFacts:
        from wi_desktop.core.record import SessionFacts

        rows = self._query("SELECT template_name, template_json, recommendation, finalised_ms "
                           "FROM sessions WHERE id = ?", (session_id,))
        return SessionFacts(*rows[0]) if rows else SessionFacts()

    def save_template_copy(self, session_id: int, name: str, template_json: str) -> None:
        self._write("UPDATE sessions SET template_name = ?, template_json = ? WHERE id = ?",
                    (name, template_json, session_id))

    def set_recommendation(self, session_id: int, recommendation: str) -> None:
        self._write("UPDATE sessions SET recommendation = ? WHERE id = ?",
                    (recommendation, session_id))

    def set_finalised(self, session_id: int, finalised_ms: int | None) -> None:
        self._write("UPDATE sessions SET finalised_ms = ? WHERE id = ?",
                    (finalised_ms, session_id))

    # pay -----------------------------------------------------------------
    def load_pay(self, session_id: int) -> PayRecord:
        from wi_desktop.core.pay import PayBasis, PayRecord

        pay_fields = _names(PayRecord)
        rows = self._query(f"SELECT {', '.join(pay_fields)} FROM pay WHERE session_id = ?",
                           (session_id,))
        if not rows:
            return PayRecord()
        values = dict(zip(pay_fields, rows[0], strict=True))
        values["paid"] = None if values["paid"] is None else bool(values["paid"])
        values["basis"] = PayBasis(values["basis"])
        return PayRecord(**values)

    def save_pay(self, session_id: int, pay: PayRecord, updated_ms: int) -> None:
        pay_fields = _names(type(pay))
        values = list(astuple(pay))
        values[pay_fields.index("paid")] = None if pay.paid is None else int(pay.paid)
        values[pay_fields.index("basis")] = str(pay.basis)
        self._upsert("pay", session_id, pay_fields, values, updated_ms)

    def add_pay_audit(self, session_id: int, entry: PayAuditEntry) -> None:
        self._write(
            "INSERT INTO pay_audit (session_id, field, old_value, new_value, reason, "
            "changed_by, changed_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (session_id, *astuple(entry)))

    def load_pay_audit(self, session_id: int) -> list[PayAuditEntry]:
        from wi_desktop.core.pay import PayAuditEntry

        return [PayAuditEntry(*row) for row in self._query(
            "SELECT field, old_value, new_value, reason, changed_by, changed_ms FROM pay_audit "
            "WHERE session_id = ? ORDER BY changed_ms, id", (session_id,))]

    # agreements and feedback ---------------------------------------------
    def load_agreements(self, session_id: int) -> Agreements:
        from wi_desktop.core.pay import WorkProduct
        from wi_desktop.core.record import Agreements

        agreement_fields = _names(Agreements)
        rows = self._query(
            f"SELECT {', '.join(agreement_fields)} FROM agreements WHERE session_id = ?",
            (session_id,))
        if not rows:
            return Agreements()
        values = dict(zip(agreement_fields, rows[0], strict=True))
        values["work_product"] = WorkProduct(values["work_product"]) if values[
            "work_product"] else None
        return Agreements(**values)

    def save_agreements(self, session_id: int, agreements: Agreements, updated_ms: int) -> None:
        agreement_fields = _names(type(agreements))
        values = list(astuple(agreements))
        values[agreement_fields.index("work_product")] = (
            str(agreements.work_product) if agreements.work_product else "")
        self._upsert("agreements", session_id, agreement_fields, values, updated_ms)

    def load_feedback(self, session_id: int) -> Feedback:
        from wi_desktop.core.record import Feedback

        feedback_fields = _names(Feedback)
        rows = self._query(f"SELECT {', '.join(feedback_fields)} FROM feedback "
                           "WHERE session_id = ?", (session_id,))
        return Feedback(*rows[0]) if rows else Feedback()

    def save_feedback(self, session_id: int, feedback: Feedback, updated_ms: int) -> None:
        feedback_fields = _names(type(feedback))
        self._upsert("feedback", session_id, feedback_fields, astuple(feedback), updated_ms)

    # debrief -------------------------------------------------------------
    def load_debrief(self, session_id: int) -> list[DebriefAnswer]:
        from wi_desktop.core.record import DebriefAnswer

        return [DebriefAnswer(*row) for row in self._query(
            "SELECT position, question, answer FROM debrief_answers WHERE session_id = ? "
            "ORDER BY position", (session_id,))]

    def save_debrief(self, session_id: int, answer: DebriefAnswer) -> None:
        self._write(
            "INSERT INTO debrief_answers (session_id, position, question, answer) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, position) DO UPDATE SET "
            "answer = excluded.answer", (session_id, *astuple(answer)))

    # evidence links ------------------------------------------------------
    def load_links(self, session_id: int) -> dict[tuple[str, int], bool]:
        return {(key, note_id): bool(included) for key, note_id, included in self._query(
            "SELECT competency_key, note_id, included FROM evidence_links "
            "WHERE session_id = ?", (session_id,))}

    def set_link(self, session_id: int, competency_key: str, note_id: int,
                 included: bool | None) -> None:
        if included is None:
            self._write("DELETE FROM evidence_links WHERE session_id = ? AND competency_key = ? "
                        "AND note_id = ?", (session_id, competency_key, note_id))
            return
        self._write(
            "INSERT INTO evidence_links (session_id, competency_key, note_id, included) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, competency_key, note_id) "
            "DO UPDATE SET included = excluded.included",
            (session_id, competency_key, note_id, int(included)))

    # role templates made in the program ----------------------------------
    def list_user_templates(self) -> list[tuple[str, str, int]]:
        return [(str(n), str(j), int(ms)) for n, j, ms in self._query(
            "SELECT name, template_json, updated_ms FROM role_templates ORDER BY name")]

    def save_user_template(self, name: str, template_json: str, updated_ms: int) -> None:
        self._write(
            "INSERT INTO role_templates (name, template_json, updated_ms) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET template_json = excluded.template_json, "
            "updated_ms = excluded.updated_ms", (name, template_json, updated_ms))

    def delete_user_template(self, name: str) -> None:
        self._write("DELETE FROM role_templates WHERE name = ?", (name,))

    # signed files, amendments, certificates ------------------------------
    def add_signed_file(self, signed: SignedFile) -> None:
        self._write(
            "INSERT INTO signed_files (session_id, kind, version, observer, "
            "certificate_sha256, sha256, size_bytes, path, signed_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", astuple(signed))

    def load_signed_files(self, session_id: int) -> list[SignedFile]:
        from wi_desktop.core.record import SignedFile

        return [SignedFile(*row) for row in self._query(
            "SELECT session_id, kind, version, observer, certificate_sha256, sha256, "
            "size_bytes, path, signed_ms FROM signed_files WHERE session_id = ? "
            "ORDER BY signed_ms, id", (session_id,))]

    def add_amendment(self, session_id: int, amendment: Amendment) -> None:
        self._write(
            "INSERT INTO amendments (session_id, amended_by, reason, amended_ms, "
            "previous_finalised_ms) VALUES (?, ?, ?, ?, ?)", (session_id, *astuple(amendment)))

    def load_amendments(self, session_id: int) -> list[Amendment]:
        from wi_desktop.core.record import Amendment

        return [Amendment(*row) for row in self._query(
            "SELECT amended_by, reason, amended_ms, previous_finalised_ms FROM amendments "
            "WHERE session_id = ? ORDER BY amended_ms, id", (session_id,))]

    def save_certificate(self, sha256: str, observer: str, certificate_pem: str,
                         added_ms: int) -> None:
        self._write("INSERT OR IGNORE INTO observer_certificates (sha256, observer, "
                    "certificate_pem, added_ms) VALUES (?, ?, ?, ?)",
                    (sha256, observer, certificate_pem, added_ms))

    def load_certificates(self, observer: str | None = None) -> list[tuple[str, str, str]]:
        """(sha256, observer, certificate PEM) of every certificate that signed here."""
        sql = "SELECT sha256, observer, certificate_pem FROM observer_certificates"
        rows = self._query(sql + " WHERE observer = ?", (observer,)) if observer else (
            self._query(sql))
        return [(str(a), str(b), str(c)) for a, b, c in rows]
