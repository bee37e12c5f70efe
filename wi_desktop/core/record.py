"""The session record as data: everything a session holds, as one JSON document with a
format version and a JSON Schema (resources/session-record.schema.json). Times are ISO 8601
with their offset; a note is an object with its own text, never a line of a report."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, fields
from enum import Enum
from typing import TYPE_CHECKING, Any

from wi_desktop.core.model import Note, Task

if TYPE_CHECKING:
    from wi_desktop.core.use_cases import UseCases

FORMAT_VERSION = 1
KIND = "wi-desktop session record"


def _when(ms: int | None, tz: dt.tzinfo) -> str | None:
    if ms is None:
        return None
    return dt.datetime.fromtimestamp(ms / 1000, tz).isoformat(timespec="milliseconds")


def _task(task: Task, tz: dt.tzinfo) -> dict[str, Any]:
    return {"id": task.id, "position": task.position, "title": task.title,
            "instructions": task.instructions, "planned_minutes": task.planned_ms / 60_000,
            "completed": _when(task.completed_ms, tz), "state": str(task.state),
            "spans": [{"started": _when(s.started_ms, tz), "stopped": _when(s.stopped_ms, tz)}
                      for s in task.spans]}


def _note(note: Note, tz: dt.tzinfo) -> dict[str, Any]:
    return {"id": note.id, "text": note.text, "written": _when(note.created_ms, tz),
            "session_time_ms": note.elapsed_ms, "task": note.task_id,
            "competency": note.competency_key, "mark": int(note.polarity),
            "edited": _when(note.edited_ms, tz)}


def session_record(cases: UseCases, session_id: int, *, now_ms: int,
                   tz: dt.tzinfo | None = None) -> dict[str, Any]:
    """Everything SESSION_ID holds, read in one consistent view of the file."""
    zone = tz or dt.datetime.now().astimezone().tzinfo or dt.UTC
    with cases.reading():
        workspace = cases.sessions.workspace(session_id)
        session = workspace.session
        notes = sorted(cases.notes.notes(session_id), key=lambda n: (n.created_ms, n.id))
        evidence = cases.scoring.evidence(session_id, notes)
        facts = cases.finalising.facts(session_id)
        pay = cases.pay.pay_view(session_id, zone)
        agreements = cases.agreements.agreements(session_id)
        business = cases.business.business()
        stamps = {"confidentiality_accepted_ms", "consent_given_ms",
                  "briefing_acknowledged_ms"}
        return {
            "format_version": FORMAT_VERSION, "kind": KIND,
            "exported": _when(now_ms, zone),
            "session": {
                "id": session.id, "candidate": session.candidate_name,
                "role": session.role_name, "location": session.location,
                "created": _when(session.created_ms, zone),
                "started": _when(session.started_ms, zone),
                "ended": _when(session.ended_ms, zone),
                "finalised": _when(facts.finalised_ms, zone),
                "template": facts.template_name,
                "recommendation": facts.recommendation, "demo": session.is_demo,
                "imported": _when(facts.imported_ms, zone)},
            "observers": [{"name": session.observer_name, "role": "observer"}],
            "business": {"name": business.name, "address": business.address,
                         "contact": business.contact, "currency": business.currency,
                         "locale": business.locale,
                         "logo_sha256": hashlib.sha256(business.logo_png).hexdigest()
                         if business.logo_png else ""},
            "tasks": [_task(t, zone) for t in workspace.tasks],
            "departures": [asdict(d) for d in cases.sessions.departures(session_id)],
            "competencies": [{"key": c.key, "name": c.name, "weight": c.weight,
                              "anchors": list(c.anchors)} for c in workspace.competencies],
            "scores": [{"competency": c.key,
                        "level": s.level if (s := workspace.scores.get(c.key)) else None,
                        "scored": _when(s.updated_ms, zone) if s else None,
                        "evidence": [n.id for n in evidence.get(c.key, [])]}
                       for c in workspace.competencies],
            "notes": [_note(n, zone) for n in notes],
            "pay": {f.name: _plain(getattr(pay.pay, f.name)) for f in fields(pay.pay)},
            "pay_audit": [{"field": e.field, "old": e.old_value, "new": e.new_value,
                           "reason": e.reason, "by": e.changed_by,
                           "changed": _when(e.changed_ms, zone)} for e in pay.audit],
            "agreements": {f.name.removesuffix("_ms") if f.name in stamps else f.name:
                           (_when(getattr(agreements, f.name), zone) if f.name in stamps
                            else _plain(getattr(agreements, f.name)))
                           for f in fields(agreements)},
            "feedback": asdict(cases.agreements.feedback(session_id)),
            "debrief": [{"position": a.position, "question": a.question, "answer": a.answer}
                        for a in sorted(cases.agreements.debrief(session_id),
                                        key=lambda a: a.position)],
            "documents": [{"kind": d.kind, "version": d.version, "sha256": d.sha256,
                           "size_bytes": d.size_bytes, "signed": _when(d.signed_ms, zone),
                           "observer": d.observer, "certificate_sha256": d.certificate_sha256}
                          for d in cases.finalising.signed_files(session_id)],
            "amendments": [{"by": a.amended_by, "reason": a.reason,
                            "when": _when(a.amended_ms, zone),
                            "reopened_version_finalised": _when(a.previous_finalised_ms, zone)}
                           for a in cases.finalising.amendments(session_id)],
        }


def _plain(value: object) -> object:
    """A value as JSON holds it (enums by their value)."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def record_json(record: dict[str, Any]) -> bytes:
    """The record as UTF-8 JSON, keys in their given order, readable by a person."""
    return (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
