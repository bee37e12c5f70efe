"""Bringing in a session record made elsewhere (`wi-desktop record`): the way to move a
session to another computer. The file is checked like a role template (size, encoding,
nesting, numbers, a key written twice, then its JSON Schema and what the schema cannot say)
before anything is written; then it becomes a new session, in one transaction, marked as
imported and unsigned here."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from wi_desktop import paths
from wi_desktop.core.errors import ValidationError
from wi_desktop.core.json_text import (
    JsonRules,
    decoded,
    loaded,
    refuse_newer_or_twice,
    schema_validator,
)
from wi_desktop.core.model import (
    Competency,
    Departure,
    NewSession,
    Note,
    PlannedTask,
    Polarity,
    Score,
)
from wi_desktop.core.ports import Store
from wi_desktop.core.record import FORMAT_VERSION
from wi_desktop.core.speech import say, say_later
from wi_desktop.core.template_messages import explain, quote

SCHEMA_FILE_NAME = "session-record.schema.json"


class RecordError(ValidationError):
    """A session-record file that cannot be brought in as it is."""

    title = say_later("This session record cannot be used")


RECORD_RULES = JsonRules(RecordError, 256 * 1024 * 1024, 8,
                         say_later("a session record"))


def read_record(data: str | bytes) -> dict[str, Any]:
    """The record in DATA once it passed every check; else a RecordError saying where."""
    doc = loaded(decoded(data, RECORD_RULES), RECORD_RULES)
    if not isinstance(doc, dict):
        raise RecordError(say("the file does not hold a session record (a JSON object with "
                              "\"format_version\", \"session\", \"notes\", …)."))
    refuse_newer_or_twice(doc, "format_version", FORMAT_VERSION, RECORD_RULES)
    error = next(iter(_validator().iter_errors(doc)), None)
    if error is not None:
        raise RecordError(explain(doc, error))
    _check_references(doc)
    return doc


def _check_references(doc: dict[str, Any]) -> None:
    """What the schema cannot say: every note, task and competency named exists."""
    notes = {n["id"] for n in doc["notes"]}
    tasks = {t["id"] for t in doc["tasks"]}
    keys = {c["key"] for c in doc["competencies"]}
    for index, note in enumerate(doc["notes"]):
        if note["task"] is not None and note["task"] not in tasks:
            raise RecordError(say("notes → {number}: its task {task} is not in the record's "
                                  "tasks.").format(number=index + 1, task=note['task']))
        if note["competency"] is not None and note["competency"] not in keys:
            raise RecordError(say("notes → {number}: its competency {competency} is not in the "
                                  "record's rubric.").format(
                                      number=index + 1, competency=quote(note['competency'])))
    for index, score in enumerate(doc["scores"]):
        if score["competency"] not in keys:
            raise RecordError(say("scores → {number}: {competency} is not in the record's rubric.")
                              .format(number=index + 1, competency=quote(score['competency'])))
        missing = [n for n in score["evidence"] if n not in notes]
        if missing:
            raise RecordError(say("scores → {number}: evidence note {note} is not in the "
                                  "record's notes.").format(number=index + 1, note=missing[0]))


@cache
def _validator() -> Any:
    return schema_validator(paths.resource_dir() / SCHEMA_FILE_NAME, "session-record")


def _ms(text: str | None) -> int | None:
    return None if text is None else round(dt.datetime.fromisoformat(text).timestamp() * 1000)


def import_record(store: Store, doc: dict[str, Any], now_ms: int) -> int:
    """Write the checked record DOC as a new session (inside the caller's transaction);
    returns its id. Ids are new; everything else is as the record says."""
    from wi_desktop.core.agreements import Agreements, DebriefAnswer, Feedback
    from wi_desktop.core.pay import PayAuditEntry, PayBasis, PayRecord, WorkProduct
    from wi_desktop.core.versions import Amendment, SignedFile

    info = doc["session"]
    competencies = [Competency(c["key"], c["name"], tuple(c["anchors"]), c["weight"])
                    for c in doc["competencies"]]
    tasks = sorted(doc["tasks"], key=lambda t: t["position"])
    new = NewSession(info["candidate"], info["role"], info["location"],
                     doc["observers"][0]["name"],
                     tuple(PlannedTask(t["title"], t["planned_minutes"], t["instructions"])
                           for t in tasks))
    created = _ms(info["created"]) or now_ms
    rows = store.sessions
    sid = rows.create_session(new, competencies, created, is_demo=info["demo"])
    task_ids = {old["id"]: made.id for old, made in zip(tasks, rows.load_tasks(sid),
                                                        strict=True)}
    for old in tasks:
        for span in old["spans"]:
            rows.open_span(task_ids[old["id"]], _ms(span["started"]) or created)
            stopped = _ms(span["stopped"])
            if stopped is not None:
                rows.close_span(task_ids[old["id"]], stopped)
        rows.set_task_completed(task_ids[old["id"]], _ms(old["completed"]))
    rows.set_session_times(sid, started_ms=_ms(info["started"]), ended_ms=_ms(info["ended"]))
    rows.save_template_copy(sid, info["template"], "")
    rows.set_recommendation(sid, info["recommendation"])
    rows.save_departures(sid, [Departure(**d) for d in doc["departures"]])
    note_ids = {}
    for note in doc["notes"]:
        note_ids[note["id"]] = store.notes.insert_note(Note(
            0, sid, _ms(note["written"]) or created, note["session_time_ms"], note["text"],
            task_ids.get(note["task"]), note["competency"], Polarity(note["mark"]),
            _ms(note["edited"])))
    tagged = {n["id"]: n["competency"] for n in doc["notes"]}
    for score in doc["scores"]:
        key = score["competency"]
        if score["scored"] is not None:
            store.scores.save_score(sid, Score(key, score["level"], _ms(score["scored"]) or 0))
        evidence = set(score["evidence"])
        for old_id, new_id in note_ids.items():  # a choice by hand where the tag differs
            if (old_id in evidence) != (tagged[old_id] == key):
                store.scores.set_link(sid, key, new_id, old_id in evidence)
    pay = doc["pay"]
    record = PayRecord(**{**pay, "basis": PayBasis(pay["basis"])})
    store.pay.save_pay(sid, record, now_ms)
    for entry in doc["pay_audit"]:
        store.pay.add_pay_audit(sid, PayAuditEntry(entry["field"], entry["old"], entry["new"],
                                                   entry["reason"], entry["by"],
                                                   _ms(entry["changed"]) or 0))
    agreed = doc["agreements"]
    stamps = ("confidentiality_accepted", "consent_given", "briefing_acknowledged")
    values: dict[str, Any] = {(f"{k}_ms" if k in stamps else k): (_ms(v) if k in stamps else v)
                              for k, v in agreed.items()}
    if values.get("work_product") is not None:
        values["work_product"] = WorkProduct(values["work_product"])
    store.agreements.save_agreements(sid, Agreements(**values), now_ms)
    store.agreements.save_feedback(sid, Feedback(**doc["feedback"]), now_ms)
    for answer in doc["debrief"]:
        store.agreements.save_debrief(sid, DebriefAnswer(answer["position"], answer["question"],
                                                         answer["answer"]))
    for signed in doc["documents"]:
        store.versions.add_signed_file(SignedFile(
            sid, signed["kind"], signed["version"], signed["observer"],
            signed["certificate_sha256"], signed["sha256"], signed["size_bytes"], "",
            _ms(signed["signed"]) or 0))
    for amendment in doc["amendments"]:
        store.versions.add_amendment(sid, Amendment(
            amendment["by"], amendment["reason"], _ms(amendment["when"]) or 0,
            _ms(amendment["reopened_version_finalised"])))
    rows.set_finalised(sid, _ms(info["finalised"]))
    rows.set_imported(sid, now_ms)
    return sid
