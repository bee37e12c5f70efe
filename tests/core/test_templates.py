"""Role templates: shipped files are valid; hostile files fail with a located, plain message."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wi_desktop import paths
from wi_desktop.core.errors import ValidationError
from wi_desktop.core.model import NewSession
from wi_desktop.core.rubric import DEFAULT_COMPETENCIES
from wi_desktop.core.sessions import validate_new_session
from wi_desktop.core.template_checks import MAX_BYTES, SCHEMA_FILE_NAME, TemplateError
from wi_desktop.core.templates import (
    RoleTemplate,
    WorkerStatus,
    load_shipped_templates,
    parse_template,
    read_template_file,
    template_to_json,
)

TEMPLATE_DIR = paths.resource_dir() / "templates"
SHIPPED = sorted(p for p in TEMPLATE_DIR.glob("*.json") if p.name != SCHEMA_FILE_NAME)
DEFAULT_KEYS = [c.key for c in DEFAULT_COMPETENCIES]


def valid_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((TEMPLATE_DIR / "retail-associate.json").read_text("utf-8"))
    return doc


DOC = valid_doc()
TEXT = json.dumps(DOC, ensure_ascii=False)


def message_for(text: str | bytes) -> str:
    with pytest.raises(TemplateError) as caught:
        parse_template(text)
    return caught.value.message


def message_for_doc(doc: Any) -> str:
    return message_for(json.dumps(doc, ensure_ascii=False))


# shipped templates ---------------------------------------------------------
def test_at_least_seven_templates_ship_sorted_by_name_with_unique_names():
    templates = load_shipped_templates()
    names = [t.name for t in templates]
    assert len(templates) >= 7 and len(templates) == len(SHIPPED)
    assert names == sorted(names, key=str.casefold)
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_template_parses_round_trips_and_fits_a_session(path: Path):
    template = read_template_file(path)
    assert parse_template(template_to_json(template)) == template
    assert 3 <= len(template.tasks) <= 5
    assert all(t.instructions and 1 <= t.minutes <= 1440 for t in template.tasks)
    rubric = template.to_competencies()
    assert [c.key for c in rubric] == DEFAULT_KEYS
    assert [c.hotkey for c in rubric] == [1, 2, 3, 4, 5, 6]
    assert all(c.levels == 5 and len(set(c.anchors)) == 5 for c in rubric)
    assert template.debrief_questions
    assert template.agreements.confidentiality.version == "1.0"
    session = validate_new_session(NewSession("Jordan Lee", template.name, "", "Pat Kim",
                                                template.planned_tasks()))
    assert [t.title for t in session.tasks] == [t.title for t in template.tasks]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_anchors_are_written_for_the_role_not_copied_from_the_default(path: Path):
    default_anchors = {a for c in DEFAULT_COMPETENCIES for a in c.anchors}
    template = read_template_file(path)
    assert not default_anchors & {a for c in template.competencies for a in c.anchors}


def test_schema_is_valid_draft_2020_12_and_accepts_every_shipped_file():
    schema = json.loads((TEMPLATE_DIR / SCHEMA_FILE_NAME).read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in SHIPPED:
        jsonschema.Draft202012Validator(schema).validate(json.loads(path.read_text("utf-8")))


def test_optional_fields_have_defaults_and_a_rate_round_trips():
    doc = valid_doc()
    del doc["debrief_questions"], doc["agreements"]["paid"]
    doc["agreements"].update(hourly_rate=21.5, worker_status="contractor")
    template = parse_template(json.dumps(doc))
    assert template.debrief_questions == ()
    assert template.agreements.paid is True
    assert template.agreements.worker_status is WorkerStatus.CONTRACTOR
    assert parse_template(template_to_json(template)) == template


def test_text_is_trimmed_and_bytes_equal_text_and_a_utf8_bom_is_accepted():
    doc = valid_doc()
    doc["name"] = "  Retail   associate \n"[:-1]
    doc["tasks"][0]["instructions"] = "\n  Greet them.\nThen help.  "
    text = json.dumps(doc, ensure_ascii=False)
    template = parse_template(text)
    assert template.name == "Retail associate"
    assert template.tasks[0].instructions == "Greet them.\nThen help."
    assert parse_template(b"\xef\xbb\xbf" + text.encode()) == template


def test_an_editor_schema_link_is_allowed_and_not_written_back():
    doc = valid_doc()
    doc["$schema"] = "./role-template.schema.json"
    assert "$schema" not in template_to_json(parse_template(json.dumps(doc)))


def test_brackets_inside_strings_do_not_count_as_nesting():
    doc = valid_doc()
    doc["description"] = "[[[[[[[[[[{{{{{{{{{{ \\\" ]]]"
    assert parse_template(json.dumps(doc)).description == doc["description"]


# hostile input: exact messages ----------------------------------------------
def test_wrong_type_names_the_task_and_the_value_found():
    doc = valid_doc()
    doc["tasks"][0]["minutes"] = "ten"
    assert message_for_doc(doc) == ('tasks → 1 (“Help a customer choose a gift”) → minutes: '
                                    'must be a number, found "ten"')


def test_four_anchors_says_exactly_five_levels_are_needed():
    doc = valid_doc()
    doc["competencies"][1]["anchors"].pop()
    assert message_for_doc(doc) == ("competencies → 2 (“Problem solving”) → anchors: "
                                    "needs exactly 5 levels, found 4")


def test_unknown_key_is_named_with_where_it_is():
    doc = valid_doc()
    doc["competencies"][0]["colour"] = "red"
    assert message_for_doc(doc) == 'unknown key "colour" in competencies → 1 (“Technical skills”)'
    doc = valid_doc()
    doc["colour"] = "red"
    assert message_for_doc(doc) == 'unknown key "colour" at the top level'


def test_missing_key_is_named():
    doc = valid_doc()
    del doc["competencies"][2]["anchors"]
    assert message_for_doc(doc) == ('competencies → 3 (“Communication & collaboration”): '
                                    'missing key "anchors"')


def test_duplicate_competency_key_names_the_first_user():
    doc = valid_doc()
    doc["competencies"][3]["key"] = "technical"
    assert message_for_doc(doc) == ('competencies → 4 (“Work ethic & attitude”) → key: '
                                    '"technical" is already used by competency 1; each key '
                                    'must be unique.')


def test_invalid_json_gives_line_and_column():
    text = '{\n  "format": 1,\n  "name": "x"\n  "description": "y"\n}'
    assert message_for(text) == ("line 4, column 3: the file is not valid JSON "
                                 "(Expecting ',' delimiter).")


def test_deep_nesting_is_refused_before_parsing():
    assert message_for("[" * 100_000) == ("line 1, column 9: the file is nested too deeply "
                                          "(more than 8 levels).")


def test_nan_is_located():
    text = '{\n"format": 1,\n"tasks": [{"minutes": NaN}]}'
    assert message_for(text) == ("line 3, column 23: NaN is not a number JSON allows; please "
                                 "write an ordinary number.")


def test_bad_utf8_is_located():
    assert message_for(b'{\n "name": "caf\xe9"}') == (
        "line 2, column 14: the file is not UTF-8 text (byte 0xE9); please save it as UTF-8.")


def test_source_prefixes_the_message():
    with pytest.raises(TemplateError, match=r"^mine\.json: the file is empty\.$"):
        parse_template(b"", source="mine.json")


# hostile input: every kind gives a ValidationError saying where ---------------
def mutated(change: Any) -> str:
    doc = valid_doc()
    change(doc)
    return json.dumps(doc, ensure_ascii=False)


HOSTILE = {
    "too large": (b" " * (MAX_BYTES + 1), "too large"),
    "too large in UTF-8": ("é" * (MAX_BYTES // 2 + 1), "too large"),
    "deep objects": ('{"a":' * 10_000, "line 1, column 41: the file is nested too deeply"),
    "empty": (b"", "the file is empty"),
    "only spaces": (" \n\t ", "the file is empty"),
    "only a BOM": (b"\xef\xbb\xbf", "the file is empty"),
    "UTF-16": ('{"format": 1}'.encode("utf-16"), "saved as UTF-16"),
    "UTF-16 without BOM": ('{"format": 1}'.encode("utf-16-le"), "line 1, column 2: the file "
                           "contains NUL bytes"),
    "top-level array": ("[1, 2]", "the file holds a list [ … ], but a role template is a JSON "
                        "object"),
    "top-level string": ('"hi"', 'the file holds "hi"'),
    "Infinity": ('{"format": -Infinity}', "line 1, column 12: -Infinity is not a number"),
    "huge float": ('{"format": 1e999}', "line 1, column 12: 1e999 is too large"),
    "huge integer": ('{"format": ' + "9" * 5000 + "}", "line 1, column 12: 9999"),
    "trailing comma": ('{"format": 1,}', "line 1, column 14: the file is not valid JSON"),
    "duplicate JSON key": (mutated(lambda d: d["tasks"][1].update(title="x")).replace(
        '"title": "x"', '"title": "x", "title": "y"'),
        'tasks → 2 (“y”): the key "title" is written twice'),
    "newer format": (mutated(lambda d: d.update(format=2)), "format 2, made by a newer"),
    "format 0": (mutated(lambda d: d.update(format=0)), "format: must be 1, found 0"),
    "format true": (mutated(lambda d: d.update(format=True)),
                    "format: must be a whole number, found true"),
    "no tasks": (mutated(lambda d: d["tasks"].clear()), "tasks: needs at least 1 task, found 0"),
    "too many tasks": (mutated(lambda d: d["tasks"].extend(d["tasks"] * 13)),
                       "tasks: has too many tasks: at most 50, found 56"),
    "no competencies": (mutated(lambda d: d["competencies"].clear()),
                        "competencies: needs at least 1 competency"),
    "zero minutes": (mutated(lambda d: d["tasks"][2].update(minutes=0)),
                     "tasks → 3 (“Restock and face a shelf”) → minutes: must be between 1 and "
                     "1440, found 0"),
    "a day and a minute": (mutated(lambda d: d["tasks"][2].update(minutes=1441)),
                           "minutes: must be between 1 and 1440, found 1441"),
    "zero weight": (mutated(lambda d: d["competencies"][5].update(weight=0)),
                    "competencies → 6 (“Team fit”) → weight: must be more than 0"),
    "weight as text": (mutated(lambda d: d["competencies"][5].update(weight="2")),
                       'weight: must be a number, found "2"'),
    "six anchors": (mutated(lambda d: d["competencies"][0]["anchors"].append("More")),
                    "anchors: needs exactly 5 levels, found 6"),
    "anchor not text": (mutated(lambda d: d["competencies"][0]["anchors"].__setitem__(2, 3)),
                        "competencies → 1 (“Technical skills”) → anchors → 3: must be text in "
                        "quotes, found 3"),
    "empty anchor": (mutated(lambda d: d["competencies"][0]["anchors"].__setitem__(0, "")),
                     "anchors → 1: must not be empty"),
    "empty title": (mutated(lambda d: d["tasks"][0].update(title="")),
                    "tasks → 1 → title: must not be empty"),
    "blank name": (mutated(lambda d: d.update(name="   ")), "name: is blank"),
    "line break in a title": (mutated(lambda d: d["tasks"][0].update(title="a\nb")),
                              "tasks → 1 (“a\\u000ab”) → title: contains a line break"),
    "unpaired surrogate": (mutated(lambda d: d.update(name="x")).replace(
        '"name": "x"', '"name": "\\ud800"'), "name: contains a broken character (U+D800)"),
    "NUL escape": (mutated(lambda d: d.update(description="a\x00")),
                   "description: contains a control character (U+0000)"),
    "too long": (mutated(lambda d: d.update(name="n" * 201)),
                 "name: is too long: at most 200 characters, found 201"),
    "bad competency key": (mutated(lambda d: d["competencies"][0].update(key="Tech Skills")),
                           "key: must be a short id in snake_case"),
    "bad version": (mutated(lambda d: d["agreements"]["confidentiality"].update(version="v 1")),
                    "agreements → confidentiality → version: must be a version"),
    "worker status": (mutated(lambda d: d["agreements"].update(worker_status="boss")),
                      'worker_status: must be one of "employee", "contractor", "other", '
                      'found "boss"'),
    "paid as text": (mutated(lambda d: d["agreements"].update(paid="yes")),
                     'agreements → paid: must be true or false, found "yes"'),
    "tasks as object": (mutated(lambda d: d.update(tasks={})),
                        "tasks: must be a list [ … ], found an object { … }"),
    "missing name": (mutated(lambda d: d.pop("name")), 'top level: missing key "name"'),
    "duplicate competency name": (
        mutated(lambda d: d["competencies"][1].update(name="technical SKILLS")),
        "competencies → 2 (“technical SKILLS”) → name: \"technical SKILLS\" is already used"),
}


@pytest.mark.parametrize("text, expected", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_is_refused_with_a_located_message(text: str | bytes, expected: str):
    assert expected in message_for(text)


def test_template_error_is_a_validation_error_with_a_title():
    with pytest.raises(ValidationError) as caught:
        parse_template("[]")
    assert isinstance(caught.value, TemplateError)
    assert caught.value.title == "This role template cannot be used"


def test_reading_a_huge_file_reads_only_past_the_cap(tmp_path: Path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (4 * MAX_BYTES))
    with pytest.raises(TemplateError, match=r"^big\.json: the file is too large \(256 KiB\)"):
        read_template_file(big)


def test_reading_a_missing_file_says_so(tmp_path: Path):
    with pytest.raises(TemplateError, match=r"^gone\.json: the file could not be read"):
        read_template_file(tmp_path / "gone.json")


def test_a_broken_shipped_template_is_reported_by_file_name(tmp_path: Path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"^broken\.json: line 1, column 2"):
        load_shipped_templates(tmp_path)


# fuzzing ---------------------------------------------------------------------
FUZZ = settings(max_examples=75, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["format", "name", "tasks", "minutes", "key", "anchors", "x"])
        | st.text(max_size=8), inner, max_size=4),
    max_leaves=20)


def parses_or_refuses(text: str | bytes) -> None:
    try:
        result = parse_template(text)
    except ValidationError as error:
        assert error.message and "Traceback" not in error.message
        error.message.encode("utf-8")  # printable, no lone surrogates
    else:
        assert isinstance(result, RoleTemplate)


def paths_in(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Where every value of VALUE sits, as keys and indexes from the top."""
    found = [path] if path else []
    if isinstance(value, dict | list):
        for key, item in value.items() if isinstance(value, dict) else enumerate(value):
            found += paths_in(item, (*path, key))
    return found


