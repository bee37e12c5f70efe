"""What both gettext catalogues (the documents' words, and what the program says) are held
to: every word marked is there, translated, with its placeholders and markup, and the
compiled file is the one translated."""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po

import wi_desktop
from wi_desktop.languages.catalogue import SHIPPED, SOURCE

PACKAGE = Path(wi_desktop.__file__).parent
TRANSLATIONS = PACKAGE.parent / "resources" / "translations"
LANGUAGES = [code for code in SHIPPED if code != SOURCE]
PLACEHOLDER = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")


def read_catalogue(domain: str, language: str) -> Any:
    """DOMAIN_LANGUAGE.po as Babel reads it ("messages" or "documents")."""
    with (TRANSLATIONS / f"{domain}_{language}.po").open("rb") as file:
        return read_po(file)


def check_translated(language: str, catalogue: Iterable[Any], marked: set[str]) -> None:
    entries = {message.id: message for message in catalogue if message.id}
    missing = sorted(marked - set(entries))
    assert not missing, f"run `make translations`: {missing[:5]}"
    for key, message in entries.items():
        assert message.string and message.string.strip(), (language, key)
        assert not message.fuzzy, (language, key)
        assert sorted(PLACEHOLDER.findall(message.string)) == \
            sorted(PLACEHOLDER.findall(key)), (language, key, message.string)
        message.string.format_map({name.strip("{}").split(":")[0]: 1000  # noqa: RUF027
                                   for name in PLACEHOLDER.findall(key)})  # as the code does
        for tag in ("<b>", "</b>", "<i>", "</i>"):
            assert message.string.count(tag) == key.count(tag), (language, key)


def check_compiled(compiled_file: Path, catalogue: Iterable[Any]) -> None:
    with compiled_file.open("rb") as file:
        compiled = gettext.GNUTranslations(file)
    for message in catalogue:
        if message.id:
            assert compiled.gettext(message.id) == message.string, "run `make translations`"
