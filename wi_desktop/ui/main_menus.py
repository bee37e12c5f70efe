"""The main window's menus: File, Session (filled from the open session's actions), View
and Help; and the windows File opens that need nothing of the main window but its services
(search every session, export data)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from wi_desktop.ui.view_menu import add_view_menu

if TYPE_CHECKING:
    from wi_desktop.ui.mainwindow import MainWindow
    from wi_desktop.ui.workspace import WorkspacePage


def add_action(menu: QMenu, text: str, keys: str, handler: object) -> QAction:
    action = menu.addAction(text)
    if keys:  # setShortcuts([…]): setShortcut(…) would build PySide6's Qt namespace
        action.setShortcuts([QKeySequence.fromString(keys)])
    action.triggered.connect(lambda _checked=False: handler())  # type: ignore[operator]
    return action


def build_menus(window: MainWindow) -> None:
    translate = QCoreApplication.translate
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    add_action(file_menu, translate("MainWindow", "&New session…"), "Ctrl+N",
               window.new_session)  # from anywhere
    add_action(file_menu, translate("MainWindow", "Open &demo session"), "", window.open_demo)
    add_action(file_menu, translate("MainWindow", "&Search every session…"), "Ctrl+Shift+F",
               lambda: open_search(window))
    add_action(file_menu, translate("MainWindow", "&Compare candidates…"), "Ctrl+Shift+K",
               lambda: compare_candidates(window))
    add_action(file_menu, translate("MainWindow", "Role &templates…"), "",
               window.edit_templates)
    add_action(file_menu, translate("MainWindow", "&Business details…"), "",
               window.edit_business)
    add_action(file_menu, translate("MainWindow", "E&xport data…"), "",
               lambda: export_data(window))
    file_menu.addSeparator()
    add_action(file_menu, translate("MainWindow", "&Restore from a backup…"), "",
               window.restore_backup)
    add_action(file_menu, translate("MainWindow", "&Back to sessions"), "", window.show_list)
    file_menu.addSeparator()
    quit_action = add_action(file_menu, translate("MainWindow", "&Quit"), "Ctrl+Q",
                             window.close)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.menuBar().addMenu(window.session_menu)
    window.session_menu.setEnabled(False)
    window.colours_menu, window.language_menu = add_view_menu(window)
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    add_action(help_menu, translate("MainWindow", "&Keyboard shortcuts"), "F1",
               window.show_shortcuts)
    add_action(help_menu, translate("MainWindow", "&About"), "", window.show_about)


def fill_session_menu(window: MainWindow, page: WorkspacePage) -> None:
    menu = window.session_menu
    menu.clear()
    groups = (("observe", "review", "pay", "agreements"),
              ("toggle", "finish", "prev", "next"),
              ("focus", "undo", "redo", "edit", "delete", "strength", "concern"),
              tuple(n for n in page.actions_by_name if n.startswith("tag")),
              tuple(n for n in page.actions_by_name if n.startswith("score")),
              ("end", "finalise", "sign", "sign_letter", "amend", "close"))
    for group in groups:
        for name in group:
            menu.addAction(page.actions_by_name[name])
        menu.addSeparator()
    menu.setEnabled(True)


def open_search(window: MainWindow) -> None:
    """Search every session, in a window beside the main one (kept while the observer
    opens what it found, so that the next match is one key away)."""
    from wi_desktop.ui.search_window import SearchDialog

    dialog = window.search_dialog
    if dialog is None:
        dialog = window.search_dialog = SearchDialog(window.services, window)
        dialog.sig_open.connect(window.open_session_at)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.query.setFocus()
    dialog.query.selectAll()


def compare_candidates(window: MainWindow) -> None:
    """The candidates selected in the list side by side; from an open session, every
    candidate for its role."""
    page = window.workspace
    if page is None or not page.isVisible():
        window.session_list.compare_selected()
        return
    from wi_desktop.ui.compare_window import open_comparison

    window.session_list.compare_window = open_comparison(
        window.services, [], window, role=page.context.workspace.session.role_name)


def export_data(window: MainWindow) -> None:
    from wi_desktop.ui.dialogs.export_data import ExportDataDialog

    ExportDataDialog(window.services, window).exec()
