"""The session list's data: one row per session, read from the aggregate rows the storage
gives (no object or item per cell), newest first."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)
from PySide6.QtGui import QFontMetrics, QStandardItemModel

from wi_desktop.core.model import SessionSummary
from wi_desktop.core.session_filter import SessionFilter, SortKey, sorted_sessions

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
EXTENDED_SELECTION = 3  # QAbstractItemView.SelectionMode.ExtendedSelection: Ctrl, Shift
NO_EDIT_TRIGGERS = 0  # QAbstractItemView.EditTrigger.NoEditTriggers
_ROLES = frozenset((DISPLAY_ROLE, TOOLTIP_ROLE, TEXT_ALIGNMENT_ROLE, SESSION_ID_ROLE))
DEMO_TIP = str(QT_TRANSLATE_NOOP("SessionListModel",
                             "A filled-in example to explore. Delete it when you no longer "
                             "need it."))


def format_created(created_ms: int) -> str:
    """Local date and time in the program's language: ``Wed 25 Nov 2026, 14:05``."""
    moment = datetime.fromtimestamp(created_ms / 1000)
    days, months = day_and_month_names()
    return (f"{days[moment.weekday()]} {moment.day} {months[moment.month - 1]} "
            f"{moment.year}, {moment:%H:%M}")


def day_and_month_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Short day and month names in the program's language (QLocale's default, which
    languages.install sets); English's own without asking Qt for them."""
    from PySide6.QtCore import QLocale

    return _names_in(QLocale().name())


def date_column_width(metrics: QFontMetrics) -> int:
    """Pixels for the widest date the program's language writes (format_created)."""
    days, months = day_and_month_names()
    return (max(metrics.horizontalAdvance(day) for day in days)
            + max(metrics.horizontalAdvance(month) for month in months)
            + metrics.horizontalAdvance(" 28  2026, 22:22,") + 16)


