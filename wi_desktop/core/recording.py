"""Use cases of the structured record: evidence, composite, recommendation, pay with its
audit trail, agreements, debrief, feedback and finalising. One transaction per change."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Protocol

from wi_desktop.core.clock import Clock
from wi_desktop.core.errors import (
    FinalisedError,
    InvalidTransition,
    ReasonRequired,
    ValidationError,
)
from wi_desktop.core.model import Competency, Note, Score, Session, Task, TaskState
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
from wi_desktop.core.record import (
    Agreements,
    Amendment,
    DebriefAnswer,
    Feedback,
    SessionFacts,
    SignedFile,
)
from wi_desktop.core.rubric import (
    Composite,
    FinaliseWarning,
    Recommendation,
    composite_score,
    evidence_for,
    finalise_warnings,
)
from wi_desktop.core.sessions import write_note

MAX_TEXT = 20_000
PAY_TAB, AGREEMENTS_TAB = "@pay", "@agreements"  # warnings about the record, not a competency
PAY_FIELD_NAMES = tuple(f.name for f in fields(PayRecord))


class RecordRepository(Protocol):
    def transaction(self) -> contextlib.AbstractContextManager[None]: ...
    def load_session(self, session_id: int) -> Session: ...
    def load_tasks(self, session_id: int) -> tuple[Task, ...]: ...
    def load_competencies(self, session_id: int) -> tuple[Competency, ...]: ...
    def load_scores(self, session_id: int) -> dict[str, Score]: ...
    def load_notes(self, session_id: int) -> list[Note]: ...
    def insert_note(self, note: Note) -> int: ...
    def session_for_note(self, session_id: int) -> tuple[Session, int | None]: ...
    def load_facts(self, session_id: int) -> SessionFacts: ...
    def close_span(self, task_id: int, stopped_ms: int) -> None: ...
    def set_session_times(self, session_id: int, *, started_ms: int | None,
                          ended_ms: int | None) -> None: ...
    def set_recommendation(self, session_id: int, recommendation: str) -> None: ...
    def set_finalised(self, session_id: int, finalised_ms: int | None) -> None: ...
    def load_pay(self, session_id: int) -> PayRecord: ...
    def save_pay(self, session_id: int, pay: PayRecord, updated_ms: int) -> None: ...
    def add_pay_audit(self, session_id: int, entry: PayAuditEntry) -> None: ...
    def load_pay_audit(self, session_id: int) -> list[PayAuditEntry]: ...
    def load_agreements(self, session_id: int) -> Agreements: ...
    def save_agreements(self, session_id: int, agreements: Agreements,
                        updated_ms: int) -> None: ...
    def load_feedback(self, session_id: int) -> Feedback: ...
    def save_feedback(self, session_id: int, feedback: Feedback, updated_ms: int) -> None: ...
    def load_debrief(self, session_id: int) -> list[DebriefAnswer]: ...
    def save_debrief(self, session_id: int, answer: DebriefAnswer) -> None: ...
    def load_links(self, session_id: int) -> dict[tuple[str, int], bool]: ...
    def add_signed_file(self, signed: SignedFile) -> None: ...
    def load_signed_files(self, session_id: int) -> list[SignedFile]: ...
    def add_amendment(self, session_id: int, amendment: Amendment) -> None: ...
    def load_amendments(self, session_id: int) -> list[Amendment]: ...
    def save_certificate(self, sha256: str, observer: str, certificate_pem: str,
                         added_ms: int) -> None: ...
    def set_link(self, session_id: int, competency_key: str, note_id: int,
                 included: bool | None) -> None: ...


@dataclass(frozen=True)
class PayView:
    pay: PayRecord
    hours: Hours
    owed_cents: int
    audit: tuple[PayAuditEntry, ...]


class RecordService:
    """What the observer records around the live notes, and the checks before finalising."""

    def __init__(self, repo: RecordRepository, clock: Clock) -> None:
        self.repo = repo
        self.clock = clock

    def finalised_ms(self, session_id: int) -> int | None:
        return self.repo.load_facts(session_id).finalised_ms

    def _writable(self, session_id: int) -> None:
        if self.repo.load_facts(session_id).finalised_ms is not None:
            raise FinalisedError()

    # evidence and scores -------------------------------------------------
    def evidence(self, session_id: int) -> dict[str, list[Note]]:
        notes = self.repo.load_notes(session_id)
        links = self.repo.load_links(session_id)
        return {c.key: evidence_for(c.key, notes, links)
                for c in self.repo.load_competencies(session_id)}

    def link_evidence(self, session_id: int, competency_key: str, note_id: int,
                      included: bool) -> None:
        """Add (True) or remove (False) a note as evidence; a tag's default is restored
        when the choice matches what the tag proposes."""
        with self.repo.transaction():
            self._writable(session_id)
            notes = {n.id: n for n in self.repo.load_notes(session_id)}
            if note_id not in notes:
                raise ValidationError("That note no longer exists.")
            proposed = notes[note_id].competency_key == competency_key
            self.repo.set_link(session_id, competency_key, note_id,
                               None if included == proposed else included)

    def composite(self, session_id: int) -> Composite:
        return composite_score(self.repo.load_competencies(session_id),
                               self.repo.load_scores(session_id))

    def set_recommendation(self, session_id: int, recommendation: Recommendation) -> None:
        with self.repo.transaction():
            self._writable(session_id)
            self.repo.set_recommendation(session_id, str(recommendation))

    def recommendation(self, session_id: int) -> Recommendation:
        return Recommendation(self.repo.load_facts(session_id).recommendation)

    def finalise_warnings(self, session_id: int) -> list[FinaliseWarning]:
        """The rubric's gaps, then the record's: pay, status and agreements the law expects."""
        rubric = finalise_warnings(self.repo.load_competencies(session_id),
                                   self.repo.load_scores(session_id),
                                   self.repo.load_notes(session_id),
                                   self.repo.load_links(session_id))
        return rubric + self._record_warnings(session_id)

    def _record_warnings(self, session_id: int) -> list[FinaliseWarning]:
        pay, terms = self.repo.load_pay(session_id), self.repo.load_agreements(session_id)
        problems: list[tuple[str, str]] = []
        if pay.paid is None:
            problems.append((PAY_TAB, "Pay is not decided: is this time paid or unpaid?"))
        elif pay.paid and not (pay.fixed_amount_cents if pay.basis is PayBasis.FIXED
                               else pay.hourly_rate_cents):
            problems.append((PAY_TAB, "The time is paid but no rate or amount is entered, so "
                                      "nothing is owed."))
        if not pay.worker_status:
            problems.append((PAY_TAB, "The worker status (employee, contractor or other) is "
                                      "not recorded."))
        if terms.confidentiality_text and terms.confidentiality_accepted_ms is None:
            problems.append((AGREEMENTS_TAB, "The confidentiality/IP agreement (version "
                             f"{terms.confidentiality_version}) has not been accepted."))
        if terms.consent_text and terms.consent_given_ms is None:
            problems.append((AGREEMENTS_TAB, "Consent to notes has not been recorded."))
        if terms.work_product is None:
            problems.append((AGREEMENTS_TAB, "What happens to the work produced is not "
                                             "decided."))
        return [FinaliseWarning(key, message) for key, message in problems]

    def finalise(self, session_id: int, *, acknowledged: Sequence[FinaliseWarning]) -> int:
        """Finalise once every current warning was seen; returns the finalised instant."""
        missing = [w for w in self.finalise_warnings(session_id) if w not in acknowledged]
        if missing:
            raise ValidationError("Please review these before finalising: "
                                  + " ".join(w.message for w in missing))
        now = self.clock.now_ms()
        with self.repo.transaction():
            self._writable(session_id)
            session = self.repo.load_session(session_id)
            if session.ended_ms is None:  # the record's clock and hours stop here
                for task in self.repo.load_tasks(session_id):
                    if task.state is TaskState.RUNNING:
                        self.repo.close_span(task.id, now)
                self.repo.set_session_times(session_id, started_ms=session.started_ms,
                                            ended_ms=now)
            self.repo.set_finalised(session_id, now)
        return now

    def facts(self, session_id: int) -> SessionFacts:
        return self.repo.load_facts(session_id)

    def amend(self, session_id: int, *, amended_by: str, reason: str) -> Amendment:
        """Reopen a finalised record for a change. The signed versions stay as they are;
        signing again makes a new version."""
        if not amended_by.strip():
            raise ValidationError("Say who is amending this record.")
        if not reason.strip():
            raise ValidationError("An amendment needs a reason; it is kept with the record.")
        _check_lengths(reason)
        with self.repo.transaction():
            finalised = self.repo.load_facts(session_id).finalised_ms
            if finalised is None:
                raise InvalidTransition("This session is not finalised; change it directly.")
            amendment = Amendment(amended_by.strip(), reason.strip(), self.clock.now_ms(),
                                  finalised)
            self.repo.add_amendment(session_id, amendment)
            self.repo.set_finalised(session_id, None)
        return amendment

    def amendments(self, session_id: int) -> list[Amendment]:
        return self.repo.load_amendments(session_id)

    def signed_files(self, session_id: int) -> list[SignedFile]:
        return self.repo.load_signed_files(session_id)

    def record_signed_file(self, signed: SignedFile, certificate_pem: str) -> None:
        """Append a signed file's hash to the record (and keep the certificate that signed)."""
        with self.repo.transaction():
            self.repo.save_certificate(signed.certificate_sha256, signed.observer,
                                       certificate_pem, signed.signed_ms)
            self.repo.add_signed_file(signed)

    # pay -----------------------------------------------------------------
    def pay_view(self, session_id: int, tz: dt.tzinfo | None = None) -> PayView:
        pay = self.repo.load_pay(session_id)
        hours = hours_worked(self.repo.load_session(session_id),
                             self.repo.load_tasks(session_id), self.clock.now_ms(), pay, tz)
        return PayView(pay, hours, amount_owed_cents(pay, hours),
                       tuple(self.repo.load_pay_audit(session_id)))

    def update_pay(self, session_id: int, changes: Mapping[str, Any], *, changed_by: str,
                   reason: str = "") -> PayRecord:
        """Change pay fields; each change is kept in the audit trail (who, when, old, new,
        why). Correcting a value already set, or the hours, needs a reason."""
        unknown = set(changes) - set(PAY_FIELD_NAMES)
        if unknown:
            raise ValidationError(f"Unknown pay field: {', '.join(sorted(unknown))}.")
        if not changed_by.strip():
            raise ValidationError("Say who is making this change.")
        now = self.clock.now_ms()
        with self.repo.transaction():
            self._writable(session_id)
            before = self.repo.load_pay(session_id)
            after = _validated_pay(replace(before, **changes))
            entered = {e.field for e in self.repo.load_pay_audit(session_id)}
            entries = _audit_entries(before, after, entered, changed_by.strip(),
                                     reason.strip(), now)
            for entry in entries:
                self.repo.add_pay_audit(session_id, entry)
            if entries:
                self.repo.save_pay(session_id, after, now)
        return after

    def correct_hours(self, session_id: int, per_day: Sequence[tuple[dt.date, int]], *,
                      changed_by: str, reason: str, tz: dt.tzinfo | None = None) -> PayRecord:
        """Set the paid hours by hand, day by day (payroll records hours each day); the
        total is their sum. Both go into the audit trail with the reason."""
        if not reason.strip():
            raise ReasonRequired("Correcting the hours needs a reason; it is kept in the "
                                 "audit trail.", field="hours_override_ms")
        session = self.repo.load_session(session_id)
        hours = hours_worked(session, self.repo.load_tasks(session_id), self.clock.now_ms(),
                             self.repo.load_pay(session_id), tz)
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
                               reason: str) -> PayRecord:
        """Pay the hours the timers recorded again, dropping the correction (kept in the
        audit trail with the reason)."""
        if not reason.strip():
            raise ReasonRequired("Going back to the timed hours needs a reason; it is kept in "
                                 "the audit trail.", field="hours_override_ms")
        return self.update_pay(session_id, {"hours_override_days": "",
                                            "hours_override_ms": None},
                               changed_by=changed_by, reason=reason)

    # agreements, debrief, feedback ---------------------------------------
    def agreements(self, session_id: int) -> Agreements:
        return self.repo.load_agreements(session_id)

    def update_agreements(self, session_id: int, **changes: Any) -> Agreements:
        with self.repo.transaction():
            self._writable(session_id)
            after = replace(self.repo.load_agreements(session_id), **changes)
            _check_lengths(after.work_product_note)
            self.repo.save_agreements(session_id, after, self.clock.now_ms())
        return after

    def record_now(self, session_id: int, field: str) -> Agreements:
        """Stamp an acceptance, consent or briefing acknowledgement with the current time."""
        _check_stamp(field)
        return self.update_agreements(session_id, **{field: self.clock.now_ms()})

    def clear_stamp(self, session_id: int, field: str,
                    tz: dt.tzinfo | None = None) -> tuple[Agreements, Note | None]:
        """Take back a stamp recorded by mistake, while the record can still change (once
        finalised, only an amendment reopens it). The timeline keeps a note saying so:
        returns the agreements and that note (None when nothing was stamped)."""
        _check_stamp(field)
        now = self.clock.now_ms()
        with self.repo.transaction():
            self._writable(session_id)
            before = self.repo.load_agreements(session_id)
            stamped = getattr(before, field)
            if stamped is None:
                return before, None
            cleared: dict[str, Any] = {field: None}
            after = replace(before, **cleared)
            self.repo.save_agreements(session_id, after, now)
            at = dt.datetime.fromtimestamp(stamped / 1000, tz).strftime("%H:%M")
            note = write_note(self.repo, session_id,
                              f"Record corrected: {STAMP_WORDS[field]} stamped at {at} was "
                              "taken back (recorded by mistake).", now)
        return after, note

    def feedback(self, session_id: int) -> Feedback:
        return self.repo.load_feedback(session_id)

    def update_feedback(self, session_id: int, **changes: str) -> Feedback:
        with self.repo.transaction():
            self._writable(session_id)
            after = replace(self.repo.load_feedback(session_id), **changes)
            _check_lengths(after.strengths, after.growth_areas, after.next_steps)
            self.repo.save_feedback(session_id, after, self.clock.now_ms())
        return after

    def debrief(self, session_id: int) -> list[DebriefAnswer]:
        return self.repo.load_debrief(session_id)

    def answer_debrief(self, session_id: int, position: int, answer: str) -> DebriefAnswer:
        with self.repo.transaction():
            self._writable(session_id)
            current = {a.position: a for a in self.repo.load_debrief(session_id)}
            if position not in current:
                raise ValidationError("This session has no such debrief question.")
            _check_lengths(answer)
            saved = replace(current[position], answer=answer)
            self.repo.save_debrief(session_id, saved)
        return saved


STAMP_WORDS = {"confidentiality_accepted_ms": "the candidate's acceptance of the agreement",
               "consent_given_ms": "the candidate's consent to notes",
               "briefing_acknowledged_ms": "the candidate's acknowledgement of the briefing"}
STAMPS = tuple(STAMP_WORDS)


def _check_stamp(field: str) -> None:
    if field not in STAMPS:
        raise ValidationError(f"{field} is not something the candidate acknowledges.")


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
    _check_lengths(pay.unpaid_reason, pay.candidate_address, pay.occupation,
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


def _check_lengths(*texts: str) -> None:
    if any(len(t) > MAX_TEXT for t in texts):
        raise ValidationError(f"That text is too long (at most {MAX_TEXT:,} characters).")
