"""Rows of what the candidate agreed to, was told and answered: agreements, feedback and
debrief answers."""

from __future__ import annotations

from dataclasses import astuple
from typing import TYPE_CHECKING

from wi_desktop.storage.sql import Sql, column_names

if TYPE_CHECKING:  # the agreements load on first use
    from wi_desktop.core.agreements import Agreements, DebriefAnswer, Feedback


class AgreementTables:
    """Rows of agreements, feedback and debrief_answers."""

    __slots__ = ("sql",)

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    # agreements and feedback ---------------------------------------------
    def load_agreements(self, session_id: int) -> Agreements:
        from wi_desktop.core.agreements import Agreements
        from wi_desktop.core.pay import WorkProduct

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
        from wi_desktop.core.agreements import Feedback

        feedback_fields = column_names(Feedback)
        rows = self.sql.query(f"SELECT {', '.join(feedback_fields)} FROM feedback "
                           "WHERE session_id = ?", (session_id,))
        return Feedback(*rows[0]) if rows else Feedback()

    def save_feedback(self, session_id: int, feedback: Feedback, updated_ms: int) -> None:
        feedback_fields = column_names(type(feedback))
        self.sql.upsert("feedback", session_id, feedback_fields, astuple(feedback), updated_ms)

    # debrief -------------------------------------------------------------
    def load_debrief(self, session_id: int) -> list[DebriefAnswer]:
        from wi_desktop.core.agreements import DebriefAnswer

        return [DebriefAnswer(*row) for row in self.sql.query(
            "SELECT position, question, answer FROM debrief_answers WHERE session_id = ? "
            "ORDER BY position", (session_id,))]

    def save_debrief(self, session_id: int, answer: DebriefAnswer) -> None:
        self.sql.write(
            "INSERT INTO debrief_answers (session_id, position, question, answer) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, position) DO UPDATE SET "
            "answer = excluded.answer", (session_id, *astuple(answer)))

    # signed files, amendments, certificates ------------------------------