@cache
def _names_in(locale_name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if locale_name in ("C", "") or locale_name.startswith("en"):
        return _DAYS, _MONTHS
    from PySide6.QtCore import QLocale

    locale, short = QLocale(locale_name), QLocale.FormatType.ShortFormat
    return (tuple(locale.dayName(day, short) for day in range(1, 8)),
            tuple(locale.monthName(month, short) for month in range(1, 13)))


class Column(IntEnum):
    CANDIDATE = 0
    ROLE = 1
    DATE = 2
    STATUS = 3
    NOTES = 4
    COMPOSITE = 5
    RECOMMENDATION = 6


SORT_KEYS = {column: SortKey[column.name] for column in Column}  # a column sorts by itself


_COLUMNS = tuple(Column)  # a column number to its member, looked up (no enum call per cell)
_HEADERS = {Column.CANDIDATE: str(QT_TRANSLATE_NOOP("SessionListModel", "Candidate")),
            Column.ROLE: str(QT_TRANSLATE_NOOP("SessionListModel", "Role")),
            Column.DATE: str(QT_TRANSLATE_NOOP("SessionListModel", "Date")),
            Column.STATUS: str(QT_TRANSLATE_NOOP("SessionListModel", "Status")),
            Column.NOTES: str(QT_TRANSLATE_NOOP("SessionListModel", "Notes")),
            Column.COMPOSITE: str(QT_TRANSLATE_NOOP("SessionListModel", "Composite")),
            Column.RECOMMENDATION: str(QT_TRANSLATE_NOOP("SessionListModel",
                                                         "Recommendation"))}
# core.rubric.Recommendation's values as the list writes them (translated where shown)
RECOMMENDATION_WORDS = {
    "strong_yes": str(QT_TRANSLATE_NOOP("SessionListModel", "Strong yes")),
    "yes": str(QT_TRANSLATE_NOOP("SessionListModel", "Yes")),
    "no": str(QT_TRANSLATE_NOOP("SessionListModel", "No")),
    "strong_no": str(QT_TRANSLATE_NOOP("SessionListModel", "Strong no")),
    "no_decision": str(QT_TRANSLATE_NOOP("SessionListModel", "No decision"))}
# the status labels core gives, for the translation tools (translated where shown)
_STATUS_LABELS = (str(QT_TRANSLATE_NOOP("SessionStatus", "Not started")),
                  str(QT_TRANSLATE_NOOP("SessionStatus", "In progress")),
                  str(QT_TRANSLATE_NOOP("SessionStatus", "Ended")),
                  str(QT_TRANSLATE_NOOP("SessionStatus", "Finalised")))


def _cell_text(summary: SessionSummary, column: Column) -> str:
    if column is Column.CANDIDATE:
        return summary.candidate_name
    if column is Column.ROLE:
        return summary.role_name
    if column is Column.DATE:
        return format_created(summary.created_ms)
    if column is Column.STATUS:
        return QCoreApplication.translate("SessionStatus", summary.status.label)
    if column is Column.COMPOSITE:
        if summary.composite is None:
            return "—"
        return f"{summary.composite:.2f}".replace(".", decimal_point())
    if column is Column.RECOMMENDATION:
        return recommendation_words(summary.recommendation)
    return str(summary.note_count)


def recommendation_words(value: str) -> str:
    """A Recommendation's value as the program's language says it ("" for none known)."""
    words = RECOMMENDATION_WORDS.get(value or "no_decision", "")
    return QCoreApplication.translate("SessionListModel", words) if words else ""


def decimal_point() -> str:
    """The program's language's decimal separator (QLocale's default)."""
    from PySide6.QtCore import QLocale

    return _decimal_point_of(QLocale().name())


@cache
def _decimal_point_of(locale_name: str) -> str:
    if locale_name in ("C", "") or locale_name.startswith("en"):
        return "."
    from PySide6.QtCore import QLocale

    return QLocale(locale_name).decimalPoint()


class SessionListModel(QAbstractTableModel):
    """One row per session summary, in the order the service gives them (newest first).

    A table model over the summaries themselves: no item per cell, and what a cell shows is
    worked out when it is painted, so a thousand sessions cost their summaries and no more.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sessions: list[SessionSummary] = []  # those shown, in the order shown
        self._all: list[SessionSummary] = []  # every session read, newest first
        self.filter = SessionFilter()
        self.sort_order: tuple[SortKey, bool] | None = None  # None: newest first, as read
        self._rows: dict[int, int] | None = None  # session id -> row, made when asked
        # The column titles live in a C++ model of their own, shown by the table's header:
        # a headerData written here would be handed Qt.Orientation, and the first use of
        # the Qt namespace builds all ~110 of its enums (~40 ms of every start).
        self.header_model = QStandardItemModel(0, len(Column), self)
        self.header_model.setHorizontalHeaderLabels(
            [QCoreApplication.translate("SessionListModel", _HEADERS[c]) for c in Column])
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
        if role == TEXT_ALIGNMENT_ROLE and index.column() in (Column.NOTES, Column.COMPOSITE):
            return ALIGN_RIGHT_MIDDLE
        if role == TOOLTIP_ROLE and summary.is_demo:
            return QCoreApplication.translate("SessionListModel", DEMO_TIP)
        return None

    def all_sessions(self) -> list[SessionSummary]:
        """Every session read, shown or not, newest first."""
        return self._all

    @property
    def total(self) -> int:
        """How many sessions there are, shown or not."""
        return len(self._all)

    def set_sessions(self, sessions: list[SessionSummary]) -> None:
        """Every session, newest first: those the filter admits are shown, in the order
        chosen."""
        self._all = list(sessions)
        self._show(self._arranged())

    def set_filter(self, wanted: SessionFilter) -> None:
        self.filter = wanted
        self._show(self._arranged())

    def set_sort(self, key: SortKey | None, descending: bool = False) -> None:
        """Order the rows by KEY (None: newest first, as read)."""
        self.sort_order = None if key is None else (key, descending)
        self._show(self._arranged())

    def _arranged(self) -> list[SessionSummary]:
        shown = self._all if self.filter.is_empty else self.filter.apply(self._all)
        if self.sort_order is not None:
            shown = sorted_sessions(shown, *self.sort_order)
        return shown

    def _show(self, sessions: list[SessionSummary]) -> None:
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
