"""The documents' words (gettext catalogues, no Qt): every one marked in export/ is in each
language's catalogue, translated, with its placeholders, and compiled."""

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
from wi_desktop.core.pay import WorkProduct
from wi_desktop.core.templates import WorkerStatus


def marked() -> set[str]:
    """The words export/ marks with _() or N_(), as `make translations` gathers them."""
    from babel.messages.extract import extract_from_file

    words = {message for folder in ("export", "comparison")
             for _file, _line, message, _comments, _context in extract_from_dir(
                 str(PACKAGE / folder), keywords={"_": None, "N_": None,
                                                  "change_word": None})}
    return words | {message for _line, message, _comments, _context in extract_from_file(
        "python", str(PACKAGE / "core" / "record_diff.py"),
        keywords={"change_word": None})}


def test_the_documents_mark_their_words():
    words = marked()
    assert {"Your time and pay", "Dear {name},", "Page {number} of {total}",
            "Working interview summary", "Digitally signed by"} <= words
    assert len(words) > 150


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_marked_is_translated_with_its_placeholders(language):
    check_translated(language, read_catalogue("documents", language), marked())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_the_one_translated(language):
    check_compiled(TRANSLATIONS / f"documents_{language}.mo", read_catalogue("documents", language))


def test_the_labels_core_writes_are_among_the_marked_words():
    from wi_desktop.export import pdf_words

    labels = {status.label for status in WorkerStatus} | {p.label for p in WorkProduct}
    assert labels <= set(pdf_words.LABELS) <= marked()
