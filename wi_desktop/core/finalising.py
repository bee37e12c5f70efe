"""Finalise and amend: the checks before a record is closed, closing it, reopening it with
a named reason, and the signed files kept with it."""

from __future__ import annotations

from collections.abc import Sequence

from wi_desktop.core.changes import Change
from wi_desktop.core.clock import Clock
from wi_desktop.core.errors import InvalidTransition, ValidationError
from wi_desktop.core.model import TaskState
from wi_desktop.core.pay import PayBasis, check_lengths
from wi_desktop.core.ports import Store
from wi_desktop.core.rubric import FinaliseWarning, finalise_warnings
from wi_desktop.core.sessions import stop_session_clock, writable_session
from wi_desktop.core.speech import say
from wi_desktop.core.versions import Amendment, SessionFacts, SignedFile

# warnings about the record, not a competency: the tab where each is mended
PAY_TAB, AGREEMENTS_TAB, TASKS_TAB = "@pay", "@agreements", "@tasks"


class FinaliseService:
    """Closing the record of a session, and what is signed of it."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def finalised_ms(self, session_id: int) -> int | None:
        return self.store.sessions.load_facts(session_id).finalised_ms

    def finalise_warnings(self, session_id: int) -> list[FinaliseWarning]:
        """The rubric's gaps, then the record's: pay, status and agreements the law expects."""
        rubric = finalise_warnings(self.store.sessions.load_competencies(session_id),
                                   self.store.scores.load_scores(session_id),
                                   self.store.notes.load_notes(session_id),
                                   self.store.scores.load_links(session_id))
        return rubric + self._record_warnings(session_id)

    def _record_warnings(self, session_id: int) -> list[FinaliseWarning]:
        """Every gap of the record a reader of the signed summary would notice, each under
        the tab where it is mended."""
        problems = (self._task_gaps(session_id) + self._agreement_gaps(session_id)
                    + self._pay_gaps(session_id))
        return [FinaliseWarning(key, message) for key, message in problems]

    def _task_gaps(self, session_id: int) -> list[tuple[str, str]]:
        problems = []
        for task in self.store.sessions.load_tasks(session_id):
            if task.state is TaskState.NOT_STARTED:
                problems.append((TASKS_TAB, say("“{task}” was never started.").format(
                    task=task.title)))
            elif task.state is TaskState.RUNNING:
                problems.append((TASKS_TAB, say(
                    "“{task}” is still running: finalising stops it now, not done."
                ).format(task=task.title)))
            elif task.state is TaskState.PAUSED:
                problems.append((TASKS_TAB, say(
                    "“{task}” is paused, not finished (select it and Finish task: done "
                    "when last paused).").format(task=task.title)))
        if self.store.sessions.load_session(session_id).ended_ms is None:
            problems.append((TASKS_TAB, say(
                "The session was not ended: finalising stops its clock and the paid hours "
                "now.")))
        return problems

    def _agreement_gaps(self, session_id: int) -> list[tuple[str, str]]:
        agreements = self.store.agreements.load_agreements(session_id)
        problems = []
        if agreements.briefing_acknowledged_ms is None:
            problems.append((AGREEMENTS_TAB, say(
                "The candidate's acknowledgement of the briefing is not recorded.")))
        if agreements.confidentiality_text and agreements.confidentiality_accepted_ms is None:
            problems.append((AGREEMENTS_TAB, say(
                "The confidentiality/IP agreement (version {version}) has not been "
                "accepted.").format(version=agreements.confidentiality_version)))
        if agreements.consent_text and agreements.consent_given_ms is None:
            problems.append((AGREEMENTS_TAB, say("Consent to notes has not been recorded.")))
        if agreements.work_product is None:
            problems.append((AGREEMENTS_TAB, say(
                "What happens to the work produced is not decided.")))
        for answer in sorted(self.store.agreements.load_debrief(session_id),
                             key=lambda a: a.position):
            if not answer.answer.strip():
                problems.append((AGREEMENTS_TAB, say(
                    "Debrief question {number} is not answered: “{question}”").format(
                        number=answer.position + 1, question=answer.question)))
        return problems

    def _pay_gaps(self, session_id: int) -> list[tuple[str, str]]:
        pay = self.store.pay.load_pay(session_id)
        problems = []
        if pay.paid is None:
            problems.append((PAY_TAB, say("Pay is not decided: is this time paid or unpaid?")))
        elif pay.paid and not (pay.fixed_amount_cents if pay.basis is PayBasis.FIXED
                               else pay.hourly_rate_cents):
            problems.append((PAY_TAB, say(
                "The time is paid but no rate or amount is entered, so nothing is owed.")))
        if not pay.worker_status:
            problems.append((PAY_TAB, say(
                "The worker status (employee, contractor or other) is not recorded.")))
        if pay.paid:  # what a payroll record needs of a paid candidate
            for value, words in (
                    (pay.candidate_address, say("For payroll, the candidate's address is not "
                                                "entered.")),
                    (pay.occupation, say("For payroll, the occupation is not entered.")),
                    (pay.payment_date, say("For payroll, the payment date is not entered."))):
                if not value.strip():
                    problems.append((PAY_TAB, words))
        return problems

    def finalise(self, session_id: int, *,
                 acknowledged: Sequence[FinaliseWarning]) -> Change:
        """Finalise once every current warning was seen (the session's finalised_ms says
        when); a clock still running stops, with its tasks."""
        missing = [w for w in self.finalise_warnings(session_id) if w not in acknowledged]
        if missing:
            raise ValidationError(say("Please review these before finalising: {gaps}").format(
                gaps=" ".join(w.message for w in missing)))
        now = self.clock.now_ms()
        with self.store.transaction():
            session = writable_session(self.store, session_id)
            if session.ended_ms is None:  # the record's clock and hours stop here
                stop_session_clock(self.store, session, now, start=False)
            self.store.sessions.set_finalised(session_id, now)
            return Change(session_id, session=self.store.sessions.load_session(session_id),
                          tasks=self.store.sessions.load_tasks(session_id))

    def facts(self, session_id: int) -> SessionFacts:
        return self.store.sessions.load_facts(session_id)

    def amend(self, session_id: int, *, amended_by: str, reason: str) -> Change:
        """Reopen a finalised record for a change. The signed versions stay as they are;
        signing again makes a new version."""
        if not amended_by.strip():
            raise ValidationError(say("Say who is amending this record."))
        if not reason.strip():
            raise ValidationError(
                say("An amendment needs a reason; it is kept with the record."))
        check_lengths(reason)
        with self.store.transaction():
            finalised = self.store.sessions.load_facts(session_id).finalised_ms
            if finalised is None:
                raise InvalidTransition(
                    say("This session is not finalised; change it directly."))
            amendment = Amendment(amended_by.strip(), reason.strip(), self.clock.now_ms(),
                                  finalised)
            self.store.versions.add_amendment(session_id, amendment)
            self.store.sessions.set_finalised(session_id, None)
            return Change(session_id, amendment=amendment,
                          session=self.store.sessions.load_session(session_id))

    def amendments(self, session_id: int) -> list[Amendment]:
        return self.store.versions.load_amendments(session_id)

    def last_signed_record(self, session_id: int) -> tuple[int, str] | None:
        """(version, record JSON) of the last file signed, when its record was kept."""
        return self.store.versions.last_signed_record(session_id)

    def signed_files(self, session_id: int) -> list[SignedFile]:
        return self.store.versions.load_signed_files(session_id)

    def record_signed_file(self, signed: SignedFile, certificate_pem: str,
                           record_json: str = "") -> None:
        """Append a signed file's hash to the record, with the session record it was signed
        with (and keep the certificate that signed)."""
        with self.store.transaction():
            self.store.versions.save_certificate(signed.certificate_sha256, signed.observer,
                                       certificate_pem, signed.signed_ms)
            self.store.versions.add_signed_file(signed, record_json)