@FUZZ
@given(st.data())
def test_mutated_documents_only_ever_raise_validation_errors(data: st.DataObject):
    doc = copy.deepcopy(DOC)
    path = data.draw(st.sampled_from(paths_in(doc)))
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    if data.draw(st.booleans()):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(JSON_VALUES)
    parses_or_refuses(json.dumps(doc))


@FUZZ
@given(st.data())
def test_damaged_bytes_only_ever_raise_validation_errors(data: st.DataObject):
    raw = TEXT.encode()
    at = data.draw(st.integers(0, len(raw)))
    if data.draw(st.booleans()):
        raw = raw[:at]
    else:
        raw = raw[:at] + data.draw(st.binary(min_size=1, max_size=8)) + raw[at:]
    parses_or_refuses(raw)


@FUZZ
@given(JSON_VALUES)
def test_arbitrary_json_only_ever_raises_validation_errors(value: Any):
    parses_or_refuses(json.dumps(value))


@FUZZ
@given(JSON_VALUES)
def test_arbitrary_values_inside_a_valid_shape_only_raise_validation_errors(value: Any):
    doc = copy.deepcopy(DOC)
    doc["tasks"].append({"title": value, "instructions": "Do it.", "minutes": value})
    doc["competencies"][0]["anchors"][4] = value
    parses_or_refuses(json.dumps(doc))
