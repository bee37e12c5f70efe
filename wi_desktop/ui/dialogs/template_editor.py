"""Role templates: list the library, edit your own, copy the built-in ones, import and export.

The library (core) decides what may be saved; this dialog only collects the fields into a
RoleTemplate and shows, in words, where the library found a problem.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.errors import WiError
from wi_desktop.core.model import Competency
from wi_desktop.core.rubric import DEFAULT_COMPETENCIES
from wi_desktop.core.template_library import (
    MAX_TEMPLATE_NAME,
    LibraryEntry,
    TemplateLibrary,
    competency_key,
    name_key,
)
from wi_desktop.core.templates import (
    Agreement,
    AgreementDefaults,
    RoleTemplate,
    TemplateTask,
    WorkerStatus,
)
from wi_desktop.ui.dialogs.new_session import DEFAULT_TASK_MINUTES, MinutesDelegate

PAYLOAD = Qt.ItemDataRole.UserRole
LEVELS = 5
GREY = "color: palette(placeholder-text);"
_LABEL = re.compile(r" \(“[^”]*”\)")
_Index = QModelIndex | QPersistentModelIndex


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
    """A table of rows with Add, Remove and Move buttons; column 0 carries hidden data."""

    sig_current_changed = Signal(int)
    """The current row changed (-1: none)."""

    def __init__(self, headers: Sequence[str], noun: str, parent: QWidget | None = None,
                 *, delegates: dict[int, QStyledItemDelegate] | None = None) -> None:
        super().__init__(parent)
        table = self.table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(list(headers))
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        self.add_button = QPushButton(f"Add {noun}", self)
        self.remove_button = QPushButton("Remove", self)
        self.up_button = QPushButton("Move up", self)
        self.down_button = QPushButton("Move down", self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table, 1)
        layout.addLayout(side)
        self._read_only = False

    def set_rows(self, rows: Sequence[tuple[Sequence[Any], Any]]) -> None:
        """Replace every row: (cell values, hidden data)."""
        self.table.setRowCount(0)
        for values, payload in rows:
            self._append(values, payload)
        self.table.setCurrentCell(0 if rows else -1, 0)
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
        row = self._append(values or self.new_row_values(), payload)
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
        target = row + step
        if row < 0 or not 0 <= target < table.rowCount():
            return
        self.commit_open_editor()
        for column in range(table.columnCount()):
            moving, other = table.takeItem(row, column), table.takeItem(target, column)
            table.setItem(target, column, moving)
            table.setItem(row, column, other)
        table.setCurrentCell(target, 0)

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

    def _append(self, values: Sequence[Any], payload: Any) -> int:
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


def _text_box(parent: QWidget, lines: int, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def blank_template(name: str) -> RoleTemplate:
    """What New starts from: one empty task and the default rubric."""
    return RoleTemplate(
        name=name, description="", tasks=(TemplateTask("", "", DEFAULT_TASK_MINUTES),),
        competencies=DEFAULT_COMPETENCIES,
        agreements=AgreementDefaults(Agreement("1.0", ""), "", WorkerStatus.EMPLOYEE))


class TemplateForm(QWidget):
    """The fields of one role template, and the RoleTemplate they say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._rows: dict[str, list[int]] = {}  # table row of each item in the last collect()
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_TEMPLATE_NAME)
        self.name_edit.setPlaceholderText("The role, e.g. Dental assistant")
        self.description_edit = _text_box(self, 2, "One or two sentences about the role")
        self.description_edit.setMaximumHeight(self.description_edit.minimumHeight() + 10)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_scrolling(self._tasks_page()), "T&asks")
        self.tabs.addTab(_scrolling(self._rubric_page()), "&Rubric")
        self.tabs.addTab(_scrolling(self._debrief_page()), "Debrie&f questions")
        self.tabs.addTab(_scrolling(self._agreements_page()), "A&greements")
        form = QFormLayout()
        form.addRow(self._buddy("Na&me:", self.name_edit), self.name_edit)
        form.addRow(self._buddy("Descri&ption:", self.description_edit), self.description_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _tasks_page(self) -> QWidget:
        page = QWidget()
        self.tasks = RowTable(["Task", "Minutes"], "task", page, delegates={1: MinutesDelegate()})
        self.tasks.sig_current_changed.connect(self._show_instructions)
        self.instructions_edit = _text_box(page, 5, "What the candidate is told, word for word")
        self.instructions_edit.textChanged.connect(self._keep_instructions)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("The same tasks, in this order, for every candidate "
                                "(empty rows are left out):", page))
        layout.addWidget(self.tasks, 1)
        layout.addWidget(self._buddy("Instructions for the s&elected task, read to every "
                                     "candidate:", self.instructions_edit))
        layout.addWidget(self.instructions_edit, 1)
        return page

    def _rubric_page(self) -> QWidget:
        page = QWidget()
        self.competencies = RowTable(["Competency", "Weight"], "competency", page,
                                     delegates={1: WeightDelegate()})
        self.competencies.sig_current_changed.connect(self._show_anchors)
        self.competencies.table.itemChanged.connect(lambda _item: self._show_key())
        self.key_label = QLabel(page)
        self.key_label.setStyleSheet(GREY)
        self.anchor_edits = [_text_box(page, 3) for _ in range(LEVELS)]
        anchors = QFormLayout()
        anchors.addRow(QLabel("What the candidate does at each level, as you would see it:",
                              page))
        for level, box in enumerate(self.anchor_edits, start=1):
            extra = {1: " (lowest)", LEVELS: " (highest)"}.get(level, "")
            box.textChanged.connect(self._keep_anchors)
            anchors.addRow(self._buddy(f"Level &{level}{extra}:", box), box)
        anchors.addRow(self.key_label)
        layout = QHBoxLayout(page)
        layout.addWidget(self.competencies, 2)
        layout.addLayout(anchors, 3)
        return page

    def _debrief_page(self) -> QWidget:
        page = QWidget()
        self.questions = RowTable(["Question asked of every candidate after the tasks"],
                                  "question", page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.questions)
        return page

    def _agreements_page(self) -> QWidget:
        page = QWidget()
        self.version_edit = QLineEdit(page)
        self.version_edit.setMaxLength(20)
        self.version_edit.setPlaceholderText("e.g. 1.0")
        self.confidentiality_edit = _text_box(page, 6)
        self.consent_edit = _text_box(page, 4)
        self.status_combo = QComboBox(page)
        for status in WorkerStatus:
            self.status_combo.addItem(status.label, str(status))
        self.paid_check = QCheckBox("The candidate's time is paid b&y default", page)
        self.rate_spin = QDoubleSpinBox(page)
        self.rate_spin.setRange(0, 100_000)
        self.rate_spin.setDecimals(2)
        self.rate_spin.setSpecialValueText("Not set")
        form = QFormLayout(page)
        form.addRow(self._buddy("Confidentiality agreement versi&on:", self.version_edit),
                    self.version_edit)
        form.addRow(self._buddy("Confidentia&lity and IP text:", self.confidentiality_edit),
                    self.confidentiality_edit)
        form.addRow(self._buddy("&Consent to notes:", self.consent_edit), self.consent_edit)
        form.addRow(self._buddy("&Worker status:", self.status_combo), self.status_combo)
        form.addRow("", self.paid_check)
        form.addRow(self._buddy("Suggested &hourly rate:", self.rate_spin), self.rate_spin)
        return page

    # template in and out -------------------------------------------------
    def show_template(self, template: RoleTemplate) -> None:
        self._loading = True
        try:
            self.name_edit.setText(template.name)
            self.description_edit.setPlainText(template.description)
            self.tasks.set_rows([([t.title, t.minutes], t.instructions) for t in template.tasks])
            self.competencies.set_rows([([c.name, c.weight], (c.key, list(c.anchors)))
                                        for c in template.competencies])
            self.questions.set_rows([([q], None) for q in template.debrief_questions])
            terms = template.agreements
            self.version_edit.setText(terms.confidentiality.version)
            self.confidentiality_edit.setPlainText(terms.confidentiality.text)
            self.consent_edit.setPlainText(terms.consent_to_notes)
            self.status_combo.setCurrentIndex(self.status_combo.findData(str(terms.worker_status)))
            self.paid_check.setChecked(terms.paid)
            self.rate_spin.setValue(terms.hourly_rate or 0)
        finally:
            self._loading = False
        self._show_instructions(self.tasks.table.currentRow())
        self._show_anchors(self.competencies.table.currentRow())

    def template(self) -> RoleTemplate:
        """What the fields say; rows left wholly empty are left out."""
        self._rows = {"tasks": [], "competencies": [], "debrief_questions": []}
        tasks = []
        for row, ([title, minutes], instructions) in enumerate(self.tasks.rows()):
            if str(title or "").strip() or str(instructions or "").strip():
                self._rows["tasks"].append(row)
                tasks.append(TemplateTask(str(title or ""), str(instructions or ""),
                                          _number(minutes)))
        questions = []
        for row, ([question], _none) in enumerate(self.questions.rows()):
            if str(question or "").strip():
                self._rows["debrief_questions"].append(row)
                questions.append(str(question))
        return RoleTemplate(
            name=self.name_edit.text(), description=self.description_edit.toPlainText(),
            tasks=tuple(tasks), competencies=self._competencies(),
            agreements=AgreementDefaults(
                Agreement(self.version_edit.text(), self.confidentiality_edit.toPlainText()),
                consent_to_notes=self.consent_edit.toPlainText(),
                worker_status=WorkerStatus(self.status_combo.currentData()),
                paid=self.paid_check.isChecked(), hourly_rate=self.rate_spin.value() or None),
            debrief_questions=tuple(questions))

    def _competencies(self) -> tuple[Competency, ...]:
        rows = self.competencies.rows()
        taken = {payload[0] for _values, payload in rows if payload and payload[0]}
        result: list[Competency] = []
        for row, ([name, weight], payload) in enumerate(rows):
            key, anchors = payload or ("", [""] * LEVELS)
            if not str(name or "").strip() and not any(a.strip() for a in anchors):
                continue
            if not key:  # a new competency: its key is made from its name, once
                key = competency_key(str(name or ""), taken)
                taken.add(key)
            self._rows["competencies"].append(row)
            result.append(Competency(key=key, name=str(name or ""), anchors=tuple(anchors),
                                     weight=_number(weight), hotkey=len(result) + 1))
        return tuple(result)

    def set_read_only(self, read_only: bool) -> None:
        for line in (self.name_edit, self.version_edit):
            line.setReadOnly(read_only)
        for box in (self.description_edit, self.instructions_edit, self.confidentiality_edit,
                    self.consent_edit, *self.anchor_edits):
            box.setReadOnly(read_only)
        for table in (self.tasks, self.competencies, self.questions):
            table.set_read_only(read_only)
        self.rate_spin.setReadOnly(read_only)
        self.status_combo.setEnabled(not read_only)
        self.paid_check.setEnabled(not read_only)

    # the selected task and competency ----------------------------------------
    def _show_instructions(self, row: int) -> None:
        self._loading, was = True, self._loading
        self.instructions_edit.setPlainText(str(self.tasks.payload(row) or "") if row >= 0 else "")
        self.instructions_edit.setEnabled(row >= 0)
        self._loading = was

    def _keep_instructions(self) -> None:
        if not self._loading:
            self.tasks.set_payload(self.tasks.table.currentRow(),
                                   self.instructions_edit.toPlainText())

    def _show_anchors(self, row: int) -> None:
        _key, anchors = self.competencies.payload(row) or ("", [""] * LEVELS)
        self._loading, was = True, self._loading
        for box, text in zip(self.anchor_edits, anchors, strict=True):
            box.setPlainText(text)
            box.setEnabled(row >= 0)
        self._loading = was
        self._show_key()

    def _keep_anchors(self) -> None:
        row = self.competencies.table.currentRow()
        if self._loading or row < 0:
            return
        key, _anchors = self.competencies.payload(row) or ("", [])
        self.competencies.set_payload(row, (key, [b.toPlainText() for b in self.anchor_edits]))

    def _show_key(self) -> None:
        row = self.competencies.table.currentRow()
        key = (self.competencies.payload(row) or ("",))[0] if row >= 0 else ""
        self.key_label.setText(f"Key in exports: {key}" if key else
                               "Key in exports: made from the name when you save")

    # pointing at a problem ---------------------------------------------------
    def focus_problem(self, message: str) -> None:
        """Show the field a library message names, e.g. 'competencies → 2 → anchors → 3'."""
        parts = _LABEL.sub("", message).split(": ", 1)[0].split(" → ")
        field, rest = parts[0], parts[1:]
        number = int(rest[0]) - 1 if rest and rest[0].isdigit() else -1
        leaf = rest[1:] if number >= 0 else rest
        simple = {"name": self.name_edit, "description": self.description_edit}
        if field in simple:
            simple[field].setFocus(Qt.FocusReason.OtherFocusReason)
        elif field in ("tasks", "competencies", "debrief_questions"):
            self._focus_row(field, number, leaf)
        elif field == "agreements":
            self.tabs.setCurrentIndex(3)
            self._agreement_widget(leaf).setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_row(self, field: str, number: int, leaf: list[str]) -> None:
        tab, table = {"tasks": (0, self.tasks), "competencies": (1, self.competencies),
                      "debrief_questions": (2, self.questions)}[field]
        self.tabs.setCurrentIndex(tab)
        rows = self._rows.get(field, [])
        row = rows[number] if 0 <= number < len(rows) else 0
        column = 1 if leaf[:1] in (["minutes"], ["weight"]) else 0
        table.select(row, column)
        if leaf[:1] == ["instructions"]:
            self.instructions_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif leaf[:1] == ["anchors"] and len(leaf) > 1 and leaf[1].isdigit():
            self.anchor_edits[min(int(leaf[1]), LEVELS) - 1].setFocus(
                Qt.FocusReason.OtherFocusReason)
        elif not table.table.rowCount():
            table.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _agreement_widget(self, leaf: list[str]) -> QWidget:
        if leaf[:2] == ["confidentiality", "version"]:
            return self.version_edit
        return {"confidentiality": self.confidentiality_edit, "consent_to_notes":
                self.consent_edit, "worker_status": self.status_combo, "hourly_rate":
                self.rate_spin}.get(leaf[0] if leaf else "", self.version_edit)


