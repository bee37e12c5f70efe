"""Languages: the one a person gets, the translations complete for every word the code
marks for translation, and the window speaking Spanish or German when asked."""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from wi_desktop.languages.catalogue import SHIPPED, SYSTEM, chosen_language, language_of

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = [code for code in SHIPPED if code != "en"]
TOOLS = Path(shutil.which("pyside6-lupdate") or
             Path(__import__("sys").executable).parent / "pyside6-lupdate").parent


@pytest.mark.parametrize(("setting", "system", "spoken"), [
    (None, ["es-ES", "es"], "es"),
    (SYSTEM, ["de-AT", "en-GB"], "de"),
    (None, ["fr-FR", "de-DE"], "de"),  # the first the program speaks, in the system's order
    (None, ["fr-FR", "pt-BR"], "en"),  # none: English
    ("en", ["es-ES"], "en"),  # chosen in View → Language
    ("de", ["es-ES"], "de"),
    ("xx", ["es-ES"], "es"),  # a setting from elsewhere: the system's
])
def test_the_language_chosen_or_else_the_system_s_first_that_is_shipped(setting, system,
                                                                       spoken):
    assert chosen_language(setting, system) == spoken


def test_language_tags_of_every_shape_name_their_language():
    assert [language_of(t) for t in ("es-MX", "es_MX.UTF-8", "DE", "pt-Latn-BR")] == \
        ["es", "es", "de", "pt"]


@contextlib.contextmanager
def speaking(service, language: str) -> Iterator[None]:
    """The program in LANGUAGE, as View → Language keeps it and the start loads it; English
    again afterwards, for the tests that follow."""
    from wi_desktop.languages.catalogue import LANGUAGE_KEY
    from wi_desktop.languages.install import forget_language, install_language

    app = QApplication.instance()
    service.sessions.remember(LANGUAGE_KEY, language)
    assert install_language(app, service) == language
    try:
        yield
    finally:
        forget_language(app)


def messages(language: str) -> list[ET.Element]:
    root = ET.parse(TRANSLATIONS / f"wi_desktop_{language}.ts").getroot()
    return root.findall("./context/message")


def test_lupdate_finds_no_word_of_the_program_untranslated(tmp_path):
    """The .ts files, brought up to date from the code as `make translations` does, hold
    a finished translation of every word marked for translation."""
    lupdate = TOOLS / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(p) for p in (ROOT / "wi_desktop").rglob("*.py"))
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / f"wi_desktop_{language}.ts"
        shutil.copy(TRANSLATIONS / copy.name, copy)
        copies += ["-ts", str(copy)]
    subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", *sources, *copies],
                   check=True, capture_output=True, timeout=120)
    for language in LANGUAGES:
        root = ET.parse(tmp_path / f"wi_desktop_{language}.ts").getroot()
        unfinished = [m.findtext("source") for m in root.findall("./context/message")
                      if m.find("translation").get("type") == "unfinished"]
        assert unfinished == [], (language, unfinished[:10])
        assert len(root.findall("./context/message")) >= 50


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_keeps_its_placeholders_mnemonic_and_markup(language):
    for message in messages(language):
        source, text = message.findtext("source"), message.findtext("translation") or ""
        assert text.strip(), source
        assert sorted(re.findall(r"\{\w+\}", text)) == sorted(re.findall(r"\{\w+\}", source))
        assert text.count("&") == source.count("&"), (source, text)  # one mnemonic each
        assert text.count("<br>") == source.count("<br>"), source


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_translation_is_that_of_its_source(language, tmp_path):
    lrelease = TOOLS / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / f"wi_desktop_{language}.ts"),
                    "-qm", str(fresh)], check=True, capture_output=True, timeout=60)
    assert fresh.read_bytes() == (TRANSLATIONS / f"wi_desktop_{language}.qm").read_bytes(), \
        "run make translations"


def test_switching_languages_replaces_the_translation_and_english_removes_it(service):
    import shiboken6

    from wi_desktop.languages.catalogue import LANGUAGE_KEY
    from wi_desktop.languages.install import (
        forget_language,
        install_language,
        window_language,
    )

    app = QApplication.instance()
    try:
        for language in ("es", "de", "de", "en"):  # "de" twice: already speaking it
            service.sessions.remember(LANGUAGE_KEY, language)
            assert install_language(app, service) == language
            assert window_language() == language
            assert app.translate("MainWindow", "&File") == {
                "es": "&Archivo", "de": "&Datei", "en": "&File"}[language]
        service.sessions.remember(LANGUAGE_KEY, "de")
        install_language(app, service)
        from wi_desktop.languages import install

        for translator in list(install._INSTALLED):
            shiboken6.delete(translator)  # gone, as with a closed application
        assert window_language() == "en"  # never said of a translator no longer there
    finally:
        forget_language(app)


