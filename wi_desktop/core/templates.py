"""Role templates: one role's tasks, anchored rubric and default agreements, as data.

Template files are untrusted (users import them): template_checks.py checks a file before
it is built into a RoleTemplate here, and every failure is a TemplateError whose message
says, in plain words, where the problem is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from wi_desktop import paths
from wi_desktop.core.model import Competency, PlannedTask
from wi_desktop.core.speech import say
from wi_desktop.core.template_checks import (
    FORMAT,
    MAX_BYTES,
    SCHEMA_FILE_NAME,
    TemplateError,
    checked_document,
    one_line,
)


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
        return _build(checked_document(text))
    except TemplateError as error:
        if not source:
            raise
        raise TemplateError(say("{source}: {message}").format(
            source=source, message=error.message), hint=error.hint) from None


def read_template_file(path: Path) -> RoleTemplate:
    """Parse a file, reading no more than the size cap needs."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as error:
        raise TemplateError(say("{name}: the file could not be read ({reason}).")
                            .format(name=path.name, reason=error.strerror or error)) from None
    return parse_template(data, source=path.name)


def template_to_json(template: RoleTemplate) -> str:
    """The file text of TEMPLATE; parse_template reads it back unchanged."""
    return json.dumps(_document(template), ensure_ascii=False, indent=2) + "\n"


def load_shipped_templates(resource_dir: Path | None = None) -> list[RoleTemplate]:
    """Every template in RESOURCE_DIR/templates (default: the shipped ones), by name."""
    folder = (resource_dir or paths.resource_dir()) / "templates"
    files = sorted(p for p in folder.glob("*.json") if p.name != SCHEMA_FILE_NAME)
    return sorted((read_template_file(p) for p in files), key=lambda t: t.name.casefold())


# JSON value to template and back ------------------------------------------------------
def _build(doc: dict[str, Any]) -> RoleTemplate:
    terms, agreement = doc["agreements"], doc["agreements"]["confidentiality"]
    return RoleTemplate(
        name=one_line(doc["name"]), description=doc["description"].strip(),
        tasks=tuple(TemplateTask(one_line(t["title"]), t["instructions"].strip(), t["minutes"])
                    for t in doc["tasks"]),
        competencies=tuple(
            Competency(key=c["key"], name=one_line(c["name"]), weight=c["weight"], hotkey=n,
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