class TemplateEditorDialog(QDialog):
    """The library on the left; the selected template's fields on the right."""

    sig_templates_changed = Signal()
    """A template was saved, copied, imported or deleted."""

    def __init__(self, library: TemplateLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Role templates")
        self.library = library
        self._shown: LibraryEntry | None = None  # None with _is_new: a template not saved yet
        self._is_new = False
        self._loaded: RoleTemplate | None = None  # as shown, for Revert
        self._baseline: RoleTemplate | None = None  # what the fields said when shown
        self.form = TemplateForm(self)
        self._build()
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.resize(1240, 700)
        entries = self.library.list()
        self._open(entries[0].name if entries else None)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field must not press New or Delete
        self.template_list.setFocus(Qt.FocusReason.OtherFocusReason)
        if library.problems:
            self._say(" ".join(library.problems), ok=False)

    def _build(self) -> None:
        left = QWidget(self)
        self.template_list = QTreeWidget(left)
        self.template_list.setHeaderLabels(["Template", "Kind"])
        self.template_list.setRootIsDecorated(False)
        self.template_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.template_list.header().setStretchLastSection(False)
        self.template_list.currentItemChanged.connect(self._on_selected)
        label = QLabel("&Templates:", left)
        label.setBuddy(self.template_list)
        buttons = QGridLayout()
        self.new_button = QPushButton("&New", left)
        self.duplicate_button = QPushButton("D&uplicate", left)
        self.delete_button = QPushButton("&Delete…", left)
        self.import_button = QPushButton("&Import…", left)
        self.export_button = QPushButton("E&xport…", left)
        for n, (button, slot) in enumerate(((self.new_button, self.new_template),
                                            (self.duplicate_button, self.duplicate),
                                            (self.delete_button, self.delete),
                                            (self.import_button, self.import_template),
                                            (self.export_button, self.export_template))):
            button.clicked.connect(slot)
            buttons.addWidget(button, n // 2, n % 2)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(label)
        left_layout.addWidget(self.template_list, 1)
        left_layout.addLayout(buttons)

        right = QWidget(self)
        self.banner = QLabel(right)
        self.banner.setWordWrap(True)
        self.message_label = QLabel(right)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        self.save_button = QPushButton("&Save", right)
        self.save_button.setToolTip("Save this template (Ctrl+S)")
        self.revert_button = QPushButton("Re&vert", right)
        self.close_button = QPushButton("Close", right)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.revert_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.form, 1)
        right_layout.addWidget(self.message_label)
        right_layout.addLayout(row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 940])
        self.splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(self.splitter)

    # the list --------------------------------------------------------------
    def _fill_list(self, select: str | None) -> None:
        """Rebuild the list and make SELECT (None: the new template) current, quietly."""
        tree = self.template_list
        tree.blockSignals(True)
        tree.clear()
        if self._is_new:
            QTreeWidgetItem(tree, ["New template (not saved)", "new"]).setData(0, PAYLOAD, None)
        for entry in self.library.list():
            item = QTreeWidgetItem(tree, [entry.name, "built-in" if entry.read_only else "yours"])
            item.setData(0, PAYLOAD, entry.name)
            item.setToolTip(0, entry.template.description)
            item.setForeground(1, QColor("#6b6b6b"))
            if select is not None and name_key(entry.name) == name_key(select):
                tree.setCurrentItem(item)
        draft = tree.topLevelItem(0)
        if select is None and self._is_new and draft is not None:
            tree.setCurrentItem(draft)
        tree.resizeColumnToContents(1)
        tree.blockSignals(False)

    def _on_selected(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        target = current.data(0, PAYLOAD) if current is not None else None
        if current is None or target is None or self._is_shown(target):
            return
        if not self._settle():
            self._fill_list(self._shown.name if self._shown else None)
            return
        self._is_new = False
        self._open(target)

    def _is_shown(self, name: str) -> bool:
        return (not self._is_new and self._shown is not None
                and name_key(self._shown.name) == name_key(name))

    def _open(self, name: str | None) -> None:
        self._fill_list(name)
        self._shown = self.library.get(name) if name is not None else None
        if self._shown is not None:
            self._show(self._shown.template)
        self._update_state()

    def _show(self, template: RoleTemplate) -> None:
        self._loaded = template
        self.form.show_template(template)
        self._baseline = self.form.template()
        self.form.set_read_only(self._read_only())
        self.message_label.hide()
        self._update_state()

    def _read_only(self) -> bool:
        return not self._is_new and (self._shown is None or self._shown.read_only)

    def _update_state(self) -> None:
        read_only, editable = self._read_only(), not self._read_only()
        self.save_button.setEnabled(editable)
        self.revert_button.setEnabled(editable)
        self.duplicate_button.setEnabled(self._shown is not None and not self._is_new)
        self.export_button.setEnabled(self._shown is not None and not self._is_new)
        self.delete_button.setEnabled(self._is_new or (self._shown is not None and editable))
        self.banner.setStyleSheet(GREY)
        self.banner.setText(
            "A new template, not saved yet. Press Ctrl+S to save it." if self._is_new else
            "Built-in template: read-only. Press Duplicate to make your own copy to change."
            if read_only else "Your template. Sessions already created from it keep the "
            "version they started with.")

    # changes ---------------------------------------------------------------
    def is_dirty(self) -> bool:
        return (not self._read_only() and self._baseline is not None
                and self.form.template() != self._baseline)

    def _settle(self) -> bool:
        """True when the shown template may be left: saved, discarded or unchanged."""
        if not self.is_dirty():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def save(self) -> bool:
        """Save the shown template through the library; a problem is shown in words."""
        if self._read_only():
            self._say("Built-in templates are read-only. Press Duplicate to make your own "
                      "copy.", ok=False)
            return False
        replacing = None if self._is_new or self._shown is None else self._shown.name
        try:
            saved = self.library.save(self.form.template(), replacing=replacing)
        except WiError as error:
            self._say(f"Not saved. {error.message} {error.hint}".strip(), ok=False)
            self.form.focus_problem(error.message)
            return False
        tab = self.form.tabs.currentIndex()
        rows = (self.form.tasks.table.currentRow(), self.form.competencies.table.currentRow())
        self._is_new = False
        self._open(saved.name)
        self.form.tabs.setCurrentIndex(tab)
        self.form.tasks.select(rows[0])
        self.form.competencies.select(rows[1])
        self._say(f"Saved “{saved.name}”.", ok=True)
        self.sig_templates_changed.emit()
        return True

    def revert(self) -> None:
        if self._loaded is not None:
            self._show(self._loaded)

    # buttons ---------------------------------------------------------------
    def new_template(self) -> None:
        if not self._settle():
            return
        self._is_new, self._shown = True, None
        self._fill_list(None)
        self._show(blank_template(self.library.unused_name("New role", first="",
                                                           then=" {n}")))
        self.form.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.name_edit.selectAll()

    def duplicate(self) -> None:
        if self._shown is None or self._is_new or not self._settle():
            return
        self._run(lambda: self.library.duplicate(self._shown.name if self._shown else ""),
                  "Copied as “{}”, now one of your templates: change it, then Ctrl+S saves.",
                  "Not copied.")
        self.form.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete(self) -> None:
        if self._is_new:  # Delete on a template not saved yet discards it
            if self.is_dirty() and not self.confirm_delete(self.form.name_edit.text()):
                return
            self._is_new = False
            self._open(self._neighbour(None))
            return
        shown = self._shown
        if shown is None or shown.read_only or not self.confirm_delete(shown.name):
            return
        after = self._neighbour(shown.name)
        try:
            self.library.delete(shown.name)
        except WiError as error:
            self._say(str(error), ok=False)
            return
        self._open(after)
        self._say(f"Deleted “{shown.name}”.", ok=True)
        self.sig_templates_changed.emit()

    def _neighbour(self, name: str | None) -> str | None:
        names = [e.name for e in self.library.list()]
        if name not in names:
            return names[0] if names else None
        index = names.index(name)
        others = names[:index] + names[index + 1:]
        return others[min(index, len(others) - 1)] if others else None

    def import_template(self) -> None:
        if not self._settle():
            return
        path = self.ask_open_path()
        if path is not None:
            self._is_new = False
            self._run(lambda: self.library.import_file(path),
                      "Imported “{}” from " + f"“{path.name}”.", "Not imported.")

    def export_template(self) -> None:
        if self._shown is None or self._is_new or not self._settle():
            return
        name = self._shown.name
        path = self.ask_save_path(name)
        if path is None:
            return
        try:
            self.library.export(name, path)
        except WiError as error:
            self._say(f"Not exported. {error.message} {error.hint}".strip(), ok=False)
            return
        self._say(f"Exported “{name}” to “{path}”.", ok=True)

    def _run(self, action: Any, done: str, failed: str) -> None:
        try:
            template: RoleTemplate = action()
        except WiError as error:
            self._say(f"{failed} {error.message} {error.hint}".strip(), ok=False)
            return
        self._open(template.name)
        self._say(done.format(template.name), ok=True)
        self.sig_templates_changed.emit()

    def _say(self, text: str, *, ok: bool) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(
            "color: #1b7f3b;" if ok else "color: #b3261e; font-weight: bold;")
        self.message_label.show()

    # questions to the user (tests replace these) ---------------------------------
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        return QMessageBox.question(self, "Unsaved changes", "Save the changes to this "
                                    "template first?", buttons, QMessageBox.StandardButton.Save)

    def confirm_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self, "Delete template", f"Delete the template “{name}”?\n\nSessions already "
            "created from it keep their own copy.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_open_path(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, "Import a role template", "", "Role templates (*.json);;All files (*)")
        return Path(name) if name else None

    def ask_save_path(self, template_name: str) -> Path | None:
        suggested = "-".join(re.findall(r"\w+", template_name.lower())) + ".json"
        name, _filter = QFileDialog.getSaveFileName(
            self, "Export the role template", suggested, "Role templates (*.json)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".json")

    def reject(self) -> None:
        if self._settle():
            super().reject()
