"""Checking an untrusted role-template file, from its bytes to a JSON document fit to build.

Size, encoding, nesting and numbers are checked before parsing, the JSON Schema in
resources/templates/ after, then what the schema cannot say (blank text, repeated keys and
names). Every failure is a TemplateError whose message says where the problem is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from wi_desktop import paths
from wi_desktop.core.errors import ValidationError, WiError
from wi_desktop.core.json_text import JsonObject, JsonRules, decoded, loaded
from wi_desktop.core.template_messages import JsonPath, describe, explain, quote, where

FORMAT = 1
MAX_BYTES = 256 * 1024
MAX_DEPTH = 8
SCHEMA_FILE_NAME = "role-template.schema.json"


class TemplateError(ValidationError):
    """A role-template file that cannot be used as it is."""

    title = "This role template cannot be used"


TEMPLATE_RULES = JsonRules(TemplateError, MAX_BYTES, MAX_DEPTH, "a role template")


def checked_document(data: str | bytes) -> dict[str, Any]:
    """The JSON document in DATA, once it passed every check; else a TemplateError."""
    return _check(loaded(decoded(data, TEMPLATE_RULES), TEMPLATE_RULES))


def one_line(text: str) -> str:
    """TEXT with its runs of white space folded into single spaces."""
    return " ".join(text.split())


# checks ---------------------------------------------------------------------------
def _check(doc: Any) -> dict[str, Any]:
    if not isinstance(doc, dict):
        raise TemplateError(f"the file holds {describe(doc)}, but a role template is a "
                            "JSON object: { \"format\": 1, \"name\": …, … }.")
    found = doc.get("format")
    if isinstance(found, int) and not isinstance(found, bool) and found > FORMAT:
        raise TemplateError(f"the file is in format {found}, made by a newer version of this "
                            f"program; this version reads format {FORMAT}.")
    for path, value in _nodes(doc):
        if isinstance(value, JsonObject) and value.duplicate is not None:
            raise TemplateError(f"{where(doc, path)}: the key {quote(value.duplicate)} "
                                "is written twice.")
    error = next(iter(_validator().iter_errors(doc)), None)  # the first, in schema order
    if error is not None:
        raise TemplateError(explain(doc, error))
    _check_meaning(doc)
    return doc


def _check_meaning(doc: dict[str, Any]) -> None:
    for path, value in _nodes(doc):
        if isinstance(value, str) and not value.strip():
            raise TemplateError(f"{where(doc, path)}: is blank; please write something.")
    for field in ("key", "name"):
        seen: dict[str, int] = {}
        for index, competency in enumerate(doc["competencies"]):
            value = one_line(competency[field]).casefold()
            if value in seen:
                raise TemplateError(
                    f"{where(doc, ('competencies', index, field))}: {quote(competency[field])}"
                    f" is already used by competency {seen[value]}; each {field} must be unique.")
            seen[value] = index + 1


def _nodes(value: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, Any]]:
    """Every value in document order (nesting is capped, so recursion is safe)."""
    yield path, value
    items = value.items() if isinstance(value, dict) else (
        enumerate(value) if isinstance(value, list) else ())
    for key, item in items:
        yield from _nodes(item, (*path, key))


@cache
def _validator() -> Any:
    schema_path = paths.resource_dir() / "templates" / SCHEMA_FILE_NAME
    try:
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise WiError("The role-template schema is missing or damaged in this installation.",
                      hint=str(error)) from None
    import jsonschema  # loaded on first use: it costs ~100 ms, and startup does not need it

    return jsonschema.Draft202012Validator(schema)
