"""Live notes: a note line always one keystroke away, and the session's notes as a list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.changes import Change
from wi_desktop.core.errors import ValidationError, WiError
from wi_desktop.core.model import Competency, Note, Polarity
from wi_desktop.core.notes import BROKEN_KEPT, MAX_NOTE_LENGTH, has_broken_characters
from wi_desktop.core.speech import say
from wi_desktop.ui.accessible import announce, describe
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.note_entry import NoteEntry, split_mark
from wi_desktop.ui.notes_model import NotesModel
from wi_desktop.ui.notes_view import NotesView
from wi_desktop.ui.rich_text import escape_html
from wi_desktop.ui.tag_bar import TagBar

WIDTHS_KEY = "notes_column_widths"
WIDTHS_SAVE_MS = 600
DEFAULT_WIDTHS = {NotesModel.TIME: 64, NotesModel.ELAPSED: 58, NotesModel.TASK: 104,
                  NotesModel.COMPETENCY: 104, NotesModel.MARK: 24}
DRAFT_SAVE_MS = 400  # the typed line reaches the file within this (well under 1 s)
RETRY_MS = 5000  # a note that could not be written is tried again this often


class NotesPanel(QWidget):
    """Notes of the open session: commit, edit, delete, tag, undo and redo."""

    sig_history_changed = Signal()
    """What undo/redo would do has changed (for menu labels)."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = context.notes_model
        self.entry = NoteEntry(self)
        self.entry.setObjectName("noteEntry")
        self.entry.setPlaceholderText(
            self.tr("Type what you see and press Enter  ·  Ctrl+1…6 competency  ·  "
                    "Ctrl++ strength  ·  Ctrl+− concern"))
        self.entry.setClearButtonEnabled(True)
        self.entry.setMaxLength(MAX_NOTE_LENGTH)  # Qt's default would cut a note at 32,767
        self.tags = TagBar(self)
        self.view = NotesView(self.entry, self)
        describe(self.view, self.tr("Notes of this session"), self.tr(
            "Every note, newest last: time, session time, task, competency, strength or "
            "concern, and the note. F2 edits the selected note, Delete removes it; typing goes "
            "to the note line."))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("noteCount")
        self.filing_label = QLabel(self)
        """Under which task the next note will be filed (the running one, or none)."""
        self.filing_label.setObjectName("noteFiling")
        # a long task title is cut at the column's edge rather than widening the column
        self.filing_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._saved_draft = ""
        self._saved_tags: tuple[str | None, Polarity] = (None, Polarity.NEUTRAL)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self._retry)
        self._failed_text: str | None = None
        self._failed_at = 0
        self._build()
        self._load()

    def _build(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.set_column_widths(self._remembered_widths())
        self._widths_timer = QTimer(self)
        self._widths_timer.setSingleShot(True)
        self._widths_timer.setInterval(WIDTHS_SAVE_MS)  # once the observer stops dragging
        self._widths_timer.timeout.connect(self._remember_widths)
        view.sig_widths_chosen.connect(self._widths_timer.start)
        view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.entry.sig_commit.connect(self.commit_entry)
        self.entry.sig_long_paste.connect(self.commit_long_note)
        self.entry.sig_to_list.connect(self.to_list)
        self.entry.textChanged.connect(self._schedule_draft)
        self.tags.sig_changed.connect(self._schedule_draft)  # a tag is part of the draft
        self.context.sig_changed.connect(self._changed)
        # the rest of a long session is read once its newest notes are on screen
        view.sig_painted.connect(self._load_rest_soon)
        self.model.rowsAboutToBeInserted.connect(self._note_where_the_list_is)
        self._at_bottom = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QHBoxLayout()
        heading = QLabel("<b>" + self.tr("Notes") + "</b>", self)
        title.addWidget(heading)
        title.addStretch(1)
        title.addWidget(self.count_label)
        layout.addLayout(title)
        layout.addWidget(view.frame, 1)
        layout.addWidget(self.tags)
        layout.addWidget(self.filing_label)
        layout.addWidget(self.entry)

    def _load(self) -> None:
        workspace = self.context.workspace
        self.tags.set_competencies(workspace.competencies)
        self.entry.setText(workspace.draft)  # a line typed before a crash comes back,
        if workspace.draft_competency is not None:  # with its tag and mark
            self.tags.toggle_competency(workspace.draft_competency)
        if workspace.draft_polarity is not Polarity.NEUTRAL:
            self.tags.toggle_polarity(workspace.draft_polarity)
        self._saved_draft = workspace.draft
        self._saved_tags = (workspace.draft_competency, workspace.draft_polarity)
        self._draft_timer.stop()
        self._update_count()
        self.show_filing()
        self.view.scrollToBottom()
        self._scrolled_when_shown = False
        self._kept_in_sight: int | None = None  # a note shown on purpose (a search's Enter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._scrolled_when_shown:  # the list's real height is known only now
            self._scrolled_when_shown = True
            QTimer.singleShot(0, self._scroll_as_shown)

    def _scroll_as_shown(self) -> None:
        """The newest note in sight, unless a note was asked for (it stays in sight)."""
        row = None if self._kept_in_sight is None else self.model.row_of(self._kept_in_sight)
        if row is None:
            self.view.scrollToBottom()
        else:
            self.view.scrollTo(self.model.index(row, 0),
                               QAbstractItemView.ScrollHint.PositionAtCenter)

    def _remembered_widths(self) -> dict[int, int]:
        """The column widths the observer chose last time, or the defaults."""
        widths = dict(DEFAULT_WIDTHS)
        try:
            saved = self.context.services.sessions.setting(WIDTHS_KEY) or ""
        except WiError:
            saved = ""
        values = saved.split(",")
        if len(values) == len(widths) and all(v.isdigit() for v in values):
            for column, value in zip(widths, values, strict=True):
                widths[column] = min(max(int(value), 24), 600)
        return widths

    def _remember_widths(self) -> None:
        wanted = self.view.wanted_widths()
        text = ",".join(str(wanted.get(c, w)) for c, w in DEFAULT_WIDTHS.items())
        services = self.context.services
        self.context.attempt(lambda: services.sessions.remember(WIDTHS_KEY, text))

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText((self.tr("{count} note") if count == 1
                                  else self.tr("{count} notes")).format(count=count))

    # drafts --------------------------------------------------------------
    def _schedule_draft(self) -> None:
        if not self._draft_timer.isActive():  # throttle, not debounce: fast typists too
            self._draft_timer.start()

    def save_draft(self) -> None:
        text = self.entry.text()
        tags = (self.tags.competency(), self.tags.polarity()) if text else (None,
                                                                              Polarity.NEUTRAL)
        if text == self._saved_draft and tags == self._saved_tags:
            return
        services, session_id = self.context.services, self.context.session_id
        if self.context.attempt(lambda: services.notes.save_draft(
                session_id, text, competency_key=tags[0], polarity=tags[1])):
            self._saved_draft, self._saved_tags = text, tags

    def flush(self) -> None:
        """Write the pending draft now (on quit, or when leaving the session)."""
        self._draft_timer.stop()
        self.save_draft()

    # commands ------------------------------------------------------------
    def commit_long_note(self, text: str) -> Note | None:
        """Check a long or multi-line note in a roomy box, then commit it as it is."""
        from wi_desktop.ui.dialogs.edit_note import ask_note_text

        for _attempt in range(20):  # the observer can always cancel; never loop for ever
            edited = ask_note_text(self, text, title=self.tr("New note"))
            if edited is None:
                return None
            note = self.commit_text(edited)
            if note is not None or not isinstance(self.context.last_error, ValidationError):
                return note
            text = edited  # e.g. too long: shown again to trim, never thrown away
        return None

    def commit_entry(self) -> Note | None:
        typed = self.entry.text()
        retrying = self._failed_text is not None and typed == self._failed_text
        pressed_at = self._failed_at if retrying else self.context.now_ms()
        note = self.commit_text(typed, at_ms=pressed_at)
        if note is None and typed.strip() and self.context.last_error is not None:
            self._failed_text = typed  # kept in the line; tried again until it is written
            self._failed_at = pressed_at  # and stamped with when Enter was pressed
            self._retry_timer.start()
        else:
            self._failed_text = None
        return note

    def _retry(self) -> None:
        """Try the unsaved note again, unless the observer has changed it since."""
        if self._failed_text is not None and self.entry.text() == self._failed_text:
            self.commit_entry()

    def commit_text(self, typed: str, *, at_ms: int | None = None) -> Note | None:
        text, mark = split_mark(typed)
        if not text.strip():
            return None
        polarity = mark if mark is not None else self.tags.polarity()
        services, session_id = self.context.services, self.context.session_id
        competency = self.tags.competency()
        change = self.context.apply(lambda: services.notes.add_note(
            session_id, text, competency_key=competency, polarity=polarity, at_ms=at_ms))
        if change is None:
            return None  # the text stays in the line, to be tried again
        self._saved_draft, self._saved_tags = "", (None, Polarity.NEUTRAL)
        self.entry.clear()  # the draft was cleared in the same transaction as the insert
        self._draft_timer.stop()
        self.tags.reset()
        self._record(change, self.tr("add note"))
        said = self.tr("Note {number} saved").format(number=self.model.rowCount())
        announce(self.view, said)  # to a screen reader
        if has_broken_characters(text):  # a bad paste: kept, marked and said
            self.context.sig_told.emit(say(BROKEN_KEPT))
        return change.note

    def _load_rest_soon(self) -> None:
        if not self.context.complete:  # after this paint, not inside it
            QTimer.singleShot(0, self.context.load_rest)

    def _note_where_the_list_is(self) -> None:
        bar = self.view.verticalScrollBar()
        self._at_bottom = bar.value() >= bar.maximum() - 2

    def show_filing(self) -> None:
        """Say under which task the next note goes: notes are filed under the task that is
        running when Enter is pressed, whichever task is selected."""
        running = self.context.workspace.running_task()
        self.filing_label.setText(
            self.tr("Notes go to the running task: {task}").format(
                task=f"<b>{escape_html(running.title)}</b>") if running
            else self.tr("No task is running: notes are kept with the session, under no task"))
        self.filing_label.setToolTip(self.tr("A note is filed under the task running when you "
                                             "press Enter. Ctrl+Space starts the selected task."))

    def _changed(self, change: Change) -> None:
        """Notes added, edited or removed (here or elsewhere): the model has them already."""
        if change.timers_changed:
            self.show_filing()
        if not change.notes_changed:
            return
        self._update_count()
        last = self.model.rowCount() - 1
        newest = self.model.note_at(last).id if last >= 0 else None
        if change.notes_added and (self._at_bottom or any(
                note.id == newest for note in change.notes_added)):
            self._kept_in_sight = None
            self.view.scrollToBottom()  # the newest note stays in sight

    def _record(self, change: Change, label: str) -> None:
        self.context.history.record(change, label)
        self.sig_history_changed.emit()

    def select_note(self, note_id: int) -> bool:
        """Select NOTE_ID in the list and show it (the whole session is read first when
        only its newest notes are in); False when the session has no such note."""
        if self.model.row_of(note_id) is None:
            self.context.load_rest()
        row = self.model.row_of(note_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self._kept_in_sight = note_id
        self._scroll_as_shown()
        QTimer.singleShot(0, self._scroll_as_shown)  # again once the list has its height
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def to_list(self) -> None:
        """From the note line to the newest note in the list (Esc comes back)."""
        rows = self.model.rowCount()
        if rows:
            self.view.selectRow(rows - 1)
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def selected_note(self) -> Note | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.note_at(rows[0].row()) if rows else None

    def edit_selected(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        from wi_desktop.ui.dialogs.edit_note import ask_note_text

        text = ask_note_text(self, note.text)
        if text is None or text.strip() == note.text:
            return
        self._apply_edit(note, text=text)

    def _apply_edit(self, note: Note, **changes: object) -> None:
        services = self.context.services
        change = self.context.apply(lambda: services.notes.edit_note(note.id, **changes))  # type: ignore[arg-type]
        if change is not None:
            self._record(change, self.tr("edit note"))

    def delete_selected(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        row = self.model.row_of(note.id) or 0
        change = self.context.apply(lambda: self.context.services.notes.delete_note(note.id))
        if change is None:
            return
        self._record(change, self.tr("delete note"))
        self.context.sig_told.emit(self.tr("Note deleted. Ctrl+Z brings it back."))
        if self.model.rowCount():
            self.view.selectRow(min(row, self.model.rowCount() - 1))

    def tag(self, competency: Competency) -> None:
        """Ctrl+1..6: retag the selected note when the list has focus, else the next note."""
        note = self.selected_note() if self.view.hasFocus() else None
        if note is None:
            self.tags.toggle_competency(competency.key)
            return
        key = None if note.competency_key == competency.key else competency.key
        self._apply_edit(note, competency_key=key)

    def mark(self, polarity: Polarity) -> None:
        note = self.selected_note() if self.view.hasFocus() else None
        if note is None:
            self.tags.toggle_polarity(polarity)
            return
        new = Polarity.NEUTRAL if note.polarity is polarity else polarity
        self._apply_edit(note, polarity=new)

    def undo(self) -> None:
        label = self.context.history.undo_label()
        self._step(self.context.history.undo,
                   self.tr("Undone: {action}. Ctrl+Shift+Z redoes it.").format(action=label))

    def redo(self) -> None:
        label = self.context.history.redo_label()
        self._step(self.context.history.redo, self.tr("Redone: {action}.").format(action=label))

    def _step(self, step: object, told: str) -> None:
        change = self.context.apply(lambda: step(self.context.services.notes))  # type: ignore[operator]
        self.sig_history_changed.emit()
        if change is None:
            return
        self.context.sig_told.emit(told)  # the status bar says what is true now
        if change.notes_added:
            self.view.selectRow(self.model.row_of(change.notes_added[0].id) or 0)

    def set_read_only(self, read_only: bool) -> None:
        """A finalised session: the notes stay visible, nothing can be added or changed."""
        self.entry.setReadOnly(read_only)
        self.tags.setEnabled(not read_only)
        self.entry.setPlaceholderText(
            self.tr("This session is finalised: its notes can no longer be changed.")
            if read_only else
            self.tr("Type what you see and press Enter  ·  Ctrl+1…6 competency  ·  "
                    "Ctrl++ strength  ·  Ctrl+− concern"))

    def focus_entry(self) -> None:
        self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.entry.deselect()  # focus by shortcut selects all: one key would wipe a draft
        self.entry.end(False)
