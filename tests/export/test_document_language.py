"""Each PDF in the language chosen for it: a Spanish-speaking candidate gets a Spanish
letter whatever the window speaks, with dates and money as Spanish writes them."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date

from wi_desktop.export.pdf import build_briefing, render_letter, render_summary
from wi_desktop.languages.documents import (
    UnknownLanguage,
    document_language,
    locale_for,
    writing_in,
)

# what a reader of each language sees, and the English that must be gone
LETTER_WORDS = {
    "es": ["Su tiempo y su pago", "Atentamente,", "Las tareas en las que trabajó",
           "Página 1 de"],
    "de": ["Ihre Zeit und Vergütung", "Mit freundlichen Grüßen", "Die Aufgaben, an denen Sie",
           "Seite 1 von"],
}
ENGLISH = ["Your time and pay", "Kind regards", "The tasks you worked on", "Page 1 of",
           "Thank you for"]


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", sorted(LETTER_WORDS))
def test_the_letter_is_written_in_the_language_chosen_for_it(demo, pdftotext, language):
    with writing_in(language):
        letter = words(pdftotext(render_letter(demo, include_scores=True,
                                               candidate_ack=True).data))
    for expected in LETTER_WORDS[language]:
        assert expected in letter, expected
    for english in ENGLISH:
        assert english not in letter, english
    assert demo.session.candidate_name in letter  # what was typed stays as it was typed
    day = dt.datetime.fromtimestamp(demo.day_ms / 1000, dt.UTC).date()
    assert format_date(day, "long", locale=language) in letter


@pytest.mark.parametrize("language", ["es", "de"])
def test_the_summary_and_the_briefing_are_written_in_it_too(demo, pdftotext, language):
    with writing_in(language):
        summary = words(pdftotext(render_summary(demo).data))
        briefing = words(pdftotext(build_briefing(demo)))
    assert "Working interview summary" not in summary
    assert "Notes timeline" not in summary and "Candidate" not in summary
    assert "Task briefing" not in briefing and "Your tasks" not in briefing
    assert demo.tasks[0].title in briefing


def test_english_is_the_default_and_a_block_leaves_the_language_as_it_found_it(demo,
                                                                              pdftotext):
    with writing_in("de"):
        pass
    assert "Your time and pay" in words(pdftotext(render_letter(demo).data))


def test_dates_and_money_follow_the_document_language_in_the_business_s_country():
    with writing_in("es"):
        assert locale_for("en_US") == "es_US"
        assert locale_for("es_MX") == "es_MX"
    with writing_in("de"):
        assert locale_for("de_AT") == "de_AT"
        assert locale_for("en_GB") == "de"  # Babel knows no de_GB: German as Germany writes
    with writing_in("en"):
        assert locale_for("de_DE") == "en_DE"


def test_a_language_that_is_not_shipped_is_refused_in_words():
    assert document_language("es-MX") == "es"
    assert document_language(None) == "en"
    with pytest.raises(UnknownLanguage) as refused:
        document_language("fr")
    assert "fr" in str(refused.value) and "Español" in str(refused.value)
