"""The window's View menu: Colours and Language, each filled when first opened (their
modules load then, not at start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from wi_desktop.ui.mainwindow import MainWindow


def add_view_menu(window: MainWindow) -> tuple[QMenu, QMenu]:
    """View → Colours and View → Language on WINDOW's menu bar; returns the two submenus."""
    view = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    colours = view.addMenu(QCoreApplication.translate("MainWindow", "&Colours"))
    language = view.addMenu(QCoreApplication.translate("MainWindow", "&Language"))

    def fill_colours() -> None:
        from wi_desktop.ui.palette import fill_scheme_menu

        fill_scheme_menu(colours, window.services)

    def fill_language() -> None:
        from wi_desktop.languages.menu import fill_language_menu

        fill_language_menu(language, window.services, window)

    colours.aboutToShow.connect(fill_colours)
    language.aboutToShow.connect(fill_language)
    return colours, language
