"""Use cases of the live workspace. Each write is one transaction, committed on return."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from wi_desktop.core.clock import Clock
from wi_desktop.core.errors import FinalisedError, InvalidTransition, ValidationError
from wi_desktop.core.model import (
    Competency,
    NewSession,
    Note,
    Polarity,
    Score,
    Session,
    SessionSummary,
    Task,
    TaskState,
    Workspace,
)

if TYPE_CHECKING:  # the record modules load with the first session made, not at start
    from wi_desktop.core.pay import PayRecord
    from wi_desktop.core.record import Agreements, DebriefAnswer
    from wi_desktop.core.templates import RoleTemplate

MAX_NAME_LENGTH = 200
MAX_TASKS = 50
MAX_TASK_MINUTES = 24 * 60
MAX_NOTE_LENGTH = 1_000_000


class _Keep:
    """Marker: leave a note's competency tag as it is."""


KEEP = _Keep


class NoteStore(Protocol):
    def session_for_note(self, session_id: int) -> tuple[Session, int | None]: ...
    def insert_note(self, note: Note) -> int: ...


def write_note(repo: NoteStore, session_id: int, text: str, now_ms: int, *,
               competency_key: str | None = None,
               polarity: Polarity = Polarity.NEUTRAL) -> Note:
    """Insert a note stamped at NOW_MS with the session time and the running task, inside
    the caller's transaction (one read, one write: it is on the path of every Enter)."""
    session, running_task_id = repo.session_for_note(session_id)
    if session.finalised_ms is not None:
        raise FinalisedError()
    note = Note(id=0, session_id=session_id, created_ms=now_ms,
                elapsed_ms=session.elapsed_ms(now_ms), text=text, task_id=running_task_id,
                competency_key=competency_key, polarity=polarity)
    return replace(note, id=repo.insert_note(note))


class Repository(Protocol):
    """What the use cases need from storage."""

    def transaction(self) -> contextlib.AbstractContextManager[None]: ...
    def create_session(self, new: NewSession, competencies: Sequence[Competency],
                       created_ms: int, *, is_demo: bool = False) -> int: ...
    def list_sessions(self) -> list[SessionSummary]: ...
    def load_session(self, session_id: int) -> Session: ...
    def set_session_times(self, session_id: int, *, started_ms: int | None,
                          ended_ms: int | None) -> None: ...
    def delete_session(self, session_id: int) -> None: ...
    def load_tasks(self, session_id: int) -> tuple[Task, ...]: ...
    def session_for_note(self, session_id: int) -> tuple[Session, int | None]: ...
    def get_setting(self, key: str) -> str | None: ...
    def set_setting(self, key: str, value: str) -> None: ...
    def open_span(self, task_id: int, started_ms: int) -> None: ...
    def close_span(self, task_id: int, stopped_ms: int) -> None: ...
    def set_task_completed(self, task_id: int, completed_ms: int | None) -> None: ...
    def load_competencies(self, session_id: int) -> tuple[Competency, ...]: ...
    def load_scores(self, session_id: int) -> dict[str, Score]: ...
    def save_score(self, session_id: int, score: Score) -> None: ...
    def load_notes(self, session_id: int) -> list[Note]: ...
    def load_note(self, note_id: int) -> Note: ...
    def insert_note(self, note: Note) -> int: ...
    def update_note(self, note: Note) -> None: ...
    def delete_note(self, note_id: int) -> None: ...
    def load_draft(self, session_id: int) -> str: ...
    def save_draft(self, session_id: int, text: str, updated_ms: int) -> None: ...
    def save_template_copy(self, session_id: int, name: str, template_json: str) -> None: ...
    def save_debrief(self, session_id: int, answer: DebriefAnswer) -> None: ...
    def save_agreements(self, session_id: int, agreements: Agreements,
                        updated_ms: int) -> None: ...
    def save_pay(self, session_id: int, pay: PayRecord, updated_ms: int) -> None: ...


