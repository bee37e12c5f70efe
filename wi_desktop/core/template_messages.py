"""A role-template problem in plain words: where in the file it is, and what is wrong.

Paths read like 'competencies → 2 (“Problem solving”) → anchors', counting from 1; values
are quoted short, with anything unprintable written as an escape.
"""

from __future__ import annotations

import json
import re
from typing import Any

from wi_desktop.core.speech import say, say_later

JsonPath = tuple[str | int, ...]

_TYPES = {"string": say_later("text in quotes"), "number": say_later("a number"),
          "integer": say_later("a whole number"), "array": say_later("a list [ … ]"),
          "object": say_later("an object { … }"), "boolean": say_later("true or false")}
_NOUNS = {"anchors": (say_later("level"), say_later("levels")),
          "tasks": (say_later("task"), say_later("tasks")),
          "competencies": (say_later("competency"), say_later("competencies")),
          "debrief_questions": (say_later("question"), say_later("questions"))}
_ITEMS = (say_later("item"), say_later("items"))
_FORMS = {"key": say_later("a short id in snake_case (lower-case letters, digits and _, "
                           "e.g. problem_solving)"),
          "version": say_later('a version such as "1.0" (letters and digits, with dots or '
                               'dashes)')}


def explain(doc: Any, error: Any) -> str:
    """What a jsonschema ERROR found in DOC means, and where."""
    path: JsonPath = tuple(error.absolute_path)
    kind, value, found = error.validator, error.validator_value, error.instance
    if kind == "additionalProperties":
        extra = next(k for k in found if k not in error.schema.get("properties", {}))
        if path:
            return say("unknown key {key} in {where}").format(key=quote(extra),
                                                              where=where(doc, path))
        return say("unknown key {key} at the top level").format(key=quote(extra))
    if kind == "required":
        missing = next(k for k in value if k not in found)
        return say("{where}: missing key {key}").format(where=where(doc, path),
                                                        key=quote(missing))
    field = str(path[-1]) if path else ""
    return say("{where}: {problem}").format(
        where=where(doc, path), problem=_what(kind, value, found, error.schema, field))


def _what(kind: str, value: Any, found: Any, schema: dict[str, Any], field: str) -> str:
    if kind == "type":
        return say("must be {wanted}, found {found}").format(
            wanted=say(_TYPES.get(value, value)), found=describe(found))
    if kind in ("const", "enum"):
        wanted = describe(value) if kind == "const" else say("one of {choices}").format(
            choices=", ".join(map(quote, value)))
        return say("must be {wanted}, found {found}").format(wanted=wanted,
                                                             found=describe(found))
    if kind in ("minItems", "maxItems"):
        return _count(kind, value, len(found), schema, field)
    if kind in ("minLength", "maxLength"):
        return say("must not be empty") if kind == "minLength" else say(
            "is too long: at most {limit} characters, found {count}").format(
                limit=value, count=len(found))
    if kind in ("minimum", "maximum", "exclusiveMinimum"):
        if "exclusiveMinimum" in schema:
            return say("must be more than {low} and at most {high}, found {found}").format(
                low=schema["exclusiveMinimum"], high=schema.get("maximum"),
                found=describe(found))
        return say("must be between {low} and {high}, found {found}").format(
            low=schema.get("minimum"), high=schema.get("maximum"), found=describe(found))
    if kind == "pattern":
        form = _FORMS.get(field)
        return say("must be {wanted}, found {found}").format(
            wanted=say(form) if form else say("of the expected form"), found=describe(found))
    if kind == "not":
        bad = re.search(value.get("pattern", "."), found)
        return say("contains {what}, which is not allowed here").format(
            what=_char_name(bad.group() if bad else "?"))
    return say("is not accepted ({rule})").format(rule=short(kind))


def _count(kind: str, limit: int, count: int, schema: dict[str, Any], field: str) -> str:
    singular, plural = (say(noun) for noun in _NOUNS.get(field, _ITEMS))
    if schema.get("minItems") == schema.get("maxItems"):
        return say("needs exactly {limit} {items}, found {count}").format(
            limit=limit, items=singular if limit == 1 else plural, count=count)
    if kind == "minItems":
        return say("needs at least {limit} {items}, found {count}").format(
            limit=limit, items=singular if limit == 1 else plural, count=count)
    return say("has too many {items}: at most {limit}, found {count}").format(
        items=plural, limit=limit, count=count)


def _char_name(char: str) -> str:
    if "\ud800" <= char <= "\udfff":
        return say("a broken character (U+{code})").format(code=f"{ord(char):04X}")
    if char in "\n\r":
        return say("a line break")
    if char == "\t":
        return say("a tab")
    return say("a control character (U+{code})").format(code=f"{ord(char):04X}")


def where(doc: Any, path: JsonPath) -> str:
    """Like 'competencies → 2 (“Problem solving”) → anchors', counting from 1."""
    if not path:
        return say("top level")
    parts, node = [], doc
    for step in path:
        node = node[step]
        if isinstance(step, str):
            parts.append(short(step))
            continue
        label = (node.get("name") or node.get("title")) if isinstance(node, dict) else None
        label = short(label) if isinstance(label, str) and label.strip() else ""
        parts.append(f"{step + 1} (“{label}”)" if label else str(step + 1))
    return " → ".join(parts)


def short(text: str, limit: int = 40) -> str:
    """TEXT cut to LIMIT, with anything unprintable written as an escape."""
    text = text if len(text) <= limit else text[:limit] + "…"
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def quote(text: str) -> str:
    return f'"{short(text)}"'


def describe(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, str):
        return quote(value) if value else say("empty text")
    if isinstance(value, list | dict):
        return say("a list [ … ]") if isinstance(value, list) else say("an object { … }")
    return short(repr(value))
