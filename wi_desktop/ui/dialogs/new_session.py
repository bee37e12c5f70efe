"""Plan a working interview: who, for which role, where, observed by whom, doing which tasks."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.errors import ValidationError
from wi_desktop.core.model import NewSession, PlannedTask
from wi_desktop.core.sessions import MAX_NAME_LENGTH, plan_departures, validate_new_session
from wi_desktop.core.template_library import TemplateLibrary, name_key
from wi_desktop.core.templates import RoleTemplate
from wi_desktop.ui.accessible import describe_forms
from wi_desktop.ui.dialogs.row_table import DEFAULT_TASK_MINUTES, MinutesDelegate, RowTable
from wi_desktop.ui.palette import set_tone
from wi_desktop.ui.screen_fit import fit_to_screen

STARTING_TASK_ROWS = 3
TITLE, MINUTES = 0, 1
TASK_BUTTONS = (str(QT_TRANSLATE_NOOP("NewSessionDialog", "&Add task")),
                str(QT_TRANSLATE_NOOP("NewSessionDialog", "Re&move task")),
                str(QT_TRANSLATE_NOOP("NewSessionDialog", "Move &up")),
                str(QT_TRANSLATE_NOOP("NewSessionDialog", "Move d&own")))
_TASK_NUMBER = re.compile(r"\btask (\d+)", re.IGNORECASE)
NO_TEMPLATE = str(QT_TRANSLATE_NOOP("NewSessionDialog", "No template (default rubric)"))
FROM_TEMPLATE_NOTE = str(QT_TRANSLATE_NOOP(
    "NewSessionDialog", "Tasks and rubric come from the template, the same for every "
    "candidate. A task dropped, added or given another time box for this candidate asks for "
    "a reason, kept with the session."))
TYPED_TASKS_LABEL = str(QT_TRANSLATE_NOOP("NewSessionDialog",
                                          "Planned &tasks, in order (empty rows are left out):"))
TEMPLATE_TASKS_LABEL = str(QT_TRANSLATE_NOOP("NewSessionDialog", "Planned &tasks, in order:"))


class NewSessionDialog(QDialog):
    """Collects a NewSession; closes only once the core accepts it as valid.

    With a LIBRARY, a role template can be chosen first: it fixes the role, the tasks and the
    rubric; `chosen_template` then says which (None: the tasks typed here and the default
    rubric)."""

    def __init__(self, parent: QWidget | None = None, *, default_observer: str = "",
                 role_names: list[str] | None = None, library: TemplateLibrary | None = None,
                 default_template: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New working interview"))
        self.accepted_session: NewSession | None = None
        self.chosen_template: RoleTemplate | None = None
        self._task_rows: list[int] = []  # table row of each task in the last new_session()
        self._reasons: dict[tuple[str, str], str] = {}  # given before, offered again
        self._templates: list[RoleTemplate] = []  # in the order of template_combo, after item 0
        # the role and task rows typed, kept while a template stands in for them
        self._typed: tuple[str, list[tuple[list[Any], Any]]] | None = None
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
        # current (so the row buttons work) but not highlighted, as nothing is chosen yet
        self.tasks.set_rows([(self.tasks.new_row_values(), None)] * STARTING_TASK_ROWS,
                            highlight=False)
        if self.template_combo is not None:
            self._choose_default_template(default_template)
        # the name typed first lands in the name, never in a drop-down it would open
        self.candidate_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # layout --------------------------------------------------------------
    def _build_template_choice(self, library: TemplateLibrary | None) -> None:
        self.template_note = QLabel(self.tr(FROM_TEMPLATE_NOTE), self)
        self.template_note.setStyleSheet("color: palette(placeholder-text);")
        self.template_note.setWordWrap(True)
        self.template_note.hide()
        if library is None:
            return
        combo = self.template_combo = QComboBox(self)
        combo.addItem(self.tr(NO_TEMPLATE))
        for entry in library.list():
            self._templates.append(entry.template)
            combo.addItem(entry.name + ("" if entry.read_only else "  " + self.tr("(yours)")))
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
        self.candidate_edit = self._line_edit(self.tr("e.g. Jordan Lee"))
        self.role_combo = QComboBox(self)
        self.role_combo.setEditable(True)
        self.role_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role_combo.addItems(role_names)
        self.role_combo.setCurrentIndex(-1)
        role_line = self.role_combo.lineEdit()
        assert role_line is not None  # an editable combo box has one
        role_line.setMaxLength(MAX_NAME_LENGTH)
        role_line.setPlaceholderText(self.tr("Choose or type a role, e.g. Warehouse associate"))
        self.location_edit = self._line_edit(self.tr("Optional, e.g. Dock 2"))
        self.observer_edit = self._line_edit(self.tr("Your name"))
        self.observer_edit.setText(default_observer)

    def _line_edit(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(MAX_NAME_LENGTH)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build_tasks(self) -> None:
        headers = [self.tr("Task"), self.tr("Minutes")]
        tasks = self.tasks = RowTable(headers, self, cells=True,
                                      delegates={MINUTES: MinutesDelegate()},
                                      button_texts=[self.tr(t) for t in TASK_BUTTONS])
        table = self.tasks_table = tasks.table
        table.verticalHeader().resetDefaultSectionSize()  # the style's rows, roomier here
        table.horizontalHeader().resizeSection(
            MINUTES, table.fontMetrics().horizontalAdvance("Minutes") * 2)
        table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 6)
        table.setMinimumWidth(table.fontMetrics().averageCharWidth() * 56)
        table.itemChanged.connect(self._on_task_changed)
        self.add_task_button, self.remove_task_button = tasks.add_button, tasks.remove_button
        self.move_up_button, self.move_down_button = tasks.up_button, tasks.down_button

    def _build_footer(self) -> None:
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("font-weight: bold;")
        set_tone(self.error_label, "error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Create session"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        form = QFormLayout()  # the candidate first: what an observer types first
        form.addRow(self.tr("&Candidate name:"), self.candidate_edit)
        if self.template_combo is not None:
            form.addRow(self.tr("Role tem&plate:"), self.template_combo)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Location:"), self.location_edit)
        form.addRow(self.tr("O&bserver name:"), self.observer_edit)

        tasks_label = self.tasks_label = QLabel(self.tr(TYPED_TASKS_LABEL), self)
        tasks_label.setBuddy(self.tasks_table)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(tasks_label)
        layout.addWidget(self.template_note)
        layout.addWidget(self.tasks, stretch=1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(640, 520))
        describe_forms(self)

    def _set_tab_order(self) -> None:
        template: list[QWidget] = [self.template_combo] if self.template_combo else []
        chain = [self.candidate_edit, *template, self.role_combo, self.location_edit,
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
        self.tasks.commit_open_editor()
        template = self.current_template()
        if template is None:
            self._unlock_tasks()
            return
        if self._typed is None:  # keep what was typed, for a change of mind
            self._typed = (self.role_combo.currentText(), self.tasks.rows())
        self.role_combo.setEditText(template.name)
        self.tasks.set_rows([([t.title, t.minutes or None], None) for t in template.tasks],
                            highlight=False)
        for row, task in enumerate(template.tasks):
            item = self.tasks_table.item(row, TITLE)
            if item is not None:
                item.setToolTip(task.instructions)
        rubric = " · ".join(c.name for c in template.competencies)
        self.template_note.setText(self.tr(FROM_TEMPLATE_NOTE) + "\n"
                                   + self.tr("Rubric: {competencies}.").format(competencies=rubric))
        self._set_tasks_locked(True)
        self.tasks.set_read_only(False)  # the plan may depart, with reasons (see accept)

    def _unlock_tasks(self) -> None:
        if self._typed is not None:
            role, rows = self._typed
            self._typed = None
            self.role_combo.setEditText(role)
            self.tasks.set_rows(rows, highlight=False)
        self._set_tasks_locked(False)

    def _set_tasks_locked(self, locked: bool) -> None:
        self.tasks.set_read_only(locked)
        self.role_combo.setEnabled(not locked)
        self.template_note.setVisible(locked)
        self.tasks_label.setText(self.tr(TEMPLATE_TASKS_LABEL if locked else TYPED_TASKS_LABEL))

    # the value -----------------------------------------------------------
    def new_session(self) -> NewSession:
        """What the fields say, as typed; task rows without a title are left out.
        With a template, the role and tasks are the template's."""
        self.tasks.commit_open_editor()  # keep what is being typed in a cell still open
        self._task_rows = []
        template = self.current_template()
        # a template's task keeps its instructions, whatever is changed around it
        instructions = {t.title: t.instructions for t in template.tasks} if template else {}
        tasks = []
        for row, ([title, minutes], _none) in enumerate(self.tasks.rows()):
            if str(title or "").strip():
                self._task_rows.append(row)
                tasks.append(PlannedTask(str(title), float(minutes) if minutes else 0,
                                         instructions.get(str(title).strip(), "")))
        return NewSession(
            candidate_name=self.candidate_edit.text(),
            role_name=template.name if template is not None else self.role_combo.currentText(),
            location=self.location_edit.text(),
            observer_name=self.observer_edit.text(),
            tasks=tuple(tasks),
        )

    def accept(self) -> None:
        new = self.new_session()
        template = self.current_template()
        if template is not None:  # a plan that departs from the template says why
            found = plan_departures(template, new.tasks)
            if found:
                from wi_desktop.ui.dialogs.departures import ask_reasons

                accepted, given = ask_reasons(self, found, template.name, self._reasons)
                # reasons typed are kept, even when the observer goes back to the plan
                self._reasons.update({(d.kind, d.task): d.reason for d in given if d.reason})
                if not accepted:
                    return  # back to the plan, as it was typed
                new = replace(new, departures=given)
        try:
            self.accepted_session = validate_new_session(new)
        except ValidationError as err:
            self._show_error(err)
            return
        self.chosen_template = self.current_template()
        self.error_label.hide()
        super().accept()

    # task rows -----------------------------------------------------------
    def _on_task_changed(self, item: QTableWidgetItem) -> None:
        """A task that gets a title gets the default time box, if it has none yet."""
        if item.column() != TITLE or not item.text().strip():
            return
        minutes = self.tasks_table.item(item.row(), MINUTES)
        if minutes is not None and not minutes.data(Qt.ItemDataRole.EditRole):
            minutes.setData(Qt.ItemDataRole.EditRole, DEFAULT_TASK_MINUTES)

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
            self.tasks.append_row(self.tasks.new_row_values())
        rows = self._task_rows or [0]
        row = rows[number - 1] if 0 < number <= len(rows) else rows[0]
        self.tasks.select(row, column)
