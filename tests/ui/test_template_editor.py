"""The role-template editor over a real data file: copy a built-in template, change it,
save, reopen; problems are shown in words where they are; nothing unsaved is lost silently."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from wi_desktop.core.template_library import TemplateLibrary, TemplateSource
from wi_desktop.core.templates import read_template_file
from wi_desktop.ui.dialogs.template_editor import TemplateEditorDialog

SAVE = QMessageBox.StandardButton.Save
DISCARD = QMessageBox.StandardButton.Discard
CANCEL = QMessageBox.StandardButton.Cancel
COPY = "Dental assistant (copy)"


@pytest.fixture
def library(repo, clock) -> TemplateLibrary:
    return TemplateLibrary(repo, clock)


def _open(qtbot, library: TemplateLibrary) -> TemplateEditorDialog:
    dialog = TemplateEditorDialog(library)
    qtbot.addWidget(dialog)
    dialog.asked: list[str] = []
    _answer(dialog, DISCARD)  # also when the test ends and qtbot closes the dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def dialog(qtbot, library) -> TemplateEditorDialog:
    return _open(qtbot, library)


def _listed(dialog: TemplateEditorDialog) -> list[tuple[str, str]]:
    tree = dialog.template_list
    return [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
            for i in range(tree.topLevelItemCount())]


def _select(dialog: TemplateEditorDialog, name: str) -> None:
    tree = dialog.template_list
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    tree.setCurrentItem(next(item for item in items if item.text(0) == name))


def _current(dialog: TemplateEditorDialog) -> str:
    return dialog.template_list.currentItem().text(0)


def _answer(dialog: TemplateEditorDialog, answer: QMessageBox.StandardButton) -> None:
    def ask() -> QMessageBox.StandardButton:
        dialog.asked.append("unsaved")
        return answer

    dialog.ask_unsaved = ask


def _duplicate_dental(qtbot, dialog: TemplateEditorDialog) -> None:
    _select(dialog, "Dental assistant")
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
    assert _current(dialog) == COPY


def _type_anchor(qtbot, dialog, competency_row: int, level: int, text: str) -> None:
    dialog.form.tabs.setCurrentIndex(1)
    dialog.form.competencies.select(competency_row)
    box = dialog.form.anchor_edits[level - 1]
    box.setFocus()
    box.selectAll()
    if text:
        qtbot.keyClicks(box, text)
    else:
        qtbot.keyClick(box, Qt.Key.Key_Delete)


def _save_with_ctrl_s(qtbot, dialog) -> None:
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)


# the list --------------------------------------------------------------------
def test_built_in_templates_are_listed_and_read_only(dialog, library):
    assert _listed(dialog) == [(e.name, "built-in") for e in library.list()]
    assert _current(dialog) == library.list()[0].name
    assert "read-only" in dialog.banner.text()
    assert dialog.form.name_edit.isReadOnly()
    assert all(box.isReadOnly() for box in dialog.form.anchor_edits)
    assert not dialog.form.tasks.add_button.isEnabled()
    assert not dialog.save_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert dialog.duplicate_button.isEnabled() and dialog.export_button.isEnabled()


def test_saving_a_built_in_template_with_ctrl_s_says_to_duplicate(qtbot, dialog, library):
    _save_with_ctrl_s(qtbot, dialog)
    assert "Press Duplicate" in dialog.message_label.text()
    assert library.list()[-1].source is TemplateSource.SHIPPED


def test_selecting_shows_the_tasks_instructions_and_anchors(dialog, library):
    dental = library.get("Dental assistant").template
    _select(dialog, "Dental assistant")
    assert dialog.form.name_edit.text() == "Dental assistant"
    assert dialog.form.tasks.table.item(0, 0).text() == dental.tasks[0].title
    dialog.form.tasks.select(1)
    assert dialog.form.instructions_edit.toPlainText() == dental.tasks[1].instructions
    dialog.form.competencies.select(2)
    assert [b.toPlainText() for b in dialog.form.anchor_edits] == list(
        dental.competencies[2].anchors)
    assert dialog.form.key_label.text() == "Key in exports: communication"


# duplicate, edit, save, reopen ---------------------------------------------------
def test_duplicate_edit_an_anchor_save_and_reopen_keeps_the_change(qtbot, dialog, library):
    _duplicate_dental(qtbot, dialog)
    assert ("Dental assistant (copy)", "yours") in _listed(dialog)
    assert not dialog.form.name_edit.isReadOnly() and dialog.save_button.isEnabled()
    _type_anchor(qtbot, dialog, 1, 3, "Fetched the missing item calmly.")
    assert dialog.is_dirty()

    _save_with_ctrl_s(qtbot, dialog)

    assert dialog.message_label.text() == f"Saved “{COPY}”."
    assert not dialog.is_dirty()
    assert dialog.form.tabs.currentIndex() == 1
    assert dialog.form.competencies.table.currentRow() == 1
    stored = library.get(COPY).template.competencies[1]
    assert stored.anchors[2] == "Fetched the missing item calmly."
    assert library.get("Dental assistant").template.competencies[1].anchors[2] != (
        stored.anchors[2])
    dialog.close()

    reopened = _open(qtbot, library)
    _select(reopened, COPY)
    reopened.form.competencies.select(1)
    assert reopened.form.anchor_edits[2].toPlainText() == "Fetched the missing item calmly."


def test_an_empty_anchor_is_shown_in_words_and_not_saved(qtbot, dialog, library):
    _duplicate_dental(qtbot, dialog)
    before = library.get(COPY).template
    _type_anchor(qtbot, dialog, 1, 3, "")
    dialog.form.tabs.setCurrentIndex(0)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    message = dialog.message_label.text()
    assert dialog.message_label.isVisible()
    assert message.startswith("Not saved. competencies → 2 (“Problem solving”) → anchors → 3:")
    assert "must not be empty" in message
    assert dialog.form.tabs.currentIndex() == 1  # taken to the problem
    assert dialog.form.competencies.table.currentRow() == 1
    assert dialog.form.anchor_edits[2].hasFocus()
    assert library.get(COPY).template == before
    assert dialog.is_dirty()


def test_a_problem_in_a_task_points_at_its_row(qtbot, dialog, library):
    _duplicate_dental(qtbot, dialog)
    dialog.form.tasks.select(2)
    dialog.form.instructions_edit.setPlainText("   ")
    dialog.form.tasks.select(0)
    dialog.save()
    assert dialog.message_label.text().startswith(
        "Not saved. tasks → 3 (“Turn over the surgery and reprocess inst…”) → "
        "instructions: is blank; please write something.")
    assert dialog.form.tasks.table.currentRow() == 2
    assert dialog.form.instructions_edit.hasFocus()


def test_a_built_in_name_is_refused_and_the_name_field_focused(qtbot, dialog, library):
    _duplicate_dental(qtbot, dialog)
    dialog.form.name_edit.setText("dental assistant")
    assert not dialog.save()
    assert "is the name of a built-in template" in dialog.message_label.text()
    assert dialog.form.name_edit.hasFocus()


def test_renaming_saves_under_the_new_name(qtbot, dialog, library):
    _duplicate_dental(qtbot, dialog)
    dialog.form.name_edit.setText("Hygienist")
    assert dialog.save()
    assert _current(dialog) == "Hygienist"
    assert [e.name for e in library.list() if not e.read_only] == ["Hygienist"]


def test_moving_a_task_keeps_its_instructions(qtbot, dialog, library):
    _duplicate_dental(qtbot, dialog)
    tasks = library.get(COPY).template.tasks
    dialog.form.tasks.select(0)
    qtbot.mouseClick(dialog.form.tasks.down_button, Qt.MouseButton.LeftButton)
    assert dialog.form.instructions_edit.toPlainText() == tasks[0].instructions
    dialog.save()
    assert library.get(COPY).template.tasks == (tasks[1], tasks[0], *tasks[2:])


# new templates ----------------------------------------------------------------
def test_a_new_template_gets_keys_made_from_competency_names(qtbot, dialog, library):
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form.name_edit.hasFocus() and form.name_edit.text() == "New role"
    assert _listed(dialog)[0] == ("New template (not saved)", "new")
    qtbot.keyClicks(form.name_edit, "Hygienist")
    form.description_edit.setPlainText("Cleans teeth and teaches brushing.")
    form.tasks.table.item(0, 0).setText("Scale and polish")
    form.tasks.select(0)
    form.instructions_edit.setPlainText("Scale and polish the training model.")
    form.competencies.add_row(["Chairside manner", 2.0])
    for level, box in enumerate(form.anchor_edits, start=1):
        box.setPlainText(f"Level {level} behaviour.")
    form.questions.add_row(["Why dentistry?"])
    form.version_edit.setText("2.1")
    form.confidentiality_edit.setPlainText("Keep patient details private.")
    form.consent_edit.setPlainText("We take notes.")

    assert dialog.save(), dialog.message_label.text()

    saved = library.get("Hygienist").template
    assert saved.competencies[-1].key == "chairside_manner"
    assert saved.competencies[-1].weight == 2.0
    assert saved.tasks[0].instructions == "Scale and polish the training model."
    assert saved.debrief_questions == ("Why dentistry?",)
    assert saved.agreements.confidentiality.version == "2.1"
    assert "New template (not saved)" not in [name for name, _kind in _listed(dialog)]
    assert form.key_label.text() == "Key in exports: chairside_manner"


def test_a_new_template_without_tasks_says_so(qtbot, dialog):
    dialog.new_template()
    dialog.form.description_edit.setPlainText("A role.")
    assert not dialog.save()
    assert "tasks: needs at least 1 task" in dialog.message_label.text()
    assert dialog.form.tabs.currentIndex() == 0


def test_delete_discards_a_new_template_asking_only_if_it_was_changed(dialog, library):
    dialog.confirm_delete = lambda name: pytest.fail("asked")
    dialog.new_template()
    dialog.delete()
    assert _current(dialog) == library.list()[0].name
    dialog.new_template()
    dialog.form.name_edit.setText("Hygienist")
    asked = []
    dialog.confirm_delete = lambda name: asked.append(name) or False
    dialog.delete()
    assert asked == ["Hygienist"] and _listed(dialog)[0][1] == "new"


def test_an_untouched_new_template_is_dropped_without_asking(dialog, library):
    dialog.new_template()
    _select(dialog, "Retail associate")
    assert dialog.asked == []
    assert "New template (not saved)" not in [name for name, _kind in _listed(dialog)]


# unsaved changes ----------------------------------------------------------------
def test_cancel_keeps_the_unsaved_template_shown(qtbot, dialog, library):
    _duplicate_dental(qtbot, dialog)
    dialog.form.name_edit.setText("Hygienist")
    _answer(dialog, CANCEL)
    _select(dialog, "Retail associate")
    assert dialog.asked == ["unsaved"]
    assert _current(dialog) == COPY
    assert dialog.form.name_edit.text() == "Hygienist"


def test_discard_switches_and_keeps_the_stored_version(qtbot, dialog, library):
    _duplicate_dental(qtbot, dialog)
    dialog.form.name_edit.setText("Hygienist")
    _answer(dialog, DISCARD)
    _select(dialog, "Retail associate")
    assert _current(dialog) == "Retail associate"
    assert [e.name for e in library.list() if not e.read_only] == [COPY]


def test_save_when_switching_saves_then_switches(qtbot, dialog, library):
    _duplicate_dental(qtbot, dialog)
    dialog.form.description_edit.setPlainText("Changed.")
    _answer(dialog, SAVE)
    _select(dialog, "Retail associate")
    assert _current(dialog) == "Retail associate"
    assert library.get(COPY).template.description == "Changed."


def test_closing_with_unsaved_changes_asks(qtbot, dialog, library):
    _duplicate_dental(qtbot, dialog)
    dialog.form.description_edit.setPlainText("Changed.")
    _answer(dialog, CANCEL)
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.asked == ["unsaved"]
    _answer(dialog, DISCARD)
    dialog.close()
    assert not dialog.isVisible()
    assert library.get(COPY).template.description != "Changed."


def test_revert_restores_the_stored_version(qtbot, dialog):
    _duplicate_dental(qtbot, dialog)
    dialog.form.name_edit.setText("Something else")
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert dialog.form.name_edit.text() == COPY and not dialog.is_dirty()


# delete, import, export -----------------------------------------------------------
def test_delete_asks_first(qtbot, dialog, library):
    _duplicate_dental(qtbot, dialog)
    dialog.confirm_delete = lambda name: False
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert COPY in [e.name for e in library.list()]
    dialog.confirm_delete = lambda name: name == COPY
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert COPY not in [e.name for e in library.list()]
    assert dialog.message_label.text() == f"Deleted “{COPY}”."
    assert _current(dialog) == "Junior developer"  # the one that took its place


def test_export_then_import_round_trips(qtbot, dialog, library, tmp_path):
    _duplicate_dental(qtbot, dialog)
    path = tmp_path / "out" / "dental"
    path.parent.mkdir()
    dialog.ask_save_path = lambda name: path.with_suffix(".json")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text().startswith(f"Exported “{COPY}” to")
    assert read_template_file(path.with_suffix(".json")) == library.get(COPY).template

    dialog.confirm_delete = lambda name: True
    dialog.delete()
    dialog.ask_open_path = lambda: path.with_suffix(".json")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _current(dialog) == COPY
    assert dialog.message_label.text() == f"Imported “{COPY}” from “dental.json”."


def test_a_hostile_import_is_explained_and_adds_nothing(qtbot, dialog, library, tmp_path):
    path = tmp_path / "evil.json"
    path.write_text('{"format": 1,\n "name": "X", "name": "Y"}', "utf-8")
    dialog.ask_open_path = lambda: path
    dialog.import_template()
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == (
        'Not imported. evil.json: top level: the key "name" is written twice.')
    assert all(e.read_only for e in library.list())


def test_an_export_that_cannot_be_written_names_the_path(qtbot, dialog, tmp_path: Path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", "utf-8")
    dialog.ask_save_path = lambda name: blocker / "dental.json"
    dialog.export_template()
    assert dialog.message_label.text().startswith("Not exported. The role template could not "
                                                  f"be written to “{blocker / 'dental.json'}”")


def test_a_cancelled_file_dialog_does_nothing(dialog):
    dialog.ask_open_path = lambda: None
    dialog.ask_save_path = lambda name: None
    dialog.import_template()
    dialog.export_template()
    assert not dialog.message_label.isVisible()


# keyboard and size ------------------------------------------------------------------
def test_tab_moves_through_the_fields_in_order(qtbot, dialog):
    _duplicate_dental(qtbot, dialog)
    form = dialog.form
    form.name_edit.setFocus()
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Tab)
    assert form.description_edit.hasFocus()
    qtbot.keyClick(form.description_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.tabs.tabBar()


def test_enter_in_the_name_field_presses_no_button(qtbot, dialog, library):
    _duplicate_dental(qtbot, dialog)
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and _current(dialog) == COPY
    assert [e.name for e in library.list() if not e.read_only] == [COPY]


def test_fits_a_small_laptop_screen(dialog):
    assert dialog.width() <= 1366 and dialog.height() <= 740
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
