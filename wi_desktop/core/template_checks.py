"""Checking an untrusted role-template file, from its bytes to a JSON document fit to build.

Size, encoding, nesting and numbers are checked before parsing, the JSON Schema in
resources/templates/ after, then what the schema cannot say (blank text, repeated keys and
names). Every failure is a TemplateError whose message says where the problem is.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from wi_desktop import paths
from wi_desktop.core.errors import ValidationError, WiError
from wi_desktop.core.template_messages import JsonPath, describe, explain, quote, short, where

FORMAT = 1
MAX_BYTES = 256 * 1024
MAX_DEPTH = 8
MAX_NUMBER_CHARS = 24
SCHEMA_FILE_NAME = "role-template.schema.json"


class TemplateError(ValidationError):
    """A role-template file that cannot be used as it is."""

    title = "This role template cannot be used"


def checked_document(data: str | bytes) -> dict[str, Any]:
    """The JSON document in DATA, once it passed every check; else a TemplateError."""
    return _check(_load_json(_decode(data)))


def one_line(text: str) -> str:
    """TEXT with its runs of white space folded into single spaces."""
    return " ".join(text.split())


# text to JSON value -----------------------------------------------------------------
_OTHER_BOMS = ((b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"),
               (b"\xfe\xff", "UTF-16"), (b"\xff\xfe", "UTF-16"))
_TOKEN = re.compile(r'"(?:[^"\\]+|\\.)*"?|[\[\]{}]|[\w.+-]+', re.DOTALL)  # linear time
_NUMBER = re.compile(r"-?[0-9][0-9.eE+-]*")


def _decode(data: str | bytes) -> str:
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise TemplateError(f"the file is too large ({size // 1024} KiB); a role template "
                            f"can be at most {MAX_BYTES // 1024} KiB.")
    text = _decode_bytes(data) if isinstance(data, bytes) else data
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise TemplateError("the file is empty.")
    return text


def _decode_bytes(data: bytes) -> str:
    for bom, encoding in _OTHER_BOMS:
        if data.startswith(bom):
            raise TemplateError(f"the file is saved as {encoding}; please save it as UTF-8.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        good = data[:error.start].decode("utf-8")
        raise _located(good, len(good), f"the file is not UTF-8 text (byte 0x"
                       f"{data[error.start]:02X}); please save it as UTF-8.") from None
    if "\x00" in text:
        raise _located(text, text.index("\x00"), "the file contains NUL bytes; it may be "
                       "saved as UTF-16. Please save it as UTF-8.")
    return text


def _located(text: str, offset: int, what: str) -> TemplateError:
    line = text.count("\n", 0, offset) + 1
    column = offset - text.rfind("\n", 0, offset)
    return TemplateError(f"line {line}, column {column}: {what}")


def _scan(text: str) -> None:
    """Check nesting and numbers token by token, before any parser recurses or converts."""
    depth = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        depth += (token in ("[", "{")) - (token in ("]", "}"))
        if depth > MAX_DEPTH:
            raise _located(text, match.start(), "the file is nested too deeply "
                           f"(more than {MAX_DEPTH} levels).")
        problem = _number_problem(token)
        if problem:
            raise _located(text, match.start(), f"{short(token)} {problem}; please write "
                           "an ordinary number.")


def _number_problem(token: str) -> str:
    if token in ("NaN", "Infinity", "-Infinity"):
        return "is not a number JSON allows"
    if not _NUMBER.fullmatch(token):
        return ""
    if len(token) > MAX_NUMBER_CHARS:
        return "has too many digits"
    with contextlib.suppress(ValueError):
        if math.isinf(float(token)):
            return "is too large"
    return ""


class _Object(dict[str, Any]):
    """A JSON object that remembers a key written twice (json keeps only the last)."""

    duplicate: str | None = None


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object()
    for key, value in pairs:
        if key in obj and obj.duplicate is None:
            obj.duplicate = key
        obj[key] = value
    return obj


def _refuse_constant(token: str) -> None:
    raise ValueError(f"{token} is not allowed")  # _scan reports it first, with a place


def _load_json(text: str) -> Any:
    _scan(text)
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise TemplateError(f"line {error.lineno}, column {error.colno}: the file is not "
                            f"valid JSON ({error.msg}).") from None
    except (ValueError, RecursionError) as error:  # last guards behind _scan
        raise TemplateError(f"the file is not valid JSON ({short(str(error), 80)}).") from None


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
        if isinstance(value, _Object) and value.duplicate is not None:
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