@pytest.mark.parametrize(("language", "menus", "heading"), [
    ("es", ["&Archivo", "&Sesión", "&Ver", "A&yuda"], "Entrevistas de trabajo prácticas"),
    ("de", ["&Datei", "&Sitzung", "&Ansicht", "&Hilfe"], "Probearbeiten"),
])
def test_the_window_speaks_the_language_asked_for(qtbot, service, language, menus, heading):
    from PySide6.QtWidgets import QLabel

    from wi_desktop.app import ensure_demo
    from wi_desktop.ui.mainwindow import MainWindow

    ensure_demo(service)
    with speaking(service, language):
        window = MainWindow(service)
        qtbot.addWidget(window)
        assert [action.text() for action in window.menuBar().actions()] == menus
        texts = [label.text() for label in window.findChildren(QLabel)]
        assert any(heading in text for text in texts)
        model = window.session_list.model
        assert model.header_model.horizontalHeaderItem(0).text() != "Candidate"


@pytest.mark.parametrize("language", LANGUAGES)
def test_in_a_longer_language_every_tab_fits_a_small_screen_without_scrolling_sideways(
        qtbot, service, language):
    """German and Spanish words are longer: no tab may need a wider window than 952 px
    (1920×1080 at 200 %), nor scroll sideways inside it."""
    from PySide6.QtWidgets import QScrollArea

    from wi_desktop.app import ensure_demo
    from wi_desktop.ui.mainwindow import MainWindow
    from wi_desktop.ui.screen_fit import SMALLEST_ROOM, effective_minimum

    demo = ensure_demo(service)
    with speaking(service, language):
        window = MainWindow(service)
        qtbot.addWidget(window)
        window.resize(SMALLEST_ROOM)
        window.show()
        qtbot.waitExposed(window)
        window.open_session(demo)
        tabs = window.workspace.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(20)
            assert effective_minimum(window).width() <= SMALLEST_ROOM.width(), index
            for scroll in tabs.currentWidget().findChildren(QScrollArea):
                if scroll.isVisible() and scroll.widget() is not None:
                    bar = scroll.horizontalScrollBar()
                    assert not bar.isVisible() or bar.maximum() == 0, (language, index)


@pytest.mark.parametrize("language", LANGUAGES)
def test_in_a_longer_language_every_dialog_can_be_as_small_as_a_small_screen_allows(
        qtbot, service, tmp_path, language):
    """The German sign dialog once needed 1,163 px: its options stood in one row."""
    from wi_desktop.app import ensure_demo
    from wi_desktop.ui.context import SessionContext
    from wi_desktop.ui.screen_fit import SMALLEST_ROOM, effective_minimum

    from ..ui.test_small_screen import NAMES, dialogs

    demo = SessionContext(service, ensure_demo(service))
    with speaking(service, language):
        made = dialogs(service, demo, tmp_path)
        for name in NAMES:
            dialog = made[name]()
            qtbot.addWidget(dialog)
            dialog.show()
            smallest = effective_minimum(dialog)
            assert smallest.width() <= SMALLEST_ROOM.width(), (language, name, smallest)
            assert smallest.height() <= SMALLEST_ROOM.height(), (language, name, smallest)
            dialog.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_in_a_longer_language_the_template_editor_s_tabs_do_not_scroll_sideways(
        qtbot, service, language):
    """The German agreements tab once scrolled sideways: its long checkbox stood beside
    the labels' column."""
    from PySide6.QtWidgets import QScrollArea

    from wi_desktop.ui.dialogs.template_editor import TemplateEditorDialog
    from wi_desktop.ui.screen_fit import SMALLEST_ROOM

    with speaking(service, language):
        dialog = TemplateEditorDialog(service.templates)
        qtbot.addWidget(dialog)
        dialog.resize(SMALLEST_ROOM)
        dialog.show()
        qtbot.waitExposed(dialog)
        tabs = dialog.form.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(20)
            for scroll in dialog.findChildren(QScrollArea):
                if scroll.isVisible() and scroll.widget() is not None:
                    bar = scroll.horizontalScrollBar()
                    assert not bar.isVisible() or bar.maximum() == 0, (language, index)
