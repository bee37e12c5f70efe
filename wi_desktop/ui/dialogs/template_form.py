"""The fields and tabs that edit one role template."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.model import Competency
from wi_desktop.core.template_library import MAX_TEMPLATE_NAME, competency_key
from wi_desktop.core.templates import (
    Agreement,
    AgreementDefaults,
    RoleTemplate,
    TemplateTask,
    WorkerStatus,
)
from wi_desktop.ui.dialogs.row_table import MinutesDelegate, RowTable, WeightDelegate

LEVELS = 5
GREY = "color: palette(placeholder-text);"
_LABEL = re.compile(r" \(“[^”]*”\)")


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
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, shown
    area.setWidget(page)
    return area


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


class TemplateForm(QWidget):
    """The fields of one role template, and the RoleTemplate they say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._rows: dict[str, list[int]] = {}  # table row of each item in the last collect()
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_TEMPLATE_NAME)
        self.name_edit.setPlaceholderText(self.tr("The role, e.g. Dental assistant"))
        self.description_edit = _text_box(self, 2, self.tr("One or two sentences about the role"))
        self.description_edit.setMaximumHeight(self.description_edit.minimumHeight() + 10)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_scrolling(self._tasks_page()), self.tr("T&asks"))
        self.tabs.addTab(_scrolling(self._rubric_page()), self.tr("&Rubric"))
        self.tabs.addTab(_scrolling(self._debrief_page()), self.tr("Debrie&f questions"))
        self.tabs.addTab(_scrolling(self._agreements_page()), self.tr("A&greements"))
        for index, tip in enumerate((
                self.tr("The tasks every candidate does, with time boxes and instructions"),
                self.tr("The competencies scored, their weights and the behaviour at each "
                        "level"),
                self.tr("The questions asked of every candidate after the tasks"),
                self.tr("The agreement, consent and pay the sessions start with"))):
            self.tabs.setTabToolTip(index, tip)
        form = QFormLayout()
        form.addRow(self._buddy(self.tr("Na&me:"), self.name_edit), self.name_edit)
        form.addRow(self._buddy(self.tr("Descri&ption:"), self.description_edit),
                    self.description_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)

    def _row_buttons(self, add: str) -> list[str]:
        return [add, self.tr("Remove"), self.tr("Move up"), self.tr("Move down")]

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _tasks_page(self) -> QWidget:
        page = QWidget()
        self.tasks = RowTable([self.tr("Task"), self.tr("Minutes")], page,
                              delegates={1: MinutesDelegate()},
                              button_texts=self._row_buttons(self.tr("Add task")))
        self.tasks.sig_current_changed.connect(self._show_instructions)
        self.instructions_edit = _text_box(page, 5,
                                           self.tr("What the candidate is told, word for word"))
        self.instructions_edit.textChanged.connect(self._keep_instructions)
        self.instructions_edit.setAccessibleName(self.tr("Instructions for the selected task"))
        self.instructions_edit.setAccessibleDescription(self.tr(
            "What the candidate is told, word for word, before the task"))
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("The same tasks, in this order, for every candidate "
                                        "(empty rows are left out):"), page, wordWrap=True))
        layout.addWidget(self.tasks, 1)
        layout.addWidget(self._buddy(self.tr("Instructions for the s&elected task, read to "
                                             "every candidate:"), self.instructions_edit))
        layout.addWidget(self.instructions_edit, 1)
        return page

    def _rubric_page(self) -> QWidget:
        page = QWidget()
        self.competencies = RowTable([self.tr("Competency"), self.tr("Weight")], page,
                                     delegates={1: WeightDelegate()},
                                     button_texts=self._row_buttons(self.tr("Add competency")))
        self.competencies.sig_current_changed.connect(self._show_anchors)
        self.competencies.table.itemChanged.connect(lambda _item: self._show_key())
        self.key_label = QLabel(page)
        self.key_label.setStyleSheet(GREY)
        self.anchor_edits = [_text_box(page, 3) for _ in range(LEVELS)]
        anchors = QFormLayout()
        anchors.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # boxes get the width
        anchors.addRow(QLabel(self.tr("What the candidate does at each level, as you would see "
                                      "it:"), page, wordWrap=True))
        for level, box in enumerate(self.anchor_edits, start=1):
            words = {1: self.tr("Level &{level} (lowest):"),
                     LEVELS: self.tr("Level &{level} (highest):")}.get(level,
                                                                     self.tr("Level &{level}:"))
            box.textChanged.connect(self._keep_anchors)
            anchors.addRow(self._buddy(words.format(level=level), box), box)
        anchors.addRow(self.key_label)
        layout = QHBoxLayout(page)
        layout.addWidget(self.competencies, 1)
        layout.addLayout(anchors, 1)
        return page

    def _debrief_page(self) -> QWidget:
        page = QWidget()
        self.questions = RowTable([self.tr("Question asked of every candidate after the tasks")],
                                  page, button_texts=self._row_buttons(self.tr("Add question")))
        layout = QVBoxLayout(page)
        layout.addWidget(self.questions)
        return page

    def _agreements_page(self) -> QWidget:
        page = QWidget()
        self.version_edit = QLineEdit(page)
        self.version_edit.setMaxLength(20)
        self.version_edit.setPlaceholderText(self.tr("e.g. 1.0"))
        self.confidentiality_edit = _text_box(page, 6)
        self.consent_edit = _text_box(page, 4)
        self.status_combo = QComboBox(page)
        for status in WorkerStatus:
            self.status_combo.addItem(QCoreApplication.translate("PayPanel", status.label),
                                      str(status))
        self.paid_check = QCheckBox(self.tr("The candidate's time is paid b&y default"), page)
        self.rate_spin = QDoubleSpinBox(page)
        self.rate_spin.setRange(0, 100_000)
        self.rate_spin.setDecimals(2)
        self.rate_spin.setSpecialValueText(self.tr("Not set"))
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._buddy(self.tr("Confidentiality agreement versi&on:"),
                                self.version_edit), self.version_edit)
        form.addRow(self._buddy(self.tr("Confidentia&lity and IP text:"),
                                self.confidentiality_edit), self.confidentiality_edit)
        form.addRow(self._buddy(self.tr("&Consent to notes:"), self.consent_edit),
                    self.consent_edit)
        form.addRow(self._buddy(self.tr("&Worker status:"), self.status_combo),
                    self.status_combo)
        form.addRow(self.paid_check)  # the whole width: its words are long in German
        form.addRow(self._buddy(self.tr("Suggested &hourly rate:"), self.rate_spin),
                    self.rate_spin)
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
            agreements = template.agreements
            self.version_edit.setText(agreements.confidentiality.version)
            self.confidentiality_edit.setPlainText(agreements.confidentiality.text)
            self.consent_edit.setPlainText(agreements.consent_to_notes)
            self.status_combo.setCurrentIndex(self.status_combo.findData(str(agreements.worker_status)))
            self.paid_check.setChecked(agreements.paid)
            self.rate_spin.setValue(agreements.hourly_rate or 0)
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
        self.key_label.setText(self.tr("Key in exports: {key}").format(key=key) if key else
                               self.tr("Key in exports: made from the name when you save"))

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
