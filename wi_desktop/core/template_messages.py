"""A role-template problem in plain words: where in the file it is, and what is wrong.

Paths read like 'competencies → 2 (“Problem solving”) → anchors', counting from 1; values
are quoted short, with anything unprintable written as an escape.
"""

from __future__ import annotations

import json
import re
from typing import Any

JsonPath = tuple[str | int, ...]

_TYPES = {"string": "text in quotes", "number": "a number", "integer": "a whole number",
          "array": "a list [ … ]", "object": "an object { … }", "boolean": "true or false"}
_NOUNS = {"anchors": ("level", "levels"), "tasks": ("task", "tasks"),
          "competencies": ("competency", "competencies"),
          "debrief_questions": ("question", "questions")}
_FORMS = {"key": "a short id in snake_case (lower-case letters, digits and _, e.g. "
                 "problem_solving)",
          "version": 'a version such as "1.0" (letters and digits, with dots or dashes)'}


def explain(doc: Any, error: Any) -> str:
    """What a jsonschema ERROR found in DOC means, and where."""
    path: JsonPath = tuple(error.absolute_path)
    kind, value, found = error.validator, error.validator_value, error.instance
    if kind == "additionalProperties":
        extra = next(k for k in found if k not in error.schema.get("properties", {}))
        place = f"in {where(doc, path)}" if path else "at the top level"
        return f"unknown key {quote(extra)} {place}"
    if kind == "required":
        missing = next(k for k in value if k not in found)
        return f"{where(doc, path)}: missing key {quote(missing)}"
    field = str(path[-1]) if path else ""
    return f"{where(doc, path)}: {_what(kind, value, found, error.schema, field)}"


def _what(kind: str, value: Any, found: Any, schema: dict[str, Any], field: str) -> str:
    if kind == "type":
        return f"must be {_TYPES.get(value, value)}, found {describe(found)}"
    if kind in ("const", "enum"):
        wanted = describe(value) if kind == "const" else "one of " + ", ".join(map(quote, value))
        return f"must be {wanted}, found {describe(found)}"
    if kind in ("minItems", "maxItems"):
        return _count(kind, value, len(found), schema, field)
    if kind in ("minLength", "maxLength"):
        return "must not be empty" if kind == "minLength" else (
            f"is too long: at most {value} characters, found {len(found)}")
    if kind in ("minimum", "maximum", "exclusiveMinimum"):
        low = (f"more than {schema['exclusiveMinimum']} and at most" if "exclusiveMinimum"
               in schema else f"between {schema.get('minimum')} and")
        return f"must be {low} {schema.get('maximum')}, found {describe(found)}"
    if kind == "pattern":
        return f"must be {_FORMS.get(field, 'of the expected form')}, found {describe(found)}"
    if kind == "not":
        bad = re.search(value.get("pattern", "."), found)
        return f"contains {_char_name(bad.group() if bad else '?')}, which is not allowed here"
    return f"is not accepted ({short(kind)})"


def _count(kind: str, limit: int, count: int, schema: dict[str, Any], field: str) -> str:
    singular, plural = _NOUNS.get(field, ("item", "items"))
    if schema.get("minItems") == schema.get("maxItems"):
        return f"needs exactly {limit} {plural}, found {count}"
    if kind == "minItems":
        return f"needs at least {limit} {singular if limit == 1 else plural}, found {count}"
    return f"has too many {plural}: at most {limit}, found {count}"


def _char_name(char: str) -> str:
    if "\ud800" <= char <= "\udfff":
        return f"a broken character (U+{ord(char):04X})"
    names = {"\n": "a line break", "\r": "a line break", "\t": "a tab"}
    return names.get(char, f"a control character (U+{ord(char):04X})")


def where(doc: Any, path: JsonPath) -> str:
    """Like 'competencies → 2 (“Problem solving”) → anchors', counting from 1."""
    if not path:
        return "top level"
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
        return quote(value) if value else "empty text"
    if isinstance(value, list | dict):
        return "a list [ … ]" if isinstance(value, list) else "an object { … }"
    return short(repr(value))
