"""Role templates: list the library, edit your own, copy the built-in ones, import and export.

The library (core) decides what may be saved; this dialog only collects the fields into a
RoleTemplate and shows, in words, where the library found a problem.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.errors import WiError
from wi_desktop.core.rubric import DEFAULT_COMPETENCIES
from wi_desktop.core.template_library import LibraryEntry, TemplateLibrary, name_key
from wi_desktop.core.templates import (
    Agreement,
    AgreementDefaults,
    RoleTemplate,
    TemplateTask,
    WorkerStatus,
)
from wi_desktop.ui.accessible import describe_forms
from wi_desktop.ui.dialogs.row_table import DEFAULT_TASK_MINUTES, PAYLOAD
from wi_desktop.ui.dialogs.template_form import GREY, TemplateForm
from wi_desktop.ui.palette import colour, set_tone
from wi_desktop.ui.screen_fit import fit_to_screen


def blank_template(name: str) -> RoleTemplate:
    """What New starts from: one empty task and the default rubric."""
    return RoleTemplate(
        name=name, description="", tasks=(TemplateTask("", "", DEFAULT_TASK_MINUTES),),
        competencies=DEFAULT_COMPETENCIES,
        agreements=AgreementDefaults(Agreement("1.0", ""), "", WorkerStatus.EMPLOYEE))


class TemplateEditorDialog(QDialog):
    """The library on the left; the selected template's fields on the right."""

    sig_templates_changed = Signal()
    """A template was saved, copied, imported or deleted."""

    def __init__(self, library: TemplateLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Role templates"))
        self.library = library
        self._shown: LibraryEntry | None = None  # None with _is_new: a template not saved yet
        self._is_new = False
        self._loaded: RoleTemplate | None = None  # as shown, for Revert
        self._baseline: RoleTemplate | None = None  # what the fields said when shown
        self.form = TemplateForm(self)
        self._build()
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        fit_to_screen(self, QSize(1240, 700))
        describe_forms(self)
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
        self.template_list.setHeaderLabels([self.tr("Template"), self.tr("Kind")])
        self.template_list.setRootIsDecorated(False)
        self.template_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.template_list.header().setStretchLastSection(False)
        self.template_list.currentItemChanged.connect(self._on_selected)
        self.template_list.setAccessibleDescription(
            self.tr("The role templates, built-in and your own; the one chosen is shown on the "
                    "right"))
        label = QLabel(self.tr("&Templates:"), left)
        label.setBuddy(self.template_list)
        buttons = QGridLayout()
        self.new_button = QPushButton(self.tr("&New"), left)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), left)
        self.delete_button = QPushButton(self.tr("&Delete…"), left)
        self.import_button = QPushButton(self.tr("&Import…"), left)
        self.export_button = QPushButton(self.tr("E&xport…"), left)
        for button, tip in ((self.new_button, self.tr("A new template of your own, empty")),
                            (self.duplicate_button, self.tr("Your own copy of the chosen "
                                                            "template, to change")),
                            (self.delete_button, self.tr("Delete the chosen template of your "
                                                         "own")),
                            (self.import_button, self.tr("Bring in a template from a JSON file")),
                            (self.export_button, self.tr("Write the chosen template to a JSON "
                                                         "file"))):
            button.setToolTip(tip)
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
        self.save_button = QPushButton(self.tr("&Save"), right)
        self.save_button.setToolTip(self.tr("Save this template (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Re&vert"), right)
        self.close_button = QPushButton(self.tr("Close"), right)
        self.revert_button.setToolTip(self.tr("Undo the changes made since the template was "
                                              "saved"))
        self.close_button.setToolTip(self.tr("Close the role templates (Esc)"))
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
            QTreeWidgetItem(tree, [self.tr("New template (not saved)"), self.tr("new")]).setData(
                0, PAYLOAD, None)
        for entry in self.library.list():
            kind = self.tr("built-in") if entry.read_only else self.tr("yours")
            item = QTreeWidgetItem(tree, [entry.name, kind])
            item.setData(0, PAYLOAD, entry.name)
            item.setToolTip(0, entry.template.description)
            item.setForeground(1, colour("muted"))
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
            self.tr("A new template, not saved yet. Press Ctrl+S to save it.") if self._is_new
            else self.tr("Built-in template: read-only. Press Duplicate to make your own copy "
                         "to change.") if read_only
            else self.tr("Your template. Sessions already created from it keep the version "
                         "they started with."))

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
            self._say(self.tr("Built-in templates are read-only. Press Duplicate to make your "
                              "own copy."), ok=False)
            return False
        replacing = None if self._is_new or self._shown is None else self._shown.name
        try:
            saved = self.library.save(self.form.template(), replacing=replacing)
        except WiError as error:
            self._say(f"{self.tr('Not saved.')} {error.message} {error.hint}".strip(), ok=False)
            self.form.focus_problem(error.message)
            return False
        tab = self.form.tabs.currentIndex()
        rows = (self.form.tasks.table.currentRow(), self.form.competencies.table.currentRow())
        self._is_new = False
        self._open(saved.name)
        self.form.tabs.setCurrentIndex(tab)
        self.form.tasks.select(rows[0])
        self.form.competencies.select(rows[1])
        self._say(self.tr("Saved “{name}”.").format(name=saved.name), ok=True)
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
                  self.tr("Copied as “{name}”, now one of your templates: change it, then "
                          "Ctrl+S saves."), self.tr("Not copied."))
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
        self._say(self.tr("Deleted “{name}”.").format(name=shown.name), ok=True)
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
                      self.tr("Imported “{name}” from “{file}”.").replace("{file}", path.name),
                      self.tr("Not imported."))

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
            self._say(f"{self.tr('Not exported.')} {error.message} {error.hint}".strip(),
                      ok=False)
            return
        self._say(self.tr("Exported “{name}” to “{path}”.").format(name=name, path=path),
                  ok=True)

    def _run(self, action: Any, done: str, failed: str) -> None:
        try:
            template: RoleTemplate = action()
        except WiError as error:
            self._say(f"{failed} {error.message} {error.hint}".strip(), ok=False)
            return
        self._open(template.name)
        self._say(done.replace("{name}", template.name), ok=True)
        self.sig_templates_changed.emit()

    def _say(self, text: str, *, ok: bool) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("" if ok else "font-weight: bold;")
        set_tone(self.message_label, "ok" if ok else "error")
        self.message_label.show()

    # questions to the user (tests replace these) ---------------------------------
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        return QMessageBox.question(self, self.tr("Unsaved changes"),
                                    self.tr("Save the changes to this template first?"),
                                    buttons, QMessageBox.StandardButton.Save)

    def confirm_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Delete template"), self.tr(
                "Delete the template “{name}”?\n\nSessions already created from it keep their "
                "own copy.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_open_path(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a role template"), "",
            self.tr("Role templates (*.json);;All files (*)"))
        return Path(name) if name else None

    def ask_save_path(self, template_name: str) -> Path | None:
        suggested = "-".join(re.findall(r"\w+", template_name.lower())) + ".json"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the role template"), suggested,
            self.tr("Role templates (*.json)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".json")

    def reject(self) -> None:
        if self._settle():
            super().reject()
