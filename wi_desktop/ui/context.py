"""What every panel of an open session shares: the use cases, and how a write ended."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from wi_desktop.core.changes import Change
from wi_desktop.core.errors import FinalisedError, InvalidTransition, WiError
from wi_desktop.core.history import NoteHistory
from wi_desktop.core.model import Workspace
from wi_desktop.wiring import Services

T = TypeVar("T")
FIRST_NOTES = 400
"""A long session opens with its newest notes (more than a tall screen holds); the rest
are read once those are on screen."""
log = logging.getLogger(__name__)


class SessionContext(QObject):
    """Runs use cases for one open session and publishes what each one changed, once.

    The session's shared state (its Workspace and its one notes model) is brought up to
    date here, before the change is announced; each panel then updates only the parts it
    shows from the Change itself, without reading the session again."""

    sig_saved = Signal()
    """A change was committed to the data file."""
    sig_failed = Signal(object)
    """A change could not be made; carries the WiError to show in words."""
    sig_told = Signal(str)
    """A short word for the status bar about what just happened (e.g. how to undo it)."""
    sig_changed = Signal(object)
    """What a use case changed in this session (a Change), published once per write."""

    def __init__(self, services: Services, session_id: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session_id = session_id
        self.history = NoteHistory(session_id)
        self.workspace: Workspace = services.sessions.workspace(session_id)
        from wi_desktop.ui.notes_model import NotesModel

        # the session's notes, read once and shared by every panel that shows them: the
        # newest first, the rest of a long session once those are on screen (load_rest)
        self.notes_model = NotesModel(self)
        self.notes_model.set_context(self.workspace.tasks, self.workspace.competencies)
        first = services.notes.notes(session_id, newest=FIRST_NOTES)
        self.notes_model.set_notes(first)
        self.complete = len(first) < FIRST_NOTES
        """Every note of the session is in the model (else the older ones are still to come)."""
        self.last_error: WiError | None = None

    def index_text(self) -> None:
        """Take the new notes into the text index (a search finds them before, too): the
        page showing the session calls it once the observer pauses."""
        try:
            self.services.notes.index_text()
        except WiError as error:  # nothing is lost: they wait for the next pause
            log.warning("could not index the notes' text yet: %s", error)

    def load_rest(self) -> None:
        """Read the older notes of a long session and put them above the newest ones,
        published as notes added (counts, evidence and filters follow)."""
        if self.complete:
            return
        model = self.notes_model
        try:
            notes = self.services.notes.notes(self.session_id)
        except WiError as error:  # said; tried again the next time the list is painted
            self.sig_failed.emit(error)
            return
        self.complete = True
        first = model.note_at(0) if model.rowCount() else None
        older = notes if first is None else [
            n for n in notes if (n.created_ms, n.id) < (first.created_ms, first.id)]
        if older:
            model.add_older(older)
            self.sig_changed.emit(Change(self.session_id, notes_added=tuple(older)))

    def now_ms(self) -> int:
        return self.services.clock.now_ms()

    def run(self, action: Callable[[], T]) -> T | None:
        """Run one use case; report saved, or report the failure and return None."""
        try:
            result = action()
        except WiError as error:
            log.warning("action failed: %s", error)
            self.last_error = error
            self.sig_failed.emit(error)
            return None
        self.last_error = None
        self.sig_saved.emit()
        return result

    def attempt(self, action: Callable[[], object]) -> bool:
        """Like run(), for actions that return nothing: True when committed."""
        return self.run(lambda: (action(), True)[1]) is not None

    def apply(self, action: Callable[[], Change]) -> Change | None:
        """Run a use case that writes and publish what it changed; None when it failed."""
        change = self.run(action)
        if change is not None:
            self.publish(change)
        elif isinstance(self.last_error, (FinalisedError, InvalidTransition)):
            self._catch_up()
        return change

    def _catch_up(self) -> None:
        """A write was refused because the session moved on elsewhere (finalised by the
        signing thread, or ended): publish the session row and tasks as they now are."""
        try:
            self.publish(self.services.sessions.timers(self.session_id))
        except WiError as error:
            log.warning("could not read the session back: %s", error)

    def publish(self, change: Change) -> None:
        """Bring the shared state up to date with CHANGE, then announce it once."""
        if change.session_id != self.session_id or change.is_empty():
            return
        workspace = self.workspace
        if change.session is not None or change.tasks is not None or change.scores:
            scores = dict(workspace.scores)
            scores.update((score.competency_key, score) for score in change.scores)
            self.workspace = replace(
                workspace, session=change.session or workspace.session,
                tasks=workspace.tasks if change.tasks is None else change.tasks,
                scores=scores)
        model = self.notes_model
        for note in change.notes_removed:
            model.remove_note(note.id)
        for note in change.notes_edited:
            model.replace_note(note)
        for note in change.notes_added:
            model.add_note(note)
        self.sig_changed.emit(change)
