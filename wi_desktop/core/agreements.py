"""Agreements with the candidate (confidentiality and IP, consent to notes, the briefing,
what happens to the work produced), the debrief answers and the feedback: what each holds,
and the use cases that record them (each change one transaction)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from wi_desktop.core.changes import Change
from wi_desktop.core.clock import Clock
from wi_desktop.core.errors import ValidationError
from wi_desktop.core.notes import write_note
from wi_desktop.core.pay import WorkProduct, check_lengths
from wi_desktop.core.ports import Store
from wi_desktop.core.sessions import writable_session
from wi_desktop.core.speech import say


@dataclass(frozen=True)
class Agreements:
    """Which confidentiality/IP text (and version) the candidate accepted, consent to notes,
    what happens to the work produced, and when the task briefing was acknowledged."""

    confidentiality_version: str = ""
    confidentiality_text: str = ""
    confidentiality_accepted_ms: int | None = None
    consent_text: str = ""
    consent_given_ms: int | None = None
    work_product: WorkProduct | None = None
    work_product_note: str = ""
    briefing_acknowledged_ms: int | None = None
    entered_afterwards: str = ""
    """JSON: for a stamp entered after the moment it records, who entered it and when
    ({field: {"by": name, "entered_ms": instant}})."""

    def entered_later(self, field: str) -> tuple[str, int] | None:
        """Who entered FIELD's stamp afterwards, and when; None when stamped at the time."""
        if not self.entered_afterwards:
            return None
        import json

        try:
            entry = json.loads(self.entered_afterwards).get(field)
            return (str(entry["by"]), int(entry["entered_ms"])) if entry else None
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


@dataclass(frozen=True)
class Feedback:
    """For the candidate: kept apart from the internal notes."""

    strengths: str = ""
    growth_areas: str = ""
    next_steps: str = ""


@dataclass(frozen=True)
class DebriefAnswer:
    position: int
    question: str
    answer: str = ""


# Used when a session is not made from a role template. Plain words, not legal advice:
# an employer should have its own agreement reviewed and put it in a role template.
DEFAULT_CONFIDENTIALITY_VERSION = "general-1.0"
DEFAULT_CONFIDENTIALITY_TEXT = (
    "During this working interview you may see information about our customers, prices and "
    "ways of working. Please keep it to yourself. Anything you make or write during the "
    "interview is handled as recorded in this session: returned to you, deleted, or kept by "
    "us and paid for. We will not use your work without paying for it."
)
DEFAULT_CONSENT_TEXT = (
    "An observer will write short notes about the tasks you do today and score them against "
    "the same criteria used for every candidate for this role. The notes are kept only for "
    "the hiring decision and for as long as the law requires, and you may ask to see the "
    "information we hold about you."
)


