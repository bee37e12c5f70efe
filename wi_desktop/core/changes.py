"""What one use case changed in one session, as a frozen value.

Every use case that writes returns a Change. The window publishes it once, and each panel
updates only the parts it shows from what the change carries, without reading the session
again (Anki's OpChanges is the model). An empty part means "not changed".
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, TypeVar

from wi_desktop.core.model import Note, Score, Session, Task

if TYPE_CHECKING:
    from wi_desktop.core.agreements import Agreements, DebriefAnswer, Feedback
    from wi_desktop.core.pay import PayAuditEntry, PayRecord
    from wi_desktop.core.rubric import Recommendation
    from wi_desktop.core.versions import Amendment

T = TypeVar("T")

Link = tuple[str, int, bool | None]
"""A note chosen as evidence for a competency (True), left out (False) or back to what its
tag proposes (None): (competency key, note id, choice)."""


@dataclass(frozen=True)
class Change:
    """The parts of one session a write changed, each as it now is."""

    session_id: int
    notes_added: tuple[Note, ...] = ()
    notes_edited: tuple[Note, ...] = ()
    """The notes as they now are; notes_before holds them as they were."""
    notes_before: tuple[Note, ...] = ()
    notes_removed: tuple[Note, ...] = ()
    """Whole notes, so that undo can put them back."""
    scores: tuple[Score, ...] = ()
    links: tuple[Link, ...] = ()
    links_before: tuple[Link, ...] = ()
    """The evidence choices as they were, where the change took them away (a deleted
    note's: undo puts them back)."""
    recommendation: Recommendation | None = None
    session: Session | None = None
    """The session row, when its times or its finalisation changed."""
    tasks: tuple[Task, ...] | None = None
    """Every task with its timer spans, when a timer changed."""
    pay: PayRecord | None = None
    pay_audit: tuple[PayAuditEntry, ...] = ()
    """The audit entries this change added."""
    agreements: Agreements | None = None
    feedback: Feedback | None = None
    debrief: tuple[DebriefAnswer, ...] = ()
    amendment: Amendment | None = None

    @property
    def note(self) -> Note:
        """The one note this change added or edited."""
        notes = self.notes_added + self.notes_edited
        if len(notes) != 1:
            raise ValueError(f"this change holds {len(notes)} notes, not one")
        return notes[0]

    @property
    def notes_changed(self) -> bool:
        return bool(self.notes_added or self.notes_edited or self.notes_removed)

    @property
    def evidence_changed(self) -> bool:
        """Notes or the evidence chosen among them: what each competency's evidence is."""
        return self.notes_changed or bool(self.links)

    @property
    def record_changed(self) -> bool:
        """Scores, evidence, the recommendation, pay, agreements, feedback or the debrief."""
        return bool(self.scores or self.links or self.recommendation is not None
                    or self.pay is not None or self.agreements is not None
                    or self.feedback is not None or self.debrief)

    @property
    def timers_changed(self) -> bool:
        return self.tasks is not None or self.session is not None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in ((), None) for f in fields(self)
                   if f.name != "session_id")

    def then(self, later: Change) -> Change:
        """This change followed by LATER, as one (for a batch of use cases)."""
        if later.session_id != self.session_id:
            raise ValueError("changes of two sessions cannot be joined")
        return Change(
            self.session_id,
            notes_added=self.notes_added + later.notes_added,
            notes_edited=self.notes_edited + later.notes_edited,
            notes_before=self.notes_before + later.notes_before,
            notes_removed=self.notes_removed + later.notes_removed,
            scores=self.scores + later.scores,
            links=self.links + later.links,
            links_before=self.links_before + later.links_before,
            recommendation=_newer(self.recommendation, later.recommendation),
            session=_newer(self.session, later.session),
            tasks=_newer(self.tasks, later.tasks),
            pay=_newer(self.pay, later.pay),
            pay_audit=self.pay_audit + later.pay_audit,
            agreements=_newer(self.agreements, later.agreements),
            feedback=_newer(self.feedback, later.feedback),
            debrief=self.debrief + later.debrief,
            amendment=_newer(self.amendment, later.amendment),
        )


def _newer(earlier: T | None, later: T | None) -> T | None:
    return later if later is not None else earlier
