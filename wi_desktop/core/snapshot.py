"""One session frozen at an instant, holding everything the exported documents show.

The exports read a snapshot and nothing else, so a document is the same whatever changes
in the data file while it is being written. No Qt, no reportlab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from wi_desktop.core.agreements import Agreements, DebriefAnswer, Feedback
from wi_desktop.core.business import Business
from wi_desktop.core.model import (
    Competency,
    Departure,
    Note,
    Score,
    Session,
    Task,
    TaskState,
)
from wi_desktop.core.pay import PayView
from wi_desktop.core.record_diff import RecordChange, changes_since_signed
from wi_desktop.core.rubric import Composite, Recommendation
from wi_desktop.core.use_cases import UseCases
from wi_desktop.core.versions import AmendmentLine, amendment_chain

MarkKind = Literal["typed", "drawn"]


@dataclass(frozen=True)
class SignatureMark:
    """The observer's mark adopted with intent to sign: a typed name or a drawn image."""

    kind: MarkKind
    text: str = ""  # the typed name; for a drawn mark, the signer's printed name
    png: bytes = b""  # the drawn signature, a PNG image
    signed_ms: int = 0


@dataclass(frozen=True)
class TaskTiming:
    """One task as timed when the snapshot was taken."""

    id: int
    position: int
    title: str
    instructions: str
    planned_ms: int
    actual_ms: int
    state: TaskState

    @property
    def overrun_ms(self) -> int:
        """How far past its time box the task went (0 within it or untimed)."""
        return max(0, self.actual_ms - self.planned_ms) if self.planned_ms > 0 else 0


@dataclass(frozen=True)
class RubricLine:
    """One competency with its level (None: not observed) and the notes cited for it."""

    competency: Competency
    level: int | None
    evidence: tuple[int, ...]  # note ids, in timeline order

    @property
    def anchor(self) -> str:
        return self.competency.anchor(self.level) if self.level is not None else ""


@dataclass(frozen=True)
class SessionSnapshot:
    session: Session
    taken_ms: int
    tz: dt.tzinfo
    tasks: tuple[TaskTiming, ...]
    rubric: tuple[RubricLine, ...]
    notes: tuple[Note, ...]  # in timeline order; note n is notes[n - 1]
    composite: Composite
    composite_text: str  # the composite in words, naming what was left out
    recommendation: Recommendation
    pay: PayView
    agreements: Agreements
    feedback: Feedback
    debrief: tuple[DebriefAnswer, ...]
    template_name: str = ""
    departures: tuple[Departure, ...] = ()
    """How the plan departs from the role template, with the reasons given."""
    finalised_ms: int | None = None
    signature: SignatureMark | None = None
    business: Business = Business()
    """The letterhead, and the locale money and dates are written in."""
    amendments: tuple[AmendmentLine, ...] = ()
    """Each time the finalised record was reopened, with the signed version it amends."""
    changed_since: tuple[int, tuple[RecordChange, ...]] | None = None
    """For an amended record: the last version signed, and what changed since it."""

    @cached_property
    def _numbers(self) -> dict[int, int]:
        return {note.id: number for number, note in enumerate(self.notes, start=1)}

    def cited(self, line: RubricLine, limit: int = 40) -> str:
        """The notes cited as evidence for a competency, as the timeline numbers them
        (the first ``limit`` of them: a table cell must fit on a page)."""
        numbers = [n for n in (self._numbers.get(i) for i in line.evidence) if n is not None]
        text = ", ".join(f"N{number}" for number in numbers[:limit])
        if len(numbers) > limit:
            text += f" and {len(numbers) - limit} more (see the timeline)"
        return text

    def task_title(self, task_id: int | None) -> str:
        return next((t.title for t in self.tasks if t.id == task_id), "")

    def competency_name(self, key: str | None) -> str:
        return next((r.competency.name for r in self.rubric if r.competency.key == key),
                    key or "")

    def local(self, instant_ms: int) -> dt.datetime:
        """An instant as wall-clock time where the session took place."""
        return dt.datetime.fromtimestamp(instant_ms / 1000, self.tz)

    @property
    def day_ms(self) -> int:
        """The instant that dates the session: its start, else its creation."""
        return self.session.started_ms or self.session.created_ms


def build_snapshot(cases: UseCases, session_id: int, *, now_ms: int,
                   tz: dt.tzinfo | None = None,
                   signature: SignatureMark | None = None) -> SessionSnapshot:
    """Read everything the documents need about one session, as of NOW_MS, in one read
    of the file (a write in between cannot mix two states into one document)."""
    zone = tz or dt.datetime.now().astimezone().tzinfo or dt.UTC
    with cases.reading():
        workspace = cases.sessions.workspace(session_id)
        notes = tuple(sorted(cases.notes.notes(session_id),
                             key=lambda n: (n.created_ms, n.id)))
        numbers = {note.id: number for number, note in enumerate(notes, start=1)}
        evidence = cases.scoring.evidence(session_id, list(notes))
        rubric = tuple(
            RubricLine(c, _level(workspace.scores, c.key),
                       tuple(sorted((n.id for n in evidence.get(c.key, ())),
                                    key=lambda i: numbers.get(i, 0))))
            for c in workspace.competencies)
        composite = cases.scoring.composite(session_id)
        facts = cases.finalising.facts(session_id)
        agreed = cases.agreements
        chain = amendment_chain(cases.finalising.amendments(session_id),
                                cases.finalising.signed_files(session_id))
        return SessionSnapshot(
            session=workspace.session, taken_ms=now_ms, tz=zone,
            tasks=tuple(_timing(t, now_ms) for t in workspace.tasks),
            rubric=rubric, notes=notes, composite=composite,
            composite_text=composite.describe({c.key: c.name for c in workspace.competencies}),
            recommendation=cases.scoring.recommendation(session_id),
            pay=cases.pay.pay_view(session_id, zone),
            agreements=agreed.agreements(session_id),
            feedback=agreed.feedback(session_id),
            debrief=tuple(sorted(agreed.debrief(session_id), key=lambda a: a.position)),
            template_name=facts.template_name,
            departures=cases.sessions.departures(session_id),
            finalised_ms=facts.finalised_ms,
            signature=signature, business=cases.business.business(),
            amendments=chain,
            changed_since=changes_since_signed(cases, session_id, now_ms, zone) if chain
            else None)


def _level(scores: Mapping[str, Score], key: str) -> int | None:
    score = scores.get(key)
    return score.level if score is not None else None


def _timing(task: Task, now_ms: int) -> TaskTiming:
    return TaskTiming(id=task.id, position=task.position, title=task.title,
                      instructions=task.instructions, planned_ms=task.planned_ms,
                      actual_ms=task.actual_ms(now_ms), state=task.state)
