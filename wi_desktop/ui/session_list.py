"""The first page: every working interview on this computer, newest first."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QObject,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.errors import WiError
from wi_desktop.core.model import SessionStatus, SessionSummary
from wi_desktop.ui.session_filters import SessionFilterBar
from wi_desktop.ui.session_model import (
    ALIGN_CENTER,
    EXTENDED_SELECTION,
    NO_EDIT_TRIGGERS,
    SELECT_ROWS,
    Column,
    SessionListModel,
    date_column_width,
    format_created,
)

if TYPE_CHECKING:  # an event class at start-up builds QEvent's ~180 enum values (~4 ms)
    from PySide6.QtGui import QKeyEvent, QPaintEvent

    from wi_desktop.wiring import Services

SAMPLED_ROWS = 30  # rows the columns are sized from (a screenful of a tall window)
FIRST_ROWS = 60  # sessions read before the list is first painted; the rest just after



class SessionTable(QTableView):
    """The sessions; Enter opens the selected one, Delete deletes it."""

    sig_activated = Signal()
    sig_delete = Signal()
    sig_painted = Signal()
    """The table has been painted: what it shows is on screen."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.InsertParagraphSeparator):  # Enter, Return
            self.sig_activated.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete):
            self.sig_delete.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.sig_painted.emit()


