"""Role templates: one role's tasks, anchored rubric and default agreements, as data.

Template files are untrusted (users import them). Size, encoding, nesting and numbers are
checked before parsing, the JSON Schema in resources/templates/ after, and every failure
is a TemplateError whose message says, in plain words, where the problem is.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from wi_desktop import paths
from wi_desktop.core.errors import ValidationError, WiError
from wi_desktop.core.model import Competency, PlannedTask

FORMAT = 1
MAX_BYTES = 256 * 1024
MAX_DEPTH = 8
MAX_NUMBER_CHARS = 24
SCHEMA_FILE_NAME = "role-template.schema.json"

JsonPath = tuple[str | int, ...]


class TemplateError(ValidationError):
    """A role-template file that cannot be used as it is."""

    title = "This role template cannot be used"


class WorkerStatus(StrEnum):
    EMPLOYEE = "employee"
    CONTRACTOR = "contractor"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {WorkerStatus.EMPLOYEE: "Employee for the day", WorkerStatus.OTHER: "Other",
                WorkerStatus.CONTRACTOR: "Independent contractor"}[self]


@dataclass(frozen=True)
class TemplateTask:
    title: str
    instructions: str  # read to the candidate, the same for every candidate
    minutes: float


@dataclass(frozen=True)
class Agreement:
    version: str
    text: str


@dataclass(frozen=True)
class AgreementDefaults:
    confidentiality: Agreement
    consent_to_notes: str
    worker_status: WorkerStatus
    paid: bool = True
    hourly_rate: float | None = None


@dataclass(frozen=True)
class RoleTemplate:
    name: str
    description: str
    tasks: tuple[TemplateTask, ...]
    competencies: tuple[Competency, ...]
    agreements: AgreementDefaults
    debrief_questions: tuple[str, ...] = ()

    def to_competencies(self) -> tuple[Competency, ...]:
        """The session's rubric; hotkeys 1..9 follow the template's order."""
        return tuple(replace(c, hotkey=n) for n, c in enumerate(self.competencies, start=1))

    def planned_tasks(self) -> tuple[PlannedTask, ...]:
        return tuple(PlannedTask(t.title, t.minutes, t.instructions) for t in self.tasks)


# public entry points -------------------------------------------------------------
def parse_template(text: str | bytes, *, source: str = "") -> RoleTemplate:
    """The template in TEXT, or a TemplateError saying what is wrong and where."""
    try:
        doc = _load_json(_decode(text))
        _check(doc)
        return _build(doc)
    except TemplateError as error:
        if not source:
            raise
        raise TemplateError(f"{source}: {error.message}", hint=error.hint) from None


def read_template_file(path: Path) -> RoleTemplate:
    """Parse a file, reading no more than the size cap needs."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as error:
        raise TemplateError(f"{path.name}: the file could not be read "
                            f"({error.strerror or error}).") from None
    return parse_template(data, source=path.name)


def template_to_json(template: RoleTemplate) -> str:
    """The file text of TEMPLATE; parse_template reads it back unchanged."""
    return json.dumps(_document(template), ensure_ascii=False, indent=2) + "\n"


