"""The first page: every working interview on this computer, newest first."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtGui import QKeySequence, QStandardItemModel
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

if TYPE_CHECKING:  # an event class at start-up builds QEvent's ~180 enum values (~4 ms)
    from PySide6.QtGui import QKeyEvent, QPaintEvent

    from wi_desktop.wiring import Services

SAMPLED_ROWS = 30  # rows the columns are sized from (a screenful of a tall window)
FIRST_ROWS = 60  # sessions read before the list is first painted; the rest just after

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# This page is the first window, so it never touches PySide6.QtCore.Qt: the first use of that
# namespace builds all ~110 of its Python enums at once, about 40 ms of every start. Qt's
# values are spelled here instead (tests/ui/test_session_list.py checks them against Qt).
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
TEXT_ALIGNMENT_ROLE = 7  # Qt.ItemDataRole.TextAlignmentRole
SESSION_ID_ROLE = 256  # Qt.ItemDataRole.UserRole: a row's session id
ALIGN_LEFT_MIDDLE = 0x81  # Qt.AlignmentFlag.AlignLeft | AlignVCenter
ALIGN_RIGHT_MIDDLE = 0x82  # Qt.AlignmentFlag.AlignRight | AlignVCenter
ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter
_ROOT = QModelIndex()
SELECT_ROWS = 1  # QAbstractItemView.SelectionBehavior.SelectRows
SINGLE_SELECTION = 1  # QAbstractItemView.SelectionMode.SingleSelection
NO_EDIT_TRIGGERS = 0  # QAbstractItemView.EditTrigger.NoEditTriggers
_ROLES = frozenset((DISPLAY_ROLE, TOOLTIP_ROLE, TEXT_ALIGNMENT_ROLE, SESSION_ID_ROLE))
DEMO_TIP = "A filled-in example to explore. Delete it when you no longer need it."


def format_created(created_ms: int) -> str:
    """Local date and time, spelled the same in every locale: ``Wed 25 Nov 2026, 14:05``."""
    moment = datetime.fromtimestamp(created_ms / 1000)
    return (f"{_DAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]} "
            f"{moment.year}, {moment:%H:%M}")


class Column(IntEnum):
    CANDIDATE = 0
    ROLE = 1
    DATE = 2
    STATUS = 3
    NOTES = 4


_COLUMNS = tuple(Column)  # a column number to its member, looked up (no enum call per cell)
_HEADERS = {Column.CANDIDATE: "Candidate", Column.ROLE: "Role", Column.DATE: "Date",
            Column.STATUS: "Status", Column.NOTES: "Notes"}


def _cell_text(summary: SessionSummary, column: Column) -> str:
    if column is Column.CANDIDATE:
        return summary.candidate_name
    if column is Column.ROLE:
        return summary.role_name
    if column is Column.DATE:
        return format_created(summary.created_ms)
    if column is Column.STATUS:
        return summary.status.label
    return str(summary.note_count)


class SessionListModel(QAbstractTableModel):
    """One row per session summary, in the order the service gives them (newest first).

    A table model over the summaries themselves: no item per cell, and what a cell shows is
    worked out when it is painted, so a thousand sessions cost their summaries and no more.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sessions: list[SessionSummary] = []
        self._rows: dict[int, int] | None = None  # session id -> row, made when asked
        # The column titles live in a C++ model of their own, shown by the table's header:
        # a headerData written here would be handed Qt.Orientation, and the first use of
        # the Qt namespace builds all ~110 of its enums (~40 ms of every start).
        self.header_model = QStandardItemModel(0, len(Column), self)
        self.header_model.setHorizontalHeaderLabels([_HEADERS[column] for column in Column])
        for column in Column:
            item = self.header_model.horizontalHeaderItem(column)
            if item is not None:
                item.setData(ALIGN_LEFT_MIDDLE, TEXT_ALIGNMENT_ROLE)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = DISPLAY_ROLE) -> Any:
        if role not in _ROLES:  # a view asks ~10 roles of every cell it sizes or paints
            return None
        row = index.row()
        if not 0 <= row < len(self._sessions):
            return None
        summary = self._sessions[row]
        if role == DISPLAY_ROLE:
            return _cell_text(summary, _COLUMNS[index.column()])
        if role == SESSION_ID_ROLE:
            return summary.id
        if role == TEXT_ALIGNMENT_ROLE and index.column() == Column.NOTES:
            return ALIGN_RIGHT_MIDDLE
        if role == TOOLTIP_ROLE and summary.is_demo:
            return DEMO_TIP
        return None

    def set_sessions(self, sessions: list[SessionSummary]) -> None:
        """Show SESSIONS, telling the views only about the rows that differ from what is
        shown (a refresh after one change among a thousand sessions costs that one row)."""
        old, new = self._sessions, list(sessions)
        if old and [s.id for s in old] == [s.id for s in new]:
            self._sessions = new
            changed = [row for row, (was, now) in enumerate(zip(old, new, strict=True))
                       if was != now]
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0),
                                      self.index(max(changed), len(Column) - 1))
            return
        if old and len(new) > len(old) and new[:len(old)] == old:  # the rest, read later
            self.beginInsertRows(_ROOT, len(old), len(new) - 1)
            self._sessions, self._rows = new, None
            self.endInsertRows()
            return
        if old and new[1:] == old:  # a new session, at the top
            self.beginInsertRows(_ROOT, 0, 0)
            self._sessions, self._rows = new, None
            self.endInsertRows()
            return
        if len(old) == len(new) + 1:  # one session gone
            pairs = enumerate(zip(old, new, strict=False))
            row = next((i for i, (a, b) in pairs if a != b), len(new))
            if old[row + 1:] == new[row:]:
                self.beginRemoveRows(_ROOT, row, row)
                self._sessions, self._rows = new, None
                self.endRemoveRows()
                return
        self.beginResetModel()
        self._sessions, self._rows = new, None
        self.endResetModel()

    def session_at(self, row: int) -> SessionSummary:
        return self._sessions[row]

    def row_of(self, session_id: int) -> int:
        """The row showing this session, or -1."""
        if self._rows is None:
            self._rows = {summary.id: row for row, summary in enumerate(self._sessions)}
        return self._rows.get(session_id, -1)


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

    # layout --------------------------------------------------------------
    def _build(self) -> None:
        # sized in rich text: a QFont in Python builds QFont's ~8 enums at start
        heading = QLabel("<span style='font-size:x-large'><b>Working interviews</b></span>",
                         self)
        help_line = QLabel(
            "Choose a session and press Enter to open it, or Ctrl+N to plan a new one. "
            "Newest first.", self)
        help_line.setWordWrap(True)

        self.table = self._build_table()
        self.empty_label = QLabel(
            "<span style='font-size:large'>No working interviews yet.<br><br>"
            "Press “New session…” (Ctrl+N) to plan the first one: "
            "the candidate, the role and the tasks they will do.</span>", self)
        self.empty_label.setProperty("alignment", ALIGN_CENTER)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(help_line)
        layout.addWidget(self.stack, stretch=1)
        layout.addLayout(self._build_buttons())

    def _build_table(self) -> SessionTable:
        table = SessionTable(self)
        table.setModel(self.model)
        table.horizontalHeader().setModel(self.model.header_model)  # the titles (see there)
        # Qt's properties take the values as numbers: QAbstractItemView's ~10 enums are not
        # built at start (tests/ui/test_session_list.py checks the numbers against Qt)
        table.setProperty("selectionBehavior", SELECT_ROWS)
        table.setProperty("selectionMode", SINGLE_SELECTION)
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
        return table

    def _build_buttons(self) -> QHBoxLayout:
        self.new_button = QPushButton("&New session…", self)
        self.new_button.setToolTip("Plan a new working interview (Ctrl+N)")
        self.open_button = QPushButton("&Open", self)
        self.open_button.setToolTip("Open the selected session (Enter, or double-click it)")
        self.delete_button = QPushButton("&Delete…", self)
        self.delete_button.setToolTip("Delete the selected session for good (Delete)")
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        row.addWidget(self.open_button)
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
        self.model.set_sessions(sessions)
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and sessions:
            row = min(max(previous_row, 0), len(sessions) - 1)
        self._select_row(row)
        self.stack.setCurrentWidget(self.table if sessions else self.empty_label)
        self._update_buttons()
        if self.isVisible():  # hidden behind a session: never take the observer's focus
            self.focus_default()

    def _read_rest_soon(self) -> None:
        if not self.complete:  # after this paint, not inside it
            self.complete = True
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._read_rest)

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
            self._select_row(self.model.row_of(selected.id))

    def selected_session(self) -> SessionSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.session_at(rows[0].row()) if rows else None

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
            kept = ("\n\nThis record is finalised: its pay record and the list of signed "
                    "files go with it. Payroll records are usually kept for 3 years and hiring "
                    "records for 1 year; keep the signed PDFs if you delete it.")
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, "Delete this session?",
            f"Delete the working interview with {summary.candidate_name} "
            f"({summary.role_name}, {format_created(summary.created_ms)})?\n\n"
            "Its tasks, timings, notes and scores are removed from this computer. "
            f"This cannot be undone.{kept}",
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

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.table.clearSelection()
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, Column.CANDIDATE))

    def _update_buttons(self) -> None:
        has_selection = self.selected_session() is not None
        self.open_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)

    def _show_error(self, err: WiError) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = f"{err.message}\n\n{err.hint}" if err.hint else err.message
        QMessageBox.warning(self, err.title, text)
