"""What the session list page gets once it is on screen (it uses Qt's enums, which the
first window does not build before its first paint): sorting by a column's title, Ctrl+F
to the search box, and ↓ and Esc in that box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut

from wi_desktop.ui.session_model import SORT_KEYS, Column

if TYPE_CHECKING:
    from wi_desktop.ui.session_list import SessionListPage


def finish_list_page(page: SessionListPage) -> None:
    header = page.table.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # newest first, as read
    header.sectionClicked.connect(lambda column: sort_by(page, column))
    find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), page)
    find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    find.activated.connect(lambda: focus_search(page))
    keys = SearchKeys(page)
    page.filters.search.installEventFilter(keys)
    page.search_keys = keys  # kept alive with the page


def focus_search(page: SessionListPage) -> None:
    page.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    page.filters.search.selectAll()


def sort_by(page: SessionListPage, column: int) -> None:
    """Sort by COLUMN, ascending; the same column again reverses it."""
    key = SORT_KEYS[Column(column)]
    current = page.model.sort_order
    descending = current is not None and current == (key, False)
    selected = page.selected_session()
    page.model.set_sort(key, descending)
    page.table.horizontalHeader().setSortIndicator(
        column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    if selected is not None:
        page.select_row(page.model.row_of(selected.id))



class SearchKeys(QObject):
    """↓ from the search box to the list; Esc empties the box (and, empty, leaves it)."""

    def __init__(self, page: SessionListPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        search = self.page.filters.search
        if event.key() == Qt.Key.Key_Down:
            if self.page.model.rowCount():
                if not self.page.table.selectionModel().hasSelection():
                    self.page.select_row(0)
                self.page.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if event.key() == Qt.Key.Key_Escape:
            if search.text():
                search.clear()
            else:
                self.page.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.page.filters.pause.stop()  # now, not after the pause
            self.page.filters.sig_words_changed.emit(search.text())
            return True
        return False
