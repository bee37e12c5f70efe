"""The language a document is written in (no Qt: the export layer uses it).

The window speaks through Qt's translations; a PDF speaks through gettext catalogues, so
that the letter for a Spanish-speaking candidate can be Spanish whatever the window
speaks. The document's words are marked ``_("...")`` in ``wi_desktop/export`` (``N_`` for
a word kept in a table and translated where it is used); ``make translations`` gathers
them with Babel into ``resources/translations/documents.pot``, brings each
``documents_LANG.po`` up to date and compiles the ``.mo`` files read here.

A document is made inside ``writing_in(language)``; the words are looked up in the
language of the document being made, in whichever thread makes it.
"""

from __future__ import annotations

import contextlib
import gettext
from collections.abc import Iterator
from contextvars import ContextVar

from wi_desktop.core.errors import ValidationError
from wi_desktop.core.speech import say
from wi_desktop.languages.catalogue import SHIPPED, SOURCE, gettext_catalogue, language_of

DOCUMENT_LANGUAGE_KEY = "document_language"  # the last one chosen, kept with the data

_NONE = gettext.NullTranslations()
_current: ContextVar[gettext.NullTranslations] = ContextVar("document_language",
                                                             default=_NONE)
_language: ContextVar[str] = ContextVar("document_language_code", default=SOURCE)


class UnknownLanguage(ValidationError):
    """A document language that is not shipped."""

    def __init__(self, language: str) -> None:
        names = ", ".join(f"{code} ({name})" for code, name in SHIPPED.items())
        super().__init__(say("There is no document language “{language}”.")
                         .format(language=language),
                         hint=say("Choose one of: {names}.").format(names=names))


def document_language(language: str | None) -> str:
    """LANGUAGE as a shipped code ("es-MX" → "es"); English when none is given; refused
    (UnknownLanguage) when it is not shipped."""
    if not language:
        return SOURCE
    code = language_of(language)
    if code not in SHIPPED:
        raise UnknownLanguage(language)
    return code


def _catalogue(language: str) -> gettext.NullTranslations:
    return gettext_catalogue("documents", language) or _NONE


@contextlib.contextmanager
def writing_in(language: str) -> Iterator[None]:
    """Make a document in LANGUAGE (a shipped code) within this block."""
    code = document_language(language)
    token, code_token = _current.set(_catalogue(code)), _language.set(code)
    try:
        yield
    finally:
        _current.reset(token)
        _language.reset(code_token)


def current_language() -> str:
    """The code of the language the document being made is written in."""
    return _language.get()


def _(text: str) -> str:
    """TEXT in the language of the document being made."""
    return _current.get().gettext(text)


def N_(text: str) -> str:  # noqa: N802 (the name gettext's tools know)
    """Marks TEXT for translation where it is defined; ``_()`` translates it where used."""
    return text


def locale_for(business_locale: str) -> str:
    """The locale a document's dates and money are written in: the business's own when the
    document is in the business's language; else the document's language in the business's
    country when Babel knows that pairing ("es" for an en_US business → es_US), else the
    language alone."""
    from babel import Locale, UnknownLocaleError

    language = current_language()
    try:
        business = Locale.parse(business_locale.replace("-", "_"))
    except (ValueError, UnknownLocaleError):  # a locale stored by hand
        return business_locale if language == SOURCE else language
    if business.language == language:
        return business_locale
    if business.territory:
        candidate = f"{language}_{business.territory}"
        try:
            Locale.parse(candidate)
            return candidate
        except (ValueError, UnknownLocaleError):
            pass
    return language