def _clean_name(value: str, what: str, *, required: bool = True) -> str:
    value = " ".join(value.split())
    if required and not value:
        raise ValidationError(f"Please enter the {what}.")
    if len(value) > MAX_NAME_LENGTH:
        raise ValidationError(f"The {what} is too long (at most {MAX_NAME_LENGTH} characters).")
    return value


def validate_new_session(new: NewSession) -> NewSession:
    """The session as it will be stored, or a ValidationError saying what is wrong."""
    # checked in the order of the form, so the first message names the first bad field
    candidate_name = _clean_name(new.candidate_name, "candidate's name")
    role_name = _clean_name(new.role_name, "role")
    location = _clean_name(new.location, "location", required=False)
    observer_name = _clean_name(new.observer_name, "observer's name")
    if not new.tasks:
        raise ValidationError("Please plan at least one task.")
    if len(new.tasks) > MAX_TASKS:
        raise ValidationError(f"A session can hold at most {MAX_TASKS} tasks.")
    tasks = []
    for number, task in enumerate(new.tasks, start=1):
        title = _clean_name(task.title, f"title of task {number}")
        if not 0 < task.planned_minutes <= MAX_TASK_MINUTES:
            raise ValidationError(
                f"Task {number} (“{title}”) needs a time box between 1 minute and 24 hours.")
        tasks.append(replace(task, title=title))
    return NewSession(candidate_name=candidate_name, role_name=role_name, location=location,
                      observer_name=observer_name, tasks=tuple(tasks))


