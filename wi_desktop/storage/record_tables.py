"""Rows of the record around the notes: agreements, feedback, debrief, signed files,
amendments and the certificates that signed."""

from __future__ import annotations

from dataclasses import astuple
from typing import TYPE_CHECKING

from wi_desktop.storage.sql import Sql, column_names

if TYPE_CHECKING:  # the record loads on first use
    from wi_desktop.core.record import (
        Agreements,
        Amendment,
        DebriefAnswer,
        Feedback,
        SignedFile,
    )


class RecordTables:
    """Rows of agreements, feedback, debrief_answers, signed_files, amendments and
    observer_certificates."""

    __slots__ = ("sql",)

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    # agreements and feedback ---------------------------------------------
    def load_agreements(self, session_id: int) -> Agreements:
        from wi_desktop.core.pay import WorkProduct
        from wi_desktop.core.record import Agreements

        agreement_fields = column_names(Agreements)
        rows = self.sql.query(
            f"SELECT {', '.join(agreement_fields)} FROM agreements WHERE session_id = ?",
            (session_id,))
        if not rows:
            return Agreements()
        values = dict(zip(agreement_fields, rows[0], strict=True))
        values["work_product"] = WorkProduct(values["work_product"]) if values[
            "work_product"] else None
        return Agreements(**values)

    def save_agreements(self, session_id: int, agreements: Agreements, updated_ms: int) -> None:
        agreement_fields = column_names(type(agreements))
        values = list(astuple(agreements))
        values[agreement_fields.index("work_product")] = (
            str(agreements.work_product) if agreements.work_product else "")
        self.sql.upsert("agreements", session_id, agreement_fields, values, updated_ms)

    def load_feedback(self, session_id: int) -> Feedback:
        from wi_desktop.core.record import Feedback

        feedback_fields = column_names(Feedback)
        rows = self.sql.query(f"SELECT {', '.join(feedback_fields)} FROM feedback "
                           "WHERE session_id = ?", (session_id,))
        return Feedback(*rows[0]) if rows else Feedback()

    def save_feedback(self, session_id: int, feedback: Feedback, updated_ms: int) -> None:
        feedback_fields = column_names(type(feedback))
        self.sql.upsert("feedback", session_id, feedback_fields, astuple(feedback), updated_ms)

    # debrief -------------------------------------------------------------
    def load_debrief(self, session_id: int) -> list[DebriefAnswer]:
        from wi_desktop.core.record import DebriefAnswer

        return [DebriefAnswer(*row) for row in self.sql.query(
            "SELECT position, question, answer FROM debrief_answers WHERE session_id = ? "
            "ORDER BY position", (session_id,))]

    def save_debrief(self, session_id: int, answer: DebriefAnswer) -> None:
        self.sql.write(
            "INSERT INTO debrief_answers (session_id, position, question, answer) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, position) DO UPDATE SET "
            "answer = excluded.answer", (session_id, *astuple(answer)))

    # signed files, amendments, certificates ------------------------------
    def add_signed_file(self, signed: SignedFile) -> None:
        self.sql.write(
            "INSERT INTO signed_files (session_id, kind, version, observer, "
            "certificate_sha256, sha256, size_bytes, path, signed_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", astuple(signed))

    def load_signed_files(self, session_id: int) -> list[SignedFile]:
        from wi_desktop.core.record import SignedFile

        return [SignedFile(*row) for row in self.sql.query(
            "SELECT session_id, kind, version, observer, certificate_sha256, sha256, "
            "size_bytes, path, signed_ms FROM signed_files WHERE session_id = ? "
            "ORDER BY signed_ms, id", (session_id,))]

    def add_amendment(self, session_id: int, amendment: Amendment) -> None:
        self.sql.write(
            "INSERT INTO amendments (session_id, amended_by, reason, amended_ms, "
            "previous_finalised_ms) VALUES (?, ?, ?, ?, ?)", (session_id, *astuple(amendment)))

    def load_amendments(self, session_id: int) -> list[Amendment]:
        from wi_desktop.core.record import Amendment

        return [Amendment(*row) for row in self.sql.query(
            "SELECT amended_by, reason, amended_ms, previous_finalised_ms FROM amendments "
            "WHERE session_id = ? ORDER BY amended_ms, id", (session_id,))]

    def save_certificate(self, sha256: str, observer: str, certificate_pem: str,
                         added_ms: int) -> None:
        self.sql.write("INSERT OR IGNORE INTO observer_certificates (sha256, observer, "
                    "certificate_pem, added_ms) VALUES (?, ?, ?, ?)",
                    (sha256, observer, certificate_pem, added_ms))
