"""The New session dialog: typed fields become a NewSession; errors stay in the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QSpinBox

from wi_desktop.core.model import NewSession, PlannedTask
from wi_desktop.core.template_library import TemplateLibrary
from wi_desktop.ui.dialogs.new_session import MINUTES, NO_TEMPLATE, TITLE, NewSessionDialog

ROLES = ["Warehouse associate", "Café barista", "Line cook"]


@pytest.fixture
def dialog(qtbot) -> NewSessionDialog:
    dialog = NewSessionDialog(default_observer="Pat Kim", role_names=ROLES)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _focused():
    return QApplication.focusWidget()


def _type_task(qtbot, dialog: NewSessionDialog, row: int, title: str, minutes: int) -> None:
    """Go to the row, F2 to edit the title, Tab to the minutes, type them, Enter."""
    table = dialog.tasks_table
    table.setFocus()
    table.setCurrentCell(row, TITLE)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(_focused(), title)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    spin = _focused()
    assert isinstance(spin, QSpinBox)
    qtbot.keyClicks(spin, str(minutes))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view closes the editor in a queued call, as between keys


def _cell(dialog: NewSessionDialog, row: int, column: int) -> str:
    value = dialog.tasks_table.model().index(row, column).data(Qt.ItemDataRole.DisplayRole)
    return "" if value is None else str(value)


def _titles(dialog: NewSessionDialog) -> list[str]:
    return [_cell(dialog, row, TITLE) for row in range(dialog.tasks_table.rowCount())]


def test_opens_ready_to_type(dialog):
    assert dialog.windowTitle() == "New working interview"
    assert dialog.candidate_edit.hasFocus()
    assert dialog.observer_edit.text() == "Pat Kim"
    assert dialog.role_combo.currentText() == ""
    assert [dialog.role_combo.itemText(i) for i in range(dialog.role_combo.count())] == ROLES
    assert dialog.tasks_table.rowCount() == 3
    assert _titles(dialog) == ["", "", ""]
    assert dialog.create_button.text() == "Create session"
    assert dialog.create_button.isDefault()
    assert not dialog.error_label.isVisible()


def test_typing_and_clicking_create_the_session(qtbot, dialog):
    qtbot.keyClicks(dialog.candidate_edit, "Jordan Lee")
    qtbot.keyClick(dialog.candidate_edit, Qt.Key.Key_Tab)
    assert dialog.role_combo.hasFocus()
    dialog.role_combo.setCurrentIndex(0)
    qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Tab)
    assert dialog.location_edit.hasFocus()
    qtbot.keyClicks(dialog.location_edit, "Dock 2")
    _type_task(qtbot, dialog, 0, "Pick an order", 10)
    _type_task(qtbot, dialog, 1, "Pack and label", 5)
    assert _cell(dialog, 0, MINUTES) == "10"

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.accepted_session == NewSession(
        candidate_name="Jordan Lee", role_name="Warehouse associate", location="Dock 2",
        observer_name="Pat Kim",
        tasks=(PlannedTask("Pick an order", 10), PlannedTask("Pack and label", 5)))


def test_enter_in_a_field_creates_the_session_cleaned(qtbot, dialog):
    qtbot.keyClicks(dialog.candidate_edit, "  Ana   Novak ")
    qtbot.keyClicks(dialog.role_combo.lineEdit(), "Sous chef")
    _type_task(qtbot, dialog, 2, " Prep the mise en place ", 20)

    qtbot.keyClick(dialog.observer_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.accepted_session == NewSession(
        candidate_name="Ana Novak", role_name="Sous chef", location="",
        observer_name="Pat Kim", tasks=(PlannedTask("Prep the mise en place", 20),))


def test_enter_in_a_task_cell_finishes_the_cell_not_the_dialog(qtbot, dialog):
    qtbot.keyClicks(dialog.candidate_edit, "Jordan Lee")
    qtbot.keyClicks(dialog.role_combo.lineEdit(), "Picker")
    _type_task(qtbot, dialog, 0, "Pick an order", 10)  # ends with Enter in the minutes cell
    assert dialog.isVisible()
    assert dialog.accepted_session is None
    assert _cell(dialog, 0, TITLE) == "Pick an order"


def test_a_titled_task_gets_the_default_time_box(dialog):
    dialog.tasks_table.item(0, TITLE).setText("Sweep the floor")
    assert _cell(dialog, 0, MINUTES) == "15"
    assert _cell(dialog, 1, MINUTES) == ""


def test_empty_task_rows_are_left_out(qtbot, dialog):
    _type_task(qtbot, dialog, 1, "Only task", 30)
    dialog.tasks_table.item(2, TITLE).setText("   ")
    assert dialog.new_session().tasks == (PlannedTask("Only task", 30),)


def test_missing_candidate_shows_the_error_and_stays_open(qtbot, dialog):
    _type_task(qtbot, dialog, 0, "Pick an order", 10)
    qtbot.keyClicks(dialog.role_combo.lineEdit(), "Picker")
    qtbot.keyClick(dialog.tasks_table, Qt.Key.Key_Tab)

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.accepted_session is None
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Please enter the candidate's name."
    qtbot.keyClicks(dialog.candidate_edit, "J")  # starting to fix it clears the message
    assert not dialog.error_label.isVisible()
    assert dialog.candidate_edit.hasFocus()


def test_no_tasks_points_at_the_task_table(qtbot, dialog):
    qtbot.keyClicks(dialog.candidate_edit, "Jordan Lee")
    qtbot.keyClicks(dialog.role_combo.lineEdit(), "Picker")
    qtbot.keyClick(dialog.candidate_edit, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.error_label.text() == "Please plan at least one task."
    assert dialog.tasks_table.hasFocus()


def test_a_bad_task_title_focuses_its_row(qtbot, dialog):
    qtbot.keyClicks(dialog.candidate_edit, "Jordan Lee")
    qtbot.keyClicks(dialog.role_combo.lineEdit(), "Picker")
    dialog.tasks_table.item(2, TITLE).setText("x" * 300)
    qtbot.keyClick(dialog.candidate_edit, Qt.Key.Key_Return)

    assert "title of task 1" in dialog.error_label.text()
    assert dialog.tasks_table.hasFocus()
    assert dialog.tasks_table.currentRow() == 2


def test_fixing_the_error_then_creates(qtbot, dialog):
    _type_task(qtbot, dialog, 0, "Pick an order", 10)
    qtbot.keyClicks(dialog.role_combo.lineEdit(), "Picker")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.candidate_edit, "Jordan Lee")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert dialog.accepted_session.candidate_name == "Jordan Lee"


def test_add_task_opens_a_new_row_for_typing(qtbot, dialog):
    qtbot.keyClick(dialog.candidate_edit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.tasks_table.rowCount() == 4)  # a mnemonic animates the click
    assert dialog.tasks_table.currentRow() == 3
    qtbot.keyClicks(_focused(), "Fourth task")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert _titles(dialog) == ["", "", "", "Fourth task"]


def test_move_and_remove_tasks(qtbot, dialog):
    for row, title in enumerate(("First", "Second", "Third")):
        dialog.tasks_table.item(row, TITLE).setText(title)
    dialog.tasks_table.setCurrentCell(0, TITLE)
    assert not dialog.move_up_button.isEnabled()

    qtbot.mouseClick(dialog.move_down_button, Qt.MouseButton.LeftButton)
    assert _titles(dialog) == ["Second", "First", "Third"]
    assert dialog.tasks_table.currentRow() == 1

    dialog.tasks_table.setCurrentCell(2, TITLE)
    assert not dialog.move_down_button.isEnabled()
    qtbot.mouseClick(dialog.move_up_button, Qt.MouseButton.LeftButton)
    assert _titles(dialog) == ["Second", "Third", "First"]

    qtbot.mouseClick(dialog.remove_task_button, Qt.MouseButton.LeftButton)
    assert _titles(dialog) == ["Second", "First"]
    assert [t.title for t in dialog.new_session().tasks] == ["Second", "First"]


def test_cancel_leaves_no_session(qtbot, dialog):
    qtbot.keyClicks(dialog.candidate_edit, "Jordan Lee")
    qtbot.keyClick(dialog.candidate_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.accepted_session is None


def test_tab_order_follows_the_form(qtbot, dialog):
    order = [_focused()]
    for _ in range(5):
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
        order.append(_focused())
    assert order == [dialog.candidate_edit, dialog.role_combo, dialog.location_edit,
                     dialog.observer_edit, dialog.tasks_table, dialog.add_task_button]


def test_fits_a_small_laptop_screen(dialog):
    hint = dialog.sizeHint().expandedTo(dialog.size())
    assert hint.width() <= 1366 and hint.height() <= 700


# role templates ------------------------------------------------------------------
@pytest.fixture
def library(repo, clock) -> TemplateLibrary:
    return TemplateLibrary(repo, clock)


@pytest.fixture
def template_dialog(qtbot, library) -> NewSessionDialog:
    dialog = NewSessionDialog(default_observer="Pat Kim", role_names=ROLES, library=library)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _choose(dialog: NewSessionDialog, name: str) -> None:
    combo = dialog.template_combo
    combo.setCurrentIndex(combo.findText(name))


def test_without_a_library_there_is_no_template_choice(dialog):
    assert dialog.template_combo is None
    assert dialog.current_template() is None
    assert not dialog.template_note.isVisible()


def test_the_name_comes_first_then_the_template_choice_which_lists_the_library(
        qtbot, template_dialog, library):
    combo = template_dialog.template_combo
    name = template_dialog.candidate_edit
    assert name.hasFocus()  # a name typed at once lands in the name, not in the drop-down
    qtbot.keyClicks(name, "Jordan Lee")
    assert name.text() == "Jordan Lee" and combo.currentIndex() == 0
    assert [combo.itemText(i) for i in range(combo.count())] == (
        [NO_TEMPLATE] + [e.name for e in library.list()])
    assert not template_dialog.template_note.isVisible()
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert combo.hasFocus()


def test_choosing_a_template_fixes_the_role_and_tasks(qtbot, template_dialog, library):
    dental = library.get("Dental assistant").template
    _choose(template_dialog, "Dental assistant")

    assert template_dialog.role_combo.currentText() == "Dental assistant"
    assert not template_dialog.role_combo.isEnabled()
    assert _titles(template_dialog) == [t.title for t in dental.tasks]
    assert _cell(template_dialog, 1, MINUTES) == "25"
    assert template_dialog.tasks_table.item(0, TITLE).toolTip() == dental.tasks[0].instructions
    note = template_dialog.template_note
    assert note.isVisible()
    assert note.text().startswith(
        "Tasks and rubric come from the template, the same for every candidate.")
    assert "Rubric: Technical skills · Problem solving" in note.text()
    assert "asks for a reason" in note.text()
    # the plan may depart for this candidate: the rows stay editable (with a reason later)
    assert template_dialog.remove_task_button.isEnabled()


def test_a_plan_that_departs_from_the_template_asks_why_and_keeps_the_reasons(
        qtbot, template_dialog, library, monkeypatch):
    from dataclasses import replace

    from wi_desktop.ui.dialogs import departures

    dental = library.get("Dental assistant").template
    _choose(template_dialog, "Dental assistant")
    qtbot.keyClicks(template_dialog.candidate_edit, "Jordan Lee")
    table = template_dialog.tasks_table
    table.setCurrentCell(1, TITLE)
    qtbot.mouseClick(template_dialog.remove_task_button, Qt.MouseButton.LeftButton)
    table.item(0, MINUTES).setData(Qt.ItemDataRole.EditRole, 5)
    asked = []

    def answer(parent, found, name, known):
        asked.append([d.describe() for d in found])
        if len(asked) == 1:  # the observer types one reason, then goes back to the plan
            return False, (replace(found[0], reason="reason 0"), *found[1:])
        assert known == {("dropped", found[0].task): "reason 0"}  # offered again
        return True, tuple(replace(d, reason=f"reason {n}") for n, d in enumerate(found))

    monkeypatch.setattr(departures, "ask_reasons", answer)
    qtbot.mouseClick(template_dialog.create_button, Qt.MouseButton.LeftButton)
    assert template_dialog.result() != QDialog.DialogCode.Accepted  # cancelled: still here
    qtbot.mouseClick(template_dialog.create_button, Qt.MouseButton.LeftButton)
    assert template_dialog.result() == QDialog.DialogCode.Accepted
    assert asked[1] == [f"“{dental.tasks[1].title}” dropped (the template plans "
                        f"{dental.tasks[1].minutes:g} min)",
                        f"“{dental.tasks[0].title}” time box changed from "
                        f"{dental.tasks[0].minutes:g} min to 5 min"]
    new = template_dialog.accepted_session
    assert [d.reason for d in new.departures] == ["reason 0", "reason 1"]
    assert [t.title for t in new.tasks] == [t.title for t in dental.tasks if
                                            t.title != dental.tasks[1].title]


def test_creating_with_a_template_gives_the_template_and_its_tasks(qtbot, template_dialog,
                                                                   library):
    dental = library.get("Dental assistant").template
    _choose(template_dialog, "Dental assistant")
    qtbot.keyClicks(template_dialog.candidate_edit, "Jordan Lee")

    qtbot.mouseClick(template_dialog.create_button, Qt.MouseButton.LeftButton)

    assert template_dialog.result() == QDialog.DialogCode.Accepted
    assert template_dialog.chosen_template == dental
    assert template_dialog.accepted_session == NewSession(
        candidate_name="Jordan Lee", role_name="Dental assistant", location="",
        observer_name="Pat Kim", tasks=dental.planned_tasks())
    assert template_dialog.accepted_session.tasks[0].instructions == (
        dental.tasks[0].instructions)


def test_the_chosen_template_is_frozen_into_the_session(qtbot, template_dialog, library,
                                                         service):
    _choose(template_dialog, "Warehouse associate")
    qtbot.keyClicks(template_dialog.candidate_edit, "Ana Novak")
    template_dialog.accept()

    session_id = service.sessions.create_session(template_dialog.accepted_session,
                                        template=template_dialog.chosen_template)

    template = library.get("Warehouse associate").template
    workspace = service.sessions.workspace(session_id)
    assert [t.title for t in workspace.tasks] == [t.title for t in template.tasks]
    assert workspace.competencies == template.to_competencies()


def test_going_back_to_no_template_gives_back_what_was_typed(qtbot, template_dialog):
    qtbot.keyClicks(template_dialog.role_combo.lineEdit(), "Sous chef")
    template_dialog.tasks_table.item(0, TITLE).setText("Prep the mise en place")
    _choose(template_dialog, "Retail associate")
    _choose(template_dialog, "Dental assistant")
    _choose(template_dialog, NO_TEMPLATE)

    assert template_dialog.role_combo.isEnabled()
    assert template_dialog.role_combo.currentText() == "Sous chef"
    assert _titles(template_dialog) == ["Prep the mise en place", "", ""]
    assert _cell(template_dialog, 0, MINUTES) == "15"
    assert template_dialog.add_task_button.isEnabled()
    assert not template_dialog.template_note.isVisible()
    qtbot.keyClicks(template_dialog.candidate_edit, "Ana Novak")
    template_dialog.accept()
    assert template_dialog.chosen_template is None
    assert template_dialog.accepted_session.role_name == "Sous chef"


def test_an_error_with_a_template_keeps_the_choice(qtbot, template_dialog):
    _choose(template_dialog, "Retail associate")
    qtbot.mouseClick(template_dialog.create_button, Qt.MouseButton.LeftButton)
    assert template_dialog.isVisible()
    assert template_dialog.error_label.text() == "Please enter the candidate's name."
    assert template_dialog.chosen_template is None
    assert template_dialog.current_template().name == "Retail associate"


def test_your_templates_are_marked_and_a_default_can_be_chosen(qtbot, library):
    library.duplicate("Dental assistant")
    dialog = NewSessionDialog(library=library, default_template="dental assistant (COPY)")
    qtbot.addWidget(dialog)
    assert dialog.template_combo.currentText() == "Dental assistant (copy)  (yours)"
    assert dialog.current_template().name == "Dental assistant (copy)"
    assert dialog.role_combo.currentText() == "Dental assistant (copy)"


def test_with_templates_it_still_fits_a_small_laptop_screen(template_dialog):
    _choose(template_dialog, "Trades apprentice (electrical)")
    hint = template_dialog.sizeHint().expandedTo(template_dialog.size())
    assert hint.width() <= 1366 and hint.height() <= 700
