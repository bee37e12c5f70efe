"""An untrusted JSON file read as text and then as a value, with the care every file from
elsewhere gets: its size, its encoding, its nesting and its numbers are checked before any
parser runs, and every refusal says where in words (line, column). Role templates and
session records share it; each passes its own rules (limits and the error it raises)."""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wi_desktop.core.errors import ValidationError
from wi_desktop.core.speech import number, say
from wi_desktop.core.template_messages import JsonPath, quote, short, where

MAX_NUMBER_CHARS = 24


@dataclass(frozen=True)
class JsonRules:
    """What a kind of file may be: ERROR is raised (with words) for what it may not."""

    error: type[ValidationError]
    max_bytes: int
    max_depth: int
    what: str  # "a role template": how a message names the file


_OTHER_BOMS = ((b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"),
               (b"\xfe\xff", "UTF-16"), (b"\xff\xfe", "UTF-16"))
_TOKEN = re.compile(r'"(?:[^"\\]+|\\.)*"?|[\[\]{}]|[\w.+-]+', re.DOTALL)  # linear time
_NUMBER = re.compile(r"-?[0-9][0-9.eE+-]*")


def decoded(data: str | bytes, rules: JsonRules) -> str:
    """The text of DATA, within the size the RULES allow and as UTF-8; else rules.error."""
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > rules.max_bytes:
        raise rules.error(say("the file is too large ({size} KiB); {what} can be at most "
                              "{limit} KiB.").format(size=number(size // 1024),
                                                     what=say(rules.what),
                                                     limit=number(rules.max_bytes // 1024)))
    text = _decode_bytes(data, rules) if isinstance(data, bytes) else data
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise rules.error(say("the file is empty."))
    return text


def _decode_bytes(data: bytes, rules: JsonRules) -> str:
    for bom, encoding in _OTHER_BOMS:
        if data.startswith(bom):
            raise rules.error(say("the file is saved as {encoding}; please save it as UTF-8.")
                              .format(encoding=encoding))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        good = data[:error.start].decode("utf-8")
        raise _located(rules, good, len(good), say(
            "the file is not UTF-8 text (byte 0x{byte}); please save it as UTF-8.").format(
                byte=f"{data[error.start]:02X}")) from None
    if "\x00" in text:
        raise _located(rules, text, text.index("\x00"), say(
            "the file contains NUL bytes; it may be saved as UTF-16. Please save it as UTF-8."))
    return text


def _located(rules: JsonRules, text: str, offset: int, what: str) -> ValidationError:
    line = text.count("\n", 0, offset) + 1
    column = offset - text.rfind("\n", 0, offset)
    return rules.error(say("line {line}, column {column}: {problem}").format(
        line=line, column=column, problem=what))


def _scan(text: str, rules: JsonRules) -> None:
    """Check nesting and numbers token by token, before any parser recurses or converts."""
    depth = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        depth += (token in ("[", "{")) - (token in ("]", "}"))
        if depth > rules.max_depth:
            raise _located(rules, text, match.start(), say(
                "the file is nested too deeply (more than {limit} levels).").format(
                    limit=rules.max_depth))
        problem = _number_problem(token)
        if problem:
            raise _located(rules, text, match.start(), say(
                "{token} {problem}; please write an ordinary number.").format(
                    token=short(token), problem=problem))


def _number_problem(token: str) -> str:
    if token in ("NaN", "Infinity", "-Infinity"):
        return say("is not a number JSON allows")
    if not _NUMBER.fullmatch(token):
        return ""
    if len(token) > MAX_NUMBER_CHARS:
        return say("has too many digits")
    with contextlib.suppress(ValueError):
        if math.isinf(float(token)):
            return say("is too large")
    return ""


class JsonObject(dict[str, Any]):
    """A JSON object that remembers a key written twice (json keeps only the last)."""

    duplicate: str | None = None


def _object(pairs: list[tuple[str, Any]]) -> JsonObject:
    obj = JsonObject()
    for key, value in pairs:
        if key in obj and obj.duplicate is None:
            obj.duplicate = key
        obj[key] = value
    return obj


def _refuse_constant(token: str) -> None:
    raise ValueError(f"{token} is not allowed")  # _scan reports it first, with a place


def loaded(text: str, rules: JsonRules) -> Any:
    """The JSON value of TEXT, its nesting and numbers checked before any parser recurses
    or converts; an object remembers a key written twice (JsonObject.duplicate)."""
    _scan(text, rules)
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise rules.error(say("line {line}, column {column}: the file is not valid JSON "
                              "({reason}).").format(line=error.lineno, column=error.colno,
                                                    reason=error.msg)) from None
    except (ValueError, RecursionError) as error:  # last guards behind _scan
        raise rules.error(say("the file is not valid JSON ({reason}).").format(
            reason=short(str(error), 80))) from None




def nodes(value: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, Any]]:
    """Every value in document order (nesting is capped, so recursion is safe)."""
    yield path, value
    items = value.items() if isinstance(value, dict) else (
        enumerate(value) if isinstance(value, list) else ())
    for key, item in items:
        yield from nodes(item, (*path, key))


def refuse_newer_or_twice(doc: dict[str, Any], key: str, supported: int,
                          rules: JsonRules) -> None:
    """Refuse a document of a newer format (DOC[KEY] above SUPPORTED) or with a key written
    twice anywhere, saying where."""
    found = doc.get(key)
    if isinstance(found, int) and not isinstance(found, bool) and found > supported:
        raise rules.error(say("the file is in format {found}, made by a newer version of "
                              "this program; this version reads format {supported}.")
                          .format(found=found, supported=supported))
    for path, value in nodes(doc):
        if isinstance(value, JsonObject) and value.duplicate is not None:
            raise rules.error(say("{where}: the key {key} is written twice.").format(
                where=where(doc, path), key=quote(value.duplicate)))


def schema_validator(schema_path: Path, what: str) -> Any:
    """A JSON Schema validator for the schema at SCHEMA_PATH (WHAT names it in a message
    when the installation lacks it). jsonschema loads here, on first use: ~100 ms that
    start-up does not pay."""
    from wi_desktop.core.errors import WiError

    try:
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise WiError(say("The {what} schema is missing or damaged in this installation.")
                      .format(what=what),
                      hint=str(error)) from None
    import jsonschema

    return jsonschema.Draft202012Validator(schema)