def load_shipped_templates(resource_dir: Path | None = None) -> list[RoleTemplate]:
    """Every template in RESOURCE_DIR/templates (default: the shipped ones), by name."""
    folder = (resource_dir or paths.resource_dir()) / "templates"
    files = sorted(p for p in folder.glob("*.json") if p.name != SCHEMA_FILE_NAME)
    return sorted((read_template_file(p) for p in files), key=lambda t: t.name.casefold())


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
            raise _located(text, match.start(), f"{_short(token)} {problem}; please write "
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
        raise TemplateError(f"the file is not valid JSON ({_short(str(error), 80)}).") from None


# checks ---------------------------------------------------------------------------
def _check(doc: Any) -> None:
    if not isinstance(doc, dict):
        raise TemplateError(f"the file holds {_describe(doc)}, but a role template is a "
                            "JSON object: { \"format\": 1, \"name\": …, … }.")
    found = doc.get("format")
    if isinstance(found, int) and not isinstance(found, bool) and found > FORMAT:
        raise TemplateError(f"the file is in format {found}, made by a newer version of this "
                            f"program; this version reads format {FORMAT}.")
    for path, value in _nodes(doc):
        if isinstance(value, _Object) and value.duplicate is not None:
            raise TemplateError(f"{_where(doc, path)}: the key {_quote(value.duplicate)} "
                                "is written twice.")
    error = next(iter(_validator().iter_errors(doc)), None)  # the first, in schema order
    if error is not None:
        raise TemplateError(_explain(doc, error))
    _check_meaning(doc)


def _check_meaning(doc: dict[str, Any]) -> None:
    for path, value in _nodes(doc):
        if isinstance(value, str) and not value.strip():
            raise TemplateError(f"{_where(doc, path)}: is blank; please write something.")
    for field in ("key", "name"):
        seen: dict[str, int] = {}
        for index, competency in enumerate(doc["competencies"]):
            value = _line(competency[field]).casefold()
            if value in seen:
                raise TemplateError(
                    f"{_where(doc, ('competencies', index, field))}: {_quote(competency[field])}"
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


# messages -------------------------------------------------------------------------
_TYPES = {"string": "text in quotes", "number": "a number", "integer": "a whole number",
          "array": "a list [ … ]", "object": "an object { … }", "boolean": "true or false"}
_NOUNS = {"anchors": ("level", "levels"), "tasks": ("task", "tasks"),
          "competencies": ("competency", "competencies"),
          "debrief_questions": ("question", "questions")}
_FORMS = {"key": "a short id in snake_case (lower-case letters, digits and _, e.g. "
                 "problem_solving)",
          "version": 'a version such as "1.0" (letters and digits, with dots or dashes)'}


def _explain(doc: Any, error: Any) -> str:
    path: JsonPath = tuple(error.absolute_path)
    kind, value, found = error.validator, error.validator_value, error.instance
    if kind == "additionalProperties":
        extra = next(k for k in found if k not in error.schema.get("properties", {}))
        where = f"in {_where(doc, path)}" if path else "at the top level"
        return f"unknown key {_quote(extra)} {where}"
    if kind == "required":
        missing = next(k for k in value if k not in found)
        return f"{_where(doc, path)}: missing key {_quote(missing)}"
    field = str(path[-1]) if path else ""
    return f"{_where(doc, path)}: {_what(kind, value, found, error.schema, field)}"


def _what(kind: str, value: Any, found: Any, schema: dict[str, Any], field: str) -> str:
    if kind == "type":
        return f"must be {_TYPES.get(value, value)}, found {_describe(found)}"
    if kind in ("const", "enum"):
        wanted = _describe(value) if kind == "const" else "one of " + ", ".join(map(_quote, value))
        return f"must be {wanted}, found {_describe(found)}"
    if kind in ("minItems", "maxItems"):
        return _count(kind, value, len(found), schema, field)
    if kind in ("minLength", "maxLength"):
        return "must not be empty" if kind == "minLength" else (
            f"is too long: at most {value} characters, found {len(found)}")
    if kind in ("minimum", "maximum", "exclusiveMinimum"):
        low = (f"more than {schema['exclusiveMinimum']} and at most" if "exclusiveMinimum"
               in schema else f"between {schema.get('minimum')} and")
        return f"must be {low} {schema.get('maximum')}, found {_describe(found)}"
    if kind == "pattern":
        return f"must be {_FORMS.get(field, 'of the expected form')}, found {_describe(found)}"
    if kind == "not":
        bad = re.search(value.get("pattern", "."), found)
        return f"contains {_char_name(bad.group() if bad else '?')}, which is not allowed here"
    return f"is not accepted ({_short(kind)})"


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


def _where(doc: Any, path: JsonPath) -> str:
    """Like 'competencies → 2 (“Problem solving”) → anchors', counting from 1."""
    if not path:
        return "top level"
    parts, node = [], doc
    for step in path:
        node = node[step]
        if isinstance(step, str):
            parts.append(_short(step))
            continue
        label = (node.get("name") or node.get("title")) if isinstance(node, dict) else None
        label = _short(label) if isinstance(label, str) and label.strip() else ""
        parts.append(f"{step + 1} (“{label}”)" if label else str(step + 1))
    return " → ".join(parts)


def _short(text: str, limit: int = 40) -> str:
    """TEXT cut to LIMIT, with anything unprintable written as an escape."""
    text = text if len(text) <= limit else text[:limit] + "…"
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def _quote(text: str) -> str:
    return f'"{_short(text)}"'


def _describe(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, str):
        return _quote(value) if value else "empty text"
    if isinstance(value, list | dict):
        return "a list [ … ]" if isinstance(value, list) else "an object { … }"
    return _short(repr(value))


# JSON value to template and back ------------------------------------------------------
def _line(text: str) -> str:
    return " ".join(text.split())


def _build(doc: dict[str, Any]) -> RoleTemplate:
    terms, agreement = doc["agreements"], doc["agreements"]["confidentiality"]
    return RoleTemplate(
        name=_line(doc["name"]), description=doc["description"].strip(),
        tasks=tuple(TemplateTask(_line(t["title"]), t["instructions"].strip(), t["minutes"])
                    for t in doc["tasks"]),
        competencies=tuple(
            Competency(key=c["key"], name=_line(c["name"]), weight=c["weight"], hotkey=n,
                       anchors=tuple(a.strip() for a in c["anchors"]))
            for n, c in enumerate(doc["competencies"], start=1)),
        agreements=AgreementDefaults(
            Agreement(agreement["version"], agreement["text"].strip()),
            consent_to_notes=terms["consent_to_notes"].strip(),
            worker_status=WorkerStatus(terms["worker_status"]),
            paid=terms.get("paid", True), hourly_rate=terms.get("hourly_rate")),
        debrief_questions=tuple(q.strip() for q in doc.get("debrief_questions", ())))


def _tidy(number: float) -> float:
    return int(number) if float(number).is_integer() else number


def _document(t: RoleTemplate) -> dict[str, Any]:
    terms = t.agreements
    agreements: dict[str, Any] = {
        "confidentiality": {"version": terms.confidentiality.version,
                            "text": terms.confidentiality.text},
        "consent_to_notes": terms.consent_to_notes,
        "worker_status": str(terms.worker_status), "paid": terms.paid}
    if terms.hourly_rate is not None:
        agreements["hourly_rate"] = _tidy(terms.hourly_rate)
    return {
        "format": FORMAT, "name": t.name, "description": t.description,
        "tasks": [{"title": k.title, "instructions": k.instructions, "minutes": _tidy(k.minutes)}
                  for k in t.tasks],
        "competencies": [{"key": c.key, "name": c.name, "weight": _tidy(c.weight),
                          "anchors": list(c.anchors)} for c in t.competencies],
        "debrief_questions": list(t.debrief_questions), "agreements": agreements}
