"""Checking an untrusted role-template file, from its bytes to a JSON document fit to build.

Size, encoding, nesting and numbers are checked before parsing, the JSON Schema in
resources/templates/ after, then what the schema cannot say (blank text, repeated keys and
names). Every failure is a TemplateError whose message says where the problem is.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from wi_desktop import paths
from wi_desktop.core.errors import ValidationError
from wi_desktop.core.json_text import (
    JsonRules,
    decoded,
    loaded,
    nodes,
    refuse_newer_or_twice,
    schema_validator,
)
from wi_desktop.core.speech import say, say_later
from wi_desktop.core.template_messages import describe, explain, quote, where

FORMAT = 1
MAX_BYTES = 256 * 1024
MAX_DEPTH = 8
SCHEMA_FILE_NAME = "role-template.schema.json"


class TemplateError(ValidationError):
    """A role-template file that cannot be used as it is."""

    title = say_later("This role template cannot be used")


TEMPLATE_RULES = JsonRules(TemplateError, MAX_BYTES, MAX_DEPTH,
                           say_later("a role template"))


def checked_document(data: str | bytes) -> dict[str, Any]:
    """The JSON document in DATA, once it passed every check; else a TemplateError."""
    return _check(loaded(decoded(data, TEMPLATE_RULES), TEMPLATE_RULES))


def one_line(text: str) -> str:
    """TEXT with its runs of white space folded into single spaces."""
    return " ".join(text.split())


# checks ---------------------------------------------------------------------------
def _check(doc: Any) -> dict[str, Any]:
    if not isinstance(doc, dict):
        raise TemplateError(say("the file holds {found}, but a role template is a JSON object: "
                                "{{ \"format\": 1, \"name\": …, … }}.").format(found=describe(doc)))
    refuse_newer_or_twice(doc, "format", FORMAT, TEMPLATE_RULES)
    error = next(iter(_validator().iter_errors(doc)), None)  # the first, in schema order
    if error is not None:
        raise TemplateError(explain(doc, error))
    _check_meaning(doc)
    return doc


def _check_meaning(doc: dict[str, Any]) -> None:
    for path, value in nodes(doc):
        if isinstance(value, str) and not value.strip():
            raise TemplateError(say("{where}: is blank; please write something.")
                                .format(where=where(doc, path)))
    for field in ("key", "name"):
        seen: dict[str, int] = {}
        for index, competency in enumerate(doc["competencies"]):
            value = one_line(competency[field]).casefold()
            if value in seen:
                raise TemplateError(
                    say("{where}: {value} is already used by competency {number}; each "
                        "{field} must be unique.").format(
                            where=where(doc, ('competencies', index, field)),
                            value=quote(competency[field]), number=seen[value], field=field))
            seen[value] = index + 1


@cache
def _validator() -> Any:
    return schema_validator(paths.resource_dir() / "templates" / SCHEMA_FILE_NAME,
                            "role-template")
