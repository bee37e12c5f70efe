"""View → Language: the system's language, or one of those shipped, kept with the data and
used from the next start (the window's words are read when it is built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from wi_desktop.languages.catalogue import LANGUAGE_KEY, SHIPPED, SYSTEM

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from wi_desktop.wiring import Services


def fill_language_menu(menu: QMenu, services: Services, window: QMainWindow) -> None:
    menu.clear()
    group = QActionGroup(menu)
    chosen = services.sessions.setting(LANGUAGE_KEY) or SYSTEM
    system = QCoreApplication.translate("MainWindow", "As the &system")
    choices = [(SYSTEM, system), *SHIPPED.items()]
    for code, name in choices:
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        group.addAction(action)
        action.triggered.connect(
            lambda _checked=False, c=code: choose_language(services, window, c))


def choose_language(services: Services, window: QMainWindow, code: str) -> None:
    services.sessions.remember(LANGUAGE_KEY, code)
    said = QCoreApplication.translate(
        "MainWindow", "The new language is used from the next time the program opens.")
    window.statusBar().showMessage(said, 10_000)
