"""What the program says to a person in words: errors and their hints, the gaps named
before a record is finalised, the lines of what changed between versions. It says them in
the language the window speaks (no Qt here: the command line says the same).

A sentence is marked ``say("...")`` where it is said, with its blanks filled afterwards
(``say("“{title}” was never started.").format(title=...)``) so that a translator sees the
whole sentence; ``say_later`` marks one kept in a constant and said where it is used.
``make translations`` gathers them with Babel into ``resources/translations/messages.pot``
and its Spanish and German catalogues; ``languages/`` loads the one to speak (``speak``).
"""

from __future__ import annotations

from typing import Protocol


class Catalogue(Protocol):
    def gettext(self, message: str, /) -> str: ...


_catalogue: Catalogue | None = None  # None: English, as written
_language = "en"


def say(message: str) -> str:
    """MESSAGE in the language the program speaks."""
    return message if _catalogue is None else _catalogue.gettext(message)


def say_later(message: str) -> str:
    """Marks MESSAGE for translation where it is kept; ``say`` translates it where used."""
    return message


def number(value: int) -> str:
    """VALUE with its digits grouped as the language spoken writes them (10,000; 10.000)."""
    if _language == "en":
        return f"{value:,}"
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=_language))


def speak(catalogue: Catalogue | None, language: str = "en") -> None:
    """Speak from CATALOGUE, in LANGUAGE (its code), from now on (None: English)."""
    global _catalogue, _language
    _catalogue = catalogue
    _language = language if catalogue is not None else "en"
