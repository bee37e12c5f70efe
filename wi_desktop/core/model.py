"""The things a working interview is made of, as frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum


class Polarity(IntEnum):
    """Whether a note is evidence of a strength, a concern, or neither."""

    CONCERN = -1
    NEUTRAL = 0
    STRENGTH = 1

    @property
    def symbol(self) -> str:
        return {Polarity.CONCERN: "−", Polarity.NEUTRAL: "", Polarity.STRENGTH: "+"}[self]


class SessionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ENDED = "ended"
    FINALISED = "finalised"

    @property
    def label(self) -> str:
        return {
            SessionStatus.NOT_STARTED: "Not started",
            SessionStatus.IN_PROGRESS: "In progress",
            SessionStatus.ENDED: "Ended",
            SessionStatus.FINALISED: "Finalised",
        }[self]


class TaskState(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"

    @property
    def label(self) -> str:
        return {
            TaskState.NOT_STARTED: "Not started",
            TaskState.RUNNING: "Running",
            TaskState.PAUSED: "Paused",
            TaskState.DONE: "Done",
        }[self]


@dataclass(frozen=True)
class Competency:
    """One competency of a session's frozen rubric, with an anchor per level."""

    key: str
    name: str
    anchors: tuple[str, ...]
    weight: float = 1.0
    hotkey: int = 0

    @property
    def levels(self) -> int:
        return len(self.anchors)

    def anchor(self, level: int) -> str:
        return self.anchors[level - 1]


@dataclass(frozen=True)
class TimerSpan:
    """One stretch of work on a task: a start instant and, once paused, a stop."""

    started_ms: int
    stopped_ms: int | None = None

    def length_ms(self, now_ms: int) -> int:
        end = self.stopped_ms if self.stopped_ms is not None else now_ms
        return max(0, end - self.started_ms)


@dataclass(frozen=True)
class Task:
    """A planned task of a session, with its time box and the spans it has run."""

    id: int
    session_id: int
    position: int
    title: str
    planned_ms: int
    completed_ms: int | None = None
    spans: tuple[TimerSpan, ...] = ()
    instructions: str = ""

    @property
    def state(self) -> TaskState:
        if self.completed_ms is not None:
            return TaskState.DONE
        if not self.spans:
            return TaskState.NOT_STARTED
        if self.spans[-1].stopped_ms is None:
            return TaskState.RUNNING
        return TaskState.PAUSED

    def actual_ms(self, now_ms: int) -> int:
        return sum(span.length_ms(now_ms) for span in self.spans)

    def overrun_ms(self, now_ms: int) -> int:
        """How far past its time box the task is (0 when within it or untimed)."""
        if self.planned_ms <= 0:
            return 0
        return max(0, self.actual_ms(now_ms) - self.planned_ms)


@dataclass(frozen=True, slots=True)  # a long session holds thousands: no dict each
class Note:
    """A live note: its text, when it was written and during which task, tag and mark."""

    id: int
    session_id: int
    created_ms: int
    elapsed_ms: int
    text: str
    task_id: int | None = None
    competency_key: str | None = None
    polarity: Polarity = Polarity.NEUTRAL
    edited_ms: int | None = None


@dataclass(frozen=True)
class Score:
    """The level an observer gave one competency, or "not observed"."""

    competency_key: str
    level: int | None  # None: not observed, which is not a low score
    updated_ms: int


@dataclass(frozen=True)
class Session:
    """One working interview: who, for which role, where, and its clock."""

    id: int
    candidate_name: str
    role_name: str
    location: str
    observer_name: str
    created_ms: int
    started_ms: int | None = None
    ended_ms: int | None = None
    is_demo: bool = False
    finalised_ms: int | None = None  # from then on the record is read-only

    @property
    def status(self) -> SessionStatus:
        if self.finalised_ms is not None:
            return SessionStatus.FINALISED
        if self.ended_ms is not None:
            return SessionStatus.ENDED
        if self.started_ms is None:
            return SessionStatus.NOT_STARTED
        return SessionStatus.IN_PROGRESS

    def elapsed_ms(self, now_ms: int) -> int:
        """The session clock: from the first task start to the end (or now)."""
        if self.started_ms is None:
            return 0
        end = self.ended_ms if self.ended_ms is not None else now_ms
        return max(0, end - self.started_ms)


@dataclass(frozen=True)
class SessionSummary:
    """A line of the session list."""

    id: int
    candidate_name: str
    role_name: str
    created_ms: int
    status: SessionStatus
    note_count: int
    is_demo: bool = False
    observer_name: str = ""
    composite: float | None = None  # None: nothing scored yet
    recommendation: str = ""  # a core.rubric.Recommendation's value; "" before any


@dataclass(frozen=True)
class PlannedTask:
    """A task as planned when a session is created."""

    title: str
    planned_minutes: float
    instructions: str = ""


@dataclass(frozen=True)
class Departure:
    """One way a session's plan differs from its role template, and why: structured
    interviews are comparable only when the differences are on record."""

    kind: str  # "dropped", "changed" (its time box) or "added"
    task: str
    template_minutes: float | None  # None for a task the template does not have
    planned_minutes: float | None  # None for a task dropped from the plan
    reason: str = ""

    def describe(self) -> str:
        """The departure in words, without its reason."""
        planned, template = _minutes(self.planned_minutes), _minutes(self.template_minutes)
        if self.kind == "dropped":
            return f"“{self.task}” dropped (the template plans {template})"
        if self.kind == "changed":
            return f"“{self.task}” time box changed from {template} to {planned}"
        return f"“{self.task}” added ({planned})"


def _minutes(value: float | None) -> str:
    if value is None:
        return "no time box"
    return f"{value:g} min"


@dataclass(frozen=True)
class NewSession:
    """What the observer fills in to create a session."""

    candidate_name: str
    role_name: str
    location: str
    observer_name: str
    tasks: tuple[PlannedTask, ...] = field(default_factory=tuple)
    departures: tuple[Departure, ...] = field(default_factory=tuple)
    """With a role template: how the tasks differ from it, each with its reason."""


@dataclass(frozen=True)
class Workspace:
    """Everything the live view of one session shows."""

    session: Session
    tasks: tuple[Task, ...]
    competencies: tuple[Competency, ...]
    scores: dict[str, Score]
    draft: str = ""
    draft_competency: str | None = None
    """The tag chosen for the line being typed (kept with the draft, through a crash)."""
    draft_polarity: Polarity = Polarity.NEUTRAL

    def running_task(self) -> Task | None:
        return next((t for t in self.tasks if t.state is TaskState.RUNNING), None)

    def task(self, task_id: int) -> Task:
        return next(t for t in self.tasks if t.id == task_id)
