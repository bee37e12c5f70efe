"""Score the rubric: levels, the notes chosen as evidence, the composite and the
recommendation."""

from __future__ import annotations

from collections.abc import Iterable

from wi_desktop.core.changes import Change, Link
from wi_desktop.core.clock import Clock
from wi_desktop.core.errors import NotFound, ValidationError
from wi_desktop.core.model import Note, Score
from wi_desktop.core.ports import Store
from wi_desktop.core.rubric import Composite, Recommendation, composite_score, evidence_for
from wi_desktop.core.sessions import writable_session
from wi_desktop.core.speech import say


class ScoringService:
    """The observer's scores of one data file."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def set_score(self, session_id: int, competency_key: str, level: int | None) -> Change:
        """Score a competency 1..n, or None for “not observed”."""
        competencies = {c.key: c for c in self.store.sessions.load_competencies(session_id)}
        competency = competencies.get(competency_key)
        if competency is None:
            raise ValidationError(
                say("This session's rubric has no competency “{competency_key}”.")
                .format(competency_key=competency_key))
        if level is not None and not 1 <= level <= competency.levels:
            raise ValidationError(
                say("{name} is scored from 1 to {levels}.")
                .format(name=competency.name, levels=competency.levels))
        score = Score(competency_key=competency_key, level=level,
                      updated_ms=self.clock.now_ms())
        with self.store.transaction():
            writable_session(self.store, session_id)
            self.store.scores.save_score(session_id, score)
        return Change(session_id, scores=(score,))

    def scores(self, session_id: int) -> dict[str, Score]:
        return self.store.scores.load_scores(session_id)

    def links(self, session_id: int) -> dict[tuple[str, int], bool]:
        """Evidence chosen or left out by hand: (competency, note id) → included."""
        return self.store.scores.load_links(session_id)

    def evidence(self, session_id: int, notes: list[Note] | None = None) -> dict[str, list[Note]]:
        """Each competency's evidence among NOTES (by default, the session's notes)."""
        if notes is None:
            notes = self.store.notes.load_notes(session_id)
        links = self.store.scores.load_links(session_id)
        return {c.key: evidence_for(c.key, notes, links)
                for c in self.store.sessions.load_competencies(session_id)}

    def link_evidence(self, session_id: int, competency_key: str, note_ids: Iterable[int],
                      included: bool) -> Change:
        """Add (True) or remove (False) notes as evidence, all or none; a tag's default is
        restored when the choice matches what the tag proposes."""
        links: list[Link] = []
        with self.store.transaction():
            writable_session(self.store, session_id)
            for note_id in note_ids:
                try:
                    note: Note | None = self.store.notes.load_note(note_id)
                except NotFound:
                    note = None
                if note is None or note.session_id != session_id:
                    raise ValidationError(say("That note no longer exists."))
                proposed = note.competency_key == competency_key
                choice = None if included == proposed else included
                self.store.scores.set_link(session_id, competency_key, note_id, choice)
                links.append((competency_key, note_id, choice))
        return Change(session_id, links=tuple(links))

    def composite(self, session_id: int) -> Composite:
        return composite_score(self.store.sessions.load_competencies(session_id),
                               self.store.scores.load_scores(session_id))

    def set_recommendation(self, session_id: int, recommendation: Recommendation) -> Change:
        with self.store.transaction():
            writable_session(self.store, session_id)
            self.store.sessions.set_recommendation(session_id, str(recommendation))
        return Change(session_id, recommendation=recommendation)

    def recommendation(self, session_id: int) -> Recommendation:
        return Recommendation(self.store.sessions.load_facts(session_id).recommendation)
