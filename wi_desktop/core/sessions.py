"""Plan and run a session: create it, open it, time its tasks, end or delete it. Each write
is one transaction, committed on return (or a part of the caller's batch)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from wi_desktop.core.changes import Change
from wi_desktop.core.clock import Clock
from wi_desktop.core.errors import FinalisedError, InvalidTransition, ValidationError
from wi_desktop.core.model import (
    Competency,
    Departure,
    NewSession,
    PlannedTask,
    Polarity,
    Session,
    SessionSummary,
    Task,
    TaskState,
    Workspace,
)
from wi_desktop.core.ports import Store
from wi_desktop.core.speech import say

if TYPE_CHECKING:  # the record modules load with the first session made, not at start
    from wi_desktop.core.templates import RoleTemplate

MAX_NAME_LENGTH = 200
MAX_REASON_LENGTH = 500
MAX_TASKS = 50
MAX_TASK_MINUTES = 24 * 60


def writable_session(store: Store, session_id: int) -> Session:
    """The session, if it may still change. The one finalise rule: a finalised record is
    read-only until an amendment reopens it."""
    session = store.sessions.load_session(session_id)
    if session.finalised_ms is not None:
        raise FinalisedError()
    return session


def stop_session_clock(store: Store, session: Session, now_ms: int, *,
                       start: bool = True) -> None:
    """End SESSION at NOW_MS: the running task stops, and with it the clock and the paid
    hours (inside the caller's transaction). A session never started counts as started
    then, unless START is False."""
    rows = store.sessions
    for task in rows.load_tasks(session.id):
        if task.state is TaskState.RUNNING:
            rows.close_span(task.id, now_ms)
    started = session.started_ms or (now_ms if start else None)
    rows.set_session_times(session.id, started_ms=started, ended_ms=now_ms)


def _clean_name(value: str, what: str, *, required: bool = True) -> str:
    value = " ".join(value.split())
    if required and not value:
        raise ValidationError(say("Please enter the {what}.").format(what=what))
    if len(value) > MAX_NAME_LENGTH:
        raise ValidationError(say("The {what} is too long (at most {limit} characters).")
                              .format(what=what, limit=MAX_NAME_LENGTH))
    return value


def validate_new_session(new: NewSession) -> NewSession:
    """The session as it will be stored, or a ValidationError saying what is wrong."""
    # checked in the order of the form, so the first message names the first bad field
    candidate_name = _clean_name(new.candidate_name, say("candidate's name"))
    role_name = _clean_name(new.role_name, say("role"))
    location = _clean_name(new.location, say("location"), required=False)
    observer_name = _clean_name(new.observer_name, say("observer's name"))
    if not new.tasks:
        raise ValidationError(say("Please plan at least one task."))
    if len(new.tasks) > MAX_TASKS:
        raise ValidationError(say("A session can hold at most {limit} tasks.")
                              .format(limit=MAX_TASKS))
    tasks = []
    for number, task in enumerate(new.tasks, start=1):
        title = _clean_name(task.title, say("title of task {number}").format(number=number))
        if not 0 < task.planned_minutes <= MAX_TASK_MINUTES:
            raise ValidationError(
                say("Task {number} (“{title}”) needs a time box between 1 minute and 24 hours.")
                .format(number=number, title=title))
        tasks.append(replace(task, title=title))
    return NewSession(candidate_name=candidate_name, role_name=role_name, location=location,
                      observer_name=observer_name, tasks=tuple(tasks),
                      departures=new.departures)


class SessionService:
    """Plan and run a session: create, open, time its tasks, end, delete."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    # settings ------------------------------------------------------------
    def setting(self, key: str) -> str | None:
        """A remembered choice of the observer's (None when never set)."""
        return self.store.settings.get_setting(key)

    def remember(self, key: str, value: str) -> None:
        with self.store.transaction():
            self.store.settings.set_setting(key, value)

    # sessions ------------------------------------------------------------
    def create_session(self, new: NewSession,
                       competencies: Sequence[Competency] | None = None,
                       *, is_demo: bool = False, template: RoleTemplate | None = None) -> int:
        """Create a session, scored on COMPETENCIES (by default the six of the default
        rubric). From a role template, its tasks, rubric, debrief questions and agreement
        texts are copied into the session and frozen there."""
        if competencies is None:
            from wi_desktop.core.rubric import DEFAULT_COMPETENCIES  # not needed at start-up

            competencies = DEFAULT_COMPETENCIES
        departures: tuple[Departure, ...] = ()
        if template is not None:
            competencies = template.to_competencies()
            tasks = _from_template(template, new.tasks) if new.tasks else template.planned_tasks()
            departures = with_reasons(plan_departures(template, tasks), new.departures)
            new = replace(new, role_name=template.name, tasks=tasks, departures=departures)
        new = validate_new_session(new)
        now = self.clock.now_ms()
        with self.store.transaction():
            session_id = self.store.sessions.create_session(new, competencies, now,
                                                            is_demo=is_demo)
            if template is not None:
                self._copy_template(session_id, template, now)
                self.store.sessions.save_departures(session_id, departures)
            else:
                from wi_desktop.core.agreements import (
                    DEFAULT_CONFIDENTIALITY_TEXT,
                    DEFAULT_CONFIDENTIALITY_VERSION,
                    DEFAULT_CONSENT_TEXT,
                    Agreements,
                )

                self.store.agreements.save_agreements(session_id, Agreements(
                    confidentiality_version=DEFAULT_CONFIDENTIALITY_VERSION,
                    confidentiality_text=DEFAULT_CONFIDENTIALITY_TEXT,
                    consent_text=DEFAULT_CONSENT_TEXT), now)
                currency = self._business_currency()
                if currency != "USD":
                    from wi_desktop.core.pay import PayRecord

                    self.store.pay.save_pay(session_id, PayRecord(currency=currency), now)
        return session_id

    def _business_currency(self) -> str:
        """The currency a new session is paid in: the business's (File → Business details)."""
        from wi_desktop.core.business import BusinessService

        return BusinessService(self.store).business().currency

    def _copy_template(self, session_id: int, template: RoleTemplate, now: int) -> None:
        from wi_desktop.core.agreements import Agreements, DebriefAnswer
        from wi_desktop.core.pay import PayRecord
        from wi_desktop.core.templates import template_to_json

        store = self.store
        store.sessions.save_template_copy(session_id, template.name,
                                          template_to_json(template))
        for position, question in enumerate(template.debrief_questions):
            store.agreements.save_debrief(session_id, DebriefAnswer(position, question))
        terms = template.agreements
        store.agreements.save_agreements(session_id, Agreements(
            confidentiality_version=terms.confidentiality.version,
            confidentiality_text=terms.confidentiality.text,
            consent_text=terms.consent_to_notes), now)
        rate = round(terms.hourly_rate * 100) if terms.hourly_rate is not None else None
        store.pay.save_pay(session_id, PayRecord(
            paid=terms.paid, hourly_rate_cents=rate, occupation=template.name,
            worker_status=str(terms.worker_status), currency=self._business_currency()), now)

    def import_record(self, record: dict[str, Any]) -> int:
        """A session record checked by record_import.read_record, written as a new session
        in one transaction (marked imported, unsigned here); returns its id."""
        from wi_desktop.core.record_import import import_record

        with self.store.transaction():
            return import_record(self.store, record, self.clock.now_ms())

    def departures(self, session_id: int) -> tuple[Departure, ...]:
        """How the session's plan departs from its role template, with the reasons."""
        return self.store.sessions.load_departures(session_id)

    def list_sessions(self, limit: int | None = None) -> list[SessionSummary]:
        """Every session, newest first, with its number of notes; the newest LIMIT only,
        when given (a screenful, read before the rest)."""
        return self.store.sessions.summaries(limit)

    def demo_session_id(self) -> int | None:
        """The demo session, if there is one (read through an index, not the list)."""
        return self.store.sessions.demo_session_id()

    def summary(self, session_id: int) -> Session:
        """The session alone, without its tasks, rubric or notes."""
        return self.store.sessions.load_session(session_id)

    def workspace(self, session_id: int) -> Workspace:
        draft, tag, mark = self.store.sessions.load_draft(session_id)
        return Workspace(
            session=self.store.sessions.load_session(session_id),
            tasks=self.store.sessions.load_tasks(session_id),
            competencies=self.store.sessions.load_competencies(session_id),
            scores=self.store.scores.load_scores(session_id),
            draft=draft, draft_competency=tag, draft_polarity=Polarity(mark),
        )

    def timers(self, session_id: int) -> Change:
        """The session row and its tasks as they now are, after a timer changed."""
        return Change(session_id, session=self.store.sessions.load_session(session_id),
                      tasks=self.store.sessions.load_tasks(session_id))

    def end_session(self, session_id: int) -> Change:
        now = self.clock.now_ms()
        with self.store.transaction():
            session = writable_session(self.store, session_id)
            if session.ended_ms is not None:
                raise InvalidTransition(say("This session has already ended."))
            stop_session_clock(self.store, session, now)
        return self.timers(session_id)

    def delete_session(self, session_id: int) -> None:
        with self.store.transaction():
            self.store.sessions.delete_session(session_id)

    # task timers ---------------------------------------------------------
    @contextlib.contextmanager
    def _timer_change(self, session_id: int) -> Iterator[tuple[Session, tuple[Task, ...], int]]:
        now = self.clock.now_ms()
        with self.store.transaction():
            session = writable_session(self.store, session_id)
            if session.ended_ms is not None:
                raise InvalidTransition(
                    say("This session has ended; its tasks can no longer be timed."))
            yield session, self.store.sessions.load_tasks(session_id), now

    def start_task(self, session_id: int, task_id: int) -> Change:
        """Start or resume a task; a task already running elsewhere is paused first."""
        with self._timer_change(session_id) as (session, tasks, now):
            task = _find(tasks, task_id)
            if task.state is TaskState.RUNNING:
                raise InvalidTransition(say("“{title}” is already running.")
                                        .format(title=task.title))
            for other in tasks:
                if other.state is TaskState.RUNNING:
                    self.store.sessions.close_span(other.id, now)
            if task.state is TaskState.DONE:
                self.store.sessions.set_task_completed(task.id, None)
            self.store.sessions.open_span(task.id, now)
            if session.started_ms is None:
                self.store.sessions.set_session_times(session_id, started_ms=now, ended_ms=None)
        return self.timers(session_id)

    def pause_task(self, session_id: int, task_id: int) -> Change:
        with self._timer_change(session_id) as (_session, tasks, now):
            task = _find(tasks, task_id)
            if task.state is not TaskState.RUNNING:
                raise InvalidTransition(say("“{title}” is not running.").format(title=task.title))
            self.store.sessions.close_span(task.id, now)
        return self.timers(session_id)

    def toggle_task(self, session_id: int, task_id: int) -> Change:
        """Start, pause or resume: the one key an observer needs most."""
        task = _find(self.store.sessions.load_tasks(session_id), task_id)
        if task.state is TaskState.RUNNING:
            return self.pause_task(session_id, task_id)
        return self.start_task(session_id, task_id)

    def finish_task(self, session_id: int, task_id: int, *, end_if_last: bool = True) -> Change:
        """Mark a started task done: a running one now; a paused one at the moment it was
        last paused (its true end), which is also how a task left paused is finished once
        the session has ended. Finishing the running task that was the last one open ends
        the session there (END_IF_LAST; the window asks first): its clock and the paid
        time stop. A paused one never ends it: the candidate may still be at work."""
        now = self.clock.now_ms()
        with self.store.transaction():
            session = writable_session(self.store, session_id)
            task = _find(self.store.sessions.load_tasks(session_id), task_id)
            if task.state is TaskState.DONE:
                raise InvalidTransition(say("“{title}” is already done.").format(title=task.title))
            if task.state is TaskState.NOT_STARTED:
                raise InvalidTransition(say("“{title}” has not been started yet.")
                                        .format(title=task.title))
            if task.state is TaskState.RUNNING:
                if session.ended_ms is not None:  # cannot happen: ending pauses every task
                    raise InvalidTransition(say("This session has ended; its tasks can no "
                                                "longer be timed."))
                self.store.sessions.close_span(task.id, now)
                ended = now
            else:  # paused: done when it was last paused
                ended = max(span.stopped_ms or now for span in task.spans)
            self.store.sessions.set_task_completed(task.id, ended)
            if end_if_last and task.state is TaskState.RUNNING and self._last_open(
                    session_id, task.id):
                stop_session_clock(self.store, session, now)  # clock and paid time stop
        return self.timers(session_id)

    def is_last_open(self, session_id: int, task_id: int) -> bool:
        """Whether every other task of the session is done (finishing this one would end
        the session)."""
        return self._last_open(session_id, task_id)

    def _last_open(self, session_id: int, task_id: int) -> bool:
        return all(t.state is TaskState.DONE for t in self.store.sessions.load_tasks(session_id)
                   if t.id != task_id)


def _find(tasks: Sequence[Task], task_id: int) -> Task:
    for task in tasks:
        if task.id == task_id:
            return task
    raise InvalidTransition(say("Task {task_id} is not part of this session.")
                            .format(task_id=task_id))


def _from_template(template: RoleTemplate,
                   tasks: Sequence[PlannedTask]) -> tuple[PlannedTask, ...]:
    """The planned TASKS, each kept with the template's instructions where it has them."""
    instructions = {t.title.strip(): t.instructions for t in template.tasks}
    return tuple(replace(t, title=t.title.strip(),
                         instructions=t.instructions or instructions.get(t.title.strip(), ""))
                 for t in tasks)


def plan_departures(template: RoleTemplate,
                    tasks: Sequence[PlannedTask]) -> tuple[Departure, ...]:
    """How planned TASKS differ from TEMPLATE's, each dropped task, changed time box and
    added task, in the order of the plan. Tasks are matched by their title (its runs of
    white space folded, as the session stores it); a title written twice is matched copy
    by copy, in order, so a second copy added or dropped is a departure too."""
    given: dict[str, list[float]] = {}
    for task in template.tasks:
        given.setdefault(_title(task.title), []).append(task.minutes)
    planned: dict[str, list[float]] = {}
    for planned_task in tasks:
        planned.setdefault(_title(planned_task.title), []).append(planned_task.planned_minutes)
    found = [Departure("dropped", title, minutes, None)
             for title, all_minutes in given.items()
             for minutes in all_minutes[len(planned.get(title, ())):]]
    for title, all_minutes in planned.items():
        template_minutes = given.get(title, [])
        for index, minutes in enumerate(all_minutes):
            if index >= len(template_minutes):
                found.append(Departure("added", title, None, minutes))
            elif minutes != template_minutes[index]:
                found.append(Departure("changed", title, template_minutes[index], minutes))
    return tuple(found)


def _title(text: str) -> str:
    return " ".join(text.split())


def with_reasons(found: Sequence[Departure],
                 given: Sequence[Departure]) -> tuple[Departure, ...]:
    """FOUND departures with the reasons GIVEN for them; a ValidationError naming the first
    one without a reason."""
    reasons: dict[tuple[str, str], list[str]] = {}
    for departure in given:  # a reason per departure, in order for a title written twice
        reasons.setdefault((departure.kind, _title(departure.task)), []).append(
            departure.reason.strip())
    out = []
    for departure in found:
        waiting = reasons.get((departure.kind, departure.task), [])
        reason = waiting.pop(0) if waiting else ""
        if not reason:
            raise ValidationError(say("Say why the plan departs from the role template: "
                                      "{departure}.").format(departure=departure.describe()))
        out.append(replace(departure, reason=reason[:MAX_REASON_LENGTH]))
    return tuple(out)