class SessionService:
    """The observer's actions on sessions, tasks, notes and scores."""

    def __init__(self, repo: Repository, clock: Clock) -> None:
        self.repo = repo
        self.clock = clock

    # settings ------------------------------------------------------------
    def setting(self, key: str) -> str | None:
        """A remembered choice of the observer's (None when never set)."""
        return self.repo.get_setting(key)

    def remember(self, key: str, value: str) -> None:
        with self.repo.transaction():
            self.repo.set_setting(key, value)

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
        if template is not None:
            competencies = template.to_competencies()
            new = replace(new, role_name=template.name, tasks=template.planned_tasks())
        new = validate_new_session(new)
        now = self.clock.now_ms()
        with self.repo.transaction():
            session_id = self.repo.create_session(new, competencies, now, is_demo=is_demo)
            if template is not None:
                self._copy_template(session_id, template, now)
            else:
                from wi_desktop.core.record import (
                    DEFAULT_CONFIDENTIALITY_TEXT,
                    DEFAULT_CONFIDENTIALITY_VERSION,
                    DEFAULT_CONSENT_TEXT,
                    Agreements,
                )

                self.repo.save_agreements(session_id, Agreements(
                    confidentiality_version=DEFAULT_CONFIDENTIALITY_VERSION,
                    confidentiality_text=DEFAULT_CONFIDENTIALITY_TEXT,
                    consent_text=DEFAULT_CONSENT_TEXT), now)
        return session_id

    def _copy_template(self, session_id: int, template: RoleTemplate, now: int) -> None:
        from wi_desktop.core.pay import PayRecord
        from wi_desktop.core.record import Agreements, DebriefAnswer
        from wi_desktop.core.templates import template_to_json

        repo = self.repo
        repo.save_template_copy(session_id, template.name, template_to_json(template))
        for position, question in enumerate(template.debrief_questions):
            repo.save_debrief(session_id, DebriefAnswer(position, question))
        terms = template.agreements
        repo.save_agreements(session_id, Agreements(
            confidentiality_version=terms.confidentiality.version,
            confidentiality_text=terms.confidentiality.text,
            consent_text=terms.consent_to_notes), now)
        rate = round(terms.hourly_rate * 100) if terms.hourly_rate is not None else None
        repo.save_pay(session_id, PayRecord(
            paid=terms.paid, hourly_rate_cents=rate, occupation=template.name,
            worker_status=str(terms.worker_status)), now)

    def list_sessions(self) -> list[SessionSummary]:
        return self.repo.list_sessions()

    def workspace(self, session_id: int) -> Workspace:
        return Workspace(
            session=self.repo.load_session(session_id),
            tasks=self.repo.load_tasks(session_id),
            competencies=self.repo.load_competencies(session_id),
            scores=self.repo.load_scores(session_id),
            draft=self.repo.load_draft(session_id),
        )

    def _open_session(self, session_id: int) -> Session:
        """The session, if it may still change: a finalised record is read-only."""
        session = self.repo.load_session(session_id)
        if session.finalised_ms is not None:
            raise FinalisedError()
        return session

    def end_session(self, session_id: int) -> Workspace:
        now = self.clock.now_ms()
        with self.repo.transaction():
            session = self._open_session(session_id)
            if session.ended_ms is not None:
                raise InvalidTransition("This session has already ended.")
            for task in self.repo.load_tasks(session_id):
                if task.state is TaskState.RUNNING:
                    self.repo.close_span(task.id, now)
            self.repo.set_session_times(session_id, started_ms=session.started_ms or now,
                                        ended_ms=now)
        return self.workspace(session_id)

    def reopen_session(self, session_id: int) -> Workspace:
        with self.repo.transaction():
            session = self._open_session(session_id)
            self.repo.set_session_times(session_id, started_ms=session.started_ms,
                                        ended_ms=None)
        return self.workspace(session_id)

    def delete_session(self, session_id: int) -> None:
        with self.repo.transaction():
            self.repo.delete_session(session_id)

    # task timers ---------------------------------------------------------
    @contextlib.contextmanager
    def _timer_change(self, session_id: int) -> Iterator[tuple[Session, tuple[Task, ...], int]]:
        now = self.clock.now_ms()
        with self.repo.transaction():
            session = self._open_session(session_id)
            if session.ended_ms is not None:
                raise InvalidTransition(
                    "This session has ended. Reopen it to time tasks again.")
            yield session, self.repo.load_tasks(session_id), now

    def start_task(self, session_id: int, task_id: int) -> Workspace:
        """Start or resume a task; a task already running elsewhere is paused first."""
        with self._timer_change(session_id) as (session, tasks, now):
            task = _find(tasks, task_id)
            if task.state is TaskState.RUNNING:
                raise InvalidTransition(f"“{task.title}” is already running.")
            for other in tasks:
                if other.state is TaskState.RUNNING:
                    self.repo.close_span(other.id, now)
            if task.state is TaskState.DONE:
                self.repo.set_task_completed(task.id, None)
            self.repo.open_span(task.id, now)
            if session.started_ms is None:
                self.repo.set_session_times(session_id, started_ms=now, ended_ms=None)
        return self.workspace(session_id)

    def pause_task(self, session_id: int, task_id: int) -> Workspace:
        with self._timer_change(session_id) as (_session, tasks, now):
            task = _find(tasks, task_id)
            if task.state is not TaskState.RUNNING:
                raise InvalidTransition(f"“{task.title}” is not running.")
            self.repo.close_span(task.id, now)
        return self.workspace(session_id)

    def toggle_task(self, session_id: int, task_id: int) -> Workspace:
        """Start, pause or resume: the one key an observer needs most."""
        task = _find(self.repo.load_tasks(session_id), task_id)
        if task.state is TaskState.RUNNING:
            return self.pause_task(session_id, task_id)
        return self.start_task(session_id, task_id)

    def finish_task(self, session_id: int, task_id: int) -> Workspace:
        with self._timer_change(session_id) as (_session, tasks, now):
            task = _find(tasks, task_id)
            if task.state is TaskState.DONE:
                raise InvalidTransition(f"“{task.title}” is already done.")
            if task.state is TaskState.NOT_STARTED:
                raise InvalidTransition(f"“{task.title}” has not been started yet.")
            if task.state is TaskState.RUNNING:
                self.repo.close_span(task.id, now)
            self.repo.set_task_completed(task.id, now)
        return self.workspace(session_id)

    # notes ---------------------------------------------------------------
    def notes(self, session_id: int) -> list[Note]:
        return self.repo.load_notes(session_id)

    def add_note(self, session_id: int, text: str, *, competency_key: str | None = None,
                 polarity: Polarity = Polarity.NEUTRAL, at_ms: int | None = None) -> Note:
        """Commit a note stamped with wall time, session time and the running task.

        ``at_ms``: when the observer pressed Enter, for a note written later (a retry after
        the disk was full); by default, now."""
        text = _clean_note(text)
        now = self.clock.now_ms() if at_ms is None else at_ms
        with self.repo.transaction():
            note = write_note(self.repo, session_id, text, now,
                              competency_key=competency_key, polarity=polarity)
            self.repo.save_draft(session_id, "", now)
        return note

    def edit_note(self, note_id: int, *, text: str | None = None,
                  competency_key: str | None | type[_Keep] = _Keep,
                  polarity: Polarity | None = None) -> tuple[Note, Note]:
        """Change a note's text, tag or mark; returns (before, after)."""
        with self.repo.transaction():
            before = self.repo.load_note(note_id)
            self._open_session(before.session_id)
            after = replace(
                before,
                text=_clean_note(text) if text is not None else before.text,
                competency_key=(before.competency_key if isinstance(competency_key, type)
                                else competency_key),
                polarity=polarity if polarity is not None else before.polarity,
                edited_ms=self.clock.now_ms(),
            )
            self.repo.update_note(after)
        return before, after

    def replace_note(self, note: Note) -> Note:
        """Write a note back exactly as given (used by undo and redo)."""
        with self.repo.transaction():
            self._open_session(note.session_id)
            self.repo.update_note(note)
        return note

    def delete_note(self, note_id: int) -> Note:
        with self.repo.transaction():
            note = self.repo.load_note(note_id)
            self._open_session(note.session_id)
            self.repo.delete_note(note_id)
        return note

    def restore_note(self, note: Note) -> Note:
        """Put a deleted note back with its own id, time and tags."""
        with self.repo.transaction():
            self._open_session(note.session_id)
            self.repo.insert_note(note)
        return note

    def save_draft(self, session_id: int, text: str) -> None:
        with self.repo.transaction():
            self.repo.save_draft(session_id, text[:MAX_NOTE_LENGTH], self.clock.now_ms())

    # scores --------------------------------------------------------------
    def set_score(self, session_id: int, competency_key: str, level: int | None) -> Score:
        """Score a competency 1..n, or None for “not observed”."""
        competencies = {c.key: c for c in self.repo.load_competencies(session_id)}
        competency = competencies.get(competency_key)
        if competency is None:
            raise ValidationError(f"This session's rubric has no competency “{competency_key}”.")
        if level is not None and not 1 <= level <= competency.levels:
            raise ValidationError(
                f"{competency.name} is scored from 1 to {competency.levels}.")
        score = Score(competency_key=competency_key, level=level,
                      updated_ms=self.clock.now_ms())
        with self.repo.transaction():
            self._open_session(session_id)
            self.repo.save_score(session_id, score)
        return score


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # a Python str never holds a valid pair


def _clean_note(text: str) -> str:
    # a lone surrogate (half of a broken emoji from a bad paste) cannot be stored as UTF-8:
    # keep everything else and mark the broken spot, rather than refuse the whole note
    text = _LONE_SURROGATE.sub("\ufffd", text).strip()
    if not text:
        raise ValidationError("A note cannot be empty.")
    if len(text) > MAX_NOTE_LENGTH:
        raise ValidationError(
            f"A note can hold at most {MAX_NOTE_LENGTH:,} characters; "
            "split it into several notes.")
    return text


def _find(tasks: Sequence[Task], task_id: int) -> Task:
    for task in tasks:
        if task.id == task_id:
            return task
    raise InvalidTransition(f"Task {task_id} is not part of this session.")
