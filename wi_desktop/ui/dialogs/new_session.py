"""Plan a working interview: who, for which role, where, observed by whom, doing which tasks."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.errors import ValidationError
from wi_desktop.core.model import NewSession, PlannedTask
from wi_desktop.core.sessions import MAX_NAME_LENGTH, MAX_TASK_MINUTES, validate_new_session
from wi_desktop.core.template_library import TemplateLibrary, name_key
from wi_desktop.core.templates import RoleTemplate

DEFAULT_TASK_MINUTES = 15
STARTING_TASK_ROWS = 3
TITLE, MINUTES = 0, 1
_Index = QModelIndex | QPersistentModelIndex
_TASK_NUMBER = re.compile(r"\btask (\d+)", re.IGNORECASE)
NO_TEMPLATE = "No template (default rubric)"
FROM_TEMPLATE_NOTE = "Tasks and rubric come from the template, the same for every candidate."
TYPED_TASKS_LABEL = "Planned &tasks, in order (empty rows are left out):"
TEMPLATE_TASKS_LABEL = "Planned &tasks, in order:"


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


class NewSessionDialog(QDialog):
    """Collects a NewSession; closes only once the core accepts it as valid.

    With a LIBRARY, a role template can be chosen first: it fixes the role, the tasks and the
    rubric; `chosen_template` then says which (None: the tasks typed here and the default
    rubric)."""

    def __init__(self, parent: QWidget | None = None, *, default_observer: str = "",
                 role_names: list[str] | None = None, library: TemplateLibrary | None = None,
                 default_template: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New working interview")
        self.accepted_session: NewSession | None = None
        self.chosen_template: RoleTemplate | None = None
        self._task_rows: list[int] = []  # table row of each task in the last new_session()
        self._templates: list[RoleTemplate] = []  # in the order of template_combo, after item 0
        self._typed: tuple[str, list[tuple[str, int]]] | None = None  # kept while a template
        self.template_combo: QComboBox | None = None
        self._build_template_choice(library)
        self._build_fields(default_observer, role_names or [])
        self._build_tasks()
        self._build_footer()
        self._lay_out()
        self._set_tab_order()
        # an error stays only until the observer starts to fix it
        for edit in (self.candidate_edit, self.location_edit, self.observer_edit):
            edit.textChanged.connect(self.error_label.hide)
        self.role_combo.currentTextChanged.connect(self.error_label.hide)
        self.tasks_table.itemChanged.connect(self.error_label.hide)
        for _ in range(STARTING_TASK_ROWS):
            self._append_task_row()
        # current (so the row buttons work) but not highlighted, as nothing is chosen yet
        self.tasks_table.selectionModel().setCurrentIndex(
            self.tasks_table.model().index(0, TITLE), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_task_buttons()
        self.candidate_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.template_combo is not None:
            self._choose_default_template(default_template)
            self.template_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    # layout --------------------------------------------------------------
    def _build_template_choice(self, library: TemplateLibrary | None) -> None:
        self.template_note = QLabel(FROM_TEMPLATE_NOTE, self)
        self.template_note.setStyleSheet("color: palette(placeholder-text);")
        self.template_note.setWordWrap(True)
        self.template_note.hide()
        if library is None:
            return
        combo = self.template_combo = QComboBox(self)
        combo.addItem(NO_TEMPLATE)
        for entry in library.list():
            self._templates.append(entry.template)
            combo.addItem(entry.name + ("" if entry.read_only else "  (yours)"))
            combo.setItemData(combo.count() - 1, entry.template.description,
                              Qt.ItemDataRole.ToolTipRole)
        combo.setMaxVisibleItems(20)
        combo.currentIndexChanged.connect(self._on_template_chosen)

    def _choose_default_template(self, name: str | None) -> None:
        assert self.template_combo is not None
        for index, template in enumerate(self._templates, start=1):
            if name is not None and name_key(template.name) == name_key(name):
                self.template_combo.setCurrentIndex(index)

    def _build_fields(self, default_observer: str, role_names: list[str]) -> None:
        self.candidate_edit = self._line_edit("e.g. Jordan Lee")
        self.role_combo = QComboBox(self)
        self.role_combo.setEditable(True)
        self.role_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role_combo.addItems(role_names)
        self.role_combo.setCurrentIndex(-1)
        role_line = self.role_combo.lineEdit()
        assert role_line is not None  # an editable combo box has one
        role_line.setMaxLength(MAX_NAME_LENGTH)
        role_line.setPlaceholderText("Choose or type a role, e.g. Warehouse associate")
        self.location_edit = self._line_edit("Optional, e.g. Dock 2")
        self.observer_edit = self._line_edit("Your name")
        self.observer_edit.setText(default_observer)

    def _line_edit(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(MAX_NAME_LENGTH)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build_tasks(self) -> None:
        table = self.tasks_table = QTableWidget(0, 2, self)
        table.setHorizontalHeaderLabels(["Task", "Minutes"])
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table; within an open cell it moves on
        table.setWordWrap(False)
        table.setItemDelegateForColumn(MINUTES, MinutesDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MINUTES, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(MINUTES, table.fontMetrics().horizontalAdvance("Minutes") * 2)
        table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 6)
        table.setMinimumWidth(table.fontMetrics().averageCharWidth() * 56)
        table.itemChanged.connect(self._on_task_changed)
        table.currentCellChanged.connect(self._update_task_buttons)

        self.add_task_button = QPushButton("&Add task", self)
        self.remove_task_button = QPushButton("Re&move task", self)
        self.move_up_button = QPushButton("Move &up", self)
        self.move_down_button = QPushButton("Move d&own", self)
        self.add_task_button.clicked.connect(self.add_task)
        self.remove_task_button.clicked.connect(self.remove_task)
        self.move_up_button.clicked.connect(lambda: self.move_task(-1))
        self.move_down_button.clicked.connect(lambda: self.move_task(+1))

    def _build_footer(self) -> None:
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            "Create session", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        form = QFormLayout()
        if self.template_combo is not None:
            form.addRow("Role tem&plate:", self.template_combo)
        form.addRow("&Candidate name:", self.candidate_edit)
        form.addRow("&Role:", self.role_combo)
        form.addRow("&Location:", self.location_edit)
        form.addRow("O&bserver name:", self.observer_edit)

        tasks_label = self.tasks_label = QLabel(TYPED_TASKS_LABEL, self)
        tasks_label.setBuddy(self.tasks_table)
        side = QVBoxLayout()
        for button in (self.add_task_button, self.remove_task_button,
                       self.move_up_button, self.move_down_button):
            side.addWidget(button)
        side.addStretch(1)
        tasks_row = QHBoxLayout()
        tasks_row.addWidget(self.tasks_table, stretch=1)
        tasks_row.addLayout(side)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(tasks_label)
        layout.addWidget(self.template_note)
        layout.addLayout(tasks_row, stretch=1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(640, 520)

    def _set_tab_order(self) -> None:
        lead: list[QWidget] = [self.template_combo] if self.template_combo is not None else []
        chain = [*lead, self.candidate_edit, self.role_combo, self.location_edit,
                 self.observer_edit, self.tasks_table, self.add_task_button,
                 self.remove_task_button, self.move_up_button, self.move_down_button,
                 self.create_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # the template ----------------------------------------------------------
    def current_template(self) -> RoleTemplate | None:
        """The template chosen in the combo box; None for no template."""
        index = self.template_combo.currentIndex() if self.template_combo is not None else 0
        return self._templates[index - 1] if index > 0 else None

    def _on_template_chosen(self) -> None:
        self._commit_open_editor()
        template = self.current_template()
        if template is None:
            self._unlock_tasks()
            return
        if self._typed is None:  # keep what was typed, for a change of mind
            self._typed = (self.role_combo.currentText(),
                           [(self._title(r), self._minutes(r))
                            for r in range(self.tasks_table.rowCount())])
        self.role_combo.setEditText(template.name)
        self._fill_tasks([(t.title, t.minutes, t.instructions) for t in template.tasks])
        rubric = " · ".join(c.name for c in template.competencies)
        self.template_note.setText(f"{FROM_TEMPLATE_NOTE}\nRubric: {rubric}.")
        self._set_tasks_locked(True)

    def _unlock_tasks(self) -> None:
        if self._typed is not None:
            role, rows = self._typed
            self._typed = None
            self.role_combo.setEditText(role)
            self._fill_tasks([(title, minutes, "") for title, minutes in rows])
        self._set_tasks_locked(False)

    def _fill_tasks(self, rows: list[tuple[str, float, str]]) -> None:
        self.tasks_table.setRowCount(0)
        for title, minutes, instructions in rows:
            row = self._append_task_row()
            item = QTableWidgetItem(title)
            item.setToolTip(instructions)
            self.tasks_table.setItem(row, TITLE, item)
            minutes_item = self.tasks_table.item(row, MINUTES)
            if minutes_item is not None:
                minutes_item.setData(Qt.ItemDataRole.EditRole, minutes or None)
        self.tasks_table.selectionModel().setCurrentIndex(  # current, not highlighted
            self.tasks_table.model().index(0, TITLE), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _set_tasks_locked(self, locked: bool) -> None:
        triggers = QAbstractItemView.EditTrigger
        self.tasks_table.setEditTriggers(
            triggers.NoEditTriggers if locked else
            triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.role_combo.setEnabled(not locked)
        self.template_note.setVisible(locked)
        self.tasks_label.setText(TEMPLATE_TASKS_LABEL if locked else TYPED_TASKS_LABEL)
        self._update_task_buttons()

    def _tasks_locked(self) -> bool:
        return self.current_template() is not None

    # the value -----------------------------------------------------------
    def new_session(self) -> NewSession:
        """What the fields say, as typed; task rows without a title are left out.
        With a template, the role and tasks are the template's."""
        self._commit_open_editor()
        self._task_rows = []
        template = self.current_template()
        if template is not None:
            self._task_rows = list(range(len(template.tasks)))
            return NewSession(
                candidate_name=self.candidate_edit.text(), role_name=template.name,
                location=self.location_edit.text(), observer_name=self.observer_edit.text(),
                tasks=template.planned_tasks())
        tasks = []
        for row in range(self.tasks_table.rowCount()):
            title = self._title(row)
            if title.strip():
                self._task_rows.append(row)
                tasks.append(PlannedTask(title, self._minutes(row)))
        return NewSession(
            candidate_name=self.candidate_edit.text(),
            role_name=self.role_combo.currentText(),
            location=self.location_edit.text(),
            observer_name=self.observer_edit.text(),
            tasks=tuple(tasks),
        )

    def accept(self) -> None:
        try:
            self.accepted_session = validate_new_session(self.new_session())
        except ValidationError as err:
            self._show_error(err)
            return
        self.chosen_template = self.current_template()
        self.error_label.hide()
        super().accept()

    # task rows -----------------------------------------------------------
    def add_task(self) -> None:
        """Append an empty row and start typing its title."""
        self._commit_open_editor()
        row = self._append_task_row()
        self.tasks_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.tasks_table.setCurrentCell(row, TITLE)
        self.tasks_table.edit(self.tasks_table.currentIndex())

    def remove_task(self) -> None:
        row = self.tasks_table.currentRow()
        if row < 0:
            return
        self._commit_open_editor()
        self.tasks_table.removeRow(row)
        if self.tasks_table.rowCount():
            self.tasks_table.setCurrentCell(min(row, self.tasks_table.rowCount() - 1), TITLE)
        self._update_task_buttons()

    def move_task(self, step: int) -> None:
        """Move the current task up (-1) or down (+1), keeping it current."""
        table = self.tasks_table
        row, column = table.currentRow(), max(table.currentColumn(), TITLE)
        target = row + step
        if row < 0 or not 0 <= target < table.rowCount():
            return
        self._commit_open_editor()
        for col in (TITLE, MINUTES):
            moving, other = table.takeItem(row, col), table.takeItem(target, col)
            table.setItem(target, col, moving)
            table.setItem(row, col, other)
        table.setCurrentCell(target, column)
        self._update_task_buttons()

    def _append_task_row(self) -> int:
        table = self.tasks_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, TITLE, QTableWidgetItem(""))
        minutes = QTableWidgetItem()
        minutes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, MINUTES, minutes)
        self._update_task_buttons()
        return row

    def _on_task_changed(self, item: QTableWidgetItem) -> None:
        """A task that gets a title gets the default time box, if it has none yet."""
        if item.column() != TITLE or not item.text().strip():
            return
        minutes = self.tasks_table.item(item.row(), MINUTES)
        if minutes is not None and not minutes.data(Qt.ItemDataRole.EditRole):
            minutes.setData(Qt.ItemDataRole.EditRole, DEFAULT_TASK_MINUTES)

    def _update_task_buttons(self) -> None:
        row, count = self.tasks_table.currentRow(), self.tasks_table.rowCount()
        editable = not self._tasks_locked()
        self.add_task_button.setEnabled(editable)
        self.remove_task_button.setEnabled(editable and 0 <= row < count)
        self.move_up_button.setEnabled(editable and 0 < row < count)
        self.move_down_button.setEnabled(editable and 0 <= row < count - 1)

    def _title(self, row: int) -> str:
        item = self.tasks_table.item(row, TITLE)
        return item.text() if item is not None else ""

    def _minutes(self, row: int) -> int:
        item = self.tasks_table.item(row, MINUTES)
        value = item.data(Qt.ItemDataRole.EditRole) if item is not None else None
        return int(value) if value else 0

    def _commit_open_editor(self) -> None:
        """Keep what is being typed in a cell, even if the cell is still open."""
        table = self.tasks_table
        if table.state() != QAbstractItemView.State.EditingState:
            return
        editor = table.indexWidget(table.currentIndex())
        if editor is not None:
            table.commitData(editor)

    # errors --------------------------------------------------------------
    def _show_error(self, err: ValidationError) -> None:
        self.error_label.setText(f"{err.message} {err.hint}".strip())
        self.error_label.show()
        self._focus_field_for(err.message)

    def _focus_field_for(self, message: str) -> None:
        """Put the cursor where the problem is, judged from the words of the message."""
        lowered = message.lower()
        number = _TASK_NUMBER.search(message)
        if number is not None:
            column = MINUTES if "time box" in lowered else TITLE
            self._focus_task(int(number.group(1)), column)
        elif "task" in lowered:
            self._focus_task(1, TITLE)
        else:
            fields = (("candidate", self.candidate_edit), ("observer", self.observer_edit),
                      ("location", self.location_edit), ("role", self.role_combo))
            widget = next((w for word, w in fields if word in lowered), None)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_task(self, number: int, column: int) -> None:
        if not self.tasks_table.rowCount():
            self._append_task_row()
        rows = self._task_rows or [0]
        row = rows[number - 1] if 0 < number <= len(rows) else rows[0]
        self.tasks_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.tasks_table.setCurrentCell(row, column)
