"""Telling Qt the language: the program's translation and Qt's own (its standard buttons
and dialogs), loaded before the first window is built. English loads nothing."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from wi_desktop.core.errors import WiError
from wi_desktop.core.speech import speak
from wi_desktop.languages.catalogue import (
    LANGUAGE_KEY,
    SHIPPED,
    SOURCE,
    chosen_language,
    gettext_catalogue,
    language_of,
)
from wi_desktop.paths import resource_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from wi_desktop.wiring import Services

log = logging.getLogger(__name__)
_LOADED = "wiLanguage"  # the application's property: the code installed last
# the translators installed here: asking the application for its QTranslator children
# would build Qt's namespace enums during the start (~6 ms)
_INSTALLED: list[QTranslator] = []


def system_languages() -> list[str]:
    """The system's languages in its order of preference (LANGUAGE, LC_MESSAGES, LANG)."""
    from PySide6.QtCore import QLocale

    return list(QLocale.system().uiLanguages())


def window_language() -> str:
    """The shipped language the window speaks now: English unless install_language loaded
    a translation (its translators are the application's children)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    if QCoreApplication.instance() is None or not _installed():
        return SOURCE
    code = language_of(QLocale().name())
    return code if code in SHIPPED else SOURCE


def install_language(app: QCoreApplication, services: Services | None) -> str:
    """Load the language the observer gets into APP; returns its code ("en": nothing).
    Without SERVICES (the data could not be opened yet) the system's language, so that
    what is said about the data file is said in it; called again once the data is open,
    it changes only when the observer chose another."""
    setting = None
    if services is not None:
        try:
            setting = services.sessions.setting(LANGUAGE_KEY)
        except WiError:
            setting = None
    code = chosen_language(setting, system_languages())
    from PySide6.QtCore import QLocale

    loaded = bool(_installed())
    if code == app.property(_LOADED) and (code == SOURCE or loaded):
        return code  # already speaking it
    remove_translators(app)  # the system's language, loaded before the data was open
    app.setProperty(_LOADED, code)
    speak(gettext_catalogue("messages", code), code)  # what core says: errors, checks
    if code == SOURCE:
        if loaded:
            QLocale.setDefault(QLocale.system())
        return code
    QLocale.setDefault(QLocale(code))  # day and month names, numbers in Qt's widgets
    for translator in translators(code):
        translator.setParent(app)
        app.installTranslator(translator)
        _INSTALLED.append(translator)
    return code


def _installed() -> list[QTranslator]:
    """The translators installed here that still exist (they go with their application)."""
    from shiboken6 import isValid

    _INSTALLED[:] = [translator for translator in _INSTALLED if isValid(translator)]
    return _INSTALLED


def remove_translators(app: QCoreApplication) -> None:
    """Take the translators installed here out of APP: its windows speak English again."""
    for old in _installed():
        app.removeTranslator(old)
        old.deleteLater()
    _INSTALLED.clear()


def forget_language(app: QCoreApplication) -> None:
    """Back to English as if no language had been installed (a test's clean-up)."""
    from PySide6.QtCore import QLocale

    remove_translators(app)
    QLocale.setDefault(QLocale("en_US"))
    speak(None)
    app.setProperty(_LOADED, None)


def translators(code: str) -> list[QTranslator]:
    """The program's translation into CODE, and Qt's own when PySide6 ships it."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    found = []
    ours = QTranslator()
    if ours.load(str(resource_dir() / "translations" / f"wi_desktop_{code}.qm")):
        found.append(ours)
    else:
        log.warning("no translation into %s found", code)
    qt = QTranslator()
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        found.append(qt)
    return found