class AgreementService:
    """What the candidate agreed to and was told, and what they were asked and answered."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def agreements(self, session_id: int) -> Agreements:
        return self.store.agreements.load_agreements(session_id)

    def update_agreements(self, session_id: int, **changes: Any) -> Change:
        with self.store.transaction():
            writable_session(self.store, session_id)
            after = replace(self.store.agreements.load_agreements(session_id), **changes)
            check_lengths(after.work_product_note)
            self.store.agreements.save_agreements(session_id, after, self.clock.now_ms())
        return Change(session_id, agreements=after)

    def missing_before_work(self, session_id: int) -> list[str]:
        """What the candidate has not yet acknowledged, accepted or consented to, of what
        should come before the first task: the stamps' fields, in the order they are asked."""
        agreements = self.store.agreements.load_agreements(session_id)
        needed = [("briefing_acknowledged_ms", True),
                  ("confidentiality_accepted_ms", bool(agreements.confidentiality_text.strip())),
                  ("consent_given_ms", bool(agreements.consent_text.strip()))]
        return [field for field, wanted in needed
                if wanted and getattr(agreements, field) is None]

    def record_all_now(self, session_id: int, fields: list[str]) -> Change:
        """Stamp several acknowledgements at once, with the current time (before the work)."""
        for field in fields:
            _check_stamp(field)
        now = self.clock.now_ms()
        return self.update_agreements(session_id, **{field: now for field in fields})

    def record_now(self, session_id: int, field: str) -> Change:
        """Stamp an acceptance, consent or briefing acknowledgement with the current time."""
        _check_stamp(field)
        return self.update_agreements(session_id, **{field: self.clock.now_ms()})

    def record_at(self, session_id: int, field: str, at_ms: int, *,
                  entered_by: str) -> Change:
        """Stamp an acknowledgement given earlier (AT_MS, not now): entered afterwards, and
        marked so with who entered it and when, as a signed record must say."""
        import json

        _check_stamp(field)
        now = self.clock.now_ms()
        if not entered_by.strip():
            raise ValidationError(say("Say who is entering this."))
        if at_ms > now:
            raise ValidationError(say("That time has not come yet: a stamp entered afterwards "
                                      "is in the past."))
        with self.store.transaction():
            session = writable_session(self.store, session_id)
            if at_ms < session.created_ms:
                raise ValidationError(say("That time is before the session was planned."))
            before = self.store.agreements.load_agreements(session_id)
            entries = json.loads(before.entered_afterwards or "{}")
            entries[field] = {"by": " ".join(entered_by.split()), "entered_ms": now}
            stamped: dict[str, Any] = {
                field: at_ms, "entered_afterwards": json.dumps(entries, ensure_ascii=False)}
            after = replace(before, **stamped)
            self.store.agreements.save_agreements(session_id, after, now)
        return Change(session_id, agreements=after)

    def clear_stamp(self, session_id: int, field: str,
                    tz: dt.tzinfo | None = None) -> Change:
        """Take back a stamp recorded by mistake, while the record can still change (once
        finalised, only an amendment reopens it). The timeline keeps a note saying so
        (none when nothing was stamped)."""
        _check_stamp(field)
        now = self.clock.now_ms()
        with self.store.transaction():
            writable_session(self.store, session_id)
            before = self.store.agreements.load_agreements(session_id)
            stamped = getattr(before, field)
            if stamped is None:
                return Change(session_id, agreements=before)
            cleared: dict[str, Any] = {field: None}
            if before.entered_later(field) is not None:  # the mark goes with the stamp
                import json

                entries = json.loads(before.entered_afterwards)
                entries.pop(field, None)
                cleared["entered_afterwards"] = json.dumps(entries, ensure_ascii=False) \
                    if entries else ""
            after = replace(before, **cleared)
            self.store.agreements.save_agreements(session_id, after, now)
            at = dt.datetime.fromtimestamp(stamped / 1000, tz).strftime("%H:%M")
            note = write_note(self.store, session_id,
                              f"Record corrected: {STAMP_WORDS[field]} stamped at {at} was "
                              "taken back (recorded by mistake).", now)
        return Change(session_id, agreements=after, notes_added=(note,))

    def feedback(self, session_id: int) -> Feedback:
        return self.store.agreements.load_feedback(session_id)

    def update_feedback(self, session_id: int, **changes: str) -> Change:
        with self.store.transaction():
            writable_session(self.store, session_id)
            after = replace(self.store.agreements.load_feedback(session_id), **changes)
            check_lengths(after.strengths, after.growth_areas, after.next_steps)
            self.store.agreements.save_feedback(session_id, after, self.clock.now_ms())
        return Change(session_id, feedback=after)

    def debrief(self, session_id: int) -> list[DebriefAnswer]:
        return self.store.agreements.load_debrief(session_id)

    def answer_debrief(self, session_id: int, position: int, answer: str) -> Change:
        with self.store.transaction():
            writable_session(self.store, session_id)
            current = {a.position: a for a in self.store.agreements.load_debrief(session_id)}
            if position not in current:
                raise ValidationError(say("This session has no such debrief question."))
            check_lengths(answer)
            saved = replace(current[position], answer=answer)
            self.store.agreements.save_debrief(session_id, saved)
        return Change(session_id, debrief=(saved,))


STAMP_WORDS = {"confidentiality_accepted_ms": "the candidate's acceptance of the agreement",
               "consent_given_ms": "the candidate's consent to notes",
               "briefing_acknowledged_ms": "the candidate's acknowledgement of the briefing"}
STAMPS = tuple(STAMP_WORDS)


def _check_stamp(field: str) -> None:
    if field not in STAMPS:
        raise ValidationError(say("{field} is not something the candidate acknowledges.")
                              .format(field=field))


