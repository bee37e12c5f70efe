"""The languages shipped, and the choice of one (no Qt here): the system's languages in
their order of preference, unless the observer chose one in View → Language."""

from __future__ import annotations

from collections.abc import Iterable

LANGUAGE_KEY = "language"
SYSTEM = "system"
SOURCE = "en"  # the language the program is written in: no translation to load
SHIPPED = {"en": "English", "es": "Español", "de": "Deutsch"}


def language_of(tag: str) -> str:
    """"es-MX", "es_MX.UTF-8" or "es" → "es"."""
    return tag.replace("_", "-").split("-")[0].split(".")[0].strip().lower()


def chosen_language(setting: str | None, preferred: Iterable[str]) -> str:
    """The language to speak: the one chosen, when it is shipped; else the first of the
    system's PREFERRED languages that is; else English."""
    if setting and setting != SYSTEM and setting in SHIPPED:
        return setting
    for tag in preferred:
        code = language_of(tag)
        if code in SHIPPED:
            return code
    return SOURCE