class SessionListPage(QWidget):
    """Choose a working interview to open, start a new one, or delete one."""

    sig_open_session = Signal(int)
    """The observer chose a session to open; carries its id."""

    sig_new_session = Signal()
    """The observer asked to create a new session."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = SessionListModel(self)
        self._build()
        self._connect()
        self.complete = False  # every session read (the first refresh reads a screenful)
        self.refresh(limit=FIRST_ROWS)
        self.focus_default()  # the list, not the search box above it: Enter opens

    # layout --------------------------------------------------------------
    def _build(self) -> None:
        # sized in rich text: a QFont in Python builds QFont's ~8 enums at start
        heading = QLabel("<span style='font-size:x-large'><b>" + self.tr("Working interviews")
                         + "</b></span>",
                         self)
        help_line = QLabel(
            self.tr("Choose a session and press Enter to open it, or Ctrl+N to plan a new one. "
                    "Newest first; click a column's title to sort by it."), self)
        help_line.setWordWrap(True)
        self.filters = SessionFilterBar(self)
        self.filters.today = self._today
        self._matching: frozenset[int] | None = None  # the sessions the search words found
        self.search_keys: QObject | None = None  # ↓ and Esc in the search box (once shown)
        self.compare_window: QWidget | None = None  # the comparison last opened

        self.table = self._build_table()
        self.empty_label = QLabel(
            "<span style='font-size:large'>" + self.tr(
                "No working interviews yet.<br><br>Press “New session…” (Ctrl+N) to plan the "
                "first one: the candidate, the role and the tasks they will do.") + "</span>",
            self)
        self.empty_label.setProperty("alignment", ALIGN_CENTER)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.no_match_label = QLabel(self.tr(
            "No session holds these words or matches these choices. "
            "<a href='clear'>Clear filters</a> to see them all."), self)
        self.no_match_label.setProperty("alignment", ALIGN_CENTER)
        self.no_match_label.setWordWrap(True)
        self.no_match_label.linkActivated.connect(lambda _link: self.filters.clear())
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.no_match_label)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(help_line)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, stretch=1)
        layout.addLayout(self._build_buttons())

    def _build_table(self) -> SessionTable:
        table = SessionTable(self)
        table.setAccessibleName(self.tr("Sessions"))
        table.setAccessibleDescription(self.tr(
            "Your sessions, newest first: candidate, role, date, status and notes. Enter "
            "opens one, Delete removes it."))
        table.setModel(self.model)
        table.horizontalHeader().setModel(self.model.header_model)  # the titles (see there)
        # Qt's properties take the values as numbers: QAbstractItemView's ~10 enums are not
        # built at start (tests/ui/test_session_list.py checks the numbers against Qt)
        table.setProperty("selectionBehavior", SELECT_ROWS)
        table.setProperty("selectionMode", EXTENDED_SELECTION)  # several, to compare
        table.setProperty("editTriggers", NO_EDIT_TRIGGERS)
        table.setSortingEnabled(False)  # the service's order, newest first, is the order
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # columns are sized from the first rows, not every one of 1,000 (a table view sizes
        # a column by the precision of the *vertical* header)
        header.setResizeContentsPrecision(SAMPLED_ROWS)
        table.verticalHeader().setResizeContentsPrecision(SAMPLED_ROWS)
        header.setSectionResizeMode(Column.CANDIDATE, QHeaderView.ResizeMode.Stretch)
        # the date as wide as the widest the language writes: sized from 30 rows, a
        # narrowed or sorted list would cut the dates further down
        header.setSectionResizeMode(Column.DATE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.DATE, date_column_width(table.fontMetrics()))
        return table

    def _build_buttons(self) -> QHBoxLayout:
        self.new_button = QPushButton(self.tr("&New session…"), self)
        self.new_button.setToolTip(self.tr("Plan a new working interview (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(
            self.tr("Open the selected session (Enter, or double-click it)"))
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected session for good (Delete)"))
        self.compare_button = QPushButton(self.tr("&Compare…"), self)
        self.compare_button.setToolTip(self.tr(
            "Compare the selected candidates side by side (select several with Ctrl or "
            "Shift); with one selected, every candidate for that role"))
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.compare_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        row.addWidget(self.open_button)
        for first, second in ((self.new_button, self.compare_button),
                              (self.compare_button, self.delete_button),
                              (self.delete_button, self.open_button)):
            QWidget.setTabOrder(first, second)  # as they read, left to right
        return row

    def _connect(self) -> None:
        self.table.sig_activated.connect(self.open_selected)
        self.table.sig_delete.connect(self.delete_selected)
        self.table.sig_painted.connect(self._read_rest_soon)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.sig_new_session)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.filters.sig_changed.connect(self._apply_filter)
        self.filters.sig_words_changed.connect(self._find_words)

    # actions -------------------------------------------------------------
    def refresh(self, select_id: int | None = None, *, limit: int | None = None) -> None:
        """Reload from the service; keep the same session selected (or ``select_id``).
        LIMIT: read the newest sessions only; the rest once the table has been painted
        (a year of sessions costs the first window nothing)."""
        selected = self.selected_session()
        wanted = select_id if select_id is not None else (selected.id if selected else None)
        previous_row = self.table.currentIndex().row()
        try:
            sessions = self.services.sessions.list_sessions(limit)
        except WiError as err:
            self._show_error(err)
            return
        self.complete = limit is None or len(sessions) < limit
        if self.filters.search.text().strip():  # the notes may have changed since
            self._matching = self._sessions_with(self.filters.search.text())
            self.model.filter = self.filters.current(self._matching)
        self.model.set_sessions(sessions)
        self._read_choices()
        self._count()
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and self.model.rowCount():
            row = min(max(previous_row, 0), self.model.rowCount() - 1)
        self.select_row(row)
        self._show_stack()
        self._update_buttons()
        if self.isVisible():  # hidden behind a session: never take the observer's focus
            self.focus_default()

    def _read_rest_soon(self) -> None:
        if self.complete and self.search_keys is not None:
            return
        from PySide6.QtCore import QTimer

        if not self.complete:  # after this paint, not inside it
            self.complete = True
            QTimer.singleShot(0, self._read_rest)
        if self.search_keys is None:
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """What uses Qt's enums, made once the list is on screen: sorting by a column's
        title, Ctrl+F, and ↓ and Esc in the search box."""
        if self.search_keys is None:
            from wi_desktop.ui.session_sorting import finish_list_page

            finish_list_page(self)

    def _read_rest(self) -> None:
        """The sessions after the first screenful, added below it; the selection and the
        focus stay where they are."""
        try:
            sessions = self.services.sessions.list_sessions()
        except WiError:  # the next refresh reads them all again
            return
        selected = self.selected_session()
        self.model.set_sessions(sessions)
        if selected is not None and self.selected_session() != selected:
            self.select_row(self.model.row_of(selected.id))
        self._read_choices()
        self._count()

    # narrowing the list ---------------------------------------------------
    def _today(self) -> dt.date:
        """Today by the program's clock (what "Last 7 days" counts back from)."""
        return dt.datetime.fromtimestamp(self.services.clock.now_ms() / 1000).date()

    def _sessions_with(self, words: str) -> frozenset[int] | None:
        try:
            return self.services.search.session_ids(words)
        except WiError as err:  # said; the list stays as it was narrowed
            self._show_error(err)
            return self._matching

    def _find_words(self, words: str) -> None:
        self._matching = self._sessions_with(words)
        self._apply_filter()

    def _apply_filter(self) -> None:
        """Show the sessions the bar admits; the one selected stays so while it is shown."""
        selected = self.selected_session()
        self.model.set_filter(self.filters.current(self._matching))
        row = self.model.row_of(selected.id) if selected is not None else -1
        self.select_row(row if row >= 0 else (0 if self.model.rowCount() else -1))
        self._update_buttons()
        self._show_stack()
        self._count()

    def _show_stack(self) -> None:
        """The list; or, with no session at all, the pointer to New session; or, with none
        that the filters admit, a sentence that says so."""
        if not self.model.total:
            self.stack.setCurrentWidget(self.empty_label)
        elif not self.model.rowCount():
            self.stack.setCurrentWidget(self.no_match_label)
        else:
            self.stack.setCurrentWidget(self.table)

    def _read_choices(self) -> None:
        """The roles and observers to choose from, once every session has been read (they
        change with the sessions, not with what the list is narrowed to)."""
        from wi_desktop.core.session_filter import choices

        if self.complete:
            self.filters.set_choices(*choices(self.model.all_sessions()))

    def _count(self) -> None:
        self.filters.show_count(self.model.rowCount(), self.model.total)

    def selected_session(self) -> SessionSummary | None:
        """The session Enter opens: the current one among those selected."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        current = self.table.currentIndex().row()
        chosen = [index.row() for index in rows]
        return self.model.session_at(current if current in chosen else min(chosen))

    def selected_sessions(self) -> list[SessionSummary]:
        """Every session selected, in the order shown."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.session_at(row) for row in rows]

    def compare_selected(self) -> None:
        """The selected candidates side by side; one selected: all for its role."""
        chosen = self.selected_sessions()
        if chosen:
            from wi_desktop.ui.compare_window import open_comparison

            self.compare_window = open_comparison(self.services, [s.id for s in chosen], self,
                                                  role=chosen[0].role_name)

    def open_selected(self) -> None:
        summary = self.selected_session()
        if summary is not None:
            self.sig_open_session.emit(summary.id)

    def delete_selected(self) -> None:
        """Ask, naming the candidate, then delete the session and everything in it."""
        summary = self.selected_session()
        if summary is None:
            return
        kept = ""
        if summary.status is SessionStatus.FINALISED:
            kept = "\n\n" + self.tr(
                "This record is finalised: its pay record and the list of signed files go "
                "with it. Payroll records are usually kept for 3 years and hiring records for "
                "1 year; keep the signed PDFs if you delete it.")
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Delete this session?"),
            self.tr("Delete the working interview with {candidate} ({role}, {date})?\n\n"
                    "Its tasks, timings, notes and scores are removed from this computer. "
                    "This cannot be undone.").format(
                candidate=summary.candidate_name, role=summary.role_name,
                date=format_created(summary.created_ms)) + kept,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.sessions.delete_session(summary.id)
        except WiError as err:
            self._show_error(err)
        self.refresh()

    # helpers -------------------------------------------------------------
    def focus_default(self) -> None:
        """The table when there is something to choose, else the New session button. Called
        before the window is shown, it is where the focus goes when it is."""
        target = self.table if self.model.rowCount() else self.new_button
        target.setFocus()

    def select_row(self, row: int) -> None:
        """ROW alone selected and current, whatever keys are held (selectRow would add it
        to the selection while Ctrl is down: the list selects several, to compare)."""
        if row < 0:
            self.table.clearSelection()
            return
        from PySide6.QtCore import QItemSelectionModel

        flags = QItemSelectionModel.SelectionFlag
        index = self.model.index(row, Column.CANDIDATE)
        self.table.selectionModel().setCurrentIndex(
            index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(selected == 1)
        self.delete_button.setEnabled(selected == 1)
        self.compare_button.setEnabled(selected >= 1)

    def _show_error(self, err: WiError) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = f"{err.message}\n\n{err.hint}" if err.hint else err.message
        QMessageBox.warning(self, err.heading, text)
