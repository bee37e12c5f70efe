"""The languages shipped, and the choice of one (no Qt here): the system's languages in
their order of preference, unless the observer chose one in View → Language."""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from wi_desktop.paths import resource_dir

if TYPE_CHECKING:
    import gettext

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


def environment_languages() -> list[str]:
    """The languages the environment asks for, as Python's gettext reads them: the first
    of LANGUAGE, LC_ALL, LC_MESSAGES and LANG that is set (a list separated by colons)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return [tag for tag in value.split(":") if tag and tag not in ("C", "POSIX")]
    return []


@cache
def gettext_catalogue(domain: str, language: str) -> gettext.NullTranslations | None:
    """The compiled catalogue DOMAIN_LANGUAGE.mo, or None for English or a broken install
    (which then speaks English rather than refuse)."""
    if language == SOURCE:
        return None
    import gettext

    path = resource_dir() / "translations" / f"{domain}_{language}.mo"
    try:
        with path.open("rb") as file:
            return gettext.GNUTranslations(file)
    except OSError:
        return None
