"""What a screen reader meets: every control of the main window (the list and each tab of a
session) and of every dialog has an accessible name and a description, found by walking
Qt's accessibility tree as an assistive tool does; a new note is announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialogButtonBox, QLineEdit, QTabBar

from wi_desktop.ui.mainwindow import MainWindow

from .test_small_screen import NAMES, dialogs

ROLE = QAccessible.Role
CONTROLS = {ROLE.PushButton, ROLE.CheckBox, ROLE.RadioButton, ROLE.EditableText,
            ROLE.ComboBox, ROLE.Slider, ROLE.SpinBox, ROLE.Table, ROLE.List, ROLE.Tree,
            ROLE.PageTab, ROLE.ProgressBar}
VIEWS = {ROLE.Table, ROLE.List, ROLE.Tree}


def qt_own(widget) -> bool:
    """Parts Qt builds inside its own controls (a line's clear button, a tab bar's scroll
    arrows, a choice's pop-up list), and a dialog's standard OK/Cancel, named by Qt."""
    parent = widget.parent() if widget is not None else None
    return (isinstance(parent, QLineEdit | QTabBar) and isinstance(widget, QAbstractButton)
            or isinstance(parent, QComboBox) or parent is not None
            and isinstance(parent.parent(), QComboBox)
            or isinstance(parent, QDialogButtonBox))


def unnamed(root) -> list[str]:
    found: list[str] = []

    def walk(node) -> None:
        if node is None or not node.isValid():
            return
        role = node.role()
        thing = node.object()
        if role in CONTROLS and not qt_own(thing) and (thing is None or thing.isVisibleTo(root)
                                                     or role is ROLE.PageTab):
            name = node.text(QAccessible.Text.Name).strip()
            described = node.text(QAccessible.Text.Description).strip()
            if not name or not described:
                found.append(f"{role.name} {type(thing).__name__} {name!r}: "
                             f"{'no name' if not name else 'no description'}")
        if role in VIEWS:
            return  # the rows of a list are its data, not controls
        for index in range(node.childCount()):
            walk(node.child(index))

    walk(QAccessible.queryAccessibleInterface(root))
    return found


def test_every_control_of_the_window_has_a_name_and_a_description(qtbot, service):
    from wi_desktop.app import ensure_demo

    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    missing = unnamed(window)
    window.open_session(ensure_demo(service))
    tabs = window.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        missing += unnamed(window)
    assert sorted(set(missing)) == []


@pytest.mark.parametrize("name", NAMES)
def test_every_control_of_every_dialog_has_a_name_and_a_description(qtbot, service, tmp_path,
                                                                   name):
    from wi_desktop.app import ensure_demo
    from wi_desktop.ui.context import SessionContext

    demo = SessionContext(service, ensure_demo(service))
    dialog = dialogs(service, demo, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert sorted(set(unnamed(dialog))) == []


def test_a_new_note_is_announced_to_a_screen_reader(qtbot, page, monkeypatch):
    said = []
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        staticmethod(lambda event: said.append(event.message())))
    qtbot.keyClicks(page.notes.entry, "Lifted with bent knees")
    qtbot.keyClick(page.notes.entry, Qt.Key.Key_Return)
    assert said == [f"Note {page.notes.model.rowCount()} saved"]
