"""What every panel of an open session shares: the use cases, and how a write ended."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from wi_desktop.core.errors import WiError
from wi_desktop.core.history import NoteHistory
from wi_desktop.core.model import Workspace
from wi_desktop.wiring import Services

T = TypeVar("T")
log = logging.getLogger(__name__)


class SessionContext(QObject):
    """Runs use cases for one open session and announces how each one ended."""

    sig_saved = Signal()
    """A change was committed to the data file."""
    sig_failed = Signal(object)
    """A change could not be made; carries the WiError to show in words."""
    sig_workspace_changed = Signal(object)
    """Tasks, timers or session times changed; carries the fresh Workspace."""
    sig_told = Signal(str)
    """A short word for the status bar about what just happened (e.g. how to undo it)."""
    sig_note_added = Signal(object)
    """A note was written by something other than the note line (a record correction);
    carries the Note."""
    sig_notes_changed = Signal()
    """Notes were added, edited or removed (evidence counts may differ)."""
    sig_record_changed = Signal()
    """Scores, evidence, pay, agreements, feedback or the recommendation changed."""

    def __init__(self, services: Services, session_id: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session_id = session_id
        self.history = NoteHistory(session_id)
        self.workspace: Workspace = services.sessions.workspace(session_id)
        from wi_desktop.ui.notes_model import NotesModel

        # the session's notes, read once and shared by every panel that shows them
        self.notes_model = NotesModel(self)
        self.notes_model.set_context(self.workspace.tasks, self.workspace.competencies)
        self.notes_model.set_notes(services.notes.notes(session_id))
        self.last_error: WiError | None = None

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

    def change_workspace(self, action: Callable[[], Workspace]) -> Workspace | None:
        workspace = self.run(action)
        if workspace is not None:
            self.workspace = workspace
            self.sig_workspace_changed.emit(workspace)
        return workspace
