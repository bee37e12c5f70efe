"""Agreements with the candidate (confidentiality, consent, briefing, work product), the
debrief and the feedback. Each change is one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from wi_desktop.core.changes import Change
from wi_desktop.core.clock import Clock
from wi_desktop.core.errors import ValidationError
from wi_desktop.core.notes import write_note
from wi_desktop.core.pay import check_lengths
from wi_desktop.core.ports import Store
from wi_desktop.core.record import Agreements, DebriefAnswer, Feedback
from wi_desktop.core.sessions import writable_session


class TermsService:
    """What the candidate agreed to and was told, and what they were asked and answered."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def agreements(self, session_id: int) -> Agreements:
        return self.store.record.load_agreements(session_id)

    def update_agreements(self, session_id: int, **changes: Any) -> Change:
        with self.store.transaction():
            writable_session(self.store, session_id)
            after = replace(self.store.record.load_agreements(session_id), **changes)
            check_lengths(after.work_product_note)
            self.store.record.save_agreements(session_id, after, self.clock.now_ms())
        return Change(session_id, agreements=after)

    def record_now(self, session_id: int, field: str) -> Change:
        """Stamp an acceptance, consent or briefing acknowledgement with the current time."""
        _check_stamp(field)
        return self.update_agreements(session_id, **{field: self.clock.now_ms()})

    def clear_stamp(self, session_id: int, field: str,
                    tz: dt.tzinfo | None = None) -> Change:
        """Take back a stamp recorded by mistake, while the record can still change (once
        finalised, only an amendment reopens it). The timeline keeps a note saying so
        (none when nothing was stamped)."""
        _check_stamp(field)
        now = self.clock.now_ms()
        with self.store.transaction():
            writable_session(self.store, session_id)
            before = self.store.record.load_agreements(session_id)
            stamped = getattr(before, field)
            if stamped is None:
                return Change(session_id, agreements=before)
            cleared: dict[str, Any] = {field: None}
            after = replace(before, **cleared)
            self.store.record.save_agreements(session_id, after, now)
            at = dt.datetime.fromtimestamp(stamped / 1000, tz).strftime("%H:%M")
            note = write_note(self.store, session_id,
                              f"Record corrected: {STAMP_WORDS[field]} stamped at {at} was "
                              "taken back (recorded by mistake).", now)
        return Change(session_id, agreements=after, notes_added=(note,))

    def feedback(self, session_id: int) -> Feedback:
        return self.store.record.load_feedback(session_id)

    def update_feedback(self, session_id: int, **changes: str) -> Change:
        with self.store.transaction():
            writable_session(self.store, session_id)
            after = replace(self.store.record.load_feedback(session_id), **changes)
            check_lengths(after.strengths, after.growth_areas, after.next_steps)
            self.store.record.save_feedback(session_id, after, self.clock.now_ms())
        return Change(session_id, feedback=after)

    def debrief(self, session_id: int) -> list[DebriefAnswer]:
        return self.store.record.load_debrief(session_id)

    def answer_debrief(self, session_id: int, position: int, answer: str) -> Change:
        with self.store.transaction():
            writable_session(self.store, session_id)
            current = {a.position: a for a in self.store.record.load_debrief(session_id)}
            if position not in current:
                raise ValidationError("This session has no such debrief question.")
            check_lengths(answer)
            saved = replace(current[position], answer=answer)
            self.store.record.save_debrief(session_id, saved)
        return Change(session_id, debrief=(saved,))


STAMP_WORDS = {"confidentiality_accepted_ms": "the candidate's acceptance of the agreement",
               "consent_given_ms": "the candidate's consent to notes",
               "briefing_acknowledged_ms": "the candidate's acknowledgement of the briefing"}
STAMPS = tuple(STAMP_WORDS)


def _check_stamp(field: str) -> None:
    if field not in STAMPS:
        raise ValidationError(f"{field} is not something the candidate acknowledges.")


