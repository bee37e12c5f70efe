"""A table of rows with Add, Remove and Move buttons, and the editors of its number cells:
a task's minutes and a competency's weight."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.sessions import MAX_TASK_MINUTES

PAYLOAD = Qt.ItemDataRole.UserRole
DEFAULT_TASK_MINUTES = 15
_Index = QModelIndex | QPersistentModelIndex


class MinutesDelegate(QStyledItemDelegate):
    """Edits a task's time box with a spin box, from 1 minute to 24 hours."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(1, MAX_TASK_MINUTES)
        editor.setSuffix(" min")
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QSpinBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(int(value) if value else DEFAULT_TASK_MINUTES)
        editor.selectAll()  # typing replaces the number

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class WeightDelegate(QStyledItemDelegate):
    """Edits a competency's weight in the composite score."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setRange(0.1, 100)
        editor.setDecimals(2)
        editor.setSingleStep(0.5)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole) or 1))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class RowTable(QWidget):
    """A table of rows with Add, Remove and Move buttons; column 0 carries hidden data.

    The buttons say "Add NOUN", "Remove", "Move up" and "Move down" unless BUTTON_TEXTS gives
    the four. With CELLS, the current cell is selected rather than its whole row, and a row
    moved up or down keeps the current column."""

    sig_current_changed = Signal(int)
    """The current row changed (-1: none)."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None,
                 *, delegates: dict[int, QStyledItemDelegate] | None = None,
                 button_texts: Sequence[str] | None = None, cells: bool = False) -> None:
        super().__init__(parent)
        self._cells = cells
        table = self.table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(list(headers))
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if not cells:
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, delegate in (delegates or {}).items():
            delegate.setParent(table)
            table.setItemDelegateForColumn(column, delegate)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, table.fontMetrics().horizontalAdvance(
                f"  {headers[column]}  ") + 16)
        table.currentCellChanged.connect(lambda row, *_: self._current_changed(row))
        add, remove, up, down = button_texts or (
            QCoreApplication.translate("RowTable", "Add a row"),
            QCoreApplication.translate("RowTable", "Remove"),
            QCoreApplication.translate("RowTable", "Move up"),
            QCoreApplication.translate("RowTable", "Move down"))
        self.add_button = QPushButton(add, self)
        self.remove_button = QPushButton(remove, self)
        self.up_button = QPushButton(up, self)
        self.down_button = QPushButton(down, self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        table.setAccessibleName(headers[0])
        table.setAccessibleDescription(QCoreApplication.translate(
            "RowTable", "Columns: {columns}. Type in a cell to change it; the buttons beside "
            "add, remove and move the selected row.").format(columns=", ".join(headers)))
        for button, tip in (
                (self.add_button, QCoreApplication.translate(
                    "RowTable", "A new row at the end")),
                (self.remove_button, QCoreApplication.translate(
                    "RowTable", "Remove the selected row")),
                (self.up_button, QCoreApplication.translate(
                    "RowTable", "Move the selected row one place up")),
                (self.down_button, QCoreApplication.translate(
                    "RowTable", "Move the selected row one place down"))):
            button.setToolTip(tip)
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table, 1)
        layout.addLayout(side)
        self._read_only = False

    def set_rows(self, rows: Sequence[tuple[Sequence[Any], Any]], *,
                 highlight: bool = True) -> None:
        """Replace every row: (cell values, hidden data). The first becomes current; without
        HIGHLIGHT it is not selected, for the buttons to work while nothing looks chosen."""
        self.table.setRowCount(0)
        for values, payload in rows:
            self.append_row(values, payload)
        if highlight:
            self.table.setCurrentCell(0 if rows else -1, 0)
        else:
            self.table.setCurrentCell(0 if rows else -1, 0,
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        self._current_changed(self.table.currentRow())

    def rows(self) -> list[tuple[list[Any], Any]]:
        self.commit_open_editor()
        table = self.table
        return [([self._value(r, c) for c in range(table.columnCount())], self.payload(r))
                for r in range(table.rowCount())]

    def payload(self, row: int) -> Any:
        item = self.table.item(row, 0)
        return item.data(PAYLOAD) if item is not None else None

    def set_payload(self, row: int, value: Any) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            item.setData(PAYLOAD, value)

    def add_row(self, values: Sequence[Any] = (), payload: Any = None) -> None:
        self.commit_open_editor()
        row = self.append_row(values or self.new_row_values(), payload)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentCell(row, 0)
        self.table.edit(self.table.currentIndex())

    def new_row_values(self) -> list[Any]:
        return [""] + [None] * (self.table.columnCount() - 1)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.commit_open_editor()
        self.table.removeRow(row)
        self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self._current_changed(self.table.currentRow())

    def move_row(self, step: int) -> None:
        table, row = self.table, self.table.currentRow()
        current_column = max(table.currentColumn(), 0) if self._cells else 0
        target = row + step
        if row < 0 or not 0 <= target < table.rowCount():
            return
        self.commit_open_editor()
        for column in range(table.columnCount()):
            moving, other = table.takeItem(row, column), table.takeItem(target, column)
            table.setItem(target, column, moving)
            table.setItem(row, column, other)
        table.setCurrentCell(target, current_column)

    def select(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.setCurrentCell(row, column)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self._update_buttons()

    def commit_open_editor(self) -> None:
        table = self.table
        if table.state() == QAbstractItemView.State.EditingState:
            editor = table.indexWidget(table.currentIndex())
            if editor is not None:
                table.commitData(editor)

    def append_row(self, values: Sequence[Any], payload: Any = None) -> int:
        """Add a row at the end without making it current; its number."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.EditRole, value)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self.set_payload(row, payload)
        return row

    def _value(self, row: int, column: int) -> Any:
        item = self.table.item(row, column)
        return item.data(Qt.ItemDataRole.EditRole) if item is not None else None

    def _current_changed(self, row: int) -> None:
        self._update_buttons()
        self.sig_current_changed.emit(row)

    def _update_buttons(self) -> None:
        row, count, editable = self.table.currentRow(), self.table.rowCount(), not self._read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and 0 <= row < count)
        self.up_button.setEnabled(editable and 0 < row < count)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)
