"""What the program says to a person outside the window's own words (core/speech.py):
errors, their titles and hints, the gaps named before finalising. Every sentence marked is
in each language's catalogue, translated with its placeholders and compiled; the window
says them in its language, and the command line stays English."""

from __future__ import annotations

import pytest
from babel.messages.extract import extract_from_dir

from tests.languages.gettext_checks import (
    LANGUAGES,
    PACKAGE,
    TRANSLATIONS,
    check_compiled,
    check_translated,
    read_catalogue,
)
from wi_desktop.core.errors import FinalisedError, ValidationError
from wi_desktop.core.speech import say, speak
from wi_desktop.languages.catalogue import (
    environment_languages,
    gettext_catalogue,
)


def marked() -> set[str]:
    """The sentences marked say() or say_later(), as `make translations` gathers them."""
    return {message for _file, _line, message, _comments, _context in extract_from_dir(
        str(PACKAGE), keywords={"say": None, "say_later": None, "change_word": None})}


def test_core_storage_and_signing_mark_what_they_say():
    words = marked()
    assert {"A note cannot be empty.", "Pay is not decided: is this time paid or unpaid?",
            "This record is finalised", "There is no space left on the disk that holds "
            "“{path}”.", "The passphrase for {whose} signing key is not right."} <= words
    assert len(words) > 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_marked_is_translated_with_its_placeholders(language):
    check_translated(language, read_catalogue("messages", language), marked())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_the_one_translated(language):
    check_compiled(TRANSLATIONS / f"messages_{language}.mo", read_catalogue("messages", language))


def test_errors_are_said_in_the_language_spoken_and_english_without_one():
    assert str(FinalisedError()).startswith("This session is finalised")
    speak(gettext_catalogue("messages", "es"))
    try:
        error = FinalisedError()
        assert "finaliz" in error.message.lower() and "This session" not in error.message
        assert error.heading != "This record is finalised"
        assert ValidationError("x").heading != "Please check what you entered"
    finally:
        speak(None)
    assert FinalisedError().heading == "This record is finalised"
    assert say("A note cannot be empty.") == "A note cannot be empty."


@pytest.mark.parametrize(("environment", "expected"), [
    ({"LANGUAGE": "de:en", "LANG": "es_ES.UTF-8"}, ["de", "en"]),
    ({"LC_ALL": "es_MX.UTF-8", "LANG": "de_DE.UTF-8"}, ["es_MX.UTF-8"]),
    ({"LANG": "C"}, []),
    ({}, []),
])
def test_the_environment_names_its_languages_as_gettext_reads_them(monkeypatch, environment,
                                                                    expected):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert environment_languages() == expected


def test_a_missing_catalogue_speaks_english_rather_than_fail(monkeypatch, tmp_path):
    from wi_desktop.languages import catalogue as module

    module.gettext_catalogue.cache_clear()
    monkeypatch.setattr(module, "resource_dir", lambda: tmp_path)
    try:
        assert module.gettext_catalogue("messages", "es") is None
    finally:
        module.gettext_catalogue.cache_clear()


@pytest.mark.parametrize(("language", "gap", "refusal"), [
    ("es", "no está decidido", "vacía"),
    ("de", "nicht festgelegt", "leer"),
])
def test_in_another_language_the_window_names_the_gaps_and_refusals_in_it(
        qtbot, service, session_id, language, gap, refusal):
    from tests.languages.test_languages import speaking
    from wi_desktop.ui.context import SessionContext
    from wi_desktop.ui.dialogs.finalise import FinaliseDialog

    with speaking(service, language):
        context = SessionContext(service, session_id)
        dialog = FinaliseDialog(context)
        qtbot.addWidget(dialog)
        texts = [dialog.warning_list.item(row).text()
                 for row in range(dialog.warning_list.count())]
        assert texts and not any("Pay is not decided" in text for text in texts)
        assert any(gap in text.lower() for text in texts), texts
        refused: list[str] = []
        context.sig_failed.connect(lambda error: refused.append(str(error)))
        assert context.apply(lambda: service.notes.add_note(session_id, "   ")) is None
        assert refusal in refused[0].lower() and "cannot be empty" not in refused[0]
    assert "cannot be empty" in str(ValidationError("A note cannot be empty."))
