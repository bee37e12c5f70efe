"""A session record moves a session to another computer: record → import → record gives
back the same record except its ids and the imported mark; a bad file is refused in words
and changes nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from wi_desktop.core.demo import create_demo_session
from wi_desktop.core.record import record_json, session_record
from wi_desktop.core.record_import import RecordError, read_record

UTC = dt.UTC


def without_ids(record: dict) -> dict:
    """The record with its ids numbered by position, and without the export's own time and
    the imported mark (what an import may change)."""
    record = json.loads(json.dumps(record))
    notes = {n["id"]: i for i, n in enumerate(record["notes"])}
    tasks = {t["id"]: i for i, t in enumerate(record["tasks"])}
    record.pop("exported")
    record["session"].pop("id")
    record["session"].pop("imported")
    for task in record["tasks"]:
        task["id"] = tasks[task["id"]]
    for note in record["notes"]:
        note["id"] = notes[note["id"]]
        note["task"] = tasks.get(note["task"])
    for score in record["scores"]:
        score["evidence"] = [notes[n] for n in score["evidence"]]
    return record


@pytest.fixture
def demo_record(service, clock):
    demo = create_demo_session(service)
    service.notes.add_note(demo, "Ünïcödé ✓ — עברית 🙂 and a “quote”")
    return session_record(service, demo, now_ms=clock.now_ms(), tz=UTC)


def test_record_import_record_gives_back_the_same_record(service, clock, demo_record):
    document = read_record(record_json(demo_record))
    clock.advance(60)
    sid = service.sessions.import_record(document)
    again = session_record(service, sid, now_ms=clock.now_ms(), tz=UTC)
    assert again["session"]["imported"] is not None  # marked, unsigned here
    assert without_ids(again) == without_ids(demo_record)
    assert service.finalising.facts(sid).imported_ms == clock.now_ms()


@pytest.mark.parametrize(("change", "words"), [
    (lambda r: r.update(format_version=2), "format 2, made by a newer version"),
    (lambda r: r["notes"][2].update(text=""), "notes → 3"),
    (lambda r: r["scores"][0]["evidence"].append(99_999), "evidence note 99999"),
    (lambda r: r.pop("pay"), "pay"),
])
def test_a_bad_record_is_refused_in_words_saying_where(service, demo_record, change, words):
    change(demo_record)
    before = service.sessions.list_sessions()
    with pytest.raises(RecordError, match=words.replace("(", r"\(")):
        service.sessions.import_record(read_record(record_json(demo_record)))
    assert service.sessions.list_sessions() == before  # nothing was written


@pytest.mark.parametrize(("data", "words"), [
    (b"", "empty"), (b"\xff\xfe{}", "UTF-16"), (b"[1, 2]", "does not hold a session record"),
    (b'{"a": 1, "a": 2}', "written twice"), (b"[" * 50 + b"]" * 50, "nested too deeply"),
    (b'{"format_version": 1,', "not valid JSON"),
])
def test_a_file_that_is_not_a_record_is_refused_in_words(data, words):
    with pytest.raises(RecordError, match=words):
        read_record(data)


def test_the_record_names_the_business_it_was_made_for(service, clock):
    import hashlib

    from wi_desktop.core.business import Business

    logo = b"\x89PNG\r\n\x1a\n fake bytes"
    service.business.set_business(Business(name="Café Nord", address="1 Quay St",
                                           contact="hi@example.org", currency="EUR",
                                           locale="de_DE", logo_png=logo))
    record = session_record(service, create_demo_session(service), now_ms=clock.now_ms(),
                            tz=dt.UTC)
    assert record["business"] == {
        "name": "Café Nord", "address": "1 Quay St", "contact": "hi@example.org",
        "currency": "EUR", "locale": "de_DE",
        "logo_sha256": hashlib.sha256(logo).hexdigest()}
    assert read_record(record_json(record))["business"]["name"] == "Café Nord"  # valid
